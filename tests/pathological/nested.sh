#!/usr/bin/env bash
# nested.sh -- 10,000 nested parentheses, straight quotes, curly and angle
# quotes (balanced and unbalanced).  The sentence splitter, tokenizer and actor
# matcher must neither crash (no recursion on nesting depth) nor slow down;
# every command must succeed and find at least one sentence.
. "$(dirname "$0")/common.bash"

N=10000
rep() { # rep STRING COUNT: STRING repeated COUNT times
  local s=$1 c=$2 out=""
  while [ "$c" -gt 0 ]; do
    if [ $((c & 1)) -eq 1 ]; then out+=$s; fi
    s+=$s; c=$((c >> 1))
  done
  printf '%s' "$out"
}

# 1. bare parentheses around one sentence
{ rep '(' $N; printf 'Il presidente russo ha parlato a Mosca.'; rep ')' $N; printf '\n'; } > "$T/paren.txt"
# 2. straight double quotes (nesting is ambiguous: open and close look alike)
{ rep '"' $N; printf 'The Russian president spoke in Moscow.'; rep '"' $N; printf '\n'; } > "$T/straight.txt"
# 3. mixed curly, angle and single quotes with words at every level
{ rep '«“‘( disse ' $N; printf 'Mosca.'; rep ' ) ’” »' $N; printf '\n'; } > "$T/mixed.txt"
# 4. unbalanced: only openings, then a second sentence
{ rep '« (“ ' $N; printf 'Putin ha incontrato Xi. Poi è partito.\n'; } > "$T/open.txt"
# 5. only closings before a sentence
{ rep '» )” ' $N; printf 'Biden met Zelensky in Kyiv. He left.\n'; } > "$T/close.txt"

for f in paren straight mixed open close; do
  for cmd in sentences tokens actors; do
    run "$cmd" "$T/$f.txt"
    expect_rc 0 "$cmd on $f.txt"
  done
  run sentences --format jsonl "$T/$f.txt"
  [ -s "$T/out" ] || fail "no sentence found in $f.txt"
  valid_utf8 "$T/out" || fail "sentences of $f.txt: output is not valid UTF-8"
done
echo "note: $N levels of nesting, 5 shapes"
