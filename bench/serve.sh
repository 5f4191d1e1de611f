#!/usr/bin/env bash
# serve.sh -- throughput and latency of `dyad serve`, measured with wrk over
# loopback: requests/s, p50 and p99 of /api/events with three filters (a
# dyad of actor codes; a country; a CAMEO root and a start date) and of
# /api/dyads, each for BENCH_SECONDS (default 10) with BENCH_CONNS (default
# 16) connections.  Figures are printed as "bench:" lines.
#
#   bench/serve.sh [DB]            (usually through `make bench`)
#
# The database is DB, else $BENCH_DB, else $B/bench/events.db (the million
# events the store benchmark, scripts/bench-store, builds).  When none
# exists, a smaller one ($B/bench/serve-small.db, copies of the sample
# articles) is made here and the figures say so.
set -euo pipefail
B=${B:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dyad="$B/dyad"
db=${1:-${BENCH_DB:-$B/bench/events.db}}
secs=${BENCH_SECONDS:-10}
conns=${BENCH_CONNS:-16}
threads=$(nproc)

if ! command -v wrk > /dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk > /dev/null 2>&1 || true
  fi
  command -v wrk > /dev/null 2>&1 || { echo "bench: serve skipped: wrk is not installed (apt-get install wrk)"; exit 0; }
fi
[ -x "$dyad" ] || { echo "bench: serve: no $dyad (run make)" >&2; exit 1; }

if [ ! -s "$db" ]; then
  db="$B/bench/serve-small.db"
  copies=${BENCH_COPIES:-400}
  mkdir -p "$B/bench"
  if [ ! -s "$db" ]; then
    echo "bench: serve: no big database; building $db from $copies copies of the samples" >&2
    python3 - "$copies" "$B/bench/serve-small.jsonl" <<'PY'
import datetime, json, sys
copies, out = int(sys.argv[1]), sys.argv[2]
base = [json.loads(l) for l in open("samples/jsonl/articles.jsonl", encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for b in base:
            r = dict(b)
            r["id"] = "%s-%06d" % (b["id"], k)
            y, m, d = (int(x) for x in b["date"].split("-"))
            r["date"] = (datetime.date(y, m, d) + datetime.timedelta(days=k)).isoformat()
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
    "$dyad" ingest -q "$B/bench/serve-small.jsonl" --db "$db"
    rm -f "$B/bench/serve-small.jsonl"
  fi
fi
events=$("$dyad" stats --db "$db" --format tsv 2>/dev/null | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "events") c = i } NR == 2 { print $c }')
echo "bench: serve database $db: ${events:-?} events"

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# start: a fresh server for each run, so one run's queued requests do not
# slow the next; sets pid and base
start() {
  "$dyad" serve --db "$db" --port 0 --threads "$threads" > "$work/out" 2> "$work/err" &
  pid=$!
  base=
  for _ in $(seq 1 250); do
    base=$(grep -so 'http://[^ ]*' "$work/out" | head -n 1 || true)
    [ -n "$base" ] && break
    sleep 0.02
  done
  [ -n "$base" ] || { echo "bench: serve did not start: $(cat "$work/err")" >&2; exit 1; }
}
stop() { kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; pid=; }

t0=$(date +%s%N)
start
t1=$(date +%s%N)
stop
echo "bench: serve start  $(( (t1 - t0) / 1000000 )) ms to the printed address ($threads worker threads)"

# run LABEL PATH: one wrk run, its figures on one line
run() {
  local label=$1 path=$2
  start
  curl -s -o /dev/null "$base${path#/}"   # warm the page cache
  local first
  first=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$base${path#/}")
  wrk -t 2 -c "$conns" -d "${secs}s" --timeout 30s --latency "$base${path#/}" > "$work/wrk" 2>&1 || { cat "$work/wrk"; return 1; }
  awk -v l="$label" -v c="$conns" -v s="$secs" -v first="$first" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { errs = $0 }
    / requests in / { n = $1 }
    END {
      split(first, f, " ")
      printf "bench: serve %-34s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  (%d requests, %d connections, %d s; single request %.1f ms, status %s)\n",
        l, rps, p50, p99, n, c, s, f[2] * 1000, f[1]
      if (bad != "") printf "bench: serve %s: %s responses not 2xx\n", l, bad
      if (errs != "") printf "bench: serve %s: %s\n", l, errs
    }' "$work/wrk"
  stop
}
run "/api/events?source=CHNGOV&target=RUSGOV" "/api/events?source=CHNGOV&target=RUSGOV"
run "/api/events?source=RUS" "/api/events?source=RUS"
run "/api/events?root=19&from=2030" "/api/events?root=19&from=2030"
run "/api/dyads" "/api/dyads"
