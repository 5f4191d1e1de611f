# Every route of the API answers 200 with the JSON shape the README gives:
# lists with total, limit, offset and items carrying the columns of their
# query kind; an event with its mentions and their marked evidence; an
# article with its text; the statistics agreeing with `dyad stats`.
. "$(dirname "$0")/common.bash"
make_db
start_server

get /api/stats
expect_status 200 "stats"
jcheck "all(k in j for k in ('articles','sentences','mentions','events','event_mentions','quotes','errors','first_date','last_date','schema_version'))" "stats keys"
cli_events=$("$DYAD" stats --db "$DB" | awk '$1 == "events" { print $2 }')
jcheck "j['events'] == $cli_events and j['events'] > 10" "stats events agree with dyad stats ($cli_events)"
[ "$(header Content-Type)" = "application/json; charset=utf-8" ] || fail "API content type: $(header Content-Type)"

list_shape="isinstance(j['total'], int) and isinstance(j['limit'], int) and j['offset'] == 0 and isinstance(j['items'], list)"
get '/api/events'
expect_status 200 "events"
jcheck "$list_shape and j['total'] == $cli_events and j['limit'] == 50 and len(j['items']) == min(50, j['total'])" "events list"
jcheck "all(k in j['items'][0] for k in ('id','date','date_precision','source','source_country','source_name','target','target_country','target_name','code','root','quad_class','goldstein','plover','num_mentions','num_articles','num_sources','location_name','lang','sentence','article_id','title','url'))" "event columns"
jcheck "all(isinstance(e['id'], int) and isinstance(e['goldstein'], (int, float)) and e['quad_class'] in (1,2,3,4) for e in j['items'])" "event value types"
jcheck "[e['date'] for e in j['items']] == sorted([e['date'] for e in j['items']], reverse=True)" "newest first"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["id"])' "$WORK/body")
all_ids=$(python3 -c 'import json,sys; print(" ".join(str(e["id"]) for e in json.load(open(sys.argv[1]))["items"]))' "$WORK/body")

get "/api/events/$id"
expect_status 200 "one event"
jcheck "j['event']['id'] == $id and j['total'] >= 1 and len(j['mentions']) == j['total']" "event with mentions"
jcheck "all(k in j['mentions'][0] for k in ('mention_id','event_id','article_id','title','url','article_date','lang','sentence','sentence_start','source_start','source_end','target_start','target_end','trigger_start','trigger_end','evidence'))" "mention columns"
# for every event of the first page: the evidence segments put together give
# the sentence back; the trigger is marked; a span inside the sentence is
# marked exactly over the bytes at its offsets, one in another sentence (a
# reply to an accuser named earlier) is not marked
for ev in $all_ids; do
  get "/api/events/$ev"
  expect_status 200 "event $ev"
  jcheck "all(''.join(s['text'] for s in m['evidence']) == m['sentence'] for m in j['mentions'])" "event $ev: segments rebuild the sentence"
  jcheck "all(any(s['mark'] and 'trigger' in s['mark'] for s in m['evidence']) for m in j['mentions'])" "event $ev: trigger marked"
  python3 - "$WORK/body" <<'PY' || fail "event $ev: marked text is not the text at the offsets"
import json, sys
j = json.load(open(sys.argv[1]))
for m in j["mentions"]:
    sent = m["sentence"].encode("utf-8")
    for role in ("source", "target", "trigger"):
        a, z = m[role + "_start"] - m["sentence_start"], m[role + "_end"] - m["sentence_start"]
        want = sent[a:z].decode("utf-8") if 0 <= a < z <= len(sent) else ""
        got = "".join(s["text"] for s in m["evidence"] if s["mark"] and role in s["mark"].split())
        if got != want:
            sys.exit("%s: %r != %r" % (role, got, want))
PY
  CHECKS=$((CHECKS + 1))
done
get "/api/events/$id"

article=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["mentions"][0]["article_id"])' "$WORK/body")
get "/api/articles/$article"
expect_status 200 "article"
jcheck "all(k in j['article'] for k in ('article_id','doc_id','title','date','url','lang','source_file','text','events')) and j['article']['article_id'] == $article and len(j['article']['text']) > 100" "article view"

get '/api/actors?limit=5'
expect_status 200 "actors"
jcheck "$list_shape and len(j['items']) == 5 and all(k in j['items'][0] for k in ('code','country','name','mentions','events'))" "actors"
jcheck "[a['events'] for a in j['items']] == sorted([a['events'] for a in j['items']], reverse=True)" "actors by events"

get '/api/dyads?limit=5'
expect_status 200 "dyads"
jcheck "$list_shape and len(j['items']) == 5 and all(k in j['items'][0] for k in ('source','source_name','source_country','target','target_name','target_country','events','goldstein','q1','q2','q3','q4'))" "dyads"
jcheck "all(abs(d['q1'] + d['q2'] + d['q3'] + d['q4'] - 1) < 1e-6 for d in j['items'])" "quad shares add up to 1"
src=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["source"])' "$WORK/body")
tgt=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["target"])' "$WORK/body")
n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["events"])' "$WORK/body")

get "/api/timeline?source=$src&target=$tgt"
expect_status 200 "timeline"
jcheck "$list_shape and all(k in j['items'][0] for k in ('period','direction','events','goldstein'))" "timeline rows"
# the timeline's sides match as the event filters do (a country code takes
# in its agents), so its counts are those of dyad events --source --target
ab=$("$DYAD" events --db "$DB" --source "$src" --target "$tgt" --limit 100000 --format jsonl | wc -l)
ba=$("$DYAD" events --db "$DB" --source "$tgt" --target "$src" --limit 100000 --format jsonl | wc -l)
jcheck "set(r['direction'] for r in j['items']) <= {'ab','ba'} and sum(r['events'] for r in j['items'] if r['direction'] == 'ab') == $ab and sum(r['events'] for r in j['items'] if r['direction'] == 'ba') == $ba and $ab >= $n" "timeline counts as dyad events ($ab, $ba)"
get "/api/timeline?source=$src&target=$tgt&by=day"
expect_status 200 "timeline by day"
jcheck "all(len(r['period']) == 10 for r in j['items'])" "daily periods"

get '/api/quotes?limit=3'
expect_status 200 "quotes"
jcheck "$list_shape and len(j['items']) == 3 and all(k in j['items'][0] for k in ('id','article_id','title','date','speaker','speaker_name','speaker_country','quote','sentence_index'))" "quotes"

get '/api/search?q=ceasefire'
expect_status 200 "search"
jcheck "$list_shape and j['total'] >= 1 and all(k in j['items'][0] for k in ('article_id','doc_id','title','date','url','lang','snippet','snippet_marked'))" "search rows"
jcheck "all(any(s['match'] and s['text'].lower() == 'ceasefire' for s in a['snippet_marked']) for a in j['items'])" "search matches marked"
jcheck "all(''.join(s['text'] for s in a['snippet_marked']) == a['snippet'] for a in j['items'])" "snippet segments rebuild the snippet"

# the page itself
get /
expect_status 200 "index"
grep -q '<script src="app.js"' "$WORK/body" || fail "index.html does not load app.js"
[ "$(header Content-Type)" = "text/html; charset=utf-8" ] || fail "index content type"
for asset in app.js charts.js style.css favicon.svg index.html; do
  get "/$asset"
  expect_status 200 "asset $asset"
done
get /app.js
etag=$(header ETag)
[ -n "$etag" ] || fail "no ETag on app.js"
get /app.js -H "If-None-Match: $etag"
expect_status 304 "asset revalidation"
echo "note: $CHECKS checks"
