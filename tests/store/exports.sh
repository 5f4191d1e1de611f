# dyad export: GDELT 2.0 events (61 columns) and mentions (16 columns) with
# codes keeping their leading zeros; GraphML, CSV and JSON Lines read back
# by a standard parser with the counts the database holds.
. "$(dirname "$0")/common.bash"
db=$tmp/t.db
"$DYAD" ingest -q samples --db "$db" || fail "ingest failed"
events=$(stat "$db" events); mentions=$(stat "$db" event_mentions)
"$DYAD" export -q --db "$db" --format gdelt --out "$tmp/g" || fail "gdelt export failed"
[ "$(wc -l < "$tmp/g.export.tsv")" = "$events" ] || fail "export lines != $events events"
[ "$(wc -l < "$tmp/g.mentions.tsv")" = "$mentions" ] || fail "mention lines != $mentions"
bad=$(awk -F'\t' 'NF != 61' "$tmp/g.export.tsv" | wc -l); [ "$bad" = 0 ] || fail "$bad event lines without 61 columns"
bad=$(awk -F'\t' 'NF != 16' "$tmp/g.mentions.tsv" | wc -l); [ "$bad" = 0 ] || fail "$bad mention lines without 16 columns"
awk -F'\t' '$27 !~ /^[0-9][0-9][0-9][0-9]?$/ || $29 !~ /^[0-9][0-9]$/ { exit 1 }' "$tmp/g.export.tsv" || fail "codes malformed"
awk -F'\t' '$27 ~ /^0/ { z = 1 } END { exit !z }' "$tmp/g.export.tsv" || fail "no code with a leading zero"
# every mention points at an exported event; counts agree
python3 - "$tmp/g.export.tsv" "$tmp/g.mentions.tsv" <<'PY' || fail "mentions and events disagree"
import sys, collections
ev = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")}
per = collections.Counter(l.split("\t")[0] for l in open(sys.argv[2], encoding="utf-8"))
assert set(per) == set(ev), "events without mentions or mentions without events"
for k, n in per.items():
    assert int(ev[k][31]) == n, (k, ev[k][31], n)   # NumMentions
PY
"$DYAD" export --db "$db" --format graphml > "$tmp/g.graphml" || fail "graphml export failed"
python3 - "$tmp/g.graphml" "$(sqlite3 "$db" 'SELECT count(*) FROM actors')" "$(sqlite3 "$db" 'SELECT count(*) FROM dyads')" <<'PY' || fail "graphml does not read back"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
g = ET.parse(sys.argv[1]).getroot().find("g:graph", ns)
nodes = {n.get("id") for n in g.findall("g:node", ns)}
edges = g.findall("g:edge", ns)
assert len(nodes) == int(sys.argv[2]), (len(nodes), sys.argv[2])
assert len(edges) == int(sys.argv[3]), (len(edges), sys.argv[3])
assert all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
PY
"$DYAD" export --db "$db" --format csv > "$tmp/e.csv" || fail "csv export failed"
python3 - "$tmp/e.csv" "$events" <<'PY' || fail "csv does not read back"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert len(rows) == int(sys.argv[2]), len(rows)
assert all(len(r["code"]) in (3, 4) and r["code"].isdigit() for r in rows)
assert any("\n" in r["sentence"] or "," in r["sentence"] for r in rows)  # quoting exercised
PY
"$DYAD" export --db "$db" --format jsonl --root 04 > "$tmp/e.jsonl" || fail "jsonl export failed"
python3 - "$tmp/e.jsonl" <<'PY' || fail "jsonl does not read back"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows and all(r["root"] == "04" and isinstance(r["code"], str) for r in rows)
PY
"$DYAD" export --db "$db" 2> /dev/null; [ $? = 1 ] || fail "export without a format"
echo "note: $events events, $mentions mentions exported"
