/*
** cmd_eval.c -- `dyad eval GOLD.jsonl...`: scores the coder against gold
** excerpts (the format of tests/gold/events-*.jsonl) and prints precision,
** recall and F1 per language, overall, and per CAMEO root.
**
** Matching follows the coding rules: an event is (excerpt, source country,
** target country, CAMEO root); a gold event's alt code counts as the same
** event; each gold event matches at most one prediction; predictions are
** unique per excerpt.  --verbose prints every miss and every false alarm.
**
** On the matched events it also scores what the gold states about them: the
** date (a gold event's "date", compared as written: day, month or year) and
** the place (a gold event's "place": {"name": the words of the excerpt,
** "country": alpha-3}, or null when the excerpt names none): the share with
** the same country, and with the place words found where the coder put its
** place.
*/
#include "cli.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EV 256

typedef struct key {
  char src[8], tgt[8], root[3], alt_root[3];
  char date[16];            /* "" when the gold states none */
  int place;                /* gold: 0 not stated, 1 a place, 2 null; pred: 0/1 */
  char place_country[8];
  char place_text[96];      /* gold: the words; pred: the text under the place's span */
} key;

/* What the matched events got right beyond their key. */
typedef struct detail {
  long dates, dates_ok, dates_coarse; /* coarse: right, at a lower precision */
  long places, places_country, places_name;
} detail;

/* Scores the date and the place of a prediction matched to a gold event. */
static void score_detail(const key *g, const key *p, detail *d, bool verbose, const char *id) {
  if (g->date[0]) {
    d->dates++;
    size_t pl = strlen(p->date);
    if (!strcmp(g->date, p->date)) d->dates_ok++;
    else if (pl && pl < strlen(g->date) && !strncmp(g->date, p->date, pl)) d->dates_coarse++;
    if (strcmp(g->date, p->date) && verbose) printf("  date        %s: %s %s %s: %s, gold %s\n", id, g->src, g->tgt, g->root, p->date[0] ? p->date : "none", g->date);
  }
  if (g->place) {
    d->places++;
    bool country = g->place == 2 ? !p->place : p->place && !strcmp(g->place_country, p->place_country);
    bool name = g->place == 2 ? !p->place : p->place && strcasestr(p->place_text, g->place_text) != NULL;
    d->places_country += country;
    d->places_name += name;
    if (verbose && !(country && name))
      printf("  place       %s: %s %s %s: %s (%s), gold %s (%s)\n", id, g->src, g->tgt, g->root,
             p->place ? p->place_text : "none", p->place_country, g->place == 2 ? "none" : g->place_text, g->place_country);
  }
}

typedef struct score {
  char lang[8];
  long tp, fp, fn, docs;
} score;

static score *lang_score(score *v, int *n, const char *lang) {
  for (int i = 0; i < *n; i++)
    if (!strcmp(v[i].lang, lang)) return &v[i];
  if (*n >= 15) return &v[15];
  score *s = &v[(*n)++];
  memset(s, 0, sizeof *s);
  snprintf(s->lang, sizeof s->lang, "%s", lang);
  return s;
}

/* The index of a two-digit root code, 0 when it is not 01..20. */
static int root_index(const char *root) {
  int r = (root[0] >= '0' && root[0] <= '9' && root[1] >= '0' && root[1] <= '9') ? (root[0] - '0') * 10 + root[1] - '0' : 0;
  return r >= 1 && r <= 20 ? r : 0;
}

static void print_score(const char *name, const score *s) {
  double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
  double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  printf("eval: %-28s %-3s items %6ld  gold %4ld  predicted %4ld  P %.3f  R %.3f  F1 %.3f\n",
         name, s->lang, s->docs, s->tp + s->fn, s->tp + s->fp, p, r, f);
}

static const char *jstr(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_string(v) ? json_string_value(v) : "";
}

/* Actor mentions: gold spans are found by searching each mention's text in
   order; a prediction matches an unused gold mention it overlaps with the same
   country.  Exact code agreement is counted too. */
static void score_mentions(json_t *j, const char *text, const dyad_doc *doc, score *s, long *code_ok,
                           bool verbose, const char *id) {
  json_t *ms = json_object_get(j, "mentions");
  size_t n = json_array_size(ms), from = 0;
  dyad_span *gs = calloc(n + 1, sizeof *gs);
  bool *used = calloc(n + 1, sizeof *used);
  for (size_t i = 0; i < n; i++) {
    const char *t = jstr(json_array_get(ms, i), "text");
    size_t tl = strlen(t);
    const char *hit = *t ? strstr(text + from, t) : NULL;
    /* whole words only: "Japan" is not the start of "Japanese" */
    while (hit && ((hit > text && isalnum((unsigned char)hit[-1]) && isalnum((unsigned char)t[0])) ||
                   (isalnum((unsigned char)t[tl - 1]) && isalnum((unsigned char)hit[tl]))))
      hit = strstr(hit + 1, t);
    if (!hit) { gs[i].start = gs[i].end = UINT32_MAX; continue; }
    gs[i].start = (uint32_t)(hit - text);
    gs[i].end = gs[i].start + (uint32_t)tl;
    from = gs[i].end; /* gold mentions do not overlap: the next one is after */
  }
  for (size_t k = 0; k < doc->n_mentions; k++) {
    const dyad_mention *m = &doc->mentions[k];
    if (m->flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)) continue; /* a place, a thing's origin: no actor */
    size_t hit = n;
    for (size_t i = 0; i < n && hit == n; i++)
      if (!used[i] && gs[i].start < m->span.end && m->span.start < gs[i].end &&
          !strcmp(jstr(json_array_get(ms, i), "country"), m->country))
        hit = i;
    if (hit < n) {
      used[hit] = true;
      s->tp++;
      if (!strcmp(jstr(json_array_get(ms, hit), "code"), m->code)) (*code_ok)++;
    } else {
      s->fp++;
      if (verbose)
        printf("  false alarm %s: %.*s %s\n", id, (int)(m->span.end - m->span.start), text + m->span.start, m->code);
    }
  }
  for (size_t i = 0; i < n; i++)
    if (!used[i]) {
      s->fn++;
      if (verbose)
        printf("  missed      %s: %s %s\n", id, jstr(json_array_get(ms, i), "text"), jstr(json_array_get(ms, i), "code"));
    }
  free(gs);
  free(used);
}

int cmd_eval(int argc, char **argv) {
  cli_opts o;
  char **rest;
  int n_rest, rc = cli_parse(argc, argv, NULL, &o, &rest, &n_rest);
  bool verbose = false;
  for (int i = 0; i < n_rest; i++) {
    if (!strcmp(rest[i], "--verbose") || !strcmp(rest[i], "-v")) verbose = true;
    else {
      fprintf(stderr, "dyad: unknown option: %s\n", rest[i]);
      rc = EXIT_USAGE;
    }
  }
  dyad_dict *d = NULL;
  dyad_coder *c = NULL;
  if (rc) goto cleanup;
  if (o.n_paths == 1 && !strcmp(o.paths[0], "-")) {
    fprintf(stderr, "dyad: eval needs gold files (JSON Lines with \"events\")\n");
    rc = EXIT_USAGE;
    goto cleanup;
  }
  rc = cli_coder_open(&o, &d, &c);
  if (rc) goto cleanup;
  for (int f = 0; f < o.n_paths; f++) {
    FILE *in = fopen(o.paths[f], "rb");
    if (!in) {
      fprintf(stderr, "dyad: %s: cannot open\n", o.paths[f]);
      rc = EXIT_INPUT;
      continue;
    }
    score by_lang[16], by_root[21]; /* by_root[0]: a root that is not 01..20 */
    memset(by_root, 0, sizeof by_root);
    int n_lang = 0;
    long code_ok = 0;
    detail det;
    memset(&det, 0, sizeof det);
    bool actors = false;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &cap, in)) > 0) {
      lineno++;
      json_error_t jerr;
      json_t *j = json_loadb(line, (size_t)len, 0, &jerr);
      if (!j || !json_is_object(j)) {
        if (len > 1) fprintf(stderr, "dyad: %s: line %ld: %s\n", o.paths[f], lineno, j ? "not an object" : jerr.text);
        json_decref(j);
        continue;
      }
      const char *text = jstr(j, "text"), *lang = jstr(j, "lang");
      dyad_article a;
      memset(&a, 0, sizeof a);
      a.text.ptr = text;
      a.text.len = strlen(text);
      a.id.ptr = jstr(j, "id");
      a.id.len = strlen(a.id.ptr);
      a.url.ptr = a.title.ptr = "";
      a.source.ptr = o.paths[f];
      a.source.len = strlen(o.paths[f]);
      snprintf(a.lang, sizeof a.lang, "%s", lang);
      const char *ds = jstr(j, "date");
      dyad_date_parse(ds, strlen(ds), &a.date);
      const dyad_doc *doc;
      if (json_object_get(j, "mentions")) {
        actors = true;
        score *s = lang_score(by_lang, &n_lang, lang[0] ? lang : "?");
        s->docs++;
        if (dyad_coder_actors(c, &a, &doc) == DYAD_OK) score_mentions(j, text, doc, s, &code_ok, verbose, a.id.ptr);
        json_decref(j);
        continue;
      }
      key gold[MAX_EV], pred[MAX_EV];
      bool used[MAX_EV] = {false};
      int ng = 0, np = 0;
      json_t *evs = json_object_get(j, "events");
      size_t gi;
      json_t *ge;
      json_array_foreach(evs, gi, ge) {
        if (ng == MAX_EV) break;
        key *k = &gold[ng++];
        memset(k, 0, sizeof *k);
        snprintf(k->src, sizeof k->src, "%s", jstr(ge, "source"));
        snprintf(k->tgt, sizeof k->tgt, "%s", jstr(ge, "target"));
        snprintf(k->root, sizeof k->root, "%.2s", jstr(ge, "code"));
        snprintf(k->alt_root, sizeof k->alt_root, "%.2s", jstr(ge, "alt"));
        snprintf(k->date, sizeof k->date, "%s", jstr(ge, "date"));
        json_t *pl = json_object_get(ge, "place");
        if (json_is_object(pl)) {
          k->place = 1;
          snprintf(k->place_country, sizeof k->place_country, "%s", jstr(pl, "country"));
          snprintf(k->place_text, sizeof k->place_text, "%s", jstr(pl, "name"));
        } else if (json_is_null(pl)) {
          k->place = 2;
        }
      }
      if (dyad_coder_code(c, &a, &doc) == DYAD_OK) {
        for (size_t i = 0; i < doc->n_events && np < MAX_EV; i++) {
          const dyad_event *e = &doc->events[i];
          key k;
          memset(&k, 0, sizeof k);
          snprintf(k.src, sizeof k.src, "%s", e->source.country);
          snprintf(k.tgt, sizeof k.tgt, "%s", e->target.country);
          snprintf(k.root, sizeof k.root, "%s", e->root);
          if (e->date.prec != DYAD_DATE_NONE) dyad_date_format(&e->date, k.date);
          if (e->location.found) {
            k.place = 1;
            snprintf(k.place_country, sizeof k.place_country, "%s", e->location.country);
            snprintf(k.place_text, sizeof k.place_text, "%.*s", (int)(e->location.span.end - e->location.span.start),
                     text + e->location.span.start);
          }
          bool dup = false;
          for (int q = 0; q < np; q++)
            if (!strcmp(pred[q].src, k.src) && !strcmp(pred[q].tgt, k.tgt) && !strcmp(pred[q].root, k.root)) dup = true;
          if (!dup) pred[np++] = k;
        }
      }
      score *s = lang_score(by_lang, &n_lang, lang[0] ? lang : "?");
      s->docs++;
      for (int p = 0; p < np; p++) {
        int hit = -1;
        for (int g = 0; g < ng && hit < 0; g++)
          if (!used[g] && !strcmp(gold[g].src, pred[p].src) && !strcmp(gold[g].tgt, pred[p].tgt) &&
              (!strcmp(gold[g].root, pred[p].root) || !strcmp(gold[g].alt_root, pred[p].root)))
            hit = g;
        if (hit >= 0) {
          used[hit] = true;
          s->tp++;
          by_root[root_index(gold[hit].root)].tp++;
          score_detail(&gold[hit], &pred[p], &det, verbose, a.id.ptr);
        } else {
          s->fp++;
          by_root[root_index(pred[p].root)].fp++;
          if (verbose) printf("  false alarm %s: %s %s %s\n", a.id.ptr, pred[p].src, pred[p].tgt, pred[p].root);
        }
      }
      for (int g = 0; g < ng; g++)
        if (!used[g]) {
          s->fn++;
          by_root[root_index(gold[g].root)].fn++;
          if (verbose) printf("  missed      %s: %s %s %s\n", a.id.ptr, gold[g].src, gold[g].tgt, gold[g].root);
        }
      json_decref(j);
    }
    free(line);
    fclose(in);
    const char *base = strrchr(o.paths[f], '/');
    base = base ? base + 1 : o.paths[f];
    score all;
    memset(&all, 0, sizeof all);
    snprintf(all.lang, sizeof all.lang, "all");
    for (int i = 0; i < n_lang; i++) {
      print_score(base, &by_lang[i]);
      all.tp += by_lang[i].tp;
      all.fp += by_lang[i].fp;
      all.fn += by_lang[i].fn;
      all.docs += by_lang[i].docs;
    }
    if (n_lang > 1) print_score(base, &all);
    for (int r = 1; r <= 20 && !actors; r++) {
      const score *x = &by_root[r];
      if (!x->tp && !x->fp && !x->fn) continue;
      double p = x->tp + x->fp ? (double)x->tp / (double)(x->tp + x->fp) : 0;
      double rr = x->tp + x->fn ? (double)x->tp / (double)(x->tp + x->fn) : 0;
      printf("eval: %-28s root %02d  gold %4ld  predicted %4ld  P %.3f  R %.3f  F1 %.3f\n", base, r,
             x->tp + x->fn, x->tp + x->fp, p, rr, p + rr > 0 ? 2 * p * rr / (p + rr) : 0);
    }
    if (det.dates)
      printf("eval: %-28s     dates of matched events: %ld stated, %.3f the same, %.3f right at a coarser precision\n",
             base, det.dates, (double)det.dates_ok / (double)det.dates, (double)det.dates_coarse / (double)det.dates);
    if (det.places)
      printf("eval: %-28s     places of matched events: %ld stated, country %.3f, place words %.3f\n", base,
             det.places, (double)det.places_country / (double)det.places, (double)det.places_name / (double)det.places);
    if (actors && all.tp)
      printf("eval: %-28s     matched mentions with the exact CAMEO code: %.3f\n", base,
             (double)code_ok / (double)all.tp);
  }
cleanup:
  dyad_coder_free(c);
  dyad_dict_free(d);
  free(rest);
  free(o.paths);
  return rc;
}
