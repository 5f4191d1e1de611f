/*
** stream.c -- buffered, decompressing byte source for the readers.
**
** Layers, from the source up:
**
**   FILE* / memory --raw_fill--> in[] --produce (copy|inflate|zstd)--> win[]
**                                                                        |
**        read_line / read_exact / skip / read_all / peek  <--- consume --+
**
** The raw layer reads 64 KiB at a time (a memory source is used in place).
** produce() turns raw bytes into decompressed bytes: gzip through zlib's
** inflate with automatic header detection (windowBits 15+32), restarting at
** each new member; zstd through ZSTD_decompressStream, which walks frames by
** itself.  The window holds decompressed bytes not yet consumed; it only
** grows when a caller peeks further ahead than a chunk.
**
** Callers: reader.c and the format readers (read_*.c).
*/
#include "stream.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#define CHUNK (64 * 1024)

struct dyad_stream {
  char *name;
  FILE *f;                  /* NULL for a memory source */
  bool close_f;             /* false for standard input */
  const unsigned char *in;  /* raw bytes: in_buf, or the caller's memory */
  unsigned char *in_buf;
  size_t in_pos, in_len;
  bool in_eof;              /* the source has nothing more */
  uint64_t bytes_read;      /* raw bytes read from a file */
  dyad_comp comp;
  bool detected;
  z_stream z;
  bool z_init, member_done;
  ZSTD_DStream *zd;
  bool frame_open;          /* a zstd frame is started and not finished */
  char *win;                /* decompressed bytes [w_pos, w_len) not consumed */
  size_t w_pos, w_len, w_cap;
  bool eof;                 /* produce() has nothing more */
  int err;
  char errmsg[DYAD_ERRLEN];
  uint64_t offset, lineno, produced;
};

static void set_err(dyad_stream *s, int rc, const char *what) {
  if (s->err) return;
  s->err = rc;
  dyad_errf(s->errmsg, "%s: byte %llu: %s", s->name, (unsigned long long)s->produced, what);
}

/* ---- raw layer ----------------------------------------------------------- */

static void raw_fill(dyad_stream *s) {
  if (s->in_eof || !s->f) {
    s->in_eof = true;
    return;
  }
  if (s->in_pos > 0) {
    memmove(s->in_buf, s->in_buf + s->in_pos, s->in_len - s->in_pos);
    s->in_len -= s->in_pos;
    s->in_pos = 0;
  }
  size_t n = fread(s->in_buf + s->in_len, 1, CHUNK - s->in_len, s->f);
  s->in_len += n;
  s->bytes_read += n;
  if (n == 0) {
    s->in_eof = true;
    if (ferror(s->f)) {
      char msg[128];
      snprintf(msg, sizeof msg, "read error: %s", strerror(errno));
      set_err(s, DYAD_IO, msg);
    }
  }
}

static size_t in_avail(const dyad_stream *s) { return s->in_len - s->in_pos; }

/* Looks at the first bytes for a compression magic number. */
static void detect(dyad_stream *s) {
  s->detected = true;
  while (in_avail(s) < 4 && !s->in_eof) {
    size_t before = in_avail(s);
    raw_fill(s);
    if (in_avail(s) == before) break;
  }
  const unsigned char *p = s->in + s->in_pos;
  size_t n = in_avail(s);
  if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
    s->comp = DYAD_COMP_GZIP;
    if (inflateInit2(&s->z, 15 + 32) != Z_OK) set_err(s, DYAD_ERROR, "cannot start inflate");
    else s->z_init = true;
  } else if (n >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f && p[3] == 0xfd) {
    s->comp = DYAD_COMP_ZSTD;
    s->zd = ZSTD_createDStream();
    if (!s->zd || ZSTD_isError(ZSTD_initDStream(s->zd)))
      set_err(s, DYAD_ERROR, "cannot start zstd decompression");
  }
}

/* ---- decompression layer: each returns bytes written, 0 at end/error ----- */

static size_t produce_plain(dyad_stream *s, char *dst, size_t cap) {
  if (in_avail(s) == 0) raw_fill(s);
  size_t n = in_avail(s) < cap ? in_avail(s) : cap;
  if (n == 0) s->eof = true;
  memcpy(dst, s->in + s->in_pos, n);
  s->in_pos += n;
  return n;
}

static size_t produce_gzip(dyad_stream *s, char *dst, size_t cap) {
  for (;;) {
    if (in_avail(s) == 0) raw_fill(s);
    if (s->err) return 0;
    size_t avail = in_avail(s);
    if (s->member_done) {
      /* another member follows, or the end (trailing non-gzip bytes are
         ignored, as gzip(1) does) */
      if (avail == 0 || s->in[s->in_pos] != 0x1f) {
        s->eof = true;
        return 0;
      }
      inflateReset(&s->z);
      s->member_done = false;
    }
    if (avail == 0) {
      set_err(s, DYAD_IO, "truncated gzip stream");
      return 0;
    }
    s->z.next_in = (Bytef *)(uintptr_t)(s->in + s->in_pos);
    s->z.avail_in = (uInt)avail;
    s->z.next_out = (Bytef *)dst;
    s->z.avail_out = (uInt)cap;
    int ret = inflate(&s->z, Z_NO_FLUSH);
    s->in_pos += avail - s->z.avail_in;
    size_t got = cap - s->z.avail_out;
    if (ret == Z_STREAM_END) {
      s->member_done = true;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      char msg[128];
      snprintf(msg, sizeof msg, "corrupt gzip stream (%s)", s->z.msg ? s->z.msg : "inflate error");
      set_err(s, DYAD_IO, msg);
      return got;
    }
    if (got) return got;
  }
}

static size_t produce_zstd(dyad_stream *s, char *dst, size_t cap) {
  for (;;) {
    if (in_avail(s) == 0) raw_fill(s);
    if (s->err) return 0;
    size_t avail = in_avail(s);
    ZSTD_inBuffer ib = {s->in + s->in_pos, avail, 0};
    ZSTD_outBuffer ob = {dst, cap, 0};
    size_t ret = ZSTD_decompressStream(s->zd, &ob, &ib);
    s->in_pos += ib.pos;
    if (ZSTD_isError(ret)) {
      char msg[128];
      snprintf(msg, sizeof msg, "corrupt zstd stream (%s)", ZSTD_getErrorName(ret));
      set_err(s, DYAD_IO, msg);
      return ob.pos;
    }
    /* with no input and no output the hint says nothing about the frame */
    if (ib.pos || ob.pos) s->frame_open = ret != 0;
    if (ob.pos) return ob.pos;
    if (avail == 0) {
      if (s->frame_open) set_err(s, DYAD_IO, "truncated zstd stream");
      s->eof = true;
      return 0;
    }
  }
}

/* ---- window -------------------------------------------------------------- */

/* Adds decompressed bytes to the window; returns how many (0: end or error). */
static size_t fill(dyad_stream *s) {
  if (!s->detected) detect(s);
  if (s->err || s->eof) return 0;
  if (s->w_pos == s->w_len) {
    s->w_pos = s->w_len = 0;
  } else if (s->w_cap - s->w_len < CHUNK && s->w_pos > 0) {
    memmove(s->win, s->win + s->w_pos, s->w_len - s->w_pos);
    s->w_len -= s->w_pos;
    s->w_pos = 0;
  }
  if (s->w_cap - s->w_len < CHUNK) {
    size_t cap = s->w_cap ? s->w_cap : CHUNK;
    while (cap - s->w_len < CHUNK) cap *= 2;
    s->win = dyad_xrealloc(s->win, cap);
    s->w_cap = cap;
  }
  size_t got = 0, room = s->w_cap - s->w_len;
  char *dst = s->win + s->w_len;
  switch (s->comp) {
    case DYAD_COMP_NONE: got = produce_plain(s, dst, room); break;
    case DYAD_COMP_GZIP: got = produce_gzip(s, dst, room); break;
    case DYAD_COMP_ZSTD: got = produce_zstd(s, dst, room); break;
  }
  s->w_len += got;
  s->produced += got;
  return got;
}

static size_t count_newlines(const char *p, size_t n) {
  size_t c = 0;
  const char *end = p + n;
  while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) c++, p++;
  return c;
}

static void consume(dyad_stream *s, size_t n) {
  s->lineno += count_newlines(s->win + s->w_pos, n);
  s->offset += n;
  s->w_pos += n;
}

/* ---- public -------------------------------------------------------------- */

static dyad_stream *stream_new(const char *name) {
  dyad_stream *s = dyad_xcalloc(1, sizeof *s);
  s->name = dyad_xstrndup(name, strlen(name));
  s->lineno = 1;
  return s;
}

int dyad_stream_open(const char *path, dyad_stream **out, char err[DYAD_ERRLEN]) {
  *out = NULL;
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    dyad_errf(err, "%s: cannot open: %s", path, strerror(errno));
    return DYAD_IO;
  }
  dyad_stream *s = stream_new(path);
  s->f = f;
  s->close_f = f != stdin;
  s->in_buf = dyad_xmalloc(CHUNK);
  s->in = s->in_buf;
  *out = s;
  return DYAD_OK;
}

dyad_stream *dyad_stream_open_mem(const char *name, const void *buf, size_t len) {
  dyad_stream *s = stream_new(name);
  s->in = len ? buf : (const unsigned char *)"";
  s->in_len = len;
  s->in_eof = true;
  return s;
}

void dyad_stream_free(dyad_stream *s) {
  if (!s) return;
  if (s->close_f) fclose(s->f);
  if (s->z_init) inflateEnd(&s->z);
  ZSTD_freeDStream(s->zd);
  free(s->in_buf);
  free(s->win);
  free(s->name);
  free(s);
}

size_t dyad_stream_peek(dyad_stream *s, size_t n, const char **p) {
  while (s->w_len - s->w_pos < n && fill(s) > 0) {}
  *p = s->win ? s->win + s->w_pos : "";
  size_t have = s->w_len - s->w_pos;
  return have < n ? have : n;
}

int dyad_stream_read_line(dyad_stream *s, dyad_buf *line, size_t max, uint64_t *off,
                          uint64_t *lineno) {
  bool any = false, skipping = false, ended = false;
  size_t content = 0;
  dyad_buf_clear(line);
  *off = s->offset;
  *lineno = s->lineno;
  while (!ended) {
    if (s->w_pos == s->w_len && fill(s) == 0) break;
    const char *p = s->win + s->w_pos;
    size_t avail = s->w_len - s->w_pos;
    const char *nl = memchr(p, '\n', avail);
    size_t take = nl ? (size_t)(nl - p) + 1 : avail;
    ended = nl != NULL;
    any = true;
    content += take - (ended ? 1 : 0);
    if (!skipping && content > max) {
      skipping = true;
      dyad_buf_clear(line);
    }
    if (!skipping) dyad_buf_put(line, p, take - (ended ? 1 : 0));
    consume(s, take);
  }
  if (!any) return s->err ? s->err : DYAD_DONE;
  if (!ended && s->err) return s->err;
  if (skipping) return DYAD_TOOBIG;
  if (line->len && line->ptr[line->len - 1] == '\r') line->ptr[--line->len] = 0;
  return DYAD_OK;
}

int dyad_stream_read_exact(dyad_stream *s, dyad_buf *out, size_t n) {
  while (n > 0) {
    if (s->w_pos == s->w_len && fill(s) == 0) return s->err ? s->err : DYAD_DONE;
    size_t take = s->w_len - s->w_pos < n ? s->w_len - s->w_pos : n;
    dyad_buf_put(out, s->win + s->w_pos, take);
    consume(s, take);
    n -= take;
  }
  return DYAD_OK;
}

int dyad_stream_skip(dyad_stream *s, uint64_t n, uint64_t *skipped) {
  *skipped = 0;
  while (*skipped < n) {
    if (s->w_pos == s->w_len && fill(s) == 0) return s->err ? s->err : DYAD_DONE;
    uint64_t left = n - *skipped;
    size_t take = s->w_len - s->w_pos;
    if (take > left) take = (size_t)left;
    consume(s, take);
    *skipped += take;
  }
  return DYAD_OK;
}

int dyad_stream_read_all(dyad_stream *s, dyad_buf *out, size_t max) {
  size_t got = 0;
  for (;;) {
    if (s->w_pos == s->w_len && fill(s) == 0) return s->err;
    size_t take = s->w_len - s->w_pos;
    if (got + take > max) take = max + 1 - got;
    dyad_buf_put(out, s->win + s->w_pos, take);
    consume(s, take);
    got += take;
    if (got > max) return DYAD_TOOBIG;
  }
}

void dyad_stream_unread(dyad_stream *s, const char *p, size_t n) {
  if (n == 0) return;
  if (n > s->offset) n = (size_t)s->offset; /* never before the start */
  size_t rest = s->w_len - s->w_pos;
  if (n <= s->w_pos) {
    s->w_pos -= n;
    memmove(s->win + s->w_pos, p, n);
  } else {
    size_t cap = n + rest + CHUNK;
    char *w = dyad_xmalloc(cap);
    memcpy(w, p, n);
    if (rest) memcpy(w + n, s->win + s->w_pos, rest);
    free(s->win);
    s->win = w;
    s->w_cap = cap;
    s->w_pos = 0;
    s->w_len = n + rest;
  }
  s->offset -= n;
  s->lineno -= count_newlines(p, n);
}

uint64_t dyad_stream_offset(const dyad_stream *s) { return s->offset; }
uint64_t dyad_stream_lineno(const dyad_stream *s) { return s->lineno; }
uint64_t dyad_stream_bytes_in(const dyad_stream *s) { return s->f ? s->bytes_read : s->in_pos; }
dyad_comp dyad_stream_comp(const dyad_stream *s) { return s->comp; }
int dyad_stream_error(const dyad_stream *s) { return s->err; }
const char *dyad_stream_errmsg(const dyad_stream *s) { return s->errmsg; }
