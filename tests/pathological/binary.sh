#!/usr/bin/env bash
# binary.sh -- 1 MB of random bytes given as an article file.  dyad must not
# crash: it skips the file with exit status 2 and a message naming it.  The
# same bytes forced through each input format, and from standard input, must
# not crash either (exit 0 or 2).
. "$(dirname "$0")/common.bash"

head -c 1048576 /dev/urandom > "$T/noise.bin"
# Fixed first bytes, so that the noise can never start like gzip, zstd,
# a byte-order mark, JSON, HTML or WARC.
printf '\x80\x81\x82\x83' | dd of="$T/noise.bin" bs=1 conv=notrunc status=none

for cmd in sentences tokens actors; do
  run "$cmd" "$T/noise.bin"
  expect_rc 2 "$cmd on a binary file: skipped input"
  grep -q 'noise.bin' "$T/err" || fail "$cmd: the message does not name the file"
done

for fmt in text jsonl html warc; do
  run sentences --input-format "$fmt" "$T/noise.bin"
  [ "$RC" -eq 0 ] || [ "$RC" -eq 2 ] || fail "--input-format $fmt on noise: exit $RC (expected 0 or 2)"
  valid_utf8 "$T/out" || fail "--input-format $fmt on noise: output is not valid UTF-8"
done

STDIN="$T/noise.bin" run sentences -
expect_rc 2 "binary standard input: skipped input"
[ -s "$T/err" ] || fail "binary standard input: no message"

# Noise behind compression magic: a broken gzip and a broken zstd stream.
{ printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03'; head -c 65536 "$T/noise.bin"; } > "$T/noise.gz"
{ printf '\x28\xb5\x2f\xfd'; head -c 65536 "$T/noise.bin"; } > "$T/noise.zst"
for f in noise.gz noise.zst; do
  run sentences "$T/$f"
  expect_rc 2 "a corrupt compressed file: skipped input"
  grep -q "$f" "$T/err" || fail "$f: the message does not name the file"
done

# A folder holding the binary file and a good one: the good one is still read.
mkdir "$T/dir"
cp "$T/noise.bin" "$T/dir/a.bin"
printf 'Il governo italiano ha convocato l'\''ambasciatore russo.\n' > "$T/dir/b.txt"
run sentences "$T/dir"
expect_rc 2 "a folder with one binary file"
grep -q 'ambasciatore' "$T/out" || fail "the good file next to the binary one was not read"
echo "note: random bytes skipped with a message"
