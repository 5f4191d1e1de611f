/*
** vocab.c -- word ids: the words the dictionaries look up, numbered once at
** load, so that matching a token costs integer lookups instead of string
** hashing.
**
**   dict->vocab        folded word -> id (1, 2, ...; 0 = no dictionary word)
**   trie->step         (node << 32 | id)  -> child node      (actors.c tries)
**   events->heads      (pass << 32 | id)  -> first trigger   (pass 0 norm, 1 stem)
**   events->firsts     ((set + 1) << 32 | id) -> 1: a member of the set
**                      (synset or alternative) starts with the word
**   dyad_pel.id        every word of a pattern, trigger or set member
**   lang->wclass_id    [id] -> word-class bits of the language (class.NAME)
**   dict->date_words   id -> DYAD_DW_*: the relative dates coder.c reads
**
** A token's folded form and stem are stored by the folder (fold.c) behind a
** small header holding the word's id, its dyad_hash, its dyad_map slot hash
** and length, so all of these travel with the string: computed once per
** distinct surface form, read for free per token.  The header also remembers
** the word's class (dyad_word_class) in the last language asked, since the
** matchers ask it of every token.
**
**   arena: [ hash (8) | mhash (8) | class_ld (8) | len (4) | class (4) | id (4) | tag (4) ] "folded\0"
**                                                                                           ^ the token's norm / stem
**
** dyad_dict_index_words() runs at the end of dyad_dict_load(): after it the
** dictionaries are read-only and shared by every thread.  Called by dict.c
** (the index), fold.c (the headers), actors.c and coder.c (the lookups).
*/
#include "internal.h"

#include <assert.h>
#include <string.h>

#define NO_ID UINT32_MAX

/* The longest edge key the string tries matched ("<node><word>" < 128). */
#define EDGE_KEY_MAX 128

typedef struct word_head {
  uint64_t hash;                  /* dyad_hash */
  uint64_t mhash;                 /* dyad_map_hash */
  const dyad_lang_data *class_ld; /* the language of class, or NULL before the first ask */
  uint32_t len;
  uint32_t wclass;
  uint32_t id, tag;               /* tag: a check that w was stored here */
} word_head;

_Static_assert(sizeof(word_head) % 8 == 0, "word headers keep the arena's 8-byte alignment");

static uint32_t head_tag(const char *w) {
  return (uint32_t)((uintptr_t)w >> 4) ^ 0x5eed1dadu;
}

const char *dyad_word_store(dyad_arena *a, const dyad_map *vocab, const char *s, size_t n) {
  word_head h;
  h.hash = dyad_hash(s, n);
  h.mhash = dyad_map_hash(s, n);
  h.class_ld = NULL;
  h.len = (uint32_t)n;
  h.wclass = 0;
  const uint32_t *id = vocab ? dyad_map_get_hashed(vocab, h.mhash, s, n) : NULL;
  h.id = id ? *id : 0;
  char *p = dyad_arena_alloc(a, sizeof h + n + 1);
  char *w = p + sizeof h;
  h.tag = head_tag(w);
  memcpy(p, &h, sizeof h);
  memcpy(w, s, n);
  w[n] = 0;
  return w;
}

/* The header before w, read in place (the arena aligns it: its size is a
   multiple of 8).  It lies in the folder's writable arena; w is const only
   to the readers. */
static word_head *head_of(const char *w) {
  word_head *h = (word_head *)(uintptr_t)(w - sizeof *h);
  assert(h->tag == head_tag(w) && "not a word stored by dyad_word_store");
  return h;
}

uint32_t dyad_word_id(const char *w) { return head_of(w)->id; }

uint64_t dyad_word_hash(const char *w) { return head_of(w)->hash; }

size_t dyad_word_len(const char *w) { return head_of(w)->len; }

const uint32_t *dyad_word_lookup(const dyad_map *m, const char *w) {
  const word_head *h = head_of(w);
  return dyad_map_get_hashed(m, h->mhash, w, h->len);
}

uint32_t dyad_word_class_of(const dyad_lang_data *ld, const char *w) {
  if (!ld) return 0;
  word_head *h = head_of(w);
  if (h->class_ld != ld) {
    const uint32_t *v = dyad_map_get_hashed(&ld->wclass, h->mhash, w, h->len);
    h->wclass = v ? *v : 0;
    h->class_ld = ld;
  }
  return h->wclass;
}

static uint32_t intern(dyad_map *vocab, const char *s, size_t n) {
  bool added;
  uint32_t *v = dyad_map_put(vocab, s, n, (uint32_t)vocab->len + 1, &added, NULL);
  return *v;
}

static void index_trie(dyad_map *vocab, dyad_trie *t) {
  if (!t->node_payload) return;
  const dyad_map *edges = &t->edges;
  for (size_t i = 0; i < edges->cap; i++) {
    const dyad_map_slot *s = &edges->slots[i];
    if (!s->hash || s->klen > EDGE_KEY_MAX) continue;
    uint32_t node;
    memcpy(&node, s->key, 4);
    uint32_t id = intern(vocab, s->key + 4, s->klen - 4);
    dyad_imap_put(&t->step, (uint64_t)node << 32 | id, s->val);
  }
}

static void index_heads(dyad_map *vocab, dyad_event_dict *e) {
  if (!e) return;
  for (size_t i = 0; i < e->index.cap; i++) {
    const dyad_map_slot *s = &e->index.slots[i];
    if (!s->hash) continue;
    uint64_t pass = s->key[0] == 's';
    uint32_t id = intern(vocab, s->key + 1, s->klen - 1);
    dyad_imap_put(&e->heads, pass << 32 | id, s->val);
  }
}

/* Pattern, trigger and set words: the coder compares a token's id with the
   element's, and rejects a position for a set with one lookup of the
   token's first word (as folded form and as stem). */
static void index_words_of(dyad_map *vocab, dyad_event_dict *e) {
  if (!e) return;
  const char *str = e->strings.ptr;
  for (size_t k = 0; k < e->n_els; k++)
    if (e->els[k].type == EL_WORD || e->els[k].type == EL_STEM)
      e->els[k].id = intern(vocab, str + e->els[k].arg, strlen(str + e->els[k].arg));
  for (size_t k = 0; k < e->n_mwords; k++)
    e->mwords[k].id = intern(vocab, str + e->mwords[k].arg, strlen(str + e->mwords[k].arg));
  for (size_t s = 0; s < e->n_sets; s++)
    for (uint32_t k = 0; k < e->sets[s].n_m; k++) {
      uint64_t mem = e->members[e->sets[s].m0 + k];
      uint32_t id = e->mwords[(uint32_t)(mem >> 32)].id;
      dyad_imap_put(&e->firsts, (uint64_t)(s + 1) << 32 | id, 1);
    }
}

/* The words coder.c's date_at compares a token with, by meaning: "today"
   and the parts of it ("stasera", "tonight"), "yesterday", "tomorrow", and
   the units that "last" or "next" may move. */
static const struct {
  const char *word;
  int kind;
} DATE_WORDS[] = {
    {"oggi", DYAD_DW_TODAY},      {"today", DYAD_DW_TODAY},         {"stasera", DYAD_DW_TODAY},
    {"stamattina", DYAD_DW_TODAY}, {"stamani", DYAD_DW_TODAY},      {"tonight", DYAD_DW_TODAY},
    {"stanotte", DYAD_DW_TODAY},  {"ieri", DYAD_DW_YESTERDAY},      {"yesterday", DYAD_DW_YESTERDAY},
    {"domani", DYAD_DW_TOMORROW}, {"tomorrow", DYAD_DW_TOMORROW},   {"settimana", DYAD_DW_WEEK},
    {"week", DYAD_DW_WEEK},       {"mese", DYAD_DW_MONTH},          {"month", DYAD_DW_MONTH},
    {"anno", DYAD_DW_YEAR},       {"year", DYAD_DW_YEAR},
};

void dyad_dict_index_words(dyad_dict *d) {
  dyad_map_init(&d->vocab);
  for (int li = 0; li < DYAD_MAX_LANGS; li++) {
    if (d->actors) {
      index_trie(&d->vocab, &d->actors->names[li]);
      index_trie(&d->vocab, &d->actors->agents[li]);
    }
    index_heads(&d->vocab, d->events[li]);
    index_words_of(&d->vocab, d->events[li]);
  }
  for (size_t i = 0; i < sizeof DATE_WORDS / sizeof DATE_WORDS[0]; i++) {
    uint32_t id = intern(&d->vocab, DATE_WORDS[i].word, strlen(DATE_WORDS[i].word));
    dyad_imap_put(&d->date_words, id, (uint32_t)DATE_WORDS[i].kind);
  }
  /* word classes last: the table covers every id */
  for (int li = 0; li < d->n_langs; li++) {
    const dyad_map *wc = &d->langs[li].wclass;
    for (size_t i = 0; i < wc->cap; i++)
      if (wc->slots[i].hash) intern(&d->vocab, wc->slots[i].key, wc->slots[i].klen);
  }
  for (int li = 0; li < d->n_langs; li++) {
    dyad_lang_data *ld = &d->langs[li];
    ld->n_wclass_id = d->vocab.len + 1;
    ld->wclass_id = dyad_xcalloc(ld->n_wclass_id, sizeof *ld->wclass_id);
    for (size_t i = 0; i < ld->wclass.cap; i++) {
      const dyad_map_slot *s = &ld->wclass.slots[i];
      if (s->hash) ld->wclass_id[*dyad_map_get(&d->vocab, s->key, s->klen)] = s->val;
    }
  }
}

int dyad_date_word(const dyad_dict *d, const char *norm) {
  uint32_t id = dyad_word_id(norm);
  return id ? (int)dyad_imap_get(&d->date_words, id, DYAD_DW_NONE) : DYAD_DW_NONE;
}

uint32_t dyad_token_class(const dyad_lang_data *ld, const char *norm) {
  uint32_t id = dyad_word_id(norm);
  return ld && id < ld->n_wclass_id ? ld->wclass_id[id] : 0;
}

uint32_t dyad_trie_step(const dyad_trie *t, uint32_t node, const char *norm) {
  uint32_t id = dyad_word_id(norm);
  if (!id) return NO_ID;
  return dyad_imap_get(&t->step, (uint64_t)node << 32 | id, NO_ID);
}

uint32_t dyad_event_head(const dyad_event_dict *e, int pass, const char *w) {
  uint32_t id = dyad_word_id(w);
  if (!id) return NO_ID;
  return dyad_imap_get(&e->heads, (uint64_t)(pass != 0) << 32 | id, NO_ID);
}
