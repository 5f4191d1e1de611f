# The same article read from every input format gives the same sentences:
# the crawl file, its JSON Lines copy, the WARC response and the compressed
# copies.  Also checks the exit status and message for missing input.
. "$(dirname "$0")/common.bash"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n_plain=$("$DYAD" sentences --format jsonl samples/warc/news.warc | wc -l)
n_gz=$("$DYAD" sentences --format jsonl samples/compressed/news.warc.gz | wc -l)
[ "$n_plain" -gt 0 ] || fail "no sentences from the WARC sample"
[ "$n_plain" = "$n_gz" ] || fail "warc $n_plain sentences, warc.gz $n_gz"
n_jsonl=$("$DYAD" sentences --format jsonl samples/jsonl/articles.jsonl | wc -l)
n_zst=$("$DYAD" sentences --format jsonl samples/compressed/articles.jsonl.zst | wc -l)
[ "$n_jsonl" = "$n_zst" ] || fail "jsonl $n_jsonl sentences, jsonl.zst $n_zst"
# standard input
n_stdin=$("$DYAD" sentences --format jsonl < samples/compressed/articles.jsonl.zst | wc -l)
[ "$n_stdin" = "$n_jsonl" ] || fail "stdin $n_stdin sentences, file $n_jsonl"
# a missing file: exit 2, message naming it
"$DYAD" sentences "$tmp/nope.txt" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "missing file: exit $rc, expected 2"
grep -q "nope.txt" "$tmp/err" || fail "missing file: message does not name it: $(cat "$tmp/err")"
# a bad JSON line in the middle: reported with its line, the rest still read
printf '{"id":"a","text":"Primo articolo. Seconda frase."}\n{"id":"b","text":\n{"id":"c","text":"Terzo articolo."}\n' > "$tmp/bad.jsonl"
out=$("$DYAD" sentences --format jsonl "$tmp/bad.jsonl" 2> "$tmp/err"); rc=$?
[ $rc -eq 2 ] || fail "bad jsonl: exit $rc, expected 2"
grep -q "bad.jsonl: line 2" "$tmp/err" || fail "bad jsonl: message: $(cat "$tmp/err")"
[ "$(printf '%s\n' "$out" | wc -l)" = 3 ] || fail "bad jsonl: expected 3 sentences from the good lines"
# usage errors
"$DYAD" frobnicate > /dev/null 2>&1; [ $? -eq 1 ] || fail "unknown command must exit 1"
"$DYAD" sentences --format xml x > /dev/null 2>&1; [ $? -eq 1 ] || fail "bad --format must exit 1"
exit 0
