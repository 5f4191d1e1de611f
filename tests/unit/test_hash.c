/*
** test_hash.c -- the library's hash tables and word ids: dyad_map with keys
** of every length around the hash's load sizes, dyad_imap, and the word
** headers the folder puts before each folded form (internal API), and the
** fast fold of ASCII and apostrophes against utf8proc's.
*/
#include "internal.h"
#include "harness.h"

#include <utf8proc.h>

/* Keys of lengths 0..70 that differ only in their last byte, or only by a
   trailing NUL, must all stay distinct and be found again; the bytes around
   a key (here before it, different between put and get) must not count. */
static void test_map_lengths(void) {
  dyad_map m;
  dyad_map_init(&m);
  char buf[128];
  char *key = buf + 32;
  memset(buf, 'x', sizeof buf);
  uint32_t next = 0;
  for (size_t n = 0; n <= 70; n++) {
    for (int last = 0; last < 3; last++) {
      memset(key, 'a', n);
      if (n) key[n - 1] = (char)("abz"[last]);
      if (n == 0 && last) continue;
      bool added = false;
      dyad_map_put(&m, key, n, next++, &added, NULL);
      OK(added);
    }
    memset(key, 'a', n);
    key[n] = 0; /* "aaa" and "aaa\0" are different keys */
    bool added = false;
    dyad_map_put(&m, key, n + 1, next++, &added, NULL);
    OK(added);
  }
  INT_EQ(m.len, next);
  memset(buf, 'y', sizeof buf);
  uint32_t want = 0;
  for (size_t n = 0; n <= 70; n++) {
    for (int last = 0; last < 3; last++) {
      memset(key, 'a', n);
      if (n) key[n - 1] = (char)("abz"[last]);
      if (n == 0 && last) continue;
      const uint32_t *v = dyad_map_get(&m, key, n);
      OK(v && *v == want);
      want++;
    }
    memset(key, 'a', n);
    key[n] = 0;
    const uint32_t *v = dyad_map_get(&m, key, n + 1);
    OK(v && *v == want);
    want++;
  }
  memset(key, 'q', 40);
  OK(dyad_map_get(&m, key, 40) == NULL);
  dyad_map_free(&m);
}

static void test_imap(void) {
  dyad_imap m;
  memset(&m, 0, sizeof m);
  INT_EQ(dyad_imap_get(&m, 7, 99), 99); /* empty, never initialized */
  for (uint64_t k = 1; k <= 5000; k++) dyad_imap_put(&m, k << 32 | (k * 7), (uint32_t)k);
  dyad_imap_put(&m, 3ULL << 32 | 21, 333); /* overwrite */
  INT_EQ(m.len, 5000);
  int bad = 0;
  for (uint64_t k = 1; k <= 5000; k++) {
    uint32_t v = dyad_imap_get(&m, k << 32 | (k * 7), 0);
    if (v != (k == 3 ? 333 : k)) bad++;
  }
  INT_EQ(bad, 0);
  INT_EQ(dyad_imap_get(&m, 1ULL << 32 | 8, 42), 42);
  dyad_imap_free(&m);
  INT_EQ(dyad_imap_get(&m, 1ULL << 32 | 7, 42), 42);
}

static void test_word_store(void) {
  dyad_map vocab;
  dyad_map_init(&vocab);
  dyad_map_put(&vocab, "mosca", 5, 1, NULL, NULL);
  dyad_map_put(&vocab, "kiev", 4, 2, NULL, NULL);
  dyad_arena a;
  dyad_arena_init(&a, 256);
  const char *w1 = dyad_word_store(&a, &vocab, "kiev", 4);
  const char *w2 = dyad_word_store(&a, &vocab, "roma", 4);
  const char *w3 = dyad_word_store(&a, NULL, "mosca", 5);
  STR_EQ(w1, "kiev");
  INT_EQ(dyad_word_id(w1), 2);
  INT_EQ(dyad_word_id(w2), 0);
  INT_EQ(dyad_word_id(w3), 0); /* no vocabulary: no id */
  OK(dyad_word_hash(w2) == dyad_hash("roma", 4));
  INT_EQ(dyad_word_len(w3), 5);
  /* lookups by a stored word find what dyad_map_get finds */
  OK(dyad_word_lookup(&vocab, w1) == dyad_map_get(&vocab, "kiev", 4));
  OK(dyad_word_lookup(&vocab, w3) && *dyad_word_lookup(&vocab, w3) == 1);
  OK(dyad_word_lookup(&vocab, w2) == NULL);
  /* the class is remembered per language: a second language asks again */
  dyad_lang_data *l1 = calloc(2, sizeof *l1), *l2 = l1 + 1;
  dyad_map_init(&l1->wclass);
  dyad_map_init(&l2->wclass);
  dyad_map_put(&l1->wclass, "kiev", 4, DYAD_WC_PLACE, NULL, NULL);
  dyad_map_put(&l2->wclass, "kiev", 4, DYAD_WC_TITLE, NULL, NULL);
  INT_EQ(dyad_word_class_of(l1, w1), DYAD_WC_PLACE);
  INT_EQ(dyad_word_class_of(l1, w1), DYAD_WC_PLACE);
  INT_EQ(dyad_word_class_of(l2, w1), DYAD_WC_TITLE);
  INT_EQ(dyad_word_class_of(l1, w1), dyad_word_class(l1, "kiev"));
  INT_EQ(dyad_word_class_of(l1, w2), 0);
  INT_EQ(dyad_word_class_of(NULL, w1), 0);
  dyad_map_free(&l1->wclass);
  dyad_map_free(&l2->wclass);
  free(l1);
  dyad_arena_free(&a);
  dyad_map_free(&vocab);
}

/* utf8proc's fold (NFC, case fold, marks stripped) with apostrophes as ',
   the slow path of fold.c, written out here as the reference. */
static size_t slow_fold(const char *s, size_t n, char *out) {
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                    (utf8proc_option_t)(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_IGNORE | UTF8PROC_STRIPMARK));
  size_t o = 0;
  for (utf8proc_ssize_t j = 0; j < m;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(dst + j, m - j, &cp);
    if (k <= 0) break;
    if (dyad_cp_is_apos(cp)) out[o++] = '\'';
    else {
      memcpy(out + o, dst + j, (size_t)k);
      o += (size_t)k;
    }
    j += k;
  }
  free(dst);
  return o;
}

/* Every pair of ASCII characters and apostrophes folds as utf8proc folds it;
   anything else is refused. */
static void test_fold_simple(void) {
  const char *set[128 + 5];
  static char ascii[128][2];
  size_t ns = 0;
  for (int c = 1; c < 128; c++) {
    ascii[c][0] = (char)c;
    set[ns++] = ascii[c];
  }
  set[ns++] = "\xC2\xB4";
  set[ns++] = "\xCA\xBC";
  set[ns++] = "\xE2\x80\x98";
  set[ns++] = "\xE2\x80\x99";
  set[ns++] = "\xE2\x80\xB2";
  int bad = 0;
  for (size_t a = 0; a < ns; a++)
    for (size_t b = 0; b < ns; b++) {
      char in[16], fast[16], slow[32];
      snprintf(in, sizeof in, "%s%s", set[a], set[b]);
      size_t n = strlen(in), m = dyad_fold_simple(in, n, fast);
      size_t r = slow_fold(in, n, slow);
      if (m != r || memcmp(fast, slow, r) != 0) bad++;
    }
  INT_EQ(bad, 0);
  char out[16];
  OK(dyad_fold_simple("caff\xC3\xA8", 6, out) == SIZE_MAX);     /* an accented letter */
  OK(dyad_fold_simple("\xE2\x80\x9C", 3, out) == SIZE_MAX);     /* a quote, not an apostrophe */
  OK(dyad_fold_simple("l\xE2\x80", 3, out) == SIZE_MAX);         /* a cut sequence */
  INT_EQ(dyad_fold_simple("Dell\xE2\x80\x99ONU", 10, out), 8);
  OK(memcmp(out, "dell'onu", 8) == 0);
}

/* Every pair of ASCII characters, apostrophes and Latin letters up to U+024F
   folds as utf8proc folds it; anything else is refused. */
static void test_fold_latin(void) {
  static char set[0x250 + 3][5];
  size_t ns = 0;
  for (int32_t cp = 1; cp < 0x250; cp++) {
    if (cp < 128) set[ns][0] = (char)cp;
    else {
      set[ns][0] = (char)(0xC0 | cp >> 6);
      set[ns][1] = (char)(0x80 | (cp & 0x3F));
    }
    ns++;
  }
  strcpy(set[ns++], "\xE2\x80\x98");
  strcpy(set[ns++], "\xE2\x80\x99");
  strcpy(set[ns++], "\xE2\x80\xB2");
  int bad = 0, refused = 0;
  dyad_buf fast = DYAD_BUF_INIT;
  for (size_t a = 0; a < ns; a++)
    for (size_t b = 0; b < ns; b++) {
      char in[16], slow[64];
      size_t la = strlen(set[a]), lb = strlen(set[b]);
      memcpy(in, set[a], la);
      memcpy(in + la, set[b], lb);
      in[la + lb] = 0;
      size_t n = la + lb, r = slow_fold(in, n, slow);
      dyad_buf_clear(&fast);
      dyad_buf_put(&fast, "x", 1);
      if (!dyad_fold_latin(in, n, &fast)) refused++;
      else if (fast.len != r + 1 || memcmp(fast.ptr + 1, slow, r) != 0) bad++;
    }
  INT_EQ(bad, 0);
  INT_EQ(refused, 0);
  dyad_buf_clear(&fast);
  dyad_buf_put(&fast, "x", 1);
  OK(!dyad_fold_latin("caf\xC3\xA9\xCC\x81", 7, &fast)); /* a combining mark */
  OK(!dyad_fold_latin("\xE2\x80\x9C", 3, &fast));         /* a quote, not an apostrophe */
  OK(!dyad_fold_latin("\xC3", 1, &fast));                   /* a cut sequence */
  OK(fast.len == 1 && !strcmp(fast.ptr, "x"));
  OK(dyad_fold_latin("Citt\xC3\xA0 \xC5\x81\xC3\xB3" "d\xC5\xBA", 14, &fast));
  OK(!strcmp(fast.ptr, "xcitta \xC5\x82od" "z")); /* no mark to strip from the stroke */
  dyad_buf_free(&fast);
}

int main(void) {
  RUN(test_map_lengths);
  RUN(test_imap);
  RUN(test_word_store);
  RUN(test_fold_simple);
  RUN(test_fold_latin);
  return harness_done("hash");
}
