/*
** hash.c -- dyad_map, the one hash table of the library.
**
** Used for the fold cache (surface form -> folded entry), dictionary lookups
** (folded word -> entry index) and small sets (abbreviations).  Linear
** probing, keys in an arena, slots hashed eight bytes at a step.  Not
** thread-safe for writes; a map that is no longer written may be read from
** any number of threads.
**
** dyad_hash (FNV-1a) is the stable hash other modules store or compare
** (article fingerprints, pattern words); the map's own slot hash
** (dyad_map_hash) may change, so it is kept only in memory (vocab.c's word
** headers), never stored.  dyad_imap, beside it, maps 64-bit integer keys (word ids
** joined with a trie node or a pass) to 32-bit values: 16-byte slots and a
** multiplicative hash, for the lookups made once per token.
*/
#include "internal.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

uint64_t dyad_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h ? h : 1;
}

static inline uint64_t fmix(uint64_t x) {
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  return x;
}

static inline uint64_t rd64(const char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline uint64_t rd32(const char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* The slot hash: keys of up to 16 bytes (most words) are read as two
   overlapping loads, longer ones 16 bytes at a step; the length is mixed
   in, so the overlap cannot make two keys of different lengths equal. */
uint64_t dyad_map_hash(const char *s, size_t n) {
  uint64_t a, b, h = 0x9e3779b97f4a7c15ULL ^ n;
  if (n >= 8) {
    const char *p = s;
    size_t left = n;
    while (left > 16) {
      h = (h ^ rd64(p)) * 0xbf58476d1ce4e5b9ULL;
      h = (h ^ (h >> 31) ^ rd64(p + 8)) * 0x94d049bb133111ebULL;
      p += 16;
      left -= 16;
    }
    a = rd64(n > 16 ? s + n - 16 : s);
    b = rd64(s + n - 8);
  } else if (n >= 4) {
    a = rd32(s);
    b = rd32(s + n - 4);
  } else if (n > 0) {
    a = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n >> 1] << 8 |
        (unsigned char)s[n - 1];
    b = 0;
  } else {
    a = b = 0;
  }
  h ^= a * 0xff51afd7ed558ccdULL;
  h ^= (b ^ (b >> 29)) * 0xc4ceb9fe1a85ec53ULL;
  h = fmix(h);
  return h ? h : 1;
}

void dyad_map_init(dyad_map *m) {
  m->cap = 64;
  m->len = 0;
  m->slots = dyad_xcalloc(m->cap, sizeof *m->slots);
  dyad_arena_init(&m->keys, 16 * 1024);
}

void dyad_map_free(dyad_map *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = m->len = 0;
  dyad_arena_free(&m->keys);
}

void dyad_map_clear(dyad_map *m) {
  memset(m->slots, 0, m->cap * sizeof *m->slots);
  m->len = 0;
  dyad_arena_reset(&m->keys);
}

static dyad_map_slot *find(const dyad_map *m, uint64_t h, const char *key, size_t n) {
  size_t mask = m->cap - 1, i = (size_t)h & mask;
  for (;;) {
    dyad_map_slot *s = &m->slots[i];
    if (!s->hash) return s;
    if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0) return s;
    i = (i + 1) & mask;
  }
}

uint32_t *dyad_map_get(const dyad_map *m, const char *key, size_t n) {
  if (!m->slots) return NULL;
  dyad_map_slot *s = find(m, dyad_map_hash(key, n), key, n);
  return s->hash ? &s->val : NULL;
}

uint32_t *dyad_map_get_hashed(const dyad_map *m, uint64_t h, const char *key, size_t n) {
  if (!m->slots) return NULL;
  dyad_map_slot *s = find(m, h, key, n);
  return s->hash ? &s->val : NULL;
}

static void grow(dyad_map *m) {
  dyad_map_slot *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = dyad_xcalloc(m->cap, sizeof *m->slots);
  for (size_t i = 0; i < oldcap; i++) {
    if (!old[i].hash) continue;
    dyad_map_slot *s = find(m, old[i].hash, old[i].key, old[i].klen);
    *s = old[i];
  }
  free(old);
}

uint32_t *dyad_map_put(dyad_map *m, const char *key, size_t n, uint32_t val,
                       bool *added, const char **stored) {
  if ((m->len + 1) * 2 > m->cap) grow(m); /* at most half full: short probes for misses */
  uint64_t h = dyad_map_hash(key, n);
  dyad_map_slot *s = find(m, h, key, n);
  bool is_new = !s->hash;
  if (is_new) {
    s->hash = h;
    s->key = dyad_arena_strndup(&m->keys, key, n);
    s->klen = (uint32_t)n;
    s->val = val;
    m->len++;
  }
  if (added) *added = is_new;
  if (stored) *stored = s->key;
  return &s->val;
}

/* ---- dyad_imap ---------------------------------------------------------- */

void dyad_imap_init(dyad_imap *m) {
  m->cap = 16;
  m->shift = 64 - 4;
  m->len = 0;
  m->slots = dyad_xcalloc(m->cap, sizeof *m->slots);
}

void dyad_imap_free(dyad_imap *m) {
  free(m->slots);
  memset(m, 0, sizeof *m);
}

static dyad_imap_slot *ifind(const dyad_imap *m, uint64_t key) {
  size_t mask = m->cap - 1, i = (size_t)((key * 0x9e3779b97f4a7c15ULL) >> m->shift);
  for (;;) {
    dyad_imap_slot *s = &m->slots[i];
    if (s->key == key || !s->key) return s;
    i = (i + 1) & mask;
  }
}

uint32_t dyad_imap_get(const dyad_imap *m, uint64_t key, uint32_t missing) {
  if (!m->slots) return missing;
  const dyad_imap_slot *s = ifind(m, key);
  return s->key ? s->val : missing;
}

void dyad_imap_put(dyad_imap *m, uint64_t key, uint32_t val) {
  assert(key != 0);
  if (!m->slots) dyad_imap_init(m);
  if ((m->len + 1) * 2 > m->cap) {
    dyad_imap_slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->shift--;
    m->slots = dyad_xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++)
      if (old[i].key) *ifind(m, old[i].key) = old[i];
    free(old);
  }
  dyad_imap_slot *s = ifind(m, key);
  if (!s->key) {
    s->key = key;
    m->len++;
  }
  s->val = val;
}
