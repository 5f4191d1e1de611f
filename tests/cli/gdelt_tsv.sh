# dyad code --format tsv writes GDELT 2.0 event rows: exactly 61 columns on
# every line, CAMEO codes with their leading zeros, the same events as JSON.
. "$(dirname "$0")/common.bash"
tsv=$("$DYAD" code -q --format tsv samples/crawl samples/jsonl/articles.jsonl) || fail "tsv output failed"
n=$(printf '%s\n' "$tsv" | wc -l)
[ "$n" -gt 0 ] || fail "no events"
bad=$(printf '%s\n' "$tsv" | awk -F'\t' 'NF != 61' | wc -l)
[ "$bad" = 0 ] || fail "$bad lines without 61 columns"
json=$("$DYAD" code -q samples/crawl samples/jsonl/articles.jsonl | wc -l)
[ "$json" = "$n" ] || fail "tsv has $n events, JSON $json"
# column 27 is the event code as text: three or four digits, zeros kept
printf '%s\n' "$tsv" | awk -F'\t' '$27 !~ /^[0-9][0-9][0-9][0-9]?$/ { exit 1 }' || fail "event codes malformed"
printf '%s\n' "$tsv" | awk -F'\t' '$27 ~ /^0/ { z = 1 } END { exit !z }' || fail "no code with a leading zero"
echo "note: $n events, 61 columns each"
