/*
** test_coder.c -- actors and events on short sentences written for the tests:
** role composition, dated roles, places, passive voice, coordination,
** negation, questions, attribution, denials, dates and the gazetteer.
*/
#include "dyad.h"
#include "harness.h"
#include "coding.h"


static const dyad_doc *code(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* Is there an event source->target (countries) with this root? */
static const dyad_event *has(const dyad_doc *d, const char *src, const char *tgt, const char *root) {
  for (size_t i = 0; i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) && !strcmp(e->root, root)) return e;
  }
  return NULL;
}

static const dyad_mention *mention(const dyad_doc *d, const char *text) {
  for (size_t i = 0; i < d->n_mentions; i++) {
    const dyad_mention *m = &d->mentions[i];
    if (strlen(text) == m->span.end - m->span.start && !memcmp(art.text.ptr + m->span.start, text, strlen(text)))
      return m;
  }
  return NULL;
}

static void test_actor_composition(void) {
  const dyad_doc *d = code("Il ministro degli Esteri russo ha incontrato il presidente della Francia e l'esercito ucraino.", "it", "2023-05-10");
  const dyad_mention *m = mention(d, "ministro degli Esteri russo");
  OK(m && !strcmp(m->code, "RUSGOV"));
  m = mention(d, "presidente della Francia");
  OK(m && !strcmp(m->code, "FRAGOV"));
  m = mention(d, "esercito ucraino");
  OK(m && !strcmp(m->code, "UKRMIL"));
  d = code("Russia's foreign minister met the Ukrainian army and the Turkish president.", "en", "2023-05-10");
  m = mention(d, "Ukrainian army");
  OK(m && !strcmp(m->code, "UKRMIL"));
  m = mention(d, "Turkish president");
  OK(m && !strcmp(m->code, "TURGOV"));
}

static void test_dated_roles(void) {
  const dyad_doc *d = code("Angela Merkel met Emmanuel Macron in Paris.", "en", "2023-05-10");
  const dyad_mention *m = mention(d, "Angela Merkel");
  OK(m && !strcmp(m->code, "DEU")); /* out of office: the country only */
  d = code("Angela Merkel met Emmanuel Macron in Paris.", "en", "2019-05-10");
  m = mention(d, "Angela Merkel");
  OK(m && !strcmp(m->code, "DEUGOV"));
  d = code("Vladimir Putin parla. Putin ha poi lasciato Mosca.", "it", "2024-06-18");
  m = mention(d, "Putin");
  OK(m && !strcmp(m->code, "RUSGOV"));
}

static void test_case_rules(void) {
  const dyad_doc *d = code("Un portavoce ha detto che l'Onu e la Nato sono pronte.", "it", "2024-01-10");
  OK(mention(d, "Un") == NULL);
  OK(mention(d, "Onu") != NULL);
  OK(mention(d, "Nato") != NULL);
  d = code("We ate turkey for dinner while Turkey voted.", "en", "2024-01-10");
  OK(mention(d, "turkey") == NULL);
  OK(mention(d, "Turkey") != NULL);
}

static void test_basic_events(void) {
  const dyad_doc *d = code("La Russia ha accusato l'Ucraina di aver bombardato la centrale.", "it", "2023-08-01");
  OK(has(d, "RUS", "UKR", "11"));
  d = code("China and Russia signed an energy agreement on Tuesday.", "en", "2024-05-16");
  OK(has(d, "CHN", "RUS", "05") || has(d, "CHN", "RUS", "03"));
  OK(has(d, "RUS", "CHN", "05") || has(d, "RUS", "CHN", "03"));
}

static void test_negation_and_questions(void) {
  const dyad_doc *d = code("La Francia non ha condannato la Russia.", "it", "2023-08-01");
  OK(!has(d, "FRA", "RUS", "11"));
  d = code("Will France condemn Russia?", "en", "2023-08-01");
  OK(!has(d, "FRA", "RUS", "11"));
  d = code("If Moscow attacked Kyiv again, Paris would respond.", "en", "2023-08-01");
  OK(!has(d, "RUS", "UKR", "19"));
}

static void test_passive(void) {
  const dyad_doc *d = code("Il ministro degli Esteri italiano è stato ricevuto dal presidente egiziano al Cairo.", "it", "2023-08-01");
  OK(has(d, "EGY", "ITA", "04"));
  /* no agent phrase: the subject is acted on, the actor after the verb acts,
     and a seat named as the place is the host */
  d = code("Hamas leader Ismail Haniyeh was killed in an Israeli strike on Wednesday.", "en", "2024-07-31");
  OK(has(d, "ISR", "PSE", "19") && !has(d, "PSE", "ISR", "19"));
  d = code("Zelensky was received at the White House on Friday.", "en", "2025-02-28");
  OK(has(d, "USA", "UKR", "04") && has(d, "UKR", "USA", "04"));
  /* a progressive is no passive */
  d = code("Russia is attacking Ukraine from the north.", "en", "2022-02-24");
  OK(has(d, "RUS", "UKR", "19") && !has(d, "UKR", "RUS", "19"));
}

static void test_attribution_and_denial(void) {
  const dyad_doc *d = code("Secondo gli Stati Uniti, l'Iran ha fornito droni alla Russia. Teheran ha negato.", "it", "2022-10-20");
  const dyad_event *e = has(d, "IRN", "RUS", "07");
  OK(e != NULL);
  OK(e && !strcmp(e->attribution, "USA"));
  OK(has(d, "USA", "IRN", "11"));
  OK(has(d, "IRN", "USA", "01"));
}

static void test_domestic(void) {
  /* police against an opposition figure is political; two officials of one
     government, or a country and its own army, are not coded */
  const dyad_doc *d = code("Russian police detained Kremlin critic Alexei Navalny on Sunday.", "en", "2021-01-18");
  OK(has(d, "RUS", "RUS", "17"));
  d = code("Il presidente russo ha criticato il ministro degli Esteri russo.", "it", "2023-05-10");
  OK(!has(d, "RUS", "RUS", "11"));
  /* "il secondo vertice" is an ordinal, not "according to" */
  d = code("HANOI - Il secondo vertice tra Donald Trump e Kim Jong-un si è chiuso senza accordo.", "it", "2019-02-28");
  OK(has(d, "USA", "PRK", "04"));
  OK(!has(d, "USA", "PRK", "11"));
}

/* fighting against protesters of one's own country is repression */
/* the act an appeal or a demand asks for has not happened */
static void test_appeal_complement(void) {
  const dyad_doc *d = code("Iran called on Muslim countries to cut ties with Israel.", "en", "2023-11-11");
  OK(!has(d, "IRN", "ISR", "16"));
  d = code("Macron made an appeal to Iran to release French hostages.", "en", "2023-11-11");
  OK(has(d, "FRA", "IRN", "02") && !has(d, "IRN", "FRA", "08"));
  d = code("China called on Russia and Ukraine to resume direct talks.", "en", "2023-02-24");
  OK(has(d, "CHN", "RUS", "02") && !has(d, "RUS", "UKR", "04"));
}

static void test_repression(void) {
  const dyad_doc *d = code("Iranian security forces fired live ammunition at demonstrators in several towns.", "en", "2022-09-22");
  const dyad_event *e = has(d, "IRN", "IRN", "17");
  OK(e != NULL && !has(d, "IRN", "IRN", "19"));
  if (e) STR_EQ(e->code, "175");
}

static void test_false_alarms(void) {
  /* a quoted phrase after the subject is not the speaker's own act; the
     actor composed with the trigger's word owns the threat */
  const dyad_doc *d = code("Il presidente russo assicura a Kim l'appoggio contro \"le minacce militari degli Stati Uniti\". "
                           "Dall'altra parte - dice sempre Putin - la Corea sostiene la Russia.", "it", "2024-06-18");
  OK(!has(d, "RUS", "USA", "13"));
  /* a relation named as the complement of another noun is no act */
  d = code("Crediamo che l'approfondimento della cooperazione tra Russia e Corea del Nord sia preoccupante.", "it", "2024-06-18");
  OK(!has(d, "RUS", "PRK", "06"));
  d = code("La Russia e la Corea del Nord hanno avviato la cooperazione militare.", "it", "2024-06-18");
  OK(has(d, "RUS", "PRK", "06") || has(d, "RUS", "PRK", "03"));
  /* ", e Mosca": a new coordinate clause, not the target */
  d = code("Entrambi sono soggetti a sanzioni: Pyongyang per i programmi vietati, e Mosca per l'invasione.", "it", "2024-06-18");
  OK(!has(d, "PRK", "RUS", "17"));
}

static void test_allies_agreeing(void) {
  /* allies agreeing on an act against a third party are no agreement among
     themselves; parties agreeing on something between them are */
  const dyad_doc *d = code("The United States, the European Union and Canada agreed on Saturday to cut Russian banks off SWIFT.", "en", "2022-02-26");
  OK(!has(d, "USA", "EUR", "05") && !has(d, "USA", "CAN", "05"));
  d = code("Arabia Saudita e Iran hanno concordato di ripristinare le relazioni diplomatiche.", "it", "2023-03-10");
  OK(has(d, "SAU", "IRN", "05") || has(d, "SAU", "IRN", "03"));
}

static void test_object_pronouns(void) {
  /* a participial clause with an object pronoun: the subject acts on the
     last other actor named before it */
  const dyad_doc *d = code("L'Arabia Saudita ha rotto le relazioni con il Qatar, accusandolo di sostenere il terrorismo.", "it", "2017-06-05");
  OK(has(d, "SAU", "QAT", "11"));
  d = code("Egypt cut ties with Qatar on Monday, accusing it of backing militants.", "en", "2017-06-05");
  OK(has(d, "EGY", "QAT", "11"));
  /* no other actor before the clause: nothing to code */
  d = code("Il Giappone ha parlato a lungo, accusandolo di mentire.", "it", "2017-06-05");
  OK(d->n_events == 0);
}

static void test_act_author(void) {
  /* a reaction to a word for an act ("the decision") is aimed at its author:
     the actor on the word itself, else the source of the latest act coded,
     else the actor opening the sentence before */
  const dyad_doc *d = code("Germany will send tanks to Ukraine. Russia called the German decision dangerous.", "en", "2023-01-25");
  OK(has(d, "RUS", "DEU", "11"));
  d = code("Il Giappone ha annunciato nuove regole sull'export. La Corea del Sud ha condannato la decisione.", "it", "2019-07-01");
  OK(has(d, "KOR", "JPN", "11"));
  /* nothing named before: no target */
  d = code("Il Giappone ha condannato la decisione.", "it", "2019-07-01");
  OK(d->n_events == 0);
}

static void test_mutual(void) {
  /* coordinated actors acting on each other: "si" before a meeting, "a
     vicenda" / "each other" after any act */
  const dyad_doc *d = code("Joe Biden e Xi Jinping si sono incontrati oggi a margine del G20.", "it", "2022-11-14");
  OK(has(d, "USA", "CHN", "04") && has(d, "CHN", "USA", "04") && !has(d, "USA", "G20", "04"));
  d = code("Pechino e New Delhi si accusano a vicenda di aver sconfinato.", "it", "2020-06-16");
  OK(has(d, "CHN", "IND", "11") && has(d, "IND", "CHN", "11"));
  d = code("Armenia and Azerbaijan accused each other of shelling.", "en", "2020-09-27");
  OK(has(d, "ARM", "AZE", "11") && has(d, "AZE", "ARM", "11"));
  /* "each other's capitals" is no partner */
  d = code("Biden and Putin agreed to return their ambassadors to each other's capitals.", "en", "2021-06-16");
  OK(!has(d, "USA", "RUS", "08"));
}

static void test_counted_sets(void) {
  /* "the two leaders", "i due Paesi": the actors named before, when exactly
     as many are in reach, act on each other */
  const dyad_doc *d = code("Joe Biden flew to Bali to see Xi Jinping. The two leaders met for three hours.", "en", "2022-11-14");
  OK(has(d, "USA", "CHN", "04") && has(d, "CHN", "USA", "04"));
  d = code("La Cina ha ospitato l'Iran e l'Arabia Saudita. I due Paesi hanno firmato un accordo.", "it", "2023-03-10");
  OK(!has(d, "IRN", "SAU", "05") && !has(d, "SAU", "IRN", "05")); /* three states in reach */
  d = code("L'Iran ha inviato una delegazione in Arabia Saudita. I due Paesi hanno firmato un accordo.", "it", "2023-03-10");
  OK(has(d, "IRN", "SAU", "05") || has(d, "IRN", "SAU", "03") || has(d, "IRN", "SAU", "04"));
  OK(has(d, "SAU", "IRN", "05") || has(d, "SAU", "IRN", "03") || has(d, "SAU", "IRN", "04"));
}

static void test_vague_threats(void) {
  /* a threat that names no target is aimed at the author of the latest act
     against the threatener, else the actor opening the sentence before */
  const dyad_doc *d = code("Gli Stati Uniti hanno bombardato l'Iran. Teheran ha promesso una dura vendetta.", "it", "2020-01-03");
  OK(has(d, "IRN", "USA", "13"));
  d = code("India struck Pakistan on Tuesday. Pakistan warned it would respond.", "en", "2019-02-26");
  OK(has(d, "PAK", "IND", "13"));
  /* a word for retaliation that no verb of threatening introduces is none */
  d = code("Iran fired missiles at Iraq, in what Tehran called retaliation.", "en", "2020-01-08");
  OK(!has(d, "IRN", "IRQ", "13"));
}

static void test_denial_context(void) {
  /* a denial whose accuser was never coded answers the author of the latest
     act against the denier; coordinated deniers each deny */
  const dyad_doc *d = code("Britain expelled 23 Russian diplomats on Wednesday. The Kremlin denied any involvement.", "en", "2018-03-14");
  OK(has(d, "RUS", "GBR", "01"));
  d = code("L'intelligence sudcoreana accusa la Corea del Nord di aver inviato soldati. Mosca e Pyongyang smentiscono.", "it", "2024-10-18");
  OK(has(d, "PRK", "KOR", "01") && has(d, "RUS", "KOR", "01"));
  /* ... or, first, the one who reported what it denies */
  d = code("North Korea has sent troops to Russia, South Korea's spy agency said on Friday. "
           "The Kremlin dismissed the report as fake.", "en", "2024-10-18");
  OK(has(d, "RUS", "KOR", "01") && !has(d, "RUS", "PRK", "01"));
  d = code("Eritrean soldiers killed hundreds of civilians, Amnesty International said. "
           "Eritrea's information minister dismissed the report.", "en", "2021-02-26");
  OK(!has(d, "ERI", "AMN", "01"));
  d = code("Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism. "
           "Doha said the measures were based on false claims.", "en", "2017-06-05");
  OK(has(d, "QAT", "SAU", "01"));
  d = code("Merkel said there was proof that Navalny had been poisoned. "
           "The Kremlin said there were no grounds to accuse the Russian state.", "en", "2020-09-02");
  OK(has(d, "RUS", "DEU", "01") && !has(d, "RUS", "RUS", "11"));
  d = code("Azerbaijan denied that Turkey had sent fighters to Nagorno-Karabakh, after French President "
           "Emmanuel Macron said he had information about them.", "en", "2020-10-01");
  OK(has(d, "AZE", "FRA", "01"));
}

static void test_subject_search(void) {
  /* a country after "in" or the owner of a noun, before a coordinated verb,
     is not that verb's subject */
  const dyad_doc *d = code("Vladimir Putin ordered a mobilisation for the war in Ukraine and warned Germany.", "en", "2022-09-21");
  OK(!has(d, "UKR", "DEU", "01") && has(d, "RUS", "DEU", "01"));
  /* "Russia's security service said it had detained" keeps its subject */
  d = code("Russia's Federal Security Service said it had arrested an American reporter.", "en", "2023-03-30");
  OK(has(d, "RUS", "USA", "17"));
}

static void test_date_inside_trigger(void) {
  /* a date word may stand between the words of a multi-word trigger */
  const dyad_doc *d = code("L'Egitto ha rotto lunedì le relazioni diplomatiche con il Qatar.", "it", "2017-06-05");
  OK(has(d, "EGY", "QAT", "16"));
  /* any other word still breaks it */
  d = code("L'Egitto ha rotto molte relazioni diplomatiche con il Qatar.", "it", "2017-06-05");
  OK(!has(d, "EGY", "QAT", "16"));
}

static void test_dates(void) {
  const dyad_doc *d = code("Roma, 18 giugno 2024 – Ieri la Francia ha criticato la Russia.", "it", "2024-06");
  const dyad_event *e = has(d, "FRA", "RUS", "11");
  OK(e != NULL);
  if (e) {
    char b0[16];
    STR_EQ(dyad_date_format(&e->date, b0), "2024-06-17");
  }
  /* weekdays: the latest such day on or before the article's date for a
     past act, the next one for a future act */
  char buf[16];
  d = code("Russian forces attacked Ukraine on Monday.", "en", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-04"));
  d = code("Le forze russe hanno attaccato l'Ucraina martedì.", "it", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-05"));
  d = code("La Russia ha attaccato l'Ucraina domenica sera.", "it", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-03"));
  d = code("Macron will meet Scholz on Friday.", "en", "2024-03-05");
  e = has(d, "FRA", "DEU", "04");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-08"));
  /* a weekday in another clause does not date the act */
  d = code("La Russia ha attaccato l'Ucraina, che lunedì aveva chiesto aiuto.", "it", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-05"));
  /* the day the act was reported dates it: "..., the ministry said on Sunday" */
  d = code("Iran launched drones at Israel overnight, the Israeli military said on Sunday.", "en", "2024-04-15");
  e = has(d, "IRN", "ISR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-04-14"));
  /* day and month, last week / month / year */
  d = code("Il 19 dicembre la Russia ha attaccato l'Ucraina.", "it", "2024-01-10");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2023-12-19"));
  d = code("Russia attacked Ukraine on March 2.", "en", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03-02"));
  d = code("Lo scorso mese la Russia ha attaccato l'Ucraina.", "it", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-02"));
  d = code("Russia attacked Ukraine last week.", "en", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-02"));
  d = code("La settimana scorsa la Russia ha attaccato l'Ucraina.", "it", "2024-03-15");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2024-03"));
  d = code("Russia attacked Ukraine last year.", "en", "2024-03-05");
  e = has(d, "RUS", "UKR", "19");
  OK(e && !strcmp(dyad_date_format(&e->date, buf), "2023"));
  d = code("Nel 2022 la Russia ha invaso l'Ucraina.", "it", "2024-06-18");
  e = has(d, "RUS", "UKR", "19");
  OK(e && e->date.prec == DYAD_DATE_YEAR && e->date.year == 2022);
}

static void test_places(void) {
  const dyad_doc *d = code("Xi è arrivato a Mosca, dove ha incontrato Putin.", "it", "2023-03-21");
  const dyad_event *e = NULL;
  for (size_t i = 0; i < d->n_events; i++)
    if (d->events[i].location.found) e = &d->events[i];
  OK(e != NULL);
  if (e) {
    STR_EQ(e->location.country, "RUS");
    OK(e->location.has_coords && e->location.lat > 55 && e->location.lat < 56.5);
  }
  /* "a Mosca" is a place, not an actor that acts */
  const dyad_mention *m = mention(d, "Mosca");
  OK(m && (m->flags & DYAD_MF_PLACE));
}

/* An attack on a city that is no actor hits the city's country; an act
   that only happens in a city, or at a place on a noun, does not. */
static void test_city_targets(void) {
  const dyad_doc *d = code("Le forze russe hanno bombardato Kharkiv nella notte.", "it", "2024-05-10");
  const dyad_event *e = has(d, "RUS", "UKR", "19");
  OK(e != NULL);
  if (e) STR_EQ(e->target.name, "Kharkiv");
  d = code("A Russian missile strike on Lviv killed five people.", "en", "2024-05-10");
  OK(has(d, "RUS", "UKR", "19") != NULL);
  d = code("Russia fired missiles at Kyiv on Monday.", "en", "2024-05-10");
  OK(has(d, "RUS", "UKR", "19") != NULL);
  d = code("The dissident was killed by Russian agents in Berlin.", "en", "2024-05-10");
  OK(has(d, "RUS", "DEU", "19") == NULL);
  d = code("Un raid americano vicino all'aeroporto di Baghdad ha ucciso il generale.", "it", "2024-05-10");
  OK(has(d, "USA", "IRQ", "19") == NULL);
}

/* Talks that name no parties are between the parties of the agreement. */
static void test_talks_parties(void) {
  const dyad_doc *d = code("Arabia Saudita e Iran hanno concordato di ristabilire le relazioni, al termine di quattro giorni di negoziati.", "it", "2023-03-10");
  OK(has(d, "SAU", "IRN", "04") && has(d, "IRN", "SAU", "04"));
}

/* The act an intent or an offer names has not happened. */
static void test_intent_complement(void) {
  const dyad_doc *d = code("La Spagna è pronta a riconoscere Juan Guaidó come presidente.", "it", "2019-01-27");
  OK(has(d, "ESP", "VEN", "03") && !has(d, "ESP", "VEN", "05"));
}

/* The cooperation a suspension names is ended, not offered. */
static void test_suspended_object(void) {
  const dyad_doc *d = code("Gli Stati Uniti hanno sospeso gli aiuti all'Ucraina.", "it", "2025-03-04");
  OK(has(d, "USA", "UKR", "16") && !has(d, "USA", "UKR", "07"));
  d = code("La Russia ha interrotto la cooperazione con l'Ucraina.", "it", "2025-03-04");
  OK(has(d, "RUS", "UKR", "16") && !has(d, "RUS", "UKR", "06"));
}

/* English wordings of common codes: irregular forms, phrasal verbs, nouns
   with their agent, and frames that change an act's code. */
static void test_english_wordings(void) {
  const dyad_doc *d = code("Turkey shot down a Russian warplane near the Syrian border.", "en", "2015-11-24");
  OK(has(d, "TUR", "RUS", "19"));
  d = code("France recalled its ambassadors to the United States and Australia.", "en", "2021-09-17");
  OK(has(d, "FRA", "USA", "16") && has(d, "FRA", "AUS", "16"));
  d = code("Biden vowed severe sanctions against Russia.", "en", "2022-02-24");
  OK(has(d, "USA", "RUS", "13") && !has(d, "USA", "RUS", "16"));
  d = code("China lodged stern representations with the United States.", "en", "2016-12-03");
  OK(has(d, "CHN", "USA", "11"));
  d = code("Iran executed a British citizen.", "en", "2023-01-14");
  OK(has(d, "IRN", "GBR", "18"));
  d = code("Japan said it would lift export curbs on South Korea.", "en", "2023-03-16");
  OK(has(d, "JPN", "KOR", "08") && !has(d, "JPN", "KOR", "17"));
  d = code("Moscow ordered the Estonian ambassador to leave.", "en", "2023-01-23");
  OK(has(d, "RUS", "EST", "16"));
  d = code("Nancy Pelosi landed in Taiwan on Tuesday.", "en", "2022-08-02");
  OK(has(d, "USA", "TWN", "04"));
  d = code("Israel cancelled a planned meeting with the U.N. chief.", "en", "2023-10-24");
  OK(has(d, "ISR", "UNO", "12") && !has(d, "ISR", "UNO", "04"));
  d = code("Poland closed the Russian consulate in Gdansk.", "en", "2024-05-22");
  OK(has(d, "POL", "RUS", "16"));
  d = code("Iranian protesters stormed the Saudi embassy in Tehran.", "en", "2016-01-03");
  OK(has(d, "IRN", "SAU", "14"));
  d = code("Khamenei warned that Israel faced a bitter fate.", "en", "2025-06-13");
  OK(has(d, "IRN", "ISR", "13"));
  /* refused, failed and agentless nouns are no events */
  d = code("Venezuela refused to recognize Guyana.", "en", "2023-12-01");
  OK(!has(d, "VEN", "GUY", "05"));
  d = code("Pope Francis called for an end to the massacre in Ukraine.", "en", "2022-03-13");
  OK(!has(d, "VAT", "UKR", "20"));
  /* yielding, demands and mass violence in their common wordings */
  d = code("China demanded that Canada release her immediately.", "en", "2018-12-09");
  OK(has(d, "CHN", "CAN", "10"));
  d = code("Russia released reporter Evan Gershkovich and former U.S. Marine Paul Whelan.", "en", "2024-08-01");
  OK(has(d, "RUS", "USA", "08"));
  d = code("Iran freed four prisoners in a swap with the United States.", "en", "2016-01-16");
  OK(has(d, "IRN", "USA", "08"));
  d = code("Russia pulled its troops out of Syria.", "en", "2016-03-15");
  OK(has(d, "RUS", "SYR", "08"));
  d = code("Iran says it has agreed to grant the UN nuclear watchdog access to two sites.", "en", "2020-08-26");
  OK(has(d, "IRN", "IAE", "08"));
  d = code("Germany called for the release of the sailors held by Iran.", "en", "2019-07-20");
  OK(has(d, "DEU", "IRN", "02"));
  d = code("Serbian forces massacred Bosnian Muslims at Srebrenica.", "en", "1995-07-13");
  OK(has(d, "SRB", "BIH", "20"));
  d = code("Israel cut off water and electricity to Gaza.", "en", "2023-10-09");
  OK(has(d, "ISR", "PSE", "19"));
  d = code("Russian soldiers executed Ukrainian prisoners of war.", "en", "2023-12-03");
  OK(has(d, "RUS", "UKR", "18"));
  /* "alleged" qualifies what is investigated; the investigator accuses no one */
  d = code("The United Nations will investigate alleged Israeli war crimes.", "en", "2024-01-10");
  OK(has(d, "UNO", "ISR", "09") && !has(d, "UNO", "ISR", "11"));
  d = code("The Security Council agreed to set up an investigation into chemical weapons attacks in Syria.", "en", "2015-08-07");
  OK(has(d, "UNO", "SYR", "09"));
  d = code("The IAEA verified that Iran had curbed its nuclear programme.", "en", "2016-01-16");
  OK(has(d, "IAE", "IRN", "09"));
  d = code("The UN Human Rights Council set up a commission of inquiry into violations committed during Russia's invasion.", "en", "2022-03-04");
  OK(has(d, "UNO", "RUS", "09") && !has(d, "UNO", "RUS", "12"));
  d = code("Hamas is holding two Israeli soldiers hostage.", "en", "2023-10-20");
  OK(has(d, "PSE", "ISR", "18"));
  d = code("A Turkish police officer shot dead Russia's ambassador to Turkey.", "en", "2016-12-19");
  OK(has(d, "TUR", "RUS", "19") || has(d, "TUR", "RUS", "18"));
  /* a preposition that opens a date is not the pattern's */
  d = code("Armenia declared martial law on Sunday after fighting broke out with Azerbaijan.", "en", "2020-09-27");
  OK(!has(d, "ARM", "AZE", "17"));
  /* restored relations are two-sided */
  d = code("Morocco agreed to normalise relations with Israel.", "en", "2020-12-10");
  OK(has(d, "MAR", "ISR", "05") && has(d, "ISR", "MAR", "05"));
  d = code("Russia released a statement on U.S. policy.", "en", "2024-08-01");
  OK(!has(d, "RUS", "USA", "08"));
  /* a participle after an article describes, it reports no act */
  d = code("The EU called for the release of the detained French citizens by Iran.", "en", "2023-05-12");
  OK(!has(d, "EUR", "FRA", "17"));
  d = code("Iran released two detained French citizens.", "en", "2023-05-12");
  OK(!has(d, "IRN", "FRA", "17"));
  d = code("Russia imposed a curfew in occupied Kherson.", "en", "2022-11-01");
  OK(!has(d, "RUS", "UKR", "19"));
  /* a de-escalation or an inspection named with "in" acts on that country */
  d = code("Russia announced a halt to military operations in Georgia.", "en", "2008-08-12");
  OK(has(d, "RUS", "GEO", "08") && !has(d, "RUS", "GEO", "19"));
  d = code("IAEA inspectors inspected nuclear sites in Iran.", "en", "2023-03-04");
  OK(has(d, "IAE", "IRN", "09"));
}

/* "would" alone announces an act; "would have" and a trailing condition do not */
static void test_conditional_mood(void) {
  const dyad_doc *d = code("Russia said it would expel German diplomats in response.", "en", "2020-12-14");
  OK(has(d, "RUS", "DEU", "13"));
  d = code("Russia vetoed a resolution that would have required Israel to withdraw from Gaza.", "en", "2024-03-22");
  OK(!has(d, "ISR", "PSE", "08"));
  d = code("Without the deal, Iran would have attacked Israel.", "en", "2024-03-22");
  OK(!has(d, "IRN", "ISR", "19"));
  d = code("Russia said it would withdraw its troops from Ukraine if Kyiv dropped its bid to join NATO.", "en", "2024-06-14");
  OK(!has(d, "RUS", "UKR", "08"));
  d = code("China said it would hold talks with Japan unless Tokyo sent warships.", "en", "2024-06-14");
  OK(!has(d, "CHN", "JPN", "04"));
  /* a threat stays an event when what it threatens is conditional */
  d = code("Trump said he would impose a 25 percent tariff on Mexico unless it stopped the flow of drugs.", "en", "2024-11-25");
  OK(has(d, "USA", "MEX", "13"));
  /* a condition in another clause leaves the act alone */
  d = code("Russia said it would withdraw its troops from Ukraine; if Kyiv objects, talks will follow.", "en", "2024-06-14");
  OK(has(d, "RUS", "UKR", "08"));
}

static void test_evidence_offsets(void) {
  const dyad_doc *d = code("Washington imposed sanctions on Iran on Monday.", "en", "2019-05-06");
  const dyad_event *e = has(d, "USA", "IRN", "16");
  OK(e != NULL);
  if (e) {
    STRN_EQ(art.text.ptr + e->source.span.start, e->source.span.end - e->source.span.start, "Washington");
    STRN_EQ(art.text.ptr + e->target.span.start, e->target.span.end - e->target.span.start, "Iran");
    OK(e->trigger.start >= e->source.span.end && e->trigger.end <= e->target.span.start);
    STR_EQ(e->code, "163");
    INT_EQ(e->quad_class, 4);
    OK(e->goldstein < 0);
    OK(e->plover[0] != 0);
  }
}

static void test_quotes(void) {
  const dyad_doc *d = code("\"Non accetteremo ricatti\", ha detto il ministro degli Esteri russo. "
                           "Il premier ha parlato a lungo.", "it", "2023-05-10");
  INT_EQ(d->n_quotes, 1);
  if (d->n_quotes) {
    const dyad_quote *q = &d->quotes[0];
    STRN_EQ(art.text.ptr + q->span.start, q->span.end - q->span.start, "Non accetteremo ricatti");
    OK(q->speaker >= 0 && !strcmp(d->mentions[q->speaker].code, "RUSGOV"));
  }
  d = code("The minister said: \u201cWe will never accept this ultimatum.\u201d", "en", "2023-05-10");
  INT_EQ(d->n_quotes, 1);
  if (d->n_quotes) OK(d->quotes[0].speaker == -1); /* no actor named: no guess */
  /* a first-person act inside a quote is the speaker's */
  d = code("\"Condanniamo con forza l'attacco dell'Iran\", ha dichiarato il ministro degli Esteri francese.", "it", "2024-04-14");
  OK(has(d, "FRA", "IRN", "11"));
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_actor_composition);
  RUN(test_dated_roles);
  RUN(test_case_rules);
  RUN(test_basic_events);
  RUN(test_negation_and_questions);
  RUN(test_passive);
  RUN(test_attribution_and_denial);
  RUN(test_domestic);
  RUN(test_appeal_complement);
  RUN(test_repression);
  RUN(test_false_alarms);
  RUN(test_object_pronouns);
  RUN(test_allies_agreeing);
  RUN(test_act_author);
  RUN(test_mutual);
  RUN(test_counted_sets);
  RUN(test_vague_threats);
  RUN(test_denial_context);
  RUN(test_subject_search);
  RUN(test_date_inside_trigger);
  RUN(test_dates);
  RUN(test_places);
  RUN(test_city_targets);
  RUN(test_talks_parties);
  RUN(test_intent_complement);
  RUN(test_suspended_object);
  RUN(test_english_wordings);
  RUN(test_conditional_mood);
  RUN(test_evidence_offsets);
  RUN(test_quotes);
  test_coder_close();
  return harness_done("coder");
}
