/*
** cmd_text.c -- the debug views of the text pipeline: `dyad sentences` and
** `dyad tokens` print what the analyzer sees, and `dyad actors` the actor
** mentions it codes, for a person on a terminal or, with --format jsonl, for a
** program.
*/
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct view {
  cli_opts o;
  dyad_coder *coder;
  int mode;    /* VIEW_* */
  int status;
} view;

enum { VIEW_SENTENCES, VIEW_TOKENS, VIEW_ACTORS, VIEW_QUOTES };

static const char *const KIND[] = {"WORD", "NUM", "PUNCT", "ELIS", "DATE", "SYM"};

static void doc_id(const dyad_article *a, char *buf, size_t n) {
  if (a->id.len) snprintf(buf, n, "%.*s", (int)a->id.len, a->id.ptr);
  else snprintf(buf, n, "%.*s#%llu", (int)a->source.len, a->source.ptr, (unsigned long long)a->index);
}

static void print_sentence_text(view *v, const dyad_article *a, const dyad_doc *d, size_t i) {
  const dyad_sentence *s = &d->sentences[i];
  char id[512];
  doc_id(a, id, sizeof id);
  FILE *f = stdout;
  if (v->o.out == OUT_JSONL) {
    fputc('{', f);
    out_json_key(f, "doc_id", true);
    out_json_str(f, id, strlen(id));
    out_json_key(f, "lang", false);
    out_json_str(f, d->lang, strlen(d->lang));
    fprintf(f, ",\"index\":%zu,\"paragraph\":%u,\"start\":%u,\"end\":%u", i, s->paragraph,
            s->span.start, s->span.end);
    out_json_key(f, "caption", false);
    fputs(s->flags & DYAD_SF_CAPTION ? "true" : "false", f);
    out_json_key(f, "dateline", false);
    if (s->flags & DYAD_SF_DATELINE)
      out_json_str(f, a->text.ptr + s->dateline.start, s->dateline.end - s->dateline.start);
    else
      fputs("null", f);
    out_json_key(f, "text", false);
    out_json_str(f, a->text.ptr + s->span.start, s->span.end - s->span.start);
    fputs("}\n", f);
  } else {
    fprintf(f, "%s %zu [%u-%u]%s ", id, i, s->span.start, s->span.end,
            s->flags & DYAD_SF_CAPTION ? " caption" : "");
    out_plain(f, a->text.ptr + s->span.start, s->span.end - s->span.start);
    fputc('\n', f);
  }
}

static void print_tokens(view *v, const dyad_article *a, const dyad_doc *d) {
  char id[512];
  doc_id(a, id, sizeof id);
  FILE *f = stdout;
  for (size_t i = 0; i < d->n_tokens; i++) {
    const dyad_token *k = &d->tokens[i];
    const char *p = a->text.ptr + k->span.start;
    size_t n = k->span.end - k->span.start;
    const char *kind = k->kind < 6 ? KIND[k->kind] : "?";
    if (v->o.out == OUT_JSONL) {
      fputc('{', f);
      out_json_key(f, "doc_id", true);
      out_json_str(f, id, strlen(id));
      fprintf(f, ",\"sentence\":%u,\"index\":%zu,\"start\":%u,\"end\":%u", k->sentence, i,
              k->span.start, k->span.end);
      out_json_key(f, "kind", false);
      out_json_str(f, kind, strlen(kind));
      out_json_key(f, "text", false);
      out_json_str(f, p, n);
      out_json_key(f, "norm", false);
      out_json_str(f, k->norm, strlen(k->norm));
      out_json_key(f, "stem", false);
      out_json_str(f, k->stem, strlen(k->stem));
      fputs("}\n", f);
    } else {
      fprintf(f, "%u\t%u-%u\t%s\t", k->sentence, k->span.start, k->span.end, kind);
      out_plain(f, p, n);
      fprintf(f, "\t%s\t%s\n", k->norm, k->stem);
    }
  }
}

static void print_mentions(view *v, const dyad_article *a, const dyad_doc *d) {
  char id[512];
  doc_id(a, id, sizeof id);
  FILE *f = stdout;
  for (size_t i = 0; i < d->n_mentions; i++) {
    const dyad_mention *m = &d->mentions[i];
    const char *p = a->text.ptr + m->span.start;
    size_t n = m->span.end - m->span.start;
    if (v->o.out == OUT_JSONL) {
      fputc('{', f);
      out_json_key(f, "doc_id", true);
      out_json_str(f, id, strlen(id));
      fprintf(f, ",\"sentence\":%u,\"start\":%u,\"end\":%u", m->sentence, m->span.start, m->span.end);
      out_json_key(f, "code", false);
      out_json_str(f, m->code, strlen(m->code));
      out_json_key(f, "country", false);
      out_json_str(f, m->country, strlen(m->country));
      out_json_key(f, "name", false);
      out_json_str(f, m->name, strlen(m->name));
      out_json_key(f, "label", false);
      out_json_str(f, m->label ? m->label : "", m->label ? strlen(m->label) : 0);
      out_json_key(f, "text", false);
      out_json_str(f, p, n);
      fprintf(f, ",\"flags\":%u}\n", m->flags);
    } else {
      fprintf(f, "%s\t%u\t%u-%u\t%-10s %-4s ", id, m->sentence, m->span.start, m->span.end,
              m->code, m->country);
      out_plain(f, p, n);
      fprintf(f, "\t(%s)\n", m->name);
    }
  }
}

static void print_quotes(view *v, const dyad_article *a, const dyad_doc *d) {
  char id[512];
  doc_id(a, id, sizeof id);
  FILE *f = stdout;
  for (size_t i = 0; i < d->n_quotes; i++) {
    const dyad_quote *q = &d->quotes[i];
    const dyad_mention *sp = q->speaker >= 0 ? &d->mentions[q->speaker] : NULL;
    if (v->o.out == OUT_JSONL) {
      fputc('{', f);
      out_json_key(f, "doc_id", true);
      out_json_str(f, id, strlen(id));
      fprintf(f, ",\"sentence\":%u,\"start\":%u,\"end\":%u", q->sentence, q->span.start, q->span.end);
      out_json_key(f, "speaker", false);
      if (sp) out_json_str(f, sp->code, strlen(sp->code));
      else fputs("null", f);
      out_json_key(f, "speaker_name", false);
      if (sp) out_json_str(f, sp->name, strlen(sp->name));
      else fputs("null", f);
      out_json_key(f, "speaker_text", false);
      if (sp) out_json_str(f, a->text.ptr + sp->span.start, sp->span.end - sp->span.start);
      else fputs("null", f);
      out_json_key(f, "text", false);
      out_json_str(f, a->text.ptr + q->span.start, q->span.end - q->span.start);
      fputs("}\n", f);
    } else {
      fprintf(f, "%s\t%u\t%-10s ", id, q->sentence, sp ? sp->code : "?");
      out_plain(f, a->text.ptr + q->span.start, q->span.end - q->span.start);
      fputc('\n', f);
    }
  }
}

static int on_article(void *ud, const dyad_article *a) {
  view *v = ud;
  const dyad_doc *d;
  int rc = v->mode == VIEW_QUOTES   ? dyad_coder_code(v->coder, a, &d)
           : v->mode == VIEW_ACTORS ? dyad_coder_actors(v->coder, a, &d)
                                    : dyad_coder_analyze(v->coder, a, &d);
  if (rc != DYAD_OK) {
    fprintf(stderr, "dyad: %s\n", dyad_coder_errmsg(v->coder));
    v->status = EXIT_INPUT;
    return 0;
  }
  if (v->mode == VIEW_TOKENS) print_tokens(v, a, d);
  else if (v->mode == VIEW_ACTORS) print_mentions(v, a, d);
  else if (v->mode == VIEW_QUOTES) print_quotes(v, a, d);
  else
    for (size_t i = 0; i < d->n_sentences; i++) print_sentence_text(v, a, d, i);
  return 0;
}

static int run(int argc, char **argv, int mode) {
  view v;
  memset(&v, 0, sizeof v);
  v.mode = mode;
  char **rest;
  /* The database options of `dyad actors` / `dyad quotes` (cmd_query.c). */
  static const char *const db_opts[] = {"--db", "--source", "--target", "--actor", "--speaker",
                                        "--text", "--limit", "--offset", NULL};
  int db_view = mode == VIEW_ACTORS || mode == VIEW_QUOTES;
  int n_rest, rc = cli_parse(argc, argv, db_view ? db_opts : NULL, &v.o, &rest, &n_rest);
  dyad_dict *d = NULL;
  if (rc) goto cleanup;
  if (db_view && (!v.o.paths_given || n_rest)) {
    /* No input files: the question is for the database. */
    free(rest);
    free(v.o.paths);
    return mode == VIEW_ACTORS ? cmd_db_actors(argc, argv) : cmd_db_quotes(argc, argv);
  }
  if (n_rest) {
    fprintf(stderr, "dyad: unknown option: %s\n", rest[0]);
    rc = EXIT_USAGE;
    goto cleanup;
  }
  rc = cli_coder_open(&v.o, &d, &v.coder);
  if (rc) goto cleanup;
  rc = cli_each_article(&v.o, on_article, &v);
  if (!rc) rc = v.status;
cleanup:
  dyad_coder_free(v.coder);
  dyad_dict_free(d);
  free(rest);
  free(v.o.paths);
  return rc;
}

int cmd_sentences(int argc, char **argv) { return run(argc, argv, VIEW_SENTENCES); }
int cmd_tokens(int argc, char **argv) { return run(argc, argv, VIEW_TOKENS); }
int cmd_actors(int argc, char **argv) { return run(argc, argv, VIEW_ACTORS); }
int cmd_quotes(int argc, char **argv) { return run(argc, argv, VIEW_QUOTES); }
