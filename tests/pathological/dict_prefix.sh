#!/usr/bin/env bash
# dict_prefix.sh -- a --dict folder with 100,000 actor names that share one
# long prefix ("Alpha Beta Gamma NNNNN"), plus 20,000 that differ only in the
# last letters of one long word.  Loading and matching must stay fast (no
# quadratic trie building, no scan of all siblings per token): `dyad actors
# --dict DIR` on a small text finishes within the limit and finds the names.
. "$(dirname "$0")/common.bash"

N=100000
mkdir -p "$T/dict/actors"
awk -v n=$N 'BEGIN {
  for (i = 1; i <= n; i++) printf "ZZZ  en  Alpha Beta Gamma %05d\n", i
  for (i = 1; i <= 20000; i++) printf "ZZZGOV  *  Supercalifragilisticexpialidocious%05d\n", i
}' > "$T/dict/actors/many.txt"

cat > "$T/in.txt" <<'TXT'
Alpha Beta Gamma 04242 met Alpha Beta Gamma on Monday, and Alpha Beta Gamma 99999 said nothing.

Alpha Beta Alpha Beta Gamma 00001 spoke with Supercalifragilisticexpialidocious12345.
TXT

run actors --dict "$T/dict" --lang en "$T/in.txt"
expect_rc 0 "actors with a dictionary of $N shared-prefix names"
grep -q 'Alpha Beta Gamma 04242' "$T/out" || fail "the name 'Alpha Beta Gamma 04242' was not found"
grep -q 'Alpha Beta Gamma 99999' "$T/out" || fail "the name 'Alpha Beta Gamma 99999' was not found"
grep -q 'Alpha Beta Gamma 00001' "$T/out" || fail "the name 'Alpha Beta Gamma 00001' was not found"
grep -q 'ZZZGOV' "$T/out" || fail "the long-word name was not found"
grep -q 'Alpha Beta Gamma	' "$T/out" && fail "the bare prefix 'Alpha Beta Gamma' was coded as an actor"

# The same folder on a bigger input: 2,000 lines of near-misses of the prefix.
for _ in $(seq 1 2000); do
  printf 'Alpha Beta Gamma Alpha Beta Gamma 1234 Alpha Beta Gamma 00000 Alpha Beta. '
done > "$T/near.txt"
run actors --dict "$T/dict" --lang en "$T/near.txt"
expect_rc 0 "near-misses of a shared prefix"
echo "note: $N names with one prefix"
