# Shared by tests/api/*.sh: a fixture database made by `dyad ingest` from the
# sample articles and the hostile-markup article of tests/browser/fixtures,
# a `dyad serve` on a free loopback port, and helpers for requests over real
# HTTP (curl) and checks on the JSON (python3).
DYAD=${DYAD:-./build/dyad}
ROOT=${DYAD_ROOT:-.}
cd "$ROOT" || exit 1
case $DYAD in /*) ;; *) DYAD="$PWD/$DYAD" ;; esac

fail() { echo "FAIL: $*" >&2; [ -f "$WORK/err" ] && sed 's/^/server: /' "$WORK/err" | tail -n 20 >&2; exit 1; }
for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "skip: $tool is not installed"; exit 77; }
done

WORK=$(mktemp -d)
PID= EXTRA_PID=
cleanup() {
  local p
  for p in $PID $EXTRA_PID; do
    if kill -0 "$p" 2>/dev/null; then kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
CHECKS=0

# make_db [FILE]: the fixture database (default $WORK/fx.db).
make_db() {
  local db=${1:-$WORK/fx.db}
  "$DYAD" ingest -q samples tests/browser/fixtures/xss.jsonl --db "$db" > "$WORK/ingest.log" 2>&1 ||
    fail "dyad ingest failed: $(cat "$WORK/ingest.log")"
  DB=$db
}

# start_server [OPTIONS...]: serves $DB on a free port; sets PID and BASE
# (http://127.0.0.1:PORT, no final slash).
start_server() {
  : > "$WORK/out"
  "$DYAD" serve --db "$DB" --port 0 "$@" > "$WORK/out" 2> "$WORK/err" &
  PID=$!
  local i
  for i in $(seq 1 100); do
    BASE=$(grep -o 'http://[^ ]*' "$WORK/out" | head -n 1)
    [ -n "$BASE" ] && break
    kill -0 "$PID" 2>/dev/null || fail "dyad serve exited: $(cat "$WORK/err")"
    sleep 0.05
  done
  [ -n "$BASE" ] || fail "dyad serve printed no address"
  BASE=${BASE%/}
}

stop_server() {
  kill "$PID" 2>/dev/null
  wait "$PID" 2>/dev/null
  PID=
}

# get PATH [CURL OPTIONS...]: sets STATUS; the body is in $WORK/body, the
# headers in $WORK/headers.
get() {
  local path=$1
  shift
  STATUS=$(curl -s -g -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" "$BASE$path") ||
    fail "curl could not reach $BASE$path"
}

expect_status() {
  CHECKS=$((CHECKS + 1))
  [ "$STATUS" = "$1" ] || fail "$2: status $STATUS, expected $1; body: $(head -c 300 "$WORK/body")"
}

# jcheck 'PYTHON EXPRESSION' 'what': the expression, over j (the parsed
# body), must be true.
jcheck() {
  CHECKS=$((CHECKS + 1))
  python3 - "$WORK/body" "$1" <<'EOF' || fail "$2: $1; body: $(head -c 400 "$WORK/body")"
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
try:
    j = json.loads(body)
except ValueError as e:
    sys.exit("not JSON: %s" % e)
sys.exit(0 if eval(sys.argv[2], {"j": j, "len": len, "all": all, "any": any, "set": set,
                                  "sorted": sorted, "isinstance": isinstance, "int": int,
                                  "float": float, "str": str, "list": list, "dict": dict,
                                  "sum": sum, "abs": abs}) else 1)
EOF
}

# header NAME: the value of a response header of the last request.
header() {
  tr -d '\r' < "$WORK/headers" | awk -v n="$(printf '%s' "$1" | tr 'A-Z' 'a-z')" -F': ' \
    'tolower($1) == n { sub(/^[^:]*: /, ""); print; exit }'
}

# error_names PARAM: the last answer is a 400 whose message names PARAM.
expect_bad_param() {
  expect_status 400 "$2"
  jcheck "isinstance(j.get('error'), str) and '$1' in j['error']" "$2: the message names $1"
}
