/*
** read_warc.c -- WARC/1.0 and WARC/1.1 archives: HTML responses as articles.
**
** A record is
**
**   WARC/1.1\r\n                      version line
**   WARC-Type: response\r\n           header fields ...
**   Content-Length: 5000\r\n
**   \r\n                              end of the header block
**   HTTP/1.1 200 OK\r\n ... <html>    exactly Content-Length bytes of block
**   \r\n\r\n                          then the next "WARC/" or the end
**
** Only `response` records whose HTTP payload is text/html (or XHTML) become
** articles; other records are skipped silently.  The payload is de-chunked
** and un-gzipped when its HTTP headers say so, converted from Latin-1 or
** windows-1252 when declared, and handed to the HTML extractor (read_html.c).
** A Content-Length that does not land on a record boundary is reported, and
** the reader resynchronizes on the next line starting with "WARC/1.".
** Per-record gzip members (.warc.gz) are undone by the stream layer.
** Called by reader.c.
*/
#include "readers.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define MAX_HEADER_LINE (64 * 1024)
#define MAX_HEADER_BLOCK (1024 * 1024)
#define SKIP_RECORD (-1) /* internal: a record that is not an article */

/* ---- small text helpers --------------------------------------------------------- */

static bool starts_with(const char *p, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && memcmp(p, pre, k) == 0;
}

static bool starts_with_ci(const char *p, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && strncasecmp(p, pre, k) == 0;
}

/* Finds the field `name` in "Name: value" lines (CRLF or LF); the value is
   trimmed. */
static bool field(const char *h, size_t n, const char *name, dyad_str *v) {
  size_t k = strlen(name);
  const char *p = h, *end = h + n;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    if ((size_t)(eol - p) > k && p[k] == ':' && strncasecmp(p, name, k) == 0) {
      const char *a = p + k + 1, *b = eol;
      while (a < b && (*a == ' ' || *a == '\t')) a++;
      while (b > a && isspace((unsigned char)b[-1])) b--;
      *v = (dyad_str){a, (size_t)(b - a)};
      return true;
    }
    p = eol + 1;
  }
  *v = (dyad_str){"", 0};
  return false;
}

static dyad_str strip_angles(dyad_str s) {
  if (s.len >= 2 && s.ptr[0] == '<' && s.ptr[s.len - 1] == '>') s.ptr++, s.len -= 2;
  return s;
}

static bool parse_length(dyad_str v, uint64_t *out) {
  uint64_t x = 0;
  if (v.len == 0 || v.len > 18) return false;
  for (size_t i = 0; i < v.len; i++) {
    if (!isdigit((unsigned char)v.ptr[i])) return false;
    x = x * 10 + (uint64_t)(v.ptr[i] - '0');
  }
  *out = x;
  return true;
}

/* ---- HTTP payload ------------------------------------------------------------------ */

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = (char)tolower((unsigned char)c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Undoes chunked transfer coding; a truncated last chunk keeps what is there. */
static void dechunk(const char *p, size_t n, dyad_buf *out) {
  size_t i = 0;
  dyad_buf_clear(out);
  while (i < n) {
    size_t size = 0, digits = 0;
    for (int d; i < n && (d = hex_digit(p[i])) >= 0; i++, digits++)
      if (size <= n) size = size * 16 + (size_t)d; /* anything > n is "too much" */
    if (digits == 0) break;
    const char *nl = memchr(p + i, '\n', n - i); /* skip chunk extensions */
    if (!nl) break;
    i = (size_t)(nl - p) + 1;
    if (size == 0) break;
    if (size > n - i) size = n - i;
    dyad_buf_put(out, p + i, size);
    i += size;
    if (i < n && p[i] == '\r') i++;
    if (i < n && p[i] == '\n') i++;
  }
}

/* Inflates a gzip or zlib body into out, at most max bytes.  False on error. */
static bool inflate_body(const char *p, size_t n, size_t max, dyad_buf *out) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 15 + 32) != Z_OK) return false;
  dyad_buf_clear(out);
  z.next_in = (Bytef *)(uintptr_t)p;
  z.avail_in = (uInt)n;
  int ret = Z_OK;
  while (ret == Z_OK && out->len <= max) {
    dyad_buf_grow(out, 64 * 1024);
    z.next_out = (Bytef *)(out->ptr + out->len);
    z.avail_out = (uInt)(out->cap - out->len - 1);
    uInt before = z.avail_out;
    ret = inflate(&z, Z_NO_FLUSH);
    out->len += before - z.avail_out;
    out->ptr[out->len] = 0;
    if (ret == Z_BUF_ERROR && z.avail_in == 0) break; /* truncated: keep what came */
  }
  inflateEnd(&z);
  return (ret == Z_STREAM_END || ret == Z_BUF_ERROR || ret == Z_OK) && out->len <= max;
}

static bool is_html_type(dyad_str ct) {
  return starts_with_ci(ct.ptr, ct.len, "text/html") ||
         starts_with_ci(ct.ptr, ct.len, "application/xhtml+xml");
}

/* Splits the HTTP response in r->block into headers and an HTML body.
   Returns false when the record is not an HTML page with status 2xx. */
static bool http_body(dyad_reader *r, dyad_str *headers, dyad_str *body, dyad_str *ctype) {
  const char *p = r->block.ptr;
  size_t n = r->block.len;
  if (!starts_with(p, n, "HTTP/")) return false;
  const char *sp = memchr(p, ' ', n < 64 ? n : 64);
  if (!sp || (size_t)(sp - p) + 4 > n || sp[1] != '2') return false;
  const char *end = NULL;
  for (size_t i = 0; i + 1 < n && !end; i++) {
    if (p[i] != '\n') continue;
    if (p[i + 1] == '\n') end = p + i + 2;
    else if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n') end = p + i + 3;
  }
  if (!end) return false;
  *headers = (dyad_str){p, (size_t)(end - p)};
  *body = (dyad_str){end, n - (size_t)(end - p)};
  if (field(headers->ptr, headers->len, "Content-Type", ctype)) return is_html_type(*ctype);
  /* no declared type: accept what looks like a page */
  size_t k = body->len < 1024 ? body->len : 1024;
  for (size_t i = 0; i + 5 <= k; i++)
    if (strncasecmp(body->ptr + i, "<html", 5) == 0) return true;
  return false;
}

/* Applies the transfer and content codings the headers declare. */
static dyad_str decode_body(dyad_reader *r, dyad_str headers, dyad_str body) {
  dyad_str te, ce;
  if (field(headers.ptr, headers.len, "Transfer-Encoding", &te) &&
      starts_with_ci(te.ptr, te.len, "chunked")) {
    dechunk(body.ptr, body.len, &r->body);
    if (r->body.len) body = (dyad_str){r->body.ptr, r->body.len};
  }
  bool zipped = body.len >= 2 && (unsigned char)body.ptr[0] == 0x1f &&
                (unsigned char)body.ptr[1] == 0x8b;
  if (field(headers.ptr, headers.len, "Content-Encoding", &ce) &&
      (starts_with_ci(ce.ptr, ce.len, "gzip") || starts_with_ci(ce.ptr, ce.len, "x-gzip") ||
       starts_with_ci(ce.ptr, ce.len, "deflate")) &&
      (zipped || starts_with_ci(ce.ptr, ce.len, "deflate")) &&
      inflate_body(body.ptr, body.len, r->max_record, &r->body2))
    body = (dyad_str){r->body2.ptr, r->body2.len};
  return body;
}

/* Turns the response record in r->head / r->block into the article. */
static int response_article(dyad_reader *r, uint64_t off, uint64_t line) {
  dyad_str wct, headers, body, ctype, v;
  if (field(r->head.ptr, r->head.len, "Content-Type", &wct) &&
      !starts_with_ci(wct.ptr, wct.len, "application/http"))
    return SKIP_RECORD;
  if (!http_body(r, &headers, &body, &ctype)) return SKIP_RECORD;
  body = decode_body(r, headers, body);
  dyad_reader_article_begin(r, off, line);
  const char *why = dyad_html_fill(r, body.ptr, body.len, ctype.ptr, ctype.len);
  if (why)
    return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off, "WARC record %llu: %s",
                            (unsigned long long)r->recno, why);
  field(r->head.ptr, r->head.len, "WARC-Record-ID", &v);
  v = strip_angles(v);
  dyad_reader_article_set(r, &r->f_id, v.ptr, v.len);
  if (field(r->head.ptr, r->head.len, "WARC-Target-URI", &v)) {
    v = strip_angles(v);
    dyad_reader_article_set(r, &r->f_url, v.ptr, v.len);
  }
  if (r->art.date.prec == DYAD_DATE_NONE && field(r->head.ptr, r->head.len, "WARC-Date", &v))
    dyad_date_parse(v.ptr, v.len, &r->art.date);
  dyad_reader_article_end(r);
  return DYAD_OK;
}

/* ---- record framing ------------------------------------------------------------------ */

/* Skips lines until one starting with "WARC/1.", kept as the pending
   version line.  Returns DYAD_OK, DYAD_DONE or the stream's error. */
static int resync(dyad_reader *r) {
  for (;;) {
    uint64_t off, ln;
    int rc = dyad_stream_read_line(r->s, &r->pending, MAX_HEADER_LINE, &off, &ln);
    if (rc == DYAD_TOOBIG) continue;
    if (rc != DYAD_OK) return rc;
    if (starts_with(r->pending.ptr, r->pending.len, "WARC/1.")) {
      r->have_pending = true;
      r->pend_off = off;
      r->pend_line = ln;
      return DYAD_OK;
    }
  }
}

/* The next non-blank line, expected to be a version line, into r->line. */
static int version_line(dyad_reader *r, uint64_t *off, uint64_t *ln) {
  if (r->have_pending) {
    r->have_pending = false;
    dyad_buf_clear(&r->line);
    dyad_buf_put(&r->line, r->pending.ptr, r->pending.len);
    *off = r->pend_off;
    *ln = r->pend_line;
    return DYAD_OK;
  }
  for (;;) {
    int rc = dyad_stream_read_line(r->s, &r->line, MAX_HEADER_LINE, off, ln);
    if (rc != DYAD_OK || r->line.len > 0) return rc;
  }
}

/* The header fields up to the empty line, into r->head. */
static int header_block(dyad_reader *r) {
  uint64_t off, ln;
  dyad_buf_clear(&r->head);
  for (;;) {
    int rc = dyad_stream_read_line(r->s, &r->line, MAX_HEADER_LINE, &off, &ln);
    if (rc != DYAD_OK) return rc;
    if (r->line.len == 0) return DYAD_OK;
    if (r->head.len + r->line.len > MAX_HEADER_BLOCK) return DYAD_TOOBIG;
    dyad_buf_put(&r->head, r->line.ptr, r->line.len);
    dyad_buf_putc(&r->head, '\n');
  }
}

/* After a block: "\r\n\r\n" (or "\n\n") then "WARC/" or the end.  Consumes
   the separator and returns true when it is there. */
static bool boundary_ok(dyad_reader *r) {
  const char *p;
  size_t n = dyad_stream_peek(r->s, 9, &p), k;
  uint64_t skipped;
  if (n == 0) return true;
  if (n >= 4 && memcmp(p, "\r\n\r\n", 4) == 0) k = 4;
  else if (n >= 2 && memcmp(p, "\n\n", 2) == 0) k = 2;
  else return false;
  bool ok = n == k || (n - k >= 5 && memcmp(p + k, "WARC/", 5) == 0) || p[k] == '\r' ||
            p[k] == '\n';
  if (ok) dyad_stream_skip(r->s, k, &skipped);
  return ok;
}

static int framing_error(dyad_reader *r, uint64_t off, const char *what, uint64_t clen,
                         size_t got) {
  /* the next record may start inside the block: scan it again, within a
     budget that keeps a file of bad lengths from costing quadratic time */
  if (r->block.len <= r->reread_budget) {
    r->reread_budget -= r->block.len;
    dyad_stream_unread(r->s, r->block.ptr, r->block.len);
  }
  r->resync = true;
  if (strcmp(what, "short") == 0)
    return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off,
                            "WARC record %llu: Content-Length %llu exceeds the data left (%zu bytes)",
                            (unsigned long long)r->recno, (unsigned long long)clen, got);
  return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off,
                          "WARC record %llu: Content-Length %llu does not end at a record boundary",
                          (unsigned long long)r->recno, (unsigned long long)clen);
}

/* A record not turned into an article, or over the size limit: skipped
   without buffering.  Returns SKIP_RECORD or an error. */
static int skip_block(dyad_reader *r, uint64_t off, uint64_t clen, bool wanted) {
  uint64_t skipped;
  int rc = dyad_stream_skip(r->s, clen, &skipped);
  dyad_buf_clear(&r->block);
  if (rc == DYAD_DONE) {
    r->file_done = true;
    return framing_error(r, off, "short", clen, (size_t)skipped);
  }
  if (rc != DYAD_OK) return dyad_reader_stream_fail(r);
  if (!boundary_ok(r)) return framing_error(r, off, "boundary", clen, 0);
  if (!wanted) return SKIP_RECORD;
  return dyad_reader_fail(r, DYAD_TOOBIG, "byte", off,
                          "WARC record %llu: Content-Length %llu over the record limit (%zu bytes)",
                          (unsigned long long)r->recno, (unsigned long long)clen, r->max_record);
}

/* Reads one record.  Returns DYAD_OK (an article), SKIP_RECORD, DYAD_DONE or
   an error. */
static int next_record(dyad_reader *r) {
  uint64_t off, ln, clen;
  dyad_str v;
  if (r->resync) {
    r->resync = false;
    int rc = resync(r);
    if (rc != DYAD_OK) return rc == DYAD_DONE ? rc : dyad_reader_stream_fail(r);
  }
  int rc = version_line(r, &off, &ln);
  if (rc == DYAD_DONE) return rc;
  if (rc != DYAD_OK && rc != DYAD_TOOBIG) return dyad_reader_stream_fail(r);
  if (rc == DYAD_TOOBIG || !starts_with(r->line.ptr, r->line.len, "WARC/")) {
    char near[48];
    dyad_near(r->line.ptr, r->line.len, near, sizeof near);
    r->resync = true;
    return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off,
                            "expected a WARC record header near '%s'", near);
  }
  r->recno++;
  rc = header_block(r);
  if (rc == DYAD_DONE || rc == DYAD_TOOBIG) {
    r->resync = true;
    return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off, "WARC record %llu: %s header",
                            (unsigned long long)r->recno, rc == DYAD_DONE ? "truncated" : "oversized");
  }
  if (rc != DYAD_OK) return dyad_reader_stream_fail(r);
  if (!field(r->head.ptr, r->head.len, "Content-Length", &v) || !parse_length(v, &clen)) {
    r->resync = true;
    return dyad_reader_fail(r, DYAD_SYNTAX, "byte", off,
                            "WARC record %llu: missing or invalid Content-Length",
                            (unsigned long long)r->recno);
  }
  field(r->head.ptr, r->head.len, "WARC-Type", &v);
  bool wanted = v.len == 8 && strncasecmp(v.ptr, "response", 8) == 0;
  if (!wanted || clen > r->max_record) return skip_block(r, off, clen, wanted);
  dyad_buf_clear(&r->block);
  rc = dyad_stream_read_exact(r->s, &r->block, (size_t)clen);
  if (rc == DYAD_DONE) return framing_error(r, off, "short", clen, r->block.len);
  if (rc != DYAD_OK) return dyad_reader_stream_fail(r);
  if (!boundary_ok(r)) return framing_error(r, off, "boundary", clen, 0);
  return response_article(r, off, ln);
}

int dyad_warc_next(dyad_reader *r) {
  for (;;) {
    int rc = next_record(r);
    if (rc != SKIP_RECORD) return rc;
  }
}
