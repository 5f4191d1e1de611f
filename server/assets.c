/*
** assets.c -- the files of the web page, embedded in the binary.
**
** The build turns every file under web/ into the table dyad_web_files[]
** (tools/embed, as for data/), so the page works with no file at run time
** and no path a client sends can reach the file system: a request names an
** entry of this table or gets a 404.  http.c calls srv_asset_find for every
** path outside /api/.
*/
#include "server.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* The table written by tools/embed --name dyad_web (build/web_blob.c). */
extern const struct dyad_web_file {
  const char *name;
  const char *ptr;
  size_t len;
} dyad_web_files[];
extern const size_t dyad_web_nfiles;

#define MAX_ASSETS 64
static char etags[MAX_ASSETS][20];
static pthread_once_t etag_once = PTHREAD_ONCE_INIT;

static void make_etags(void) {
  for (size_t i = 0; i < dyad_web_nfiles && i < MAX_ASSETS; i++) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t k = 0; k < dyad_web_files[i].len; k++) {
      h ^= (unsigned char)dyad_web_files[i].ptr[k];
      h *= 1099511628211ull;
    }
    snprintf(etags[i], sizeof etags[i], "\"%016llx\"", (unsigned long long)h);
  }
}

static const char *content_type(const char *name) {
  static const struct {
    const char *ext, *type;
  } TYPES[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const char *dot = strrchr(name, '.');
  for (size_t i = 0; dot && i < sizeof TYPES / sizeof TYPES[0]; i++)
    if (strcmp(dot, TYPES[i].ext) == 0) return TYPES[i].type;
  return "application/octet-stream";
}

int srv_asset_find(const char *path, srv_asset *out) {
  pthread_once(&etag_once, make_etags);
  if (path[0] != '/') return 0;
  const char *name = path[1] ? path + 1 : "index.html";
  for (size_t i = 0; i < dyad_web_nfiles && i < MAX_ASSETS; i++) {
    if (strcmp(dyad_web_files[i].name, name) != 0) continue;
    out->name = dyad_web_files[i].name;
    out->ptr = dyad_web_files[i].ptr;
    out->len = dyad_web_files[i].len;
    out->ctype = content_type(name);
    memcpy(out->etag, etags[i], sizeof out->etag);
    return 1;
  }
  return 0;
}
