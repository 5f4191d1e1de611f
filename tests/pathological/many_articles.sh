#!/usr/bin/env bash
# many_articles.sh -- 100,000 tiny articles in one JSON Lines file.  Per-
# article costs (reader, coder reset, language set-up) must stay small: every
# command finishes within the limit, every article gives its one sentence, in
# order, and the actor mentions are those of the same articles read alone.
. "$(dirname "$0")/common.bash"

N=100000
awk -v n=$N 'BEGIN {
  for (i = 1; i <= n; i++) {
    if (i % 2) printf "{\"id\":\"a%06d\",\"lang\":\"en\",\"date\":\"2023-0%d-15\",\"text\":\"Russia met China.\"}\n", i, i % 9 + 1
    else       printf "{\"id\":\"a%06d\",\"lang\":\"it\",\"text\":\"La Russia ha incontrato la Cina.\"}\n", i
  }
}' > "$T/many.jsonl"
head -n 2 "$T/many.jsonl" > "$T/two.jsonl"

run sentences "$T/many.jsonl"
expect_rc 0 "sentences of $N articles"
got=$(wc -l < "$T/out")
[ "$got" -eq $N ] || fail "expected $N sentences, got $got"
first=$(head -n 1 "$T/out" | cut -d' ' -f1)
last=$(tail -n 1 "$T/out" | cut -d' ' -f1)
[ "$first" = a000001 ] && [ "$last" = a100000 ] || fail "articles out of order: first $first, last $last"

run tokens "$T/many.jsonl"
expect_rc 0 "tokens of $N articles"

run actors "$T/two.jsonl"
expect_rc 0 "actors of two articles"
per_pair=$(wc -l < "$T/out")
run actors "$T/many.jsonl"
expect_rc 0 "actors of $N articles"
got=$(wc -l < "$T/out")
[ "$got" -eq $((per_pair * N / 2)) ] || fail "expected $((per_pair * N / 2)) mentions ($per_pair per pair), got $got"
echo "note: $N articles, $got mentions"
