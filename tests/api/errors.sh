# Errors are JSON {"error": "...", "code": "..."} with a fitting status: 400
# for a bad parameter (the message names it), 404 for no such route, id or
# file, 405 for anything but GET and HEAD, 414 for an over-long request.
. "$(dirname "$0")/common.bash"
make_db
start_server

error_shape="isinstance(j['error'], str) and len(j['error']) > 5 and isinstance(j['code'], str)"

# 400: each bad parameter named in the message
while IFS='|' read -r query param; do
  [ -n "$query" ] || continue
  get "/api/events?$query"
  expect_bad_param "$param" "events?$query"
  jcheck "$error_shape and j['code'] == 'bad_request'" "events?$query: error shape"
done <<'LIST'
quad=7|quad
quad=x|quad
quad=1.5|quad
root=21|root
root=4|root
root=ab|root
code=x42|code
code=12345|code
lang=english|lang
lang=IT|lang
country=RUSS|country
country=R1S|country
limit=abc|limit
limit=-5|limit
offset=x|offset
from=2024-13|from
from=yesterday|from
to=2024-02-30x|to
nonsense=1|nonsense
by=month|by
speaker=X|speaker
limit=5&limit=6|limit
actor=RUS&country=RUS|country
q=a&text=b|text
LIST
long=$(head -c 300 /dev/zero | tr '\0' x)
get "/api/events?source=$long"
expect_bad_param source "over-long value"
get "/api/timeline?source=IND"
expect_bad_param target "timeline without target"
get "/api/timeline?source=IND&target=PAK&by=year"
expect_bad_param by "timeline by year"
get "/api/search"
expect_bad_param q "search without q"
get "/api/stats?limit=5"
expect_bad_param limit "stats takes no parameters"
for q in 'actors?quad=1|quad' 'actors?from=2024|from' 'search?q=a&from=2024|from' 'quotes?root=04|root' 'timeline?source=A&target=B&q=x|q'; do
  get "/api/${q%|*}"
  expect_bad_param "${q#*|}" "${q%|*}: a filter the route does not honour"
done
get "/api/articles/1?q=x"
expect_bad_param q "article takes no parameters"
get "/api/events?=5"
expect_status 400 "an empty parameter name"
get "/api/events?limit%20offset=5"
expect_status 400 "a parameter name with a space"
many=$(for i in $(seq 1 40); do printf 'p%d=1&' "$i"; done)
get "/api/events?$many"
expect_status 400 "too many parameters"
get "/api/events/abc"
expect_status 400 "bad event id"
jcheck "$error_shape and 'id' in j['error']" "bad id named"
get "/api/events/0"
expect_status 400 "event id 0"
get "/api/articles/-3"
expect_status 400 "negative article id"

# 404
for path in /api/nothing /api/events/999999 /api/articles/999999 /api/events/1/more /nothing.js \
            /../Makefile /web/app.js /Makefile /server/http.c /%2e%2e/Makefile /build/dyad \
            '/index.html/..' /.git/config /etc/passwd; do
  get "$path" --path-as-is
  expect_status 404 "$path"
  jcheck "$error_shape and j['code'] == 'not_found'" "$path: error shape"
  [ "$(header Content-Type)" = "application/json; charset=utf-8" ] || fail "$path: error not JSON"
done
get /api/events/999999
jcheck "'999999' in j['error']" "the missing id is named"

# 405, with Allow
for m in POST PUT DELETE PATCH OPTIONS; do
  get /api/events -X "$m" -d 'x=1'
  expect_status 405 "$m"
  jcheck "$error_shape and j['code'] == 'method_not_allowed'" "$m: error shape"
  [ "$(header Allow)" = "GET, HEAD" ] || fail "$m: Allow header '$(header Allow)'"
done
get /api/events -I
expect_status 200 "HEAD"

# 414 for a long query string; a request line or headers over the server's
# per-connection memory are refused by libmicrohttpd itself (414 or 431)
long=$(head -c 3000 /dev/zero | tr '\0' a)
get "/api/events?q=$long"
expect_status 414 "long URI"
jcheck "$error_shape and j['code'] == 'uri_too_long'" "414 error shape"
huge=$(head -c 70000 /dev/zero | tr '\0' a)
get "/api/events?q=$huge"
case $STATUS in 414|431|400) ;; *) fail "huge URI: status $STATUS" ;; esac
CHECKS=$((CHECKS + 1))
get /api/events -H "X-Big: $huge"
case $STATUS in 431|400|413) ;; *) fail "huge header: status $STATUS" ;; esac
CHECKS=$((CHECKS + 1))
# and the server still answers
get /api/stats
expect_status 200 "alive after the refusals"
echo "note: $CHECKS checks"
