/*
** fold.c -- Unicode folding and Snowball stemming of words, with a cache.
**
** The matcher compares words by their folded form: NFC, case folded, marks
** (accents) stripped, the typographic apostrophe and its look-alikes mapped to
** "'".  Dictionary patterns may also match by Snowball stem.  Both go through
** utf8proc and libstemmer; since news vocabulary is Zipfian, a per-thread cache
** from surface form to (norm, stem) makes the common case a hash lookup.
**
**   cache[it | en | other]: dyad_map  surface -> index
**          entries[index] = { norm, stem }   strings in the folder's arena,
**          each behind a header with its word id and hash (vocab.c)
**
** One map per stemmer: the surface bytes are the key as they stand in the
** text, with no copy.  Every language without a stemmer (and punctuation,
** folded with no language) shares the third map, since its stem is its norm.
**
** Called by analyze.c for every token and by dict.c for dictionary words.
*/
#include "internal.h"

#include <assert.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define FOLD_CACHE_MAX 400000

typedef struct entry {
  const char *norm, *stem;
} entry;

enum { CACHE_IT, CACHE_EN, CACHE_OTHER, N_CACHES };

struct dyad_folder {
  dyad_map cache[N_CACHES];
  entry *entries;
  size_t n, cap;
  dyad_arena strings;
  struct sb_stemmer *it, *en;
  dyad_buf tmp2;
  const dyad_map *vocab; /* word ids for the strings' headers (vocab.c), or NULL */
};

dyad_folder *dyad_folder_new(void) {
  dyad_folder *f = dyad_xcalloc(1, sizeof *f);
  for (int i = 0; i < N_CACHES; i++) dyad_map_init(&f->cache[i]);
  dyad_arena_init(&f->strings, 256 * 1024);
  f->it = sb_stemmer_new("italian", "UTF_8");
  f->en = sb_stemmer_new("english", "UTF_8");
  f->tmp2 = (dyad_buf)DYAD_BUF_INIT;
  return f;
}

void dyad_folder_free(dyad_folder *f) {
  if (!f) return;
  for (int i = 0; i < N_CACHES; i++) dyad_map_free(&f->cache[i]);
  dyad_arena_free(&f->strings);
  free(f->entries);
  if (f->it) sb_stemmer_delete(f->it);
  if (f->en) sb_stemmer_delete(f->en);
  dyad_buf_free(&f->tmp2);
  free(f);
}

bool dyad_cp_is_apos(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x0060 ||
         cp == 0x00B4 || cp == 0x2032;
}

bool dyad_cp_is_letter(int32_t cp) {
  if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
         c == UTF8PROC_CATEGORY_MC;
}

bool dyad_cp_is_upper(int32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool dyad_cp_is_digit(int32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool dyad_cp_is_space(int32_t cp) {
  if (cp < 128) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  if (cp == 0xFEFF || cp == 0x200B) return true; /* BOM, zero-width space */
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

size_t dyad_fold_simple(const char *s, size_t n, char *out) {
  size_t i = 0, m = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 128) {
      if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
      else if (c == '`') c = '\'';
      out[m++] = (char)c;
      i++;
      continue;
    }
    /* the apostrophes of dyad_cp_is_apos beyond ASCII: U+00B4 C2 B4, U+02BC
       CA BC, U+2018 E2 80 98, U+2019 E2 80 99, U+2032 E2 80 B2 */
    if (i + 1 < n && ((c == 0xC2 && (unsigned char)s[i + 1] == 0xB4) ||
                      (c == 0xCA && (unsigned char)s[i + 1] == 0xBC))) {
      out[m++] = '\'';
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      unsigned char d = (unsigned char)s[i + 2];
      if (d == 0x98 || d == 0x99 || d == 0xB2) {
        out[m++] = '\'';
        i += 3;
        continue;
      }
    }
    return SIZE_MAX;
  }
  return m;
}

/* The Latin letters past ASCII, up to U+024F ("à", "ç", "ł", "ș"), fold one
   by one: none of them composes with a neighbour, so a word of them and ASCII
   folds as the concatenation of its characters' folds.  Each character's
   fold comes from utf8proc once, on first use; dyad_fold_latin then spares
   utf8proc_map the many accented words of Italian text and place names. */
#define LATIN_END 0x250

typedef struct latin_fold {
  unsigned char len; /* bytes in s; 0xFF: not folded here */
  char s[7];
} latin_fold;

static latin_fold latin[LATIN_END];
static pthread_once_t latin_once = PTHREAD_ONCE_INIT;

static void latin_init(void) {
  for (int32_t cp = 0; cp < LATIN_END; cp++) {
    latin_fold *f = &latin[cp];
    f->len = 0xFF;
    utf8proc_uint8_t src[4], *dst = NULL;
    utf8proc_ssize_t k = utf8proc_encode_char(cp, src);
    utf8proc_ssize_t m = k > 0 ? utf8proc_map(src, k, &dst,
                                              (utf8proc_option_t)(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                                  UTF8PROC_IGNORE | UTF8PROC_STRIPMARK))
                               : -1;
    size_t o = 0;
    bool ok = m >= 0;
    for (utf8proc_ssize_t j = 0; ok && j < m;) {
      utf8proc_int32_t c;
      utf8proc_ssize_t q = utf8proc_iterate(dst + j, m - j, &c);
      if (q <= 0 || o + (size_t)q > sizeof f->s) ok = false;
      else if (c != '\'' && dyad_cp_is_apos(c)) f->s[o++] = '\'';
      else {
        memcpy(f->s + o, dst + j, (size_t)q);
        o += (size_t)q;
      }
      j += q;
    }
    if (ok) f->len = (unsigned char)o;
    free(dst);
  }
}

bool dyad_fold_latin(const char *s, size_t n, dyad_buf *out) {
  pthread_once(&latin_once, latin_init);
  size_t start = out->len;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 128) { /* as dyad_fold_simple */
      dyad_buf_putc(out, c >= 'A' && c <= 'Z' ? c + 32 : c == '`' ? '\'' : c);
      i++;
      continue;
    }
    int32_t cp = -1;
    size_t k = 0;
    if (c >= 0xC2 && c <= 0xC9 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      cp = (int32_t)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
      k = 2;
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99 ||
                (unsigned char)s[i + 2] == 0xB2)) {
      dyad_buf_putc(out, '\'');
      i += 3;
      continue;
    }
    if (cp < 0x80 || cp >= LATIN_END || latin[cp].len == 0xFF) {
      out->len = start;
      if (out->ptr) out->ptr[start] = 0;
      return false;
    }
    dyad_buf_put(out, latin[cp].s, latin[cp].len);
    i += k;
  }
  return true;
}

/* Folds s into out: lower case (and marks kept) when keep_marks, else fully
   folded.  ASCII and apostrophes take a fast path (dyad_fold_simple, the
   same result for them); the rest goes through utf8proc. */
static void fold(const char *s, size_t n, bool keep_marks, dyad_buf *out) {
  dyad_buf_grow(out, n);
  size_t simple = dyad_fold_simple(s, n, out->ptr + out->len);
  if (simple != SIZE_MAX) {
    out->len += simple;
    out->ptr[out->len] = 0;
    return;
  }
  out->ptr[out->len] = 0; /* the fast path may have written past len */
  if (!keep_marks && dyad_fold_latin(s, n, out)) return;
  utf8proc_uint8_t *dst = NULL;
  int opts = UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
  if (!keep_marks) opts |= UTF8PROC_STRIPMARK;
  utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                    (utf8proc_option_t)opts);
  if (m < 0) { /* invalid UTF-8 cannot reach here (readers repair), but be safe */
    dyad_buf_put(out, s, n);
    return;
  }
  /* map apostrophe look-alikes to ' */
  for (utf8proc_ssize_t j = 0; j < m;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(dst + j, m - j, &cp);
    if (k <= 0) break;
    if (cp != '\'' && dyad_cp_is_apos(cp)) dyad_buf_putc(out, '\'');
    else dyad_buf_put(out, dst + j, (size_t)k);
    j += k;
  }
  free(dst);
}

void dyad_fold_text(const char *s, size_t n, dyad_buf *out) { fold(s, n, false, out); }

/* Folds and stems one word; strings go to the folder's arena. */
static entry compute(dyad_folder *f, struct sb_stemmer *sb, const char *s, size_t n) {
  dyad_buf *o = &f->tmp2;
  dyad_buf_clear(o);
  fold(s, n, false, o);
  entry e;
  e.norm = dyad_word_store(&f->strings, f->vocab, o->ptr, o->len);
  e.stem = e.norm;
  if (sb) {
    dyad_buf_clear(o);
    fold(s, n, true, o); /* Snowball wants the accents */
    const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)o->ptr, (int)o->len);
    int sl = sb_stemmer_length(sb);
    dyad_buf_clear(o);
    fold((const char *)st, (size_t)sl, false, o);
    if (strcmp(o->ptr, e.norm) != 0) e.stem = dyad_word_store(&f->strings, f->vocab, o->ptr, o->len);
  }
  return e;
}

void dyad_fold_word(dyad_folder *f, const char *lang, const char *s, size_t n,
                    const char **norm, const char **stem) {
  /* the language's two bytes pick the stemmer and its cache */
  char l0 = lang && lang[0] ? lang[0] : '-', l1 = lang && lang[0] ? lang[1] : '-';
  int which = (l0 == 'i' && l1 == 't') ? CACHE_IT : (l0 == 'e' && l1 == 'n') ? CACHE_EN : CACHE_OTHER;
  dyad_map *cache = &f->cache[which];
  uint32_t *v = dyad_map_get(cache, s, n);
  if (v) {
    *norm = f->entries[*v].norm;
    *stem = f->entries[*v].stem;
    return;
  }
  struct sb_stemmer *sb = which == CACHE_IT ? f->it : which == CACHE_EN ? f->en : NULL;
  entry e = compute(f, sb, s, n);
  *norm = e.norm;
  *stem = e.stem;
  /* Past the limit, results are still computed but no longer cached until
     dyad_folder_trim() empties the cache between documents. */
  if (f->n >= FOLD_CACHE_MAX) return;
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 1024;
    f->entries = dyad_xrealloc(f->entries, f->cap * sizeof *f->entries);
  }
  f->entries[f->n] = e;
  dyad_map_put(cache, s, n, (uint32_t)f->n, NULL, NULL);
  f->n++;
}

void dyad_folder_set_vocab(dyad_folder *f, const dyad_map *vocab) {
  assert(f->n == 0);
  f->vocab = vocab;
}

void dyad_folder_trim(dyad_folder *f) {
  if (f->n < FOLD_CACHE_MAX) return;
  for (int i = 0; i < N_CACHES; i++) dyad_map_clear(&f->cache[i]);
  dyad_arena_reset(&f->strings);
  f->n = 0;
}
