/*
** api.c -- the JSON API of `dyad serve`: routes, parameters, store queries.
**
** http.c hands every GET under /api/ to srv_api_handle with the decoded path
** and query parameters.  A route names a query kind of dyad.h and the
** parameters it accepts; the parameters are checked here (a bad one is a 400
** whose message names it), copied into a dyad_query and run on a store handle
** taken from the pool.  Rows become JSON objects keyed by the column names the
** library gives, so the API carries the same columns as the CLI.  Two routes
** add to the rows: an event's mentions get their evidence sentence cut into
** segments marked source / target / trigger, and search snippets get their
** matches as segments, so the page never parses markup out of data.
**
** Status codes: 400 bad parameter, 404 no such route or id, 500 database
** error, 503 no store handle free in time or a query over its time limit.
*/
#include "server.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------------
** The pool of store handles.
*/
struct srv_pool {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  dyad_store **all, **idle;
  int n, n_idle;
};

int srv_pool_open(const char *path, int n, srv_pool **out, char err[DYAD_ERRLEN]) {
  int rc = DYAD_NOMEM;
  srv_pool *p = calloc(1, sizeof *p);
  *out = NULL;
  if (!p) goto fail;
  p->all = calloc((size_t)n, sizeof *p->all);
  p->idle = calloc((size_t)n, sizeof *p->idle);
  if (!p->all || !p->idle) goto fail;
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->cv, NULL);
  for (int i = 0; i < n; i++) {
    rc = dyad_store_open(path, DYAD_STORE_READONLY, &p->all[i], err);
    if (rc != DYAD_OK) goto fail;
    p->n++;
    p->idle[p->n_idle++] = p->all[i];
  }
  *out = p;
  return DYAD_OK;
fail:
  if (rc == DYAD_NOMEM) snprintf(err, DYAD_ERRLEN, "out of memory");
  srv_pool_free(p);
  return rc;
}

void srv_pool_free(srv_pool *p) {
  if (!p) return;
  for (int i = 0; i < p->n; i++) dyad_store_close(p->all[i]);
  if (p->all) {
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
  }
  free(p->all);
  free(p->idle);
  free(p);
}

/* Takes a handle, waiting at most wait_ms; NULL when none came free. */
static dyad_store *pool_take(srv_pool *p, int wait_ms) {
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_sec += wait_ms / 1000;
  until.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
  if (until.tv_nsec >= 1000000000L) until.tv_sec++, until.tv_nsec -= 1000000000L;
  dyad_store *s = NULL;
  pthread_mutex_lock(&p->mu);
  while (p->n_idle == 0)
    if (pthread_cond_timedwait(&p->cv, &p->mu, &until) == ETIMEDOUT) break;
  if (p->n_idle > 0) s = p->idle[--p->n_idle];
  pthread_mutex_unlock(&p->mu);
  return s;
}

static void pool_give(srv_pool *p, dyad_store *s) {
  pthread_mutex_lock(&p->mu);
  p->idle[p->n_idle++] = s;
  pthread_cond_signal(&p->cv);
  pthread_mutex_unlock(&p->mu);
}

/* ------------------------------------------------------------------------
** Replies.
*/
static const char *status_code_name(int status) {
  switch (status) {
  case 400: return "bad_request";
  case 404: return "not_found";
  case 405: return "method_not_allowed";
  case 414: return "uri_too_long";
  case 503: return "unavailable";
  default: return "internal";
  }
}

void srv_reply_error(srv_reply *r, int status, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  r->status = status;
  r->body.len = 0;
  srv_buf_puts(&r->body, "{\"error\":");
  srv_json_str(&r->body, msg, strlen(msg));
  srv_buf_puts(&r->body, ",\"code\":\"");
  srv_buf_puts(&r->body, status_code_name(status));
  srv_buf_puts(&r->body, "\"}");
}

/* ------------------------------------------------------------------------
** Routes and their parameters.
*/
/* The parameters each route accepts are those its query kind honours in the
   library, so a filter that would be ignored is a 400 instead. */
#define FILTERS " source target actor country code root quad from to lang text q "
#define PAGING " limit offset "

typedef enum { ROUTE_LIST, ROUTE_EVENT, ROUTE_ARTICLE, ROUTE_STATS } route_type;

static const struct route {
  const char *path;
  route_type type;
  dyad_query_kind kind;
  const char *params;   /* the names accepted, each between spaces */
  int64_t def_limit;
} ROUTES[] = {
    {"/api/events", ROUTE_LIST, DYAD_Q_EVENTS, FILTERS PAGING, SRV_PAGE_DEFAULT},
    {"/api/dyads", ROUTE_LIST, DYAD_Q_DYADS, FILTERS PAGING, SRV_PAGE_DEFAULT},
    {"/api/timeline", ROUTE_LIST, DYAD_Q_TIMELINE,
     " source target actor country code root quad from to lang by " PAGING, SRV_PAGE_MAX},
    {"/api/actors", ROUTE_LIST, DYAD_Q_ACTORS, " actor country text q " PAGING, SRV_PAGE_DEFAULT},
    {"/api/quotes", ROUTE_LIST, DYAD_Q_QUOTES, " speaker actor country text q lang " PAGING, SRV_PAGE_DEFAULT},
    {"/api/search", ROUTE_LIST, DYAD_Q_SEARCH, " q text lang " PAGING, SRV_PAGE_DEFAULT},
    {"/api/stats", ROUTE_STATS, DYAD_Q_STATS, " ", 0},
    {"/api/events/", ROUTE_EVENT, DYAD_Q_EVENT, PAGING, SRV_PAGE_MAX},
    {"/api/articles/", ROUTE_ARTICLE, DYAD_Q_ARTICLE, " ", 0},
};

/* Marks around search matches: private-use characters, turned into
   segments before the reply leaves. */
#define MARK_OPEN "\xEE\x80\x80"
#define MARK_CLOSE "\xEE\x80\x81"

typedef struct req {
  srv_reply *out;
  dyad_query q;
  char country[4];  /* upper-cased */
  int64_t id;
} req;

static int param_allowed(const struct route *rt, const char *key) {
  size_t n = strlen(key);
  if (n == 0 || strchr(key, ' ')) return 0;
  for (const char *p = rt->params; (p = strstr(p, key)) != NULL; p += n)
    if (p > rt->params && p[-1] == ' ' && p[n] == ' ') return 1;
  return 0;
}

/* Parses a decimal integer in [lo, hi]; 0 on failure. */
static int parse_int(const char *v, int64_t lo, int64_t hi, int64_t *out) {
  if (!*v || strlen(v) > 19) return 0;
  int64_t x = 0;
  for (const char *p = v; *p; p++) {
    if (*p < '0' || *p > '9') return 0;
    x = x * 10 + (*p - '0');
  }
  if (x < lo || x > hi) return 0;
  *out = x;
  return 1;
}

static int all_of(const char *v, const char *set, size_t min, size_t max) {
  size_t n = strlen(v);
  return n >= min && n <= max && strspn(v, set) == n;
}

#define DIGITS "0123456789"
#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define LETTERS LOWER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

/* Checks one parameter and stores it in r->q; on a bad one fills the error
   reply and returns 0. */
static int set_param(req *r, const struct route *rt, const char *key, const char *v) {
  dyad_query *q = &r->q;
  int64_t x;
  if (!param_allowed(rt, key)) {
    srv_reply_error(r->out, 400, "unknown parameter '%.64s' for %s", key, rt->path);
    return 0;
  }
  if (strlen(v) > SRV_MAX_PARAM) {
    srv_reply_error(r->out, 400, "parameter '%s' is too long (at most %d bytes)", key, SRV_MAX_PARAM);
    return 0;
  }
  if (!*v) return 1; /* an empty form field is no filter */
  const char **slot = NULL;
  if (strcmp(key, "limit") == 0) {
    if (!parse_int(v, 1, SRV_PAGE_MAX, &x)) goto bad_int;
    q->limit = x;
  } else if (strcmp(key, "offset") == 0) {
    if (!parse_int(v, 0, SRV_OFFSET_MAX, &x)) goto bad_int;
    q->offset = x;
  } else if (strcmp(key, "quad") == 0) {
    if (!parse_int(v, 1, 4, &x)) goto bad_int;
    q->quad = (int)x;
  } else if (strcmp(key, "root") == 0) {
    if (!all_of(v, DIGITS, 2, 2) || !parse_int(v, 1, 20, &x)) {
      srv_reply_error(r->out, 400, "bad value for root: '%.64s' (a CAMEO root, 01 to 20)", v);
      return 0;
    }
    slot = &q->root;
  } else if (strcmp(key, "code") == 0) {
    if (!all_of(v, DIGITS, 2, 4)) {
      srv_reply_error(r->out, 400, "bad value for code: '%.64s' (a CAMEO code or prefix, 2 to 4 digits)", v);
      return 0;
    }
    slot = &q->code;
  } else if (strcmp(key, "lang") == 0) {
    if (!all_of(v, LOWER, 2, 3)) {
      srv_reply_error(r->out, 400, "bad value for lang: '%.64s' (a language code: it, en)", v);
      return 0;
    }
    slot = &q->lang;
  } else if (strcmp(key, "country") == 0) {
    if (!all_of(v, LETTERS, 3, 3)) {
      srv_reply_error(r->out, 400, "bad value for country: '%.64s' (three letters: RUS, ITA)", v);
      return 0;
    }
    for (int i = 0; i < 3; i++) r->country[i] = (char)(v[i] >= 'a' && v[i] <= 'z' ? v[i] - 32 : v[i]);
    r->country[3] = '\0';
  } else if (strcmp(key, "by") == 0) {
    if (strcmp(v, "day") != 0 && strcmp(v, "week") != 0 && strcmp(v, "month") != 0) {
      srv_reply_error(r->out, 400, "bad value for by: '%.64s' (day, week or month)", v);
      return 0;
    }
    slot = &q->by;
  } else if (strcmp(key, "source") == 0) slot = &q->source;
  else if (strcmp(key, "target") == 0) slot = &q->target;
  else if (strcmp(key, "actor") == 0) slot = &q->actor;
  else if (strcmp(key, "from") == 0) slot = &q->from;
  else if (strcmp(key, "to") == 0) slot = &q->to;
  else if (strcmp(key, "speaker") == 0) slot = &q->speaker;
  else if (strcmp(key, "text") == 0 || strcmp(key, "q") == 0) {
    if (q->text) {
      srv_reply_error(r->out, 400, "give either q or text, not both");
      return 0;
    }
    slot = &q->text;
  }
  if (slot) *slot = v;
  return 1;
bad_int:
  if (strcmp(key, "limit") == 0)
    srv_reply_error(r->out, 400, "bad value for limit: '%.64s' (an integer from 1 to %d)", v, SRV_PAGE_MAX);
  else if (strcmp(key, "offset") == 0)
    srv_reply_error(r->out, 400, "bad value for offset: '%.64s' (an integer from 0 to %d)", v, SRV_OFFSET_MAX);
  else
    srv_reply_error(r->out, 400, "bad value for quad: '%.64s' (a quad class, 1 to 4)", v);
  return 0;
}

/* ------------------------------------------------------------------------
** Rows to JSON.
*/
typedef enum { ROWS_PLAIN, ROWS_MENTIONS, ROWS_SEARCH } row_mode;

typedef struct rows {
  srv_buf *b;
  row_mode mode;
  int64_t n;
  struct timespec deadline;
  int timed_out;
} rows;

static int past(const struct timespec *t) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec > t->tv_nsec);
}

static int col_index(size_t ncol, const char *const *names, const char *name) {
  for (size_t i = 0; i < ncol; i++)
    if (strcmp(names[i], name) == 0) return (int)i;
  return -1;
}

static int64_t col_int(size_t ncol, const char *const *names, const dyad_value *vals,
                       const char *name, int64_t dflt) {
  int i = col_index(ncol, names, name);
  if (i < 0 || vals[i].type != DYAD_VAL_INT) return dflt;
  return vals[i].i;
}

/* Moves a byte offset back to the start of its UTF-8 character. */
static size_t char_start(const char *s, size_t len, size_t pos) {
  if (pos > len) pos = len;
  while (pos > 0 && pos < len && ((unsigned char)s[pos] & 0xC0) == 0x80) pos--;
  return pos;
}

/* The evidence sentence of a mention as segments
   [{"text":"...","mark":"source"|"target"|"trigger"|"source trigger"|null}]:
   the sentence cut at every span boundary, each piece named by the spans
   that cover it.  Offsets in the row are into the article; the sentence
   starts at sentence_start. */
static void write_evidence(srv_buf *b, size_t ncol, const char *const *names, const dyad_value *vals) {
  static const char *const ROLES[] = {"source", "target", "trigger"};
  int si = col_index(ncol, names, "sentence");
  const char *s = "";
  size_t len = 0;
  if (si >= 0 && vals[si].type == DYAD_VAL_TEXT) s = vals[si].s.ptr, len = vals[si].s.len;
  int64_t base = col_int(ncol, names, vals, "sentence_start", 0);
  size_t lo[3], hi[3];
  size_t cuts[8];
  size_t nc = 0;
  cuts[nc++] = 0;
  cuts[nc++] = len;
  for (int k = 0; k < 3; k++) {
    char n0[32], n1[32];
    snprintf(n0, sizeof n0, "%s_start", ROLES[k]);
    snprintf(n1, sizeof n1, "%s_end", ROLES[k]);
    int64_t a = col_int(ncol, names, vals, n0, -1), z = col_int(ncol, names, vals, n1, -1);
    lo[k] = hi[k] = 0;
    /* absent, or in another sentence (a denial aimed at the accuser named
       earlier): nothing to mark here */
    if (a < base || z <= a || (uint64_t)(z - base) > len) continue;
    lo[k] = char_start(s, len, (size_t)(a - base));
    hi[k] = char_start(s, len, (size_t)(z - base));
    cuts[nc++] = lo[k];
    cuts[nc++] = hi[k];
  }
  for (size_t i = 1; i < nc; i++) /* insertion sort of at most 8 */
    for (size_t j = i; j > 0 && cuts[j - 1] > cuts[j]; j--) {
      size_t t = cuts[j];
      cuts[j] = cuts[j - 1];
      cuts[j - 1] = t;
    }
  srv_buf_puts(b, "[");
  int first = 1;
  for (size_t i = 0; i + 1 < nc; i++) {
    size_t a = cuts[i], z = cuts[i + 1];
    if (a == z) continue;
    srv_buf_puts(b, first ? "{\"text\":" : ",{\"text\":");
    first = 0;
    srv_json_str(b, s + a, z - a);
    srv_buf_puts(b, ",\"mark\":");
    char mark[32] = "";
    for (int k = 0; k < 3; k++)
      if (hi[k] > lo[k] && a >= lo[k] && z <= hi[k]) {
        if (mark[0]) strcat(mark, " ");
        strcat(mark, ROLES[k]);
      }
    if (mark[0]) {
      srv_buf_puts(b, "\"");
      srv_buf_puts(b, mark);
      srv_buf_puts(b, "\"");
    } else {
      srv_buf_puts(b, "null");
    }
    srv_buf_puts(b, "}");
  }
  srv_buf_puts(b, "]");
}

/* A search snippet with its marks: the plain text under "snippet" and the
   segments under "snippet_marked" ([{"text":..,"match":true|false}]). */
static void write_snippet(srv_buf *b, const char *s, size_t len) {
  srv_buf plain = {0};
  srv_buf segs = {0};
  srv_buf_puts(&segs, "[");
  int in = 0, nseg = 0;
  size_t run = 0;
  for (size_t i = 0; i <= len; i++) {
    int open = i + 3 <= len && memcmp(s + i, MARK_OPEN, 3) == 0;
    int close = i + 3 <= len && memcmp(s + i, MARK_CLOSE, 3) == 0;
    if (i < len && !open && !close) continue;
    if (i > run) {
      srv_buf_put(&plain, s + run, i - run);
      srv_buf_puts(&segs, nseg++ ? ",{\"text\":" : "{\"text\":");
      srv_json_str(&segs, s + run, i - run);
      srv_buf_puts(&segs, in ? ",\"match\":true}" : ",\"match\":false}");
    }
    if (open) in = 1;
    if (close) in = 0;
    run = i + 3;
    i += 2;
  }
  srv_buf_puts(&segs, "]");
  srv_json_str(b, plain.ptr ? plain.ptr : "", plain.len);
  srv_buf_puts(b, ",\"snippet_marked\":");
  srv_buf_put(b, segs.ptr, segs.len);
  if (plain.oom || segs.oom) b->oom = 1;
  srv_buf_free(&plain);
  srv_buf_free(&segs);
}

static int on_row(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  rows *r = ud;
  if (past(&r->deadline)) {
    r->timed_out = 1;
    return 1;
  }
  srv_buf *b = r->b;
  srv_buf_puts(b, r->n++ ? ",{" : "{");
  for (size_t i = 0; i < ncol; i++) {
    if (i) srv_buf_puts(b, ",");
    srv_json_str(b, names[i], strlen(names[i]));
    srv_buf_puts(b, ":");
    if (r->mode == ROWS_SEARCH && vals[i].type == DYAD_VAL_TEXT && strcmp(names[i], "snippet") == 0)
      write_snippet(b, vals[i].s.ptr, vals[i].s.len);
    else
      srv_json_value(b, &vals[i]);
  }
  if (r->mode == ROWS_MENTIONS) {
    srv_buf_puts(b, ",\"evidence\":");
    write_evidence(b, ncol, names, vals);
  }
  srv_buf_puts(b, "}");
  return b->oom ? 1 : 0;
}

/* Runs a query, appending its rows (as a list, or the single object) to the
   reply; on failure fills the error reply and returns 0. */
static int run(dyad_store *s, req *r, dyad_query_kind kind, row_mode mode, int query_ms,
               const char *what) {
  rows rs = {r->out ? &r->out->body : NULL, mode, 0, {0, 0}, 0};
  clock_gettime(CLOCK_MONOTONIC, &rs.deadline);
  rs.deadline.tv_sec += query_ms / 1000;
  rs.deadline.tv_nsec += (long)(query_ms % 1000) * 1000000L;
  if (rs.deadline.tv_nsec >= 1000000000L) rs.deadline.tv_sec++, rs.deadline.tv_nsec -= 1000000000L;
  int rc = dyad_store_query(s, kind, &r->q, on_row, &rs);
  if (rs.b->oom) {
    srv_reply_error(r->out, 503, "out of memory");
    return 0;
  }
  if (rs.timed_out) {
    srv_reply_error(r->out, 503, "the query took longer than %d ms; narrow the filters", query_ms);
    return 0;
  }
  switch (rc) {
  case DYAD_OK: break;
  case DYAD_MISUSE: srv_reply_error(r->out, 400, "%s", dyad_store_errmsg(s)); return 0;
  case DYAD_NOTFOUND: srv_reply_error(r->out, 404, "no %s %" PRId64, what, r->q.id); return 0;
  default: srv_reply_error(r->out, 500, "database error: %s", dyad_store_errmsg(s)); return 0;
  }
  if (mode != ROWS_MENTIONS && (kind == DYAD_Q_EVENT || kind == DYAD_Q_ARTICLE) && rs.n == 0) {
    srv_reply_error(r->out, 404, "no %s %" PRId64, what, r->q.id);
    return 0;
  }
  return 1;
}

static int count(dyad_store *s, req *r, dyad_query_kind kind, int64_t *n) {
  int rc = dyad_store_count(s, kind, &r->q, n);
  if (rc == DYAD_OK) return 1;
  if (rc == DYAD_MISUSE) srv_reply_error(r->out, 400, "%s", dyad_store_errmsg(s));
  else srv_reply_error(r->out, 500, "database error: %s", dyad_store_errmsg(s));
  return 0;
}

/* The body of a list route: {"total":N,"limit":L,"offset":O,"items":[...]} */
static int answer_list(dyad_store *s, req *r, const struct route *rt, int query_ms) {
  srv_buf *b = &r->out->body;
  int64_t total = 0;
  if (rt->kind == DYAD_Q_TIMELINE && (!r->q.source || !r->q.target)) {
    srv_reply_error(r->out, 400, "the timeline needs both parameters source and target");
    return 0;
  }
  if (rt->kind == DYAD_Q_SEARCH && !r->q.text) {
    srv_reply_error(r->out, 400, "search needs the parameter q");
    return 0;
  }
  if (!count(s, r, rt->kind, &total)) return 0;
  srv_buf_printf(b, "{\"total\":%" PRId64 ",\"limit\":%" PRId64 ",\"offset\":%" PRId64 ",\"items\":[",
                 total, r->q.limit, r->q.offset);
  if (!run(s, r, rt->kind, rt->kind == DYAD_Q_SEARCH ? ROWS_SEARCH : ROWS_PLAIN, query_ms, "row"))
    return 0;
  srv_buf_puts(b, "]}");
  return 1;
}

/* /api/events/ID: {"event":{...},"mentions":[...],"total":N,"limit":L,"offset":O} */
static int answer_event(dyad_store *s, req *r, int query_ms) {
  srv_buf *b = &r->out->body;
  int64_t total = 0;
  srv_buf_puts(b, "{\"event\":");
  if (!run(s, r, DYAD_Q_EVENT, ROWS_PLAIN, query_ms, "event")) return 0;
  if (!count(s, r, DYAD_Q_MENTIONS, &total)) return 0;
  srv_buf_printf(b, ",\"total\":%" PRId64 ",\"limit\":%" PRId64 ",\"offset\":%" PRId64 ",\"mentions\":[",
                 total, r->q.limit, r->q.offset);
  if (!run(s, r, DYAD_Q_MENTIONS, ROWS_MENTIONS, query_ms, "event")) return 0;
  srv_buf_puts(b, "]}");
  return 1;
}

static const struct route *find_route(const char *path, int64_t *id, int *bad_id) {
  *bad_id = 0;
  for (size_t i = 0; i < sizeof ROUTES / sizeof ROUTES[0]; i++) {
    const struct route *rt = &ROUTES[i];
    size_t n = strlen(rt->path);
    if (rt->type == ROUTE_EVENT || rt->type == ROUTE_ARTICLE) {
      if (strncmp(path, rt->path, n) != 0 || !path[n]) continue;
      char idbuf[32];
      size_t k = strcspn(path + n, "/");
      if (path[n + k] && strcmp(path + n + k, "/") != 0) continue; /* more segments */
      if (k >= sizeof idbuf) k = sizeof idbuf - 1;
      memcpy(idbuf, path + n, k);
      idbuf[k] = '\0';
      if (!parse_int(idbuf, 1, INT64_MAX, id)) *bad_id = 1;
      return rt;
    }
    if (strncmp(path, rt->path, n) == 0 && (!path[n] || strcmp(path + n, "/") == 0)) return rt;
  }
  return NULL;
}

void srv_api_handle(srv_pool *pool, int query_ms, const char *path, const srv_param *params,
                    size_t n_params, srv_reply *out) {
  req r;
  memset(&r, 0, sizeof r);
  r.out = out;
  out->status = 200;
  out->body.len = 0;
  int bad_id = 0;
  const struct route *rt = find_route(path, &r.id, &bad_id);
  if (!rt) {
    srv_reply_error(out, 404, "no such route: %.200s", path);
    return;
  }
  if (bad_id) {
    srv_reply_error(out, 400, "bad id in %.200s (a positive integer)", path);
    return;
  }
  if (n_params > SRV_MAX_PARAMS) {
    srv_reply_error(out, 400, "too many parameters (at most %d)", SRV_MAX_PARAMS);
    return;
  }
  for (size_t i = 0; i < n_params; i++) {
    for (size_t j = 0; j < i; j++)
      if (strcmp(params[i].key, params[j].key) == 0) {
        srv_reply_error(out, 400, "parameter '%.64s' given twice", params[i].key);
        return;
      }
    if (!set_param(&r, rt, params[i].key, params[i].value ? params[i].value : "")) return;
  }
  if (r.country[0]) {
    if (r.q.actor) {
      srv_reply_error(out, 400, "give either actor or country, not both");
      return;
    }
    r.q.actor = r.country; /* a three-letter code matches its country */
  }
  if (!r.q.limit) r.q.limit = rt->def_limit;
  r.q.id = r.id;
  r.q.mark_open = MARK_OPEN;
  r.q.mark_close = MARK_CLOSE;

  dyad_store *s = pool_take(pool, 5000);
  if (!s) {
    srv_reply_error(out, 503, "the server is busy; try again");
    return;
  }
  int ok = 0;
  switch (rt->type) {
  case ROUTE_LIST: ok = answer_list(s, &r, rt, query_ms); break;
  case ROUTE_EVENT: ok = answer_event(s, &r, query_ms); break;
  case ROUTE_ARTICLE: {
    r.q.limit = 0;
    srv_buf_puts(&out->body, "{\"article\":");
    ok = run(s, &r, DYAD_Q_ARTICLE, ROWS_PLAIN, query_ms, "article");
    if (ok) srv_buf_puts(&out->body, "}");
    break;
  }
  case ROUTE_STATS:
    r.q.limit = 0;
    ok = run(s, &r, DYAD_Q_STATS, ROWS_PLAIN, query_ms, "stats");
    break;
  }
  pool_give(pool, s);
  if (ok && out->body.oom) srv_reply_error(out, 503, "out of memory");
  (void)ok;
}
