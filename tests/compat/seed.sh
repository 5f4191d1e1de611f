# The seed article (../shared/seed, third-party, read in place): crawl header
# parsed to date 2024-06 (month precision), language it, 19 sentences, the
# dateline found and resolved to 2024-06-18 in coded events; and the number
# of the 13 reference events the coder finds, as a regression floor, and the
# number of distinct events beyond them, as a ceiling.
. "$(dirname "$0")/../cli/common.bash"
seed=../shared/seed/putin-pyongyang-2024-06.it.txt
[ -f "$seed" ] || { echo "skip: ../shared/seed absent"; exit 77; }
n=$("$DYAD" sentences --format jsonl "$seed" | wc -l)
[ "$n" = 19 ] || fail "seed: $n sentences, expected 19"
"$DYAD" sentences --format jsonl "$seed" | head -n 1 | grep -q '"lang":"it"' || fail "seed: language is not it"
"$DYAD" sentences --format jsonl "$seed" | head -n 1 | grep -q '"dateline":"Roma, 18 giugno 2024' || fail "seed: dateline not found"
out=$("$DYAD" code -q "$seed")
printf '%s\n' "$out" | grep -q '"date":"2024-06-18"' || fail "seed: no event dated by the dateline"
# reference events (source target root), either direction where the rules say so
ref="RUS PRK 04
RUS PRK 05
PRK RUS 05
PRK RUS 07
USA PRK 11
IGOEUR PRK 11
PRK USA 01
RUS PRK 03
USA RUS 01
UNO PRK 16
UNO RUS 16
PRK RUS 04
RUS UKR 19"
found=0
while read -r s t r; do
  [ "$s" = IGOEUR ] && s=EUR
  if printf '%s\n' "$out" | grep -q "\"source_country\":\"$s\".*\"target_country\":\"$t\".*\"root\":\"$r\""; then
    found=$((found + 1))
  fi
done <<< "$ref"
# events beyond the reference (distinct source target root), as a ceiling
extra=$(printf '%s\n' "$out" | sed -n 's/.*"source_country":"\([A-Z]*\)".*"target_country":"\([A-Z]*\)".*"root":"\([0-9]*\)".*/\1 \2 \3/p' |
  sort -u | while read -r s t r; do
    printf '%s\n' "$ref" | sed 's/^IGOEUR/EUR/' | grep -qx "$s $t $r" || echo x
  done | wc -l)
echo "score: seed events found $found of 13"
echo "score: seed extra events $extra"
[ "$extra" -le 2 ] || fail "seed: $extra events beyond the reference (ceiling 2)"
[ "$found" -ge 12 ] || fail "seed: only $found of 13 reference events (floor 12)"
