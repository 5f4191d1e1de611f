/*
** test_places.c -- where events happen: cities, first-level regions and
** countries from the gazetteer (libgeonames plus data/geo/places.txt), the
** region words of data/lang, and the checks on the project's own place list
** (internal API for the gazetteer itself).
*/
#include "internal.h"
#include "harness.h"
#include "coding.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const dyad_doc *code(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* The place of the first event that has one. */
static const dyad_place *place(const dyad_doc *d) {
  for (size_t i = 0; d && i < d->n_events; i++)
    if (d->events[i].location.found) return &d->events[i].location;
  return NULL;
}

#define NEAR(x, want) ((x) > (want) - 1.0 && (x) < (want) + 1.0)

static void test_regions(void) {
  const dyad_place *p = place(code("Russian forces shelled Ukraine in the Kherson region on Monday.", "en", "2024-06-10"));
  OK(p != NULL);
  if (p) {
    INT_EQ(p->kind, DYAD_PLACE_REGION);
    STR_EQ(p->country, "UKR");
    OK(p->has_coords && NEAR(p->lat, 46.6) && NEAR(p->lon, 33.0));
  }
  p = place(code("Le forze russe hanno attaccato l'Ucraina nella regione di Zaporizhzhia.", "it", "2024-06-10"));
  OK(p != NULL);
  if (p) {
    INT_EQ(p->kind, DYAD_PLACE_REGION);
    STR_EQ(p->country, "UKR");
  }
  /* a region the library lacks, from the project's list */
  p = place(code("Russia attacked Ukraine in Donbas on Monday.", "en", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_REGION && !strcmp(p->country, "UKR") && NEAR(p->lat, 48.2));
  /* a region the actor list knows as its country */
  p = place(code("Israel struck Hamas in the Gaza Strip on Monday.", "en", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_REGION && !strcmp(p->country, "PSE"));
  /* a region's bare name needs a region word, unless data/geo lists it */
  p = place(code("Russia attacked Ukraine in Central Asia.", "en", "2024-06-10"));
  OK(!p || p->kind != DYAD_PLACE_REGION);
  /* a city is still a city when the region has its name */
  p = place(code("Russia attacked Ukraine in Kharkiv on Monday.", "en", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_CITY && !strcmp(p->country, "UKR"));
}

static void test_spellings(void) {
  /* "Odesa" is the library's "Odessa" */
  const dyad_place *p = place(code("Russian troops attacked Ukraine near Odesa.", "en", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_CITY && !strcmp(p->country, "UKR") && NEAR(p->lat, 46.5) && NEAR(p->lon, 30.7));
  p = place(code("Israele ha colpito Hamas in Cisgiordania.", "it", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_REGION && !strcmp(p->country, "PSE"));
}

static void test_countries(void) {
  const dyad_place *p = place(code("Vladimir Putin ha incontrato Kim Jong-un in Corea del Nord.", "it", "2024-06-19"));
  OK(p != NULL);
  if (p) {
    INT_EQ(p->kind, DYAD_PLACE_COUNTRY);
    STR_EQ(p->country, "PRK");
    OK(p->has_coords && NEAR(p->lat, 39.5) && NEAR(p->lon, 126.5));
  }
  /* a country across the 180th meridian keeps a centre inside it */
  const dyad_gaz *g = dyad_dict_gaz(dict);
  double lat = 0, lon = 0;
  OK(g && dyad_gaz_country(g, "FJI", &lat, &lon) && (lon > 175 || lon < -178) && lat < -15 && lat > -20);
  OK(g && !dyad_gaz_country(g, "XXX", &lat, &lon));
}

/* Every alias names a place the library has in that country (else a
   spelling would silently be lost). */
static void test_aliases_resolve(void) {
  const char *ptr;
  size_t len;
  OK(dyad_data_get("geo/places.txt", &ptr, &len));
  const dyad_gaz *g = dyad_dict_gaz(dict);
  if (!g) return;
  dyad_lines l;
  dyad_lines_init(&l, "geo/places.txt", ptr, len);
  int aliases = 0;
  while (dyad_lines_next(&l)) {
    if (l.len < 6 || memcmp(l.text, "alias", 5) != 0) continue;
    char cc[4] = {0}, name[128] = {0};
    if (sscanf(l.text, "alias %3s %127[^:]", cc, name) != 2) {
      OK(!"alias line reads");
      continue;
    }
    size_t n = strlen(name);
    while (n && name[n - 1] == ' ') name[--n] = 0;
    dyad_buf f = DYAD_BUF_INIT;
    dyad_fold_text(name, n, &f);
    const char *pref[1] = {cc};
    const dyad_gaz_city *c = dyad_gaz_find(g, f.ptr, f.len, pref, 1);
    const dyad_gaz_city *r = dyad_gaz_find_region(g, f.ptr, f.len, true, pref, 1);
    bool found = (c && !strcmp(c->country, cc)) || (r && !strcmp(r->country, cc));
    CHECK_AT(found, "places.txt:%u: alias of unknown place '%s' (%s)", l.line, name, cc);
    dyad_buf_free(&f);
    aliases++;
  }
  OK(aliases > 10);
}

/* A bad line of a user's geo/ file stops the load with its file and line. */
static void test_bad_file(void) {
  char dir[] = "/tmp/dyad-geo-XXXXXX";
  if (!mkdtemp(dir)) {
    OK(!"mkdtemp");
    return;
  }
  char sub[64], file[96];
  snprintf(sub, sizeof sub, "%s/geo", dir);
  snprintf(file, sizeof file, "%s/mine.txt", sub);
  mkdir(sub, 0700);
  FILE *f = fopen(file, "w");
  if (!f) return;
  fputs("# mine\ncity UKR 46.5 30.7 1000 Nowhere\nregion UKR 95 30 Bad\n", f);
  fclose(f);
  dyad_dict *d = NULL;
  char err[DYAD_ERRLEN];
  INT_EQ(dyad_dict_load(dir, &d, err), DYAD_SYNTAX);
  OK(strstr(err, "mine.txt:3") && strstr(err, "latitude"));
  f = fopen(file, "w");
  if (f) {
    fputs("alias UKR Kyiv\n", f);
    fclose(f);
  }
  INT_EQ(dyad_dict_load(dir, &d, err), DYAD_SYNTAX);
  OK(strstr(err, "mine.txt:1") != NULL);
  f = fopen(file, "w");
  if (f) {
    fputs("city UKR 46.5 30.7 1000 Nowhereville; Nulla\n", f);
    fclose(f);
  }
  INT_EQ(dyad_dict_load(dir, &d, err), DYAD_OK);
  if (d) {
    const dyad_gaz *g = dyad_dict_gaz(d);
    OK(g && dyad_gaz_find(g, "nulla", 5, NULL, 0) != NULL);
    dyad_dict_free(d);
  }
  unlink(file);
  rmdir(sub);
  rmdir(dir);
}

/* An attack on a region struck the region's country. */
static void test_struck_regions(void) {
  const dyad_doc *d = code("I missili russi hanno colpito la regione di Zaporizhzhia nella notte.", "it", "2024-06-10");
  bool hit = false;
  for (size_t i = 0; i < d->n_events; i++)
    hit |= !strcmp(d->events[i].target.country, "UKR") && !strncmp(d->events[i].root, "19", 2);
  OK(hit);
  d = code("Russian drones hit the region of Odesa on Monday.", "en", "2024-06-10");
  hit = false;
  for (size_t i = 0; i < d->n_events; i++)
    hit |= !strcmp(d->events[i].target.country, "UKR") && !strncmp(d->events[i].root, "19", 2);
  OK(hit);
  /* the city struck is where the attack happened */
  const dyad_place *p = place(code("Russian missiles struck Odesa overnight.", "en", "2024-06-10"));
  OK(p && p->kind == DYAD_PLACE_CITY && !strcmp(p->country, "UKR") && NEAR(p->lat, 46.5));
  /* a place on a noun is still no target */
  d = code("Un raid americano vicino all'aeroporto di Baghdad ha ucciso il generale.", "it", "2024-05-10");
  for (size_t i = 0; i < d->n_events; i++) OK(strcmp(d->events[i].target.country, "IRQ") != 0);
}

/* Words between the preposition and the name, seats as places, and places
   that are no event's place. */
static void test_place_phrases(void) {
  const dyad_place *p = place(code("L'aviazione israeliana ha colpito oggi postazioni di Hezbollah nel sud del Libano.", "it",
                                   "2024-01-09"));
  OK(p && p->kind == DYAD_PLACE_COUNTRY && !strcmp(p->country, "LBN"));
  p = place(code("Kim Jong Un received Russian Foreign Minister Sergei Lavrov on Saturday in the coastal city of Wonsan.",
                 "en", "2025-07-13"));
  OK(p && p->kind == DYAD_PLACE_CITY && !strcmp(p->country, "PRK"));
  p = place(code("Oggi al Cremlino Xi Jinping e Vladimir Putin hanno firmato una dichiarazione congiunta.", "it",
                 "2023-03-21"));
  OK(p && !strcmp(p->country, "RUS") && NEAR(p->lat, 55.75));
  /* where the speaker spoke is not where the troops are */
  p = place(code("Russia has massed more than 100,000 troops near the border with Ukraine, U.S. Secretary of State Antony "
                 "Blinken said in Berlin today.", "en", "2022-01-20"));
  OK(!p || strcmp(p->country, "DEU") != 0);
  /* the addressee of a plea is no place */
  p = place(code("Il governo di Seul ha chiesto a Washington di rispettare i diritti dei propri connazionali.", "it",
                 "2025-09-05"));
  OK(!p || strcmp(p->country, "USA") != 0);
  /* Tripoli near Lebanese clues is Lebanon's */
  p = place(code("Un drone israeliano ha colpito sabato il campo profughi palestinese di Beddawi, vicino a Tripoli, nel "
                 "nord del Libano, uccidendo un comandante di Hamas.", "it", "2024-10-06"));
  OK(p && !strcmp(p->country, "LBN"));
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_regions);
  RUN(test_spellings);
  RUN(test_countries);
  RUN(test_struck_regions);
  RUN(test_place_phrases);
  RUN(test_aliases_resolve);
  RUN(test_bad_file);
  test_coder_close();
  return harness_done("places");
}
