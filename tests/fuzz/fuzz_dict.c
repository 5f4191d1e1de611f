/*
** fuzz_dict.c -- libFuzzer target: the input as a user actors or places file.
**
** The first byte picks the folder (even: actors/, odd: geo/); the rest is
** written to DIR/FOLDER/fuzz.txt in a scratch folder made once per process,
** then dyad_dict_load(DIR) loads the built-in dictionaries plus that file.
** A places file is applied when the gazetteer loads, so for geo/ the coder
** also codes a text with a place (the gazetteer's load is slow: those runs are
** the fewer per second).  Any input may be rejected; nothing may crash or leak.  Checked:
** a failed load returns DYAD_SYNTAX, DYAD_IO or DYAD_ERROR with a message
** naming the file ("fuzz.txt:N: ..."); a successful one gives a dict whose warnings are a
** string and which a coder can use on a short text.  (No second load for a
** determinism check: loading the built-in dictionaries dominates the cost.)
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHECK(c)                                                                  \
  do {                                                                            \
    if (!(c)) {                                                                   \
      fprintf(stderr, "invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);  \
      abort();                                                                    \
    }                                                                             \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const FOLDERS[2] = {"actors", "geo"};
static char dir[256];
static char file[2][300];

static void remove_dir(void) {
  for (int i = 0; i < 2; i++) {
    unlink(file[i]);
    char sub[300];
    snprintf(sub, sizeof sub, "%s/%s", dir, FOLDERS[i]);
    rmdir(sub);
  }
  rmdir(dir);
}

static void setup(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/dyad-fuzz-dict.XXXXXX", tmp && *tmp ? tmp : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  for (int i = 0; i < 2; i++) {
    char sub[300];
    snprintf(sub, sizeof sub, "%s/%s", dir, FOLDERS[i]);
    CHECK(mkdir(sub, 0700) == 0);
    snprintf(file[i], sizeof file[i], "%s/fuzz.txt", sub);
  }
  atexit(remove_dir);
}

static void write_input(int which, const uint8_t *data, size_t size) {
  unlink(file[!which]);
  FILE *f = fopen(file[which], "wb");
  CHECK(f != NULL);
  CHECK(size == 0 || fwrite(data, 1, size, f) == size);
  CHECK(fclose(f) == 0);
}

/* Loads the folder and checks the result. */
static void load(int which) {
  dyad_dict *d = NULL;
  char err[DYAD_ERRLEN];
  memset(err, 'x', sizeof err);
  int rc = dyad_dict_load(dir, &d, err);
  CHECK(memchr(err, 0, sizeof err) != NULL);
  if (rc != DYAD_OK) {
    CHECK(rc == DYAD_SYNTAX || rc == DYAD_IO || rc == DYAD_ERROR);
    CHECK(strstr(err, "fuzz.txt:") != NULL);
    return;
  }
  CHECK(d != NULL);
  CHECK(dyad_dict_warnings(d) != NULL);
  /* The loaded names must be usable. */
  dyad_coder *c = NULL;
  CHECK(dyad_coder_new(d, &c) == DYAD_OK);
  static const char TEXT[] = "Il presidente russo ha incontrato a Roma il premier. "
                             "The French minister met Chinese envoys in Beijing.";
  dyad_article a;
  memset(&a, 0, sizeof a);
  a.id.ptr = a.url.ptr = a.title.ptr = a.source.ptr = "";
  a.text.ptr = TEXT;
  a.text.len = sizeof TEXT - 1;
  const dyad_doc *doc = NULL;
  CHECK(dyad_coder_actors(c, &a, &doc) == DYAD_OK);
  for (size_t i = 0; i < doc->n_mentions; i++)
    CHECK(doc->mentions[i].span.end <= a.text.len && doc->mentions[i].code != NULL);
  if (which == 1) { /* the places apply when the first event needs one */
    static const char WAR[] = "Russian forces attacked Ukraine in the Kherson region and near Odesa.";
    a.text.ptr = WAR;
    a.text.len = sizeof WAR - 1;
    memcpy(a.lang, "en", 3);
    CHECK(dyad_coder_code(c, &a, &doc) == DYAD_OK);
    for (size_t i = 0; i < doc->n_events; i++) {
      const dyad_place *p = &doc->events[i].location;
      CHECK(!p->found || (p->name && p->country && p->span.end <= a.text.len));
      CHECK(!p->has_coords || (p->lat >= -90 && p->lat <= 90 && p->lon >= -180 && p->lon <= 180));
    }
  }
  dyad_coder_free(c);
  dyad_dict_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) setup();
  int which = size ? data[0] & 1 : 0;
  if (size) data++, size--;
  write_input(which, data, size);
  load(which);
  return 0;
}
