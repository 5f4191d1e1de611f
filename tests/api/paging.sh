# Paging: limit and offset walk a list in pages whose union is the whole
# list, in order, with the same total on every page; past the end a page is
# empty; the default page is 50 rows and the largest 1000.
. "$(dirname "$0")/common.bash"
make_db
start_server

for route in events actors dyads quotes; do
  get "/api/$route?limit=1000"
  expect_status 200 "$route, one page"
  cp "$WORK/body" "$WORK/all.json"
  total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$WORK/all.json")
  [ "$total" -gt 7 ] || fail "$route: only $total rows in the fixture"
  off=0
  : > "$WORK/pages.jsonl"
  while [ "$off" -lt "$total" ]; do
    get "/api/$route?limit=7&offset=$off"
    expect_status 200 "$route page at $off"
    jcheck "j['total'] == $total and j['limit'] == 7 and j['offset'] == $off and len(j['items']) == min(7, $total - $off)" "$route page at $off"
    python3 -c 'import json,sys; [print(json.dumps(x, sort_keys=True)) for x in json.load(open(sys.argv[1]))["items"]]' "$WORK/body" >> "$WORK/pages.jsonl"
    off=$((off + 7))
  done
  python3 -c 'import json,sys; [print(json.dumps(x, sort_keys=True)) for x in json.load(open(sys.argv[1]))["items"]]' "$WORK/all.json" > "$WORK/all.jsonl"
  cmp -s "$WORK/all.jsonl" "$WORK/pages.jsonl" || fail "$route: pages of 7 differ from one page of 1000"
  CHECKS=$((CHECKS + 1))
  get "/api/$route?offset=$total"
  expect_status 200 "$route past the end"
  jcheck "j['total'] == $total and j['items'] == []" "$route: empty page past the end"
done

get '/api/events'
jcheck "j['limit'] == 50 and len(j['items']) == min(50, j['total'])" "default page of 50"
get '/api/events?limit=1000'
expect_status 200 "limit 1000"
get '/api/events?limit=1001'
expect_bad_param limit "limit over 1000"
get '/api/events?limit=0'
expect_bad_param limit "limit 0"
get '/api/events?offset=-1'
expect_bad_param offset "negative offset"
get '/api/events?offset=99999999999'
expect_bad_param offset "huge offset"
# the mentions of an event page too
id=$("$DYAD" events --db "$DB" --format jsonl --limit 1000 | python3 -c '
import json, sys
best = max((json.loads(l) for l in sys.stdin), key=lambda e: e["num_mentions"])
print(best["id"])')
get "/api/events/$id?limit=1"
expect_status 200 "event with one mention per page"
jcheck "len(j['mentions']) == 1 and j['total'] >= 1" "mentions paged"
echo "note: $CHECKS checks"
