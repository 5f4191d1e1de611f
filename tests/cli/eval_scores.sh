# dyad eval: precision, recall and F1 per language, overall and per root,
# on a tiny gold file whose answers are known: one hit, one miss, one false
# alarm at most.
. "$(dirname "$0")/common.bash"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/gold.jsonl" <<'G'
{"id":"t1","lang":"en","date":"2024-01","text":"France condemned Russia.","events":[{"source":"FRA","target":"RUS","code":"111","root":"11","alt":null}]}
{"id":"t2","lang":"en","date":"2024-01","text":"The weather was fine.","events":[{"source":"FRA","target":"DEU","code":"042","root":"04","alt":null}]}
{"id":"t3","lang":"it","date":"2024-01","text":"La Francia ha condannato la Russia.","events":[{"source":"FRA","target":"RUS","code":"110","root":"11","alt":"111"}]}
G
out=$("$DYAD" eval "$tmp/gold.jsonl") || fail "eval failed"
printf '%s\n' "$out" | grep -q ' en  items      2  gold    2  predicted    1  P 1.000  R 0.500  F1 0.667' || fail "en line: $out"
printf '%s\n' "$out" | grep -q ' it  items      1  gold    1  predicted    1  P 1.000  R 1.000  F1 1.000' || fail "it line"
printf '%s\n' "$out" | grep -q ' all items      3  gold    3  predicted    2' || fail "all line"
printf '%s\n' "$out" | grep -q ' root 11  gold    2  predicted    2  P 1.000  R 1.000' || fail "root 11 line"
printf '%s\n' "$out" | grep -q ' root 04  gold    1  predicted    0  P 0.000  R 0.000' || fail "root 04 line"
"$DYAD" eval -v "$tmp/gold.jsonl" | grep -q 'missed      t2: FRA DEU 04' || fail "-v lists the miss"
