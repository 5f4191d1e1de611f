# Loads the PETRARCH2 validation dictionaries' verb patterns into dyad's
# pattern language: a sample of TABARI verb blocks (synsets, --- VERB [code]
# --- heads, "- pattern [code]" lines) converted line by line must load.
. "$(dirname "$0")/../cli/common.bash"
src=../shared/petrarch2/PETR.Validate.verbs.txt
[ -f "$src" ] || { echo "skip: ../shared/petrarch2 absent"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/events"
# TABARI: lower-case the words, '_' joins stay, drop patterns with codes dyad's
# codebook lacks (WEIS codes in this validation file) and XML comments.
python3 - "$src" "$tmp/events/en.txt" <<'PY'
import re, sys
codes = set()
import os
for line in open(os.path.join(os.environ.get("DYAD_ROOT", "."), "data/cameo/codes.txt")):
    if line[:1].isdigit(): codes.add(line.split("\t")[0])
out, n_blocks, n_pats, inblock = [], 0, 0, False
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.split("#")[0].rstrip()
    if not line or line.startswith("<!--") or line.startswith("<"): continue
    m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
    if m:
        code = m.group(2).split(":")[0]
        inblock = code in codes
        if inblock:
            out.append(f"--- {m.group(1)} [{code}] ---"); n_blocks += 1
        continue
    if line.startswith("&") or line.startswith("+"):
        if line.startswith("&"): inblock = False
        continue
    if not inblock: continue
    if line.startswith("-"):
        m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
        if not m: continue
        code = m.group(2).split(":")[0]
        body = m.group(1).lower()
        if code not in codes or "&" in body or "*" not in body or "{" in body: continue
        out.append(f"- {body} [{code}]"); n_pats += 1
    else:
        w = line.strip().lower().lstrip("+")
        if re.match(r"^[a-z_'-]+$", w): out.append(w.replace("_", " "))
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print(f"note: converted {n_blocks} blocks, {n_pats} patterns")
PY
echo "Arnor accused Gondor." | "$DYAD" code --lang en --dict "$tmp" -q 2> "$tmp/err" > /dev/null || fail "converted TABARI patterns do not load: $(cat "$tmp/err")"
