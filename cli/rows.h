/*
** rows.h -- printing query rows as a table, CSV, TSV or JSON Lines.
**
**   rows r; rows_init(&r, OUT_TEXT, stdout, columns_to_show);
**   dyad_store_query(s, kind, &q, rows_add, &r);
**   rows_end(&r);
*/
#ifndef DYAD_CLI_ROWS_H
#define DYAD_CLI_ROWS_H

#include "cli.h"

typedef struct rows {
  out_format fmt;
  FILE *f;
  const char *const *only;  /* table columns to show (NULL: all) */
  size_t n, ncol;
  char **names;             /* table: column names */
  size_t *widths;           /* table: display widths */
  char **cells;             /* table: n * ncol cells */
} rows;

void rows_init(rows *r, out_format fmt, FILE *f, const char *const *only);
int rows_add(void *ud, size_t ncol, const char *const *names, const dyad_value *vals);
void rows_end(rows *r);

#endif
