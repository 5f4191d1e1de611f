# The server's life: it starts in well under a second and prints its
# address; it stops cleanly (exit 0) on SIGTERM and on SIGINT, also while
# clients are busy; it refuses to start on a missing database (exit 3), a bad
# option (exit 1) or a port in use (exit 1); DYAD_DB names the database; many
# clients at once are all answered.
. "$(dirname "$0")/common.bash"
make_db

t0=$(date +%s%N)
start_server
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "note: started in $ms ms"
[ "$ms" -lt 1000 ] || fail "start took $ms ms"
CHECKS=$((CHECKS + 1))

# many clients at once: 64 requests, 16 at a time
urls=()
for i in $(seq 1 16); do
  urls+=("$BASE/api/events?limit=20&offset=$i" "$BASE/api/dyads" "$BASE/api/events/1" "$BASE/")
done
codes=$(printf '%s\n' "${urls[@]}" | xargs -P 16 -n 1 curl -s -g -o /dev/null -w '%{http_code}\n' | sort | uniq -c | tr -s ' ')
[ "$codes" = " 64 200" ] || fail "parallel requests: $codes"
CHECKS=$((CHECKS + 1))

# SIGTERM: exit 0, promptly
kill -TERM "$PID"
for i in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.05; done
kill -0 "$PID" 2>/dev/null && fail "still running 3 s after SIGTERM"
wait "$PID"; rc=$?
PID=
[ "$rc" = 0 ] || fail "exit $rc after SIGTERM"
grep -q stopping "$WORK/err" || fail "no word on stopping"
CHECKS=$((CHECKS + 2))

# SIGINT while clients keep the server busy: it still stops, with exit 0
start_server
( for i in $(seq 1 200); do curl -s -o /dev/null "$BASE/api/events?limit=200" || break; done ) &
load=$!
sleep 0.3
kill -INT "$PID"
for i in $(seq 1 80); do kill -0 "$PID" 2>/dev/null || break; sleep 0.05; done
kill -0 "$PID" 2>/dev/null && fail "still running 4 s after SIGINT"
wait "$PID"; rc=$?
PID=
kill "$load" 2>/dev/null; wait "$load" 2>/dev/null
[ "$rc" = 0 ] || fail "exit $rc after SIGINT"
CHECKS=$((CHECKS + 1))

# refusals
"$DYAD" serve --db "$WORK/none.db" --port 0 > "$WORK/o" 2> "$WORK/e" </dev/null; rc=$?
[ "$rc" = 3 ] || fail "missing database: exit $rc"
grep -q 'no such database' "$WORK/e" || fail "missing database: $(cat "$WORK/e")"
echo "not a database" > "$WORK/junk.db"
"$DYAD" serve --db "$WORK/junk.db" --port 0 > "$WORK/o" 2> "$WORK/e" </dev/null; rc=$?
[ "$rc" = 3 ] || fail "junk database: exit $rc"
for args in "--port 70000" "--port x" "--bind nowhere" "--threads 0" "--frobnicate 1" "--port"; do
  # shellcheck disable=SC2086
  "$DYAD" serve --db "$DB" $args > "$WORK/o" 2> "$WORK/e" </dev/null; rc=$?
  [ "$rc" = 1 ] || fail "serve $args: exit $rc"
  [ -s "$WORK/e" ] || fail "serve $args: no message"
  CHECKS=$((CHECKS + 1))
done
start_server
port=${BASE##*:}
"$DYAD" serve --db "$DB" --port "$port" > "$WORK/o" 2> "$WORK/e" </dev/null; rc=$?
[ "$rc" = 1 ] || fail "port in use: exit $rc"
grep -q 'cannot listen' "$WORK/e" || fail "port in use: $(cat "$WORK/e")"
stop_server
CHECKS=$((CHECKS + 4))

# DYAD_DB, and --help (exec: the pid is the server's own)
(cd "$WORK" && DYAD_DB="$DB" exec "$DYAD" serve --port 0 > "$WORK/o2" 2>&1) &
EXTRA_PID=$!
for i in $(seq 1 100); do grep -q http "$WORK/o2" && break; sleep 0.05; done
grep -q "serving $DB at http://127.0.0.1:" "$WORK/o2" || fail "DYAD_DB: $(cat "$WORK/o2")"
kill "$EXTRA_PID"; wait "$EXTRA_PID"; rc=$?
EXTRA_PID=
[ "$rc" = 0 ] || fail "DYAD_DB server: exit $rc after SIGTERM"
"$DYAD" serve --help | grep -q -- '--bind' || fail "serve --help"
CHECKS=$((CHECKS + 2))

# IPv6 loopback, where the machine has it
if [ -e /proc/net/if_inet6 ]; then
  "$DYAD" serve --db "$DB" --bind ::1 --port 0 > "$WORK/o6" 2>&1 &
  EXTRA_PID=$!
  for i in $(seq 1 60); do grep -q http "$WORK/o6" && break; kill -0 "$EXTRA_PID" 2>/dev/null || break; sleep 0.05; done
  if url6=$(grep -o 'http://\[::1\]:[0-9]*/' "$WORK/o6"); then
    [ "$(curl -s -g -o /dev/null -w '%{http_code}' "${url6}api/stats")" = 200 ] || fail "IPv6 request"
    CHECKS=$((CHECKS + 1))
  else
    echo "note: no IPv6 loopback here"
  fi
  kill "$EXTRA_PID" 2>/dev/null; wait "$EXTRA_PID" 2>/dev/null
  EXTRA_PID=
fi
echo "note: $CHECKS checks"
