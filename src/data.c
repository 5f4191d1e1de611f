/*
** data.c -- access to the data files embedded at build time.
**
** tools/embed turns every data/ file into an entry of dyad_data_files[]
** (sorted by name); dict.c reads dictionaries through these two functions, the
** same way it reads files from a --dict folder.
*/
#include "internal.h"

#include <string.h>

extern const struct dyad_data_file {
  const char *name;
  const char *ptr;
  size_t len;
} dyad_data_files[];
extern const size_t dyad_data_nfiles;

bool dyad_data_get(const char *name, const char **ptr, size_t *len) {
  size_t lo = 0, hi = dyad_data_nfiles;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(dyad_data_files[mid].name, name);
    if (c == 0) {
      *ptr = dyad_data_files[mid].ptr;
      *len = dyad_data_files[mid].len;
      return true;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

int dyad_data_each(const char *prefix,
                   int (*fn)(void *ud, const char *name, const char *ptr, size_t len),
                   void *ud) {
  size_t pl = strlen(prefix);
  for (size_t i = 0; i < dyad_data_nfiles; i++) {
    const struct dyad_data_file *f = &dyad_data_files[i];
    if (strncmp(f->name, prefix, pl) != 0 || !f->name[0]) continue;
    int rc = fn(ud, f->name, f->ptr, f->len);
    if (rc) return rc;
  }
  return 0;
}
