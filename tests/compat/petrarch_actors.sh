# Reads the PETRARCH2 validation actor and agent dictionaries (TABARI format,
# ../shared/petrarch2) through --dict and codes their fictional actors: names,
# '_' joins, synonyms, dated codes, agents with plurals and substitution sets.
. "$(dirname "$0")/../cli/common.bash"
src=../shared/petrarch2
[ -f "$src/PETR.Validate.actors.txt" ] || { echo "skip: ../shared/petrarch2 absent"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/actors"
cp "$src/PETR.Validate.actors.txt" "$tmp/actors/petr-actors.txt"
cp "$src/PETR.Validate.agents.txt" "$tmp/actors/petr-agents.txt"
text='The army of Gondor attacked Arnor. Arnor foreign ministers met Aragorn. The Hamas military command and President George W. Bush met.'
out=$(printf '%s\n' "$text" | "$DYAD" actors --lang en --dict "$tmp" --format jsonl -) || fail "dictionaries did not load"
for want in '"code":"GONMIL".*"text":"army of Gondor"' \
            '"code":"ARN".*"text":"Arnor"' \
            '"code":"ARNGOV".*"text":"Arnor foreign ministers"' \
            '"code":"RNG"' \
            '"code":"PSEHMSGOV"' \
            '"code":"USAGOV".*"text":"President George W. Bush"'; do
  printf '%s\n' "$out" | grep -q -- "$want" || fail "no mention matching $want in: $out"
done
# a dated code: Gollum is HOB before 1995-06-01 and HOBREB after 1999-08-16
printf '{"text":"Gollum spoke.","date":"1994-01-01","lang":"en"}\n' > "$tmp/a.jsonl"
"$DYAD" actors --dict "$tmp" --format jsonl "$tmp/a.jsonl" | grep -q '"code":"HOB"' || fail "Gollum in 1994 should be HOB"
printf '{"text":"Gollum spoke.","date":"2005-01-01","lang":"en"}\n' > "$tmp/b.jsonl"
"$DYAD" actors --dict "$tmp" --format jsonl "$tmp/b.jsonl" | grep -q '"code":"HOBREB"' || fail "Gollum in 2005 should be HOBREB"
echo "note: PETRARCH2 validation actors and agents loaded"
