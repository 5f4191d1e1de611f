/*
** token.c -- the tokenizer: words, numbers, dates and punctuation with their
** byte offsets into the article.
**
** Rules (Italian and English news):
**   - a word runs over letters, digits and marks; hyphens between letters or
**     digits stay inside (Mosca-Pyongyang, al-Sharaa, 2022-2024);
**   - numbers keep their separators (3,5  1.200.000  2.5%) and dates stay whole
**     (18/06/2024, 2024-06-18);
**   - initialisms and known abbreviations keep their periods (U.S., sig., Gen.),
**     and so does a single capital letter (the initial in "George W. Bush");
**   - Italian elision splits after the apostrophe, either apostrophe:
**     dell’Ucraina -> dell’ + Ucraina;
**   - English possessives split off: Russia's -> Russia + 's, allies' -> allies + ';
**     contractions and names stay whole (don't, O'Brien).
** Called by analyze.c.
*/
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void dyad_toks_free(dyad_toks *t) {
  free(t->v);
  free(t->breaks);
  memset(t, 0, sizeof *t);
}

static dyad_token *push(dyad_toks *t, size_t start, size_t end, int kind, unsigned flags,
                        unsigned breaks) {
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 256;
    t->v = dyad_xrealloc(t->v, t->cap * sizeof *t->v);
    t->breaks = dyad_xrealloc(t->breaks, t->cap);
  }
  dyad_token *k = &t->v[t->n];
  k->span.start = (uint32_t)start;
  k->span.end = (uint32_t)end;
  k->norm = k->stem = NULL;
  k->sentence = 0;
  k->kind = (uint16_t)kind;
  k->flags = (uint16_t)flags;
  t->breaks[t->n] = (uint8_t)(breaks > 2 ? 2 : breaks);
  t->n++;
  return k;
}

/* Code point at i (0 at the end); *len its byte length. */
static int32_t cp_at(const char *s, size_t i, size_t to, size_t *len) {
  if (i >= to) {
    *len = 0;
    return 0;
  }
  if ((unsigned char)s[i] < 0x80) { /* ASCII, most of the text: no decoding */
    *len = 1;
    return (unsigned char)s[i];
  }
  return dyad_utf8_decode(s + i, to - i, len);
}

/* The character classes of fold.c, with the ASCII answers inline. */
static inline bool is_digit(int32_t cp) { return cp < 128 ? cp >= '0' && cp <= '9' : dyad_cp_is_digit(cp); }
static inline bool is_upper(int32_t cp) { return cp < 128 ? cp >= 'A' && cp <= 'Z' : dyad_cp_is_upper(cp); }
static inline bool is_letter(int32_t cp) { return cp < 128 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : dyad_cp_is_letter(cp); }
static inline bool is_apos(int32_t cp) { return cp < 128 ? cp == '\'' || cp == '`' : dyad_cp_is_apos(cp); }

static inline bool is_alnum(int32_t cp) {
  if (cp < 128) return ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
  return dyad_cp_is_letter(cp) || dyad_cp_is_digit(cp);
}
static bool is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static bool is_quote(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x201E || cp == 0x2018 || cp == 0x2019 || cp == '\'' || cp == 0x2039 ||
         cp == 0x203A || cp == 0x201A;
}

/* Is the folded form of s[0, n) (n <= 32) a key of m?  ASCII and apostrophes
   fold on the stack; anything else through dyad_fold_text. */
static bool folded_in(const dyad_map *m, const char *s, size_t n) {
  char buf[32];
  size_t k = dyad_fold_simple(s, n, buf);
  if (k != SIZE_MAX) return dyad_map_get(m, buf, k) != NULL;
  dyad_buf f = DYAD_BUF_INIT;
  dyad_fold_text(s, n, &f);
  bool hit = dyad_map_get(m, f.ptr, f.len) != NULL;
  dyad_buf_free(&f);
  return hit;
}

/* Is text[start, end) followed by '.' a known abbreviation? */
static bool abbrev_with_period(const char *s, size_t start, size_t end, const dyad_lang_data *ld) {
  if (!ld || end - start > 24) return false;
  char buf[32];
  memcpy(buf, s + start, end - start);
  buf[end - start] = '.';
  return folded_in(&ld->abbrev, buf, end - start + 1);
}

static bool is_elision(const char *s, size_t start, size_t end_with_apos, const dyad_lang_data *ld) {
  if (!ld || end_with_apos - start > 16) return true; /* unknown language data: split anyway */
  return folded_in(&ld->elision, s + start, end_with_apos - start);
}

/* Scans a word or number starting at i; returns its end and sets kind/flags.
   *split_poss is set when an English possessive follows at the returned end. */
static size_t scan_word(const char *s, size_t i, size_t to, bool it, bool en,
                        const dyad_lang_data *ld, int *kind, unsigned *flags) {
  size_t start = i, len;
  int letters = 0, uppers = 0, digits = 0, seps = 0, slashes = 0, dashes = 0;
  bool initialism = false;
  unsigned fl = 0;
  for (;;) {
    /* ASCII letters and digits, most of a word: counted without decoding */
    while (i < to) {
      unsigned char c = (unsigned char)s[i];
      if ((unsigned char)(c - '0') < 10) {
        digits++;
      } else if ((unsigned char)((c | 32) - 'a') < 26) {
        letters++;
        if (c <= 'Z') {
          uppers++;
          if (i == start) fl |= DYAD_TF_UPPER;
        }
      } else {
        break;
      }
      i++;
    }
    /* ASCII that no rule below keeps inside a word (blanks, most punctuation) */
    if (i < to && (unsigned char)s[i] < 128 && s[i] != '.' && s[i] != ',' && s[i] != '-' &&
        s[i] != '/' && s[i] != '\'' && s[i] != '`')
      break;
    int32_t cp = cp_at(s, i, to, &len);
    if (!len) break;
    if (is_alnum(cp) || (cp >= 0x300 && cp <= 0x36F)) {
      if (is_digit(cp)) digits++;
      else {
        letters++;
        if (is_upper(cp)) uppers++;
        if (i == start && is_upper(cp)) fl |= DYAD_TF_UPPER;
      }
      i += len;
      continue;
    }
    size_t nlen;
    int32_t next = cp_at(s, i + len, to, &nlen);
    int32_t prev = 0;
    if (i > start) {
      if ((unsigned char)s[i - 1] < 0x80) {
        prev = (unsigned char)s[i - 1];
      } else {
        size_t p = i - 1;
        while (p > start && ((unsigned char)s[p] & 0xC0) == 0x80) p--;
        size_t pl;
        prev = dyad_utf8_decode(s + p, i - p, &pl);
      }
    }
    if ((cp == '.' || cp == ',') && is_digit(prev) && is_digit(next) && !letters) {
      seps++;
      i += len;
      continue;
    }
    if (cp == '.' && is_letter(prev) && is_letter(next)) {
      /* initialism: single letters between periods (U.S, a.C, N.A.T.O) */
      size_t nn;
      int32_t after = cp_at(s, i + len + nlen, to, &nn);
      size_t seg = i - start;
      bool single_before = seg == 1 || initialism ||
                           (i >= start + 2 && s[i - 2] == '.');
      if (single_before && !is_letter(after)) {
        initialism = true;
        i += len;
        continue;
      }
      break;
    }
    if (is_hyphen(cp) && is_alnum(prev) && is_alnum(next)) {
      fl |= DYAD_TF_HYPHEN;
      dashes++;
      i += len;
      continue;
    }
    if (cp == '/' && is_digit(prev) && is_digit(next) && !letters) {
      slashes++;
      i += len;
      continue;
    }
    if (is_apos(cp)) {
      if (is_letter(next) && letters) {
        if (it) {
          if (is_elision(s, start, i + len, ld) || next != 's') {
            *kind = DYAD_TOK_ELISION;
            *flags = fl;
            return i + len;
          }
        }
        if (en && (next == 's' || next == 'S')) {
          size_t nn;
          int32_t after = cp_at(s, i + len + nlen, to, &nn);
          if (!is_alnum(after)) break; /* possessive: split here */
        }
        i += len; /* contraction or name: don't, O'Brien */
        continue;
      }
      if (it && letters && i - start <= 4) { /* un po' */
        bool hit = ld && folded_in(&ld->elision, s + start, i + len - start);
        if (hit && !is_letter(next)) {
          i += len;
          break;
        }
      }
      break;
    }
    break;
  }
  /* a following period that belongs to the word */
  size_t plen;
  int32_t after = cp_at(s, i, to, &plen);
  if (after == '.' && letters) {
    bool single_upper = letters == 1 && uppers == 1 && !digits && i - start <= 2; /* J. but not G7. */
    if (initialism || single_upper || abbrev_with_period(s, start, i, ld)) i += plen;
  }
  /* a percent sign sticks to a number */
  if (after == '%' && digits && !letters) i += plen;
  if (letters >= 2 && letters == uppers) fl |= DYAD_TF_ALLCAPS;
  if (!letters && digits) {
    if (slashes == 2 || (dashes == 2 && i - start == 10)) *kind = DYAD_TOK_DATE;
    else *kind = DYAD_TOK_NUMBER;
  } else if (digits && letters && digits + 3 >= letters + digits && !(fl & DYAD_TF_UPPER)) {
    *kind = DYAD_TOK_NUMBER; /* 12th, 1st, 3rd */
  } else {
    *kind = DYAD_TOK_WORD;
  }
  (void)seps;
  *flags = fl;
  return i;
}

void dyad_tokenize(const char *s, size_t from, size_t to, const char *lang,
                   const dyad_lang_data *ld, dyad_toks *t) {
  size_t i = from, len;
  unsigned nl = 0;
  bool en = lang && strcmp(lang, "en") == 0, it = lang && strcmp(lang, "it") == 0;
  while (i < to) {
    int32_t cp = cp_at(s, i, to, &len);
    if (cp < 128 ? cp <= 32 : dyad_cp_is_space(cp)) { /* ASCII: the blanks are all below 33 */
      if (cp == '\n' || cp == 0x2029) nl++;
      i += len;
      continue;
    }
    size_t start = i;
    int kind = DYAD_TOK_PUNCT;
    unsigned flags = 0;
    if (is_alnum(cp)) {
      i = scan_word(s, i, to, it, en, ld, &kind, &flags);
      if (i == start) i += len; /* cannot happen; guarantees progress */
    } else if (en && is_apos(cp) && t->n && t->v[t->n - 1].span.end == start &&
               t->v[t->n - 1].kind == DYAD_TOK_WORD) {
      /* possessive after a word: 's or a bare ' after a plural */
      size_t nlen;
      int32_t next = cp_at(s, i + len, to, &nlen);
      if (next == 's' || next == 'S') {
        size_t alen;
        int32_t after = cp_at(s, i + len + nlen, to, &alen);
        if (!is_alnum(after)) {
          i += len + nlen;
          kind = DYAD_TOK_WORD;
          flags = DYAD_TF_POSS;
        }
      } else if (!is_letter(next)) {
        const dyad_token *prev = &t->v[t->n - 1];
        char last = s[prev->span.end - 1];
        if (last == 's' || last == 'S') {
          i += len;
          kind = DYAD_TOK_WORD;
          flags = DYAD_TF_POSS;
        }
      }
      if (i == start) {
        i += len;
        flags = DYAD_TF_QUOTE;
      }
    } else if (cp == '.' && s[i + 1 < to ? i + 1 : i] == '.' && i + 2 < to && s[i + 2] == '.') {
      i += 3; /* ... */
    } else if (cp == '-' && i + 1 < to && s[i + 1] == '-') {
      i += 2;
    } else {
      i += len;
      if (is_quote(cp)) flags = DYAD_TF_QUOTE;
      else if (!(cp < 128 && cp > 32) && !(cp >= 0x2010 && cp <= 0x206F)) kind = DYAD_TOK_SYMBOL;
    }
    push(t, start, i, kind, flags, nl);
    nl = 0;
  }
}
