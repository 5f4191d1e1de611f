/*
** test_italian.c -- event classes the Italian news prose brings out (with
** their English twins where the rule is the same): one-sided offers and
** promises against mutual commitments, joint exercises and military
** cooperation both ways, inspections of a place, appeals for a detainee,
** protests against one's own government, two date words inside a trigger
** and nominal vetoes; a country between a title and an unknown name;
** candidate status granted; decisions to open talks; strikes on a site
** of a city; nominal attacks (campaigns, raids, drone attacks).
*/
#include "harness.h"
#include "coding.h"

static const dyad_doc *code(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* The first event source->target (countries) with this root, or NULL. */
static const dyad_event *has(const dyad_doc *d, const char *src, const char *tgt, const char *root) {
  for (size_t i = 0; d && i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) && !strcmp(e->root, root)) return e;
  }
  return NULL;
}

/* An offer, a promise, readiness: one side's act, coded one way; parties
   that commit together act on each other. */
static void test_intent_one_way(void) {
  const dyad_doc *d = code("La Cina ha offerto a Kiev garanzie di sicurezza.", "it", "2024-03-01");
  OK(has(d, "CHN", "UKR", "03"));
  OK(!has(d, "UKR", "CHN", "03"));
  d = code("La Turchia è pronta a ospitare a Istanbul i colloqui diretti con la Russia.", "it", "2024-03-01");
  OK(!has(d, "RUS", "TUR", "03"));
  d = code("Il governo italiano ha promesso alla Tunisia sostegno economico.", "it", "2024-03-01");
  OK(has(d, "ITA", "TUN", "03"));
  OK(!has(d, "TUN", "ITA", "03"));
  d = code("China offered Russia a deal on gas prices.", "en", "2024-03-01");
  OK(has(d, "CHN", "RUS", "03"));
  OK(!has(d, "RUS", "CHN", "03"));
  /* mutual: coordinated parties that commit or agree together */
  d = code("Venezuela e Guyana si sono impegnati a non ricorrere alla forza.", "it", "2023-12-15");
  OK(has(d, "VEN", "GUY", "03"));
  OK(has(d, "GUY", "VEN", "03"));
  d = code("Armenia e Azerbaigian si sono impegnati a collaborare.", "it", "2023-11-16");
  OK(has(d, "ARM", "AZE", "03"));
  OK(has(d, "AZE", "ARM", "03"));
}

/* Joint exercises and cooperation with a partner are coded both ways (a
   pattern marked "both"); ending the cooperation is one side's act. */
static void test_joint_both_ways(void) {
  const dyad_doc *d = code("La Russia ha avviato esercitazioni navali congiunte con la Cina.", "it", "2024-03-01");
  OK(has(d, "RUS", "CHN", "06"));
  OK(has(d, "CHN", "RUS", "06"));
  d = code("La Russia condurrà manovre militari congiunte con la Bielorussia.", "it", "2024-03-01");
  OK(has(d, "RUS", "BLR", "06"));
  OK(has(d, "BLR", "RUS", "06"));
  d = code("L'India collabora sul piano militare con la Francia.", "it", "2024-03-01");
  OK(has(d, "IND", "FRA", "06"));
  OK(has(d, "FRA", "IND", "06"));
  d = code("Russia held joint naval exercises with China in the Sea of Japan.", "en", "2024-03-01");
  OK(has(d, "RUS", "CHN", "06"));
  OK(has(d, "CHN", "RUS", "06"));
  OK(!has(d, "RUS", "JPN", "06"));
  /* the sea is a place: the coordinated parties are still found */
  d = code("Cina e Russia hanno avviato giovedì nel Mar del Giappone le esercitazioni congiunte.", "it", "2023-07-21");
  OK(has(d, "CHN", "RUS", "06"));
  OK(has(d, "RUS", "CHN", "06"));
  /* a stem written in full ("economico~") matches every inflection */
  d = code("L'India coopera sul piano economico con il Giappone.", "it", "2024-03-01");
  const dyad_event *e = has(d, "IND", "JPN", "06");
  OK(e && !strcmp(e->code, "061"));
  OK(has(d, "JPN", "IND", "06"));
  /* one-sided acts of the same root stay one way */
  d = code("La Turchia ha acquistato missili S-400 dalla Russia.", "it", "2024-03-01");
  OK(has(d, "TUR", "RUS", "06"));
  OK(!has(d, "RUS", "TUR", "06"));
  /* ended, not held */
  d = code("Chad ended its defence cooperation agreement with France on Thursday.", "en", "2024-11-29");
  OK(has(d, "TCD", "FRA", "16"));
  OK(!has(d, "TCD", "FRA", "06"));
  OK(!has(d, "FRA", "TCD", "06"));
  d = code("Il Niger ha posto fine alla cooperazione militare con gli Stati Uniti.", "it", "2024-03-17");
  OK(has(d, "NER", "USA", "16"));
  OK(!has(d, "USA", "NER", "06"));
}

/* An inspection's target may be a site or a city standing for its country;
   an appeal for a detainee aims at the country that holds him. */
static void test_place_targets(void) {
  const dyad_doc *d = code("Il direttore generale dell'Aiea Rafael Grossi ha ispezionato martedì la centrale nucleare di "
                           "Kursk, a pochi chilometri dalla zona dell'incursione ucraina.", "it", "2024-08-27");
  OK(has(d, "IAE", "RUS", "09"));
  d = code("Gli ispettori dell'Aiea sono entrati nella centrale di Zaporizhzhia.", "it", "2022-09-01");
  OK(has(d, "IAE", "UKR", "09"));
  d = code("Il governo italiano ha chiesto il rilascio del giornalista detenuto in Iran.", "it", "2024-12-30");
  OK(has(d, "ITA", "IRN", "10"));
  d = code("L'Italia ha chiesto la scarcerazione del cooperante italiano arrestato in Venezuela.", "it", "2024-12-30");
  OK(has(d, "ITA", "VEN", "10"));
  OK(!has(d, "ITA", "VEN", "17"));
  d = code("The United States demanded the release of the journalist detained in Russia.", "en", "2024-01-01");
  OK(has(d, "USA", "RUS", "10"));
  OK(!has(d, "USA", "RUS", "17"));
  /* a plea made in a place is not aimed at it */
  d = code("Il governo italiano ha chiesto in Iran il rilascio dei prigionieri.", "it", "2024-12-30");
  OK(!has(d, "ITA", "IRN", "10"));
}

/* A date of two words inside a multi-word trigger: a weekday and a part of
   the day, or a weekday and "scorso". */
static void test_two_date_words(void) {
  const dyad_doc *d = code("L'esercito russo ha aperto sabato pomeriggio il fuoco contro i soldati ucraini.", "it", "2024-03-14");
  const dyad_event *e = has(d, "RUS", "UKR", "19");
  OK(e != NULL);
  char buf[16];
  if (e) STR_EQ(dyad_date_format(&e->date, buf), "2024-03-09");
  d = code("Il governo cinese ha cancellato martedì sera la visita del ministro giapponese.", "it", "2024-03-14");
  OK(has(d, "CHN", "JPN", "12"));
  d = code("La Russia ha rotto giovedì scorso le relazioni con la Georgia.", "it", "2024-03-14");
  OK(has(d, "RUS", "GEO", "16"));
}

/* A nominal veto aims at the body named before it when its clause names
   none; a veto dropped is no veto. */
static void test_nominal_veto(void) {
  const dyad_doc *d = code("La Russia ha votato contro la risoluzione del Consiglio di sicurezza delle Nazioni Unite. "
                           "Essendo membro permanente, il voto russo costituisce un veto alla mozione che quindi non "
                           "è stata approvata.", "it", "2022-02-26");
  OK(has(d, "RUS", "UNO", "12"));
  d = code("Il Consiglio di sicurezza ha discusso la bozza. Il veto russo ha bloccato la risoluzione.", "it", "2022-02-26");
  OK(has(d, "RUS", "UNO", "12"));
  d = code("The Security Council voted on the draft on Friday. Russia cast a veto.", "en", "2022-02-26");
  OK(has(d, "RUS", "UNO", "12"));
  d = code("EU leaders agreed on the package after Hungary's Viktor Orban dropped his veto.", "en", "2024-02-01");
  OK(!has(d, "HUN", "EUR", "12"));
  /* no body in sight: no target, no event */
  d = code("Il voto russo costituisce un veto.", "it", "2022-02-26");
  OK(d->n_events == 0);
}

/* A counted crowd named by its demonym, or protesters, protesting at home:
   at its own country, whether it names an institution or no one. */
static void test_domestic_protest(void) {
  const dyad_doc *d = code("TBILISI - Decine di migliaia di georgiani hanno manifestato per la quarta notte consecutiva "
                           "davanti al Parlamento.", "it", "2024-12-01");
  OK(has(d, "GEO", "GEO", "14"));
  d = code("TEHERAN - Per il quinto giorno consecutivo migliaia di iraniani sono scesi in piazza in decine di città "
           "per protestare contro la morte di Mahsa Amini.", "it", "2022-09-21");
  OK(has(d, "IRN", "IRN", "14"));
  d = code("HAVANA - Thousands of Cubans took to the streets across the island on Sunday.", "en", "2021-07-12");
  OK(has(d, "CUB", "CUB", "14"));
  /* a crowd abroad, an official, a people not counted, a victim: no
     domestic protest */
  d = code("Migliaia di ucraini hanno manifestato a Mosca.", "it", "2024-12-01");
  OK(!has(d, "UKR", "UKR", "14"));
  d = code("Il governo russo ha protestato.", "it", "2024-12-01");
  OK(!has(d, "RUS", "RUS", "14"));
  d = code("The U.S. ambassador and three other Americans were killed when armed men stormed the U.S. consulate "
           "in Benghazi.", "en", "2012-09-12");
  OK(!has(d, "USA", "USA", "14"));
  d = code("Migliaia di agricoltori polacchi hanno bloccato i valichi con l'Ucraina, per protestare contro le "
           "importazioni di grano ucraino.", "it", "2023-04-04");
  OK(!has(d, "UKR", "UKR", "14"));
}

/* A country right after a title qualifies the title even before an unknown
   name ("l'ambasciatore Usa Nicholas Burns"); a two-word "video conferenza"
   is a call like "videoconferenza". */
static void test_title_country_name(void) {
  const dyad_doc *d = code("Pechino ha convocato nella notte l'ambasciatore Usa Nicholas Burns.", "it", "2022-08-03");
  OK(has(d, "CHN", "USA", "11"));
  d = code("Il ministro Usa Mario Rossi ha incontrato Vladimir Putin.", "it", "2024-03-01");
  OK(has(d, "USA", "RUS", "04"));
  d = code("Ieri la video conferenza tra Xi Jinping e Vladimir Putin.", "it", "2024-03-01");
  OK(has(d, "CHN", "RUS", "04"));
  OK(has(d, "RUS", "CHN", "04"));
}

/* Candidate status granted to a country is one side's act (054, alt 050),
   not a two-way agreement; the nominal "concessione all'Ucraina dello
   status" names no granting agent. */
static void test_candidate_status(void) {
  const dyad_doc *d = code("L'Ue ha concesso lo status di candidato alla Georgia.", "it", "2023-12-14");
  OK(has(d, "EUR", "GEO", "05"));
  OK(!has(d, "GEO", "EUR", "05"));
  d = code("I leader dei Ventisette hanno concesso giovedì alla Moldavia lo status di Paese candidato.", "it",
           "2022-06-23");
  OK(has(d, "EUR", "MDA", "05"));
  d = code("I leader hanno sostenuto la concessione all'Ucraina dello status di Paese candidato all'Ue.", "it",
           "2022-06-16");
  OK(!has(d, "UKR", "EUR", "05"));
}

/* Agreeing or deciding to start talks is an intent to negotiate (036), not
   the talks themselves (04). */
static void test_decided_to_negotiate(void) {
  const dyad_doc *d = code("Il Consiglio europeo ha deciso di avviare i negoziati di adesione con Kiev.", "it", "2023-12-14");
  OK(has(d, "EUR", "UKR", "03"));
  OK(!has(d, "EUR", "UKR", "04"));
  OK(!has(d, "UKR", "EUR", "04"));
  d = code("Stati Uniti e Cina hanno concordato di riprendere il dialogo sul clima.", "it", "2022-11-14");
  OK(has(d, "USA", "CHN", "03"));
  OK(has(d, "CHN", "USA", "03"));
  d = code("Mosca e Kiev hanno avviato i negoziati.", "it", "2022-03-01");
  OK(has(d, "RUS", "UKR", "04"));
  /* the partner named before the noun: "ha avuto con Putin un colloquio" */
  d = code("Il presidente cinese Xi Jinping ha avuto ieri sera con Vladimir Putin un colloquio informale.", "it",
           "2023-03-21");
  OK(has(d, "CHN", "RUS", "04"));
  OK(has(d, "RUS", "CHN", "04"));
}

/* An attack on a site of a city ("il centro storico di Odessa") strikes
   the city's country; a city where an act happens stays a place. */
static void test_struck_site_of_city(void) {
  const dyad_doc *d = code("Missili russi hanno colpito nella notte il centro storico di Odessa.", "it", "2023-07-23");
  OK(has(d, "RUS", "UKR", "19"));
  d = code("Un attacco ucraino ha colpito ieri il centro di Belgorod.", "it", "2023-12-31");
  OK(has(d, "UKR", "RUS", "19"));
  d = code("La Russia ha bombardato il centro di Kharkiv.", "it", "2024-05-20");
  OK(has(d, "RUS", "UKR", "19"));
  d = code("I raid russi sul centro di Kharkiv hanno ucciso tre persone.", "it", "2024-05-20");
  OK(has(d, "RUS", "UKR", "19"));
}

/* Nominal attacks with an agent adjective or an agent after "di": a
   military campaign, air raids, drone attacks, bombardments. */
static void test_nominal_attacks(void) {
  const dyad_doc *d = code("La nuova campagna militare turca nel nord della Siria.", "it", "2019-10-09");
  OK(has(d, "TUR", "SYR", "19"));
  d = code("I raid israeliani su Gaza hanno ucciso dieci persone.", "it", "2023-10-10");
  OK(has(d, "ISR", "PSE", "19"));
  d = code("I bombardamenti russi su Kharkiv hanno ucciso tre civili.", "it", "2024-05-20");
  OK(has(d, "RUS", "UKR", "19"));
  d = code("Un attacco di droni ucraini contro Mosca ha danneggiato una raffineria.", "it", "2024-03-13");
  OK(has(d, "UKR", "RUS", "19"));
  /* the struck positions or targets of a named armed group */
  d = code("Stati Uniti e Gran Bretagna hanno lanciato i primi raid aerei contro obiettivi dei talebani in Afghanistan.",
           "it", "2001-10-07");
  OK(has(d, "USA", "AFG", "19"));
  d = code("L'aviazione israeliana ha colpito oggi postazioni di Hezbollah nel sud del Libano.", "it", "2024-08-25");
  OK(has(d, "ISR", "LBN", "19"));
  d = code("La campagna elettorale del presidente turco in Siria.", "it", "2019-10-09");
  OK(!has(d, "TUR", "SYR", "19"));
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_intent_one_way);
  RUN(test_joint_both_ways);
  RUN(test_place_targets);
  RUN(test_two_date_words);
  RUN(test_nominal_veto);
  RUN(test_domestic_protest);
  RUN(test_title_country_name);
  RUN(test_candidate_status);
  RUN(test_decided_to_negotiate);
  RUN(test_struck_site_of_city);
  RUN(test_nominal_attacks);
  test_coder_close();
  return harness_done("italian");
}
