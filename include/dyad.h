/*
** dyad.h -- the public API of libdyad, the news event coder.
**
** This header is the contract.  Every function says what it does, what it
** returns, who owns the memory it hands out and whether it may be called from
** several threads.  The `dyad` program and the HTTP server use nothing else.
**
** The objects, from input to output:
**
**   dyad_reader   reads articles from a file, a folder or standard input, in any
**                 of the supported formats (plain text, the crawl format,
**                 JSON Lines, HTML, WARC; gzip or zstd compressed), one
**                 dyad_article at a time.
**   dyad_dict     the dictionaries (language data, actors, event patterns,
**                 CAMEO codebook).  Loaded once, immutable, shared by threads.
**   dyad_coder    a per-thread worker bound to a dict.  It analyzes an article
**                 into sentences and tokens (dyad_coder_analyze).
**
** Conventions:
**   - Text travels as pointer + length (dyad_str).  A dyad_str's ptr is never
**     NULL; an absent value is the empty string.
**   - Positions are byte offsets into the article's text (dyad_span), so every
**     token and sentence can be quoted exactly.
**   - Functions return a dyad_rc; the message of the last error is kept on the
**     handle (dyad_reader_errmsg, dyad_coder_errmsg).  Constructors, which have no
**     handle yet, write it into a caller buffer of DYAD_ERRLEN bytes.
**   - Every _new/_open has a _free; passing NULL to a _free is a no-op.
**
** Example: print every sentence of every article in a folder.
**
**     char err[DYAD_ERRLEN];
**     dyad_dict *d; dyad_coder *c; dyad_reader *r;
**     if (dyad_dict_load(NULL, &d, err) != DYAD_OK) { fprintf(stderr, "%s\n", err); exit(1); }
**     dyad_coder_new(d, &c);
**     dyad_reader_open("articles/", NULL, &r, err);
**     const dyad_article *a; int rc;
**     while ((rc = dyad_reader_next(r, &a)) != DYAD_DONE) {
**       if (rc != DYAD_OK) { fprintf(stderr, "%s\n", dyad_reader_errmsg(r)); continue; }
**       const dyad_doc *doc;
**       if (dyad_coder_analyze(c, a, &doc) != DYAD_OK) continue;
**       for (size_t i = 0; i < doc->n_sentences; i++) {
**         dyad_span s = doc->sentences[i].span;
**         printf("%.*s\n", (int)(s.end - s.start), a->text.ptr + s.start);
**       }
**     }
**     dyad_reader_free(r); dyad_coder_free(c); dyad_dict_free(d);
*/
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define DYAD_API __attribute__((visibility("default")))
#else
#define DYAD_API
#endif

#define DYAD_VERSION "0.1.0"

/* ------------------------------------------------------------------------
** Result codes.  Values are pinned: append, never renumber.
*/
typedef enum {
  DYAD_OK = 0,       /* success */
  DYAD_ERROR = 1,    /* generic failure */
  DYAD_NOMEM = 2,    /* out of memory (only with a custom allocator) */
  DYAD_IO = 3,       /* a file could not be opened or read */
  DYAD_SYNTAX = 4,   /* malformed input: a record, a dictionary line */
  DYAD_DB = 5,       /* database error */
  DYAD_NOTFOUND = 6, /* no such thing */
  DYAD_MISUSE = 7,   /* the API was called wrongly */
  DYAD_DONE = 8,     /* an iterator has no more items (not an error) */
  DYAD_TOOBIG = 9    /* input over a size limit; skipped */
} dyad_rc;

/** The name of a result code, e.g. "DYAD_SYNTAX".  Static storage; thread-safe. */
DYAD_API const char *dyad_rc_name(int rc);

/** Capacity of caller-provided error buffers. */
#define DYAD_ERRLEN 256

/** A piece of text: pointer + length.  ptr is never NULL. */
typedef struct dyad_str {
  const char *ptr;
  size_t len;
} dyad_str;

/** A half-open byte range [start, end) into an article's text. */
typedef struct dyad_span {
  uint32_t start, end;
} dyad_span;

/* ------------------------------------------------------------------------
** Dates with a precision.  An unknown date has precision DYAD_DATE_NONE.
*/
typedef enum {
  DYAD_DATE_NONE = 0,
  DYAD_DATE_YEAR = 1,
  DYAD_DATE_MONTH = 2,
  DYAD_DATE_DAY = 3
} dyad_date_prec;

typedef struct dyad_date {
  int16_t year;         /* e.g. 2024; 0 when unknown */
  int8_t month, day;    /* 1-based; 0 when not known at that precision */
  dyad_date_prec prec;
} dyad_date;

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and ISO 8601 date-times
 *  ("2024-06-18T09:30:00Z": the time is ignored), also "YYYY/MM/DD" and RFC 1123
 *  dates ("Tue, 18 Jun 2024 10:00:00 GMT").  Returns DYAD_OK, or DYAD_SYNTAX with
 *  *out zeroed.  Thread-safe. */
DYAD_API int dyad_date_parse(const char *s, size_t len, dyad_date *out);

/** Writes the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (by precision) into buf
 *  (at least 11 bytes), "" when unknown.  Returns buf. */
DYAD_API char *dyad_date_format(const dyad_date *d, char *buf);

/* ------------------------------------------------------------------------
** Articles and readers.
*/
typedef enum {
  DYAD_FORMAT_AUTO = 0, /* detect from the content */
  DYAD_FORMAT_TEXT = 1, /* plain text, with or without the " date YYYY-MM " header */
  DYAD_FORMAT_JSONL = 2,
  DYAD_FORMAT_HTML = 3,
  DYAD_FORMAT_WARC = 4
} dyad_format;

/** The name of a format ("text", "jsonl", "html", "warc", "auto"). */
DYAD_API const char *dyad_format_name(dyad_format f);

/** One article, as every reader produces it.  All strings are valid UTF-8
 *  (invalid bytes were replaced by U+FFFD and counted in n_repaired; NUL bytes
 *  likewise) and are owned by the reader: valid until the next
 *  dyad_reader_next() or dyad_reader_free() on it. */
typedef struct dyad_article {
  dyad_str id;          /* the record's id; "" when the input has none */
  dyad_str url;         /* "" when unknown */
  dyad_str title;       /* "" when unknown */
  dyad_date date;       /* publication date with its precision */
  char lang[8];         /* declared language ("it", "en"), "" when not declared */
  dyad_str text;        /* the body: what offsets point into */
  dyad_str source;      /* the file it came from ("-" for standard input) */
  uint64_t offset;      /* byte offset of the record in the (decompressed) file */
  uint64_t line;        /* 1-based line of the record's start in that file */
  uint64_t index;       /* 0-based index of the record within its file */
  dyad_format format;   /* the format it was read as */
  uint32_t n_repaired;  /* invalid UTF-8 sequences and NUL bytes replaced */
} dyad_article;

/** Options for dyad_reader_open().  Zero-initialize, then set what you need;
 *  a NULL options pointer means all defaults. */
typedef struct dyad_reader_opts {
  dyad_format format;     /* DYAD_FORMAT_AUTO: by content */
  const char *lang;       /* a language to declare on every article, or NULL */
  /* JSON Lines field names (NULL: "id", "text", "date", "url", "title", "lang") */
  const char *field_id, *field_text, *field_date, *field_url, *field_title, *field_lang;
  size_t max_record;      /* largest record accepted, bytes; 0: 64 MiB */
} dyad_reader_opts;

typedef struct dyad_reader dyad_reader;

/** Opens a file, a folder (walked recursively, files in name order, hidden
 *  files skipped) or standard input (path "-").  Compression (gzip, zstd) and,
 *  with DYAD_FORMAT_AUTO, the format are detected from each file's first bytes.
 *  The options are copied.  Returns DYAD_OK and *out, or DYAD_IO with a message
 *  in err when path cannot be opened at all.  One reader is used by one thread
 *  at a time. */
DYAD_API int dyad_reader_open(const char *path, const dyad_reader_opts *opts,
                              dyad_reader **out, char err[DYAD_ERRLEN]);

/** Opens a reader over a memory buffer (not copied: it must outlive the
 *  reader); name is used in messages and as the articles' source. */
DYAD_API int dyad_reader_open_mem(const char *name, const void *buf, size_t len,
                                  const dyad_reader_opts *opts, dyad_reader **out,
                                  char err[DYAD_ERRLEN]);

/** Reads the next article.
 *  Returns DYAD_OK with *out set; DYAD_DONE at the end of all input; or an
 *  error code (DYAD_IO, DYAD_SYNTAX, DYAD_TOOBIG) for a record or file that was
 *  skipped, with the message (naming the file and the line or byte offset) in
 *  dyad_reader_errmsg().  After an error, call again: the reader goes on with
 *  the rest of the input.  *out is valid until the next call. */
DYAD_API int dyad_reader_next(dyad_reader *r, const dyad_article **out);

/** The message of the last error on r ("" when none).  Owned by r. */
DYAD_API const char *dyad_reader_errmsg(const dyad_reader *r);

/** Counts since open: articles returned, records or files skipped. */
DYAD_API uint64_t dyad_reader_count(const dyad_reader *r);
DYAD_API uint64_t dyad_reader_nerrors(const dyad_reader *r);

/** Total bytes read so far from the underlying files (compressed size). */
DYAD_API uint64_t dyad_reader_bytes(const dyad_reader *r);

DYAD_API void dyad_reader_free(dyad_reader *r);

/* ------------------------------------------------------------------------
** Dictionaries.
*/
typedef struct dyad_dict dyad_dict;

/** Loads the dictionaries built into the library and then, when dir is not
 *  NULL, the files of the same layout under dir (dir/actors/\*.txt,
 *  dir/events/\*.txt, dir/lang/\*.txt), which add to or override the built-in
 *  entries.  Returns DYAD_OK and *out, or DYAD_SYNTAX / DYAD_IO with
 *  "file:line: message near 'text'" in err.  The dict is immutable and may be
 *  shared by any number of threads and coders; free it after them. */
DYAD_API int dyad_dict_load(const char *dir, dyad_dict **out, char err[DYAD_ERRLEN]);
DYAD_API void dyad_dict_free(dyad_dict *d);

/* ------------------------------------------------------------------------
** Analysis: sentences and tokens.
*/

/** Token kinds. */
typedef enum {
  DYAD_TOK_WORD = 0,
  DYAD_TOK_NUMBER = 1,  /* 3,5  1.200  2024  12th  3.5% */
  DYAD_TOK_PUNCT = 2,
  DYAD_TOK_ELISION = 3, /* Italian article or preposition before an apostrophe: dell', l' */
  DYAD_TOK_DATE = 4,    /* 18/06/2024, 2024-06-18 */
  DYAD_TOK_SYMBOL = 5   /* anything else: emoji, currency signs */
} dyad_tok_kind;

/** Token flags. */
enum {
  DYAD_TF_UPPER = 1u << 0,  /* starts with an upper-case letter */
  DYAD_TF_ALLCAPS = 1u << 1,/* every letter upper case, at least two letters */
  DYAD_TF_QUOTE = 1u << 2,  /* a quotation mark */
  DYAD_TF_POSS = 1u << 3,   /* an English possessive marker 's / ' */
  DYAD_TF_HYPHEN = 1u << 4  /* a hyphenated compound (Mosca-Pyongyang) */
};

/** A token.  span points into the article's text; norm is the folded form
 *  (NFC, case folded, diacritics removed, both apostrophes as '), stem its
 *  Snowball stem in the document's language.  norm and stem are NUL-terminated
 *  and owned by the coder. */
typedef struct dyad_token {
  dyad_span span;
  const char *norm;
  const char *stem;
  uint32_t sentence;   /* index of its sentence */
  uint16_t kind;       /* dyad_tok_kind */
  uint16_t flags;      /* DYAD_TF_* */
} dyad_token;

/** Sentence flags. */
enum {
  DYAD_SF_CAPTION = 1u << 0,  /* a caption or short line without final punctuation */
  DYAD_SF_DATELINE = 1u << 1, /* begins with a dateline (its span is in dateline) */
  DYAD_SF_QUOTE = 1u << 2     /* wholly inside quotation marks */
};

typedef struct dyad_sentence {
  dyad_span span;          /* the sentence's bytes, trimmed of white space */
  dyad_span dateline;      /* the dateline, when DYAD_SF_DATELINE; else {0,0} */
  uint32_t tok_begin;      /* its tokens are tokens[tok_begin .. tok_end) */
  uint32_t tok_end;
  uint32_t paragraph;      /* 0-based paragraph index */
  uint32_t flags;          /* DYAD_SF_* */
} dyad_sentence;

/* ------------------------------------------------------------------------
** Actor mentions.
*/

/** Mention flags: how the actor was recognized. */
enum {
  DYAD_MF_PERSON = 1u << 0,   /* a person with dated roles */
  DYAD_MF_ROLE = 1u << 1,     /* a role word composed with a country (presidente russo) */
  DYAD_MF_DEMONYM = 1u << 2,  /* an adjective or demonym (russo, Russians) */
  DYAD_MF_METONYM = 1u << 3,  /* a capital or seat of power (Mosca, the Kremlin) */
  DYAD_MF_SURNAME = 1u << 4,  /* a surname linked to a full name earlier in the article */
  DYAD_MF_CONTEXT = 1u << 5,  /* a short form valid by context (il Nord) */
  DYAD_MF_ORG = 1u << 6,      /* an international organization */
  DYAD_MF_PLACE = 1u << 7,    /* a capital or seat used as a place ("a Mosca", "flew to Moscow"), not an actor */
  DYAD_MF_NICKNAME = 1u << 8, /* a nickname the article defines ('Putin, detto «lo Zar»'), used later */
  DYAD_MF_MODIFIER = 1u << 9, /* a demonym on a plain noun ("gas russo", "Chinese goods"): the
                                 country owns or makes the thing; a possible target, no agent */
  DYAD_MF_IMPLICIT = 1u << 10  /* the text does not name the actor's country: a body taken from the
                                  context ("la polizia" in a story from Tbilisi, "the army" after
                                  "Myanmar"), a role of the sentence's subject ("il proprio
                                  ambasciatore"), a noun for the organization named last ("l'Alleanza") */
};

/** An actor mention.  Strings are owned by the coder (or its dict) and valid
 *  as long as the dyad_doc they belong to. */
typedef struct dyad_mention {
  dyad_span span;        /* the whole actor phrase */
  uint32_t sentence;     /* sentence index */
  uint32_t tok_begin, tok_end; /* its tokens [tok_begin, tok_end) */
  const char *code;      /* full CAMEO actor code: "RUSGOV", "PRK", "IGOUNO" */
  const char *country;   /* ISO alpha-3, or UNO, EUR, NAT, IAE, G7, ... */
  const char *name;      /* the dictionary's name for it */
  uint32_t flags;        /* DYAD_MF_* */
  const char *label;     /* a readable name of the code ("Russia government"),
                            as dyad_dict_label gives it */
} dyad_mention;

/* ------------------------------------------------------------------------
** Events.
*/

/** One end of an event: an actor with its evidence. */
typedef struct dyad_actor_ref {
  const char *code;      /* full CAMEO actor code ("RUSGOV") */
  const char *country;   /* "RUS", "UNO", "EUR" ... */
  const char *name;      /* dictionary name */
  dyad_span span;        /* where it stands in the article */
} dyad_actor_ref;

/** A direct quotation and who said it. */
typedef struct dyad_quote {
  dyad_span span;        /* the quoted words, without the quotation marks */
  uint32_t sentence;     /* the sentence where the quote starts */
  int speaker;           /* index into doc->mentions, or -1 when unknown */
} dyad_quote;

/** Where an event happened, as its sentence says ("a Pyongyang", "in the
 *  Kherson region", "in Ucraina"). */
typedef enum dyad_place_kind {
  DYAD_PLACE_NONE = 0,
  DYAD_PLACE_COUNTRY = 1, /* lat/lon: the population-weighted centre of its cities */
  DYAD_PLACE_REGION = 2,  /* a first-level region (oblast, province, governorate) */
  DYAD_PLACE_CITY = 3
} dyad_place_kind;

typedef struct dyad_place {
  int found;             /* 0 when the sentence names no place */
  int kind;              /* a dyad_place_kind */
  dyad_span span;        /* the place name in the article */
  const char *name;      /* the gazetteer's name ("Moscow"), or the country's */
  const char *country;   /* ISO alpha-3 */
  double lat, lon;       /* coordinates, when has_coords */
  int has_coords;        /* 0 when the gazetteer does not know the place */
} dyad_place;

/** A coded event.  Strings are owned by the coder (or its dict): valid as
 *  long as the dyad_doc it belongs to. */
typedef struct dyad_event {
  uint32_t sentence;     /* sentence index */
  dyad_actor_ref source, target;
  dyad_span trigger;     /* the words that state the act */
  const char *code;      /* CAMEO event code, leading zeros kept ("042") */
  const char *alt;       /* a second defensible code, or "" */
  char root[3];          /* "04" */
  int quad_class;        /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
  double goldstein;      /* -10..10 */
  const char *plover;    /* PLOVER event type ("CONSULT"), "" when none */
  dyad_date date;        /* the event's date, resolved against the article's */
  int negated;           /* 0; reserved: negated acts are not emitted */
  const char *attribution;      /* code of who claims it ("" when the text states it) */
  dyad_span attribution_span;
  const char *pattern;   /* the dictionary block that matched (for evidence) */
  dyad_place location;   /* where, when the sentence says */
} dyad_event;

/** Where the document's language came from. */
typedef enum {
  DYAD_LANG_DETECTED = 0,  /* identified from the text */
  DYAD_LANG_DECLARED = 1,  /* declared by the record (JSON "lang", HTML lang=) */
  DYAD_LANG_FORCED = 2     /* forced by the caller (dyad_coder_set_lang) */
} dyad_lang_source;

/** The analysis of one article.  Owned by the coder: valid until the next
 *  dyad_coder_analyze() on it or dyad_coder_free(). */
typedef struct dyad_doc {
  const dyad_article *article;
  char lang[8];               /* "it", "en", ... or "un" when unknown */
  float lang_confidence;      /* 0..1 (1 for declared or forced) */
  dyad_lang_source lang_source;
  const dyad_sentence *sentences;
  size_t n_sentences;
  const dyad_token *tokens;
  size_t n_tokens;
  dyad_span body;             /* the text after any crawl header */
  const dyad_mention *mentions; /* actor mentions in text order (dyad_coder_actors) */
  size_t n_mentions;
  const dyad_event *events;     /* coded events (dyad_coder_code) */
  size_t n_events;
  const dyad_quote *quotes;     /* direct quotes with their speakers (dyad_coder_code) */
  size_t n_quotes;
} dyad_doc;

typedef struct dyad_coder dyad_coder;

/** Creates a coder bound to d (which must outlive it).  One coder is used by
 *  one thread at a time; create one per thread.  Returns DYAD_OK or DYAD_NOMEM. */
DYAD_API int dyad_coder_new(const dyad_dict *d, dyad_coder **out);
DYAD_API void dyad_coder_free(dyad_coder *c);

/** Forces the language of every article ("it", "en"); NULL or "" restores
 *  detection.  Returns DYAD_MISUSE for a code longer than 7 bytes. */
DYAD_API int dyad_coder_set_lang(dyad_coder *c, const char *lang);

/** Analyzes an article: language, sentences, tokens with byte offsets, folded
 *  forms and stems.  The article must stay valid while *out is used.  Returns
 *  DYAD_OK, or DYAD_TOOBIG for a text over 4 GiB.  An article with no text gives
 *  a doc with no sentences, not an error. */
DYAD_API int dyad_coder_analyze(dyad_coder *c, const dyad_article *a, const dyad_doc **out);

/** Analyzes an article (as dyad_coder_analyze) and then finds and codes its
 *  actor mentions: doc->mentions.  Person roles are chosen by the article's
 *  date.  Same ownership and return values as dyad_coder_analyze(). */
DYAD_API int dyad_coder_actors(dyad_coder *c, const dyad_article *a, const dyad_doc **out);

/** Codes an article: analysis, actors (as dyad_coder_actors) and events:
 *  doc->events, in sentence order.  Negated acts, questions and hypotheticals
 *  are not emitted; an event needs both a source and a target.  Same ownership
 *  and return values as dyad_coder_analyze().  Stateless across articles. */
DYAD_API int dyad_coder_code(dyad_coder *c, const dyad_article *a, const dyad_doc **out);

/** Writes a readable name of a CAMEO actor code into buf (n bytes) and
 *  returns buf: the first dictionary name of its country or organization
 *  and the words of its role codes ("RUSGOV" -> "Russia government",
 *  "IGOUNO" -> "UN"); the code itself for parts it does not know.
 *  Thread-safe: d is only read. */
DYAD_API const char *dyad_dict_label(const dyad_dict *d, const char *code, char *buf, size_t n);

/** Warnings of the load: user entries that override built-in ones, one per
 *  line ("" when none).  Owned by d. */
DYAD_API const char *dyad_dict_warnings(const dyad_dict *d);

/** The message of the last error on c ("" when none). */
DYAD_API const char *dyad_coder_errmsg(const dyad_coder *c);


/* ------------------------------------------------------------------------
** The event store: an SQLite database of articles, sentences, actor
** mentions, deduplicated events with every mention's evidence, and quotes.
** The schema is documented in docs/schema.md.
**
**   dyad_store_open      opens (and with DYAD_STORE_CREATE makes) a database
**   dyad_store_has       whether an article with the same content is stored
**   dyad_store_put       stores a coded article (replacing a changed one)
**   dyad_store_put_error keeps an input error
**   dyad_store_commit    ends the open batch
**   dyad_store_query     the queries of the CLI and the HTTP API, row by row
**
** Writes are batched: dyad_store_put opens a transaction and commits it after
** a number of articles or a short time (and at dyad_store_commit / close), so
** an article is stored whole or not at all, and a crash loses at most the
** open batch.  The database is in WAL mode: readers in other processes query
** while a writer ingests.
**
** Thread safety: a store may be shared by threads; each call takes the
** store's lock.  dyad_store_errmsg is the message of the last failed call on
** the handle, whichever thread made it.
*/

enum {
  DYAD_STORE_READONLY = 1u << 0, /* open read-only (the HTTP server) */
  DYAD_STORE_CREATE = 1u << 1    /* create the database when it is missing */
};

/** The schema version this library writes and reads. */
#define DYAD_SCHEMA_VERSION 1

typedef struct dyad_store dyad_store;

/** Opens the database at path.  Errors (in err): DYAD_NOTFOUND when it is
 *  missing and DYAD_STORE_CREATE is not given; DYAD_DB when it is not a
 *  database, is corrupt, or has another schema version (the message says
 *  which); DYAD_IO when it cannot be opened. */
DYAD_API int dyad_store_open(const char *path, unsigned flags, dyad_store **out,
                             char err[DYAD_ERRLEN]);

/** Commits the open batch and closes.  NULL is a no-op.  Returns DYAD_OK or
 *  DYAD_DB when the last commit failed (the batch is then lost). */
DYAD_API int dyad_store_close(dyad_store *s);

/** Message of the last failed call ("" when none). */
DYAD_API const char *dyad_store_errmsg(const dyad_store *s);

/** Sets *present to 1 when an article with a's key (its id, else its url,
 *  else source file and index) and the same text is stored, 0 otherwise
 *  (absent, or stored with other text: dyad_store_put will replace it). */
DYAD_API int dyad_store_has(dyad_store *s, const dyad_article *a, int *present);

/** Stores the article of doc (coded by dyad_coder_code) with its sentences,
 *  mentions, events and quotes.  An article already stored with the same
 *  text is left alone (DYAD_OK, *added 0); one with other text under the same
 *  key is replaced, with its old events.  Events that agree on date, source,
 *  target and code are one event whose counts grow; each mention keeps its
 *  evidence.  *added (may be NULL) is 1 when something was written.  Returns
 *  DYAD_OK, DYAD_MISUSE on a read-only store, DYAD_DB (the article is not
 *  stored; nothing else is lost). */
DYAD_API int dyad_store_put(dyad_store *s, const dyad_doc *doc, int *added);

/** Keeps an input error (where: file and line or offset; message). */
DYAD_API int dyad_store_put_error(dyad_store *s, const char *where, const char *message);

/** Commits the open batch now.  Returns DYAD_OK or DYAD_DB. */
DYAD_API int dyad_store_commit(dyad_store *s);

/* Queries.  Each kind returns rows with the columns listed; the CLI prints
** them as a table, CSV, TSV or JSON Lines, the server as JSON. */
typedef enum {
  DYAD_Q_EVENTS = 0,   /* id date date_precision source source_country source_name
                          target target_country target_name code root quad_class
                          goldstein plover num_mentions num_articles num_sources
                          location_name location_country lat lon lang sentence
                          article_id title url; newest first */
  DYAD_Q_EVENT = 1,    /* the event q->id, columns as DYAD_Q_EVENTS */
  DYAD_Q_MENTIONS = 2, /* mentions of event q->id: mention_id event_id article_id doc_id
                          title url article_date lang sentence_index sentence
                          sentence_start source_start source_end target_start
                          target_end trigger_start trigger_end (byte offsets in the
                          article; subtract sentence_start for the sentence)
                          negated attribution rule location_name */
  DYAD_Q_ACTORS = 3,   /* code country name mentions events; by events, mentions */
  DYAD_Q_DYADS = 4,    /* source source_name source_country target target_name
                          target_country events goldstein q1 q2 q3 q4 (shares 0..1) */
  DYAD_Q_TIMELINE = 5, /* period direction (q->source to q->target "ab", back "ba")
                          events goldstein; by q->by */
  DYAD_Q_QUOTES = 6,   /* id article_id title date speaker speaker_name
                          speaker_country quote sentence_index */
  DYAD_Q_SEARCH = 7,   /* article_id doc_id title date url lang snippet (matches
                          between q->mark_open and q->mark_close) */
  DYAD_Q_ARTICLE = 8,  /* article q->id: article_id doc_id title date url lang
                          source_file text events */
  DYAD_Q_STATS = 9,    /* articles sentences mentions events event_mentions quotes
                          errors first_date last_date schema_version */
  DYAD_Q_EXPORT = 10,  /* every event with the evidence of its first mention:
                          the DYAD_Q_EVENTS columns plus added (first seen, UTC
                          YYYYMMDDhhmmss) is_root; oldest first */
  DYAD_Q_EXPORT_MENTIONS = 11, /* every mention: event_id event_date added
                          source_domain url sentence_index source_start
                          target_start trigger_start doc_len title */
  DYAD_Q_ERRORS = 12   /* id at where message */
} dyad_query_kind;

/** Filters and paging; zero all fields, then set those you need.  Actor
 *  filters take a CAMEO code (RUSGOV matches itself; a three-letter code is
 *  a country and matches all its actors; IGO and NGO every organization of
 *  the kind) or words of a name (Putin, in the event or the actor's label).
 *  Dates are YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
typedef struct dyad_query {
  const char *source, *target; /* actor filters; TIMELINE: the two sides */
  const char *actor;           /* either side */
  const char *code;            /* CAMEO event code or its prefix ("04", "042") */
  const char *root;            /* two-digit root */
  int quad;                    /* 1..4, 0 for any */
  const char *from, *to;       /* event dates */
  const char *lang;            /* article language */
  const char *text;            /* EVENTS/QUOTES: words in the article / quote;
                                  SEARCH: full-text query (accents ignored) */
  const char *speaker;         /* QUOTES: the speaker actor */
  const char *by;              /* TIMELINE: "day", "week" or "month" (default) */
  const char *mark_open, *mark_close; /* SEARCH snippet marks; NULL: "[" "]" */
  int64_t id;                  /* EVENT, MENTIONS, ARTICLE */
  int64_t limit;               /* rows; 0: 100 (EXPORT, EXPORT_MENTIONS, ERRORS:
                                  all); at most 1,000,000 */
  int64_t offset;              /* rows skipped */
} dyad_query;

typedef enum { DYAD_VAL_NULL = 0, DYAD_VAL_INT = 1, DYAD_VAL_REAL = 2, DYAD_VAL_TEXT = 3 } dyad_val_type;

typedef struct dyad_value {
  dyad_val_type type;
  int64_t i;       /* DYAD_VAL_INT */
  double r;        /* DYAD_VAL_REAL */
  dyad_str s;      /* DYAD_VAL_TEXT (valid during the callback) */
} dyad_value;

/** Called once per row; names and values have ncol entries and are valid only
 *  during the call.  Return 0 to go on, anything else to stop. */
typedef int (*dyad_row_fn)(void *ud, size_t ncol, const char *const *names, const dyad_value *vals);

/** Runs a query.  Returns DYAD_OK (also when fn stopped it), DYAD_MISUSE for
 *  a bad filter (the message names it: "bad date for from: '2024-13'"),
 *  DYAD_NOTFOUND for EVENT/ARTICLE with no such id, DYAD_DB. */
DYAD_API int dyad_store_query(dyad_store *s, dyad_query_kind kind, const dyad_query *q,
                              dyad_row_fn fn, void *ud);

/** Sets *n to the number of rows the query has without limit and offset. */
DYAD_API int dyad_store_count(dyad_store *s, dyad_query_kind kind, const dyad_query *q, int64_t *n);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
