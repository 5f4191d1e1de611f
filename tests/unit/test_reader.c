/*
** test_reader.c -- unit tests of the input readers: UTF-8 repair, dates,
** the stream layer (gzip, zstd, truncation), each format in memory and on
** files, error recovery, size limits and folder walks.
**
** Files under samples/ and the seed article in ../shared/seed/ are used when
** present; their checks are skipped with a note otherwise.  Run from the
** repository root.
*/
#include "dyad.h"
#include "harness.h"
#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

/* ---- helpers ------------------------------------------------------------------ */

static dyad_reader *open_mem(const char *name, const void *p, size_t n, const dyad_reader_opts *o) {
  dyad_reader *r = NULL;
  char err[DYAD_ERRLEN];
  int rc = dyad_reader_open_mem(name, p, n, o, &r, err);
  INT_EQ(rc, DYAD_OK);
  return r;
}

static dyad_reader *open_str(const char *s, dyad_format f) {
  dyad_reader_opts o = {0};
  o.format = f;
  return open_mem("mem", s, strlen(s), &o);
}

static bool has(const char *hay, const char *needle) { return hay && strstr(hay, needle); }

static bool str_has(dyad_str s, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= s.len; i++)
    if (memcmp(s.ptr + i, needle, k) == 0) return true;
  return false;
}

static void gzip_member(dyad_buf *out, const char *p, size_t n) {
  z_stream z;
  memset(&z, 0, sizeof z);
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  size_t cap = deflateBound(&z, (uLong)n) + 64;
  dyad_buf_grow(out, cap);
  z.next_in = (Bytef *)(uintptr_t)p;
  z.avail_in = (uInt)n;
  z.next_out = (Bytef *)out->ptr + out->len;
  z.avail_out = (uInt)cap;
  deflate(&z, Z_FINISH);
  out->len += cap - z.avail_out;
  deflateEnd(&z);
}

static void zstd_frame(dyad_buf *out, const char *p, size_t n) {
  size_t cap = ZSTD_compressBound(n);
  dyad_buf_grow(out, cap);
  size_t k = ZSTD_compress(out->ptr + out->len, cap, p, n, 3);
  OK(!ZSTD_isError(k));
  out->len += k;
}

/* Pseudo-random text, so that compression keeps some size. */
static void noise_text(dyad_buf *b, size_t n) {
  static const char *const words[] = {"Roma", "governo", "ministro", "accordo", "Mosca",
                                      "dichiarato", "vertice", "sanzioni", "Pechino", "oggi"};
  uint32_t x = 12345;
  while (b->len < n) {
    x = x * 1103515245u + 12345u;
    dyad_buf_puts(b, words[(x >> 16) % 10]);
    dyad_buf_putc(b, (x >> 8) % 13 == 0 ? '\n' : ' ');
  }
}

static void warc_record(dyad_buf *b, const char *type, const char *uri, const char *id,
                        const char *block, long clen_delta) {
  size_t n = strlen(block);
  dyad_buf_printf(b,
                  "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
                  "WARC-Date: 2024-06-19T08:00:00Z\r\nWARC-Record-ID: <%s>\r\n"
                  "Content-Type: application/http; msgtype=%s\r\nContent-Length: %ld\r\n\r\n",
                  type, uri, id, type, (long)n + clen_delta);
  dyad_buf_puts(b, block);
  dyad_buf_puts(b, "\r\n\r\n");
}

static void write_file(const char *path, const char *p, size_t n) {
  FILE *f = fopen(path, "wb");
  OK(f != NULL);
  if (!f) return;
  fwrite(p, 1, n, f);
  fclose(f);
}

static bool file_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* Reads all of r; returns articles, counts errors in *errors. */
static int drain(dyad_reader *r, int *errors) {
  const dyad_article *a;
  int rc, n = 0;
  *errors = 0;
  while ((rc = dyad_reader_next(r, &a)) != DYAD_DONE) {
    if (rc == DYAD_OK) {
      n++;
      OK(dyad_utf8_valid(a->text.ptr, a->text.len));
    } else {
      (*errors)++;
    }
  }
  return n;
}

/* ---- UTF-8 and dates ------------------------------------------------------------ */

static void test_utf8(void) {
  dyad_buf b = DYAD_BUF_INIT;
  INT_EQ(dyad_utf8_repair("caff\xC3\xA8", 6, &b), 0);
  STR_EQ(b.ptr, "caff\xC3\xA8");
  dyad_buf_clear(&b);
  INT_EQ(dyad_utf8_repair("a\xC0\xAF" "b", 4, &b), 2); /* overlong: two bytes, two U+FFFD */
  STR_EQ(b.ptr, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  dyad_buf_clear(&b);
  INT_EQ(dyad_utf8_repair("\xED\xA0\x80", 3, &b), 3);     /* surrogate */
  dyad_buf_clear(&b);
  INT_EQ(dyad_utf8_repair("\xF4\x90\x80\x80", 4, &b), 4); /* over U+10FFFF */
  dyad_buf_clear(&b);
  INT_EQ(dyad_utf8_repair("x\xE2\x82y", 4, &b), 1);       /* maximal subpart */
  STR_EQ(b.ptr, "x\xEF\xBF\xBDy");
  dyad_buf_clear(&b);
  INT_EQ(dyad_utf8_repair("a\0b", 3, &b), 1);             /* NUL */
  STR_EQ(b.ptr, "a\xEF\xBF\xBD" "b");
  OK(dyad_utf8_valid(b.ptr, b.len));
  OK(!dyad_utf8_valid("a\0b", 3));
  OK(!dyad_utf8_valid("\xE0\x80\x80", 3));
  OK(dyad_utf8_valid("\xF0\x9D\x84\x9E\xE2\x82\xAC", 7));
  size_t adv;
  INT_EQ(dyad_utf8_decode("\xE2\x82\xAC", 3, &adv), 0x20AC);
  INT_EQ(adv, 3);
  INT_EQ(dyad_utf8_decode("\xE2\x82", 2, &adv), 0xFFFD);
  INT_EQ(adv, 1);
  char enc[4];
  INT_EQ(dyad_utf8_encode(0x1D11E, enc), 4);
  OK(memcmp(enc, "\xF0\x9D\x84\x9E", 4) == 0);
  INT_EQ(dyad_utf8_encode(0xD800, enc), 3); /* surrogate encodes as U+FFFD */
  dyad_buf_free(&b);
}

/* Calendar arithmetic of relative dates. */
static void test_date_arithmetic(void) {
  dyad_date d, e;
  char buf[16];
  INT_EQ(dyad_date_parse("2024-03-05", 10, &d), DYAD_OK);
  INT_EQ(dyad_date_weekday(&d), 2); /* a Tuesday */
  e = dyad_date_to_weekday(d, 1, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-03-04");
  e = dyad_date_to_weekday(d, 2, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-03-05");
  e = dyad_date_to_weekday(d, 3, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-02-28");
  e = dyad_date_to_weekday(d, 1, 1);
  STR_EQ(dyad_date_format(&e, buf), "2024-03-11");
  e = dyad_date_add_days(d, -5); /* across a leap February */
  STR_EQ(dyad_date_format(&e, buf), "2024-02-29");
  INT_EQ(dyad_date_parse("2025-01-01", 10, &d), DYAD_OK);
  INT_EQ(dyad_date_weekday(&d), 3);
  e = dyad_date_add_days(d, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-12-31");
  e = dyad_date_add_months(d, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-12");
  e = dyad_date_add_months(d, 13);
  STR_EQ(dyad_date_format(&e, buf), "2026-02");
  INT_EQ(dyad_date_parse("2024-06", 7, &d), DYAD_OK);
  INT_EQ(dyad_date_weekday(&d), 0); /* no day: no weekday, no move */
  e = dyad_date_to_weekday(d, 1, -1);
  STR_EQ(dyad_date_format(&e, buf), "2024-06");
}

static void test_dates(void) {
  dyad_date d;
  char buf[11];
  INT_EQ(dyad_date_parse("2024-06", 7, &d), DYAD_OK);
  INT_EQ(d.prec, DYAD_DATE_MONTH);
  STR_EQ(dyad_date_format(&d, buf), "2024-06");
  INT_EQ(dyad_date_parse(" 2024-06-18T09:30:00Z ", 22, &d), DYAD_OK);
  STR_EQ(dyad_date_format(&d, buf), "2024-06-18");
  INT_EQ(dyad_date_parse("2024/06/18", 10, &d), DYAD_OK);
  INT_EQ(d.day, 18);
  INT_EQ(dyad_date_parse("2024", 4, &d), DYAD_OK);
  INT_EQ(d.prec, DYAD_DATE_YEAR);
  STR_EQ(dyad_date_format(&d, buf), "2024");
  const char *rfc = "Tue, 18 Jun 2024 10:00:00 GMT";
  INT_EQ(dyad_date_parse(rfc, strlen(rfc), &d), DYAD_OK);
  STR_EQ(dyad_date_format(&d, buf), "2024-06-18");
  INT_EQ(dyad_date_parse("18 giugno 2024", 14, &d), DYAD_OK);
  INT_EQ(d.month, 6);
  INT_EQ(dyad_date_parse("2024-02-30", 10, &d), DYAD_SYNTAX);
  INT_EQ(d.prec, DYAD_DATE_NONE);
  INT_EQ(dyad_date_parse("2024-13", 7, &d), DYAD_SYNTAX);
  INT_EQ(dyad_date_parse("yesterday", 9, &d), DYAD_SYNTAX);
  INT_EQ(dyad_date_parse("", 0, &d), DYAD_SYNTAX);
  d.prec = DYAD_DATE_NONE;
  STR_EQ(dyad_date_format(&d, buf), "");
  STR_EQ(dyad_format_name(DYAD_FORMAT_WARC), "warc");
}

/* ---- text --------------------------------------------------------------------------- */

static void test_text_crawl(void) {
  const char *s = " date 2024-06 Roma, 18 giugno 2024 - Il vertice.\nSecondo paragrafo.\n";
  dyad_reader *r = open_str(s, DYAD_FORMAT_AUTO);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->format, DYAD_FORMAT_TEXT);
  INT_EQ(a->date.prec, DYAD_DATE_MONTH);
  INT_EQ(a->date.year, 2024);
  INT_EQ(a->date.month, 6);
  STRN_EQ(a->text.ptr, a->text.len, "Roma, 18 giugno 2024 - Il vertice.\nSecondo paragrafo.");
  STRN_EQ(a->source.ptr, a->source.len, "mem");
  INT_EQ(a->title.len, 0);
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  INT_EQ(dyad_reader_count(r), 1);
  dyad_reader_free(r);

  r = open_str("date 2024-06-18 Testo.", DYAD_FORMAT_TEXT);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->date.prec, DYAD_DATE_DAY);
  STRN_EQ(a->text.ptr, a->text.len, "Testo.");
  dyad_reader_free(r);

  dyad_reader_opts o = {0};
  o.max_record = 10;
  r = open_mem("long.txt", s, strlen(s), &o);
  INT_EQ(dyad_reader_next(r, &a), DYAD_TOOBIG);
  OK(has(dyad_reader_errmsg(r), "long.txt: text longer than the record limit"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  r = open_str("Just some text, dated nowhere.", DYAD_FORMAT_AUTO);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->date.prec, DYAD_DATE_NONE);
  STRN_EQ(a->text.ptr, a->text.len, "Just some text, dated nowhere.");
  dyad_reader_free(r);
}

static void test_text_repair_and_binary(void) {
  const char bad[] = "Caff\xE8 al bar\0 oggi.";
  dyad_reader *r = open_mem("bad.txt", "Caff\xE8 al bar oggi.", 18, NULL);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->n_repaired, 1);
  OK(dyad_utf8_valid(a->text.ptr, a->text.len));
  dyad_reader_free(r);

  r = open_mem("nul.txt", bad, sizeof bad - 1, NULL); /* a NUL byte: binary */
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "nul.txt: binary file"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  INT_EQ(dyad_reader_nerrors(r), 1);
  dyad_reader_free(r);

  unsigned char bin[600];
  for (size_t i = 0; i < sizeof bin; i++) bin[i] = (unsigned char)(i * 37 + 1) | 1;
  r = open_mem("x.bin", bin, sizeof bin, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "binary file"));
  dyad_reader_free(r);

  r = open_mem("empty.txt", "", 0, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  STR_EQ(dyad_reader_errmsg(r), "empty.txt: empty file");
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);
}

/* ---- JSON Lines ------------------------------------------------------------------------ */

static void test_jsonl(void) {
  const char *s =
      "{\"id\": \"a1\", \"text\": \"Primo articolo.\", \"date\": \"2024-06-18\", \"lang\": \"it-IT\","
      " \"url\": \"https://example.org/1\", \"title\": \"Titolo\"}\n"
      "\n"
      "{\"text\": \"broken\", \n"
      "{\"id\": 42, \"text\": \"Second \\u0000 article.\"}\n"
      "{\"id\": \"no-text\"}\n"
      "[1, 2]\n"
      "{\"text\": \"Last\xff line.\"}";
  dyad_reader *r = open_str(s, DYAD_FORMAT_AUTO);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->format, DYAD_FORMAT_JSONL);
  STRN_EQ(a->id.ptr, a->id.len, "a1");
  STRN_EQ(a->text.ptr, a->text.len, "Primo articolo.");
  STRN_EQ(a->url.ptr, a->url.len, "https://example.org/1");
  STRN_EQ(a->title.ptr, a->title.len, "Titolo");
  STR_EQ(a->lang, "it");
  INT_EQ(a->date.prec, DYAD_DATE_DAY);
  INT_EQ(a->line, 1);
  INT_EQ(a->offset, 0);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "mem: line 3: invalid JSON"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "42");
  INT_EQ(a->line, 4);
  INT_EQ(a->n_repaired, 1); /* the \u0000 */
  OK(dyad_utf8_valid(a->text.ptr, a->text.len));
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  STR_EQ(dyad_reader_errmsg(r), "mem: line 5: missing field 'text'");
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "line 6: not a JSON object"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->n_repaired, 1);
  STRN_EQ(a->text.ptr, a->text.len, "Last\xEF\xBF\xBD line.");
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  INT_EQ(dyad_reader_count(r), 3);
  INT_EQ(dyad_reader_nerrors(r), 3);
  dyad_reader_free(r);

  /* custom field names and a forced language */
  dyad_reader_opts o = {0};
  o.field_text = "body";
  o.field_id = "uid";
  o.lang = "en";
  const char *t = "{\"uid\": \"x\", \"body\": \"Hello.\", \"lang\": \"it\"}\n";
  r = open_mem("m.jsonl", t, strlen(t), &o);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "x");
  STRN_EQ(a->text.ptr, a->text.len, "Hello.");
  STR_EQ(a->lang, "en");
  dyad_reader_free(r);
}

/* Flat records of strings (the scanner) and the same with escapes, given
   twice or with other values (jansson) must read alike. */
static void test_jsonl_escapes(void) {
  const char *s =
      "{\"id\": \"e1\", \"url\": \"http:\\/\\/x.it\\/a\", \"title\": \"T \\\"q\\\"\","
      " \"text\": \"Caff\\u00e8\\n\\t\\\\ \\ud83d\\ude00 fine\", \"lang\": \"EN-us\","
      " \"date\": \"\\u0032024-06\"}\n"
      "{\"id\": \"e2\", \"text\": \"one\", \"text\": \"two\"}\n"
      "{\"id\": \"e3\", \"n\": [1, {\"a\": null}], \"text\": \"Caff\\u00E8\"}\n"
      "  {\"text\" :\t\"spaced\" }  \n"
      "{\"text\": \"lone \\ud800\"}\n"
      "{\"text\": \"x\"} tail\n";
  dyad_reader *r = open_str(s, DYAD_FORMAT_JSONL);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "e1");
  STRN_EQ(a->url.ptr, a->url.len, "http://x.it/a");
  STRN_EQ(a->title.ptr, a->title.len, "T \"q\"");
  STRN_EQ(a->text.ptr, a->text.len, "Caff\xC3\xA8\n\t\\ \xF0\x9F\x98\x80 fine");
  STR_EQ(a->lang, "en");
  INT_EQ(a->date.prec, DYAD_DATE_MONTH);
  INT_EQ(a->date.year, 2024);
  INT_EQ(a->n_repaired, 0);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "two"); /* the last of a field given twice */
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "e3");
  STRN_EQ(a->text.ptr, a->text.len, "Caff\xC3\xA8");
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "spaced");
  INT_EQ(a->line, 4);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "line 5: invalid JSON: invalid Unicode"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "line 6: invalid JSON: end of file expected"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);
}

static void test_jsonl_huge_line(void) {
  size_t big = 50u * 1024 * 1024;
  dyad_buf b = DYAD_BUF_INIT;
  dyad_buf_grow(&b, big + 200);
  dyad_buf_puts(&b, "{\"id\": \"big\", \"text\": \"");
  memset(b.ptr + b.len, 'a', big);
  for (size_t i = 1000; i < big; i += 1000) b.ptr[b.len + i] = ' ';
  b.len += big;
  dyad_buf_puts(&b, "\"}\n{\"id\": \"small\", \"text\": \"after\"}\n");
  dyad_reader *r = open_mem("big.jsonl", b.ptr, b.len, NULL);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->text.len, big);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "small");
  dyad_reader_free(r);

  dyad_reader_opts o = {0};
  o.max_record = 1024 * 1024;
  r = open_mem("big.jsonl", b.ptr, b.len, &o);
  INT_EQ(dyad_reader_next(r, &a), DYAD_TOOBIG);
  OK(has(dyad_reader_errmsg(r), "big.jsonl: line 1: record longer than"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "small");
  INT_EQ(a->line, 2);
  INT_EQ(a->offset, big + 26);
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);
  dyad_buf_free(&b);
}

/* ---- HTML ---------------------------------------------------------------------------------- */

static const char *PAGE =
    "<!DOCTYPE html><html lang=\"it-IT\"><head><title>Site | Headline</title>"
    "<meta property=\"og:title\" content=\"Il vertice di Roma\">"
    "<meta property=\"article:published_time\" content=\"2024-06-18T09:30:00+02:00\">"
    "<link rel=\"canonical\" href=\"https://example.org/vertice\">"
    "<script>var x = 'not text';</script><style>p{}</style></head>"
    "<body><nav>Home | Esteri</nav><div class=\"cookie-banner\">Accetta i cookie</div>"
    "<article><h1>Il vertice</h1><p>Roma, 18 giugno &ndash; Il   ministro\n ha <b>parlato</b>.</p>"
    "<figure><img src=x><figcaption>Una foto</figcaption></figure>"
    "<div class=\"share-tools\">Condividi</div>"
    "<ul><li>Uno</li><li>Due</li></ul><aside>Leggi anche</aside>"
    "<p>Ultimo paragrafo.</p></article><footer>Copyright</footer></body></html>";

static void test_html(void) {
  dyad_reader *r = open_str(PAGE, DYAD_FORMAT_AUTO);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->format, DYAD_FORMAT_HTML);
  STRN_EQ(a->title.ptr, a->title.len, "Il vertice di Roma");
  STRN_EQ(a->url.ptr, a->url.len, "https://example.org/vertice");
  STR_EQ(a->lang, "it");
  INT_EQ(a->date.prec, DYAD_DATE_DAY);
  INT_EQ(a->date.day, 18);
  STRN_EQ(a->text.ptr, a->text.len,
          "Il vertice\n\nRoma, 18 giugno \xE2\x80\x93 Il ministro ha parlato.\n\nUna foto\n\n"
          "Uno\n\nDue\n\nUltimo paragrafo.");
  OK(!str_has(a->text, "cookie"));
  OK(!str_has(a->text, "Condividi"));
  OK(!str_has(a->text, "not text"));
  dyad_reader_free(r);

  /* no <article>: <body> minus furniture; date from <time> is only read in articles */
  const char *p2 = "<html><head><meta name=\"date\" content=\"2023-01-05\"></head>"
                   "<body><header>Logo</header><p>Body text here.</p></body></html>";
  r = open_str(p2, DYAD_FORMAT_AUTO);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Body text here.");
  INT_EQ(a->date.year, 2023);
  INT_EQ(a->title.len, 0);
  dyad_reader_free(r);

  const char *empty = "<html><head><title>Nothing</title></head><body><script>x()</script></body></html>";
  r = open_str(empty, DYAD_FORMAT_AUTO);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  STR_EQ(dyad_reader_errmsg(r), "mem: no text in HTML page");
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  /* nesting too deep for a quick parse */
  dyad_buf deep = DYAD_BUF_INIT;
  dyad_buf_puts(&deep, "<html><body>");
  for (int i = 0; i < 5000; i++) dyad_buf_puts(&deep, "<div>");
  dyad_buf_puts(&deep, "text");
  r = open_mem("deep.html", deep.ptr, deep.len, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "nested too deeply"));
  dyad_reader_free(r);
  dyad_buf_free(&deep);

  /* Latin-1 declared and sent */
  const char *latin = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Citt\xE0 \x93vero\x94</p></body></html>";
  r = open_str(latin, DYAD_FORMAT_HTML);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Citt\xC3\xA0 \xE2\x80\x9Cvero\xE2\x80\x9D");
  INT_EQ(a->n_repaired, 0);
  dyad_reader_free(r);
}

/* ---- WARC ------------------------------------------------------------------------------------ */

static void build_warc(dyad_buf *w, bool bad_length) {
  char page[512];
  dyad_buf_puts(w, "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 12\r\n\r\nsoftware: x\n\r\n\r\n");
  snprintf(page, sizeof page,
           "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           "<html><body><article><p>First story.</p></article></body></html>");
  warc_record(w, "response", "https://example.org/1", "urn:uuid:1", page, 0);
  warc_record(w, "request", "https://example.org/1", "urn:uuid:2",
              "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n", 0);
  snprintf(page, sizeof page,
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
           "<html><body><p>Broken story.</p></body></html>");
  warc_record(w, "response", "https://example.org/2", "urn:uuid:3", page, bad_length ? 40 : 0);
  warc_record(w, "response", "https://example.org/img", "urn:uuid:4",
              "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 0);
  snprintf(page, sizeof page,
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
           "10\r\n<html><body><p>T\r\n11\r\nhird story.</p></b\r\n0\r\n\r\n");
  warc_record(w, "response", "https://example.org/3", "urn:uuid:5", page, 0);
}

static void test_warc(void) {
  dyad_buf w = DYAD_BUF_INIT;
  build_warc(&w, false);
  dyad_reader *r = open_mem("news.warc", w.ptr, w.len, NULL);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->format, DYAD_FORMAT_WARC);
  STRN_EQ(a->text.ptr, a->text.len, "First story.");
  STRN_EQ(a->id.ptr, a->id.len, "urn:uuid:1");
  STRN_EQ(a->url.ptr, a->url.len, "https://example.org/1");
  INT_EQ(a->date.prec, DYAD_DATE_DAY); /* from WARC-Date */
  INT_EQ(a->date.day, 19);
  INT_EQ(a->index, 1);
  OK(a->offset > 0 && memcmp(w.ptr + a->offset, "WARC/1.0", 8) == 0);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Broken story.");
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Third story.");
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  INT_EQ(dyad_reader_nerrors(r), 0);
  dyad_reader_free(r);
  dyad_buf_clear(&w);

  build_warc(&w, true);
  r = open_mem("news.warc", w.ptr, w.len, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "news.warc: byte "));
  OK(has(dyad_reader_errmsg(r), "WARC record 4: Content-Length"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Third story.");
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  /* a length running past the end of the data */
  dyad_buf_clear(&w);
  warc_record(&w, "response", "https://example.org/1", "urn:uuid:1",
              "HTTP/1.1 200 OK\r\n\r\n<html><body><p>x</p></body></html>", 5000);
  r = open_mem("short.warc", w.ptr, w.len, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "short.warc: byte 0: WARC record 1: Content-Length"));
  OK(has(dyad_reader_errmsg(r), "exceeds the data left"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  /* per-record gzip members, as crawl archives store them */
  dyad_buf one = DYAD_BUF_INIT, gz = DYAD_BUF_INIT;
  build_warc(&one, false);
  const char *p = one.ptr, *end = one.ptr + one.len;
  while (p < end) {
    const char *next = strstr(p + 1, "WARC/1.");
    if (!next) next = end;
    gzip_member(&gz, p, (size_t)(next - p));
    p = next;
  }
  r = open_mem("news.warc.gz", gz.ptr, gz.len, NULL);
  int errors;
  INT_EQ(drain(r, &errors), 3);
  INT_EQ(errors, 0);
  INT_EQ(dyad_reader_bytes(r), gz.len);
  dyad_reader_free(r);
  dyad_buf_free(&one);
  dyad_buf_free(&gz);
  dyad_buf_free(&w);
}

/* ---- compression ---------------------------------------------------------------------------- */

static void test_gzip_zstd(void) {
  const char *l1 = "{\"id\": \"1\", \"text\": \"uno\"}\n", *l2 = "{\"id\": \"2\", \"text\": \"due\"}\n";
  dyad_buf gz = DYAD_BUF_INIT, zs = DYAD_BUF_INIT;
  gzip_member(&gz, l1, strlen(l1)); /* two members */
  gzip_member(&gz, l2, strlen(l2));
  dyad_reader *r = open_mem("two.jsonl.gz", gz.ptr, gz.len, NULL);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "1");
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->id.ptr, a->id.len, "2");
  INT_EQ(a->offset, strlen(l1));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  zstd_frame(&zs, l1, strlen(l1)); /* two frames */
  zstd_frame(&zs, l2, strlen(l2));
  r = open_mem("two.jsonl.zst", zs.ptr, zs.len, NULL);
  int errors;
  INT_EQ(drain(r, &errors), 2);
  INT_EQ(errors, 0);
  dyad_reader_free(r);

  /* truncated: a large text cut in the middle */
  dyad_buf text = DYAD_BUF_INIT;
  noise_text(&text, 400000);
  dyad_buf_clear(&gz);
  gzip_member(&gz, text.ptr, text.len);
  r = open_mem("cut.txt.gz", gz.ptr, gz.len / 2, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_IO);
  OK(has(dyad_reader_errmsg(r), "cut.txt.gz: byte "));
  OK(has(dyad_reader_errmsg(r), "truncated gzip stream"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  dyad_buf_clear(&zs);
  zstd_frame(&zs, text.ptr, text.len);
  r = open_mem("cut.txt.zst", zs.ptr, zs.len / 2, NULL);
  INT_EQ(dyad_reader_next(r, &a), DYAD_IO);
  OK(has(dyad_reader_errmsg(r), "truncated zstd stream"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);

  /* truncated JSON Lines: the complete lines before the cut are read */
  dyad_buf lines = DYAD_BUF_INIT;
  for (int i = 0; i < 3000; i++) {
    dyad_buf_printf(&lines, "{\"id\": \"%d\", \"text\": \"", i);
    noise_text(&lines, lines.len + 100);
    dyad_buf_puts(&lines, "\"}\n");
  }
  /* the noise may hold newlines inside the strings: keep those lines simple */
  for (size_t i = 0; i < lines.len; i++)
    if (lines.ptr[i] == '\n' && i + 1 < lines.len && lines.ptr[i + 1] != '{') lines.ptr[i] = ' ';
  dyad_buf_clear(&gz);
  gzip_member(&gz, lines.ptr, lines.len);
  r = open_mem("cut.jsonl.gz", gz.ptr, gz.len * 3 / 4, NULL);
  int n = drain(r, &errors);
  OK(n > 1000 && n < 3000);
  INT_EQ(errors, 1);
  OK(has(dyad_reader_errmsg(r), "truncated gzip stream"));
  dyad_reader_free(r);

  /* garbage after the gzip magic */
  const char junk[] = "\x1f\x8b\x08\x00garbage garbage garbage";
  r = open_mem("junk.gz", junk, sizeof junk - 1, NULL);
  OK(dyad_reader_next(r, &a) == DYAD_IO);
  OK(has(dyad_reader_errmsg(r), "gzip"));
  dyad_reader_free(r);

  dyad_buf_free(&lines);
  dyad_buf_free(&text);
  dyad_buf_free(&gz);
  dyad_buf_free(&zs);
}

/* ---- files and folders ----------------------------------------------------------------------- */

static void test_folder(void) {
  char dir[400];
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/dyad-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  OK(mkdtemp(dir) != NULL);
  char path[512], link_target[512];
  snprintf(path, sizeof path, "%s/b.txt", dir);
  write_file(path, "Second file.", 12);
  snprintf(path, sizeof path, "%s/a.jsonl", dir);
  write_file(path, "{\"text\": \"one\"}\n{\"text\": \"two\"}\n", 32);
  snprintf(path, sizeof path, "%s/.hidden.txt", dir);
  write_file(path, "hidden", 6);
  snprintf(path, sizeof path, "%s/sub", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/sub/c.html", dir);
  write_file(path, "<p>Third.</p>", 13);
  snprintf(path, sizeof path, "%s/sub/empty.txt", dir);
  write_file(path, "", 0);
  snprintf(path, sizeof path, "%s/sub/loop", dir);
  OK(symlink(dir, path) == 0); /* a loop: not followed */

  dyad_reader *r = NULL;
  char err[DYAD_ERRLEN];
  INT_EQ(dyad_reader_open(dir, NULL, &r, err), DYAD_OK);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  OK(str_has(a->source, "/a.jsonl"));
  STRN_EQ(a->text.ptr, a->text.len, "one");
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "two");
  INT_EQ(a->index, 1);
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Second file.");
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  STRN_EQ(a->text.ptr, a->text.len, "Third.");
  OK(str_has(a->source, "/sub/c.html"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_SYNTAX);
  OK(has(dyad_reader_errmsg(r), "sub/empty.txt: empty file"));
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  OK(dyad_reader_bytes(r) == 12 + 32 + 13);
  dyad_reader_free(r);

  snprintf(path, sizeof path, "%s/none.txt", dir);
  INT_EQ(dyad_reader_open(path, NULL, &r, err), DYAD_IO);
  OK(r == NULL);
  OK(has(err, "none.txt: cannot open"));

  /* clean up */
  const char *names[] = {"b.txt", "a.jsonl", ".hidden.txt", "sub/c.html", "sub/empty.txt", "sub/loop"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    snprintf(link_target, sizeof link_target, "%s/%s", dir, names[i]);
    unlink(link_target);
  }
  snprintf(path, sizeof path, "%s/sub", dir);
  rmdir(path);
  rmdir(dir);
}

static void test_seed(void) {
  const char *seed = "../shared/seed/putin-pyongyang-2024-06.it.txt";
  if (!file_exists(seed)) {
    printf("note: %s absent, seed checks skipped\n", seed);
    return;
  }
  dyad_reader *r = NULL;
  char err[DYAD_ERRLEN];
  INT_EQ(dyad_reader_open(seed, NULL, &r, err), DYAD_OK);
  const dyad_article *a;
  INT_EQ(dyad_reader_next(r, &a), DYAD_OK);
  INT_EQ(a->date.prec, DYAD_DATE_MONTH);
  INT_EQ(a->date.year, 2024);
  INT_EQ(a->date.month, 6);
  OK(a->text.len > 20 && memcmp(a->text.ptr, "Roma, 18 giugno 2024", 20) == 0);
  INT_EQ(a->n_repaired, 0);
  INT_EQ(dyad_reader_next(r, &a), DYAD_DONE);
  dyad_reader_free(r);
}

/* Every file under samples/ reads without a crash; the known ones give articles. */
static void sample_check(const char *path, int min_articles) {
  if (!file_exists(path)) {
    printf("note: %s absent, skipped\n", path);
    return;
  }
  dyad_reader *r = NULL;
  char err[DYAD_ERRLEN];
  INT_EQ(dyad_reader_open(path, NULL, &r, err), DYAD_OK);
  if (!r) return;
  int errors, n = drain(r, &errors);
  CHECK_AT(n >= min_articles, "%s: %d articles (%d errors), expected at least %d", path, n, errors,
           min_articles);
  dyad_reader_free(r);
}

static void test_samples(void) {
  sample_check("samples/text", 1);
  sample_check("samples/crawl", 1);
  sample_check("samples/jsonl/articles.jsonl", 1);
  sample_check("samples/html", 1);
  sample_check("samples/warc/news.warc", 1);
  sample_check("samples/compressed", 1);
  sample_check("samples", 1);
}

int main(void) {
  RUN(test_utf8);
  RUN(test_dates);
  RUN(test_date_arithmetic);
  RUN(test_text_crawl);
  RUN(test_text_repair_and_binary);
  RUN(test_jsonl);
  RUN(test_jsonl_escapes);
  RUN(test_jsonl_huge_line);
  RUN(test_html);
  RUN(test_warc);
  RUN(test_gzip_zstd);
  RUN(test_folder);
  RUN(test_seed);
  RUN(test_samples);
  return harness_done("reader");
}
