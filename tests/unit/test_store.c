/*
** test_store.c -- the event database through the public API: creating and
** refusing databases, storing coded articles, idempotency, replacement,
** deduplication counts, the queries and their errors.
**
** Expectations are computed from the coder's own output (distinct event
** keys, mention counts), so the test holds whatever the dictionaries code.
*/
#include "dyad.h"
#include "harness.h"

#include <sqlite3.h>
#include <stdint.h>
#include <unistd.h>

static dyad_dict *dict;
static dyad_coder *coder;
static char dbpath[256];

static const char *const ART1 =
    "{\"id\":\"a1\",\"date\":\"2024-03-05\",\"url\":\"https://one.example.org/a1\",\"title\":\"T1 <script>x</script>\","
    "\"lang\":\"en\",\"text\":\"Russian forces attacked Ukraine on Monday. France condemned Russia. "
    "China and Brazil signed a trade agreement. The talks in Moscow went on.\"}";
/* the same id, other text */
static const char *const ART1B =
    "{\"id\":\"a1\",\"date\":\"2024-03-05\",\"url\":\"https://one.example.org/a1\",\"title\":\"T1\","
    "\"lang\":\"en\",\"text\":\"Germany criticized Russia. Italy praised France.\"}";
/* another article with the same statement, from another site */
static const char *const ART2 =
    "{\"id\":\"a2\",\"date\":\"2024-03-05\",\"url\":\"https://two.example.net/x\",\"title\":\"T2\","
    "\"lang\":\"en\",\"text\":\"France condemned Russia.\"}";
/* and from the first site again */
static const char *const ART3 =
    "{\"id\":\"a3\",\"date\":\"2024-03-05\",\"url\":\"https://one.example.org/a3\",\"title\":\"T3\","
    "\"lang\":\"en\",\"text\":\"France condemned Russia.\"}";

/* Codes one JSON line and stores it; returns put's result. */
static int put_json(dyad_store *s, const char *line, int *added, size_t *n_events) {
  dyad_reader *r;
  char err[DYAD_ERRLEN];
  if (dyad_reader_open_mem("mem.jsonl", line, strlen(line), NULL, &r, err) != DYAD_OK) return -1;
  const dyad_article *a;
  int rc = -1;
  if (dyad_reader_next(r, &a) == DYAD_OK) {
    const dyad_doc *d;
    if (dyad_coder_code(coder, a, &d) == DYAD_OK) {
      if (n_events) *n_events = d->n_events;
      rc = dyad_store_put(s, d, added);
    }
  }
  dyad_reader_free(r);
  return rc;
}

/* Reads named integer columns of the first row. */
typedef struct first_row {
  const char *names[4];
  int64_t vals[4];
  int rows;
} first_row;

static int grab(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  first_row *f = ud;
  if (f->rows++) return 0;
  for (int k = 0; k < 4 && f->names[k]; k++)
    for (size_t i = 0; i < ncol; i++)
      if (!strcmp(names[i], f->names[k])) f->vals[k] = vals[i].type == DYAD_VAL_INT ? vals[i].i : -1;
  return 0;
}

static int64_t stat_of(dyad_store *s, const char *name) {
  first_row f = {{name, NULL, NULL, NULL}, {-2, 0, 0, 0}, 0};
  dyad_store_query(s, DYAD_Q_STATS, NULL, grab, &f);
  return f.vals[0];
}

static int count_rows(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  (void)ncol, (void)names, (void)vals;
  (*(int *)ud)++;
  return 0;
}

static void test_open_errors(void) {
  char err[DYAD_ERRLEN];
  dyad_store *s = NULL;
  INT_EQ(dyad_store_open("/nonexistent/dir/x.db", 0, &s, err), DYAD_NOTFOUND);
  OK(s == NULL);
  OK(strstr(err, "no such database") != NULL);

  char path[300];
  snprintf(path, sizeof path, "%s.garbage", dbpath);
  FILE *f = fopen(path, "wb");
  fputs("this is not a database, just some text that goes on for a while..................", f);
  fclose(f);
  INT_EQ(dyad_store_open(path, 0, &s, err), DYAD_DB);
  OK(strstr(err, path) != NULL);
  unlink(path);

  snprintf(path, sizeof path, "%s.other", dbpath);
  sqlite3 *db;
  sqlite3_open(path, &db);
  sqlite3_exec(db, "CREATE TABLE t (x)", NULL, NULL, NULL);
  sqlite3_close(db);
  INT_EQ(dyad_store_open(path, DYAD_STORE_CREATE, &s, err), DYAD_DB);
  OK(strstr(err, "not a dyad database") != NULL);
  unlink(path);

  /* a dyad database of a later schema version is refused, not touched */
  snprintf(path, sizeof path, "%s.v9", dbpath);
  OK(dyad_store_open(path, DYAD_STORE_CREATE, &s, err) == DYAD_OK);
  dyad_store_close(s);
  sqlite3_open(path, &db);
  sqlite3_exec(db, "PRAGMA user_version = 9", NULL, NULL, NULL);
  sqlite3_close(db);
  INT_EQ(dyad_store_open(path, 0, &s, err), DYAD_DB);
  OK(strstr(err, "schema version 9") != NULL);
  unlink(path);
  snprintf(path, sizeof path, "%s.v9-wal", dbpath);
  unlink(path);
  snprintf(path, sizeof path, "%s.v9-shm", dbpath);
  unlink(path);
}

static void test_put_and_dedup(void) {
  char err[DYAD_ERRLEN];
  dyad_store *s = NULL;
  INT_EQ(dyad_store_open(dbpath, DYAD_STORE_CREATE, &s, err), DYAD_OK);
  if (!s) return;
  int added = -1;
  size_t n1 = 0;
  INT_EQ(put_json(s, ART1, &added, &n1), DYAD_OK);
  INT_EQ(added, 1);
  OK(n1 >= 2);
  INT_EQ(stat_of(s, "articles"), 1);
  INT_EQ(stat_of(s, "event_mentions"), (int64_t)n1);
  OK(stat_of(s, "events") >= 1 && stat_of(s, "events") <= (int64_t)n1);
  OK(stat_of(s, "sentences") >= 3);

  /* the same article again adds nothing */
  int64_t ev = stat_of(s, "events");
  INT_EQ(put_json(s, ART1, &added, NULL), DYAD_OK);
  INT_EQ(added, 0);
  INT_EQ(stat_of(s, "articles"), 1);
  INT_EQ(stat_of(s, "events"), ev);

  /* has() before coding */
  dyad_reader *r;
  const dyad_article *a;
  dyad_reader_open_mem("m", ART1, strlen(ART1), NULL, &r, err);
  dyad_reader_next(r, &a);
  int present = -1;
  INT_EQ(dyad_store_has(s, a, &present), DYAD_OK);
  INT_EQ(present, 1);
  dyad_reader_free(r);
  dyad_reader_open_mem("m", ART2, strlen(ART2), NULL, &r, err);
  dyad_reader_next(r, &a);
  INT_EQ(dyad_store_has(s, a, &present), DYAD_OK);
  INT_EQ(present, 0);
  dyad_reader_free(r);

  /* a changed article replaces its old events */
  size_t nb = 0;
  INT_EQ(put_json(s, ART1B, &added, &nb), DYAD_OK);
  INT_EQ(added, 1);
  INT_EQ(stat_of(s, "articles"), 1);
  INT_EQ(stat_of(s, "event_mentions"), (int64_t)nb);
  int nrows = 0;
  dyad_query q;
  memset(&q, 0, sizeof q);
  q.source = "RUSMIL";
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &nrows), DYAD_OK);
  INT_EQ(nrows, 0); /* the attack of the first text is gone */

  /* one statement in three articles, two sites: one event, counted */
  size_t n2 = 0, n3 = 0;
  INT_EQ(put_json(s, ART2, &added, &n2), DYAD_OK);
  INT_EQ(put_json(s, ART3, &added, &n3), DYAD_OK);
  OK(n2 == 1 && n3 == 1);
  memset(&q, 0, sizeof q);
  q.source = "FRA";
  q.target = "RUS";
  first_row f = {{"num_mentions", "num_articles", "num_sources", "id"}, {0, 0, 0, 0}, 0};
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, grab, &f), DYAD_OK);
  INT_EQ(f.rows, 1);
  INT_EQ(f.vals[0], 2);
  INT_EQ(f.vals[1], 2);
  INT_EQ(f.vals[2], 2); /* one.example.org and two.example.net */
  int64_t total = -1;
  INT_EQ(dyad_store_count(s, DYAD_Q_EVENTS, &q, &total), DYAD_OK);
  INT_EQ(total, 1);

  /* its mentions carry evidence offsets inside their sentences */
  q.id = f.vals[3];
  first_row m = {{"source_start", "source_end", "sentence_start", "trigger_start"}, {0, 0, 0, 0}, 0};
  INT_EQ(dyad_store_query(s, DYAD_Q_MENTIONS, &q, grab, &m), DYAD_OK);
  INT_EQ(m.rows, 2);
  OK(m.vals[0] >= m.vals[2] && m.vals[1] > m.vals[0]);

  /* replacing the article of one mention leaves the event with one */
  INT_EQ(dyad_store_commit(s), DYAD_OK);
  const char *art2b = "{\"id\":\"a2\",\"date\":\"2024-03-05\",\"url\":\"https://two.example.net/x\","
                      "\"lang\":\"en\",\"text\":\"Nothing happened today.\"}";
  INT_EQ(put_json(s, art2b, &added, NULL), DYAD_OK);
  f.rows = 0;
  q.id = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, grab, &f), DYAD_OK);
  INT_EQ(f.vals[0], 1);
  INT_EQ(f.vals[1], 1);
  INT_EQ(f.vals[2], 1);

  /* the dyad totals follow */
  nrows = 0;
  memset(&q, 0, sizeof q);
  q.source = "FRA";
  INT_EQ(dyad_store_query(s, DYAD_Q_DYADS, &q, count_rows, &nrows), DYAD_OK);
  OK(nrows >= 1);

  INT_EQ(dyad_store_put_error(s, "x.jsonl:3", "bad JSON"), DYAD_OK);
  INT_EQ(dyad_store_close(s), DYAD_OK);
}

static void test_queries(void) {
  char err[DYAD_ERRLEN];
  dyad_store *s = NULL;
  INT_EQ(dyad_store_open(dbpath, DYAD_STORE_READONLY, &s, err), DYAD_OK);
  if (!s) return;
  INT_EQ(stat_of(s, "errors"), 1);
  int added;
  INT_EQ(put_json(s, ART2, &added, NULL), DYAD_MISUSE); /* read-only */
  OK(strstr(dyad_store_errmsg(s), "read-only") != NULL);

  dyad_query q;
  memset(&q, 0, sizeof q);
  int n = 0;
  q.from = "2024-13";
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_MISUSE);
  OK(strstr(dyad_store_errmsg(s), "from") != NULL);
  memset(&q, 0, sizeof q);
  q.quad = 7;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_MISUSE);
  memset(&q, 0, sizeof q);
  q.code = "04x";
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_MISUSE);
  memset(&q, 0, sizeof q);
  q.id = 987654;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENT, &q, count_rows, &n), DYAD_NOTFOUND);
  memset(&q, 0, sizeof q);
  q.source = "FRA";
  q.target = "RUS";
  q.by = "fortnight";
  INT_EQ(dyad_store_query(s, DYAD_Q_TIMELINE, &q, count_rows, &n), DYAD_MISUSE);
  q.by = "day";
  n = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_TIMELINE, &q, count_rows, &n), DYAD_OK);
  INT_EQ(n, 1);
  memset(&q, 0, sizeof q);
  q.text = "\"unbalanced";
  INT_EQ(dyad_store_query(s, DYAD_Q_SEARCH, &q, count_rows, &n), DYAD_MISUSE);
  /* accents and case do not matter to search; snippets carry the marks */
  q.text = "GERMANY";
  n = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_SEARCH, &q, count_rows, &n), DYAD_OK);
  INT_EQ(n, 1);
  /* dates filter by the days an event covers */
  memset(&q, 0, sizeof q);
  q.from = "2024-03";
  q.to = "2024-03-31";
  n = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_OK);
  OK(n >= 2);
  q.from = "2025";
  q.to = NULL;
  n = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_OK);
  INT_EQ(n, 0);
  /* paging */
  memset(&q, 0, sizeof q);
  q.limit = 1;
  n = 0;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_OK);
  INT_EQ(n, 1);
  q.limit = -1;
  INT_EQ(dyad_store_query(s, DYAD_Q_EVENTS, &q, count_rows, &n), DYAD_MISUSE);
  dyad_store_close(s);
}

static void test_labels(void) {
  char buf[128];
  STR_EQ(dyad_dict_label(dict, "RUS", buf, sizeof buf), "Russia");
  STR_EQ(dyad_dict_label(dict, "RUSGOV", buf, sizeof buf), "Russia government");
  STR_EQ(dyad_dict_label(dict, "USAGOV", buf, sizeof buf), "United States government");
  STR_EQ(dyad_dict_label(dict, "UKRMIL", buf, sizeof buf), "Ukraine military");
  STR_EQ(dyad_dict_label(dict, "IGOUNO", buf, sizeof buf), "UN");
  STR_EQ(dyad_dict_label(dict, "QQQ", buf, sizeof buf), "QQQ");
  STR_EQ(dyad_dict_label(dict, "RUSQQQ", buf, sizeof buf), "Russia QQQ");
  STR_EQ(dyad_dict_label(dict, "", buf, sizeof buf), "");
  char small[6];
  OK(strlen(dyad_dict_label(dict, "RUSGOV", small, sizeof small)) == 5);
}

int main(void) {
  char err[DYAD_ERRLEN];
  snprintf(dbpath, sizeof dbpath, "%s/dyad-test-store-%d.db", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
           (int)getpid());
  if (dyad_dict_load(NULL, &dict, err) != DYAD_OK || dyad_coder_new(dict, &coder) != DYAD_OK) {
    fprintf(stderr, "cannot load dictionaries: %s\n", err);
    return 1;
  }
  RUN(test_labels);
  RUN(test_open_errors);
  RUN(test_put_and_dedup);
  RUN(test_queries);
  dyad_coder_free(coder);
  dyad_dict_free(dict);
  char p[300];
  unlink(dbpath);
  snprintf(p, sizeof p, "%s-wal", dbpath);
  unlink(p);
  snprintf(p, sizeof p, "%s-shm", dbpath);
  unlink(p);
  return harness_done("store");
}
