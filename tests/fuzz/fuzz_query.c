/*
** fuzz_query.c -- libFuzzer target: hostile query filters (what a URL or a
** command line can carry) against a small event database.  Every query
** kind must answer DYAD_OK, DYAD_MISUSE or DYAD_NOTFOUND: never a crash,
** never a database error caused by the filter text.
**
** The input is split at NUL bytes into the filter fields in order.
*/
#include "dyad.h"
#include "fuzz_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_store *store;

static int ignore(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  (void)ud, (void)ncol, (void)names, (void)vals;
  return 0;
}

/* A database with a few coded articles, made once and kept open. */
static void setup(void) {
  char path[256], err[DYAD_ERRLEN];
  snprintf(path, sizeof path, "/tmp/dyad-fuzz-query-%d.db", (int)getpid());
  static const char *const docs[] = {
      "{\"id\":\"1\",\"date\":\"2024-01-10\",\"lang\":\"en\",\"text\":\"France condemned Russia. "
      "\\\"We will not accept it\\\", said Emmanuel Macron.\"}",
      "{\"id\":\"2\",\"date\":\"2024-02\",\"lang\":\"it\",\"text\":\"La Cina ha firmato un accordo con il Brasile.\"}",
  };
  fuzz_make_db(path, docs, sizeof docs / sizeof docs[0]);
  if (dyad_store_open(path, 0, &store, err) != DYAD_OK) abort();
  unlink(path); /* the open handle keeps it */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!store) setup();
  char *buf = malloc(size + 1);
  memcpy(buf, data, size);
  buf[size] = '\0';
  const char *field[12] = {0};
  size_t nf = 0;
  for (size_t i = 0, start = 0; i <= size && nf < 12; i++)
    if (i == size || buf[i] == '\0') {
      field[nf++] = buf + start;
      start = i + 1;
    }
  dyad_query q;
  memset(&q, 0, sizeof q);
  q.source = field[0];
  q.target = field[1];
  q.actor = field[2];
  q.code = field[3];
  q.root = field[4];
  q.from = field[5];
  q.to = field[6];
  q.text = field[7];
  q.speaker = field[8];
  q.by = field[9];
  q.lang = field[10];
  q.mark_open = field[11];
  q.quad = size ? data[0] % 6 : 0;
  q.limit = size > 1 ? data[1] % 50 : 0;
  q.offset = size > 2 ? data[2] % 5 : 0;
  q.id = size > 3 ? data[3] % 4 : 0;
  for (int k = DYAD_Q_EVENTS; k <= DYAD_Q_ERRORS; k++) {
    int rc = dyad_store_query(store, (dyad_query_kind)k, &q, ignore, NULL);
    if (rc != DYAD_OK && rc != DYAD_MISUSE && rc != DYAD_NOTFOUND) {
      fprintf(stderr, "query kind %d: %s: %s\n", k, dyad_rc_name(rc), dyad_store_errmsg(store));
      abort();
    }
    int64_t n;
    rc = dyad_store_count(store, (dyad_query_kind)k, &q, &n);
    if (rc != DYAD_OK && rc != DYAD_MISUSE && rc != DYAD_NOTFOUND) abort();
  }
  free(buf);
  return 0;
}
