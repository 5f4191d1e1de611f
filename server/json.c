/*
** json.c -- the growable buffer and the JSON writer of `dyad serve`.
**
** api.c builds every response body here.  Strings are escaped so that the
** output is safe anywhere a browser might put it: besides the escapes JSON
** requires, < > & and the line separators U+2028/2029 are written as \u
** escapes, and bytes that are not valid UTF-8 become U+FFFD (the readers
** repair article text already; this keeps a damaged database harmless).
*/
#include "server.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(srv_buf *b, size_t need) {
  if (b->oom) return 0;
  if (b->len + need + 1 <= b->cap) return 1;
  size_t cap = b->cap ? b->cap : 1024;
  while (cap < b->len + need + 1) cap *= 2;
  char *p = realloc(b->ptr, cap);
  if (!p) {
    b->oom = 1;
    return 0;
  }
  b->ptr = p;
  b->cap = cap;
  return 1;
}

void srv_buf_put(srv_buf *b, const char *s, size_t n) {
  if (!grow(b, n)) return;
  memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

void srv_buf_puts(srv_buf *b, const char *s) { srv_buf_put(b, s, strlen(s)); }

void srv_buf_printf(srv_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    srv_buf_put(b, small, (size_t)n);
    return;
  }
  if (!grow(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void srv_buf_free(srv_buf *b) {
  free(b->ptr);
  memset(b, 0, sizeof *b);
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid:
   no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned min;
  if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
  else return 0;
  if (n < len) return 0;
  unsigned cp = c & (0x3Fu >> (len - 1));
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void srv_json_str(srv_buf *b, const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  srv_buf_put(b, "\"", 1);
  size_t run = 0; /* start of the pending run of bytes copied as they are */
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    const char *esc = NULL;
    char ubuf[8];
    size_t adv = 1;
    if (c >= 0x80) {
      adv = utf8_seq(s + i, n - i);
      if (adv == 0) esc = "\\ufffd", adv = 1;
      else if (adv == 3 && c == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
        esc = s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
    } else if (c == '"') esc = "\\\"";
    else if (c == '\\') esc = "\\\\";
    else if (c == '\n') esc = "\\n";
    else if (c == '\r') esc = "\\r";
    else if (c == '\t') esc = "\\t";
    else if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&') {
      snprintf(ubuf, sizeof ubuf, "\\u%04x", c);
      esc = ubuf;
    }
    if (esc) {
      srv_buf_put(b, str + run, i - run);
      srv_buf_puts(b, esc);
      run = i + adv;
    }
    i += adv;
  }
  srv_buf_put(b, str + run, n - run);
  srv_buf_put(b, "\"", 1);
}

void srv_json_double(srv_buf *b, double d) {
  if (!isfinite(d)) {
    srv_buf_puts(b, "null");
    return;
  }
  char tmp[40];
  /* the fewest significant digits from 15 that read back the same */
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*g", prec, d);
    if (strtod(tmp, NULL) == d) break;
  }
  srv_buf_puts(b, tmp);
}

void srv_json_value(srv_buf *b, const dyad_value *v) {
  switch (v->type) {
  case DYAD_VAL_INT: srv_buf_printf(b, "%" PRId64, v->i); break;
  case DYAD_VAL_REAL: srv_json_double(b, v->r); break;
  case DYAD_VAL_TEXT: srv_json_str(b, v->s.ptr, v->s.len); break;
  case DYAD_VAL_NULL: srv_buf_puts(b, "null"); break;
  }
}
