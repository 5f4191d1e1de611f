# Readers query while an ingest runs: every query answers, the counts they
# see only grow, and the ingest is not disturbed.
. "$(dirname "$0")/common.bash"
replicate 500 "$tmp/corpus.jsonl"
db=$tmp/t.db
"$DYAD" ingest -q samples/text --db "$db" || fail "first ingest failed"
"$DYAD" ingest -q "$tmp/corpus.jsonl" --db "$db" &
pid=$!
last=0 reads=0
while kill -0 "$pid" 2> /dev/null; do
  n=$(stat "$db" articles) || fail "stats failed during the ingest"
  [ -n "$n" ] && [ "$n" -ge "$last" ] || fail "articles went from $last to '$n'"
  "$DYAD" events --db "$db" --limit 5 --format tsv > /dev/null || fail "events failed during the ingest"
  "$DYAD" dyads --db "$db" --limit 5 --format tsv > /dev/null || fail "dyads failed during the ingest"
  last=$n reads=$((reads + 1))
done
wait "$pid" || fail "the ingest failed while being read"
[ "$(stat "$db" articles)" = 2004 ] || fail "articles: $(stat "$db" articles), want 2004"
[ "$reads" -ge 2 ] || fail "only $reads reads during the ingest"
echo "note: $reads rounds of queries during the ingest"
