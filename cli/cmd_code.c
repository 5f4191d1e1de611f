/*
** cmd_code.c -- `dyad code`: the streaming coder.  Reads any input the readers
** accept (standard input by default) and writes one JSON object per event.
** Stateless per article, so copies can run side by side on shards.
** --format tsv writes the 61 columns of GDELT 2.0 events instead.
*/
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct coder_run {
  cli_opts o;
  dyad_coder *coder;
  int status;
  unsigned long long n_articles, n_events;
  char added[16];       /* DATEADDED of the TSV output: the run's start, UTC */
} coder_run;

static const char *PREC[] = {"none", "year", "month", "day"};

static void span_json(FILE *f, const char *key, dyad_span s, bool first) {
  out_json_key(f, key, first);
  fprintf(f, "[%u,%u]", s.start, s.end);
}

static void str_field(FILE *f, const char *key, const char *v) {
  out_json_key(f, key, false);
  out_json_str(f, v, strlen(v));
}

static void print_event(const dyad_article *a, const dyad_doc *d, const dyad_event *e, size_t k) {
  FILE *f = stdout;
  char id[512], date[16];
  if (a->id.len) snprintf(id, sizeof id, "%.*s", (int)a->id.len, a->id.ptr);
  else snprintf(id, sizeof id, "%.*s#%llu", (int)a->source.len, a->source.ptr, (unsigned long long)a->index);
  dyad_date_format(&e->date, date);
  fputc('{', f);
  out_json_key(f, "doc_id", true);
  out_json_str(f, id, strlen(id));
  char eid[600];
  int en = snprintf(eid, sizeof eid, "%s:%u:%zu", id, e->sentence, k);
  out_json_key(f, "event_id", false);
  out_json_str(f, eid, en > 0 && (size_t)en < sizeof eid ? (size_t)en : strlen(eid));
  str_field(f, "date", date);
  str_field(f, "date_precision", PREC[e->date.prec <= 3 ? e->date.prec : 0]);
  str_field(f, "source", e->source.code);
  str_field(f, "source_country", e->source.country);
  str_field(f, "source_name", e->source.name);
  str_field(f, "target", e->target.code);
  str_field(f, "target_country", e->target.country);
  str_field(f, "target_name", e->target.name);
  str_field(f, "code", e->code);
  out_json_key(f, "alt", false);
  if (e->alt[0]) out_json_str(f, e->alt, strlen(e->alt));
  else fputs("null", f);
  str_field(f, "root", e->root);
  fprintf(f, ",\"quad_class\":%d,\"goldstein\":%.1f", e->quad_class, e->goldstein);
  str_field(f, "plover", e->plover);
  fprintf(f, ",\"negated\":%s", e->negated ? "true" : "false");
  out_json_key(f, "attribution", false);
  if (e->attribution[0]) out_json_str(f, e->attribution, strlen(e->attribution));
  else fputs("null", f);
  out_json_key(f, "location", false);
  if (e->location.found) {
    fputc('{', f);
    out_json_key(f, "name", true);
    out_json_str(f, e->location.name, strlen(e->location.name));
    str_field(f, "country", e->location.country);
    if (e->location.has_coords) fprintf(f, ",\"lat\":%.5f,\"lon\":%.5f", e->location.lat, e->location.lon);
    else fputs(",\"lat\":null,\"lon\":null", f);
    span_json(f, "span", e->location.span, false);
    fputc('}', f);
  } else {
    fputs("null", f);
  }
  str_field(f, "lang", d->lang);
  fprintf(f, ",\"sentence_index\":%u", e->sentence);
  const dyad_sentence *s = &d->sentences[e->sentence];
  out_json_key(f, "sentence", false);
  out_json_str(f, a->text.ptr + s->span.start, s->span.end - s->span.start);
  out_json_key(f, "evidence", false);
  fputc('{', f);
  span_json(f, "source", e->source.span, true);
  span_json(f, "target", e->target.span, false);
  span_json(f, "trigger", e->trigger, false);
  str_field(f, "rule", e->pattern);
  fputs("}}\n", f);
}

/* One TSV field: tabs and newlines in text become spaces. */
static void tsv_field(FILE *f, const char *s, size_t n, bool last) {
  for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], f);
  fputc(last ? '\n' : '\t', f);
}

static void tsv_str(FILE *f, const char *s) { tsv_field(f, s, strlen(s), false); }

static void tsv_num(FILE *f, int decimals, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*f", decimals, v);
  tsv_str(f, buf);
}

/* The eight geography columns of GDELT: type, full name, country, ADM1,
   ADM2, lat, long, feature id.  Type 1 is a country, 4 a city. */
static void tsv_geo(FILE *f, const dyad_place *p) {
  if (!p || !p->found) {
    for (int i = 0; i < 8; i++) tsv_str(f, "");
    return;
  }
  tsv_str(f, p->has_coords ? "4" : "1");
  tsv_str(f, p->name);
  tsv_str(f, p->country);
  tsv_str(f, "");
  tsv_str(f, "");
  if (p->has_coords) {
    tsv_num(f, 4, p->lat);
    tsv_num(f, 4, p->lon);
  } else {
    tsv_str(f, "");
    tsv_str(f, "");
  }
  tsv_str(f, "");
}

/* An actor's seven GDELT columns after its code: name, country, known group,
   ethnic, religion 1 and 2, type 1 to 3 (the CAMEO role suffix as type 1). */
static void tsv_actor(FILE *f, const dyad_actor_ref *r) {
  tsv_str(f, r->code);
  tsv_str(f, r->name);
  bool org = !strncmp(r->code, "IGO", 3) || !strncmp(r->code, "NGO", 3);
  tsv_str(f, org ? "" : r->country);
  tsv_str(f, org ? r->code + 3 : "");
  tsv_str(f, "");
  tsv_str(f, "");
  tsv_str(f, "");
  size_t n = strlen(r->code);
  tsv_field(f, !org && n > 3 ? r->code + 3 : (org ? "IGO" : ""), !org && n > 3 ? n - 3 : (org ? 3 : 0), false);
  tsv_str(f, "");
  tsv_str(f, "");
}

/* GDELT 2.0 event columns (61).  Counts are 1 (one mention in one article;
   `dyad ingest` deduplicates), tone is not computed (0), country codes are
   ISO alpha-3 (GDELT's geography uses FIPS). */
static void print_event_tsv(const dyad_article *a, const dyad_doc *d, const dyad_event *e, size_t k,
                            const char *added) {
  FILE *f = stdout;
  char id[600], num[64];
  int il = a->id.len ? snprintf(id, sizeof id, "%.*s:%zu", (int)a->id.len, a->id.ptr, k)
                     : snprintf(id, sizeof id, "%.*s#%llu:%zu", (int)a->source.len, a->source.ptr,
                                (unsigned long long)a->index, k);
  uint64_t h = 1469598103934665603ULL;
  for (int i = 0; i < il && i < (int)sizeof id; i++) h = (h ^ (unsigned char)id[i]) * 1099511628211ULL;
  snprintf(num, sizeof num, "%llu", (unsigned long long)(h & 0x1FFFFFFFFFFFFFULL));
  tsv_str(f, num);
  int y = e->date.year, m = e->date.month ? e->date.month : 1, dd = e->date.day ? e->date.day : 1;
  snprintf(num, sizeof num, "%04d%02d%02d", y, m, dd);
  tsv_str(f, y ? num : "");
  snprintf(num, sizeof num, "%04d%02d", y, m);
  tsv_str(f, y ? num : "");
  snprintf(num, sizeof num, "%04d", y);
  tsv_str(f, y ? num : "");
  tsv_num(f, 4, y ? y + ((m - 1) * 30.4 + dd) / 365.0 : 0);
  tsv_actor(f, &e->source);
  tsv_actor(f, &e->target);
  const dyad_sentence *s = &d->sentences[e->sentence];
  tsv_str(f, s->paragraph == 0 ? "1" : "0");
  tsv_str(f, e->code);
  tsv_field(f, e->code, 3, false);
  tsv_str(f, e->root);
  tsv_num(f, 0, e->quad_class);
  tsv_num(f, 1, e->goldstein);
  tsv_str(f, "1");
  tsv_str(f, "1");
  tsv_str(f, "1");
  tsv_str(f, "0");
  tsv_geo(f, NULL);
  tsv_geo(f, NULL);
  tsv_geo(f, &e->location);
  tsv_str(f, added);
  if (a->url.len) tsv_field(f, a->url.ptr, a->url.len, true);
  else tsv_field(f, a->source.ptr, a->source.len, true);
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
    else print_event(a, d, &d->events[i], i);
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
  dyad_dict_free(d);
  free(rest);
  free(r.o.paths);
  return rc;
}
