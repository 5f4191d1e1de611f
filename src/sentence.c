/*
** sentence.c -- sentence splitting over the token stream.
**
** A sentence ends
**   - after . ! ? … (and any closing quotes or brackets glued to it) when the
**     next token starts a new sentence: an upper-case word, an opening quote or
**     bracket, a number, or a line break;
**   - at a blank line (a paragraph ends), and at a single line break unless the
**     line was hard-wrapped (the next line goes on in lower case after a word);
** and not after abbreviations, initials or decimal numbers, which the
** tokenizer already keeps whole ("sig.", "U.S.", "3,5"), unless the
** abbreviation may end a sentence (abbrev.final: "U.S.") and a function word
** that opens sentences follows ("... by the U.S. The next day").
**
** A line with no final punctuation between line breaks (a title or a photo
** caption) is a sentence of its own flagged DYAD_SF_CAPTION.  A dateline at the
** start of a paragraph ("Roma, 18 giugno 2024 –", "WASHINGTON, March 12
** (Reuters) -") stays in the first sentence and is marked with its span.
** Called by analyze.c after tokens are folded.
*/
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void dyad_sents_free(dyad_sents *s) {
  free(s->v);
  memset(s, 0, sizeof *s);
}

static const char *tok_text(const char *text, const dyad_token *k, size_t *n) {
  *n = k->span.end - k->span.start;
  return text + k->span.start;
}

static bool tok_is(const char *text, const dyad_token *k, const char *lit) {
  size_t n;
  const char *p = tok_text(text, k, &n);
  return n == strlen(lit) && memcmp(p, lit, n) == 0;
}

static bool is_terminal(const char *text, const dyad_token *k) {
  if (k->kind != DYAD_TOK_PUNCT) return false;
  return tok_is(text, k, ".") || tok_is(text, k, "!") || tok_is(text, k, "?") ||
         tok_is(text, k, "\xE2\x80\xA6") || tok_is(text, k, "...");
}

static bool is_closer(const char *text, const dyad_token *k) {
  return tok_is(text, k, "\xE2\x80\x9D") || tok_is(text, k, "\xC2\xBB") ||
         tok_is(text, k, "\xE2\x80\x99") || tok_is(text, k, ")") || tok_is(text, k, "]") ||
         tok_is(text, k, "\"") || tok_is(text, k, "'");
}

static bool is_opener(const char *text, const dyad_token *k) {
  return tok_is(text, k, "\xE2\x80\x9C") || tok_is(text, k, "\xC2\xAB") ||
         tok_is(text, k, "\xE2\x80\x98") || tok_is(text, k, "(") || tok_is(text, k, "[") ||
         tok_is(text, k, "\"") || tok_is(text, k, "'") || tok_is(text, k, "\xE2\x80\x9E");
}

static bool is_dash(const char *text, const dyad_token *k) {
  return tok_is(text, k, "-") || tok_is(text, k, "--") || tok_is(text, k, "\xE2\x80\x93") ||
         tok_is(text, k, "\xE2\x80\x94");
}

/* A word kept whole with its final period that data/lang lists under
   abbrev.final ("U.S.", "Inc."). */
static bool final_abbrev(const char *text, const dyad_token *k, const dyad_lang_data *ld) {
  if (!ld || k->kind != DYAD_TOK_WORD || k->span.end <= k->span.start || text[k->span.end - 1] != '.' || !k->norm)
    return false;
  const uint32_t *v = dyad_map_get(&ld->abbrev, k->norm, strlen(k->norm));
  return v && (*v & 2);
}

static bool starts_sentence(const char *text, const dyad_token *k) {
  if (k->kind == DYAD_TOK_WORD || k->kind == DYAD_TOK_ELISION) return (k->flags & DYAD_TF_UPPER) != 0;
  if (k->kind == DYAD_TOK_NUMBER || k->kind == DYAD_TOK_DATE) return true;
  return is_opener(text, k) || is_dash(text, k);
}

/* Length in tokens of a dateline at t[b..e), or 0.
   Shape: 1-4 capitalized words, optional ", Region", optional ", date",
   optional "(Agency)", dash. */
static size_t dateline_len(const char *text, const dyad_toks *t, size_t b, size_t e,
                           const dyad_lang_data *ld) {
  size_t i = b, words = 0;
  while (i < e && words < 4 && t->v[i].kind == DYAD_TOK_WORD && (t->v[i].flags & DYAD_TF_UPPER)) {
    i++;
    words++;
  }
  if (!words || i >= e) return 0;
  bool had_comma = false;
  if (tok_is(text, &t->v[i], ",")) {
    had_comma = true;
    i++;
    /* "ERBIL, Iraq —", "SIRTE, Libya, Oct 20 —": a region or country */
    size_t region = 0;
    while (i < e && region < 3 && t->v[i].kind == DYAD_TOK_WORD && (t->v[i].flags & DYAD_TF_UPPER)) {
      i++;
      region++;
    }
    if (region && i + 1 < e && tok_is(text, &t->v[i], ",") && !is_dash(text, &t->v[i + 1])) i++;
    size_t dated = 0;
    while (i < e && dated < 6) {
      const dyad_token *k = &t->v[i];
      bool month = ld && k->norm && dyad_map_get(&ld->month, k->norm, strlen(k->norm));
      bool wday = ld && k->norm && dyad_map_get(&ld->weekday, k->norm, strlen(k->norm));
      if (k->kind == DYAD_TOK_NUMBER || k->kind == DYAD_TOK_DATE || month || wday ||
          tok_is(text, k, ",") || tok_is(text, k, ".")) {
        i++;
        dated++;
      } else {
        break;
      }
    }
    if (!dated && !region) return 0;
  }
  if (i < e && tok_is(text, &t->v[i], "(")) {
    size_t j = i + 1;
    while (j < e && j < i + 6 && !tok_is(text, &t->v[j], ")")) j++;
    if (j < e && tok_is(text, &t->v[j], ")")) i = j + 1;
  }
  if (i < e && is_dash(text, &t->v[i])) {
    /* a bare "Word –" is a dateline only when the word is all caps (ROME –) */
    if (!had_comma && !(t->v[b].flags & DYAD_TF_ALLCAPS) && i == b + words) return 0;
    return i + 1 - b;
  }
  return 0;
}

static void emit(const char *text, const dyad_toks *t, size_t b, size_t e, uint32_t para,
                 bool line_alone, const dyad_lang_data *ld, dyad_sents *s) {
  if (e <= b) return;
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    s->v = dyad_xrealloc(s->v, s->cap * sizeof *s->v);
  }
  dyad_sentence *x = &s->v[s->n];
  memset(x, 0, sizeof *x);
  x->span.start = t->v[b].span.start;
  x->span.end = t->v[e - 1].span.end;
  x->tok_begin = (uint32_t)b;
  x->tok_end = (uint32_t)e;
  x->paragraph = para;
  const dyad_token *last = &t->v[e - 1];
  bool ends_punct = is_terminal(text, last) ||
                    (e - b >= 2 && is_closer(text, last) && is_terminal(text, &t->v[e - 2]));
  if (line_alone && !ends_punct && e - b <= 40)
    x->flags |= DYAD_SF_CAPTION;
  if (b == 0 || t->breaks[b] > 0) {
    size_t dl = dateline_len(text, t, b, e, ld);
    if (dl && dl < e - b) {
      x->flags |= DYAD_SF_DATELINE;
      x->dateline.start = t->v[b].span.start;
      x->dateline.end = t->v[b + dl - 1].span.end;
    }
  }
  for (size_t i = b; i < e; i++) t->v[i].sentence = (uint32_t)s->n;
  s->n++;
}

void dyad_split_sentences(const char *text, dyad_toks *t, const dyad_lang_data *ld,
                          dyad_sents *s) {
  size_t b = 0;
  uint32_t para = 0;
  bool line_start = true; /* the current sentence began at a line start */
  for (size_t i = 0; i < t->n; i++) {
    if (i > b && t->breaks[i]) {
      const dyad_token *prev = &t->v[i - 1], *cur = &t->v[i];
      bool wrapped = t->breaks[i] == 1 && cur->kind == DYAD_TOK_WORD &&
                     !(cur->flags & DYAD_TF_UPPER) && !is_terminal(text, prev) &&
                     !is_closer(text, prev);
      if (!wrapped) {
        emit(text, t, b, i, para, line_start, ld, s);
        b = i;
        line_start = true;
        para++;
      }
    } else if (i == b && i > 0 && t->breaks[i]) {
      para++;
      line_start = true;
    }
    if (!is_terminal(text, &t->v[i])) {
      /* "... imposed by the U.S. The next day": an abbreviation that may end
         a sentence does, when a function word that opens sentences follows */
      if (final_abbrev(text, &t->v[i], ld) && i + 1 < t->n && !t->breaks[i + 1] &&
          t->v[i + 1].kind == DYAD_TOK_WORD && (t->v[i + 1].flags & DYAD_TF_UPPER) &&
          (dyad_word_class(ld, t->v[i + 1].norm) & (DYAD_WC_ARTICLE | DYAD_WC_PRONOUN | DYAD_WC_CONJ))) {
        emit(text, t, b, i + 1, para, false, ld, s);
        b = i + 1;
        line_start = false;
      }
      continue;
    }
    size_t j = i + 1;
    while (j < t->n && !t->breaks[j] && is_closer(text, &t->v[j]) &&
           t->v[j].span.start == t->v[j - 1].span.end)
      j++;
    bool end;
    if (j >= t->n || t->breaks[j]) end = true;
    else end = starts_sentence(text, &t->v[j]);
    if (!end) continue;
    /* ends with punctuation, so it is never a caption */
    emit(text, t, b, j, para, false, ld, s);
    b = j;
    line_start = false;
    i = j - 1;
  }
  emit(text, t, b, t->n, para, line_start, ld, s);
}
