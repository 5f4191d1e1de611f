/*
** hash.c -- dyad_map, the one hash table of the library.
**
** Used for the fold cache (surface form -> folded entry), dictionary lookups
** (folded word -> entry index) and small sets (abbreviations).  FNV-1a hashing,
** linear probing, keys in an arena.  Not thread-safe for writes; a map that is
** no longer written may be read from any number of threads.
*/
#include "internal.h"

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
  dyad_map_slot *s = find(m, dyad_hash(key, n), key, n);
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
  uint64_t h = dyad_hash(key, n);
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
