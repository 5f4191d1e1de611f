/*
** readers.h -- the reader object and the interface between reader.c and the
** format readers (read_text.c, read_jsonl.c, read_html.c, read_warc.c).
**
** reader.c walks the inputs, opens each file as a dyad_stream, picks the
** format, and calls that format's next function.  A format's next function
** returns DYAD_OK with r->art filled (through dyad_reader_article_*), DYAD_DONE
** when its file has no more records, or an error code after setting the
** message with dyad_reader_fail.  Setting r->file_done after an error ends the
** file (used when the rest cannot be read).
*/
#ifndef DYAD_READERS_H
#define DYAD_READERS_H

#include "internal.h"
#include "stream.h"

/* HTML extraction results (read_html.c), also used for WARC payloads. */
typedef struct dyad_html {
  dyad_buf text, title, url;
  dyad_date date;
  char lang[8];
} dyad_html;

struct dyad_reader {
  dyad_reader_opts opts;       /* field names point into own_fields */
  char *own_fields[7];         /* copies of the option strings */
  size_t max_record;

  char **paths;                /* the files to read, in order */
  size_t n_paths, next_path;
  const void *mem;             /* open_mem: the buffer */
  size_t mem_len;

  /* the current file */
  dyad_stream *s;
  const char *path;
  dyad_format fmt;
  bool file_done;
  uint64_t recno;              /* records seen in this file */
  dyad_buf source;             /* the path, repaired to valid UTF-8 */

  /* WARC state */
  dyad_buf pending;            /* a version line read ahead by a resync */
  bool have_pending, resync;
  uint64_t reread_budget;      /* bytes a resync may still re-read in this file */
  uint64_t pend_off, pend_line;

  /* scratch and article fields */
  dyad_buf line, block, tmp;
  dyad_buf head, body, body2;  /* WARC: header block, decoded payloads */
  dyad_buf f_id, f_url, f_title, f_text;
  dyad_buf jstr;               /* JSON Lines: a field's value with its escapes decoded */
  dyad_html html;
  dyad_article art;

  uint64_t count, nerrors, bytes_closed;
  char errmsg[512];
};

/* Sets the message "FILE: UNIT N: message" (unit "line" or "byte"; NULL for
   "FILE: message") and returns rc. */
int dyad_reader_fail(dyad_reader *r, int rc, const char *unit, uint64_t n, const char *fmt,
                     ...) DYAD_PRINTF(5, 6);
/* Copies the stream's error message into the reader; returns the stream error. */
int dyad_reader_stream_fail(dyad_reader *r);
/* For formats with one record per file (text, HTML): reads the whole file
   into r->block, once.  Returns DYAD_OK, DYAD_DONE when the record was read
   already, or the failure (reported on r) for a stream error or a file over
   the record limit; what names the record in the message ("page", "text"). */
int dyad_reader_read_whole(dyad_reader *r, const char *what);

/* Starts a new article at (offset, line) of the current file. */
void dyad_reader_article_begin(dyad_reader *r, uint64_t offset, uint64_t line);
/* Sets one of r->f_* (repaired into valid UTF-8, repairs counted). */
void dyad_reader_article_set(dyad_reader *r, dyad_buf *field, const char *p, size_t n);
/* Points the article's strings at the fields; applies opts->lang. */
void dyad_reader_article_end(dyad_reader *r);

/* Normalizes a language tag ("it-IT", "EN_us") to its lower-case primary
   subtag in out[8]; "" when it does not look like one. */
void dyad_lang_copy(char out[8], const char *p, size_t n);

int dyad_text_next(dyad_reader *r);
int dyad_jsonl_next(dyad_reader *r);
int dyad_html_next(dyad_reader *r);
int dyad_warc_next(dyad_reader *r);

/* HTML main-text extraction: fills h (cleared first) from len bytes of
   HTML.  h->text is "" when the page has no body text. */
void dyad_html_init(dyad_html *h);
void dyad_html_free(dyad_html *h);
void dyad_html_extract(const char *html, size_t len, dyad_html *h);

/* When the declared charset (from an HTTP Content-Type value, may be NULL, or
   the page's meta tags) is Latin-1 or windows-1252 and the bytes are not
   valid UTF-8, converts them into out and returns true; else false. */
bool dyad_html_to_utf8(const char *html, size_t len, const char *ctype, size_t ctype_len,
                       dyad_buf *out);

/* Fills the current article (begun by the caller) from an HTML page: charset
   conversion, repair, extraction of text, title, url, date and lang.
   Returns NULL, or why the page gave no article ("no text in HTML page"). */
const char *dyad_html_fill(dyad_reader *r, const char *html, size_t len, const char *ctype,
                           size_t ctype_len);

#endif /* DYAD_READERS_H */
