# The API's filters are the CLI's: for each filter (and some together) the
# total of /api/events equals the number of rows `dyad events` prints with
# the same options, and every row returned satisfies the filter.
. "$(dirname "$0")/common.bash"
make_db
start_server

# cli_count OPTIONS...: rows of `dyad events` with those options
cli_count() { "$DYAD" events --db "$DB" --format jsonl --limit 1000000 "$@" | wc -l; }

# check_filter QUERY 'PYTHON TEST ON e' CLI OPTIONS...
check_filter() {
  local query=$1 test=$2
  shift 2
  local want
  want=$(cli_count "$@")
  get "/api/events?limit=1000&$query"
  expect_status 200 "events?$query"
  jcheck "j['total'] == $want and len(j['items']) == j['total']" "events?$query: total as dyad events $* ($want)"
  jcheck "all($test for e in j['items'])" "events?$query: rows satisfy the filter"
  [ "$want" -gt 0 ] || [ "${ALLOW_EMPTY:-}" = 1 ] || fail "events?$query: the fixture has no such event"
}

check_filter 'source=IND' "e['source_country'] == 'IND'" --source IND
check_filter 'target=PAK' "e['target_country'] == 'PAK'" --target PAK
check_filter 'actor=ISR' "'ISR' in (e['source_country'], e['target_country'])" --actor ISR
check_filter 'country=ITA' "'ITA' in (e['source_country'], e['target_country'])" --actor ITA
check_filter 'country=ita' "'ITA' in (e['source_country'], e['target_country'])" --actor ITA
check_filter 'source=Meloni' "e['source_country'] == 'ITA'" --source Meloni
check_filter 'code=11' "e['code'].startswith('11')" --code 11
# a three- or four-digit code the fixture holds (which depends on the dictionaries)
code3=$("$DYAD" events --db "$DB" --format tsv --limit 1000000 | awk -F'\t' 'NR > 1 && length($10) >= 3 { print $10; exit }')
[ -n "$code3" ] || fail "the fixture has no event with a three- or four-digit code"
check_filter "code=$code3" "e['code'].startswith('$code3')" --code "$code3"
check_filter 'root=04' "e['root'] == '04'" --root 04
check_filter 'quad=4' "e['quad_class'] == 4" --quad 4
check_filter 'quad=1' "e['quad_class'] == 1" --quad 1
check_filter 'from=2024-01-01&to=2024-12-31' "'2024-01-01' <= e['date'] <= '2024-12-31'" --from 2024-01-01 --to 2024-12-31
check_filter 'from=2024' "e['date'] >= '2024'" --from 2024
check_filter 'to=2022-06' "e['date'][:7] <= '2022-06'" --to 2022-06
check_filter 'lang=it' "e['lang'] == 'it'" --lang it
check_filter 'lang=en' "e['lang'] == 'en'" --lang en
check_filter 'text=ceasefire' "True" --text ceasefire
check_filter 'q=ceasefire' "True" --text ceasefire
check_filter 'actor=PAK&quad=1' "'PAK' in (e['source_country'], e['target_country']) and e['quad_class'] == 1" --actor PAK --quad 1
check_filter 'source=IND&target=PAK&lang=en' "e['source_country'] == 'IND' and e['target_country'] == 'PAK'" --source IND --target PAK --lang en
ALLOW_EMPTY=1 check_filter 'actor=XYZ' "False" --actor XYZ
# empty values are no filter (a form sends its empty fields)
get '/api/events?source=&target=&quad=&q='
expect_status 200 "empty filter values"
jcheck "j['total'] == $(cli_count)" "empty values filter nothing"

# the other lists take the same filters
get '/api/dyads?actor=IND&limit=1000'
expect_status 200 "dyads?actor"
jcheck "j['total'] >= 1 and all('IND' in (d['source_country'], d['target_country']) for d in j['items'])" "dyads filtered by actor"
get '/api/dyads?lang=it&limit=1000'
expect_status 200 "dyads?lang"
it_events=$(cli_count --lang it)
jcheck "sum(d['events'] for d in j['items']) == $it_events" "dyads?lang=it add up to the Italian events ($it_events)"
get '/api/actors?actor=IND&limit=1000'
expect_status 200 "actors?actor"
jcheck "j['total'] >= 1 and all(a['country'] == 'IND' or a['code'].startswith('IND') for a in j['items'])" "actors filtered by actor"
get '/api/actors?country=pak'
expect_status 200 "actors?country"
jcheck "j['total'] >= 1 and all(a['country'] == 'PAK' for a in j['items'])" "actors filtered by country"
get '/api/actors?q=government'
jcheck "j['total'] >= 1 and all('government' in a['name'] for a in j['items'])" "actors by words of the name"
get '/api/quotes?speaker=INDGOV'
expect_status 200 "quotes?speaker"
jcheck "j['total'] >= 1 and all(q['speaker_country'] == 'IND' for q in j['items'])" "quotes by speaker"
get '/api/quotes?text=violations'
expect_status 200 "quotes?text"
jcheck "j['total'] >= 1 and all('violations' in q['quote'] for q in j['items'])" "quotes by words"
get '/api/search?q=tregua&lang=it'
expect_status 200 "search?lang"
jcheck "j['total'] >= 1 and all(a['lang'] == 'it' for a in j['items'])" "search by language"
get '/api/search?q=tregua&lang=en'
expect_status 200 "search?lang=en"
jcheck "all(a['lang'] == 'en' for a in j['items'])" "search by language, none"
get '/api/timeline?source=IND&target=PAK'
jcheck "j['total'] >= 1" "timeline IND PAK"
all_n=$(python3 -c 'import json,sys; print(sum(r["events"] for r in json.load(open(sys.argv[1]))["items"]))' "$WORK/body")
get '/api/timeline?source=IND&target=PAK&quad=1'
expect_status 200 "timeline?quad"
q1=$(( $(cli_count --source IND --target PAK --quad 1) + $(cli_count --source PAK --target IND --quad 1) ))
jcheck "sum(r['events'] for r in j['items']) == $q1 and $q1 < $all_n" "timeline filtered by quad ($q1 of $all_n)"
echo "note: $CHECKS checks"
