/*
** query.c -- the read side of the event database: every question the CLI
** (`dyad events`, `show`, `actors`, `dyads`, `timeline`, `quotes`, `search`,
** `export`) and the HTTP API ask, as one function over query kinds.
**
** A query is built as SQL text plus an ordered list of bound parameters
** (never user text inside the SQL), then stepped row by row into the
** caller's callback:
**
**   dyad_query --filters--> qbuild { sql: "... WHERE e.day >= ?", params[] }
**                                   |
**                        prepare, bind, step --> dyad_row_fn(names, values)
**
** Calls SQLite; called through dyad_store_query and dyad_store_count.
*/
#include "store.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 48
#define DEFAULT_LIMIT 100
#define MAX_LIMIT 1000000

typedef struct qparam {
  int is_int;
  int64_t i;
  char *s; /* owned copy */
} qparam;

typedef struct qbuild {
  dyad_buf sql;
  qparam p[MAX_PARAMS];
  int n;
  int bad;              /* a filter was malformed: message in err */
  char err[DYAD_ERRLEN];
} qbuild;

static void put_sql(qbuild *b, const char *s) { dyad_buf_puts(&b->sql, s); }

static void param_text(qbuild *b, const char *s, size_t n) {
  dyad_buf_putc(&b->sql, '?');
  if (b->n == MAX_PARAMS) {
    b->bad = 1;
    dyad_errf(b->err, "too many filters");
    return;
  }
  b->p[b->n].is_int = 0;
  b->p[b->n].s = dyad_xstrndup(s, n);
  b->n++;
}

static void param_int(qbuild *b, int64_t v) {
  dyad_buf_putc(&b->sql, '?');
  if (b->n == MAX_PARAMS) {
    b->bad = 1;
    dyad_errf(b->err, "too many filters");
    return;
  }
  b->p[b->n].is_int = 1;
  b->p[b->n].i = v;
  b->p[b->n].s = NULL;
  b->n++;
}

static void qbuild_free(qbuild *b) {
  for (int i = 0; i < b->n; i++) free(b->p[i].s);
  dyad_buf_free(&b->sql);
}

static int set(const char *s) { return s && *s; }

static void lang_filter(qbuild *b, const dyad_query *q, const char *column) {
  if (!set(q->lang)) return;
  dyad_buf_printf(&b->sql, " AND %s = ", column);
  param_text(b, q->lang, strlen(q->lang));
}

/* A CAMEO code filter: upper-case letters and digits, three or more. */
static int is_code(const char *v) {
  size_t n = strlen(v);
  if (n < 3) return 0;
  for (size_t i = 0; i < n; i++)
    if (!isupper((unsigned char)v[i]) && !isdigit((unsigned char)v[i])) return 0;
  return 1;
}

/* "%v%" with LIKE's wildcards escaped by '\'. */
static void param_like(qbuild *b, const char *v) {
  dyad_buf t = DYAD_BUF_INIT;
  dyad_buf_putc(&t, '%');
  for (const char *p = v; *p; p++) {
    if (*p == '%' || *p == '_' || *p == '\\') dyad_buf_putc(&t, '\\');
    dyad_buf_putc(&t, *p);
  }
  dyad_buf_putc(&t, '%');
  param_text(b, t.ptr, t.len);
  dyad_buf_free(&t);
  put_sql(b, " ESCAPE '\\'");
}

/* An actor filter on three columns.  A three-letter code is a country and
   matches every actor of it (RUS: Russia, its government, its army...);
   IGO and NGO match every organization of the kind; a longer code matches
   itself; anything else is words of the actor's name (the name in the
   event, a person or a capital, or the actor's label).  Equalities keep the
   (column, day) indexes usable, so the newest events come without a sort. */
static void actor_clause(qbuild *b, const char *v, const char *code, const char *country, const char *name) {
  if (strlen(v) > 200) {
    b->bad = 1;
    dyad_errf(b->err, "actor filter too long");
    return;
  }
  dyad_buf_puts(&b->sql, "(");
  size_t n = strlen(v);
  if (is_code(v) && (!strcmp(v, "IGO") || !strcmp(v, "NGO"))) {
    char hi[4];
    memcpy(hi, v, 4);
    hi[2]++;
    dyad_buf_printf(&b->sql, "%s >= ", code);
    param_text(b, v, n);
    dyad_buf_printf(&b->sql, " AND %s < ", code);
    param_text(b, hi, 3);
  } else if (is_code(v)) {
    dyad_buf_printf(&b->sql, "%s = ", n == 3 ? country : code);
    param_text(b, v, n);
  } else {
    dyad_buf_printf(&b->sql, "%s LIKE ", name);
    param_like(b, v);
    dyad_buf_printf(&b->sql, " OR %s IN (SELECT code FROM actors WHERE name LIKE ", code);
    param_like(b, v);
    put_sql(b, ")");
  }
  put_sql(b, ")");
}

/* The columns an actor filter reads on one side of an event or a dyad. */
typedef struct actor_cols {
  const char *code, *country, *name;
} actor_cols;

/* q->source and q->target (when with_sides) on their sides, q->actor on either. */
static void actor_filters(qbuild *b, const dyad_query *q, const actor_cols *src, const actor_cols *tgt,
                          int with_sides) {
  if (with_sides && set(q->source)) {
    put_sql(b, " AND ");
    actor_clause(b, q->source, src->code, src->country, src->name);
  }
  if (with_sides && set(q->target)) {
    put_sql(b, " AND ");
    actor_clause(b, q->target, tgt->code, tgt->country, tgt->name);
  }
  if (set(q->actor)) {
    put_sql(b, " AND (");
    actor_clause(b, q->actor, src->code, src->country, src->name);
    put_sql(b, " OR ");
    actor_clause(b, q->actor, tgt->code, tgt->country, tgt->name);
    put_sql(b, ")");
  }
}

/* Parses a filter date into the first or last day it covers (YYYYMMDD). */
static int64_t filter_day(qbuild *b, const char *what, const char *v, int last) {
  dyad_date d;
  if (dyad_date_parse(v, strlen(v), &d) != DYAD_OK || d.prec == DYAD_DATE_NONE) {
    b->bad = 1;
    dyad_errf(b->err, "bad date for %s: '%.40s' (YYYY, YYYY-MM or YYYY-MM-DD)", what, v);
    return 0;
  }
  int64_t y = (int64_t)d.year * 10000;
  if (d.prec == DYAD_DATE_YEAR) return y + (last ? 1231 : 101);
  if (d.prec == DYAD_DATE_MONTH) return y + d.month * 100 + (last ? 31 : 1);
  return y + d.month * 100 + d.day;
}

/* The filters on events e shared by EVENTS, DYADS, TIMELINE and EXPORT. */
static void event_filters(qbuild *b, const dyad_query *q, int with_actors) {
  static const actor_cols src = {"e.source", "e.source_country", "e.source_name"},
                          tgt = {"e.target", "e.target_country", "e.target_name"};
  actor_filters(b, q, &src, &tgt, with_actors);
  if (set(q->code)) {
    size_t n = strlen(q->code);
    int ok = n >= 2 && n <= 4;
    for (size_t i = 0; i < n; i++) ok = ok && isdigit((unsigned char)q->code[i]);
    if (!ok) {
      b->bad = 1;
      dyad_errf(b->err, "bad CAMEO code: '%.20s' (2 to 4 digits)", q->code);
    }
    char hi[8];
    snprintf(hi, sizeof hi, "%s", q->code);
    if (ok) hi[n - 1]++;
    put_sql(b, " AND e.code >= ");
    param_text(b, q->code, n);
    put_sql(b, " AND e.code < ");
    param_text(b, hi, strlen(hi));
  }
  if (set(q->root)) {
    const char *r = q->root;
    if (strlen(r) != 2 || !isdigit((unsigned char)r[0]) || !isdigit((unsigned char)r[1]) ||
        atoi(r) < 1 || atoi(r) > 20) {
      b->bad = 1;
      dyad_errf(b->err, "bad root code: '%.20s' (01 to 20)", r);
    }
    put_sql(b, " AND e.root = ");
    param_text(b, r, strlen(r));
  }
  if (q->quad) {
    if (q->quad < 1 || q->quad > 4) {
      b->bad = 1;
      dyad_errf(b->err, "bad quad class: %d (1 to 4)", q->quad);
    }
    put_sql(b, " AND e.quad_class = ");
    param_int(b, q->quad);
  }
  if (set(q->from)) {
    put_sql(b, " AND e.day > 0 AND e.day_end >= ");
    param_int(b, filter_day(b, "from", q->from, 0));
  }
  if (set(q->to)) {
    put_sql(b, " AND e.day > 0 AND e.day <= ");
    param_int(b, filter_day(b, "to", q->to, 1));
  }
  lang_filter(b, q, "e.lang");
}

/* A full-text query: plain words are quoted (so punctuation cannot break
   the syntax) and must all match; text with quotes or operators goes as is. */
static void fts_query(qbuild *b, const char *text) {
  if (strlen(text) > 500) {
    b->bad = 1;
    dyad_errf(b->err, "search query too long");
  }
  int raw = strchr(text, '"') || strstr(text, " OR ") || strstr(text, " NOT ") || strstr(text, " AND ") ||
            strchr(text, '*');
  if (raw) {
    param_text(b, text, strlen(text));
    return;
  }
  dyad_buf t = DYAD_BUF_INIT;
  const char *p = text;
  while (*p) {
    while (*p && isspace((unsigned char)*p)) p++;
    const char *w = p;
    while (*p && !isspace((unsigned char)*p)) p++;
    if (p > w) {
      if (t.len) dyad_buf_putc(&t, ' ');
      dyad_buf_putc(&t, '"');
      dyad_buf_put(&t, w, (size_t)(p - w));
      dyad_buf_putc(&t, '"');
    }
  }
  if (!t.len) {
    b->bad = 1;
    dyad_errf(b->err, "empty search query");
  }
  param_text(b, t.ptr, t.len);
  dyad_buf_free(&t);
}

/* Events stated in articles that match the full-text words of q->text. */
static void article_text_filter(qbuild *b, const dyad_query *q) {
  if (!set(q->text)) return;
  put_sql(b, " AND e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.article_id IN"
             " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ");
  fts_query(b, q->text);
  put_sql(b, "))");
}

#define SENTENCE_OF(a, s) "CAST(substr(CAST(" a ".text AS BLOB), " s ".start + 1, " s ".end - " s ".start) AS TEXT)"

static const char EVENT_COLUMNS[] =
  "e.id, e.date, e.date_precision, e.source, e.source_country, e.source_name,"
  " e.target, e.target_country, e.target_name, e.code, e.root, e.quad_class, e.goldstein,"
  " e.plover, e.num_mentions, e.num_articles, e.num_sources, em.location_name,"
  " em.location_country, em.lat, em.lon, e.lang, " SENTENCE_OF("a", "s") " AS sentence,"
  " a.id AS article_id, a.title, a.url";

static const char EVENT_JOINS[] =
  " FROM events e LEFT JOIN event_mentions em ON em.id = e.first_mention"
  " LEFT JOIN articles a ON a.id = em.article_id"
  " LEFT JOIN sentences s ON s.article_id = em.article_id AND s.idx = em.sentence WHERE 1";

/* The filters of an events list, words in the article included. */
static void events_where(qbuild *b, const dyad_query *q) {
  event_filters(b, q, 1);
  article_text_filter(b, q);
}

static void build_events(qbuild *b, const dyad_query *q, int export) {
  put_sql(b, "SELECT ");
  put_sql(b, EVENT_COLUMNS);
  if (export) put_sql(b, ", e.added, em.is_root");
  put_sql(b, EVENT_JOINS);
  events_where(b, q);
  put_sql(b, export ? " ORDER BY e.id" : " ORDER BY e.day DESC, e.id DESC");
}

static void build_event(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT ");
  put_sql(b, EVENT_COLUMNS);
  put_sql(b, EVENT_JOINS);
  put_sql(b, " AND e.id = ");
  param_int(b, q->id);
}

static void build_mentions(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT em.id AS mention_id, em.event_id, a.id AS article_id, a.doc_id, a.title, a.url,"
             " a.date AS article_date, a.lang, em.sentence AS sentence_index, " SENTENCE_OF("a", "s")
             " AS sentence, s.start AS sentence_start, em.source_start, em.source_end, em.target_start,"
             " em.target_end, em.trigger_start, em.trigger_end, em.negated, em.attribution, em.rule,"
             " em.location_name"
             " FROM event_mentions em JOIN articles a ON a.id = em.article_id"
             " LEFT JOIN sentences s ON s.article_id = em.article_id AND s.idx = em.sentence"
             " WHERE em.event_id = ");
  param_int(b, q->id);
  put_sql(b, " ORDER BY em.id");
}

static void build_actors(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT code, country, name, mentions, events FROM actors WHERE (mentions > 0 OR events > 0)");
  const char *v = set(q->actor) ? q->actor : set(q->source) ? q->source : NULL;
  if (v) {
    put_sql(b, " AND ");
    actor_clause(b, v, "code", "country", "name");
  }
  if (set(q->text)) {
    put_sql(b, " AND name LIKE ");
    param_like(b, q->text);
  }
  put_sql(b, " ORDER BY events DESC, mentions DESC, code");
}

/* Pairs: from the running totals when only actors filter them, else by
   grouping the matching events. */
static void build_dyads(qbuild *b, const dyad_query *q) {
  int plain = !set(q->code) && !set(q->root) && !q->quad && !set(q->from) && !set(q->to) &&
              !set(q->lang) && !set(q->text);
  if (plain) {
    put_sql(b, "SELECT d.source, coalesce(sa.name, '') AS source_name, coalesce(sa.country, '') AS source_country,"
               " d.target, coalesce(ta.name, '') AS target_name, coalesce(ta.country, '') AS target_country,"
               " d.events, d.goldstein_sum / d.events AS goldstein, 1.0 * d.q1 / d.events AS q1,"
               " 1.0 * d.q2 / d.events AS q2, 1.0 * d.q3 / d.events AS q3, 1.0 * d.q4 / d.events AS q4"
               " FROM dyads d LEFT JOIN actors sa ON sa.code = d.source LEFT JOIN actors ta ON ta.code = d.target"
               " WHERE d.events > 0");
    static const actor_cols src = {"d.source", "sa.country", "sa.name"}, tgt = {"d.target", "ta.country", "ta.name"};
    actor_filters(b, q, &src, &tgt, 1);
    put_sql(b, " ORDER BY d.events DESC, d.source, d.target");
    return;
  }
  /* group the matching events first (the day index covers what this reads),
     then name the pairs from the actors table */
  put_sql(b, "SELECT g.source, coalesce(sa.name, '') AS source_name, coalesce(sa.country, '') AS source_country,"
             " g.target, coalesce(ta.name, '') AS target_name, coalesce(ta.country, '') AS target_country,"
             " g.events, g.goldstein, g.q1, g.q2, g.q3, g.q4 FROM (SELECT e.source, e.target,"
             " count(*) AS events, avg(e.goldstein) AS goldstein, avg(e.quad_class = 1) AS q1,"
             " avg(e.quad_class = 2) AS q2, avg(e.quad_class = 3) AS q3, avg(e.quad_class = 4) AS q4"
             " FROM events e WHERE 1");
  event_filters(b, q, 1);
  article_text_filter(b, q);
  put_sql(b, " GROUP BY +e.source, +e.target) g LEFT JOIN actors sa ON sa.code = g.source"
             " LEFT JOIN actors ta ON ta.code = g.target ORDER BY g.events DESC, g.source, g.target");
}

static void build_timeline(qbuild *b, const dyad_query *q) {
  if (!set(q->source) || !set(q->target)) {
    b->bad = 1;
    dyad_errf(b->err, "a timeline needs two actors (source and target)");
    return;
  }
  const char *by = set(q->by) ? q->by : "month";
  const char *period, *min_prec;
  if (!strcmp(by, "day")) {
    period = "printf('%04d-%02d-%02d', e.day / 10000, e.day / 100 % 100, e.day % 100)";
    min_prec = "3";
  } else if (!strcmp(by, "week")) {
    period = "date(printf('%04d-%02d-%02d', e.day / 10000, e.day / 100 % 100, e.day % 100),"
             " 'weekday 0', '-6 days')";
    min_prec = "3";
  } else if (!strcmp(by, "month")) {
    period = "printf('%04d-%02d', e.day / 10000, e.day / 100 % 100)";
    min_prec = "2";
  } else {
    b->bad = 1;
    dyad_errf(b->err, "bad period for by: '%.20s' (day, week or month)", by);
    return;
  }
  put_sql(b, "SELECT period, direction, count(*) AS events, avg(goldstein) AS goldstein FROM (SELECT ");
  put_sql(b, period);
  put_sql(b, " AS period, CASE WHEN ");
  actor_clause(b, q->source, "e.source", "e.source_country", "e.source_name");
  put_sql(b, " AND ");
  actor_clause(b, q->target, "e.target", "e.target_country", "e.target_name");
  put_sql(b, " THEN 'ab' ELSE 'ba' END AS direction, e.goldstein FROM events e WHERE e.day > 0"
             " AND e.date_precision >= ");
  put_sql(b, min_prec);
  put_sql(b, " AND ((");
  actor_clause(b, q->source, "e.source", "e.source_country", "e.source_name");
  put_sql(b, " AND ");
  actor_clause(b, q->target, "e.target", "e.target_country", "e.target_name");
  put_sql(b, ") OR (");
  actor_clause(b, q->target, "e.source", "e.source_country", "e.source_name");
  put_sql(b, " AND ");
  actor_clause(b, q->source, "e.target", "e.target_country", "e.target_name");
  put_sql(b, "))");
  event_filters(b, q, 0);
  put_sql(b, ") GROUP BY period, direction ORDER BY period, direction");
}

static void build_quotes(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT qt.id, qt.article_id, a.title, a.date, qt.speaker, qt.speaker_name, qt.speaker_country,"
             " " SENTENCE_OF("a", "qt") " AS quote, qt.sentence AS sentence_index"
             " FROM quotes qt JOIN articles a ON a.id = qt.article_id WHERE 1");
  const char *v = set(q->speaker) ? q->speaker : set(q->actor) ? q->actor : NULL;
  if (v) {
    put_sql(b, " AND ");
    actor_clause(b, v, "qt.speaker", "qt.speaker_country", "qt.speaker_name");
  }
  if (set(q->text)) {
    put_sql(b, " AND " SENTENCE_OF("a", "qt") " LIKE ");
    param_like(b, q->text);
  }
  lang_filter(b, q, "a.lang");
  put_sql(b, " ORDER BY a.date DESC, qt.id");
}

static void build_search(qbuild *b, const dyad_query *q) {
  if (!set(q->text)) {
    b->bad = 1;
    dyad_errf(b->err, "a search needs words (text)");
    return;
  }
  const char *mo = q->mark_open ? q->mark_open : "[", *mc = q->mark_close ? q->mark_close : "]";
  put_sql(b, "SELECT a.id AS article_id, a.doc_id, a.title, a.date, a.url, a.lang, snippet(articles_fts, -1, ");
  param_text(b, mo, strlen(mo));
  put_sql(b, ", ");
  param_text(b, mc, strlen(mc));
  put_sql(b, ", '\xE2\x80\xA6', 16) AS snippet FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
             " WHERE articles_fts MATCH ");
  fts_query(b, q->text);
  lang_filter(b, q, "a.lang");
  put_sql(b, " ORDER BY rank");
}

static void build_article(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT id AS article_id, doc_id, title, date, url, lang, source_file, text, n_events AS events"
             " FROM articles WHERE id = ");
  param_int(b, q->id);
}

static void build_stats(qbuild *b) {
  put_sql(b, "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,"
             " (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events,"
             " (SELECT count(*) FROM event_mentions) AS event_mentions, (SELECT count(*) FROM quotes) AS quotes,"
             " (SELECT count(*) FROM input_errors) AS errors,"
             " (SELECT date FROM events WHERE day > 0 ORDER BY day LIMIT 1) AS first_date,"
             " (SELECT date FROM events WHERE day > 0 ORDER BY day DESC LIMIT 1) AS last_date,"
             " (SELECT user_version FROM pragma_user_version) AS schema_version");
}

static void build_export_mentions(qbuild *b, const dyad_query *q) {
  put_sql(b, "SELECT em.event_id, e.date AS event_date, a.added, a.domain AS source_domain, a.url,"
             " em.sentence AS sentence_index, em.source_start, em.target_start, em.trigger_start,"
             " length(CAST(a.text AS BLOB)) AS doc_len, a.title, a.doc_id"
             " FROM event_mentions em JOIN events e ON e.id = em.event_id JOIN articles a ON a.id = em.article_id"
             " WHERE 1");
  event_filters(b, q, 1);
  put_sql(b, " ORDER BY em.id");
}

static void build_errors(qbuild *b) {
  put_sql(b, "SELECT id, at, place AS \"where\", message FROM input_errors ORDER BY id");
}

static int build(qbuild *b, dyad_query_kind kind, const dyad_query *q) {
  switch (kind) {
  case DYAD_Q_EVENTS: build_events(b, q, 0); break;
  case DYAD_Q_EVENT: build_event(b, q); break;
  case DYAD_Q_MENTIONS: build_mentions(b, q); break;
  case DYAD_Q_ACTORS: build_actors(b, q); break;
  case DYAD_Q_DYADS: build_dyads(b, q); break;
  case DYAD_Q_TIMELINE: build_timeline(b, q); break;
  case DYAD_Q_QUOTES: build_quotes(b, q); break;
  case DYAD_Q_SEARCH: build_search(b, q); break;
  case DYAD_Q_ARTICLE: build_article(b, q); break;
  case DYAD_Q_STATS: build_stats(b); break;
  case DYAD_Q_EXPORT: build_events(b, q, 1); break;
  case DYAD_Q_EXPORT_MENTIONS: build_export_mentions(b, q); break;
  case DYAD_Q_ERRORS: build_errors(b); break;
  default:
    b->bad = 1;
    dyad_errf(b->err, "unknown query kind %d", (int)kind);
  }
  return b->bad ? DYAD_MISUSE : DYAD_OK;
}

static int is_export(dyad_query_kind k) {
  return k == DYAD_Q_EXPORT || k == DYAD_Q_EXPORT_MENTIONS || k == DYAD_Q_ERRORS;
}

static int prepare(dyad_store *s, qbuild *b, sqlite3_stmt **st) {
  if (sqlite3_prepare_v2(s->db, b->sql.ptr, (int)b->sql.len, st, NULL) != SQLITE_OK)
    return dyad_store_dberr(s, "query");
  for (int i = 0; i < b->n; i++) {
    if (b->p[i].is_int) sqlite3_bind_int64(*st, i + 1, b->p[i].i);
    else sqlite3_bind_text(*st, i + 1, b->p[i].s, -1, SQLITE_STATIC);
  }
  return DYAD_OK;
}

/* An FTS syntax error is the user's: a bad filter, not a database fault. */
static int step_error(dyad_store *s, int rc) {
  const char *m = sqlite3_errmsg(s->db);
  if ((rc & 0xff) == SQLITE_ERROR &&
      (strstr(m, "fts5") || strstr(m, "syntax") || strstr(m, "unterminated") || strstr(m, "no such column") ||
       strstr(m, "special query"))) {
    dyad_errf(s->err, "bad search query: %s", m);
    return DYAD_MISUSE;
  }
  return dyad_store_dberr(s, "query");
}

static int lock_query(dyad_store *s, dyad_query_kind kind, const dyad_query *q, qbuild *b) {
  memset(b, 0, sizeof *b);
  b->sql = (dyad_buf)DYAD_BUF_INIT;
  pthread_mutex_lock(&s->lock);
  if (build(b, kind, q) != DYAD_OK) {
    dyad_errf(s->err, "%s", b->err);
    return DYAD_MISUSE;
  }
  return DYAD_OK;
}

int dyad_store_query(dyad_store *s, dyad_query_kind kind, const dyad_query *q, dyad_row_fn fn, void *ud) {
  static const dyad_query none;
  if (!q) q = &none;
  qbuild b;
  sqlite3_stmt *st = NULL;
  dyad_value *vals = NULL;
  const char **names = NULL;
  int rc = lock_query(s, kind, q, &b);
  if (rc) goto done;
  if (q->limit < 0 || q->offset < 0 || q->limit > MAX_LIMIT) {
    dyad_errf(s->err, "bad paging: limit 1 to %d, offset 0 or more", MAX_LIMIT);
    rc = DYAD_MISUSE;
    goto done;
  }
  int64_t limit = q->limit ? q->limit : is_export(kind) ? -1 : DEFAULT_LIMIT;
  dyad_buf_printf(&b.sql, " LIMIT %lld OFFSET %lld", (long long)limit, (long long)q->offset);
  if ((rc = prepare(s, &b, &st)) != DYAD_OK) goto done;
  int ncol = sqlite3_column_count(st), step, rows = 0;
  vals = dyad_xcalloc((size_t)ncol + 1, sizeof *vals);
  names = dyad_xcalloc((size_t)ncol + 1, sizeof *names);
  while ((step = sqlite3_step(st)) == SQLITE_ROW) {
    /* column names after the step: a step may prepare the statement again
       (the schema changed under it), which frees the names taken before */
    if (rows++ == 0)
      for (int i = 0; i < ncol; i++) names[i] = sqlite3_column_name(st, i);
    for (int i = 0; i < ncol; i++) {
      dyad_value *v = &vals[i];
      memset(v, 0, sizeof *v);
      v->s.ptr = "";
      switch (sqlite3_column_type(st, i)) {
      case SQLITE_INTEGER: v->type = DYAD_VAL_INT; v->i = sqlite3_column_int64(st, i); break;
      case SQLITE_FLOAT: v->type = DYAD_VAL_REAL; v->r = sqlite3_column_double(st, i); break;
      case SQLITE_NULL: v->type = DYAD_VAL_NULL; break;
      default:
        v->type = DYAD_VAL_TEXT;
        v->s.ptr = (const char *)sqlite3_column_text(st, i);
        v->s.len = (size_t)sqlite3_column_bytes(st, i);
        if (!v->s.ptr) v->s.ptr = "";
      }
    }
    if (fn(ud, (size_t)ncol, names, vals)) break;
  }
  if (step != SQLITE_ROW && step != SQLITE_DONE) {
    rc = step_error(s, step);
  } else if (!rows && (kind == DYAD_Q_EVENT || kind == DYAD_Q_ARTICLE)) {
    dyad_errf(s->err, "no %s with id %lld", kind == DYAD_Q_EVENT ? "event" : "article", (long long)q->id);
    rc = DYAD_NOTFOUND;
  }
done:
  sqlite3_finalize(st);
  pthread_mutex_unlock(&s->lock);
  free(vals);
  free(names);
  qbuild_free(&b);
  return rc;
}

int dyad_store_count(dyad_store *s, dyad_query_kind kind, const dyad_query *q, int64_t *n) {
  static const dyad_query none;
  if (!q) q = &none;
  *n = 0;
  qbuild b;
  sqlite3_stmt *st = NULL;
  int rc = lock_query(s, kind, q, &b);
  if (rc) goto done;
  if (kind == DYAD_Q_EVENTS) {
    /* The events' own filters are all a count needs: without the joins,
       columns and order of the list it takes milliseconds, not seconds, on
       a million events.  (The list's joins are on unique keys.) */
    qbuild_free(&b);
    memset(&b, 0, sizeof b);
    b.sql = (dyad_buf)DYAD_BUF_INIT;
    put_sql(&b, "SELECT count(*) FROM events e WHERE 1");
    events_where(&b, q);
  } else {
    dyad_buf wrapped = DYAD_BUF_INIT;
    dyad_buf_printf(&wrapped, "SELECT count(*) FROM (%s)", b.sql.ptr);
    dyad_buf_free(&b.sql);
    b.sql = wrapped;
  }
  if ((rc = prepare(s, &b, &st)) != DYAD_OK) goto done;
  int step = sqlite3_step(st);
  if (step == SQLITE_ROW) *n = sqlite3_column_int64(st, 0);
  else rc = step_error(s, step);
done:
  sqlite3_finalize(st);
  pthread_mutex_unlock(&s->lock);
  qbuild_free(&b);
  return rc;
}
