#!/usr/bin/env bash
# dict_bad_line.sh -- a malformed line in a --dict actors file.  The load must
# fail (exit status not 0) with a message "bad.txt:LINE: ..." naming the file
# and the right line, for each kind of mistake, and never crash; a file of
# only comments and blank lines, or a good file, loads fine.
. "$(dirname "$0")/common.bash"

mkdir -p "$T/dict/actors"
printf 'Il presidente russo ha parlato.\n' > "$T/in.txt"

# check_bad LINE CONTENT...: writes bad.txt, expects the error at LINE
check_bad() {
  local line=$1; shift
  printf '%s\n' "$@" > "$T/dict/actors/bad.txt"
  run actors --dict "$T/dict" "$T/in.txt"
  [ "$RC" -ne 0 ] || fail "a malformed dictionary line was accepted: $(sed -n "${line}p" "$T/dict/actors/bad.txt")"
  grep -q "bad.txt:$line:" "$T/err" || fail "the message does not say bad.txt:$line: for: $(sed -n "${line}p" "$T/dict/actors/bad.txt")"
}

good='ZZZ  en  Freedonia; Republic of Freedonia'
check_bad 3 '# a comment' "$good" 'ZZZ'                                # no language, no names
check_bad 2 "$good" 'zzz  en  Sylvania'                                # lower-case code
check_bad 4 '' '' "$good" 'ZZZ  english  Sylvania'                     # bad language
check_bad 2 "$good" 'ZZZ  en.xyz  Sylvania'                            # unknown kind
check_bad 3 "$good" '' 'ZZZ  en.adj.ctx  Sylvanian'                     # two kinds
check_bad 3 '= Rufus T. Firefly' '  alias Firefly' '  role ZZZGOV 2020-13-45..'   # bad date
check_bad 2 '= Rufus T. Firefly' '  title Firefly'                     # unknown person key
check_bad 3 '= Rufus T. Firefly' '  role ZZZGOV 2020-01-01..2022-01-01' '  role ZZZGOV 2021-01-01..2023-01-01'  # overlap
check_bad 2 "$good" "ZZZ  en  $(printf 'w%d ' $(seq 1 40))"             # too many words
check_bad 1 "$(head -c 5000 /dev/zero | tr '\0' 'A')"                # one huge code
check_bad 2 "$good" "$(printf 'ZZZ\t\xff\xfe  Sylvania')"              # garbage language

# Comments and blank lines only: loads, exit 0.
printf '# nothing here\n\n   \n# still nothing\n' > "$T/dict/actors/bad.txt"
run actors --dict "$T/dict" "$T/in.txt"
expect_rc 0 "a dictionary file of comments only"
# A good line: loads, exit 0.
printf '%s\n' "$good" > "$T/dict/actors/bad.txt"
run actors --dict "$T/dict" "$T/in.txt"
expect_rc 0 "a good dictionary file"
# A --dict path that is not a folder: an error, not a crash.
run actors --dict "$T/in.txt" "$T/in.txt"
[ "$RC" -ne 0 ] || fail "--dict on a plain file was accepted"
echo "note: malformed dictionary lines reported with file and line"
