/*
** analyze.c -- the coder object and the text pipeline: language, tokens,
** folded forms and stems, sentences.
**
**   article text --langid--> lang --tokenize--> tokens --fold/stem--> norm, stem
**                                                      --split--> sentences
**
** The text is never rewritten: readers already made it valid UTF-8, and every
** offset points into it.  Normalization (NFC, case and accent folding) is done
** per token into the token's norm, cached by surface form (fold.c).
** Called by embedders and the CLI through dyad_coder_analyze(); later stages
** (actors, events) start from the dyad_doc built here.
*/
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/*
** The coder keeps the label of every actor code it has named, for its whole
** life: a label depends on the dictionary alone, and news names the same
** actors over and over.
**
**   label_index: dyad_map  code -> i      labels[i] -> "Russia government\0"
**                                                      (in label_text)
*/
#define LABEL_CACHE_MAX 65536

struct dyad_coder {
  const dyad_dict *dict;
  dyad_folder *folder;
  dyad_toks toks;
  dyad_sents sents;
  dyad_doc doc;
  dyad_arena arena;     /* per article: mentions, events */
  dyad_map label_index;
  const char **labels;
  size_t n_labels, cap_labels;
  dyad_arena label_text;
  char forced_lang[8];
  char errmsg[DYAD_ERRLEN];
};

int dyad_coder_new(const dyad_dict *d, dyad_coder **out) {
  if (!d || !out) return DYAD_MISUSE;
  dyad_coder *c = dyad_xcalloc(1, sizeof *c);
  c->dict = d;
  c->folder = dyad_folder_new();
  dyad_folder_set_vocab(c->folder, &d->vocab);
  dyad_arena_init(&c->arena, 64 * 1024);
  dyad_map_init(&c->label_index);
  dyad_arena_init(&c->label_text, 16 * 1024);
  *out = c;
  return DYAD_OK;
}

void dyad_coder_free(dyad_coder *c) {
  if (!c) return;
  dyad_folder_free(c->folder);
  dyad_toks_free(&c->toks);
  dyad_sents_free(&c->sents);
  dyad_arena_free(&c->arena);
  dyad_map_free(&c->label_index);
  free(c->labels);
  dyad_arena_free(&c->label_text);
  free(c);
}

int dyad_coder_set_lang(dyad_coder *c, const char *lang) {
  if (!lang || !lang[0]) {
    c->forced_lang[0] = 0;
    return DYAD_OK;
  }
  if (strlen(lang) >= sizeof c->forced_lang) {
    dyad_errf(c->errmsg, "language code '%.16s' is too long", lang);
    return DYAD_MISUSE;
  }
  strcpy(c->forced_lang, lang);
  return DYAD_OK;
}

const char *dyad_coder_errmsg(const dyad_coder *c) { return c ? c->errmsg : ""; }

/* "it-IT", "IT", "ita" -> "it" style two-letter lower case, where possible. */
static void lang_norm(const char *in, char out[8]) {
  size_t i = 0;
  while (in[i] && i < 7 && in[i] != '-' && in[i] != '_') {
    char ch = in[i];
    out[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    i++;
  }
  out[i] = 0;
  if (strcmp(out, "ita") == 0) strcpy(out, "it");
  else if (strcmp(out, "eng") == 0) strcpy(out, "en");
}

static void fold_tokens(dyad_coder *c, const char *text, const char *lang) {
  for (size_t i = 0; i < c->toks.n; i++) {
    dyad_token *k = &c->toks.v[i];
    const char *p = text + k->span.start;
    size_t n = k->span.end - k->span.start;
    dyad_fold_word(c->folder, (k->kind == DYAD_TOK_WORD || k->kind == DYAD_TOK_ELISION) ? lang : "",
                   p, n, &k->norm, &k->stem);
  }
}

int dyad_coder_analyze(dyad_coder *c, const dyad_article *a, const dyad_doc **out) {
  if (!c || !a || !out) return DYAD_MISUSE;
  *out = NULL;
  c->errmsg[0] = 0;
  if (a->text.len > UINT32_MAX) {
    dyad_errf(c->errmsg, "%.*s: article text of %zu bytes is over the 4 GiB limit",
              (int)a->source.len, a->source.ptr, a->text.len);
    return DYAD_TOOBIG;
  }
  dyad_folder_trim(c->folder);
  c->toks.n = 0;
  c->sents.n = 0;
  dyad_doc *d = &c->doc;
  memset(d, 0, sizeof *d);
  d->article = a;
  d->body.start = 0;
  d->body.end = (uint32_t)a->text.len;

  if (c->forced_lang[0]) {
    lang_norm(c->forced_lang, d->lang);
    d->lang_confidence = 1.0f;
    d->lang_source = DYAD_LANG_FORCED;
  } else if (a->lang[0]) {
    lang_norm(a->lang, d->lang);
    d->lang_confidence = 1.0f;
    d->lang_source = DYAD_LANG_DECLARED;
  } else {
    dyad_langid(a->text.ptr, a->text.len, d->lang, &d->lang_confidence);
    d->lang_source = DYAD_LANG_DETECTED;
  }
  const dyad_lang_data *ld = dyad_dict_lang(c->dict, d->lang);
  dyad_tokenize(a->text.ptr, 0, a->text.len, d->lang, ld, &c->toks);
  fold_tokens(c, a->text.ptr, d->lang);
  dyad_split_sentences(a->text.ptr, &c->toks, ld, &c->sents);
  d->tokens = c->toks.v;
  d->n_tokens = c->toks.n;
  d->sentences = c->sents.v;
  d->n_sentences = c->sents.n;
  *out = d;
  return DYAD_OK;
}

/* The label of an actor code, from the coder's cache or made and kept. */
static const char *label_of(dyad_coder *c, const char *code) {
  size_t len = strlen(code);
  const uint32_t *v = dyad_map_get(&c->label_index, code, len);
  if (v) return c->labels[*v];
  char buf[128];
  dyad_dict_label(c->dict, code, buf, sizeof buf);
  bool keep = c->n_labels < LABEL_CACHE_MAX; /* past it, the label lives as long as the article */
  const char *label = dyad_arena_strndup(keep ? &c->label_text : &c->arena, buf, strlen(buf));
  if (keep) {
    if (c->n_labels == c->cap_labels) {
      c->cap_labels = c->cap_labels ? c->cap_labels * 2 : 256;
      c->labels = dyad_xrealloc(c->labels, c->cap_labels * sizeof *c->labels);
    }
    c->labels[c->n_labels] = label;
    dyad_map_put(&c->label_index, code, len, (uint32_t)c->n_labels, NULL, NULL);
    c->n_labels++;
  }
  return label;
}

int dyad_coder_actors(dyad_coder *c, const dyad_article *a, const dyad_doc **out) {
  int rc = dyad_coder_analyze(c, a, out);
  if (rc != DYAD_OK) return rc;
  dyad_arena_reset(&c->arena);
  dyad_mention *m;
  size_t n;
  rc = dyad_find_mentions(&c->arena, c->dict, &c->doc, a->text.ptr, &m, &n);
  /* labels: one per distinct code, shared by its mentions */
  for (size_t i = 0; i < n; i++)
    m[i].label = label_of(c, m[i].code);
  c->doc.mentions = m;
  c->doc.n_mentions = n;
  return rc;
}

int dyad_coder_code(dyad_coder *c, const dyad_article *a, const dyad_doc **out) {
  int rc = dyad_coder_actors(c, a, out);
  if (rc != DYAD_OK) return rc;
  /* quotes first: a first-person act inside a quote is its speaker's */
  dyad_quote *q;
  size_t n;
  rc = dyad_find_quotes(&c->arena, c->dict, &c->doc, &q, &n);
  c->doc.quotes = q;
  c->doc.n_quotes = n;
  if (rc != DYAD_OK) return rc;
  dyad_event *ev;
  rc = dyad_code_events(&c->arena, c->dict, &c->doc, &ev, &n);
  c->doc.events = ev;
  c->doc.n_events = n;
  return rc;
}
