/*
** test_hash.c -- the library's hash tables and word ids: dyad_map with keys
** of every length around the hash's load sizes, dyad_imap, and the word
** headers the folder puts before each folded form (internal API).
*/
#include "internal.h"
#include "harness.h"

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
  dyad_arena_free(&a);
  dyad_map_free(&vocab);
}

int main(void) {
  RUN(test_map_lengths);
  RUN(test_imap);
  RUN(test_word_store);
  return harness_done("hash");
}
