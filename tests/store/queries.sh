# The query commands against a small fixture with known answers, their
# output formats, and their errors (bad parameters exit 1, no database 3).
. "$(dirname "$0")/common.bash"
db=$tmp/f.db
"$DYAD" ingest -q -j 1 tests/store/fixtures/small.jsonl --db "$db" || fail "ingest failed"
count() { "$DYAD" events --db "$db" --format tsv "$@" | tail -n +2 | wc -l; }
[ "$(count)" = 6 ] || fail "events: $(count), want 6"
[ "$(count --source FRA)" = 4 ] || fail "--source FRA: $(count --source FRA)"
[ "$(count --source France)" = 4 ] || fail "--source by name in either language"
[ "$(count --target FRA)" = 1 ] || fail "--target FRA"
[ "$(count --actor FRA)" = 5 ] || fail "--actor FRA (either side)"
[ "$(count --code 11)" = 5 ] || fail "--code 11 (prefix)"
[ "$(count --root 05)" = 1 ] || fail "--root 05"
[ "$(count --quad 1)" = 1 ] || fail "--quad 1"
[ "$(count --quad 3)" = 5 ] || fail "--quad 3"
[ "$(count --from 2024-02)" = 3 ] || fail "--from 2024-02: $(count --from 2024-02)"
[ "$(count --from 2024-01-15 --to 2024-02-15)" = 2 ] || fail "--from/--to days"
[ "$(count --lang it)" = 1 ] || fail "--lang it"
[ "$(count --text Macron)" = 1 ] || fail "--text"
[ "$(count --limit 2)" = 2 ] || fail "--limit"
[ "$(count --limit 4 --offset 4)" = 2 ] || fail "--offset"
# newest first
first=$("$DYAD" events --db "$db" --format csv | sed -n 2p | cut -d, -f2)
[ "$first" = 2024-03-02 ] || fail "events not newest first: $first"
# JSON Lines: typed values, codes as strings with their zeros
"$DYAD" events --db "$db" --format jsonl --root 05 | grep -q '"code":"051","root":"05","quad_class":1,"goldstein":3.4' \
  || fail "JSON types"
# dyads: by events, shares of quad classes
"$DYAD" dyads --db "$db" --format csv | sed -n 2p | grep -q '^FRA,France,FRA,RUS,Russia,RUS,4,-2,0,0,1,0$' \
  || fail "top dyad: $("$DYAD" dyads --db "$db" --format csv | sed -n 2p)"
[ "$("$DYAD" dyads --db "$db" --format tsv --from 2024-02 | tail -n +2 | wc -l)" = 2 ] || fail "dyads --from"
# timeline, both directions
tl=$("$DYAD" timeline FRA RUS --db "$db" --format csv | tail -n +2 | tr '\n' ' ')
[ "$tl" = "2024-01,ab,2,-2 2024-01,ba,1,-2 2024-02,ab,1,-2 2024-03,ab,1,-2 " ] || fail "timeline: $tl"
[ "$("$DYAD" timeline FRA RUS --by week --db "$db" --format csv | sed -n 2p | cut -d, -f1)" = 2024-01-08 ] \
  || fail "weeks start on Monday"
# actors and quotes
"$DYAD" actors --db "$db" --format csv | grep -q '^FRA,FRA,France,' || fail "actors"
"$DYAD" quotes --db "$db" --speaker Macron --format tsv | grep -q 'Non accetteremo mai' || fail "quotes --speaker"
[ "$("$DYAD" quotes --db "$db" --speaker USA --format tsv | tail -n +2 | wc -l)" = 0 ] || fail "quotes filter"
# search: accents and case ignored, marks around matches
"$DYAD" search --db "$db" CITTA --format tsv | grep -q '\[città\]' || fail "accent-insensitive search"
# show: every mention with its sentence marked
id=$("$DYAD" events --db "$db" --format csv --source JPN | sed -n 2p | cut -d, -f1)
"$DYAD" show "$id" --db "$db" | grep -q '\[Japan|source\] \[praised|trigger\] \[Brazil|target\]' \
  || fail "show marks: $("$DYAD" show "$id" --db "$db" | tail -1)"
"$DYAD" show "$id" --db "$db" --format jsonl | grep -q '"trigger_start"' || fail "show --format jsonl"
# the stored title keeps its markup as text
"$DYAD" show "$id" --db "$db" --format jsonl | grep -q '<script>alert(1)</script>' || fail "title changed"
# errors
"$DYAD" events --db "$db" --from 2024-13 2> "$tmp/err"; rc=$?
[ $rc = 1 ] && grep -q "bad date for from" "$tmp/err" || fail "bad date: exit $rc, $(cat "$tmp/err")"
"$DYAD" events --db "$db" --limit x 2> /dev/null; [ $? = 1 ] || fail "bad limit"
"$DYAD" show 99999 --db "$db" 2> "$tmp/err"; [ $? = 1 ] && grep -q "no event with id 99999" "$tmp/err" || fail "show missing"
"$DYAD" timeline FRA --db "$db" 2> /dev/null; [ $? = 1 ] || fail "timeline needs two actors"
"$DYAD" events --db "$tmp/none.db" 2> "$tmp/err"; [ $? = 3 ] && grep -q "no such database" "$tmp/err" \
  || fail "missing database: $(cat "$tmp/err")"
[ ! -e "$tmp/none.db" ] || fail "a query created a database"
DYAD_DB=$db "$DYAD" stats | grep -q '^events  *6$' || fail "DYAD_DB"
# input errors are kept with where they happened
printf '{"id": "ok", "text": "Japan praised Brazil.", "lang": "en"}\n{broken\n' > "$tmp/bad.jsonl"
"$DYAD" ingest -q "$tmp/bad.jsonl" --db "$db" 2> /dev/null; [ $? = 2 ] || fail "ingest of a bad line: exit status"
"$DYAD" errors --db "$db" --format tsv | grep -q "bad.jsonl: line 2	" || fail "errors: $("$DYAD" errors --db "$db" --format tsv)"
echo "note: 32 query checks"
