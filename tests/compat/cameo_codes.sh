# Every CAMEO code the event dictionaries use (block heads, pattern codes and
# their alternatives) exists in data/cameo/codes.txt, and the codebook's
# Goldstein values and PLOVER types agree with the reference tables in
# ../shared/cameo (the Goldstein scale and the CAMEO-to-PLOVER mapping).
. "$(dirname "$0")/../cli/common.bash"
ref=../shared/cameo
[ -f "$ref/CAMEO.goldsteinscale.txt" ] && [ -f "$ref/CAMEO2PLOVER-2021.txt" ] ||
  { echo "skip: ../shared/cameo absent"; exit 77; }
python3 - "$ref" <<'PY' || fail "the codebook or the dictionaries disagree with the reference"
import os, re, sys
ref = sys.argv[1]
codes = {}
for line in open("data/cameo/codes.txt", encoding="utf-8"):
    if line[:1].isdigit():
        f = line.rstrip("\n").split("\t")
        codes[f[0]] = (float(f[1]), f[2].strip())
gold = {}
for line in open(os.path.join(ref, "CAMEO.goldsteinscale.txt"), encoding="utf-8", errors="replace"):
    f = line.split()
    if len(f) == 2 and f[0].isdigit():
        gold[f[0]] = float(f[1])
plover = {}  # a root may be listed under two types (08: CONCEDE, RETREAT)
for line in open(os.path.join(ref, "CAMEO2PLOVER-2021.txt"), encoding="utf-8", errors="replace"):
    m = re.match(r"^(\d{2,4}):\s*([^,#]*)", line)
    if m and m.group(2).strip():
        plover.setdefault(m.group(1), set()).add(m.group(2).strip())
bad, used = [], 0
for lang in ("it", "en"):
    path = f"data/events/{lang}.txt"
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.split("#")[0]
        for m in re.finditer(r"\[(\d{3,4})(?::(\d{3,4}))?\]", line):
            for c in m.groups():
                if not c:
                    continue
                used += 1
                if c not in codes:
                    bad.append(f"{path}:{n}: code {c} is not in data/cameo/codes.txt")
for c, (g, p) in sorted(codes.items()):
    if c in gold and abs(gold[c] - g) > 1e-6:
        bad.append(f"codes.txt {c}: Goldstein {g}, the reference says {gold[c]}")
    if c in plover and p not in plover[c]:
        bad.append(f"codes.txt {c}: PLOVER {p}, the reference says {'/'.join(sorted(plover[c]))}")
missing = [c for c in gold if c not in codes]
if missing:
    bad.append("codes of the Goldstein scale missing from codes.txt: " + " ".join(missing[:10]))
for b in bad:
    print(b)
print(f"{used} dictionary codes, {len(codes)} codebook codes checked, {len(bad)} problems")
sys.exit(1 if bad or used < 100 or len(gold) < 200 else 0)
PY
