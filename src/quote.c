/*
** quote.c -- direct quotations and their speakers.
**
** A quote runs from an opening mark (“ « „ or a straight ") to its closing
** mark, across sentences if it must.  Its speaker is the actor next to a verb
** of reported speech (data/lang: speech) around it:
**     "…", ha detto Putin        «…» – ha dichiarato il portavoce –
**     Putin ha detto: "…"        "…," the minister said.
** or inside it, between dashes ("Crediamo - ha dichiarato Miller - che…").
** A quote without such a verb and actor keeps speaker -1: no guessing.
** Called by analyze.c (dyad_coder_code).
*/
#include "internal.h"

#include <string.h>

#define SPEAKER_WINDOW 8

static bool is_open(const dyad_token *k) {
  return !strcmp(k->norm, "\xE2\x80\x9C") || !strcmp(k->norm, "\xC2\xAB") || !strcmp(k->norm, "\xE2\x80\x9E");
}

static bool is_close(const dyad_token *k) {
  return !strcmp(k->norm, "\xE2\x80\x9D") || !strcmp(k->norm, "\xC2\xBB");
}

static bool speech(const dyad_lang_data *ld, const dyad_token *k) {
  return ld && dyad_map_get(&ld->speech, k->norm, strlen(k->norm)) != NULL;
}

static int mention_at(const dyad_doc *doc, uint32_t tok) {
  for (size_t m = 0; m < doc->n_mentions; m++)
    if (doc->mentions[m].tok_begin <= tok && tok < doc->mentions[m].tok_end) return (int)m;
  return -1;
}

/* A speech verb in [from, to) with an actor right after it (or right before
   it): the actor's mention, else -1. */
static int speaker_in(const dyad_doc *doc, const dyad_lang_data *ld, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to && i < doc->n_tokens; i++) {
    if (!speech(ld, &doc->tokens[i])) continue;
    for (uint32_t j = i + 1; j < to && j < doc->n_tokens && j <= i + 3; j++) {
      int m = mention_at(doc, j);
      if (m >= 0) return m;
    }
    for (uint32_t j = i; j > from && j + 3 > i; j--) {
      int m = mention_at(doc, j - 1);
      if (m >= 0) return m;
    }
  }
  return -1;
}

int dyad_find_quotes(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                     dyad_quote **out, size_t *n_out) {
  const dyad_lang_data *ld = dyad_dict_lang(d, doc->lang);
  const dyad_token *t = doc->tokens;
  size_t cap = 16, n = 0;
  dyad_quote *q = dyad_arena_alloc(arena, cap * sizeof *q);
  for (uint32_t i = 0; i < doc->n_tokens; i++) {
    if (!is_open(&t[i]) && strcmp(t[i].norm, "\"") != 0) continue;
    uint32_t j = i + 1;
    /* news mixes marks ("Crediamo ... russa”): any closing mark ends it */
    while (j < doc->n_tokens && !is_close(&t[j]) && strcmp(t[j].norm, "\"") != 0) j++;
    if (j >= doc->n_tokens) break;
    if (j - i < 4) { /* a word in quotes ("upgrade"), not a quotation */
      i = j;
      continue;
    }
    if (n == cap) {
      dyad_quote *bigger = dyad_arena_alloc(arena, 2 * cap * sizeof *q);
      memcpy(bigger, q, cap * sizeof *q);
      q = bigger;
      cap *= 2;
    }
    dyad_quote *x = &q[n++];
    x->span.start = t[i].span.end;
    x->span.end = t[j].span.start;
    x->sentence = t[i].sentence;
    /* after the quote, then before it, then inside between dashes */
    uint32_t after_end = j + 1 + SPEAKER_WINDOW < doc->n_tokens ? j + 1 + SPEAKER_WINDOW : (uint32_t)doc->n_tokens;
    x->speaker = speaker_in(doc, ld, j + 1, after_end);
    if (x->speaker < 0) x->speaker = speaker_in(doc, ld, i > SPEAKER_WINDOW ? i - SPEAKER_WINDOW : 0, i);
    if (x->speaker < 0) x->speaker = speaker_in(doc, ld, i + 1, j);
    i = j;
  }
  *out = q;
  *n_out = n;
  return DYAD_OK;
}
