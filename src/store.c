/*
** store.c -- the event database: opening, the schema, and the write path.
**
** Serves `dyad ingest` (through dyad_store_put) and every reader of a
** database (dyad_store_open; the queries are in query.c).  Calls SQLite.
**
** A coded article goes in as one savepoint inside a batch transaction:
**
**   BEGIN ............................................ COMMIT
**     SAVEPOINT art  article, sentences, mentions,      (every 1024 articles
**                    events (dedup), evidence, quotes,   or after 1 s, and
**     RELEASE art    full-text row                       at commit/close)
**
** so an article is stored whole or not at all, a failing article is rolled
** back alone, and a crash (even kill -9) loses only the open batch, which a
** re-run codes again.  Deduplication keeps one `events` row per (date,
** source, target, code) with running counts; `event_mentions` keeps every
** statement of it with its evidence; `actors` and `dyads` keep running
** totals so the common queries need no scan.  Replacing an article undoes
** its share of all of these.
*/
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BATCH_ARTICLES 1024
#define BATCH_SECONDS 2.0
#define DYAD_APPLICATION_ID 1685676388 /* 'dyad' */

static const char *const WRITE_SQL[ST_COUNT] = {
  [ST_FIND_ARTICLE] = "SELECT id, hash FROM articles WHERE doc_key = ?1",
  [ST_INSERT_ARTICLE] =
    "INSERT INTO articles (doc_key, doc_id, url, domain, title, date, lang, source_file, hash, text,"
    " n_sentences, n_events, added) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
  [ST_INSERT_SENTENCE] =
    "INSERT INTO sentences (article_id, idx, start, end, paragraph, flags) VALUES (?1,?2,?3,?4,?5,?6)",
  [ST_INSERT_MENTION] =
    "INSERT INTO mentions (article_id, sentence, start, end, code, flags) VALUES (?1,?2,?3,?4,?5,?6)",
  [ST_UPSERT_ACTOR_MENTION] =
    "INSERT INTO actors (code, country, name, mentions, events) VALUES (?1,?2,?3,?4,0)"
    " ON CONFLICT(code) DO UPDATE SET mentions = mentions + ?4",
  [ST_FIND_EVENT] = "SELECT id FROM events WHERE date = ?1 AND source = ?2 AND target = ?3 AND code = ?4",
  [ST_INSERT_EVENT] =
    "INSERT INTO events (date, date_precision, day, day_end, source, source_country, source_name,"
    " target, target_country, target_name, code, root, quad_class, goldstein, plover, lang,"
    " num_mentions, num_articles, num_sources, first_mention, added)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,0,1,1,0,?17)",
  [ST_BUMP_EVENT] =
    "UPDATE events SET num_mentions = num_mentions + 1,"
    " num_articles = num_articles + ?2, num_sources = num_sources + ?3,"
    " first_mention = CASE WHEN first_mention = 0 THEN ?4 ELSE first_mention END WHERE id = ?1",
  [ST_SOURCE_SEEN] =
    "SELECT (SELECT count(*) FROM event_mentions WHERE event_id = ?1 AND article_id = ?2),"
    " EXISTS (SELECT 1 FROM event_mentions em JOIN articles a ON a.id = em.article_id"
    "   WHERE em.event_id = ?1 AND a.domain = ?3 AND em.article_id <> ?2)",
  [ST_INSERT_EVENT_MENTION] =
    "INSERT INTO event_mentions (event_id, article_id, sentence, is_root, source_start, source_end,"
    " target_start, target_end, trigger_start, trigger_end, negated, attribution, rule,"
    " location_name, location_country, lat, lon)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
  [ST_ACTOR_EVENT] =
    "INSERT INTO actors (code, country, name, mentions, events) VALUES (?1,?2,?3,0,1)"
    " ON CONFLICT(code) DO UPDATE SET events = events + 1",
  [ST_UPSERT_DYAD] =
    "INSERT INTO dyads (source, target, events, goldstein_sum, q1, q2, q3, q4)"
    " VALUES (?1,?2,1,?3,?4=1,?4=2,?4=3,?4=4)"
    " ON CONFLICT(source, target) DO UPDATE SET events = events + 1,"
    " goldstein_sum = goldstein_sum + ?3, q1 = q1 + (?4=1), q2 = q2 + (?4=2),"
    " q3 = q3 + (?4=3), q4 = q4 + (?4=4)",
  [ST_INSERT_QUOTE] =
    "INSERT INTO quotes (article_id, sentence, start, end, speaker, speaker_name, speaker_country)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7)",
  [ST_INSERT_FTS] = "INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
  [ST_INSERT_ERROR] = "INSERT INTO input_errors (at, place, message) VALUES (?1, ?2, ?3)",
};

/* What replacing an article undoes, in order (?1 is the article's id). */
static const char *const DELETE_SQL[] = {
  "CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)",
  "DELETE FROM temp.gone",
  "INSERT OR IGNORE INTO temp.gone SELECT event_id FROM event_mentions WHERE article_id = ?1",
  ("UPDATE actors SET mentions = mentions -"
  " (SELECT count(*) FROM mentions m WHERE m.article_id = ?1 AND m.code = actors.code)"
  " WHERE code IN (SELECT code FROM mentions WHERE article_id = ?1)"),
  "DELETE FROM mentions WHERE article_id = ?1",
  "DELETE FROM event_mentions WHERE article_id = ?1",
  ("UPDATE events SET"
  " num_mentions = (SELECT count(*) FROM event_mentions em WHERE em.event_id = events.id),"
  " num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions em WHERE em.event_id = events.id),"
  " num_sources = (SELECT count(DISTINCT a.domain) FROM event_mentions em JOIN articles a"
  "   ON a.id = em.article_id WHERE em.event_id = events.id),"
  " first_mention = coalesce((SELECT min(id) FROM event_mentions em WHERE em.event_id = events.id), 0)"
  " WHERE id IN temp.gone"),
  "DELETE FROM temp.gone WHERE id IN (SELECT id FROM events WHERE num_mentions > 0)",
  ("UPDATE actors SET events = events -"
  " (SELECT count(*) FROM events e WHERE e.id IN temp.gone AND (e.source = actors.code OR e.target = actors.code))"
  " WHERE code IN (SELECT source FROM events WHERE id IN temp.gone"
  "                UNION SELECT target FROM events WHERE id IN temp.gone)"),
  ("UPDATE dyads SET"
  " events = events - (SELECT count(*) FROM events e WHERE e.id IN temp.gone"
  "   AND e.source = dyads.source AND e.target = dyads.target),"
  " goldstein_sum = goldstein_sum - (SELECT total(goldstein) FROM events e WHERE e.id IN temp.gone"
  "   AND e.source = dyads.source AND e.target = dyads.target),"
  " q1 = q1 - (SELECT count(*) FROM events e WHERE e.id IN temp.gone AND e.quad_class = 1"
  "   AND e.source = dyads.source AND e.target = dyads.target),"
  " q2 = q2 - (SELECT count(*) FROM events e WHERE e.id IN temp.gone AND e.quad_class = 2"
  "   AND e.source = dyads.source AND e.target = dyads.target),"
  " q3 = q3 - (SELECT count(*) FROM events e WHERE e.id IN temp.gone AND e.quad_class = 3"
  "   AND e.source = dyads.source AND e.target = dyads.target),"
  " q4 = q4 - (SELECT count(*) FROM events e WHERE e.id IN temp.gone AND e.quad_class = 4"
  "   AND e.source = dyads.source AND e.target = dyads.target)"
  " WHERE (source, target) IN (SELECT source, target FROM events WHERE id IN temp.gone)"),
  "DELETE FROM dyads WHERE events <= 0",
  "DELETE FROM events WHERE id IN temp.gone",
  "DELETE FROM quotes WHERE article_id = ?1",
  "DELETE FROM sentences WHERE article_id = ?1",
  ("INSERT INTO articles_fts (articles_fts, rowid, title, text)"
  " SELECT 'delete', id, title, text FROM articles WHERE id = ?1"),
  "DELETE FROM articles WHERE id = ?1",
};

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void utc_stamp(char out[16]) {
  time_t t = time(NULL);
  struct tm tmv;
  gmtime_r(&t, &tmv);
  strftime(out, 16, "%Y%m%d%H%M%S", &tmv);
}

int dyad_store_dberr(dyad_store *s, const char *what) {
  int ext = sqlite3_extended_errcode(s->db);
  const char *hint = ext == SQLITE_FULL || ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_FSYNC
                         ? " (is the disk full?)"
                     : (ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED
                         ? " (another program holds the database; try again when it is done)"
                         : "";
  dyad_errf(s->err, "%s: %s%s", what, sqlite3_errmsg(s->db), hint);
  return DYAD_DB;
}

static int exec(dyad_store *s, const char *sql) {
  char *msg = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK) return DYAD_OK;
  dyad_errf(s->err, "%s", msg ? msg : sqlite3_errmsg(s->db));
  sqlite3_free(msg);
  return DYAD_DB;
}

/* One integer from a pragma or a count; -1 on error. */
static int64_t scalar(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

/* Makes the tables of a new database from data/schema/store.sql. */
static int create_schema(dyad_store *s) {
  const char *sql;
  size_t n;
  if (!dyad_data_get("schema/store.sql", &sql, &n)) {
    dyad_errf(s->err, "the schema is missing from this build");
    return DYAD_ERROR;
  }
  char *text = dyad_xstrndup(sql, n);
  int rc = exec(s, "BEGIN IMMEDIATE");
  if (rc == DYAD_OK) rc = exec(s, text);
  if (rc == DYAD_OK)
    rc = exec(s, "INSERT INTO meta (key, value) VALUES ('created_by', 'dyad " DYAD_VERSION "'),"
                 " ('created', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  if (rc == DYAD_OK) rc = exec(s, "COMMIT");
  else sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  free(text);
  return rc;
}

/* Checks what kind of database this is; creates the schema in an empty one
   when allowed.  The message names the file. */
static int check_schema(dyad_store *s, const char *path) {
  int64_t app = scalar(s->db, "PRAGMA application_id");
  int64_t ver = scalar(s->db, "PRAGMA user_version");
  if (app < 0 || ver < 0) {
    dyad_errf(s->err, "%s: %s", path, sqlite3_errmsg(s->db));
    return DYAD_DB;
  }
  if (app == 0 && ver == 0 && scalar(s->db, "SELECT count(*) FROM sqlite_master") == 0) {
    if (s->flags & DYAD_STORE_READONLY) {
      dyad_errf(s->err, "%s: an empty database (run dyad ingest first)", path);
      return DYAD_DB;
    }
    int rc = create_schema(s);
    if (rc != DYAD_OK) {
      char m[DYAD_ERRLEN];
      memcpy(m, s->err, sizeof m);
      dyad_errf(s->err, "%s: cannot create the schema: %s", path, m);
    }
    return rc;
  }
  if (app != DYAD_APPLICATION_ID) {
    dyad_errf(s->err, "%s: not a dyad database", path);
    return DYAD_DB;
  }
  if (ver != DYAD_SCHEMA_VERSION) {
    dyad_errf(s->err, "%s: schema version %lld; this dyad reads version %d%s", path, (long long)ver,
              DYAD_SCHEMA_VERSION, ver > DYAD_SCHEMA_VERSION ? " (made by a newer dyad)" : "");
    return DYAD_DB;
  }
  return DYAD_OK;
}

int dyad_store_open(const char *path, unsigned flags, dyad_store **out, char err[DYAD_ERRLEN]) {
  *out = NULL;
  if (!path || !*path) {
    dyad_errf(err, "no database path");
    return DYAD_MISUSE;
  }
  if (!(flags & DYAD_STORE_CREATE) && access(path, F_OK) != 0) {
    dyad_errf(err, "%s: no such database", path);
    return DYAD_NOTFOUND;
  }
  dyad_store *s = dyad_xcalloc(1, sizeof *s);
  s->flags = flags;
  pthread_mutex_init(&s->lock, NULL);
  int oflags = (flags & DYAD_STORE_READONLY) ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = DYAD_OK;
  if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    dyad_errf(s->err, "%s: %s", path, s->db ? sqlite3_errmsg(s->db) : "cannot open");
    rc = DYAD_IO;
    goto fail;
  }
  sqlite3_busy_timeout(s->db, 10000);
  sqlite3_extended_result_codes(s->db, 1);
  if (!(flags & DYAD_STORE_READONLY)) {
    /* WAL: readers go on while this writes; NORMAL sync keeps every commit
       through a crash of the process. */
    if (sqlite3_exec(s->db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                     " PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;"
                     " PRAGMA wal_autocheckpoint = 8192;",
                     NULL, NULL, NULL) != SQLITE_OK) {
      dyad_errf(s->err, "%s: %s", path, sqlite3_errmsg(s->db));
      rc = DYAD_DB;
      goto fail;
    }
  }
  rc = check_schema(s, path);
  if (rc != DYAD_OK) goto fail;
  if (!(flags & DYAD_STORE_READONLY)) {
    for (int i = 0; i < ST_COUNT; i++) {
      if (sqlite3_prepare_v3(s->db, WRITE_SQL[i], -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[i], NULL) !=
          SQLITE_OK) {
        dyad_errf(s->err, "%s: %s", path, sqlite3_errmsg(s->db));
        rc = DYAD_DB;
        goto fail;
      }
    }
  }
  *out = s;
  return DYAD_OK;
fail:
  dyad_errf(err, "%s", s->err);
  dyad_store_close(s);
  return rc;
}

static int commit_locked(dyad_store *s) {
  if (!s->in_txn) return DYAD_OK;
  s->in_txn = 0;
  s->batch = 0;
  if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) return DYAD_OK;
  int rc = dyad_store_dberr(s, "commit");
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}

int dyad_store_close(dyad_store *s) {
  if (!s) return DYAD_OK;
  int rc = DYAD_OK;
  if (s->db) {
    rc = commit_locked(s);
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->stmt[i]);
    if (!(s->flags & DYAD_STORE_READONLY)) sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
    sqlite3_close_v2(s->db);
  }
  pthread_mutex_destroy(&s->lock);
  free(s);
  return rc;
}

const char *dyad_store_errmsg(const dyad_store *s) { return s ? s->err : ""; }

int dyad_store_commit(dyad_store *s) {
  pthread_mutex_lock(&s->lock);
  int rc = commit_locked(s);
  pthread_mutex_unlock(&s->lock);
  return rc;
}

/* ---- keys -------------------------------------------------------------- */

/* The article's key: its id, else its url, else "file#index". */
static void article_key(const dyad_article *a, dyad_buf *out) {
  if (a->id.len) dyad_buf_put(out, a->id.ptr, a->id.len);
  else if (a->url.len) dyad_buf_put(out, a->url.ptr, a->url.len);
  else dyad_buf_printf(out, "%.*s#%llu", (int)a->source.len, a->source.ptr, (unsigned long long)a->index);
}

static void text_hash(const dyad_article *a, char out[17]) {
  uint64_t h = dyad_hash(a->text.ptr, a->text.len) ^ (uint64_t)a->text.len * 0x9E3779B97F4A7C15ULL;
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The host of a url ("https://www.ansa.it/x" -> "ansa.it"), else the input
   file's name: what GDELT counts as a source. */
static void domain_of(const dyad_article *a, dyad_buf *out) {
  const char *p = a->url.ptr, *e = p + a->url.len;
  const char *sep = memchr(p, ':', a->url.len);
  if (a->url.len && sep && sep + 2 < e && sep[1] == '/' && sep[2] == '/') {
    p = sep + 3;
    const char *q = p;
    while (q < e && *q != '/' && *q != ':' && *q != '?' && *q != '#') q++;
    if (q - p > 4 && !strncmp(p, "www.", 4)) p += 4;
    for (const char *c = p; c < q; c++) dyad_buf_putc(out, *c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    return;
  }
  const char *f = a->source.ptr, *slash = f;
  for (size_t i = 0; i < a->source.len; i++)
    if (f[i] == '/') slash = f + i + 1;
  dyad_buf_put(out, slash, (size_t)(f + a->source.len - slash));
}

/* ---- binding helpers ---------------------------------------------------- */

static void bind_text(sqlite3_stmt *st, int i, const char *s, size_t n) {
  sqlite3_bind_text(st, i, s, (int)n, SQLITE_STATIC);
}
static void bind_cstr(sqlite3_stmt *st, int i, const char *s) {
  sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

/* Steps a write statement to completion and resets it. */
static int step_done(dyad_store *s, sqlite3_stmt *st, const char *what) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  return rc == SQLITE_DONE ? DYAD_OK : dyad_store_dberr(s, what);
}

/* Day numbers (YYYYMMDD) a date covers. */
static void date_days(const dyad_date *d, int64_t *first, int64_t *last) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d->prec == DYAD_DATE_NONE || d->year == 0) {
    *first = 0;
    *last = 0;
    return;
  }
  int64_t y = d->year * 10000;
  if (d->prec == DYAD_DATE_YEAR) {
    *first = y + 101;
    *last = y + 1231;
  } else if (d->prec == DYAD_DATE_MONTH) {
    *first = y + d->month * 100 + 1;
    *last = y + d->month * 100 + mdays[(d->month - 1) % 12];
  } else {
    *first = *last = y + d->month * 100 + d->day;
  }
}

static int delete_article(dyad_store *s, int64_t id) {
  for (size_t i = 0; i < sizeof DELETE_SQL / sizeof DELETE_SQL[0]; i++) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, DELETE_SQL[i], -1, &st, NULL) != SQLITE_OK)
      return dyad_store_dberr(s, "replace article");
    if (sqlite3_bind_parameter_count(st) > 0) sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return dyad_store_dberr(s, "replace article");
  }
  return DYAD_OK;
}

/* Looks up the article by key: *id (0 when absent) and whether its hash is
   the same. */
static int find_article(dyad_store *s, const dyad_buf *key, const char *hash, int64_t *id, int *same) {
  sqlite3_stmt *st = s->stmt[ST_FIND_ARTICLE];
  bind_text(st, 1, key->ptr, key->len);
  int rc = sqlite3_step(st);
  *id = 0;
  *same = 0;
  if (rc == SQLITE_ROW) {
    *id = sqlite3_column_int64(st, 0);
    const unsigned char *h = sqlite3_column_text(st, 1);
    *same = h && !strcmp((const char *)h, hash);
  }
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return dyad_store_dberr(s, "find article");
  return DYAD_OK;
}

int dyad_store_has(dyad_store *s, const dyad_article *a, int *present) {
  dyad_buf key = DYAD_BUF_INIT;
  char hash[17];
  int64_t id;
  int same = 0;
  *present = 0;
  article_key(a, &key);
  text_hash(a, hash);
  pthread_mutex_lock(&s->lock);
  int rc = DYAD_OK;
  if (s->flags & DYAD_STORE_READONLY) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, WRITE_SQL[ST_FIND_ARTICLE], -1, &st, NULL) != SQLITE_OK) {
      rc = dyad_store_dberr(s, "find article");
    } else {
      sqlite3_bind_text(st, 1, key.ptr, (int)key.len, SQLITE_STATIC);
      if (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *h = sqlite3_column_text(st, 1);
        same = h && !strcmp((const char *)h, hash);
      }
      sqlite3_finalize(st);
    }
  } else {
    rc = find_article(s, &key, hash, &id, &same);
  }
  pthread_mutex_unlock(&s->lock);
  *present = same;
  dyad_buf_free(&key);
  return rc;
}

/* ---- the write path ------------------------------------------------------ */

typedef struct put_ctx {
  dyad_store *s;
  const dyad_doc *doc;
  const dyad_article *a;
  int64_t article_id;
  dyad_buf domain;
  char added[16];
} put_ctx;

static int put_sentences(put_ctx *c) {
  sqlite3_stmt *st = c->s->stmt[ST_INSERT_SENTENCE];
  for (size_t i = 0; i < c->doc->n_sentences; i++) {
    const dyad_sentence *se = &c->doc->sentences[i];
    sqlite3_bind_int64(st, 1, c->article_id);
    sqlite3_bind_int64(st, 2, (int64_t)i);
    sqlite3_bind_int64(st, 3, se->span.start);
    sqlite3_bind_int64(st, 4, se->span.end);
    sqlite3_bind_int64(st, 5, se->paragraph);
    sqlite3_bind_int64(st, 6, se->flags);
    if (step_done(c->s, st, "store sentence")) return DYAD_DB;
  }
  return DYAD_OK;
}

static int put_mentions(put_ctx *c) {
  sqlite3_stmt *ins = c->s->stmt[ST_INSERT_MENTION], *act = c->s->stmt[ST_UPSERT_ACTOR_MENTION];
  size_t n = c->doc->n_mentions, n_codes = 0;
  /* the article's mentions per actor code, so each actor is updated once */
  const dyad_mention **first = dyad_xcalloc(n + 1, sizeof *first);
  int64_t *count = dyad_xcalloc(n + 1, sizeof *count);
  int rc = DYAD_OK;
  for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
    const dyad_mention *m = &c->doc->mentions[i];
    if (m->flags & DYAD_MF_PLACE) continue; /* a place, not an actor */
    sqlite3_bind_int64(ins, 1, c->article_id);
    sqlite3_bind_int64(ins, 2, m->sentence);
    sqlite3_bind_int64(ins, 3, m->span.start);
    sqlite3_bind_int64(ins, 4, m->span.end);
    bind_cstr(ins, 5, m->code);
    sqlite3_bind_int64(ins, 6, m->flags);
    rc = step_done(c->s, ins, "store mention");
    size_t k = 0;
    while (k < n_codes && strcmp(first[k]->code, m->code)) k++;
    if (k == n_codes) first[n_codes++] = m;
    count[k]++;
  }
  for (size_t k = 0; k < n_codes && rc == DYAD_OK; k++) {
    bind_cstr(act, 1, first[k]->code);
    bind_cstr(act, 2, first[k]->country);
    bind_cstr(act, 3, first[k]->label && first[k]->label[0] ? first[k]->label : first[k]->name);
    sqlite3_bind_int64(act, 4, count[k]);
    rc = step_done(c->s, act, "store actor");
  }
  free(first);
  free(count);
  return rc;
}

static int actor_event(put_ctx *c, const dyad_actor_ref *r) {
  sqlite3_stmt *st = c->s->stmt[ST_ACTOR_EVENT];
  const char *label = r->name;
  for (size_t i = 0; i < c->doc->n_mentions; i++)
    if (c->doc->mentions[i].label && !strcmp(c->doc->mentions[i].code, r->code)) {
      label = c->doc->mentions[i].label;
      break;
    }
  bind_cstr(st, 1, r->code);
  bind_cstr(st, 2, r->country);
  bind_cstr(st, 3, label);
  return step_done(c->s, st, "store actor");
}

/* Finds or makes the deduplicated event of e; *fresh is 1 when made. */
static int event_row(put_ctx *c, const dyad_event *e, const char *date, int64_t *eid, int *fresh) {
  dyad_store *s = c->s;
  sqlite3_stmt *st = s->stmt[ST_FIND_EVENT];
  bind_cstr(st, 1, date);
  bind_cstr(st, 2, e->source.code);
  bind_cstr(st, 3, e->target.code);
  bind_cstr(st, 4, e->code);
  int rc = sqlite3_step(st);
  *eid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return dyad_store_dberr(s, "find event");
  *fresh = 0;
  if (*eid) return DYAD_OK;
  int64_t d0, d1;
  date_days(&e->date, &d0, &d1);
  st = s->stmt[ST_INSERT_EVENT];
  bind_cstr(st, 1, date);
  sqlite3_bind_int(st, 2, (int)e->date.prec);
  sqlite3_bind_int64(st, 3, d0);
  sqlite3_bind_int64(st, 4, d1);
  bind_cstr(st, 5, e->source.code);
  bind_cstr(st, 6, e->source.country);
  bind_cstr(st, 7, e->source.name);
  bind_cstr(st, 8, e->target.code);
  bind_cstr(st, 9, e->target.country);
  bind_cstr(st, 10, e->target.name);
  bind_cstr(st, 11, e->code);
  bind_cstr(st, 12, e->root);
  sqlite3_bind_int(st, 13, e->quad_class);
  sqlite3_bind_double(st, 14, e->goldstein);
  bind_cstr(st, 15, e->plover);
  bind_cstr(st, 16, c->doc->lang);
  bind_cstr(st, 17, c->added);
  if (step_done(s, st, "store event")) return DYAD_DB;
  *eid = sqlite3_last_insert_rowid(s->db);
  *fresh = 1;
  if (actor_event(c, &e->source)) return DYAD_DB;
  if (strcmp(e->source.code, e->target.code) && actor_event(c, &e->target)) return DYAD_DB;
  st = s->stmt[ST_UPSERT_DYAD];
  bind_cstr(st, 1, e->source.code);
  bind_cstr(st, 2, e->target.code);
  sqlite3_bind_double(st, 3, e->goldstein);
  sqlite3_bind_int(st, 4, e->quad_class);
  return step_done(s, st, "store dyad");
}

static int put_event(put_ctx *c, const dyad_event *e) {
  dyad_store *s = c->s;
  char date[16];
  dyad_date_format(&e->date, date);
  int64_t eid = 0;
  int fresh = 0;
  if (event_row(c, e, date, &eid, &fresh)) return DYAD_DB;
  /* Is this article, or its source, already among the event's mentions? */
  int64_t same_article = 0, same_source = 0;
  if (!fresh) {
    sqlite3_stmt *q = s->stmt[ST_SOURCE_SEEN];
    sqlite3_bind_int64(q, 1, eid);
    sqlite3_bind_int64(q, 2, c->article_id);
    bind_text(q, 3, c->domain.ptr, c->domain.len);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
      same_article = sqlite3_column_int64(q, 0);
      same_source = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_ROW) return dyad_store_dberr(s, "count sources");
  }
  const dyad_sentence *se = &c->doc->sentences[e->sentence];
  sqlite3_stmt *st = s->stmt[ST_INSERT_EVENT_MENTION];
  sqlite3_bind_int64(st, 1, eid);
  sqlite3_bind_int64(st, 2, c->article_id);
  sqlite3_bind_int64(st, 3, e->sentence);
  sqlite3_bind_int(st, 4, se->paragraph == 0);
  sqlite3_bind_int64(st, 5, e->source.span.start);
  sqlite3_bind_int64(st, 6, e->source.span.end);
  sqlite3_bind_int64(st, 7, e->target.span.start);
  sqlite3_bind_int64(st, 8, e->target.span.end);
  sqlite3_bind_int64(st, 9, e->trigger.start);
  sqlite3_bind_int64(st, 10, e->trigger.end);
  sqlite3_bind_int(st, 11, e->negated);
  bind_cstr(st, 12, e->attribution);
  bind_cstr(st, 13, e->pattern);
  if (e->location.found) {
    bind_cstr(st, 14, e->location.name);
    bind_cstr(st, 15, e->location.country);
    /* a country's centre is not kept: a place with coordinates is a city or
       a region (GDELT's geo types follow from that) */
    if (e->location.has_coords && e->location.kind != DYAD_PLACE_COUNTRY) {
      sqlite3_bind_double(st, 16, e->location.lat);
      sqlite3_bind_double(st, 17, e->location.lon);
    }
  }
  if (step_done(s, st, "store evidence")) return DYAD_DB;
  int64_t mid = sqlite3_last_insert_rowid(s->db);
  st = s->stmt[ST_BUMP_EVENT];
  sqlite3_bind_int64(st, 1, eid);
  sqlite3_bind_int(st, 2, fresh ? 0 : !same_article);
  sqlite3_bind_int(st, 3, fresh ? 0 : (!same_source && !same_article));
  sqlite3_bind_int64(st, 4, mid);
  return step_done(s, st, "count event");
}

static int put_quotes(put_ctx *c) {
  sqlite3_stmt *st = c->s->stmt[ST_INSERT_QUOTE];
  for (size_t i = 0; i < c->doc->n_quotes; i++) {
    const dyad_quote *q = &c->doc->quotes[i];
    const dyad_mention *m = q->speaker >= 0 && (size_t)q->speaker < c->doc->n_mentions
                              ? &c->doc->mentions[q->speaker] : NULL;
    sqlite3_bind_int64(st, 1, c->article_id);
    sqlite3_bind_int64(st, 2, q->sentence);
    sqlite3_bind_int64(st, 3, q->span.start);
    sqlite3_bind_int64(st, 4, q->span.end);
    bind_cstr(st, 5, m ? m->code : "");
    bind_cstr(st, 6, m ? m->name : "");
    bind_cstr(st, 7, m ? m->country : "");
    if (step_done(c->s, st, "store quote")) return DYAD_DB;
  }
  return DYAD_OK;
}

static int put_article_row(put_ctx *c, const dyad_buf *key, const char *hash) {
  const dyad_article *a = c->a;
  sqlite3_stmt *st = c->s->stmt[ST_INSERT_ARTICLE];
  char date[16];
  dyad_date_format(&a->date, date);
  bind_text(st, 1, key->ptr, key->len);
  bind_text(st, 2, a->id.ptr, a->id.len);
  bind_text(st, 3, a->url.ptr, a->url.len);
  bind_text(st, 4, c->domain.ptr, c->domain.len);
  bind_text(st, 5, a->title.ptr, a->title.len);
  bind_cstr(st, 6, date);
  bind_cstr(st, 7, c->doc->lang);
  bind_text(st, 8, a->source.ptr, a->source.len);
  bind_cstr(st, 9, hash);
  bind_text(st, 10, a->text.ptr, a->text.len);
  sqlite3_bind_int64(st, 11, (int64_t)c->doc->n_sentences);
  sqlite3_bind_int64(st, 12, (int64_t)c->doc->n_events);
  bind_cstr(st, 13, c->added);
  if (step_done(c->s, st, "store article")) return DYAD_DB;
  c->article_id = sqlite3_last_insert_rowid(c->s->db);
  st = c->s->stmt[ST_INSERT_FTS];
  sqlite3_bind_int64(st, 1, c->article_id);
  bind_text(st, 2, a->title.ptr, a->title.len);
  bind_text(st, 3, a->text.ptr, a->text.len);
  return step_done(c->s, st, "index article");
}

/* Writes the whole article inside the open savepoint. */
static int put_all(put_ctx *c, const dyad_buf *key, const char *hash) {
  if (put_article_row(c, key, hash) || put_sentences(c) || put_mentions(c)) return DYAD_DB;
  for (size_t i = 0; i < c->doc->n_events; i++)
    if (put_event(c, &c->doc->events[i])) return DYAD_DB;
  return put_quotes(c);
}

int dyad_store_put(dyad_store *s, const dyad_doc *doc, int *added) {
  if (added) *added = 0;
  if (!doc || !doc->article) return DYAD_MISUSE;
  put_ctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.doc = doc;
  c.a = doc->article;
  c.domain = (dyad_buf)DYAD_BUF_INIT;
  dyad_buf key = DYAD_BUF_INIT;
  char hash[17];
  article_key(c.a, &key);
  text_hash(c.a, hash);
  domain_of(c.a, &c.domain);
  utc_stamp(c.added);
  int rc = DYAD_OK, in_savepoint = 0;
  pthread_mutex_lock(&s->lock);
  if (s->flags & DYAD_STORE_READONLY) {
    dyad_errf(s->err, "the database is open read-only");
    rc = DYAD_MISUSE;
    goto done;
  }
  if (!s->in_txn) {
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
      rc = dyad_store_dberr(s, "begin");
      goto done;
    }
    s->in_txn = 1;
    s->batch = 0;
    s->batch_start = now_seconds();
  }
  if (sqlite3_exec(s->db, "SAVEPOINT art", NULL, NULL, NULL) != SQLITE_OK) {
    rc = dyad_store_dberr(s, "savepoint");
    goto done;
  }
  in_savepoint = 1;
  int64_t old;
  int same;
  rc = find_article(s, &key, hash, &old, &same);
  if (rc || same) goto done;
  if (old && (rc = delete_article(s, old)) != DYAD_OK) goto done;
  rc = put_all(&c, &key, hash);
  if (rc == DYAD_OK && added) *added = 1;
done:
  if (in_savepoint) {
    if (rc != DYAD_OK) {
      char m[DYAD_ERRLEN];
      memcpy(m, s->err, sizeof m);
      dyad_errf(s->err, "%.*s: %s", (int)(key.len > 120 ? 120 : key.len), key.ptr, m);
      sqlite3_exec(s->db, "ROLLBACK TO art", NULL, NULL, NULL);
    }
    sqlite3_exec(s->db, "RELEASE art", NULL, NULL, NULL);
    if (sqlite3_get_autocommit(s->db)) {
      /* SQLite rolled the whole batch back (a full disk, an I/O error): the
         articles of the batch are not stored; a re-run codes them again. */
      s->in_txn = 0;
      s->batch = 0;
      if (rc == DYAD_OK) rc = dyad_store_dberr(s, "batch");
      goto unlock;
    }
    s->batch++;
    if (s->batch >= BATCH_ARTICLES || now_seconds() - s->batch_start > BATCH_SECONDS) {
      int crc = commit_locked(s);
      if (rc == DYAD_OK) rc = crc;
    }
  }
unlock:
  pthread_mutex_unlock(&s->lock);
  dyad_buf_free(&key);
  dyad_buf_free(&c.domain);
  return rc;
}

int dyad_store_put_error(dyad_store *s, const char *where, const char *message) {
  char at[16];
  utc_stamp(at);
  pthread_mutex_lock(&s->lock);
  int rc = DYAD_OK;
  if (s->flags & DYAD_STORE_READONLY) {
    dyad_errf(s->err, "the database is open read-only");
    rc = DYAD_MISUSE;
  } else {
    sqlite3_stmt *st = s->stmt[ST_INSERT_ERROR];
    bind_cstr(st, 1, at);
    bind_cstr(st, 2, where);
    bind_cstr(st, 3, message);
    rc = step_done(s, st, "store error");
  }
  pthread_mutex_unlock(&s->lock);
  return rc;
}
