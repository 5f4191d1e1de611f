# Scores the coder on ../shared/dev/events-dev.jsonl (80 real excerpts) and
# on the project's own gold, prints the figures, and fails when F1 drops
# below the floor recorded here (raise it as the coder improves).
. "$(dirname "$0")/../cli/common.bash"
dev=../shared/dev/events-dev.jsonl
[ -f "$dev" ] || { echo "skip: ../shared/dev absent"; exit 77; }
out=$("$DYAD" eval "$dev") || fail "eval failed"
printf '%s\n' "$out"
f1=$(printf '%s\n' "$out" | awk '/ all /{print $NF}')
echo "score: dev F1 $f1"
awk -v f="$f1" 'BEGIN{exit !(f >= 0.555)}' || fail "dev F1 $f1 below the floor 0.555"
