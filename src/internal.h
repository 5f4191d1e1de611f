/*
** internal.h -- private declarations shared by the library's source files.
**
** Nothing here is part of the public API.  Support pieces: a growable byte
** buffer (dyad_buf), a bump arena (dyad_arena), the allocator that aborts on
** out-of-memory, error helpers, and the prototypes each module exports to the
** others.
*/
#ifndef DYAD_INTERNAL_H
#define DYAD_INTERNAL_H

#include "dyad.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define DYAD_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DYAD_PRINTF(f, a)
#endif

/* ---- memory: abort with a message on exhaustion (cmark, Redis) ---------- */
void *dyad_xmalloc(size_t n);
void *dyad_xcalloc(size_t n, size_t size);
void *dyad_xrealloc(void *p, size_t n);
char *dyad_xstrndup(const char *s, size_t n);

/*
** dyad_buf: a growable byte string.  ptr is never NULL (it points at a static
** empty string until the first append) and is always NUL-terminated.
**
**   ptr -> [ b y t e s ... \0 ........ ]
**           |<--- len --->|
**           |<------- cap ----------->|
*/
typedef struct dyad_buf {
  char *ptr;
  size_t len, cap;
} dyad_buf;

#define DYAD_BUF_INIT {dyad_buf_empty, 0, 0}
extern char dyad_buf_empty[1]; /* never written: cap 0 means "not owned" */
void dyad_buf_grow(dyad_buf *b, size_t extra);
void dyad_buf_put(dyad_buf *b, const void *p, size_t n);
void dyad_buf_putc(dyad_buf *b, int c);
void dyad_buf_puts(dyad_buf *b, const char *s);
void dyad_buf_printf(dyad_buf *b, const char *fmt, ...) DYAD_PRINTF(2, 3);
void dyad_buf_clear(dyad_buf *b);
void dyad_buf_free(dyad_buf *b);

/*
** dyad_arena: bump allocation in chained blocks, released all at once.  Used
** per article: tokens, folded strings, matches live here until the next one.
**
**   head -> [block: used|free] -> [block] -> NULL
*/
typedef struct dyad_arena_block dyad_arena_block;
typedef struct dyad_arena {
  dyad_arena_block *head;
  size_t block_size;
} dyad_arena;

void dyad_arena_init(dyad_arena *a, size_t block_size);
void *dyad_arena_alloc(dyad_arena *a, size_t n);  /* 8-byte aligned, never NULL */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
void dyad_arena_reset(dyad_arena *a);            /* keeps the first block */
void dyad_arena_free(dyad_arena *a);

/* ---- errors ------------------------------------------------------------- */
/* snprintf into a DYAD_ERRLEN buffer, truncating safely. */
void dyad_errf(char err[DYAD_ERRLEN], const char *fmt, ...) DYAD_PRINTF(2, 3);
/* "near 'text'" excerpt: copies at most 40 bytes of s, stopping at a newline,
   never cutting a UTF-8 sequence; out has at least 48 bytes. */
void dyad_near(const char *s, size_t n, char *out, size_t outsz);

/* ---- UTF-8 (utf8.c) ----------------------------------------------------- */
/* Copies src into out with every invalid UTF-8 sequence and every NUL byte
   replaced by U+FFFD; returns the number of replacements. */
uint32_t dyad_utf8_repair(const char *src, size_t len, dyad_buf *out);
/* True when the n bytes are valid UTF-8 without NUL bytes. */
bool dyad_utf8_valid(const char *s, size_t n);
/* Decodes one code point at s (n > 0 bytes left); sets *adv to its length.
   Invalid input decodes as U+FFFD with *adv = 1. */
int32_t dyad_utf8_decode(const char *s, size_t n, size_t *adv);
/* Encodes cp into out (4 bytes); returns the length. */
size_t dyad_utf8_encode(int32_t cp, char *out);

/* ---- embedded data (data.c, generated blob) ----------------------------- */
/* The bytes of an embedded file, by its path under data/ ("lang/it.txt").
   Returns false when there is no such file. */
bool dyad_data_get(const char *name, const char **ptr, size_t *len);
/* Calls fn for each embedded file whose path starts with prefix, in name
   order; stops and returns fn's first non-zero result. */
int dyad_data_each(const char *prefix,
                   int (*fn)(void *ud, const char *name, const char *ptr, size_t len),
                   void *ud);


/*
** dyad_map: an open-addressing hash map from byte strings to 32-bit values.
** Keys are copied into the map's own arena, so the caller's buffer can go.
**
**   slots: [ hash | key* | klen | val ] [ empty ] [ ... ]   (linear probing,
**   capacity a power of two, grown at 50% load)
*/
typedef struct dyad_map_slot {
  uint64_t hash;
  const char *key;
  uint32_t klen;
  uint32_t val;
} dyad_map_slot;

typedef struct dyad_map {
  dyad_map_slot *slots;
  size_t cap, len;
  dyad_arena keys;
} dyad_map;

uint64_t dyad_hash(const char *s, size_t n);
void dyad_map_init(dyad_map *m);
void dyad_map_free(dyad_map *m);
void dyad_map_clear(dyad_map *m);
/* Returns a pointer to the value for key, or NULL. */
uint32_t *dyad_map_get(const dyad_map *m, const char *key, size_t n);
/* The slot hash of a key, and dyad_map_get with that hash already made. */
uint64_t dyad_map_hash(const char *s, size_t n);
uint32_t *dyad_map_get_hashed(const dyad_map *m, uint64_t h, const char *key, size_t n);
/* Inserts key (if absent) with val; returns a pointer to the stored value and
   sets *added.  The stored key (stable until clear/free) is in *stored when
   stored is not NULL. */
uint32_t *dyad_map_put(dyad_map *m, const char *key, size_t n, uint32_t val,
                       bool *added, const char **stored);

/*
** dyad_imap: an open-addressing map from non-zero 64-bit keys to 32-bit
** values (a zeroed struct is an empty map).  Same threading rule as dyad_map.
**
**   slots: [ key | val | pad ] (16 bytes; key 0 = empty), multiplicative hash
*/
typedef struct dyad_imap_slot {
  uint64_t key;
  uint32_t val, pad;
} dyad_imap_slot;

typedef struct dyad_imap {
  dyad_imap_slot *slots;
  size_t cap, len;
  unsigned shift;       /* 64 - log2(cap) */
} dyad_imap;

void dyad_imap_init(dyad_imap *m);
void dyad_imap_free(dyad_imap *m);
/* The value for key, or missing. */
uint32_t dyad_imap_get(const dyad_imap *m, uint64_t key, uint32_t missing);
/* Sets the value for key (key != 0). */
void dyad_imap_put(dyad_imap *m, uint64_t key, uint32_t val);

/* ---- folding and stemming (fold.c) ---------------------------------------
** A dyad_folder turns a surface word into its folded form (NFC, case folded,
** marks stripped, apostrophes as ') and its Snowball stem, with a cache from
** surface form to result.  One per thread (Snowball stemmers are not
** thread-safe).  Results stay valid until dyad_folder_free().
*/
typedef struct dyad_folder dyad_folder;
dyad_folder *dyad_folder_new(void);
void dyad_folder_free(dyad_folder *f);
/* lang: "it", "en" or anything else (no stemming: stem = norm). */
void dyad_fold_word(dyad_folder *f, const char *lang, const char *s, size_t n,
                    const char **norm, const char **stem);
/* Empties a full cache; call between documents (invalidates earlier results). */
void dyad_folder_trim(dyad_folder *f);
/* Gives the folder the dictionaries' word ids (vocab.c): every norm and stem
   it returns afterwards carries its id.  Call before the first fold. */
void dyad_folder_set_vocab(dyad_folder *f, const dyad_map *vocab);
/* Folds any text (no stem) into out (appended). */
void dyad_fold_text(const char *s, size_t n, dyad_buf *out);
/* Folds text made only of ASCII and apostrophes (dyad_cp_is_apos) into out,
   which has room for n bytes, as dyad_fold_text would; returns the folded
   length, or SIZE_MAX (out then undefined) when s holds any other character. */
size_t dyad_fold_simple(const char *s, size_t n, char *out);
/* Folds text made only of ASCII, apostrophes and the Latin letters up to
   U+024F into out (appended), as dyad_fold_text would; false (out as it was)
   when s holds any other character. */
bool dyad_fold_latin(const char *s, size_t n, dyad_buf *out);
/* Unicode category helpers on a code point. */
bool dyad_cp_is_letter(int32_t cp);
bool dyad_cp_is_upper(int32_t cp);
bool dyad_cp_is_digit(int32_t cp);
bool dyad_cp_is_space(int32_t cp);
bool dyad_cp_is_apos(int32_t cp);

/* ---- language identification (langid.cc) ------------------------------- */
int dyad_langid(const char *text, size_t len, char lang[8], float *confidence);

/* ---- dictionaries (dict.c) ------------------------------------------------
** The loaded dictionaries.  Built once by dyad_dict_load(), then read-only.
**
**   dyad_dict
**     langs[]  per language: abbreviations, elisions, months, weekdays
**              (folded word -> value maps)
*/
#define DYAD_MAX_LANGS 8

typedef struct dyad_lang_data {
  char code[8];          /* "it", "en" */
  dyad_map abbrev;       /* folded abbreviation with its periods -> 1 (2: may end a sentence) */
  dyad_map elision;      /* folded elided word with apostrophe -> 1 */
  dyad_map month;        /* folded name -> 1..12 */
  dyad_map weekday;      /* folded name -> 1..7 */
  dyad_map speech;       /* folded verbs of reported speech -> 1 */
  dyad_map nickname;     /* folded words that define a nickname -> 1 (dubbed), 2 (called: only
                            with quotes, or right after the comma) */
  dyad_map wclass;       /* folded word -> DYAD_WC_* bits (class.NAME lines) */
  uint32_t *wclass_id;   /* the same by word id (vocab.c): [id] -> bits, 0 for id 0 */
  size_t n_wclass_id;
  dyad_map domestic;     /* folded role codes that make a domestic event political -> 1; bit 2:
                            violence against them by their own state is repression */
  dyad_map clitic;       /* folded endings of a gerund with an object pronoun -> 1 */
  dyad_map gerund;       /* folded endings of a gerund ("ing", "ando") -> 1 */
  dyad_map predicate;    /* folded words after a passive auxiliary that make a predicate,
                            not a passive ("is ready to", "was due to") -> 1 */
  dyad_map daypart;      /* parts of the day after a date word ("sabato pomeriggio") -> 1 */
  dyad_map reciprocal;   /* folded words after a verb that make it mutual ("each other") -> 1,
                            reflexive pronouns before it ("si") -> 2 */
  dyad_map implicit;     /* folded role phrases that take the country of the article's context -> 1,
                            implicit.det 2, implicit.not 3, implicit.crowd 4 */
  dyad_map implicit_bare; /* folded role phrases of implicit that stand bare ("police") -> 1 */
  dyad_map adjective;   /* folded role words that are adjectives after a noun ("minacce militari") -> 1 */
  dyad_map owner;        /* folded possessives that give a role the sentence's subject ("il proprio") -> 1 */
  dyad_map orgref;       /* folded nouns that name the organization named last ("l'Alleanza") -> 1 */
  dyad_map envoy;        /* folded words for a state's envoy to an organization ("Sudan's UN ambassador") -> 1 */
  dyad_map subordinate;  /* folded words that open a subordinate clause ("che", "after") -> 1 */
  dyad_map placehead;    /* folded words that locate within a place ("sud", "coastal city") -> 1 */
  dyad_map conditional;  /* folded words of the conditional mood: the auxiliary ("would") -> 1,
                            the perfect after it ("have") -> 2, a condition ("if") -> 3 */
  dyad_map region;       /* folded words that name a first-level region ("oblast") -> 1 */
  dyad_map verdict;      /* folded words of a reported verdict: the blame ("responsible",
                            "colpevole") -> 1, the verbs that hold it ("deemed", "ritenuto") -> 2 */
  dyad_map relative;     /* folded relative pronouns ("che", "who") -> 1 */
  dyad_map within;       /* folded prepositions that put an act inside a place ("in", "a",
                            "near"), not on it -> 1 */
  dyad_map resume;       /* folded words after which the clause a demand, threat or veto
                            names is over ("after", "dopo") -> 1 */
  dyad_map listener;     /* folded prepositions that introduce whom a statement is told to ("a", "to") -> 1 */
  dyad_map participle;   /* folded endings of past participles -> 1 (a verb only after an
                            auxiliary: Italian), 2 (also a simple past: English) */
  dyad_map participle_after; /* folded prepositions after a participle that make it a modifier
                            ("seized during") -> 1 */
  dyad_map background;   /* folded prepositions of time before a noun that name a background
                            act ("dopo l'offensiva", "before a summit") -> 1 */
  dyad_map agent;        /* folded two-word phrases that, with a genitive, name the agent of a
                            nominal act ("da parte" di) -> 1 */
  dyad_map plural;       /* folded phrases for a counted set of actors named before ("the two
                            leaders") -> count + 16 * kind (0 any, 1 persons, 2 states) */
  dyad_map plural_last;  /* the last words of the plural phrases -> 1 (built from plural at
                            load): the coder tries a phrase only where one may end */
} dyad_lang_data;

/* Word classes of data/lang class.NAME lines, as bits. */
enum {
  DYAD_WC_CONJ = 1u << 0, DYAD_WC_ARTICLE = 1u << 1, DYAD_WC_PASSIVE = 1u << 2,
  DYAD_WC_BY = 1u << 3, DYAD_WC_NEG = 1u << 4, DYAD_WC_HYPO = 1u << 5,
  DYAD_WC_CONCESSIVE = 1u << 6, DYAD_WC_GENITIVE = 1u << 7, DYAD_WC_LOCATIVE = 1u << 8,
  DYAD_WC_PLACE = 1u << 9, DYAD_WC_SEATPREP = 1u << 10, DYAD_WC_PRONOUN = 1u << 11,
  DYAD_WC_CARRY = 1u << 12, DYAD_WC_CLAUSE = 1u << 13,
  DYAD_WC_POSSESSIVE = 1u << 14, DYAD_WC_ACT = 1u << 15,
  DYAD_WC_VENUE = 1u << 16, DYAD_WC_MOTION = 1u << 17,
  DYAD_WC_TITLEMOD = 1u << 18, DYAD_WC_TITLE = 1u << 19, DYAD_WC_PARTICLE = 1u << 20,
  DYAD_WC_AUX = 1u << 21, DYAD_WC_QUANT = 1u << 22, DYAD_WC_AGENTIVE = 1u << 23,
  DYAD_WC_BODY = 1u << 24, DYAD_WC_DATIVE = 1u << 25, DYAD_WC_FUTURE = 1u << 26,
  DYAD_WC_PAST = 1u << 27, DYAD_WC_AGAINST = 1u << 28,
  DYAD_WC_OBJPRONOUN = 1u << 29, DYAD_WC_INFINITIVE = 1u << 30
};
/* The last bit (an enumerator cannot hold it).  The 32 bits are all taken:
   another class needs 64-bit class values. */
#define DYAD_WC_INDEFINITE (1u << 31)
/* The class bits of a folded word in a language (0 when none). */
uint32_t dyad_word_class(const dyad_lang_data *ld, const char *norm);
/* The same for a token's norm (a word stored by the folder), by its id. */
uint32_t dyad_token_class(const dyad_lang_data *ld, const char *norm);

typedef struct dyad_actor_dict dyad_actor_dict;
typedef struct dyad_event_dict dyad_event_dict;
typedef struct dyad_cameo dyad_cameo;
typedef struct dyad_gaz dyad_gaz;

typedef struct dyad_labels dyad_labels;

struct dyad_dict {
  dyad_lang_data langs[DYAD_MAX_LANGS];
  int n_langs;
  dyad_folder *folder;   /* used while loading only; NULL afterwards */
  dyad_actor_dict *actors;
  dyad_event_dict *events[DYAD_MAX_LANGS]; /* by language index */
  dyad_cameo *cameo;
  struct dyad_lazy_gaz *gaz; /* cities with coordinates, loaded on first use (gazetteer.c) */
  dyad_labels *labels;   /* readable names of actor codes (label.c) */
  dyad_map vocab;        /* folded word -> word id, built last (vocab.c) */
  dyad_imap date_words;  /* word id -> DYAD_DW_*: the date words coder.c reads (vocab.c) */
  bool loading_user;     /* files now loading come from the user's --dict */
};

/* label.c: data/cameo/roles.txt, then the labels once the actors are in. */
int dyad_roles_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err);
void dyad_labels_build(dyad_dict *d);
void dyad_labels_free(dyad_labels *lb);

/* The data of a language, or NULL. */
const dyad_lang_data *dyad_dict_lang(const dyad_dict *d, const char *lang);

/*
** A line reader over a data file, for every dictionary format: strips
** comments and trailing blanks, tracks the line number for messages.
*/
typedef struct dyad_lines {
  const char *name;      /* file name for messages ("lang/it.txt") */
  const char *p, *end;
  unsigned line;
  const char *text;      /* current line, comment stripped */
  size_t len;
  size_t indent;         /* leading blanks of the current line (before trimming) */
} dyad_lines;

void dyad_lines_init(dyad_lines *l, const char *name, const char *ptr, size_t len);
/* Next non-blank line; false at the end. */
bool dyad_lines_next(dyad_lines *l);
/* Splits "a; b; c" calling fn on each trimmed non-empty piece. */
int dyad_split_list(const char *s, size_t n, char sep,
                    int (*fn)(void *ud, const char *p, size_t n), void *ud);

/* ---- tokens and sentences (token.c, sentence.c) --------------------------
** The tokenizer fills a dyad_token array (norm and stem left NULL: analyze.c
** folds them) and, per token, how many line breaks precede it (0, 1, or 2 for
** a blank line), which the sentence splitter reads.
*/
typedef struct dyad_toks {
  dyad_token *v;
  uint8_t *breaks;
  size_t n, cap;
} dyad_toks;

void dyad_toks_free(dyad_toks *t);
/* Tokenizes text[from, to) appending to t.  lang selects the apostrophe rules
   (Italian elision, English possessive); ld (may be NULL) the abbreviations. */
void dyad_tokenize(const char *text, size_t from, size_t to, const char *lang,
                   const dyad_lang_data *ld, dyad_toks *t);

typedef struct dyad_sents {
  dyad_sentence *v;
  size_t n, cap;
} dyad_sents;

void dyad_sents_free(dyad_sents *s);
/* Splits tokens into sentences; sets each token's sentence index.  norm must
   already be set on tokens (months are matched by norm). */
void dyad_split_sentences(const char *text, dyad_toks *t, const dyad_lang_data *ld,
                          dyad_sents *s);

/* ---- actors (actors.c) ----------------------------------------------------
** Actor dictionaries compiled into token tries, one per language.
**
**   trie edge map: "<node id (4 bytes)><folded token>" -> child node id
**   node 0 is the root; nodes[i].payload -> first dyad_payload of a chain
**
**   (stati)->(uniti)[USA]->(d')->(america)[USA]
**   (presidente)[GOV]->(del)->(consiglio)[GOV]
*/
enum { ACT_NAME = 0, ACT_ADJ = 1, ACT_CTX = 2, ACT_PERSON = 3, ACT_AGENT = 4, ACT_BLOCK = 5, ACT_AMB = 6 };
/* The country of a CAMEO actor code: RUSGOV -> RUS, IGOUNO -> UNO, IGOG7 -> G7. */
void dyad_code_country(const char *code, size_t cn, char out[8]);

typedef struct dyad_role {
  char code[16];
  int32_t from, to;     /* yyyymmdd; to = 99991231 when open */
} dyad_role;

typedef struct dyad_actor {
  char code[16];        /* CAMEO actor code (RUS, RUSGOV, IGOUNO) or agent suffix (GOV) */
  char country[8];      /* RUS, UNO, EUR ... ("" for agents) */
  const char *name;     /* canonical name (persons) or the first variant */
  const char *clues;    /* ACT_AMB: folded words that point to the other sense,
                           "w1\0w2\0\0" (NULL otherwise) */
  uint32_t role0, n_roles;
  uint8_t kind;         /* ACT_* */
  uint8_t seat;         /* a seat of power or capital (seats.txt): may be a mere place */
} dyad_actor;

typedef struct dyad_payload {
  uint32_t actor;       /* index into actors[] */
  uint32_t next;        /* next payload of the node, or UINT32_MAX */
  uint8_t cap;          /* the text's first token must be: 1 capitalized, 2 all capitals */
} dyad_payload;

typedef struct dyad_trie {
  dyad_map edges;         /* while loading; step is built from it (vocab.c) */
  dyad_imap step;         /* (node << 32 | word id) -> child */
  uint32_t *node_payload; /* per node: first payload or UINT32_MAX */
  uint32_t n_nodes, cap_nodes;
} dyad_trie;

typedef struct dyad_actor_dict {
  dyad_actor *actors;
  size_t n_actors, cap_actors;
  dyad_role *roles;
  size_t n_roles, cap_roles;
  dyad_payload *payloads;
  size_t n_payloads, cap_payloads;
  dyad_trie names[DYAD_MAX_LANGS];   /* by language index of dict->langs */
  dyad_trie agents[DYAD_MAX_LANGS];
  dyad_map first_names;              /* folded first words of people's names (Michael, Denzel) */
  dyad_arena strings;
  dyad_buf warnings;                 /* user entries that override built-in ones */
} dyad_actor_dict;

int dyad_actors_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err);
void dyad_actors_free(dyad_actor_dict *a);
/* Walks one edge; returns the child or UINT32_MAX.  norm is a token's
   folded form (it carries its word id: vocab.c). */
uint32_t dyad_trie_step(const dyad_trie *t, uint32_t node, const char *norm);
/* Index of a language in d->langs, creating it; -1 when full. */
int dyad_dict_lang_index(dyad_dict *d, const char *code, size_t n);
int32_t dyad_date_key(const dyad_date *dt);

/* Calendar arithmetic on dates of day precision (date.c); other dates are
   returned unchanged.  add_days moves k days; weekday is 1 (Monday) to 7
   (Sunday), 0 for a date without a day; to_weekday moves to the nearest
   day with weekday wd on or before d (dir < 0) or on or after it (dir > 0). */
dyad_date dyad_date_add_days(dyad_date d, int k);
int dyad_date_weekday(const dyad_date *d);
dyad_date dyad_date_to_weekday(dyad_date d, int wd, int dir);
/* Moves a date of month or day precision k months (keeps month precision:
   "last month" is that month). */
dyad_date dyad_date_add_months(dyad_date d, int k);
/* Finds the actor mentions of an analyzed doc (mention.c); the array lives
   in arena. */
int dyad_find_mentions(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                       const char *text, dyad_mention **out, size_t *n_out);


/* ---- event dictionaries (events.c) ---------------------------------------
** Trigger blocks compiled per language.
**
**   index: "n<norm>" / "s<stem>" of a trigger's first word -> chain of triggers
**   trigger -> block -> patterns (most specific first)
**
**   pattern elements:  [$] [*] [word] [(alt|alt)] [&SET] [+]
**                      each with "adjacent to the previous element" flag
*/
enum { EL_TRIGGER, EL_SOURCE, EL_TARGET, EL_WORD, EL_STEM, EL_ALT, EL_SET, EL_BOTH };

typedef struct dyad_pel {
  uint8_t type;         /* EL_* */
  uint8_t adjacent;     /* must follow the previous element directly */
  uint32_t arg;         /* EL_WORD/EL_STEM: string offset; EL_ALT/EL_SET: set index */
  uint32_t id;          /* EL_WORD/EL_STEM: the word's id (vocab.c), compared with a token's */
} dyad_pel;

typedef struct dyad_pattern {
  uint32_t el0, n_el;   /* elements[el0 .. el0+n_el) */
  char code[8], alt[8];
  uint32_t line;        /* source line, for messages and debugging */
  int specificity;
  bool both_ways;       /* "[062] both": a joint act, coded both ways */
  bool place_target;    /* "[1053] place": a place target stands for its country */
} dyad_pattern;

typedef struct dyad_trigger {
  uint32_t w0, n_w;     /* words: elements of type EL_WORD / EL_STEM */
  uint32_t block;
  uint32_t next;        /* next trigger with the same first word key */
} dyad_trigger;

typedef struct dyad_block {
  char name[48];
  char code[8];
  uint32_t p0, n_p;     /* patterns */
} dyad_block;

/* A set (synset or alternative): members are word sequences. */
typedef struct dyad_wset {
  uint32_t m0, n_m;     /* members: ranges of set_words */
} dyad_wset;

typedef struct dyad_event_dict {
  dyad_map index;       /* first-word key -> first trigger */
  dyad_imap heads;      /* the same by word id: (pass << 32 | id) -> first trigger */
  dyad_trigger *trig;   size_t n_trig, cap_trig;
  dyad_block *blocks;   size_t n_blocks, cap_blocks;
  dyad_pattern *pats;   size_t n_pats, cap_pats;
  dyad_pel *els;        size_t n_els, cap_els;
  dyad_wset *sets;      size_t n_sets, cap_sets;
  uint64_t *members;    size_t n_members, cap_members; /* (word0 << 32) | n_words */
  dyad_pel *mwords;     size_t n_mwords, cap_mwords;   /* member words */
  dyad_map synsets;     /* name -> set index */
  dyad_imap firsts;     /* ((set + 1) << 32 | id of a member's first word) -> 1 (vocab.c) */
  dyad_buf strings;     /* NUL-separated folded words */
} dyad_event_dict;

typedef struct dyad_cameo {
  dyad_map codes;       /* code -> index */
  struct dyad_cameo_code {
    char code[8];
    float goldstein;
    char plover[24];
    const char *name;
  } *v;
  size_t n, cap;
  dyad_arena strings;
} dyad_cameo;

int dyad_events_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err);
void dyad_events_free(dyad_event_dict *e);
int dyad_cameo_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err);
void dyad_cameo_free(dyad_cameo *c);
const struct dyad_cameo_code *dyad_cameo_get(const dyad_dict *d, const char *code);
/* Finds direct quotes and their speakers (quote.c); the array lives in arena. */
int dyad_find_quotes(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                     dyad_quote **out, size_t *n_out);
/* Codes the events of a doc whose mentions are found (coder.c). */
int dyad_code_events(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                     dyad_event **out, size_t *n_out);

/* ---- gazetteer (gazetteer.c) ---------------------------------------------
**
**   cities[]  <- index  (folded city name -> first city; .next chains the
**                        others of that name, most populous first)
**   regions[] <- rindex (folded region name, with and without "Oblast"... ->
**                        first region; same chains)
**   countries (alpha-3 -> slot in points[]: population-weighted centre)
*/
typedef struct dyad_gaz_city {
  const char *name, *name_it;
  char country[8];       /* ISO alpha-3 */
  double lat, lon;
  uint32_t population;
  uint32_t next;         /* next place of the same folded name */
} dyad_gaz_city;

struct dyad_gaz {
  dyad_gaz_city *cities;
  size_t n;
  dyad_map index;        /* folded name -> first city */
  dyad_gaz_city *regions; /* first-level regions (oblasts, provinces, governorates) */
  size_t n_regions;
  dyad_map rindex;       /* folded name -> first region */
  dyad_map rbare;        /* the same for the names data/geo lists: those found
                            without a region word ("in Donbas", "in the Gaza Strip") */
  dyad_map countries;    /* alpha-3 -> slot in points */
  double (*points)[2];   /* a country's centre: lat, lon */
  dyad_arena strings;
};

dyad_gaz *dyad_gaz_load(const char *own, size_t own_len); /* own: the geo/ files */
void dyad_gaz_free(dyad_gaz *g);
/* The dict's gazetteer, loaded by the first caller (thread-safe; the dict
   stays logically immutable): commands that code no events never pay for it.
   NULL when libgeonames has no data. */
const dyad_gaz *dyad_dict_gaz(const dyad_dict *d);
struct dyad_lazy_gaz *dyad_lazy_gaz_new(void);
void dyad_lazy_gaz_free(struct dyad_lazy_gaz *l);
/* Keeps a checked geo/ file for the load. */
void dyad_lazy_gaz_add(struct dyad_lazy_gaz *l, const char *text, size_t len);
/* The city of a folded name, preferring the countries listed. */
const dyad_gaz_city *dyad_gaz_find(const dyad_gaz *g, const char *folded, size_t n,
                                   const char *const *prefer, size_t n_prefer);
/* The first-level region of a folded name, preferring the countries listed:
   any region's name when a region word stands next to it (named: "regione di
   Zaporizhzhia", "the Kherson region"), else only the names data/geo lists
   ("Donbas", "Cisgiordania"), so "in Central Asia" finds no "Central
   District". */
const dyad_gaz_city *dyad_gaz_find_region(const dyad_gaz *g, const char *folded, size_t n, bool named,
                                          const char *const *prefer, size_t n_prefer);
/* The centre of a country (alpha-3) in *lat, *lon; false when unknown. */
bool dyad_gaz_country(const dyad_gaz *g, const char *a3, double *lat, double *lon);
/* A file of geo/: checks a list of the project's own places (data/geo/places.txt)
   and keeps it for the gazetteer's load. */
int dyad_places_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err);

/* ---- word ids (vocab.c) ---------------------------------------------------
** Every word of a trie edge or a trigger head gets an id at load; the folder
** stores each norm and stem behind a header with its id and dyad_hash.  The
** dyad_word_* readers take only strings stored by dyad_word_store (a token's
** norm or stem), never a literal.
*/
/* Copies s into a, behind its header; the id is looked up in vocab (NULL: 0). */
const char *dyad_word_store(dyad_arena *a, const dyad_map *vocab, const char *s, size_t n);
uint32_t dyad_word_id(const char *w);   /* 0: in no dictionary trie, trigger or pattern */
uint64_t dyad_word_hash(const char *w); /* dyad_hash(w, strlen(w)) */
size_t dyad_word_len(const char *w);    /* strlen(w) */
/* dyad_map_get(m, w, strlen(w)) without hashing w again. */
const uint32_t *dyad_word_lookup(const dyad_map *m, const char *w);
/* dyad_word_class(ld, w), remembered in w's header after the first call.
   The header is the folder's: only the folder's thread may call this. */
uint32_t dyad_word_class_of(const dyad_lang_data *ld, const char *w);
/* Numbers the dictionaries' words and builds the id-keyed indexes; the end of
   dyad_dict_load(). */
void dyad_dict_index_words(dyad_dict *d);
/* The date words of coder.c's date_at, in either language ("oggi", "today",
   "yesterday", "la settimana"): dyad_date_word() of a token's norm. */
enum { DYAD_DW_NONE, DYAD_DW_TODAY, DYAD_DW_YESTERDAY, DYAD_DW_TOMORROW, DYAD_DW_WEEK,
       DYAD_DW_MONTH, DYAD_DW_YEAR };
int dyad_date_word(const dyad_dict *d, const char *norm);
/* The first trigger whose first word is w (pass 0: as folded form, 1: as
   stem), or UINT32_MAX; w is a token's norm or stem. */
uint32_t dyad_event_head(const dyad_event_dict *e, int pass, const char *w);

#endif /* DYAD_INTERNAL_H */
