#!/usr/bin/env bash
# invalid_utf8.sh -- text with invalid UTF-8 everywhere: stray continuation
# bytes, overlong forms, surrogates, code points past U+10FFFF, 5- and 6-byte
# forms, FE/FF, sequences cut short (also at the very end of the file) and NUL
# bytes, inside and between words (diluted in valid text, so the file is not
# taken for binary).  `dyad tokens`, `sentences` and `actors`
# must succeed and print only valid UTF-8; JSON output must stay parseable.
. "$(dirname "$0")/common.bash"

bad_bytes() {   # one paragraph, invalid sequences in and between words
  printf 'Il presidente \x80russo\xbf ha incontrato a Mo\xffsca il \xc0\xafpremier '
  printf 'cinese \xe0\x80\xaf Xi\xed\xa0\x80 Jinping \xf4\x90\x80\x80 e Put\xc3in. '
  printf 'The \xf8\x88\x80\x80\x80 US \xfc\x84\x80\x80\x80\x80 president \xfe\xfe met '
  printf 'Zelensky\xe2\x82 in Kyiv \xf0\x9f\x98 on Monday. \xc3\xa8\xc3 \xe2\x80\x9c\xe2\x80 quote.\n\n'
}
good_text() {   # valid text between the bad paragraphs: the readers treat a
                # file with more than a few percent of invalid bytes as binary
  printf 'Il ministro degli Esteri italiano ha convocato oggi a Roma l'"'"'ambasciatore russo '
  printf 'per protestare contro le minacce di Mosca. The foreign ministers of France and '
  printf 'Germany met their Ukrainian counterpart in Kyiv on Tuesday to discuss sanctions.\n\n'
  printf 'Le delegazioni si sono riviste nel pomeriggio. Officials said talks would go on.\n\n'
}
{ for _ in $(seq 1 200); do bad_bytes; good_text; good_text; done; printf 'Fine \xf0\x9f\x98'; } > "$T/bad.txt"
# Each kind of bad lead or stray byte, alone, after, between and before words.
for b in 80 bf c0 c1 c2 df e0 ed ef f0 f4 f5 f8 fc fe ff; do
  printf "Mosca\\x$b Roma \\x$b\\x$b Kiev\\x$b.\n"
  good_text
done > "$T/each.txt"
# NUL bytes: a file with NULs may be rejected as binary (exit 2) or read with
# the NULs replaced (exit 0); either way no crash and valid output.
{ for _ in $(seq 1 50); do good_text; printf 'Roma\x00Parigi \x00\x00 Berlino.\n\n'; done; } > "$T/nul.txt"

check_out() {  # check_out WHAT
  valid_utf8 "$T/out" || fail "$1: output is not valid UTF-8"
}

for cmd in tokens sentences actors; do
  run "$cmd" "$T/bad.txt"
  expect_rc 0 "$cmd on invalid UTF-8 must succeed"
  check_out "$cmd"
  [ "$cmd" = actors ] || [ -s "$T/out" ] || fail "$cmd printed nothing"
  run "$cmd" --format jsonl "$T/bad.txt"
  expect_rc 0 "$cmd --format jsonl"
  check_out "$cmd --format jsonl"
  if command -v python3 > /dev/null; then
    python3 -c 'import json, sys
for n, l in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    json.loads(l)' "$T/out" 2>> "$T/err" || fail "$cmd --format jsonl: a line is not JSON"
  fi
  run "$cmd" "$T/each.txt"
  expect_rc 0 "$cmd on one invalid byte per line"
  check_out "$cmd on one invalid byte per line"
  run "$cmd" --input-format text "$T/nul.txt"
  [ "$RC" -eq 0 ] || [ "$RC" -eq 2 ] || fail "$cmd on text with NUL bytes: exit $RC (expected 0 or 2)"
  check_out "$cmd with NUL bytes"
done

# Standard input
STDIN="$T/bad.txt" run tokens -
expect_rc 0 "tokens from standard input"
check_out "tokens from standard input"

# Inside JSON Lines: raw invalid bytes in a string, and escapes of lone
# surrogates and NUL.  Either repaired or the record skipped (exit 2);
# never a crash, never invalid output.
{
  printf '{"id":"raw","lang":"it","text":"'; bad_bytes | tr -d '\n"\\'; printf '"}\n'
  printf '{"id":"esc","lang":"en","text":"Moscow \\ud800 and \\udfff met \\u0000 Kyiv\\ud83d. Then \\uDE00 left."}\n'
  printf '{"id":"ok","lang":"en","text":"Russia met China."}\n'
} > "$T/bad.jsonl"
for cmd in tokens sentences actors; do
  run "$cmd" --input-format jsonl "$T/bad.jsonl"
  [ "$RC" -eq 0 ] || [ "$RC" -eq 2 ] || fail "$cmd on bad JSON Lines: exit $RC (expected 0 or 2)"
  check_out "$cmd on bad JSON Lines"
done
run sentences --input-format jsonl "$T/bad.jsonl"
grep -q '^ok ' "$T/out" || fail "the valid record after the bad ones was lost"
echo "note: invalid UTF-8 in text, with NULs, on stdin and in JSON Lines"
