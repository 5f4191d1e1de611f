/*
** test_dates.c -- which date an event takes when the sentence names a day
** away from its trigger: the sentence's only day dates every act of the
** sentence, unless a subordinate clause holds it (data/lang "subordinate").
*/
#include "harness.h"
#include "coding.h"

static const dyad_doc *code(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* The date of the first event source->target (countries) with this root,
   as text ("" when there is none). */
static const char *date_of(const dyad_doc *d, const char *src, const char *tgt, const char *root, char *buf) {
  buf[0] = 0;
  for (size_t i = 0; d && i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) && !strcmp(e->root, root))
      return dyad_date_format(&e->date, buf);
  }
  return buf;
}

static void test_only_day(void) {
  char buf[16];
  /* the day far from the trigger, past an apposition */
  const dyad_doc *d = code("Iran fired missiles at the Al Udeid air base in Qatar, the largest American base in the "
                           "region, on Monday evening in retaliation.", "en", "2025-06-25");
  STR_EQ(date_of(d, "IRN", "QAT", "19", buf), "2025-06-23");
  /* both sides of a visit: the host's side is another clause */
  d = code("Volodymyr Zelensky è arrivato mercoledì alla Casa Bianca ed è stato ricevuto dal presidente Joe Biden.",
           "it", "2022-12-22");
  STR_EQ(date_of(d, "UKR", "USA", "04", buf), "2022-12-21");
  STR_EQ(date_of(d, "USA", "UKR", "04", buf), "2022-12-21");
}

static void test_subordinate_day(void) {
  char buf[16];
  /* the day belongs to the earlier act the clause tells of */
  const dyad_doc *d = code("Aerei russi hanno bombardato la Georgia, dopo che giovedì notte l'esercito georgiano aveva "
                           "lanciato un'offensiva.", "it", "2008-08-09");
  STR_EQ(date_of(d, "RUS", "GEO", "19", buf), "2008-08-09");
  d = code("Russian jets bombed Georgia, after Georgian troops attacked South Ossetia on Thursday.", "en", "2008-08-09");
  STR_EQ(date_of(d, "RUS", "GEO", "19", buf), "2008-08-09");
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_only_day);
  RUN(test_subordinate_day);
  test_coder_close();
  return harness_done("dates");
}
