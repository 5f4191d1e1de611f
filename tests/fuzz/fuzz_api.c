/*
** fuzz_api.c -- libFuzzer target: hostile request paths and query strings
** against the JSON API of `dyad serve` (server/api.c and server/json.c, built
** in here) over a small event database.  Whatever the request, the answer
** must be one well-formed JSON object with no raw < > or control bytes, a
** status the API documents, {"error": "..."} on every failure, and on a list
** a total no smaller than its rows.
**
** The input is a request target as a client sends it ("/api/events?q=x&
** limit=5"): split at '?', '&' and '=' and percent-decoded here, as
** libmicrohttpd does.
*/
#include "../../server/api.c"
#include "../../server/json.c"

#include "fuzz_store.h"

#include <jansson.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(c)                                                              \
  do {                                                                              \
    if (!(c)) {                                                                     \
      fprintf(stderr, "invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);    \
      abort();                                                                      \
    }                                                                               \
  } while (0)

static srv_pool *pool;

/* A database with a few coded articles (one with markup), made once. */
static void setup(void) {
  char path[256], err[DYAD_ERRLEN];
  snprintf(path, sizeof path, "/tmp/dyad-fuzz-api-%d.db", (int)getpid());
  static const char *const docs[] = {
      "{\"id\":\"1\",\"date\":\"2024-01-10\",\"lang\":\"en\",\"title\":\"<script>x</script>\","
      "\"text\":\"France condemned Russia <b>today</b>. \\\"We will not accept it\\\", said Emmanuel Macron.\"}",
      "{\"id\":\"2\",\"date\":\"2024-02\",\"lang\":\"it\",\"text\":\"La Cina ha firmato un accordo con il Brasile.\\u0001\"}",
      "{\"id\":\"3\",\"date\":\"2023-05-02\",\"lang\":\"en\",\"text\":\"India accused Pakistan of the attack. "
      "Pakistan denied any role.\"}",
  };
  fuzz_make_db(path, docs, sizeof docs / sizeof docs[0]);
  if (srv_pool_open(path, 1, &pool, err) != DYAD_OK) {
    fprintf(stderr, "%s\n", err);
    abort();
  }
  unlink(path); /* the open handle keeps it */
}

static int hex(int ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

/* Percent-decodes s in place ('+' is a space in a query). */
static void unescape(char *s, int query) {
  char *w = s;
  for (char *r = s; *r; r++) {
    if (*r == '%' && hex(r[1]) >= 0 && hex(r[2]) >= 0) {
      *w++ = (char)(hex(r[1]) * 16 + hex(r[2]));
      r += 2;
    } else {
      *w++ = query && *r == '+' ? ' ' : *r;
    }
  }
  *w = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!pool) setup();
  if (size > 4096) return 0;
  char *buf = malloc(size + 1);
  memcpy(buf, data, size);
  buf[size] = '\0';
  char *nl = strchr(buf, '\n');
  if (nl) *nl = '\0';
  srv_param params[SRV_MAX_PARAMS + 8];
  size_t np = 0;
  char *qs = strchr(buf, '?');
  if (qs) {
    *qs++ = '\0';
    for (char *tok = strtok(qs, "&"); tok && np < sizeof params / sizeof params[0]; tok = strtok(NULL, "&")) {
      char *eq = strchr(tok, '=');
      if (eq) *eq++ = '\0';
      unescape(tok, 1);
      if (eq) unescape(eq, 1);
      params[np].key = tok;
      params[np].value = eq ? eq : "";
      np++;
    }
  }
  unescape(buf, 0);

  srv_reply r;
  memset(&r, 0, sizeof r);
  srv_api_handle(pool, 2000, buf, params, np, &r);
  if (r.status != 200 && r.status != 400 && r.status != 404 && r.status != 503)
    fprintf(stderr, "status %d: %.*s\n", r.status, (int)(r.body.len > 400 ? 400 : r.body.len), r.body.ptr);
  FUZZ_ASSERT(r.status == 200 || r.status == 400 || r.status == 404 || r.status == 503);
  FUZZ_ASSERT(!r.body.oom && r.body.ptr);
  for (size_t i = 0; i < r.body.len; i++) {
    unsigned char ch = (unsigned char)r.body.ptr[i];
    FUZZ_ASSERT(ch >= 0x20 && ch != 0x7F && ch != '<' && ch != '>');
  }
  json_error_t jerr;
  json_t *j = json_loadb(r.body.ptr, r.body.len, JSON_REJECT_DUPLICATES, &jerr);
  if (!j) fprintf(stderr, "not JSON (%s): %.*s\n", jerr.text, (int)(r.body.len > 400 ? 400 : r.body.len), r.body.ptr);
  FUZZ_ASSERT(j && json_is_object(j));
  if (r.status != 200) {
    FUZZ_ASSERT(json_is_string(json_object_get(j, "error")));
  } else if (json_object_get(j, "items")) {
    json_t *items = json_object_get(j, "items");
    json_int_t total = json_integer_value(json_object_get(j, "total"));
    json_int_t offset = json_integer_value(json_object_get(j, "offset"));
    FUZZ_ASSERT(json_is_array(items));
    FUZZ_ASSERT(total >= offset + (json_int_t)json_array_size(items) || json_array_size(items) == 0);
  }
  json_decref(j);
  srv_buf_free(&r.body);
  free(buf);
  return 0;
}
