/*
** stream.h -- a byte source over a file, standard input or memory, with
** transparent gzip and zstd decompression.
**
** Private to the readers.  The compression is detected from the first bytes
** (1f 8b: gzip, multi-member; 28 b5 2f fd: zstd, multi-frame).  Data is
** decompressed in bounded chunks into a window, so a multi-gigabyte file is
** never held in memory.  Offsets and line numbers count decompressed bytes.
**
** Errors (a read failure, corrupt or truncated compressed data) are sticky:
** the data decompressed before the failure is still delivered, then every
** read returns the error code, with "NAME: byte N: message" in
** dyad_stream_errmsg() (N: the decompressed offset reached).
*/
#ifndef DYAD_STREAM_H
#define DYAD_STREAM_H

#include "internal.h"

typedef struct dyad_stream dyad_stream;

typedef enum { DYAD_COMP_NONE = 0, DYAD_COMP_GZIP = 1, DYAD_COMP_ZSTD = 2 } dyad_comp;

/* Opens a file ("-": standard input, not closed by free).  Returns DYAD_OK or
   DYAD_IO with a message in err. */
int dyad_stream_open(const char *path, dyad_stream **out, char err[DYAD_ERRLEN]);
/* A stream over len bytes at buf (not copied); name is used in messages. */
dyad_stream *dyad_stream_open_mem(const char *name, const void *buf, size_t len);
void dyad_stream_free(dyad_stream *s);

/* Makes up to n bytes available without consuming them; *p points at them.
   Returns how many are available (fewer than n only at the end or on error). */
size_t dyad_stream_peek(dyad_stream *s, size_t n, const char **p);

/* Reads one line into line (cleared first), without its "\n" or "\r\n".
   *off and *lineno receive the line's starting offset and 1-based number.
   Returns DYAD_OK; DYAD_DONE at the end; DYAD_TOOBIG when the line is longer
   than max bytes (it is consumed without being buffered); or the stream's
   error (a partial last line before an error is not returned). */
int dyad_stream_read_line(dyad_stream *s, dyad_buf *line, size_t max, uint64_t *off,
                          uint64_t *lineno);

/* Appends exactly n bytes to out.  Returns DYAD_OK, DYAD_DONE when the data
   ended first (out has what there was), or the stream's error. */
int dyad_stream_read_exact(dyad_stream *s, dyad_buf *out, size_t n);

/* Discards n bytes; *skipped receives how many were there.  Returns like
   dyad_stream_read_exact. */
int dyad_stream_skip(dyad_stream *s, uint64_t n, uint64_t *skipped);

/* Appends the rest of the stream to out.  Returns DYAD_OK, DYAD_TOOBIG when
   more than max bytes remain (out then holds max + 1 of them), or the error. */
int dyad_stream_read_all(dyad_stream *s, dyad_buf *out, size_t max);

/* Puts n bytes back in front of the unread data, as if not yet consumed (the
   offset and line number move back accordingly). */
void dyad_stream_unread(dyad_stream *s, const char *p, size_t n);

uint64_t dyad_stream_offset(const dyad_stream *s);   /* decompressed bytes consumed */
uint64_t dyad_stream_lineno(const dyad_stream *s);   /* 1-based line of the next byte */
uint64_t dyad_stream_bytes_in(const dyad_stream *s); /* raw bytes read from the source */
dyad_comp dyad_stream_comp(const dyad_stream *s);
int dyad_stream_error(const dyad_stream *s);         /* DYAD_OK or the sticky error */
const char *dyad_stream_errmsg(const dyad_stream *s);

#endif /* DYAD_STREAM_H */
