/*
** utf8.c -- UTF-8 validation, repair, decoding and encoding.
**
** Every string a reader hands out goes through dyad_utf8_repair, so the rest
** of the library may assume valid UTF-8 without NUL bytes.  Repair follows the
** Unicode "maximal subpart" practice: each maximal prefix of a sequence that
** could still have become valid is replaced by one U+FFFD, and a byte that can
** never start a sequence is replaced on its own.  Overlong forms, surrogates
** (U+D800..U+DFFF) and code points over U+10FFFF are invalid by construction
** of the second-byte ranges below (RFC 3629, table 3-7 of the Unicode
** standard).
**
** Callers: the readers (reader.c, read_*.c), the analyzer and the CLI.
*/
#include "internal.h"

#include <string.h>

static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* The allowed range of the second byte of a sequence led by `lead`, and the
   sequence's total length; 0 for a byte that cannot lead a sequence. */
static size_t lead_info(unsigned lead, unsigned *lo, unsigned *hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) *lo = 0xA0;      /* no overlongs */
    if (lead == 0xED) *hi = 0x9F;      /* no surrogates */
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) *lo = 0x90;      /* no overlongs */
    if (lead == 0xF4) *hi = 0x8F;      /* nothing over U+10FFFF */
    return 4;
  }
  return 0;
}

/* Examines the sequence at s (n > 0 bytes).  Returns its length when it is a
   valid non-NUL character; else 0, with *bad set to the number of bytes one
   U+FFFD replaces (the maximal invalid subpart, at least 1). */
static size_t check_seq(const unsigned char *s, size_t n, size_t *bad) {
  unsigned lo, hi;
  *bad = 1;
  if (s[0] < 0x80) return s[0] ? 1 : 0;
  size_t want = lead_info(s[0], &lo, &hi);
  if (want == 0) return 0;
  size_t i = 1;
  for (; i < want; i++) {
    if (i >= n) break;
    unsigned c = s[i];
    if (i == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) break;
  }
  if (i == want) return want;
  *bad = i;
  return 0;
}

/* Length of the run of ASCII bytes without NUL at p (n bytes), taken eight
   bytes at a step: most text is such runs. */
static size_t ascii_run(const unsigned char *p, size_t n) {
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t v;
    memcpy(&v, p + i, 8);
    uint64_t high = v & 0x8080808080808080ULL;
    uint64_t zero = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
    if (high | zero) break;
    i += 8;
  }
  while (i < n && p[i] >= 0x01 && p[i] < 0x80) i++;
  return i;
}

bool dyad_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, bad;
  while (i < n) {
    if (p[i] >= 0x01 && p[i] < 0x80) {
      i += ascii_run(p + i, n - i);
      continue;
    }
    size_t k = check_seq(p + i, n - i, &bad);
    if (k == 0) return false;
    i += k;
  }
  return true;
}

uint32_t dyad_utf8_repair(const char *src, size_t len, dyad_buf *out) {
  const unsigned char *p = (const unsigned char *)src;
  size_t i = 0, run = 0, bad;
  uint32_t fixed = 0;
  dyad_buf_grow(out, len);
  while (i < len) {
    size_t k = (p[i] >= 0x01 && p[i] < 0x80) ? ascii_run(p + i, len - i) : check_seq(p + i, len - i, &bad);
    if (k) {
      i += k;
      continue;
    }
    dyad_buf_put(out, src + run, i - run);
    dyad_buf_put(out, REPLACEMENT, sizeof REPLACEMENT);
    fixed++;
    i += bad;
    run = i;
  }
  dyad_buf_put(out, src + run, len - run);
  return fixed;
}

int32_t dyad_utf8_decode(const char *s, size_t n, size_t *adv) {
  const unsigned char *p = (const unsigned char *)s;
  size_t bad;
  *adv = 1;
  if (n == 0) return 0xFFFD;
  if (p[0] < 0x80) return p[0];
  size_t k = check_seq(p, n, &bad);
  if (k == 0) return 0xFFFD;
  *adv = k;
  if (k == 2) return (int32_t)(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu));
  if (k == 3)
    return (int32_t)(((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
  return (int32_t)(((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
                   ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu));
}

size_t dyad_utf8_encode(int32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  uint32_t c = (uint32_t)cp;
  if (c < 0x80) {
    o[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (unsigned char)(0xC0 | (c >> 6));
    o[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (c >> 12));
    o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (c >> 18));
  o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}
