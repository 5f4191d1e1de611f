# kill -9 at random moments of an ingest, several times: the database stays
# whole (integrity_check, no half-stored article), and a re-run completes
# with exactly what an uninterrupted run stores.
. "$(dirname "$0")/common.bash"
replicate 2000 "$tmp/corpus.jsonl"
summary() {  # what a database holds, independent of row ids
  sqlite3 "$1" "SELECT count(*) FROM articles; SELECT count(*) FROM sentences; SELECT count(*) FROM mentions;
    SELECT count(*) FROM quotes; SELECT count(*) FROM event_mentions;
    SELECT group_concat(k, '|') FROM (SELECT date || ' ' || source || ' ' || target || ' ' || code || ' '
      || num_mentions || ' ' || num_articles || ' ' || num_sources AS k FROM events ORDER BY k);
    SELECT group_concat(k, '|') FROM (SELECT code || ' ' || mentions || ' ' || events AS k FROM actors ORDER BY k);
    SELECT group_concat(k, '|') FROM (SELECT source || ' ' || target || ' ' || events || ' ' || q1 || q2 || q3 || q4 AS k
      FROM dyads ORDER BY k);" | md5sum
}
"$DYAD" ingest -q "$tmp/corpus.jsonl" --db "$tmp/whole.db" || fail "uninterrupted ingest failed"
want=$(summary "$tmp/whole.db")
db=$tmp/killed.db
kills=0
for delay in 0.3 1.2 2.5 3.3 2.1 4.0; do
  "$DYAD" ingest -q "$tmp/corpus.jsonl" --db "$db" 2> /dev/null &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2> /dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2> /dev/null
  [ -e "$db" ] || continue
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity check after kill $kills"
  half=$(sqlite3 "$db" "SELECT count(*) FROM articles a WHERE
      n_sentences != (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)
      OR n_events != (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)
      OR a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'a OR the OR il OR la OR di')")
  [ "$half" = 0 ] || fail "$half half-stored articles after kill $kills"
done
[ "$kills" -ge 3 ] || fail "only $kills ingests were still running when killed (corpus too small?)"
stored=$(sqlite3 "$db" 'SELECT count(*) FROM articles')
"$DYAD" ingest -q "$tmp/corpus.jsonl" --db "$db" || fail "the re-run failed"
got=$(summary "$db")
[ "$got" = "$want" ] || fail "after $kills kills and a re-run the database differs from an uninterrupted run"
echo "note: $kills kills, $stored of 8000 articles stored before the re-run"
