/*
** read_jsonl.c -- JSON Lines: one JSON object per line, one article each.
**
** Lines of any length up to the record limit are read whole and parsed with
** jansson; a longer line is consumed without being buffered and reported as
** DYAD_TOOBIG.  The line is repaired to valid UTF-8 before parsing, so bad
** bytes cost a U+FFFD rather than the record.  Field names come from the
** reader options (id, text, date, url, title, lang by default); only the
** text is required.  Blank lines are skipped.  Called by reader.c.
*/
#include "readers.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

static bool is_blank(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)p[i])) return false;
  return true;
}

/* Sets field from a JSON string (or, when numbers_ok, a number). */
static void set_from_json(dyad_reader *r, dyad_buf *field, const json_t *v, bool numbers_ok) {
  char num[64];
  if (json_is_string(v)) {
    dyad_reader_article_set(r, field, json_string_value(v), json_string_length(v));
  } else if (numbers_ok && json_is_integer(v)) {
    snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    dyad_reader_article_set(r, field, num, strlen(num));
  } else if (numbers_ok && json_is_real(v)) {
    snprintf(num, sizeof num, "%.15g", json_real_value(v));
    dyad_reader_article_set(r, field, num, strlen(num));
  }
}

/* Fills the article from a parsed object.  Returns DYAD_OK or an error. */
static int from_object(dyad_reader *r, const json_t *root, uint64_t lineno) {
  const dyad_reader_opts *o = &r->opts;
  const json_t *text = json_object_get(root, o->field_text);
  if (!text)
    return dyad_reader_fail(r, DYAD_SYNTAX, "line", lineno, "missing field '%s'", o->field_text);
  if (!json_is_string(text))
    return dyad_reader_fail(r, DYAD_SYNTAX, "line", lineno, "field '%s' is not a string",
                            o->field_text);
  set_from_json(r, &r->f_text, text, false);
  set_from_json(r, &r->f_id, json_object_get(root, o->field_id), true);
  set_from_json(r, &r->f_url, json_object_get(root, o->field_url), false);
  set_from_json(r, &r->f_title, json_object_get(root, o->field_title), false);
  const json_t *date = json_object_get(root, o->field_date);
  if (json_is_string(date))
    dyad_date_parse(json_string_value(date), json_string_length(date), &r->art.date);
  const json_t *lang = json_object_get(root, o->field_lang);
  if (json_is_string(lang))
    dyad_lang_copy(r->art.lang, json_string_value(lang), json_string_length(lang));
  return DYAD_OK;
}

static int parse_record(dyad_reader *r, const char *p, size_t n, uint64_t off, uint64_t lineno) {
  dyad_reader_article_begin(r, off, lineno);
  dyad_buf_clear(&r->tmp);
  uint32_t fixed = dyad_utf8_repair(p, n, &r->tmp);
  json_error_t e;
  json_t *root = json_loadb(r->tmp.ptr, r->tmp.len, JSON_ALLOW_NUL, &e);
  if (!root) return dyad_reader_fail(r, DYAD_SYNTAX, "line", lineno, "invalid JSON: %s", e.text);
  int rc = json_is_object(root)
               ? from_object(r, root, lineno)
               : dyad_reader_fail(r, DYAD_SYNTAX, "line", lineno, "not a JSON object");
  json_decref(root);
  if (rc != DYAD_OK) return rc;
  r->art.n_repaired += fixed;
  dyad_reader_article_end(r);
  return DYAD_OK;
}

int dyad_jsonl_next(dyad_reader *r) {
  for (;;) {
    uint64_t off, lineno;
    int rc = dyad_stream_read_line(r->s, &r->line, r->max_record, &off, &lineno);
    if (rc == DYAD_DONE) return DYAD_DONE;
    if (rc == DYAD_TOOBIG) {
      r->recno++;
      return dyad_reader_fail(r, DYAD_TOOBIG, "line", lineno,
                              "record longer than the limit of %zu bytes", r->max_record);
    }
    if (rc != DYAD_OK) return dyad_reader_stream_fail(r);
    const char *p = r->line.ptr;
    size_t n = r->line.len;
    if (lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, n -= 3;
    if (is_blank(p, n)) continue;
    r->recno++;
    return parse_record(r, p, n, off, lineno);
  }
}
