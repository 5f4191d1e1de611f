/*
** test_roles.c -- who is source and who is target where the clause's shape
** decides it: a gerund clause after a comma acts for the main clause's
** subject, and a copula before a predicate ("is ready to", "è pronto a") or
** a word of a name ("gli Stati Uniti") makes no passive.
*/
#include "harness.h"
#include "coding.h"

#include <stdbool.h>

static const dyad_doc *code(const char *text, const char *lang) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, "2024-03-12"), &d), DYAD_OK);
  return d;
}

/* Is there an event source->target (countries) with this root? */
static bool has(const dyad_doc *d, const char *src, const char *tgt, const char *root) {
  for (size_t i = 0; d && i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) && !strcmp(e->root, root)) return true;
  }
  return false;
}

static void test_gerund_subject_en(void) {
  /* the actor named last before the comma is the main clause's object */
  const dyad_doc *d = code("Congo cut diplomatic ties with Rwanda on Sunday, accusing Kigali of sending troops to back "
                           "the rebels.", "en");
  OK(has(d, "COD", "RWA", "16"));
  OK(has(d, "COD", "RWA", "11"));
  d = code("Peru declared Mexico's ambassador persona non grata and gave him 72 hours to leave, accusing Mexico of "
           "meddling in its internal affairs.", "en");
  OK(has(d, "PER", "MEX", "11"));
  d = code("Rwanda's foreign ministry rejected the report, accusing Kinshasa of backing the rebels.", "en");
  OK(has(d, "RWA", "COD", "11"));
  /* the object of the main clause is struck, not the striker */
  d = code("U.S. and British forces launched a war on Thursday, striking Baghdad with cruise missiles.", "en");
  OK(has(d, "USA", "IRQ", "19"));
  OK(has(d, "GBR", "IRQ", "19"));
  d = code("Israel struck Gaza overnight, killing 12 people.", "en");
  OK(has(d, "ISR", "PSE", "19"));
  /* the object pronoun still points back at the main clause's object */
  d = code("Algeria cut diplomatic relations with Morocco on Tuesday, accusing it of hostile actions.", "en");
  OK(has(d, "DZA", "MAR", "11"));
  OK(!has(d, "MAR", "DZA", "11"));
  /* so does a possessive: its owner is the other actor */
  d = code("Algeria cut diplomatic relations with Morocco on Tuesday, accusing its neighbour of hostile actions.", "en");
  OK(has(d, "DZA", "MAR", "11"));
  d = code("Netanyahu rejected Hamas's proposal for a ceasefire, calling its terms delusional.", "en");
  OK(has(d, "ISR", "PSE", "11"));
}

static void test_gerund_subject_it(void) {
  const dyad_doc *d = code("Il Congo ha rotto le relazioni diplomatiche con il Ruanda, accusando Kigali di sostenere i "
                           "ribelli.", "it");
  OK(has(d, "COD", "RWA", "11"));
  d = code("Gli Stati Uniti hanno condiviso con gli alleati mappe di un accumulo di truppe vicino al confine ucraino, "
           "avvertendo che Mosca potrebbe lanciare un'offensiva.", "it");
  OK(has(d, "USA", "RUS", "01"));
  OK(!has(d, "UKR", "RUS", "01"));
  /* the noun a gerund governs is the subject's act too */
  d = code("Israele ha colpito Gaza, minacciando ritorsioni contro l'Iran.", "it");
  OK(has(d, "ISR", "IRN", "13"));
  OK(!has(d, "PSE", "IRN", "13"));
  /* a verb's agent is not named after it: no "* della $" for a gerund */
  d = code("Emmanuel Macron ha annunciato oggi il ritiro delle truppe francesi dal Mali, denunciando le «ostruzioni» "
           "della giunta di Bamako e l'arrivo dei mercenari russi.", "it");
  OK(has(d, "FRA", "MLI", "11"));
  OK(!has(d, "MLI", "RUS", "11"));
  /* "critiche da parte di Israele": Israel criticizes, the subject does not */
  d = code("Il Regno Unito ha riconosciuto lo Stato di Palestina, suscitando forti critiche da parte di Israele.", "it");
  OK(!has(d, "GBR", "ISR", "11"));
}

static void test_no_false_passive_en(void) {
  /* a copula before a predicate: the subject acts */
  const dyad_doc *d = code("Xi is due to visit Moscow next week.", "en");
  OK(has(d, "CHN", "RUS", "04"));
  OK(!has(d, "RUS", "CHN", "04"));
  d = code("Russia is prepared to negotiate with Ukraine.", "en");
  OK(has(d, "RUS", "UKR", "03"));
  OK(!has(d, "UKR", "RUS", "03"));
  /* "by" after such a predicate is no agent: the event is kept */
  d = code("Russia is ready to meet Ukraine by the end of the year.", "en");
  OK(has(d, "RUS", "UKR", "04"));
  d = code("Xi is expected to visit Moscow by the end of the month.", "en");
  OK(has(d, "CHN", "RUS", "04"));
  /* a progressive */
  d = code("Russia is attacking Ukraine by air and by sea.", "en");
  OK(has(d, "RUS", "UKR", "19"));
  /* real passives still swap */
  d = code("Putin was later received by Xi in Beijing.", "en");
  OK(has(d, "CHN", "RUS", "04"));
  d = code("Putin was received at the White House.", "en");
  OK(has(d, "USA", "RUS", "04"));
}

static void test_no_false_passive_it(void) {
  /* "Stati" of a name is no auxiliary: "dal Paese" is no agent */
  const dyad_doc *d = code("Gli Stati Uniti hanno espulso dal Paese due diplomatici russi.", "it");
  OK(has(d, "USA", "RUS", "16"));
  OK(!has(d, "RUS", "USA", "16"));
  d = code("La Russia è pronta a incontrare l'Ucraina.", "it");
  OK(has(d, "RUS", "UKR", "03"));
  OK(!has(d, "UKR", "RUS", "03"));
  d = code("Il presidente russo è disposto a incontrare Zelensky.", "it");
  OK(has(d, "RUS", "UKR", "03"));
  d = code("È previsto che Putin incontri Erdogan ad Ankara.", "it");
  OK(has(d, "RUS", "TUR", "04"));
  /* real passives still swap, through an adverb or a date */
  d = code("Putin è stato poi ricevuto da Xi a Pechino.", "it");
  OK(has(d, "CHN", "RUS", "04"));
  d = code("Putin è stato ieri ricevuto da Xi a Pechino.", "it");
  OK(has(d, "CHN", "RUS", "04"));
  d = code("Putin viene ricevuto alla Casa Bianca.", "it");
  OK(has(d, "USA", "RUS", "04"));
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_gerund_subject_en);
  RUN(test_gerund_subject_it);
  RUN(test_no_false_passive_en);
  RUN(test_no_false_passive_it);
  test_coder_close();
  return harness_done("roles");
}
