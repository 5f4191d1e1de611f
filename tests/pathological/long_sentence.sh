#!/usr/bin/env bash
# long_sentence.sh -- a 1 MB "sentence": words and spaces with no punctuation
# and no line break.  `dyad sentences` must find exactly one sentence spanning
# the whole text, and `dyad tokens` one token per word, within the time limit.
. "$(dirname "$0")/common.bash"

# Eight lower-case words, repeated to just over 1 MB.
words="governo ministro accordo vertice missione tregua colloqui sanzioni"
n=0
: > "$T/in.txt"
chunk=$(for _ in $(seq 1 256); do printf '%s ' $words; done)
while [ "$(stat -c %s "$T/in.txt")" -lt 1048576 ]; do
  printf '%s' "$chunk" >> "$T/in.txt"
  n=$((n + 256 * 8))
done
printf 'fine' >> "$T/in.txt"   # no trailing space, no final period
n=$((n + 1))

run sentences --lang it --format jsonl "$T/in.txt"
expect_rc 0 "a long sentence is ordinary input"
got=$(wc -l < "$T/out")
[ "$got" -eq 1 ] || fail "expected 1 sentence, got $got"
grep -q '"start":0,' "$T/out" || fail "the sentence does not start at byte 0"

run tokens --lang it "$T/in.txt"
expect_rc 0 "tokens of a long sentence"
got=$(wc -l < "$T/out")
[ "$got" -eq "$n" ] || fail "expected $n tokens, got $got"
# every token belongs to sentence 0
bad=$(awk -F'\t' '$1 != "0"' "$T/out" | head -n 1)
[ -z "$bad" ] || fail "a token outside sentence 0: $bad"

# The same text in English, and through actors (the matcher's window).
run actors --lang en "$T/in.txt"
expect_rc 0 "actors of a long sentence"
echo "note: 1 MB, $n words, one sentence"
