/*
** cmd_code.c -- `dyad code`: the streaming coder.  Reads any input the readers
** accept (standard input by default) and writes one JSON object per event.
** Stateless per article, so copies can run side by side on shards.
** --format tsv writes the 61 columns of GDELT 2.0 events instead.
*/
#include "cli.h"
#include "gdelt.h"

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
    str_field(f, "kind", e->location.kind == DYAD_PLACE_CITY     ? "city"
                         : e->location.kind == DYAD_PLACE_REGION ? "region"
                                                                 : "country");
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
