/*
** util.c -- memory, growable buffers, arenas and error helpers.
**
** Everything in the library allocates through dyad_xmalloc and friends, which
** abort with a message when memory runs out (the cmark and Redis choice: a news
** coder has no useful recovery from exhaustion).  Callers: every module.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n) {
  fprintf(stderr, "dyad: out of memory allocating %zu bytes\n", n);
  abort();
}

void *dyad_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom(n);
  return p;
}

void *dyad_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom(n * size);
  return p;
}

void *dyad_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom(n);
  return q;
}

char *dyad_xstrndup(const char *s, size_t n) {
  char *d = dyad_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

/* ---- dyad_buf ------------------------------------------------------------ */

char dyad_buf_empty[1] = "";

void dyad_buf_grow(dyad_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) cap *= 2;
  char *p = b->cap ? b->ptr : NULL;
  p = dyad_xrealloc(p, cap);
  if (!b->cap) p[0] = 0;
  b->ptr = p;
  b->cap = cap;
}

void dyad_buf_put(dyad_buf *b, const void *p, size_t n) {
  if (!n) return;
  dyad_buf_grow(b, n);
  memcpy(b->ptr + b->len, p, n);
  b->len += n;
  b->ptr[b->len] = 0;
}

void dyad_buf_putc(dyad_buf *b, int c) {
  char ch = (char)c;
  dyad_buf_put(b, &ch, 1);
}

void dyad_buf_puts(dyad_buf *b, const char *s) { dyad_buf_put(b, s, strlen(s)); }

void dyad_buf_printf(dyad_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    dyad_buf_put(b, small, (size_t)n);
    return;
  }
  dyad_buf_grow(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void dyad_buf_clear(dyad_buf *b) {
  b->len = 0;
  if (b->cap) b->ptr[0] = 0;
}

void dyad_buf_free(dyad_buf *b) {
  if (b->cap) free(b->ptr);
  b->ptr = dyad_buf_empty;
  b->len = b->cap = 0;
}

/* ---- dyad_arena ------------------------------------------------------------ */

struct dyad_arena_block {
  dyad_arena_block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
};

void dyad_arena_init(dyad_arena *a, size_t block_size) {
  a->head = NULL;
  a->block_size = block_size ? block_size : 64 * 1024;
}

void *dyad_arena_alloc(dyad_arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  dyad_arena_block *b = a->head;
  if (!b || b->size - b->used < n) {
    size_t size = n > a->block_size ? n : a->block_size;
    b = dyad_xmalloc(sizeof *b + size);
    b->used = 0;
    b->size = size;
    b->next = a->head;
    a->head = b;
  }
  void *p = b->data + b->used;
  b->used += n;
  return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n) {
  char *d = dyad_arena_alloc(a, n + 1);
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

/* Keeps the largest block so that steady-state articles allocate nothing. */
void dyad_arena_reset(dyad_arena *a) {
  dyad_arena_block *keep = NULL, *b = a->head;
  while (b) {
    dyad_arena_block *next = b->next;
    if (!keep || b->size > keep->size) {
      if (keep) free(keep);
      keep = b;
    } else {
      free(b);
    }
    b = next;
  }
  if (keep) {
    keep->used = 0;
    keep->next = NULL;
  }
  a->head = keep;
}

void dyad_arena_free(dyad_arena *a) {
  dyad_arena_block *b = a->head;
  while (b) {
    dyad_arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
}

/* ---- errors ---------------------------------------------------------------- */

void dyad_errf(char err[DYAD_ERRLEN], const char *fmt, ...) {
  if (!err) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, DYAD_ERRLEN, fmt, ap);
  va_end(ap);
}

void dyad_near(const char *s, size_t n, char *out, size_t outsz) {
  size_t lim = n < 40 ? n : 40, i = 0;
  if (outsz == 0) return;
  while (i < lim && s[i] != '\n' && s[i] != '\r' && i + 1 < outsz) i++;
  /* never cut a UTF-8 sequence: back off continuation bytes */
  if (i < n) while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
  memcpy(out, s, i);
  out[i] = 0;
}

const char *dyad_rc_name(int rc) {
  switch (rc) {
    case DYAD_OK: return "DYAD_OK";
    case DYAD_ERROR: return "DYAD_ERROR";
    case DYAD_NOMEM: return "DYAD_NOMEM";
    case DYAD_IO: return "DYAD_IO";
    case DYAD_SYNTAX: return "DYAD_SYNTAX";
    case DYAD_DB: return "DYAD_DB";
    case DYAD_NOTFOUND: return "DYAD_NOTFOUND";
    case DYAD_MISUSE: return "DYAD_MISUSE";
    case DYAD_DONE: return "DYAD_DONE";
    case DYAD_TOOBIG: return "DYAD_TOOBIG";
    default: return "DYAD_UNKNOWN";
  }
}
