# The web page in a real browser: Debian's Chromium, headless, driven by
# playwright-core (pinned in package.json / package-lock.json here) through
# ui.test.mjs, against `dyad serve` on a fixture database made by `dyad
# ingest` (the sample articles and fixtures/xss.jsonl).  Screenshots go to
# $B/screenshots/.  Installs Chromium (apt) and playwright-core (npm ci) when
# missing; skips (exit 77) only when they cannot be installed.
DYAD=${DYAD:-./build/dyad}
ROOT=${DYAD_ROOT:-.}
cd "$ROOT" || exit 1
case $DYAD in /*) ;; *) DYAD="$PWD/$DYAD" ;; esac
B=${B:-build}
here=tests/browser
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMIUM

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi; }
apt_install() {
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@" > /dev/null 2>&1 ||
    { as_root apt-get update -qq > /dev/null 2>&1 &&
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@" > /dev/null 2>&1; }
}

if [ ! -x "$CHROMIUM" ]; then
  echo "note: installing chromium"
  apt_install chromium || true
fi
[ -x "$CHROMIUM" ] || { echo "skip: chromium is not installed and could not be installed"; exit 77; }
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  echo "note: installing nodejs and npm"
  apt_install nodejs npm || true
fi
command -v node > /dev/null 2>&1 && command -v npm > /dev/null 2>&1 ||
  { echo "skip: node and npm are not installed and could not be installed"; exit 77; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { echo "skip: node $node_major is older than 20 (playwright-core needs 20)"; exit 77; }

want=$(node -p "require('./$here/package-lock.json').packages['node_modules/playwright-core'].version")
have=$(node -p "try { require('./$here/node_modules/playwright-core/package.json').version } catch (e) { '' }")
if [ "$have" != "$want" ]; then
  echo "note: npm ci (playwright-core $want)"
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts > /dev/null 2>&1) ||
    { echo "skip: npm ci could not install playwright-core $want"; exit 77; }
fi

WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$DYAD" ingest -q samples "$here/fixtures/xss.jsonl" --db "$WORK/fx.db" > "$WORK/ingest.log" 2>&1 ||
  fail "dyad ingest: $(cat "$WORK/ingest.log")"
"$DYAD" serve --db "$WORK/fx.db" --port 0 > "$WORK/out" 2> "$WORK/err" &
PID=$!
for i in $(seq 1 100); do
  base=$(grep -o 'http://[^ ]*' "$WORK/out" | head -n 1)
  [ -n "$base" ] && break
  kill -0 "$PID" 2>/dev/null || fail "dyad serve exited: $(cat "$WORK/err")"
  sleep 0.05
done
[ -n "$base" ] || fail "dyad serve printed no address"

shots="$PWD/$B/screenshots"
rm -rf "$shots"
mkdir -p "$shots"
timeout 300 node "$here/ui.test.mjs" "$base" "$shots"
rc=$?
echo "note: screenshots in $B/screenshots"
exit $rc
