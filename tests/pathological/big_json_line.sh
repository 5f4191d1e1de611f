#!/usr/bin/env bash
# big_json_line.sh -- a 50 MB JSON Lines record (one line, one article of
# about 1.4 million short sentences).  `dyad sentences --input-format jsonl`
# must finish within the limit and find every sentence; with --max-record
# 1000000 the record must be skipped with a message naming the file on stderr,
# exit status 2 (some input was skipped), and the record after it still read.
. "$(dirname "$0")/common.bash"

# 50 MB at a few MB/s of analysis plus the output: more than the usual limit.
RUN_LIMIT=${PATHO_BIG_LIMIT:-$((LIMIT * 3))}

s='The minister met the envoy in Rome. '
chunk=""
for _ in $(seq 1 1024); do chunk+=$s; done     # 36 KB
{
  printf '{"id":"big","lang":"en","date":"2024-06-01","text":"'
  for _ in $(seq 1 1456); do printf '%s' "$chunk"; done
  printf 'The end."}\n'
} > "$T/big.jsonl"
n=$((1456 * 1024 + 1))
size=$(stat -c %s "$T/big.jsonl")
[ "$size" -gt $((50 * 1000 * 1000)) ] || fail "test input too small: $size bytes"

run sentences --input-format jsonl "$T/big.jsonl"
expect_rc 0 "a 50 MB record is under the default 64 MiB limit"
got=$(wc -l < "$T/out")
[ "$got" -eq "$n" ] || fail "expected $n sentences, got $got"

# Over --max-record: skipped, reported, and the next record still read.
printf '{"id":"after","lang":"it","text":"Il governo ha parlato."}\n' >> "$T/big.jsonl"
run sentences --input-format jsonl --max-record 1000000 "$T/big.jsonl"
expect_rc 2 "a record over --max-record is skipped input"
grep -q 'big.jsonl' "$T/err" || fail "the message does not name the file"
grep -q '^after ' "$T/out" || fail "the record after the skipped one was not read"
grep -q '^big ' "$T/out" && fail "the over-size record was not skipped"

# The same through auto-detection and standard input.
STDIN="$T/big.jsonl" run sentences --max-record 1000000 -
expect_rc 2 "over-size record from standard input"
[ -s "$T/err" ] || fail "no message for the skipped record on standard input"
echo "note: ${size} bytes in one line, $n sentences"
