# A database that is missing, not a database, not dyad's, of another schema
# version, locked, or on a full disk: each a clear message and exit 3, and
# nothing already stored lost.
. "$(dirname "$0")/common.bash"
in=samples/jsonl/articles.jsonl
expect() {  # $1 = exit status, $2 = text of the message, then the command
  local want=$1 text=$2; shift 2
  "$@" > /dev/null 2> "$tmp/err"; local rc=$?
  [ "$rc" = "$want" ] || fail "$*: exit $rc, want $want ($(cat "$tmp/err"))"
  grep -q -- "$text" "$tmp/err" || fail "$*: message '$(cat "$tmp/err")' lacks '$text'"
}
expect 3 "no such database" "$DYAD" stats --db "$tmp/missing.db"
head -c 5000 /dev/urandom > "$tmp/noise.db"; cp "$tmp/noise.db" "$tmp/noise.orig"
expect 3 "noise.db" "$DYAD" stats --db "$tmp/noise.db"
expect 3 "noise.db" "$DYAD" ingest -q "$in" --db "$tmp/noise.db"
cmp -s "$tmp/noise.db" "$tmp/noise.orig" || fail "ingest wrote into a file that is not a database"
sqlite3 "$tmp/other.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1)'
expect 3 "not a dyad database" "$DYAD" ingest -q "$in" --db "$tmp/other.db"
[ "$(sqlite3 "$tmp/other.db" 'SELECT count(*) FROM sqlite_master')" = 1 ] || fail "another program's database was changed"
db=$tmp/t.db
"$DYAD" ingest -q "$in" --db "$db" || fail "ingest failed"
sqlite3 "$db" 'PRAGMA user_version = 2'
expect 3 "schema version 2" "$DYAD" ingest -q samples/text --db "$db"
expect 3 "newer dyad" "$DYAD" events --db "$db"
sqlite3 "$db" 'PRAGMA user_version = 1'
[ "$(stat "$db" articles)" = 4 ] || fail "articles lost"
# A writer that holds the lock a short while: the ingest waits, then stores.
python3 - "$db" 2 <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute("BEGIN IMMEDIATE"); time.sleep(float(sys.argv[2])); c.execute("COMMIT")
PY
sleep 0.5
"$DYAD" ingest -q samples/text --db "$db" || fail "ingest did not wait for a short lock"
wait
[ "$(stat "$db" articles)" = 8 ] || fail "articles after waiting: $(stat "$db" articles)"
# Readers query while a writer holds the lock (WAL).
python3 - "$db" 3 <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute("BEGIN IMMEDIATE"); c.execute("DELETE FROM input_errors"); time.sleep(float(sys.argv[2])); c.execute("COMMIT")
PY
sleep 0.5
[ "$(stat "$db" articles)" = 8 ] || fail "a reader was blocked by a writer"
wait
# A full disk (a file size limit): exit 3, a message, the database intact.
(trap '' XFSZ; ulimit -f "$(( $(du -k "$db" | cut -f1) + 8 ))"; "$DYAD" ingest -q samples --db "$db") 2> "$tmp/err"; rc=$?
[ $rc = 3 ] || fail "full disk: exit $rc ($(cat "$tmp/err"))"
grep -q "disk" "$tmp/err" || fail "full disk message: $(cat "$tmp/err")"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "database damaged by a full disk"
n=$(stat "$db" articles); [ "$n" -ge 8 ] || fail "articles lost on a full disk: $n"
"$DYAD" ingest -q samples --db "$db" || fail "ingest after the disk had room again"
[ "$(stat "$db" articles)" = 17 ] || fail "articles after resuming: $(stat "$db" articles)"
echo "note: 8 failure modes"
