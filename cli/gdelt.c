/*
** gdelt.c -- writes GDELT 2.0 event (61 columns) and mention (16 columns)
** rows.  Tone is not computed (0); country codes are ISO alpha-3 (GDELT's
** geography uses FIPS); offsets are byte offsets.  Text fields lose their
** tabs and newlines.
*/
#include "gdelt.h"

#include <stdbool.h>
#include <string.h>

static void field(FILE *f, const char *s, size_t n, bool last) {
  size_t run = 0; /* plain bytes are written a run at a time */
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r') continue;
    fwrite(s + run, 1, i - run, f);
    fputc(' ', f);
    run = i + 1;
  }
  fwrite(s + run, 1, n - run, f);
  fputc(last ? '\n' : '\t', f);
}

static void str(FILE *f, const char *s) { field(f, s ? s : "", s ? strlen(s) : 0, false); }

static void num(FILE *f, int decimals, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*f", decimals, v);
  str(f, buf);
}

static void inum(FILE *f, long long v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", v);
  str(f, buf);
}

/* The eight geography columns: type, full name, country, ADM1, ADM2, lat,
   long, feature id.  Type 1 is a country, 4 a city, 5 a region. */
static void geo(FILE *f, const gdelt_event *e, bool action) {
  if (!action || !e->has_place) {
    for (int i = 0; i < 8; i++) str(f, "");
    return;
  }
  char type[4];
  snprintf(type, sizeof type, "%d", e->geo_type ? e->geo_type : e->has_coords ? 4 : 1);
  str(f, type);
  str(f, e->place_name);
  str(f, e->place_country);
  str(f, "");
  str(f, "");
  if (e->has_coords) {
    num(f, 4, e->lat);
    num(f, 4, e->lon);
  } else {
    str(f, "");
    str(f, "");
  }
  str(f, "");
}

/* An actor's ten columns: code, name, country, known group, ethnic,
   religion 1 and 2, type 1 to 3 (the CAMEO role suffix as type 1). */
static void actor(FILE *f, const gdelt_actor *r) {
  const char *code = r->code ? r->code : "";
  str(f, code);
  str(f, r->name);
  bool org = !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3);
  str(f, org ? "" : r->country);
  str(f, org ? code + 3 : "");
  str(f, "");
  str(f, "");
  str(f, "");
  size_t n = strlen(code);
  field(f, !org && n > 3 ? code + 3 : (org ? "IGO" : ""), !org && n > 3 ? n - 3 : (org ? 3 : 0), false);
  str(f, "");
  str(f, "");
}

void gdelt_write_event(FILE *f, const gdelt_event *e) {
  int y = 0, m = 0, d = 0;
  char buf[32];
  if (e->date && *e->date) sscanf(e->date, "%d-%d-%d", &y, &m, &d);
  str(f, e->id);
  snprintf(buf, sizeof buf, "%04d%02d%02d", y, m ? m : 1, d ? d : 1);
  str(f, y ? buf : "");
  snprintf(buf, sizeof buf, "%04d%02d", y, m ? m : 1);
  str(f, y ? buf : "");
  snprintf(buf, sizeof buf, "%04d", y);
  str(f, y ? buf : "");
  num(f, 4, y ? y + (((m ? m : 1) - 1) * 30.4 + (d ? d : 1)) / 365.0 : 0);
  actor(f, &e->a1);
  actor(f, &e->a2);
  str(f, e->is_root ? "1" : "0");
  str(f, e->code);
  field(f, e->code ? e->code : "", e->code ? (strlen(e->code) < 3 ? strlen(e->code) : 3) : 0, false);
  str(f, e->root);
  inum(f, e->quad_class);
  num(f, 1, e->goldstein);
  inum(f, e->num_mentions);
  inum(f, e->num_sources);
  inum(f, e->num_articles);
  str(f, "0");
  geo(f, e, false);
  geo(f, e, false);
  geo(f, e, true);
  str(f, e->added);
  field(f, e->url ? e->url : "", e->url ? strlen(e->url) : 0, true);
}

void gdelt_write_mention(FILE *f, const gdelt_mention *m) {
  char ev[32] = "";
  int y = 0, mo = 0, d = 0;
  if (m->event_date && *m->event_date) sscanf(m->event_date, "%d-%d-%d", &y, &mo, &d);
  if (y) snprintf(ev, sizeof ev, "%04d%02d%02d000000", y, mo ? mo : 1, d ? d : 1);
  str(f, m->event_id);
  str(f, ev);
  str(f, m->added);
  str(f, "1"); /* MentionType: web */
  str(f, m->source_name);
  str(f, m->url);
  inum(f, m->sentence);
  inum(f, m->a1_offset);
  inum(f, m->a2_offset);
  inum(f, m->action_offset);
  str(f, "1"); /* InRawText */
  str(f, "100"); /* Confidence */
  inum(f, m->doc_len);
  str(f, "0"); /* MentionDocTone */
  str(f, "");  /* MentionDocTranslationInfo */
  field(f, "", 0, true);
}
