# Shared by tests/store/*.sh: the binary, the repo, a scratch folder.
DYAD=${DYAD:-./build/dyad}
ROOT=${DYAD_ROOT:-.}
cd "$ROOT" || exit 1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One value of `dyad stats`.
stat() { "$DYAD" stats --db "$1" | awk -v k="$2" '$1 == k { print $2 }'; }
# A corpus of N copies of the JSON Lines samples, each record with a new id.
replicate() {   # $1 = copies, $2 = output file
  local i
  : > "$2"
  for ((i = 0; i < $1; i++)); do
    sed "s/\"id\": *\"\\([^\"]*\\)\"/\"id\": \"\\1-$i\"/" samples/jsonl/articles.jsonl >> "$2"
  done
}
