# common.bash -- sourced by the tests/pathological/*.sh scripts (not a test).
#
# Sets DYAD (default: the build's dyad), a scratch folder $T removed on exit,
# and LIMIT, the time limit in seconds of one dyad run (PATHO_LIMIT, default
# 20; five times longer when DYAD is a sanitizer build, which runs slower).
#
#   run ARGS...        runs "$DYAD" ARGS under the limit, stdin from $STDIN
#                      (default /dev/null), stdout to $T/out, stderr to $T/err;
#                      sets RC.  Fails the test on a hang, a crash (killed by
#                      a signal) or a sanitizer report; any other exit status
#                      is for the caller to judge.
#   fail MESSAGE       prints "FAIL: MESSAGE" with the run's stderr; exits 1.
#   expect_rc N WHAT   fails unless RC is N.
set -u

if [ -z "${DYAD:-}" ]; then
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  root=${DYAD_ROOT:-$(cd "$here/../.." && pwd)}
  if [ -x "$root/build/dyad" ]; then DYAD="$root/build/dyad"; else DYAD=./build/dyad; fi
fi
if [ ! -x "$DYAD" ]; then
  echo "FAIL: no dyad program at $DYAD (build it first)" >&2
  exit 1
fi

LIMIT=${PATHO_LIMIT:-20}
case $DYAD in *-san/*) LIMIT=$((LIMIT * 5)) ;; esac

T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-patho.XXXXXX")
trap 'rm -rf "$T"' EXIT
STDIN=/dev/null
RC=0
LAST=""

fail() {
  echo "FAIL: $*" >&2
  if [ -s "$T/err" ]; then
    echo "--- stderr of: $LAST" >&2
    head -c 3000 "$T/err" >&2
    echo >&2
  fi
  exit 1
}

run() {
  LAST="dyad $*"
  local limit=${RUN_LIMIT:-$LIMIT}
  RC=0
  timeout -k 5 "$limit" "$DYAD" "$@" < "$STDIN" > "$T/out" 2> "$T/err" || RC=$?
  if [ "$RC" -eq 124 ] || [ "$RC" -eq 137 ]; then
    fail "$LAST: no answer within ${limit} s (hang or far too slow)"
  fi
  if [ "$RC" -ge 128 ]; then
    fail "$LAST: killed by signal $((RC - 128))"
  fi
  if grep -qE 'Sanitizer|runtime error:|AddressSanitizer|LeakSanitizer' "$T/err"; then
    fail "$LAST: sanitizer report"
  fi
}

expect_rc() {
  [ "$RC" -eq "$1" ] || fail "$LAST: exit status $RC, expected $1 ($2)"
}

# Is file $1 valid UTF-8?
valid_utf8() {
  iconv -f UTF-8 -t UTF-8 < "$1" > /dev/null 2>&1
}
