# dyad tokens / sentences / actors output on a fixed input equals the
# expected files under tests/cli/expected/ (update them with
# tests/cli/views_exact.sh --set-exact-output after checking the diff).
. "$(dirname "$0")/common.bash"
exp=tests/cli/expected
in=samples/crawl/it_xi_mosca_2023.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$DYAD" sentences "$in" > "$tmp/sentences.txt" || fail "sentences failed"
"$DYAD" tokens --format jsonl "$in" | head -n 80 > "$tmp/tokens.jsonl" || fail "tokens failed"
"$DYAD" actors "$in" > "$tmp/actors.txt" || fail "actors failed"
if [ "${1:-}" = "--set-exact-output" ]; then
  mkdir -p "$exp"; cp "$tmp"/* "$exp"/; echo "note: expected outputs written"; exit 0
fi
for f in sentences.txt tokens.jsonl actors.txt; do
  diff -u "$exp/$f" "$tmp/$f" || fail "$f differs from $exp/$f"
done
