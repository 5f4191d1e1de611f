# The event gold files (own gold tests/gold/events-*.jsonl and the held-out
# tests/gold/heldout-*.jsonl, the place and date gold tests/gold/places-*.jsonl) are well formed: one JSON object a line with a
# unique id, the file's language and a date; every event names two known
# actors (country codes of data/actors/countries.txt or UNO, EUR, NAT, IAE,
# G7), a code and an alt that exist in data/cameo/codes.txt, the root of its
# code, and at most one event per (source, target, root) in an excerpt.
# A deliberately broken file checks that the validator does reject errors.
. "$(dirname "$0")/common.bash"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/check.py" <<'PY'
import json, re, sys
codes = set()
for line in open("data/cameo/codes.txt", encoding="utf-8"):
    if line[:1].isdigit():
        codes.add(line.split("\t")[0])
actors = {"UNO", "EUR", "NAT", "IAE", "G7"}
for line in open("data/actors/countries.txt", encoding="utf-8"):
    m = re.match(r"([A-Z]{3})\s", line)
    if m:
        actors.add(m.group(1))
date_re = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
errors = 0
def bad(path, n, msg):
    global errors
    errors += 1
    print("%s:%d: %s" % (path, n, msg))
for path in sys.argv[1:]:
    lang = "it" if path.endswith("-it.jsonl") else "en" if path.endswith("-en.jsonl") else None
    ids, items = set(), 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            j = json.loads(line)
        except ValueError as e:
            bad(path, n, "not JSON: %s" % e)
            continue
        if not isinstance(j, dict):
            bad(path, n, "not an object")
            continue
        items += 1
        if not isinstance(j.get("id"), str) or not j["id"] or j["id"] in ids:
            bad(path, n, "missing or repeated id")
        ids.add(j.get("id"))
        if lang and j.get("lang") != lang:
            bad(path, n, "lang %r in a %s file" % (j.get("lang"), lang))
        if not isinstance(j.get("date"), str) or not date_re.match(j["date"]):
            bad(path, n, "bad date %r" % j.get("date"))
        if not isinstance(j.get("text"), str) or not j["text"].strip():
            bad(path, n, "no text")
        evs = j.get("events")
        if not isinstance(evs, list):
            bad(path, n, "events is not a list")
            continue
        seen = set()
        for e in evs:
            if not isinstance(e, dict):
                bad(path, n, "event is not an object")
                continue
            for k in ("source", "target"):
                if e.get(k) not in actors:
                    bad(path, n, "unknown actor %r" % e.get(k))
            code, alt, root = e.get("code"), e.get("alt"), e.get("root")
            if not isinstance(code, str) or len(code) != 3 or code not in codes:
                bad(path, n, "code %r not a 3-digit CAMEO code" % code)
            elif root != code[:2]:
                bad(path, n, "root %r does not match code %s" % (root, code))
            if alt is not None and alt not in codes:
                bad(path, n, "alt %r not a CAMEO code" % alt)
            if "date" in e and e["date"] is not None and not date_re.match(str(e["date"])):
                bad(path, n, "bad event date %r" % e["date"])
            key = (e.get("source"), e.get("target"), str(code)[:2])
            if key in seen:
                bad(path, n, "two events for %s %s root %s" % key)
            seen.add(key)
    if items == 0:
        bad(path, 0, "no excerpts")
sys.exit(1 if errors else 0)
PY
for f in tests/gold/heldout-it.jsonl tests/gold/heldout-en.jsonl tests/gold/events-it.jsonl tests/gold/events-en.jsonl tests/gold/places-it.jsonl tests/gold/places-en.jsonl; do
  [ -f "$f" ] || fail "$f is missing"
done
python3 "$tmp/check.py" tests/gold/events-*.jsonl tests/gold/heldout-*.jsonl tests/gold/places-*.jsonl || fail "gold files are malformed"
# the validator must reject: an unknown code, a root that is not the code's,
# an unknown actor, a repeated (source, target, root), a line that is not JSON
cat > "$tmp/broken-en.jsonl" <<'G'
{"id":"b1","lang":"en","date":"2024-01","text":"x","events":[{"source":"FRA","target":"RUS","code":"999","root":"99","alt":null}]}
{"id":"b2","lang":"en","date":"2024-01","text":"x","events":[{"source":"FRA","target":"RUS","code":"111","root":"12","alt":null}]}
{"id":"b3","lang":"en","date":"2024-01","text":"x","events":[{"source":"XXQ","target":"RUS","code":"111","root":"11","alt":null}]}
{"id":"b4","lang":"en","date":"2024-01","text":"x","events":[{"source":"FRA","target":"RUS","code":"111","root":"11","alt":null},{"source":"FRA","target":"RUS","code":"112","root":"11","alt":null}]}
{"id":"b5", not json
G
out=$(python3 "$tmp/check.py" "$tmp/broken-en.jsonl") && fail "the validator accepted a broken file"
[ "$(printf '%s\n' "$out" | wc -l)" = 5 ] || fail "expected 5 errors in the broken file, got: $out"
echo "note: $(cat tests/gold/events-*.jsonl tests/gold/heldout-*.jsonl tests/gold/places-*.jsonl | wc -l) excerpts"
