/*
** date.c -- parsing and formatting of publication dates with a precision.
**
** Accepted forms (surrounding white space ignored):
**   YYYY            YYYY-MM          YYYY-MM-DD        YYYY/MM/DD
**   2024-06-18T09:30:00Z, 2024-06-18 09:30 (anything after the date and a
**   'T' or a space is a time, ignored)
**   Tue, 18 Jun 2024 10:00:00 GMT (RFC 1123; the weekday is optional, month
**   names in English or Italian, abbreviated or full)
** Callers: the readers (JSON "date", HTML meta tags, WARC-Date, the crawl
** header) and the CLI; the calendar arithmetic at the end serves the coder's
** relative dates ("lunedì", "last week", "lo scorso mese").
*/
#include "internal.h"

#include <ctype.h>
#include <string.h>

static int days_in_month(int y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[m - 1];
}

/* Reads exactly `width` digits at s[*i]; returns the value or -1. */
static int digits(const char *s, size_t n, size_t *i, int width) {
  int v = 0;
  for (int k = 0; k < width; k++) {
    if (*i >= n || !isdigit((unsigned char)s[*i])) return -1;
    v = v * 10 + (s[*i] - '0');
    (*i)++;
  }
  return v;
}

/* Reads 1 or 2 digits (a day of month). */
static int day_digits(const char *s, size_t n, size_t *i) {
  int v = digits(s, n, i, 1);
  if (v < 0) return -1;
  if (*i < n && isdigit((unsigned char)s[*i])) v = v * 10 + (s[(*i)++] - '0');
  return v;
}

static int set_date(dyad_date *out, int y, int m, int d, dyad_date_prec prec) {
  if (y < 1 || y > 9999) return DYAD_SYNTAX;
  if (prec >= DYAD_DATE_MONTH && (m < 1 || m > 12)) return DYAD_SYNTAX;
  if (prec == DYAD_DATE_DAY && (d < 1 || d > days_in_month(y, m))) return DYAD_SYNTAX;
  out->year = (int16_t)y;
  out->month = (int8_t)(prec >= DYAD_DATE_MONTH ? m : 0);
  out->day = (int8_t)(prec == DYAD_DATE_DAY ? d : 0);
  out->prec = prec;
  return DYAD_OK;
}

/* YYYY, YYYY-MM, YYYY-MM-DD, YYYY/MM/DD, YYYY-MM-DD[T ]time */
static int parse_iso(const char *s, size_t n, dyad_date *out) {
  size_t i = 0;
  int y = digits(s, n, &i, 4);
  if (y < 0) return DYAD_SYNTAX;
  if (i == n) return set_date(out, y, 0, 0, DYAD_DATE_YEAR);
  char sep = s[i];
  if (sep != '-' && sep != '/' && sep != '.') return DYAD_SYNTAX;
  i++;
  int m = digits(s, n, &i, 2);
  if (m < 0) return DYAD_SYNTAX;
  if (i == n) return set_date(out, y, m, 0, DYAD_DATE_MONTH);
  if (s[i] != sep) return DYAD_SYNTAX;
  i++;
  int d = digits(s, n, &i, 2);
  if (d < 0) return DYAD_SYNTAX;
  if (i < n && s[i] != 'T' && s[i] != 't' && s[i] != ' ') return DYAD_SYNTAX;
  return set_date(out, y, m, d, DYAD_DATE_DAY);
}

/* A month name (English or Italian, full or 3-letter) at s[*i]; 1..12 or -1. */
static int month_name(const char *s, size_t n, size_t *i) {
  static const char *const en[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char *const it[12] = {"gen", "feb", "mar", "apr", "mag", "giu",
                                     "lug", "ago", "set", "ott", "nov", "dic"};
  size_t start = *i;
  while (*i < n && isalpha((unsigned char)s[*i])) (*i)++;
  if (*i - start < 3) return -1;
  char w[3];
  for (int k = 0; k < 3; k++) w[k] = (char)tolower((unsigned char)s[start + (size_t)k]);
  for (int m = 0; m < 12; m++)
    if (memcmp(w, en[m], 3) == 0 || memcmp(w, it[m], 3) == 0) return m + 1;
  return -1;
}

static void skip_spaces(const char *s, size_t n, size_t *i) {
  while (*i < n && (s[*i] == ' ' || s[*i] == '\t')) (*i)++;
}

/* [Weekday,] DD Mon YYYY [time ...] */
static int parse_rfc(const char *s, size_t n, dyad_date *out) {
  size_t i = 0;
  if (isalpha((unsigned char)s[0])) {
    while (i < n && isalpha((unsigned char)s[i])) i++;
    if (i < n && s[i] == ',') i++;
    skip_spaces(s, n, &i);
  }
  int d = day_digits(s, n, &i);
  if (d < 0) return DYAD_SYNTAX;
  skip_spaces(s, n, &i);
  if (i < n && s[i] == '-') i++;
  int m = month_name(s, n, &i);
  if (m < 0) return DYAD_SYNTAX;
  if (i < n && s[i] == '.') i++;
  skip_spaces(s, n, &i);
  if (i < n && s[i] == '-') i++;
  int y = digits(s, n, &i, 4);
  if (y < 0) return DYAD_SYNTAX;
  if (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != ',') return DYAD_SYNTAX;
  return set_date(out, y, m, d, DYAD_DATE_DAY);
}

int dyad_date_parse(const char *s, size_t len, dyad_date *out) {
  memset(out, 0, sizeof *out);
  if (!s) return DYAD_SYNTAX;
  while (len && isspace((unsigned char)*s)) s++, len--;
  while (len && isspace((unsigned char)s[len - 1])) len--;
  if (len == 0) return DYAD_SYNTAX;
  int rc = isdigit((unsigned char)s[0]) && len >= 4 && isdigit((unsigned char)s[3])
               ? parse_iso(s, len, out)
               : parse_rfc(s, len, out);
  if (rc != DYAD_OK) memset(out, 0, sizeof *out);
  return rc;
}

/* Writes v (0 <= v < 10^width) as `width` decimal digits. */
static char *put_digits(char *p, int v, int width) {
  for (int k = width - 1; k >= 0; k--) {
    p[k] = (char)('0' + v % 10);
    v /= 10;
  }
  return p + width;
}

char *dyad_date_format(const dyad_date *d, char *buf) {
  buf[0] = 0;
  if (!d || d->prec == DYAD_DATE_NONE || d->year < 1 || d->year > 9999) return buf;
  bool month = d->prec >= DYAD_DATE_MONTH, day = d->prec == DYAD_DATE_DAY;
  if (month && (d->month < 1 || d->month > 12)) return buf;
  if (day && (d->day < 1 || d->day > 31)) return buf;
  char *p = put_digits(buf, d->year, 4);
  if (month) *p++ = '-', p = put_digits(p, d->month, 2);
  if (day) *p++ = '-', p = put_digits(p, d->day, 2);
  *p = 0;
  return buf;
}

/* ---- calendar arithmetic ---------------------------------------------------- */

/* Days since 1970-01-01 of a valid civil date (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static bool is_day(const dyad_date *d) {
  return d->prec == DYAD_DATE_DAY && d->month >= 1 && d->month <= 12 && d->day >= 1 &&
         d->day <= days_in_month(d->year, d->month);
}

dyad_date dyad_date_add_days(dyad_date d, int k) {
  if (!is_day(&d)) return d;
  while (k < 0) {
    if (--d.day < 1) {
      if (--d.month < 1) {
        d.month = 12;
        d.year--;
      }
      d.day = (int8_t)days_in_month(d.year, d.month);
    }
    k++;
  }
  while (k > 0) {
    if (++d.day > days_in_month(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        d.year++;
      }
    }
    k--;
  }
  return d;
}

int dyad_date_weekday(const dyad_date *d) {
  if (!is_day(d)) return 0;
  long z = days_from_civil(d->year, d->month, d->day); /* 1970-01-01 was a Thursday */
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return (int)w + 1;
}

dyad_date dyad_date_to_weekday(dyad_date d, int wd, int dir) {
  int cur = dyad_date_weekday(&d);
  if (!cur || wd < 1 || wd > 7) return d;
  int k = dir < 0 ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
  return dyad_date_add_days(d, k);
}

dyad_date dyad_date_add_months(dyad_date d, int k) {
  if (d.prec < DYAD_DATE_MONTH || d.month < 1 || d.month > 12) return d;
  int m = d.year * 12 + (d.month - 1) + k;
  d.year = (int16_t)(m / 12);
  d.month = (int8_t)(m % 12 + 1);
  d.day = 0;
  d.prec = DYAD_DATE_MONTH;
  return d;
}
