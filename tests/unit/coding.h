/*
** coding.h -- the fixture the coder's unit tests share: one dictionary and
** one coder for the whole file, and an article built in place from a text,
** a language and a date.  Include after harness.h.
*/
#ifndef DYAD_TEST_CODING_H
#define DYAD_TEST_CODING_H

#include "dyad.h"

#include <stdio.h>
#include <string.h>

static dyad_dict *dict;
static dyad_coder *coder;
static dyad_article art;

/* Fills art with text (lang and date may be NULL); the text must outlive it. */
static inline const dyad_article *test_article(const char *text, const char *lang, const char *date) {
  memset(&art, 0, sizeof art);
  art.text.ptr = text;
  art.text.len = strlen(text);
  art.id.ptr = art.url.ptr = art.title.ptr = "";
  art.source.ptr = "test";
  art.source.len = 4;
  if (lang) snprintf(art.lang, sizeof art.lang, "%s", lang);
  if (date) dyad_date_parse(date, strlen(date), &art.date);
  return &art;
}

/* Loads the built-in dictionaries and makes the coder; 0 on success. */
static inline int test_coder_open(void) {
  char err[DYAD_ERRLEN];
  if (dyad_dict_load(NULL, &dict, err) != DYAD_OK || dyad_coder_new(dict, &coder) != DYAD_OK) {
    fprintf(stderr, "cannot load the dictionaries: %s\n", err);
    return 1;
  }
  return 0;
}

static inline void test_coder_close(void) {
  dyad_coder_free(coder);
  dyad_dict_free(dict);
}

#endif
