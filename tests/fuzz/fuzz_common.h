/*
** fuzz_common.h -- the body shared by the reader fuzz targets.
**
** fuzz_read_all() opens a reader over the input with the given format and
** record limit, drains it, and checks the invariants every article must
** keep: valid UTF-8 strings, offsets and lines within the input, a date that
** formats and parses back, a message on every error.  It returns a digest of
** what was read, so that targets can check that two runs agree.
*/
#ifndef DYAD_FUZZ_COMMON_H
#define DYAD_FUZZ_COMMON_H

#include "dyad.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c)                                                  \
  do {                                                                  \
    if (!(c)) {                                                         \
      fprintf(stderr, "invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__); \
      abort();                                                          \
    }                                                                   \
  } while (0)

static uint64_t fuzz_mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

static uint64_t fuzz_str(uint64_t h, dyad_str s) {
  FUZZ_ASSERT(s.ptr != NULL);
  FUZZ_ASSERT(dyad_utf8_valid(s.ptr, s.len));
  return fuzz_mix(h, s.ptr, s.len);
}

static void fuzz_check_date(const dyad_date *d) {
  char buf[11];
  dyad_date back;
  if (d->prec == DYAD_DATE_NONE) return;
  dyad_date_format(d, buf);
  FUZZ_ASSERT(buf[0] != 0);
  FUZZ_ASSERT(dyad_date_parse(buf, strlen(buf), &back) == DYAD_OK);
  FUZZ_ASSERT(back.year == d->year && back.month == d->month && back.day == d->day &&
              back.prec == d->prec);
}

/* plain: the input is not compressed, so offsets must fall inside it */
static uint64_t fuzz_read_all(const uint8_t *data, size_t size, dyad_format f,
                              size_t max_record, int plain) {
  dyad_reader_opts o;
  memset(&o, 0, sizeof o);
  o.format = f;
  o.max_record = max_record;
  dyad_reader *r = NULL;
  char err[DYAD_ERRLEN];
  FUZZ_ASSERT(dyad_reader_open_mem("fuzz", data, size, &o, &r, err) == DYAD_OK);
  const dyad_article *a;
  int rc;
  uint64_t h = 14695981039346656037ull, n_ok = 0, n_err = 0, guard = 0;
  while ((rc = dyad_reader_next(r, &a)) != DYAD_DONE) {
    FUZZ_ASSERT(++guard < 10u * 1000 * 1000);
    if (rc != DYAD_OK) {
      FUZZ_ASSERT(rc == DYAD_IO || rc == DYAD_SYNTAX || rc == DYAD_TOOBIG);
      FUZZ_ASSERT(dyad_reader_errmsg(r)[0] != 0);
      FUZZ_ASSERT(a == NULL);
      n_err++;
      h = fuzz_mix(h, dyad_reader_errmsg(r), strlen(dyad_reader_errmsg(r)));
      continue;
    }
    n_ok++;
    h = fuzz_str(h, a->id);
    h = fuzz_str(h, a->url);
    h = fuzz_str(h, a->title);
    h = fuzz_str(h, a->text);
    h = fuzz_str(h, a->source);
    FUZZ_ASSERT(memchr(a->lang, 0, sizeof a->lang) != NULL);
    FUZZ_ASSERT(dyad_utf8_valid(a->lang, strlen(a->lang)));
    FUZZ_ASSERT(a->line >= 1);
    FUZZ_ASSERT(a->format != DYAD_FORMAT_AUTO);
    if (f != DYAD_FORMAT_AUTO) FUZZ_ASSERT(a->format == f);
    if (plain) FUZZ_ASSERT(a->offset < size || (size == 0 && a->offset == 0));
    if (plain) FUZZ_ASSERT(a->line <= size + 1);
    FUZZ_ASSERT(a->text.len <= (max_record ? max_record : 64u << 20) * 4);
    fuzz_check_date(&a->date);
    h = fuzz_mix(h, &a->offset, sizeof a->offset);
  }
  FUZZ_ASSERT(dyad_reader_count(r) == n_ok);
  FUZZ_ASSERT(dyad_reader_nerrors(r) == n_err);
  FUZZ_ASSERT(dyad_reader_bytes(r) <= size);
  dyad_reader_free(r);
  return h;
}

/* Runs the format twice with the default limit (the digests must agree)
   and once with a small limit. */
static void fuzz_format(const uint8_t *data, size_t size, dyad_format f) {
  int plain = !(size >= 2 && data[0] == 0x1f && data[1] == 0x8b) &&
              !(size >= 4 && data[0] == 0x28 && data[1] == 0xb5 && data[2] == 0x2f && data[3] == 0xfd);
  uint64_t h1 = fuzz_read_all(data, size, f, 0, plain);
  uint64_t h2 = fuzz_read_all(data, size, f, 0, plain);
  FUZZ_ASSERT(h1 == h2);
  fuzz_read_all(data, size, f, 64, plain);
}

#endif
