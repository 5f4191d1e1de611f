# dyad sentences on the text and crawl samples gives the hand-counted number
# of sentences in tests/gold/sentences.tsv.
. "$(dirname "$0")/common.bash"
while IFS=$'\t' read -r path want; do
  [ -n "$path" ] || continue
  got=$("$DYAD" sentences --format jsonl "$path" | wc -l)
  [ "$got" = "$want" ] || fail "$path: $got sentences, expected $want"
done < tests/gold/sentences.tsv
echo "note: $(wc -l < tests/gold/sentences.tsv) files"
