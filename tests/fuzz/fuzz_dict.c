/*
** fuzz_dict.c -- libFuzzer target: the input as a user actors file.
**
** The input is written to DIR/actors/fuzz.txt in a scratch folder made once
** per process, then dyad_dict_load(DIR) loads the built-in dictionaries plus
** that file.  Any input may be rejected; nothing may crash or leak.  Checked:
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

static char dir[256];
static char file[300];

static void remove_dir(void) {
  unlink(file);
  char sub[300];
  snprintf(sub, sizeof sub, "%s/actors", dir);
  rmdir(sub);
  rmdir(dir);
}

static void setup(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/dyad-fuzz-dict.XXXXXX", tmp && *tmp ? tmp : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  char sub[300];
  snprintf(sub, sizeof sub, "%s/actors", dir);
  CHECK(mkdir(sub, 0700) == 0);
  snprintf(file, sizeof file, "%s/fuzz.txt", sub);
  atexit(remove_dir);
}

static void write_input(const uint8_t *data, size_t size) {
  FILE *f = fopen(file, "wb");
  CHECK(f != NULL);
  CHECK(size == 0 || fwrite(data, 1, size, f) == size);
  CHECK(fclose(f) == 0);
}

/* Loads the folder and checks the result. */
static void load(void) {
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
  dyad_coder_free(c);
  dyad_dict_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) setup();
  write_input(data, size);
  load();
  return 0;
}
