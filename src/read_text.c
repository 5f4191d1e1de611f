/*
** read_text.c -- plain text files: the whole file is one article.
**
** Files of the news crawl start with a header line fragment
**
**     " date 2024-06 Roma, 18 giugno 2024 - ..."
**      ^    ^       ^-- the body starts here, on the same line
**      |    `-- YYYY-MM (or YYYY-MM-DD): the article's date
**      `-- the leading space is optional
**
** The header is parsed and removed, so the article's text begins at the body.
** Files without it are all text and have no date; text files have no title.
** Called by reader.c.
*/
#include "readers.h"

#include <ctype.h>
#include <string.h>

/* Returns the length of a crawl header at p (its date in *date), or 0. */
static size_t crawl_header(const char *p, size_t n, dyad_date *date) {
  size_t i = 0;
  if (i < n && p[i] == ' ') i++;
  if (n - i < 5 || memcmp(p + i, "date", 4) != 0 || (p[i + 4] != ' ' && p[i + 4] != '\t'))
    return 0;
  i += 4;
  while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
  size_t start = i;
  while (i < n && !isspace((unsigned char)p[i])) i++;
  if (dyad_date_parse(p + start, i - start, date) != DYAD_OK) return 0;
  while (i < n && isspace((unsigned char)p[i])) i++;
  return i;
}

static bool is_blank(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)p[i])) return false;
  return true;
}

int dyad_text_next(dyad_reader *r) {
  int rc = dyad_reader_read_whole(r, "text");
  if (rc != DYAD_OK) return rc;
  const char *p = r->block.ptr;
  size_t n = r->block.len;
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, n -= 3;
  if (is_blank(p, n)) return dyad_reader_fail(r, DYAD_SYNTAX, NULL, 0, "empty file");
  dyad_reader_article_begin(r, 0, 1);
  size_t body = crawl_header(p, n, &r->art.date);
  p += body, n -= body;
  while (n && isspace((unsigned char)p[n - 1])) n--;
  dyad_reader_article_set(r, &r->f_text, p, n);
  dyad_reader_article_end(r);
  return DYAD_OK;
}
