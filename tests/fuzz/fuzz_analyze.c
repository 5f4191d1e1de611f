/*
** fuzz_analyze.c -- libFuzzer target: the input as an article's text, through
** dyad_coder_code (analysis, actor mentions, events, quotes, places).
**
** The text is made valid UTF-8 first (as every reader does), the language is
** forced from the first byte (even: "it", odd: "en") and the date chosen by
** the second (none, a year, a day), so that person roles are looked up.
** Checked after every call:
**   - tokens: non-empty spans inside the text, in order, not overlapping;
**     norm and stem set; a valid kind; a sentence index whose token range
**     holds the token and whose span holds its bytes;
**   - sentences: spans inside the text, in order, not overlapping; token
**     ranges in order and within the tokens; a dateline inside its sentence;
**   - mentions: in text order, each inside its sentence's span and token
**     range, with code, country and name set;
**   - the forced language is the document's, with source DYAD_LANG_FORCED.
** Determinism: the same text analyzed again (after another article on the
** same coder) gives the same tokens, sentences and mentions, and plain
** dyad_coder_analyze gives the same tokens and sentences.
*/
#include "dyad.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(c)                                                                  \
  do {                                                                            \
    if (!(c)) {                                                                   \
      fprintf(stderr, "invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);  \
      abort();                                                                    \
    }                                                                             \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_dict *dict;
static dyad_coder *coder;

static void setup(void) {
  char err[DYAD_ERRLEN];
  if (dyad_dict_load(NULL, &dict, err) != DYAD_OK) {
    fprintf(stderr, "fuzz_analyze: cannot load the built-in dictionaries: %s\n", err);
    abort();
  }
  CHECK(dyad_coder_new(dict, &coder) == DYAD_OK);
}

static uint64_t mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

static uint64_t mix_str(uint64_t h, const char *s) {
  return mix(h, s, strlen(s) + 1);
}

static int inside(dyad_span in, dyad_span outer) {
  return in.start >= outer.start && in.end <= outer.end;
}

/* Checks the invariants of d over text; returns digests of the analysis
   (tokens and sentences) and of the mentions. */
static void check_doc(const dyad_doc *d, const dyad_article *a, const char *lang,
                      uint64_t *h_text, uint64_t *h_ment) {
  const uint32_t len = (uint32_t)a->text.len;
  uint64_t h = 14695981039346656037ull, hm = h;
  CHECK(d != NULL);
  CHECK(d->article == a);
  CHECK(strcmp(d->lang, lang) == 0);
  CHECK(d->lang_source == DYAD_LANG_FORCED);
  CHECK(d->body.start <= d->body.end && d->body.end <= len);
  CHECK(d->n_sentences == 0 || d->sentences != NULL);
  CHECK(d->n_tokens == 0 || d->tokens != NULL);
  CHECK(d->n_mentions == 0 || d->mentions != NULL);

  for (size_t i = 0; i < d->n_sentences; i++) {
    const dyad_sentence *s = &d->sentences[i];
    CHECK(s->span.start <= s->span.end && s->span.end <= len);
    CHECK(s->tok_begin <= s->tok_end && s->tok_end <= d->n_tokens);
    if (i > 0) {
      const dyad_sentence *p = &d->sentences[i - 1];
      CHECK(s->span.start >= p->span.end);
      CHECK(s->tok_begin >= p->tok_end);
      CHECK(s->paragraph >= p->paragraph);
    }
    if (s->flags & DYAD_SF_DATELINE) {
      CHECK(s->dateline.start <= s->dateline.end);
      CHECK(inside(s->dateline, s->span));
    }
    h = mix(h, &s->span, sizeof s->span);
    h = mix(h, &s->tok_begin, sizeof s->tok_begin);
    h = mix(h, &s->tok_end, sizeof s->tok_end);
    h = mix(h, &s->flags, sizeof s->flags);
  }

  for (size_t i = 0; i < d->n_tokens; i++) {
    const dyad_token *k = &d->tokens[i];
    CHECK(k->span.start < k->span.end && k->span.end <= len);
    if (i > 0) CHECK(k->span.start >= d->tokens[i - 1].span.end);
    CHECK(k->norm != NULL && k->stem != NULL);
    CHECK(k->kind <= DYAD_TOK_SYMBOL);
    CHECK(k->sentence < d->n_sentences);
    const dyad_sentence *s = &d->sentences[k->sentence];
    CHECK(s->tok_begin <= i && i < s->tok_end);
    CHECK(inside(k->span, s->span));
    h = mix(h, &k->span, sizeof k->span);
    h = mix(h, &k->kind, sizeof k->kind);
    h = mix(h, &k->flags, sizeof k->flags);
    h = mix_str(h, k->norm);
    h = mix_str(h, k->stem);
  }

  for (size_t i = 0; i < d->n_mentions; i++) {
    const dyad_mention *m = &d->mentions[i];
    CHECK(m->span.start < m->span.end && m->span.end <= len);
    if (i > 0) CHECK(m->span.start >= d->mentions[i - 1].span.start);
    CHECK(m->sentence < d->n_sentences);
    const dyad_sentence *s = &d->sentences[m->sentence];
    CHECK(inside(m->span, s->span));
    CHECK(m->tok_begin < m->tok_end);
    CHECK(m->tok_begin >= s->tok_begin && m->tok_end <= s->tok_end);
    CHECK(m->code != NULL && m->country != NULL && m->name != NULL);
    hm = mix(hm, &m->span, sizeof m->span);
    hm = mix(hm, &m->tok_begin, sizeof m->tok_begin);
    hm = mix(hm, &m->tok_end, sizeof m->tok_end);
    hm = mix_str(hm, m->code);
    hm = mix_str(hm, m->country);
    hm = mix(hm, &m->flags, sizeof m->flags);
  }
  /* events and quotes: evidence inside the text, codes well formed */
  for (size_t i = 0; i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    CHECK(e->sentence < d->n_sentences);
    CHECK(e->source.span.end <= len && e->target.span.end <= len && e->trigger.end <= len);
    CHECK(e->trigger.start < e->trigger.end);
    CHECK(e->code && strlen(e->code) >= 3 && strlen(e->code) <= 4 && !strncmp(e->code, e->root, 2));
    CHECK(e->quad_class >= 1 && e->quad_class <= 4);
    CHECK(e->goldstein >= -10 && e->goldstein <= 10);
    /* a domestic event joins two different actors of one country */
    CHECK(strcmp(e->source.code, e->target.code) != 0);
    CHECK(!e->location.found || e->location.span.end <= len);
    hm = mix(hm, &e->trigger, sizeof e->trigger);
    hm = mix_str(hm, e->code);
  }
  for (size_t i = 0; i < d->n_quotes; i++) {
    const dyad_quote *q = &d->quotes[i];
    CHECK(q->span.start <= q->span.end && q->span.end <= len);
    CHECK(q->speaker < (int)d->n_mentions);
  }
  *h_text = h;
  *h_ment = hm;
}

static void set_article(dyad_article *a, const char *text, size_t len, uint8_t date_sel) {
  memset(a, 0, sizeof *a);
  a->id.ptr = a->url.ptr = a->title.ptr = "";
  a->source.ptr = "fuzz";
  a->source.len = 4;
  a->text.ptr = text;
  a->text.len = len;
  a->format = DYAD_FORMAT_TEXT;
  a->line = 1;
  switch (date_sel % 3) {
    case 1: dyad_date_parse("2005", 4, &a->date); break;
    case 2: dyad_date_parse("2023-06-15", 10, &a->date); break;
    default: break; /* unknown date */
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dict) setup();
  const char *lang = size > 0 && (data[0] & 1) == 0 ? "it" : "en";
  const char *other = lang[0] == 'i' ? "en" : "it";
  uint8_t date_sel = size > 1 ? data[1] : 0;

  dyad_buf text = DYAD_BUF_INIT;
  dyad_utf8_repair((const char *)data, size, &text);
  CHECK(dyad_utf8_valid(text.ptr, text.len));

  dyad_article a;
  set_article(&a, text.ptr, text.len, date_sel);
  const dyad_doc *d = NULL;
  uint64_t t1, m1, t2, m2, t3, m3;

  CHECK(dyad_coder_set_lang(coder, lang) == DYAD_OK);
  CHECK(dyad_coder_code(coder, &a, &d) == DYAD_OK);
  check_doc(d, &a, lang, &t1, &m1);

  /* Another article in the other language in between must leave no trace. */
  static const char BETWEEN[] = "Il presidente russo Vladimir Putin ha ricevuto a Mosca il "
                                "ministro degli Esteri cinese. The U.S. envoy met NATO allies.";
  dyad_article b;
  set_article(&b, BETWEEN, sizeof BETWEEN - 1, 2);
  CHECK(dyad_coder_set_lang(coder, other) == DYAD_OK);
  CHECK(dyad_coder_code(coder, &b, &d) == DYAD_OK);
  check_doc(d, &b, other, &t3, &m3);

  CHECK(dyad_coder_set_lang(coder, lang) == DYAD_OK);
  CHECK(dyad_coder_code(coder, &a, &d) == DYAD_OK);
  check_doc(d, &a, lang, &t2, &m2);
  CHECK(t1 == t2);
  CHECK(m1 == m2);

  /* Analysis alone: the same tokens and sentences, no mentions required. */
  CHECK(dyad_coder_analyze(coder, &a, &d) == DYAD_OK);
  check_doc(d, &a, lang, &t3, &m3);
  CHECK(t1 == t3);

  dyad_buf_free(&text);
  return 0;
}
