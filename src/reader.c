/*
** reader.c -- the dyad_reader object: inputs, format detection, dispatch.
**
** dyad_reader_open turns a path into a list of files (a folder is walked
** depth-first, entries sorted by name, hidden entries skipped, symbolic links
** to folders not followed so that loops cannot happen).  dyad_reader_next
** opens each file as a dyad_stream (stream.c, which undoes gzip or zstd),
** detects the format from the first kilobyte when asked to, and pulls
** articles from the format reader (read_text.c, read_jsonl.c, read_html.c,
** read_warc.c).  Errors are per record or per file: the message is kept, the
** error count grows, and the next call goes on with the rest of the input.
**
** Callers: the CLI, the server and the tests, through include/dyad.h.
*/
#include "readers.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DEFAULT_MAX_RECORD ((size_t)64 * 1024 * 1024)
#define SNIFF_BYTES 1024
#define MAX_DEPTH 64

const char *dyad_format_name(dyad_format f) {
  switch (f) {
    case DYAD_FORMAT_AUTO: return "auto";
    case DYAD_FORMAT_TEXT: return "text";
    case DYAD_FORMAT_JSONL: return "jsonl";
    case DYAD_FORMAT_HTML: return "html";
    case DYAD_FORMAT_WARC: return "warc";
  }
  return "unknown";
}

/* ---- messages and articles ------------------------------------------------ */

/* Control characters in a message (from quoted input) become spaces. */
static void clean_message(char *m) {
  for (; *m; m++)
    if ((unsigned char)*m < 0x20 || *m == 0x7f) *m = ' ';
}

int dyad_reader_fail(dyad_reader *r, int rc, const char *unit, uint64_t n, const char *fmt,
                     ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const char *file = r->path ? r->path : "";
  if (unit)
    snprintf(r->errmsg, sizeof r->errmsg, "%s: %s %llu: %s", file, unit, (unsigned long long)n,
             msg);
  else
    snprintf(r->errmsg, sizeof r->errmsg, "%s: %s", file, msg);
  clean_message(r->errmsg);
  return rc;
}

int dyad_reader_stream_fail(dyad_reader *r) {
  snprintf(r->errmsg, sizeof r->errmsg, "%s", dyad_stream_errmsg(r->s));
  clean_message(r->errmsg);
  r->file_done = true;
  return dyad_stream_error(r->s);
}

int dyad_reader_read_whole(dyad_reader *r, const char *what) {
  if (r->recno) return DYAD_DONE;
  r->recno = 1;
  dyad_buf_clear(&r->block);
  int rc = dyad_stream_read_all(r->s, &r->block, r->max_record);
  if (rc == DYAD_TOOBIG) {
    r->file_done = true;
    return dyad_reader_fail(r, DYAD_TOOBIG, NULL, 0, "%s longer than the record limit (%zu bytes)",
                            what, r->max_record);
  }
  if (rc != DYAD_OK) return dyad_reader_stream_fail(r);
  return DYAD_OK;
}

void dyad_reader_article_begin(dyad_reader *r, uint64_t offset, uint64_t line) {
  dyad_article *a = &r->art;
  memset(a, 0, sizeof *a);
  dyad_buf_clear(&r->f_id);
  dyad_buf_clear(&r->f_url);
  dyad_buf_clear(&r->f_title);
  dyad_buf_clear(&r->f_text);
  a->offset = offset;
  a->line = line;
  a->index = r->recno ? r->recno - 1 : 0;
  a->format = r->fmt;
}

void dyad_reader_article_set(dyad_reader *r, dyad_buf *field, const char *p, size_t n) {
  dyad_buf_clear(field);
  r->art.n_repaired += dyad_utf8_repair(p, n, field);
}

static dyad_str str_of(const dyad_buf *b) { return (dyad_str){b->ptr, b->len}; }

void dyad_reader_article_end(dyad_reader *r) {
  dyad_article *a = &r->art;
  a->id = str_of(&r->f_id);
  a->url = str_of(&r->f_url);
  a->title = str_of(&r->f_title);
  a->text = str_of(&r->f_text);
  a->source = str_of(&r->source);
  if (r->opts.lang) dyad_lang_copy(a->lang, r->opts.lang, strlen(r->opts.lang));
}

void dyad_lang_copy(char out[8], const char *p, size_t n) {
  size_t i = 0;
  out[0] = 0;
  while (n && isspace((unsigned char)*p)) p++, n--;
  while (i < n && i < 7 && isalpha((unsigned char)p[i])) {
    out[i] = (char)tolower((unsigned char)p[i]);
    i++;
  }
  /* a primary subtag is 2 or 3 letters, followed by nothing or a subtag */
  bool ok = i >= 2 && i <= 3 && (i == n || p[i] == '-' || p[i] == '_');
  out[ok ? i : 0] = 0;
}

/* ---- the list of files ---------------------------------------------------- */

static void add_path(dyad_reader *r, char *p, size_t *cap) {
  if (r->n_paths == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    r->paths = dyad_xrealloc(r->paths, *cap * sizeof *r->paths);
  }
  r->paths[r->n_paths++] = p;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char *join(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  bool slash = dl > 0 && dir[dl - 1] == '/';
  char *p = dyad_xmalloc(dl + nl + 2);
  memcpy(p, dir, dl);
  if (!slash) p[dl++] = '/';
  memcpy(p + dl, name, nl + 1);
  return p;
}

/* Adds the files under dir, sorted by name, depth first.  Unreadable
   folders are skipped. */
static void walk(dyad_reader *r, const char *dir, size_t *cap, int depth) {
  DIR *d = opendir(dir);
  if (!d || depth > MAX_DEPTH) {
    if (d) closedir(d);
    return;
  }
  char **names = NULL;
  size_t n = 0, ncap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue; /* hidden, "." and ".." */
    if (n == ncap) {
      ncap = ncap ? ncap * 2 : 32;
      names = dyad_xrealloc(names, ncap * sizeof *names);
    }
    names[n++] = dyad_xstrndup(e->d_name, strlen(e->d_name));
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_names);
  for (size_t i = 0; i < n; i++) {
    char *p = join(dir, names[i]);
    struct stat lst, st;
    free(names[i]);
    if (lstat(p, &lst) != 0) {
      free(p);
      continue;
    }
    if (S_ISDIR(lst.st_mode)) {
      walk(r, p, cap, depth + 1);
      free(p);
    } else if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
      add_path(r, p, cap); /* a regular file, or a link to one */
    } else {
      free(p);
    }
  }
  free(names);
}

/* ---- open / free ------------------------------------------------------------ */

static const char *copy_opt(dyad_reader *r, int i, const char *s, const char *dflt) {
  r->own_fields[i] = dyad_xstrndup(s ? s : dflt, strlen(s ? s : dflt));
  return r->own_fields[i];
}

static dyad_reader *reader_new(const dyad_reader_opts *opts) {
  dyad_reader *r = dyad_xcalloc(1, sizeof *r);
  dyad_reader_opts o = {0};
  if (opts) o = *opts;
  r->opts.format = o.format;
  r->opts.field_id = copy_opt(r, 0, o.field_id, "id");
  r->opts.field_text = copy_opt(r, 1, o.field_text, "text");
  r->opts.field_date = copy_opt(r, 2, o.field_date, "date");
  r->opts.field_url = copy_opt(r, 3, o.field_url, "url");
  r->opts.field_title = copy_opt(r, 4, o.field_title, "title");
  r->opts.field_lang = copy_opt(r, 5, o.field_lang, "lang");
  r->opts.lang = o.lang ? copy_opt(r, 6, o.lang, "") : NULL;
  r->max_record = o.max_record ? o.max_record : DEFAULT_MAX_RECORD;
  r->opts.max_record = r->max_record;
  dyad_buf *bufs[] = {&r->source, &r->pending, &r->line,  &r->block,
                      &r->tmp,    &r->head,    &r->body,  &r->body2,
                      &r->f_id,   &r->f_url,   &r->f_title, &r->f_text, &r->jstr};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) *bufs[i] = (dyad_buf)DYAD_BUF_INIT;
  dyad_html_init(&r->html);
  return r;
}

int dyad_reader_open(const char *path, const dyad_reader_opts *opts, dyad_reader **out,
                     char err[DYAD_ERRLEN]) {
  struct stat st;
  *out = NULL;
  if (!path) {
    dyad_errf(err, "no input path");
    return DYAD_MISUSE;
  }
  bool is_stdin = strcmp(path, "-") == 0;
  if (!is_stdin && stat(path, &st) != 0) {
    dyad_errf(err, "%s: cannot open: %s", path, strerror(errno));
    return DYAD_IO;
  }
  dyad_reader *r = reader_new(opts);
  size_t cap = 0;
  if (!is_stdin && S_ISDIR(st.st_mode)) {
    DIR *d = opendir(path);
    if (!d) {
      dyad_errf(err, "%s: cannot open: %s", path, strerror(errno));
      dyad_reader_free(r);
      return DYAD_IO;
    }
    closedir(d);
    walk(r, path, &cap, 0);
  } else {
    FILE *f = is_stdin ? NULL : fopen(path, "rb");
    if (!is_stdin && !f) {
      dyad_errf(err, "%s: cannot open: %s", path, strerror(errno));
      dyad_reader_free(r);
      return DYAD_IO;
    }
    if (f) fclose(f);
    add_path(r, dyad_xstrndup(path, strlen(path)), &cap);
  }
  *out = r;
  return DYAD_OK;
}

int dyad_reader_open_mem(const char *name, const void *buf, size_t len,
                         const dyad_reader_opts *opts, dyad_reader **out,
                         char err[DYAD_ERRLEN]) {
  *out = NULL;
  if (!buf && len) {
    dyad_errf(err, "no input buffer");
    return DYAD_MISUSE;
  }
  dyad_reader *r = reader_new(opts);
  size_t cap = 0;
  if (!name) name = "-";
  add_path(r, dyad_xstrndup(name, strlen(name)), &cap);
  r->mem = buf ? buf : "";
  r->mem_len = len;
  *out = r;
  return DYAD_OK;
}

static void close_file(dyad_reader *r) {
  if (r->s) {
    r->bytes_closed += dyad_stream_bytes_in(r->s);
    dyad_stream_free(r->s);
    r->s = NULL;
  }
  r->file_done = false;
}

void dyad_reader_free(dyad_reader *r) {
  if (!r) return;
  close_file(r);
  for (size_t i = 0; i < r->n_paths; i++) free(r->paths[i]);
  free(r->paths);
  for (int i = 0; i < 7; i++) free(r->own_fields[i]);
  dyad_buf *bufs[] = {&r->source, &r->pending, &r->line,  &r->block,
                      &r->tmp,    &r->head,    &r->body,  &r->body2,
                      &r->f_id,   &r->f_url,   &r->f_title, &r->f_text, &r->jstr};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) dyad_buf_free(bufs[i]);
  dyad_html_free(&r->html);
  free(r);
}

/* ---- format detection ------------------------------------------------------- */

static bool has_prefix_ci(const char *p, size_t n, const char *pre) {
  size_t k = strlen(pre);
  if (n < k) return false;
  for (size_t i = 0; i < k; i++)
    if (tolower((unsigned char)p[i]) != pre[i]) return false;
  return true;
}

static bool contains_ci(const char *p, size_t n, const char *needle) {
  for (size_t i = 0; i < n; i++)
    if (has_prefix_ci(p + i, n - i, needle)) return true;
  return false;
}

static dyad_format sniff(const char *p, size_t n) {
  if (n >= 5 && memcmp(p, "WARC/", 5) == 0) return DYAD_FORMAT_WARC;
  size_t i = 0;
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) i = 3; /* byte order mark */
  while (i < n && isspace((unsigned char)p[i])) i++;
  if (i < n && p[i] == '{') return DYAD_FORMAT_JSONL;
  if (i < n && p[i] == '<') return DYAD_FORMAT_HTML;
  if (contains_ci(p, n, "<html") || contains_ci(p, n, "<!doctype html")) return DYAD_FORMAT_HTML;
  return DYAD_FORMAT_TEXT;
}

/* A NUL byte, or more than 10% control bytes or invalid UTF-8 sequences. */
static bool looks_binary(const char *p, size_t n, bool more) {
  size_t bad = 0, i = 0;
  if (memchr(p, 0, n)) return true;
  while (i < n) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) bad++;
      i++;
      continue;
    }
    size_t adv;
    int32_t cp = dyad_utf8_decode(p + i, n - i, &adv);
    /* a sequence cut by the end of the sample is not counted */
    if (cp == 0xFFFD && adv == 1 && !(more && n - i < 4)) bad++;
    i += adv;
  }
  return bad * 10 > n;
}

/* ---- dispatch ---------------------------------------------------------------- */

static void set_source(dyad_reader *r) {
  dyad_buf_clear(&r->source);
  dyad_utf8_repair(r->path, strlen(r->path), &r->source);
}

/* Opens the next file and picks its format.  Returns DYAD_OK, DYAD_DONE when
   there are no more files, or an error for this file. */
static int open_next(dyad_reader *r) {
  char err[DYAD_ERRLEN];
  if (r->next_path >= r->n_paths) return DYAD_DONE;
  r->path = r->paths[r->next_path++];
  r->recno = 0;
  r->have_pending = r->resync = false;
  r->reread_budget = 4 * (uint64_t)r->max_record;
  set_source(r);
  if (r->mem) {
    r->s = dyad_stream_open_mem(r->path, r->mem, r->mem_len);
  } else if (dyad_stream_open(r->path, &r->s, err) != DYAD_OK) {
    snprintf(r->errmsg, sizeof r->errmsg, "%s", err);
    return DYAD_IO;
  }
  const char *p;
  size_t n = dyad_stream_peek(r->s, SNIFF_BYTES, &p);
  if (n == 0) {
    r->file_done = true;
    if (dyad_stream_error(r->s)) return dyad_reader_stream_fail(r);
    return dyad_reader_fail(r, DYAD_SYNTAX, NULL, 0, "empty file");
  }
  r->fmt = r->opts.format ? r->opts.format : sniff(p, n);
  if (r->fmt == DYAD_FORMAT_TEXT && looks_binary(p, n, n == SNIFF_BYTES)) {
    r->file_done = true;
    return dyad_reader_fail(r, DYAD_SYNTAX, NULL, 0, "binary file");
  }
  return DYAD_OK;
}

static int format_next(dyad_reader *r) {
  switch (r->fmt) {
    case DYAD_FORMAT_AUTO:
    case DYAD_FORMAT_TEXT: return dyad_text_next(r);
    case DYAD_FORMAT_JSONL: return dyad_jsonl_next(r);
    case DYAD_FORMAT_HTML: return dyad_html_next(r);
    case DYAD_FORMAT_WARC: return dyad_warc_next(r);
  }
  return dyad_text_next(r);
}

int dyad_reader_next(dyad_reader *r, const dyad_article **out) {
  if (out) *out = NULL;
  if (!r || !out) return DYAD_MISUSE;
  for (;;) {
    if (r->s && r->file_done) close_file(r);
    if (!r->s) {
      int rc = open_next(r);
      if (rc == DYAD_DONE) return DYAD_DONE;
      if (rc != DYAD_OK) {
        r->nerrors++;
        if (!r->s) r->file_done = false;
        return rc;
      }
    }
    int rc = format_next(r);
    if (rc == DYAD_DONE) {
      r->file_done = true;
      continue;
    }
    if (rc == DYAD_OK) {
      r->count++;
      *out = &r->art;
    } else {
      r->nerrors++;
    }
    return rc;
  }
}

const char *dyad_reader_errmsg(const dyad_reader *r) { return r ? r->errmsg : ""; }
uint64_t dyad_reader_count(const dyad_reader *r) { return r ? r->count : 0; }
uint64_t dyad_reader_nerrors(const dyad_reader *r) { return r ? r->nerrors : 0; }

uint64_t dyad_reader_bytes(const dyad_reader *r) {
  if (!r) return 0;
  return r->bytes_closed + (r->s ? dyad_stream_bytes_in(r->s) : 0);
}
