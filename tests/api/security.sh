# Safety: every response carries the Content-Security-Policy (no inline
# script), nosniff and no-store on the API; hostile markup in an article
# (tests/browser/fixtures/xss.jsonl) leaves the API only as escaped JSON;
# the database is opened read-only; the server listens on loopback unless
# told otherwise.
. "$(dirname "$0")/common.bash"
make_db
before=$(sha256sum "$DB" | cut -d' ' -f1)
start_server
case $BASE in http://127.0.0.1:*) ;; *) fail "default address is not loopback: $BASE" ;; esac
CHECKS=$((CHECKS + 1))
port=${BASE##*:}
ss -ltn 2>/dev/null | awk -v p=":$port" '$4 ~ p"$"' | grep -q '127.0.0.1' ||
  { command -v ss >/dev/null 2>&1 && fail "port $port is not bound to 127.0.0.1 only"; }

for path in / /app.js /style.css /api/events /api/stats /api/nothing /nothing '/api/events?quad=9'; do
  get "$path"
  csp=$(header Content-Security-Policy)
  case $csp in *"default-src 'self'"*"script-src 'self'"*) ;; *) fail "$path: CSP '$csp'" ;; esac
  case $csp in *unsafe-inline*|*unsafe-eval*) fail "$path: CSP allows inline code" ;; esac
  [ "$(header X-Content-Type-Options)" = nosniff ] || fail "$path: no nosniff"
  [ "$(header X-Frame-Options)" = DENY ] || fail "$path: framing allowed"
  case $path in /api/*) [ "$(header Cache-Control)" = no-store ] || fail "$path: API answer cacheable" ;; esac
  CHECKS=$((CHECKS + 4))
done

# the page has no inline script or style, and loads only its own files
get /
python3 - "$WORK/body" <<'PY' || fail "index.html has inline code or outside references"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
    assert "src=" in m.group(1) and not m.group(2).strip(), "inline script"
assert "<style" not in html and " style=" not in html, "inline style"
assert not re.search(r"\son[a-z]+=", html), "inline event handler"
assert not re.search(r"(src|href)=\"(https?:)?//", html), "outside reference"
PY
CHECKS=$((CHECKS + 1))
for asset in app.js charts.js; do
  get "/$asset"
  if grep -nE 'innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function' "$WORK/body"; then
    fail "$asset builds HTML from strings"
  fi
  CHECKS=$((CHECKS + 1))
done

# hostile markup comes out escaped: no raw < or > anywhere in the API's JSON
id=$("$DYAD" events --db "$DB" --format jsonl --source FRA --limit 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
art=$("$DYAD" events --db "$DB" --format jsonl --source FRA --limit 1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["article_id"])')
for path in "/api/events?source=FRA" "/api/events/$id" "/api/articles/$art" "/api/search?q=border" "/api/quotes?limit=1000" "/api/events?q=script"; do
  get "$path"
  expect_status 200 "$path"
  if grep -q '[<>]' "$WORK/body"; then fail "$path: raw < or > in the JSON"; fi
  CHECKS=$((CHECKS + 1))
done
get "/api/articles/$art"
jcheck "'<script>' in j['article']['title'] and '<img src=x onerror=' in j['article']['text']" "the markup is kept as text"
jcheck "j['article']['url'].startswith('javascript:')" "the hostile url is kept as data"

# control characters and invalid UTF-8 in the text are escaped / repaired
printf '{"id":"ctl","lang":"en","date":"2024-01-01","title":"tab\\tbell\\u0007 line\\u2028sep","text":"Italy condemned France on Monday.\\u0001"}\n' > "$WORK/ctl.jsonl"
stop_server
"$DYAD" ingest -q "$WORK/ctl.jsonl" --db "$DB" > /dev/null 2>&1 || fail "ingest of control characters"
before=$(sha256sum "$DB" | cut -d' ' -f1)
start_server
get "/api/search?q=condemned"
expect_status 200 "search control characters"
python3 - "$WORK/body" <<'PY' || fail "control characters not escaped"
import sys
raw = open(sys.argv[1], "rb").read()
assert not any(b < 0x20 for b in raw), "raw control byte"
assert b"\xe2\x80\xa8" not in raw, "raw U+2028"
raw.decode("utf-8")
PY
CHECKS=$((CHECKS + 1))

# read-only: after queries the file is the same
for path in /api/events /api/dyads /api/actors /api/stats "/api/search?q=tregua"; do get "$path"; done
stop_server
after=$(sha256sum "$DB" | cut -d' ' -f1)
[ "$before" = "$after" ] || fail "the database changed while served"
CHECKS=$((CHECKS + 1))
# a database that cannot be written at all is served
chmod a-w "$DB"
start_server
get /api/stats
expect_status 200 "read-only file"
stop_server
chmod u+w "$DB"
echo "note: $CHECKS checks"
