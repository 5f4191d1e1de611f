/*
** fuzz_store.h -- for the fuzz targets that read a database (fuzz_query,
** fuzz_api): makes a small one from JSON Lines records coded with the
** built-in dictionaries.  Aborts on any failure: the targets cannot run
** without it.
*/
#ifndef DYAD_FUZZ_STORE_H
#define DYAD_FUZZ_STORE_H

#include "dyad.h"

#include <stdlib.h>
#include <string.h>

/* Codes each record of docs (one JSON object per string) into a new
   database at path, then closes it. */
static void fuzz_make_db(const char *path, const char *const *docs, size_t n) {
  char err[DYAD_ERRLEN];
  dyad_dict *d;
  dyad_coder *c;
  dyad_store *s;
  if (dyad_dict_load(NULL, &d, err) != DYAD_OK || dyad_coder_new(d, &c) != DYAD_OK ||
      dyad_store_open(path, DYAD_STORE_CREATE, &s, err) != DYAD_OK)
    abort();
  for (size_t i = 0; i < n; i++) {
    dyad_reader *r;
    const dyad_article *a;
    const dyad_doc *doc;
    if (dyad_reader_open_mem("m", docs[i], strlen(docs[i]), NULL, &r, err) != DYAD_OK) abort();
    if (dyad_reader_next(r, &a) == DYAD_OK && dyad_coder_code(c, a, &doc) == DYAD_OK)
      dyad_store_put(s, doc, NULL);
    dyad_reader_free(r);
  }
  if (dyad_store_close(s) != DYAD_OK) abort();
  dyad_coder_free(c);
  dyad_dict_free(d);
}

#endif
