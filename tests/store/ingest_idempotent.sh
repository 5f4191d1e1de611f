# dyad ingest: stores what dyad code emits (events deduplicated by date,
# source, target and code; every statement kept as a mention), adds nothing
# on a second run, and replaces a changed article with its new events.
. "$(dirname "$0")/common.bash"
db=$tmp/t.db
in=samples/jsonl/articles.jsonl
"$DYAD" ingest -q "$in" --db "$db" || fail "ingest failed"
code=$("$DYAD" code -q "$in") || fail "code failed"
lines=$(printf '%s\n' "$code" | grep -c .)
distinct=$(printf '%s\n' "$code" | python3 -c '
import json, sys
print(len({(e["date"], e["source"], e["target"], e["code"]) for e in map(json.loads, sys.stdin)}))')
[ "$(stat "$db" articles)" = 4 ] || fail "articles: $(stat "$db" articles), want 4"
[ "$(stat "$db" event_mentions)" = "$lines" ] || fail "mentions $(stat "$db" event_mentions) != code's $lines events"
[ "$(stat "$db" events)" = "$distinct" ] || fail "events $(stat "$db" events) != $distinct distinct"
sum=$("$DYAD" events --db "$db" --limit 100000 --format tsv | awk -F'\t' 'NR > 1 { s += $15 } END { print s }')
[ "$sum" = "$lines" ] || fail "num_mentions add up to $sum, not $lines"
before=$(sqlite3 "$db" 'SELECT count(*) FROM articles; SELECT count(*) FROM events; SELECT count(*) FROM mentions; SELECT count(*) FROM quotes; SELECT total(events) FROM actors; SELECT total(events) FROM dyads')
"$DYAD" ingest -q "$in" --db "$db" || fail "second ingest failed"
after=$(sqlite3 "$db" 'SELECT count(*) FROM articles; SELECT count(*) FROM events; SELECT count(*) FROM mentions; SELECT count(*) FROM quotes; SELECT total(events) FROM actors; SELECT total(events) FROM dyads')
[ "$before" = "$after" ] || fail "a second ingest changed the counts"
# The same articles under other formats (same ids): nothing new.
"$DYAD" ingest -q samples/compressed/articles.jsonl.zst --db "$db" || fail "zst ingest failed"
[ "$(stat "$db" articles)" = 4 ] || fail "same ids from another file were stored again"
# A changed article replaces its events; the totals stay consistent.
python3 - "$in" > "$tmp/changed.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
recs[0]["text"] = "Germany criticized Russia. Italy praised France."
print(json.dumps(recs[0]))
PY
"$DYAD" ingest -q "$tmp/changed.jsonl" --db "$db" || fail "changed ingest failed"
[ "$(stat "$db" articles)" = 4 ] || fail "a changed article was added, not replaced"
bad=$(sqlite3 "$db" "
  SELECT count(*) FROM events e WHERE num_mentions != (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)
    OR num_articles != (SELECT count(DISTINCT article_id) FROM event_mentions m WHERE m.event_id = e.id)
    OR NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.id = e.first_mention);
  SELECT count(*) FROM actors a WHERE mentions != (SELECT count(*) FROM mentions m WHERE m.code = a.code)
    OR events != (SELECT count(*) FROM events e WHERE e.source = a.code OR e.target = a.code);
  SELECT count(*) FROM dyads d WHERE events != (SELECT count(*) FROM events e WHERE e.source = d.source AND e.target = d.target);
  SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT id FROM articles);
  SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles);" | tr '\n' ' ')
[ "$bad" = "0 0 0 0 0 " ] || fail "running totals disagree with the rows after a replacement: $bad"
"$DYAD" search --db "$db" Germany --format tsv | grep -q . || fail "the new text is not searchable"
n=$("$DYAD" search --db "$db" "Borgo Egnazia" --format tsv | tail -n +2 | wc -l)
[ "$n" = 0 ] || fail "the old text is still in the full-text index"
echo "note: $lines statements, $distinct events"
