/*
** read_jsonl.c -- JSON Lines: one JSON object per line, one article each.
**
** Lines of any length up to the record limit are read whole and parsed with
** jansson; a longer line is consumed without being buffered and reported as
** DYAD_TOOBIG.  The line is repaired to valid UTF-8 before parsing, so bad
** bytes cost a U+FFFD rather than the record.  Field names come from the
** reader options (id, text, date, url, title, lang by default); only the
** text is required.  Blank lines are skipped.  Called by reader.c.
**
** The common record, a flat object of string values, is read by a scanner
** here without building a tree; anything else it meets (a number, a nested
** value, an escaped key, a field given twice, \u0000, a malformed line)
** sends the record to jansson, so both paths give the same article and the
** same messages.
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

/* ---- the scanner for flat records ------------------------------------------ */

enum { F_TEXT, F_ID, F_URL, F_TITLE, F_DATE, F_LANG, N_FIELDS };

typedef struct jstr {
  const char *p;        /* between the quotes, still escaped when esc */
  size_t n;
  bool esc, set;
} jstr;

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int hex4(const char *p) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* Decodes the escapes of a JSON string body into out (NULL: only checks).
   False for what the scanner leaves to jansson: a bad escape, a lone
   surrogate, \u0000. */
static bool unescape(const char *p, size_t n, dyad_buf *out) {
  const char *e = p + n;
  while (p < e) {
    const char *bs = memchr(p, '\\', (size_t)(e - p));
    if (!bs) bs = e;
    if (out) dyad_buf_put(out, p, (size_t)(bs - p));
    if (bs == e) break;
    if (e - bs < 2) return false;
    char c = bs[1], ch;
    p = bs + 2;
    switch (c) {
      case '"': ch = '"'; break;
      case '\\': ch = '\\'; break;
      case '/': ch = '/'; break;
      case 'b': ch = '\b'; break;
      case 'f': ch = '\f'; break;
      case 'n': ch = '\n'; break;
      case 'r': ch = '\r'; break;
      case 't': ch = '\t'; break;
      case 'u': {
        if (e - p < 4) return false;
        int32_t cp = hex4(p);
        p += 4;
        if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (e - p < 6 || p[0] != '\\' || p[1] != 'u') return false;
          int lo = hex4(p + 2);
          if (lo < 0xDC00 || lo > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          p += 6;
        }
        if (out) {
          char u[4];
          dyad_buf_put(out, u, dyad_utf8_encode(cp, u));
        }
        continue;
      }
      default: return false;
    }
    if (out) dyad_buf_putc(out, ch);
  }
  return true;
}

/* Scans a string starting after its opening quote; returns the closing
   quote, or NULL (unterminated, a raw control character). */
static const char *scan_string(const char *p, const char *e, bool *esc) {
  *esc = false;
  while (p < e) {
    unsigned char c = (unsigned char)*p;
    if (c == '"') return p;
    if (c < 0x20) return NULL;
    if (c == '\\') {
      *esc = true;
      p += 2;
      continue;
    }
    p++;
  }
  return NULL;
}

/* Reads a flat object of strings into the wanted fields; false when the
   record is left to jansson. */
static bool scan_flat(const dyad_reader_opts *o, const char *p, size_t n, jstr f[N_FIELDS]) {
  const char *names[N_FIELDS] = {o->field_text, o->field_id, o->field_url,
                                 o->field_title, o->field_date, o->field_lang};
  size_t lens[N_FIELDS];
  for (int k = 0; k < N_FIELDS; k++) lens[k] = strlen(names[k]);
  memset(f, 0, N_FIELDS * sizeof *f);
  const char *e = p + n;
  while (p < e && is_ws(*p)) p++;
  if (p == e || *p++ != '{') return false;
  for (;;) {
    while (p < e && is_ws(*p)) p++;
    if (p == e || *p != '"') return false;
    bool esc;
    const char *key = p + 1, *kend = scan_string(key, e, &esc);
    if (!kend || esc) return false;
    p = kend + 1;
    while (p < e && is_ws(*p)) p++;
    if (p == e || *p++ != ':') return false;
    while (p < e && is_ws(*p)) p++;
    if (p == e || *p != '"') return false;
    const char *val = p + 1, *vend = scan_string(val, e, &esc);
    if (!vend || (esc && !unescape(val, (size_t)(vend - val), NULL))) return false;
    p = vend + 1;
    size_t kn = (size_t)(kend - key);
    for (int k = 0; k < N_FIELDS; k++) {
      if (kn != lens[k] || memcmp(key, names[k], kn) != 0) continue;
      if (f[k].set) return false; /* given twice: jansson keeps the last */
      f[k] = (jstr){val, (size_t)(vend - val), esc, true};
    }
    while (p < e && is_ws(*p)) p++;
    if (p == e) return false;
    if (*p == ',') {
      p++;
      continue;
    }
    if (*p++ != '}') return false;
    break;
  }
  while (p < e && is_ws(*p)) p++;
  return p == e && f[F_TEXT].set;
}

/* The value of a scanned field, decoded into scratch when escaped. */
static void field_value(const jstr *f, dyad_buf *scratch, const char **p, size_t *n) {
  if (!f->esc) {
    *p = f->p;
    *n = f->n;
    return;
  }
  dyad_buf_clear(scratch);
  unescape(f->p, f->n, scratch);
  *p = scratch->ptr;
  *n = scratch->len;
}

/* Fills the article from scanned fields, as from_object does from a tree. */
static void from_flat(dyad_reader *r, const jstr f[N_FIELDS]) {
  dyad_buf *fields[] = {&r->f_text, &r->f_id, &r->f_url, &r->f_title};
  const char *p;
  size_t n;
  for (int k = F_TEXT; k <= F_TITLE; k++) {
    if (!f[k].set) continue;
    field_value(&f[k], &r->jstr, &p, &n);
    dyad_reader_article_set(r, fields[k], p, n);
  }
  if (f[F_DATE].set) {
    field_value(&f[F_DATE], &r->jstr, &p, &n);
    dyad_date_parse(p, n, &r->art.date);
  }
  if (f[F_LANG].set) {
    field_value(&f[F_LANG], &r->jstr, &p, &n);
    dyad_lang_copy(r->art.lang, p, n);
  }
}

static int parse_record(dyad_reader *r, const char *p, size_t n, uint64_t off, uint64_t lineno) {
  dyad_reader_article_begin(r, off, lineno);
  dyad_buf_clear(&r->tmp);
  uint32_t fixed = dyad_utf8_repair(p, n, &r->tmp);
  jstr f[N_FIELDS];
  if (scan_flat(&r->opts, r->tmp.ptr, r->tmp.len, f)) {
    from_flat(r, f);
    r->art.n_repaired += fixed;
    dyad_reader_article_end(r);
    return DYAD_OK;
  }
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
