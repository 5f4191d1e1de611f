/*
** test_codes.c -- which CAMEO code an act takes when its trigger has more
** than one sense, or when the words around it make the act a more specific
** one: warnings of sanctions are threats, a halt to military operations is a
** de-escalation, a withdrawal from an accord is no retreat of troops, a
** prosecutor's "rinvio a giudizio" is a charge, not a demand, and force a
** state uses on its own protesters is repression.
*/
#include "harness.h"
#include "coding.h"

static const dyad_doc *code(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* The code of the first event source->target (countries) with the root of
   want, else of the first such event; "" when there is none. */
static const char *code_of_like(const dyad_doc *d, const char *src, const char *tgt, const char *want) {
  const char *first = "";
  for (size_t i = 0; d && i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (strcmp(e->source.country, src) != 0 || strcmp(e->target.country, tgt) != 0) continue;
    if (!strncmp(e->code, want, 2)) return e->code;
    if (!first[0]) first = e->code;
  }
  return first;
}
#define code_of(d, s, t) code_of_like(d, s, t, "--")

static void test_threats(void) {
  /* a warning of sanctions threatens them; the target is the adversary */
  const dyad_doc *d = code("Russia annexed Crimea on Tuesday. Washington warned Moscow of further sanctions.", "en",
                           "2014-03-18");
  STR_EQ(code_of(d, "USA", "RUS"), "131");
  d = code("Mexican President Claudia Sheinbaum warned Donald Trump that one tariff would be followed by another.", "en",
           "2024-11-26");
  STR_EQ(code_of(d, "MEX", "USA"), "131");
  d = code("Hugo Chavez warned Colombia that it was playing with fire.", "en", "2008-03-03");
  STR_EQ(code_of(d, "VEN", "COL"), "130");
  /* readiness to strike is a threat of force, not a strike */
  d = code("Kim Jong Un ordered his rocket units to be ready to strike the United States.", "en", "2013-03-29");
  STR_EQ(code_of_like(d, "PRK", "USA", "138"), "138");
  d = code("La Corea del Nord si è detta pronta a colpire gli Stati Uniti.", "it", "2013-03-29");
  STR_EQ(code_of(d, "PRK", "USA"), "138");
  d = code("La Casa Bianca ha avvertito Mosca di nuove sanzioni.", "it", "2014-03-18");
  STR_EQ(code_of(d, "USA", "RUS"), "131");
  d = code("Pechino ha avvertito Washington che sta giocando col fuoco.", "it", "2022-07-28");
  STR_EQ(code_of(d, "CHN", "USA"), "130");
  INT_EQ(code_of_like(d, "PRK", "USA", "19")[0] != '1' || strncmp(code_of_like(d, "PRK", "USA", "19"), "19", 2) != 0, 1);
}

static void test_deescalation(void) {
  const dyad_doc *d = code("The Russian president announced a halt to military operations in Georgia.", "en", "2008-08-12");
  STR_EQ(code_of(d, "RUS", "GEO"), "087");
  d = code("The last flight left Kabul, ending America's 20-year war in Afghanistan.", "en", "2021-08-31");
  STR_EQ(code_of(d, "USA", "AFG"), "087");
  d = code("Il presidente russo ha annunciato lo stop alle operazioni militari in Georgia.", "it", "2008-08-12");
  STR_EQ(code_of(d, "RUS", "GEO"), "087");
  d = code("Mosca ha sospeso le operazioni militari in Georgia.", "it", "2008-08-12");
  STR_EQ(code_of(d, "RUS", "GEO"), "087");
}

static void test_other_senses(void) {
  /* a withdrawal from an accord reduces relations; no troops move */
  const dyad_doc *d = code("Donald Trump ha annunciato il ritiro degli Stati Uniti dall'accordo sul nucleare iraniano.", "it",
                           "2018-05-08");
  STR_EQ(code_of(d, "USA", "IRN"), "160");
  /* a prosecutor's request for trial charges the accused */
  d = code("La procura di Roma ha chiesto il rinvio a giudizio di quattro ufficiali egiziani.", "it", "2020-12-10");
  STR_EQ(code_of(d, "ITA", "EGY"), "173");
  /* frozen accession talks are halted negotiations; talks decided are to come */
  d = code("Il premier georgiano ha annunciato il congelamento dei negoziati di adesione all'Unione europea.", "it",
           "2024-11-28");
  STR_EQ(code_of(d, "GEO", "EUR"), "164");
  d = code("Il Consiglio europeo ha deciso di avviare i negoziati di adesione con Kiev.", "it", "2023-12-14");
  STR_EQ(code_of(d, "EUR", "UKR"), "036");
  /* accepting deportation flights yields to the deporter; it deports no one */
  d = code("Colombia agreed late on Sunday to accept deportation flights from the United States.", "en", "2025-01-26");
  STR_EQ(code_of(d, "COL", "USA"), "080");
  /* a training camp that is bombed is no training */
  d = code("L'aviazione indiana ha bombardato un campo di addestramento in territorio pakistano.", "it", "2019-02-26");
  INT_EQ(strcmp(code_of(d, "IND", "PAK"), "062") != 0, 1);
  /* a denial of a statement that blamed the speaker */
  d = code("Theresa May said Russia was responsible for the attack. The Russian Foreign Ministry dismissed her "
           "statement as \"a circus show in the British parliament\".", "en", "2018-03-13");
  STR_EQ(code_of(d, "RUS", "GBR"), "016");
}

static void test_repression(void) {
  /* force a state uses on its own protesters is repression, not fighting */
  const dyad_doc *d = code("Iranian security forces fired live ammunition at demonstrators on Thursday.", "en", "2022-09-22");
  STR_EQ(code_of(d, "IRN", "IRN"), "175");
  d = code("Le forze di sicurezza iraniane hanno aperto il fuoco sui manifestanti.", "it", "2022-09-21");
  STR_EQ(code_of(d, "IRN", "IRN"), "175");
  /* the army against rebels stays fighting */
  d = code("The Syrian army attacked rebels in Idlib.", "en", "2020-02-01");
  INT_EQ(strcmp(code_of(d, "SYR", "SYR"), "175") != 0, 1);
}

static void test_specific_frames(void) {
  /* a closed border restricts movement */
  const dyad_doc *d = code("Riyadh closed its land border with Qatar on Monday.", "en", "2017-06-05");
  STR_EQ(code_of(d, "SAU", "QAT"), "191");
  /* troops that arrive as part of a force protect, they do not visit */
  d = code("Russian paratroopers arrived in Kazakhstan on Thursday as part of a security alliance force.", "en",
           "2022-01-06");
  STR_EQ(code_of(d, "RUS", "KAZ"), "074");
  d = code("The first 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational mission.",
           "en", "2024-06-25");
  STR_EQ(code_of(d, "KEN", "HTI"), "074");
  /* an agreement to normalise relations is the agreement */
  d = code("Morocco agreed on Thursday to normalise relations with Israel.", "en", "2020-12-10");
  STR_EQ(code_of(d, "MAR", "ISR"), "057");
  /* two sides named together that agree on a thing sign an agreement */
  d = code("Russian and Ukrainian delegations held talks in Istanbul on Friday. The two sides agreed to a prisoner "
           "exchange of 1,000 people each.", "en", "2025-05-16");
  STR_EQ(code_of_like(d, "RUS", "UKR", "05"), "057");
  STR_EQ(code_of_like(d, "UKR", "RUS", "05"), "057");
  /* an inquiry into violations investigates abuses; the violations are not the council's */
  d = code("The U.N. Human Rights Council voted on Friday to set up a commission of inquiry into violations committed "
           "during Russia's invasion of Ukraine.", "en", "2022-05-12");
  STR_EQ(code_of(d, "UNO", "RUS"), "092");
  /* an ultimatum issued by others and rejected: the issuers threaten the rejecter */
  d = code("Nicolás Maduro ha respinto l'ultimatum di otto giorni lanciato sabato da Spagna e Francia.", "it", "2019-01-27");
  STR_EQ(code_of(d, "ESP", "VEN"), "139");
  STR_EQ(code_of(d, "FRA", "VEN"), "139");
  d = code("Nicolas Maduro rejected the ultimatum issued on Saturday by Spain.", "en", "2019-01-27");
  STR_EQ(code_of(d, "ESP", "VEN"), "139");
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_threats);
  RUN(test_deescalation);
  RUN(test_other_senses);
  RUN(test_repression);
  RUN(test_specific_frames);
  test_coder_close();
  return harness_done("codes");
}
