/*
** cmd_code.c -- `dyad code`: the streaming coder.  Reads any input the readers
** accept (standard input by default) and writes one JSON object per event.
** Stateless per article, so copies can run side by side on shards.
** --format tsv writes the 61 columns of GDELT 2.0 events instead.
*/
#include "cli.h"
#include "gdelt.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
** An event's JSON line is built in memory and written with one fwrite: a
** stdio call per field and per escaped run cost as much as coding the
** article.  The escaping is out_json_str's (cli.c), byte for byte.
**
**   line: p -> [ {"doc_id":"...","event_id":...}\n ........ ]
**                |<----------- len ------------>|
**                |<--------------- cap ---------------->|
*/
typedef struct line {
  char *p;
  size_t len, cap;
} line;

static void line_grow(line *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 4096;
  while (cap < b->len + extra) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) {
    fprintf(stderr, "dyad: out of memory\n");
    abort();
  }
  b->p = p;
  b->cap = cap;
}

static void line_put(line *b, const char *s, size_t n) {
  if (!n) return;
  line_grow(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void line_putc(line *b, char c) {
  line_grow(b, 1);
  b->p[b->len++] = c;
}

static void line_printf(line *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line_printf(line *b, const char *fmt, ...) {
  line_grow(b, 128); /* room for every field printed here */
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
  va_end(ap);
  if (n <= 0) return;
  if ((size_t)n >= b->cap - b->len) { /* longer after all: print it again with room */
    line_grow(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  b->len += (size_t)n;
}

/* An unsigned number in decimal, as "%u" prints it. */
static void line_uint(line *b, unsigned v) {
  char d[12];
  size_t n = 0;
  do {
    d[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  line_grow(b, n);
  while (n) b->p[b->len++] = d[--n];
}

/* out_json_str into the line */
static void line_str(line *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  line_putc(b, '"');
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    line_put(b, s + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': line_put(b, "\\\"", 2); break;
      case '\\': line_put(b, "\\\\", 2); break;
      case '\n': line_put(b, "\\n", 2); break;
      case '\r': line_put(b, "\\r", 2); break;
      case '\t': line_put(b, "\\t", 2); break;
      default: {
        char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        line_put(b, u, sizeof u);
      }
    }
  }
  line_put(b, s + run, n - run);
  line_putc(b, '"');
}

/* A key: a literal of this file, with nothing to escape. */
static void line_key(line *b, const char *key, bool first) {
  size_t n = strlen(key);
  line_grow(b, n + 4);
  if (!first) b->p[b->len++] = ',';
  b->p[b->len++] = '"';
  memcpy(b->p + b->len, key, n);
  b->len += n;
  b->p[b->len++] = '"';
  b->p[b->len++] = ':';
}

typedef struct coder_run {
  cli_opts o;
  dyad_coder *coder;
  line out;             /* the JSON line of the event being written */
  int status;
  unsigned long long n_articles, n_events;
  char added[16];       /* DATEADDED of the TSV output: the run's start, UTC */
} coder_run;

static const char *PREC[] = {"none", "year", "month", "day"};

static void span_json(line *f, const char *key, dyad_span s, bool first) {
  line_key(f, key, first);
  line_putc(f, '[');
  line_uint(f, s.start);
  line_putc(f, ',');
  line_uint(f, s.end);
  line_putc(f, ']');
}

static void str_field(line *f, const char *key, const char *v) {
  line_key(f, key, false);
  line_str(f, v, strlen(v));
}

static void print_event(line *f, const dyad_article *a, const dyad_doc *d, const dyad_event *e, size_t k) {
  f->len = 0;
  char id[512], date[16];
  if (a->id.len) snprintf(id, sizeof id, "%.*s", (int)a->id.len, a->id.ptr);
  else snprintf(id, sizeof id, "%.*s#%llu", (int)a->source.len, a->source.ptr, (unsigned long long)a->index);
  dyad_date_format(&e->date, date);
  line_putc(f, '{');
  line_key(f, "doc_id", true);
  line_str(f, id, strlen(id));
  char eid[600];
  int en = snprintf(eid, sizeof eid, "%s:%u:%zu", id, e->sentence, k);
  line_key(f, "event_id", false);
  line_str(f, eid, en > 0 && (size_t)en < sizeof eid ? (size_t)en : strlen(eid));
  str_field(f, "date", date);
  str_field(f, "date_precision", PREC[e->date.prec <= 3 ? e->date.prec : 0]);
  str_field(f, "source", e->source.code);
  str_field(f, "source_country", e->source.country);
  str_field(f, "source_name", e->source.name);
  str_field(f, "target", e->target.code);
  str_field(f, "target_country", e->target.country);
  str_field(f, "target_name", e->target.name);
  str_field(f, "code", e->code);
  line_key(f, "alt", false);
  if (e->alt[0]) line_str(f, e->alt, strlen(e->alt));
  else line_put(f, "null", sizeof "null" - 1);
  str_field(f, "root", e->root);
  line_printf(f, ",\"quad_class\":%d,\"goldstein\":%.1f", e->quad_class, e->goldstein);
  str_field(f, "plover", e->plover);
  line_printf(f, ",\"negated\":%s", e->negated ? "true" : "false");
  line_key(f, "attribution", false);
  if (e->attribution[0]) line_str(f, e->attribution, strlen(e->attribution));
  else line_put(f, "null", sizeof "null" - 1);
  line_key(f, "location", false);
  if (e->location.found) {
    line_putc(f, '{');
    line_key(f, "name", true);
    line_str(f, e->location.name, strlen(e->location.name));
    str_field(f, "country", e->location.country);
    str_field(f, "kind", e->location.kind == DYAD_PLACE_CITY     ? "city"
                         : e->location.kind == DYAD_PLACE_REGION ? "region"
                                                                 : "country");
    if (e->location.has_coords) line_printf(f, ",\"lat\":%.5f,\"lon\":%.5f", e->location.lat, e->location.lon);
    else line_put(f, ",\"lat\":null,\"lon\":null", sizeof ",\"lat\":null,\"lon\":null" - 1);
    span_json(f, "span", e->location.span, false);
    line_putc(f, '}');
  } else {
    line_put(f, "null", sizeof "null" - 1);
  }
  str_field(f, "lang", d->lang);
  line_key(f, "sentence_index", false);
  line_uint(f, e->sentence);
  const dyad_sentence *s = &d->sentences[e->sentence];
  line_key(f, "sentence", false);
  line_str(f, a->text.ptr + s->span.start, s->span.end - s->span.start);
  line_key(f, "evidence", false);
  line_putc(f, '{');
  span_json(f, "source", e->source.span, true);
  span_json(f, "target", e->target.span, false);
  span_json(f, "trigger", e->trigger, false);
  str_field(f, "rule", e->pattern);
  line_put(f, "}}\n", sizeof "}}\n" - 1);
  fwrite(f->p, 1, f->len, stdout);
}

/* GDELT 2.0 event columns (61).  Counts are 1 (one mention in one article;
   `dyad ingest` deduplicates).  The id is a hash of the article key and the
   event's index, stable across runs. */
static void print_event_tsv(const dyad_article *a, const dyad_doc *d, const dyad_event *e, size_t k,
                            const char *added) {
  char id[600], num[32], date[16], url[1024];
  int il = a->id.len ? snprintf(id, sizeof id, "%.*s:%zu", (int)a->id.len, a->id.ptr, k)
                     : snprintf(id, sizeof id, "%.*s#%llu:%zu", (int)a->source.len, a->source.ptr,
                                (unsigned long long)a->index, k);
  uint64_t h = 1469598103934665603ULL;
  for (int i = 0; i < il && i < (int)sizeof id; i++) h = (h ^ (unsigned char)id[i]) * 1099511628211ULL;
  snprintf(num, sizeof num, "%llu", (unsigned long long)(h & 0x1FFFFFFFFFFFFFULL));
  dyad_date_format(&e->date, date);
  if (a->url.len) snprintf(url, sizeof url, "%.*s", (int)a->url.len, a->url.ptr);
  else snprintf(url, sizeof url, "%.*s", (int)a->source.len, a->source.ptr);
  gdelt_event g = {
      .id = num, .date = date,
      .a1 = {e->source.code, e->source.name, e->source.country},
      .a2 = {e->target.code, e->target.name, e->target.country},
      .is_root = d->sentences[e->sentence].paragraph == 0,
      .code = e->code, .root = e->root, .quad_class = e->quad_class, .goldstein = e->goldstein,
      .num_mentions = 1, .num_sources = 1, .num_articles = 1,
      .has_place = e->location.found, .has_coords = e->location.has_coords,
      .geo_type = e->location.kind == DYAD_PLACE_CITY     ? 4
                  : e->location.kind == DYAD_PLACE_REGION ? 5
                                                          : 1,
      .place_name = e->location.name, .place_country = e->location.country,
      .lat = e->location.lat, .lon = e->location.lon, .added = added, .url = url};
  gdelt_write_event(stdout, &g);
}

static int on_article(void *ud, const dyad_article *a) {
  coder_run *r = ud;
  const dyad_doc *d;
  if (dyad_coder_code(r->coder, a, &d) != DYAD_OK) {
    fprintf(stderr, "dyad: %s\n", dyad_coder_errmsg(r->coder));
    r->status = EXIT_INPUT;
    return 0;
  }
  r->n_articles++;
  for (size_t i = 0; i < d->n_events; i++) {
    if (r->o.out == OUT_TSV) print_event_tsv(a, d, &d->events[i], i, r->added);
    else print_event(&r->out, a, d, &d->events[i], i);
  }
  r->n_events += d->n_events;
  return 0;
}

int cmd_code(int argc, char **argv) {
  coder_run r;
  memset(&r, 0, sizeof r);
  char **rest;
  int n_rest, rc = cli_parse(argc, argv, NULL, &r.o, &rest, &n_rest);
  dyad_dict *d = NULL;
  if (rc) goto cleanup;
  if (n_rest) {
    fprintf(stderr, "dyad: unknown option: %s\n", rest[0]);
    rc = EXIT_USAGE;
    goto cleanup;
  }
  if (r.o.out == OUT_CSV) {
    fprintf(stderr, "dyad: code writes JSON Lines or GDELT TSV (--format tsv)\n");
    rc = EXIT_USAGE;
    goto cleanup;
  }
  time_t now = time(NULL);
  struct tm tmv;
  gmtime_r(&now, &tmv);
  strftime(r.added, sizeof r.added, "%Y%m%d%H%M%S", &tmv);
  rc = cli_coder_open(&r.o, &d, &r.coder);
  if (rc) goto cleanup;
  rc = cli_each_article(&r.o, on_article, &r);
  if (!rc) rc = r.status;
  if (!r.o.quiet)
    fprintf(stderr, "dyad: %llu articles, %llu events\n", r.n_articles, r.n_events);
cleanup:
  dyad_coder_free(r.coder);
  free(r.out.p);
  dyad_dict_free(d);
  free(rest);
  free(r.o.paths);
  return rc;
}
