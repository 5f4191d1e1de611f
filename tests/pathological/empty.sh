#!/usr/bin/env bash
# empty.sh -- empty input: an empty file, empty standard input, a file of
# white space only, an empty folder and an empty compressed file, in every
# input format.  Nothing to read prints nothing; dyad may either accept it
# (exit 0) or report the file as skipped (exit 2, with a message naming it:
# "-" for standard input), but must not crash, hang or print a sentence.
. "$(dirname "$0")/common.bash"

: > "$T/empty.txt"
printf '\n\n   \n\t\n\n' > "$T/blank.txt"
mkdir "$T/nothing"
gzip -c < /dev/null > "$T/empty.txt.gz"
have_zstd=0
if command -v zstd > /dev/null; then zstd -q -c < /dev/null > "$T/empty.txt.zst" && have_zstd=1; fi

check() {  # check WHAT NAME: exit 0, or 2 with a message naming NAME; nothing on stdout
  [ "$RC" -eq 0 ] || [ "$RC" -eq 2 ] || fail "$1: exit status $RC, expected 0 or 2"
  if [ "$RC" -eq 2 ]; then
    local pat=$2
    [ "$pat" != - ] || pat=' -:'
    grep -qF -- "$pat" "$T/err" || fail "$1: skipped without a message naming '$2'"
  fi
  [ ! -s "$T/out" ] || fail "$1: printed output for empty input: $(head -c 200 "$T/out")"
}

for cmd in sentences tokens actors; do
  run "$cmd" "$T/empty.txt"; check "$cmd on an empty file" empty.txt
  # with no path, `dyad actors` asks the database; the others read standard input
  if [ "$cmd" != actors ]; then STDIN=/dev/null run "$cmd"; check "$cmd on empty standard input (no path)" -; fi
  STDIN="$T/empty.txt" run "$cmd" -; check "$cmd on empty standard input (-)" -
  run "$cmd" "$T/blank.txt"; check "$cmd on white space" blank.txt
  run "$cmd" "$T/nothing"; check "$cmd on an empty folder" nothing
  run "$cmd" "$T/empty.txt.gz"; check "$cmd on an empty gzip file" empty.txt.gz
  if [ $have_zstd = 1 ]; then run "$cmd" "$T/empty.txt.zst"; check "$cmd on an empty zstd file" empty.txt.zst; fi
  for fmt in text jsonl html warc; do
    run "$cmd" --input-format "$fmt" "$T/empty.txt"; check "$cmd --input-format $fmt on an empty file" empty.txt
    STDIN=/dev/null run "$cmd" --input-format "$fmt" -; check "$cmd --input-format $fmt on empty standard input" -
  done
done
# JSON Lines of blank lines only
printf '\n\n\n' > "$T/blank.jsonl"
run sentences --input-format jsonl "$T/blank.jsonl"; check "blank JSON Lines" blank.jsonl
echo "note: empty inputs"
