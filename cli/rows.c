/*
** rows.c -- prints the rows of a database query: an aligned table for
** people (the default), CSV (RFC 4180), TSV or JSON Lines for programs.
** Used by every query command through rows_begin / rows_add / rows_end.
**
** A table needs every row before it can size its columns, so table rows are
** kept (cells cut to a display width); the other formats stream.
*/
#include "rows.h"

#include <stdlib.h>
#include <string.h>

#define CELL_WIDTH 48

void rows_init(rows *r, out_format fmt, FILE *f, const char *const *only) {
  memset(r, 0, sizeof *r);
  r->fmt = fmt;
  r->f = f;
  r->only = only;
}

/* Display width of UTF-8 text: code points that are not continuation bytes. */
static size_t width(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++) w += ((unsigned char)s[i] & 0xC0) != 0x80;
  return w;
}

/* Cuts s to at most max display columns, on a code point boundary. */
static size_t cut(const char *s, size_t n, size_t max, int *cutp) {
  size_t w = 0, i = 0;
  *cutp = 0;
  for (; i < n; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      if (w == max) {
        *cutp = 1;
        break;
      }
      w++;
    }
  }
  return i;
}

static void value_text(const dyad_value *v, char *num, size_t numsz, const char **p, size_t *n) {
  switch (v->type) {
  case DYAD_VAL_INT: snprintf(num, numsz, "%lld", (long long)v->i); *p = num; *n = strlen(num); break;
  case DYAD_VAL_REAL: snprintf(num, numsz, "%.3g", v->r); *p = num; *n = strlen(num); break;
  case DYAD_VAL_TEXT: *p = v->s.ptr; *n = v->s.len; break;
  case DYAD_VAL_NULL: *p = ""; *n = 0; break;
  }
}

static int wanted(const rows *r, const char *name) {
  if (!r->only || r->fmt != OUT_TEXT) return 1;
  for (const char *const *o = r->only; *o; o++)
    if (!strcmp(*o, name)) return 1;
  return 0;
}

static void csv_cell(FILE *f, const char *s, size_t n) {
  int q = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') q = 1;
  if (!q) {
    fwrite(s, 1, n, f);
    return;
  }
  fputc('"', f);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"') fputc('"', f);
    fputc(s[i], f);
  }
  fputc('"', f);
}

static void header(rows *r, size_t ncol, const char *const *names) {
  r->ncol = ncol;
  if (r->fmt == OUT_CSV || r->fmt == OUT_TSV) {
    for (size_t i = 0; i < ncol; i++) {
      if (i) fputc(r->fmt == OUT_CSV ? ',' : '\t', r->f);
      fputs(names[i], r->f);
    }
    fputc('\n', r->f);
  } else if (r->fmt == OUT_TEXT) {
    r->names = calloc(ncol, sizeof *r->names);
    r->widths = calloc(ncol, sizeof *r->widths);
    for (size_t i = 0; i < ncol; i++) {
      r->names[i] = strdup(names[i]);
      r->widths[i] = strlen(names[i]);
    }
  }
}

int rows_add(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  rows *r = ud;
  if (r->n == 0) header(r, ncol, names);
  r->n++;
  FILE *f = r->f;
  char num[64];
  const char *p;
  size_t n;
  switch (r->fmt) {
  case OUT_JSONL:
    fputc('{', f);
    for (size_t i = 0; i < ncol; i++) {
      out_json_key(f, names[i], i == 0);
      if (vals[i].type == DYAD_VAL_TEXT) out_json_str(f, vals[i].s.ptr, vals[i].s.len);
      else if (vals[i].type == DYAD_VAL_NULL) fputs("null", f);
      else if (vals[i].type == DYAD_VAL_INT) fprintf(f, "%lld", (long long)vals[i].i);
      else fprintf(f, "%.6g", vals[i].r);
    }
    fputs("}\n", f);
    break;
  case OUT_CSV:
  case OUT_TSV:
    for (size_t i = 0; i < ncol; i++) {
      if (i) fputc(r->fmt == OUT_CSV ? ',' : '\t', f);
      value_text(&vals[i], num, sizeof num, &p, &n);
      if (r->fmt == OUT_CSV) csv_cell(f, p, n);
      else
        for (size_t k = 0; k < n; k++) fputc(p[k] == '\t' || p[k] == '\n' || p[k] == '\r' ? ' ' : p[k], f);
    }
    fputc('\n', f);
    break;
  case OUT_TEXT: {
    r->cells = realloc(r->cells, r->n * ncol * sizeof *r->cells);
    char **row = r->cells + (r->n - 1) * ncol;
    for (size_t i = 0; i < ncol; i++) {
      value_text(&vals[i], num, sizeof num, &p, &n);
      if (vals[i].type == DYAD_VAL_REAL) {
        snprintf(num, sizeof num, "%.2f", vals[i].r);
        n = strlen(num);
      }
      int c;
      size_t k = cut(p, n, CELL_WIDTH, &c);
      char *cell = malloc(k + 4);
      for (size_t j = 0; j < k; j++) cell[j] = (unsigned char)p[j] < 0x20 ? ' ' : p[j];
      if (c) memcpy(cell + k, "\xE2\x80\xA6", 3), k += 3;
      cell[k] = '\0';
      row[i] = cell;
      size_t w = width(cell, k);
      if (w > r->widths[i]) r->widths[i] = w;
    }
    break;
  }
  }
  return 0;
}

static void pad(FILE *f, const char *s, size_t w) {
  fputs(s, f);
  for (size_t k = width(s, strlen(s)); k < w; k++) fputc(' ', f);
}

void rows_end(rows *r) {
  if (r->fmt == OUT_TEXT && r->n) {
    int first = 1;
    for (size_t i = 0; i < r->ncol; i++) {
      if (!wanted(r, r->names[i])) continue;
      if (!first) fputs("  ", r->f);
      pad(r->f, r->names[i], r->widths[i]);
      first = 0;
    }
    fputc('\n', r->f);
    for (size_t k = 0; k < r->n; k++) {
      first = 1;
      for (size_t i = 0; i < r->ncol; i++) {
        if (!wanted(r, r->names[i])) continue;
        if (!first) fputs("  ", r->f);
        pad(r->f, r->cells[k * r->ncol + i], r->widths[i]);
        first = 0;
      }
      fputc('\n', r->f);
    }
  }
  if (r->cells)
    for (size_t k = 0; k < r->n * r->ncol; k++) free(r->cells[k]);
  if (r->names)
    for (size_t i = 0; i < r->ncol; i++) free(r->names[i]);
  free(r->cells);
  free(r->names);
  free(r->widths);
  r->cells = NULL;
  r->names = NULL;
  r->widths = NULL;
}
