# Shared by tests/cli/*.sh: where the binary and the repo are.
DYAD=${DYAD:-./build/dyad}
ROOT=${DYAD_ROOT:-.}
cd "$ROOT" || exit 1
fail() { echo "FAIL: $*" >&2; exit 1; }
