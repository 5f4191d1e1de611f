/*
** test_actors.c -- actor mentions on short sentences written for the tests:
** nicknames the article defines, capitals used as places, demonyms on plain
** nouns, appositions, ambiguous names (Georgia, Turkey, Chad), roles on
** the article's date, bodies named without their country, possessives,
** nouns for the organization named last and descriptions of a country.
*/
#include "dyad.h"
#include "harness.h"
#include "coding.h"

#include <stdbool.h>


static const dyad_doc *actors(const char *text, const char *lang, const char *date) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_actors(coder, test_article(text, lang, date), &d), DYAD_OK);
  return d;
}

/* The mention whose span is exactly text (the nth one, from 0). */
static const dyad_mention *nth(const dyad_doc *d, const char *text, int nth_hit) {
  for (size_t i = 0; i < d->n_mentions; i++) {
    const dyad_mention *m = &d->mentions[i];
    if (strlen(text) == m->span.end - m->span.start && !memcmp(art.text.ptr + m->span.start, text, strlen(text)) &&
        nth_hit-- == 0)
      return m;
  }
  return NULL;
}

static const dyad_mention *mention(const dyad_doc *d, const char *text) { return nth(d, text, 0); }

/* An actor (no place, no modifier) with this code whose span contains text. */
static bool actor_over(const dyad_doc *d, const char *text, const char *code) {
  const char *at = strstr(art.text.ptr, text);
  if (!at) return false;
  uint32_t s = (uint32_t)(at - art.text.ptr), e = s + (uint32_t)strlen(text);
  for (size_t i = 0; i < d->n_mentions; i++) {
    const dyad_mention *m = &d->mentions[i];
    if (m->span.start <= s && m->span.end >= e && !(m->flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)))
      return !code || !strcmp(m->code, code);
  }
  return false;
}

static size_t count_code(const dyad_doc *d, const char *code) {
  size_t n = 0;
  for (size_t i = 0; i < d->n_mentions; i++)
    if (!strcmp(d->mentions[i].code, code) && !(d->mentions[i].flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER))) n++;
  return n;
}

/* a state's envoy to an organization is the state's government */
static void test_envoys(void) {
  const dyad_doc *d = actors("Sudan's UN ambassador accused the UAE. The UN envoy of Sudan spoke again. "
                             "France's EU commissioner spoke. Sudan's UN seat stayed empty.", "en", "2024-06-18");
  const dyad_mention *m = mention(d, "Sudan's UN ambassador");
  OK(m && !strcmp(m->code, "SDNGOV"));
  m = mention(d, "The UN envoy of Sudan");
  OK(m && !strcmp(m->code, "SDNGOV"));
  OK(actor_over(d, "EU commissioner", "IGOEUR")); /* not an envoy word */
  OK(!actor_over(d, "Sudan's UN seat", "SDNGOV"));
}

static void test_nickname_quoted(void) {
  const dyad_doc *d = actors("Vladimir Putin, soprannominato «lo Zar» dai suoi oppositori, ha vinto. "
                             "Per l'Ue il voto non è stato libero, ma lo Zar ha ricevuto le congratulazioni di Pechino.",
                             "it", "2024-03-18");
  const dyad_mention *m = mention(d, "lo Zar");
  OK(m != NULL);
  OK(m && !strcmp(m->code, "RUSGOV") && (m->flags & DYAD_MF_NICKNAME) && (m->flags & DYAD_MF_PERSON));
  INT_EQ(count_code(d, "RUSGOV"), 2); /* the full name and the later nickname, not the definition */
  d = actors("Rodrigo Duterte, nicknamed \"the Punisher\" for his war on crime, was sworn in, and the Punisher "
             "promised a relentless fight.", "en", "2016-06-30");
  m = mention(d, "the Punisher");
  OK(m && !strcmp(m->code, "PHLGOV") && (m->flags & DYAD_MF_NICKNAME));
  INT_EQ(count_code(d, "PHLGOV"), 2);
}

static void test_nickname_forms(void) {
  /* unquoted after a weak word right after the comma */
  const dyad_doc *d = actors("Silvio Berlusconi, detto il Cavaliere, è stato condannato; il Cavaliere ha parlato di accanimento.",
                             "it", "2013-08-02");
  const dyad_mention *m = mention(d, "il Cavaliere");
  OK(m && !strcmp(m->country, "ITA") && (m->flags & DYAD_MF_NICKNAME));
  /* the name is the object of the defining verb */
  d = actors("Donald Trump dubbed North Korea's leader \"Rocket Man\", and Rocket Man called him a dotard.", "en",
             "2017-09-22");
  m = mention(d, "Rocket Man");
  OK(m && !strcmp(m->code, "PRKGOV"));
  /* a nickname that holds a name of its own: the person, not Europe */
  d = actors("Alexander Lukashenko, often called \"Europe's last dictator\", claimed victory, and Europe's last "
             "dictator warned the opposition.", "en", "2020-08-10");
  OK(actor_over(d, "Europe's last dictator warned", "BLRGOV") == false); /* the span is the nickname only */
  m = nth(d, "Europe's last dictator", 0);
  OK(m && !strcmp(m->code, "BLRGOV"));
  INT_EQ(count_code(d, "IGOEUR"), 0);
  /* an initialism after "known as" */
  d = actors("Crown Prince Mohammed bin Salman, widely known as MBS, approved the operation; MBS has not commented.",
             "en", "2021-02-26");
  m = nth(d, "MBS", 0);
  OK(m && !strcmp(m->code, "SAUGOV") && (m->flags & DYAD_MF_NICKNAME));
  INT_EQ(count_code(d, "SAUGOV"), 2);
}

static void test_nickname_not(void) {
  /* speech, not a nickname */
  const dyad_doc *d = actors("La Russia, ha detto Peskov, non tratterà. Peskov ha poi lasciato la sala.", "it", "2024-03-18");
  const dyad_mention *m = nth(d, "Peskov", 1);
  OK(m == NULL || !(m->flags & DYAD_MF_NICKNAME));
  /* a nickname used before its definition is no mention */
  d = actors("Lo Zar ha parlato. Vladimir Putin, detto «lo Zar», ha vinto.", "it", "2024-03-18");
  OK(mention(d, "Lo Zar") == NULL);
  /* a quote that is a description, after an auxiliary */
  d = actors("Joe Biden, who has called Putin \"a killer\", spoke.", "en", "2021-03-18");
  INT_EQ(count_code(d, "USAGOV"), 1);
}

static void test_places(void) {
  const dyad_doc *d = actors("Durante la conferenza di Mosca il ministro ha parlato; Mosca ha poi espulso due diplomatici.",
                             "it", "2023-08-15");
  const dyad_mention *m = nth(d, "Mosca", 0);
  OK(m && (m->flags & DYAD_MF_PLACE));
  m = nth(d, "Mosca", 1);
  OK(m && !(m->flags & DYAD_MF_PLACE) && !strcmp(m->code, "RUSGOV"));
  d = actors("L'Ue ha chiesto a Tbilisi di indagare sulle irregolarità.", "it", "2024-10-27");
  m = mention(d, "Tbilisi");
  OK(m && !(m->flags & DYAD_MF_PLACE));
  d = actors("Sarkozy flew to Moscow to meet Medvedev, and thousands crowded Kabul airport.", "en", "2008-08-12");
  m = mention(d, "Moscow");
  OK(m && (m->flags & DYAD_MF_PLACE));
  m = mention(d, "Kabul");
  OK(m && (m->flags & DYAD_MF_PLACE));
  d = actors("The summit was held at the White House; the White House said it was a success.", "en", "2023-08-15");
  m = nth(d, "White House", 0);
  OK(m && (m->flags & DYAD_MF_PLACE));
  m = nth(d, "White House", 1);
  OK(m && !(m->flags & DYAD_MF_PLACE));
  d = actors("I monaci delle Grotte di Kiev sono stati perquisiti; da Mosca Putin ha protestato.", "it", "2022-11-22");
  m = mention(d, "Kiev");
  OK(m && (m->flags & DYAD_MF_PLACE));
  m = mention(d, "Mosca");
  OK(m && (m->flags & DYAD_MF_PLACE));
}

static void test_capital_roles(void) {
  const dyad_doc *d = actors("I giudici del tribunale di Seul hanno convocato il Parlamento di Tbilisi.", "it", "2024-05-01");
  OK(actor_over(d, "tribunale di Seul", "KORJUD"));
  OK(actor_over(d, "Parlamento di Tbilisi", "GEOLEG"));
  d = actors("Dmitrij Medvedev, vicepresidente del Consiglio di sicurezza russo, ha minacciato Kiev.", "it", "2023-07-30");
  OK(actor_over(d, "Consiglio di sicurezza russo", "RUSGOV"));
  INT_EQ(count_code(d, "IGOUNO"), 0);
  d = actors("Peru's Congress removed him from office.", "en", "2022-12-08");
  OK(actor_over(d, "Congress", "PERLEG"));
}

static void test_demonyms(void) {
  const dyad_doc *d = actors("Bruxelles non vuole il gas russo, ma l'invasione russa continua e due britannici sono stati catturati.",
                             "it", "2023-06-15");
  const dyad_mention *m = mention(d, "russo");
  OK(m && (m->flags & DYAD_MF_MODIFIER)); /* kept for the event coder, flagged */
  OK(actor_over(d, "russa", "RUS"));
  OK(actor_over(d, "britannici", "GBR"));
  d = actors("Tanks moved to the Colombian border, Russians protested and Palestinian prisoners were freed.", "en",
             "2008-03-03");
  m = mention(d, "Colombian");
  OK(m && (m->flags & DYAD_MF_MODIFIER));
  OK(actor_over(d, "Russians", "RUS"));
  OK(actor_over(d, "Palestinian", NULL));
  d = actors("Il consigliere iraniano Ali Shamkhani e il collega ucraino hanno firmato.", "it", "2023-03-10");
  OK(actor_over(d, "consigliere iraniano", "IRNGOV"));
  OK(actor_over(d, "collega ucraino", "UKRGOV"));
}

static void test_appositions(void) {
  const dyad_doc *d = actors("Il presidente di transizione del Ciad, Mahamat Idriss Déby, ha incontrato il re Abdallah II di Giordania.",
                             "it", "2024-08-13");
  INT_EQ(count_code(d, "TCDGOV"), 1);
  INT_EQ(count_code(d, "TCD"), 0);
  OK(actor_over(d, "Abdallah II di Giordania", "JORGOV"));
  INT_EQ(count_code(d, "JOR"), 0);
  d = actors("Russian police detained Alexei Navalny, and South Korea's Moon Jae-in met Syria's interim President Ahmed al-Sharaa.",
             "en", "2021-01-17");
  OK(actor_over(d, "Russian police", "RUSCOP"));
  OK(!actor_over(d, "detained", NULL));
  OK(actor_over(d, "South Korea's Moon", NULL));
  d = actors("The U.N. Security Council met.", "en", "2017-09-11");
  INT_EQ(count_code(d, "IGOUNO"), 1);
}

static void test_ambiguous_names(void) {
  const dyad_doc *d = actors("Hurricane Helene knocked out power across Georgia and Florida.", "en", "2024-09-28");
  INT_EQ(count_code(d, "GEO"), 0);
  d = actors("Russian troops pushed deeper into Georgia.", "en", "2008-08-12");
  INT_EQ(count_code(d, "GEO"), 1);
  d = actors("In Georgia migliaia di persone protestano contro il governo di Tbilisi, mentre lo Stato della Georgia vota.",
             "it", "2024-05-21");
  INT_EQ(count_code(d, "GEO"), 1);
  INT_EQ(count_code(d, "GEOGOV"), 1);
  d = actors("Turkey prices jumped ahead of Thanksgiving.", "en", "2021-11-24");
  INT_EQ(count_code(d, "TUR"), 0);
  d = actors("Turkey closed its airspace.", "en", "2021-11-24");
  INT_EQ(count_code(d, "TUR"), 1);
  d = actors("Chad le Clos won silver; Chad closed its border with Sudan.", "en", "2016-08-13");
  INT_EQ(count_code(d, "TCD"), 1);
  d = actors("Michael Jordan's sneakers sold for a record, and the Washington Post reported it.", "en", "2023-04-12");
  INT_EQ(count_code(d, "JOR"), 0);
  INT_EQ(count_code(d, "USAGOV"), 0);
  d = actors("Secondo Pechino la Cina non cederà.", "it", "2024-01-10");
  OK(actor_over(d, "Pechino", "CHNGOV"));
}

static void test_bodies_in_context(void) {
  const dyad_doc *d = actors("Il presidente Jair Bolsonaro ha sfidato i governatori e la Corte suprema.", "it", "2020-04-20");
  const dyad_mention *m = mention(d, "Corte suprema");
  OK(m && !strcmp(m->code, "BRAJUD") && (m->flags & DYAD_MF_CONTEXT));
  d = actors("Israeli police fired stun grenades at protesters against the plan to curb the Supreme Court.", "en", "2023-03-01");
  OK(actor_over(d, "Supreme Court", "ISRJUD"));
  /* a status, not a body */
  d = actors("Benjamin Netanyahu, da pochi giorni all'opposizione, ha attaccato Naftali Bennett.", "it", "2021-06-17");
  OK(mention(d, "opposizione") == NULL);
  /* a body the article named before as an organization */
  d = actors("La Corte penale internazionale ha emesso un mandato; Mosca non riconosce la giurisdizione della Corte.", "it",
             "2023-03-21");
  m = nth(d, "Corte", 0);
  OK(m && !strcmp(m->code, "IGOICC"));
  /* no country before it: nothing */
  d = actors("Il governo ha deciso.", "it", "2023-03-21");
  INT_EQ(d->n_mentions, 0);
}

static bool implicit_code(const dyad_doc *d, const char *text, const char *code) {
  const dyad_mention *m = mention(d, text);
  return m && !strcmp(m->code, code) && (m->flags & DYAD_MF_IMPLICIT);
}

static void test_implicit_bodies(void) {
  /* the one country of the sentence and the one before */
  const dyad_doc *d = actors("A Teheran la polizia ha disperso i manifestanti; il governo ha bloccato Internet.", "it", "2022-09-21");
  OK(implicit_code(d, "polizia", "IRNCOP"));
  OK(implicit_code(d, "manifestanti", "IRNOPP"));
  OK(implicit_code(d, "governo", "IRNGOV"));
  /* the dateline's country, bare English plurals, "Riot police" */
  d = actors("TBILISI — Protesters rallied for a second night. Riot police used water cannon, and the opposition called "
             "for new elections.", "en", "2024-11-29");
  OK(implicit_code(d, "Protesters", "GEOOPP"));
  OK(implicit_code(d, "Riot police", "GEOCOP"));
  OK(implicit_code(d, "opposition", "GEOOPP"));
  /* the same role before it wins over another country in sight */
  d = actors("L'esercito israeliano è entrato a Rafah; i soldati hanno colpito Hamas.", "it", "2024-05-07");
  OK(implicit_code(d, "soldati", "ISRMIL"));
  /* two countries in sight and no same role: unclear, nothing */
  d = actors("Israele ha avviato un'operazione nel sud del Libano; secondo l'esercito, i combattimenti continuano.", "it",
             "2024-10-01");
  OK(mention(d, "esercito") == NULL);
  d = actors("Twenty Indian soldiers were killed in a clash with Chinese troops, the army said.", "en", "2020-06-16");
  OK(mention(d, "army") == NULL);
  /* no country anywhere: nothing */
  d = actors("La polizia ha arrestato i manifestanti.", "it", "2023-03-21");
  INT_EQ(d->n_mentions, 0);
  /* an adjective of another side, an indefinite, an English adjective use */
  d = actors("Il Parlamento iracheno chiede di espellere le truppe straniere.", "it", "2020-01-05");
  OK(mention(d, "truppe") == NULL);
  d = actors("China started military drills around Taiwan, and an army of lawyers followed.", "en", "2023-04-08");
  OK(mention(d, "military") == NULL);
  OK(mention(d, "army") == NULL);
  /* the person who leads it; not the one country of a foreign speaker in a
     story the article tells about another country */
  d = actors("Soldiers ousted Mohamed Bazoum in Niger. Nigerian President Bola Tinubu met his ministers. The junta led by "
             "Gen. Abdourahamane Tiani closed Niger's airspace. Niger's army stayed. ECOWAS met on Friday. Antony Blinken "
             "said Washington would hold the junta responsible.", "en", "2023-08-10");
  OK(implicit_code(d, "junta", "NERGOV"));
  OK(nth(d, "junta", 1) == NULL);
  /* the same role named earlier in the article, beyond the sentence before */
  d = actors("I separatisti armeni hanno deposto le armi. Il presidente azero Ilham Aliyev ha parlato a Baku. Ieri "
             "l'esercito azero aveva bombardato le posizioni dei separatisti.", "it", "2023-09-20");
  OK(implicit_code(d, "separatisti", "ARMREB"));
  /* coordinated with a state actor: that actor's country, in spite of another in sight */
  d = actors("Gli Stati Uniti hanno sospeso le sanzioni perché il presidente venezuelano Nicolás Maduro e il capo delle "
             "opposizioni avevano trovato un accordo.", "it", "2023-10-18");
  OK(implicit_code(d, "opposizioni", "VENOPP"));
  /* a place right after it, or just before it in the clause */
  d = actors("Gunmen killed the U.S. ambassador in Benghazi as protesters in Cairo tore down the flag.", "en", "2012-09-12");
  OK(implicit_code(d, "protesters", "EGYOPP"));
  d = actors("Il presidente Joe Biden ha parlato ieri. A Teheran la polizia ha disperso la folla.", "it", "2022-09-21");
  OK(implicit_code(d, "polizia", "IRNCOP"));
  /* a group's name before it owns it */
  d = actors("Taliban fighters patrolled the streets of Kabul.", "en", "2021-08-18");
  OK(actor_over(d, "Taliban fighters", "AFGGOV"));
  /* a complement says whose it is */
  d = actors("I separatisti armeni hanno deposto le armi davanti all'esercito azero; Mosca ha detto che alcuni militari "
             "del contingente russo sono morti.", "it", "2023-09-20");
  OK(mention(d, "militari") == NULL);
  OK(actor_over(d, "contingente russo", "RUSMIL"));
  /* a dictionary body of one country in a story plainly about another */
  d = actors("BRASILIA - Migliaia di sostenitori di Jair Bolsonaro hanno invaso il Congresso.", "it", "2023-01-09");
  OK(implicit_code(d, "Congresso", "BRALEG"));
  d = actors("NEW YORK - La risoluzione presentata da Mosca non ha ottenuto i voti necessari al Consiglio di sicurezza.",
             "it", "2023-03-28");
  OK(actor_over(d, "Consiglio di sicurezza", "IGOUNO"));
  d = actors("Congress approved new aid to Ukraine.", "en", "2024-04-20");
  const dyad_mention *m = mention(d, "Congress");
  OK(m && !strcmp(m->code, "USALEG"));
}

static void test_owner_and_references(void) {
  /* a possessive gives the role to the clause's subject */
  const dyad_doc *d = actors("La Francia ha richiamato il proprio ambasciatore dal Niger.", "it", "2023-09-24");
  OK(implicit_code(d, "il proprio ambasciatore", "FRAGOV"));
  d = actors("Il Quai d'Orsay ha annunciato l'espulsione di dodici funzionari algerini e il richiamo del proprio "
             "ambasciatore.", "it", "2025-04-15");
  OK(implicit_code(d, "proprio ambasciatore", "FRAGOV"));
  d = actors("Algeria recalled its ambassador after France backed the plan.", "en", "2024-07-30");
  OK(implicit_code(d, "its ambassador", "DZAGOV"));
  /* the organization named last */
  d = actors("Stoltenberg ha parlato alla Nato; l'Alleanza difenderà ogni centimetro.", "it", "2023-02-14");
  OK(implicit_code(d, "Alleanza", "IGONAT"));
  d = actors("Lavrov ha accusato l'Osce; l'organizzazione ha replicato.", "it", "2023-11-30");
  OK(implicit_code(d, "organizzazione", "IGOOSC"));
  d = actors("The IAEA said shelling must stop, and the agency called for a security zone.", "en", "2022-09-06");
  OK(implicit_code(d, "agency", "IGOIAE"));
  /* no organization before, or a complement of its own: nothing */
  d = actors("L'organizzazione ha replicato.", "it", "2023-11-30");
  INT_EQ(d->n_mentions, 0);
  d = actors("The IAEA met, and the agency of the ministry replied.", "en", "2022-09-06");
  OK(mention(d, "agency") == NULL);
  /* descriptions several countries share: the one named last */
  d = actors("Il Qatar ha annunciato una tregua; il Paese del Golfo ha mediato.", "it", "2023-11-22");
  const dyad_mention *m = mention(d, "Paese del Golfo");
  OK(m && !strcmp(m->code, "QAT"));
  d = actors("Saudi Arabia met Iran in Oman; the Gulf state has long carried messages between them.", "en", "2023-03-10");
  m = mention(d, "Gulf state");
  OK(m && !strcmp(m->code, "OMN"));
  d = actors("L'Iran ha lanciato droni contro Israele; lo Stato ebraico li ha intercettati.", "it", "2024-04-14");
  OK(actor_over(d, "Stato ebraico", "ISR"));
}

static void test_adjectives_and_venues(void) {
  const dyad_doc *d = actors("Pechino ha condannato le minacce militari degli Stati Uniti.", "it", "2024-05-01");
  OK(mention(d, "militari") == NULL);
  OK(actor_over(d, "Stati Uniti", "USA"));
  d = actors("I militari russi e cinque militari cinesi sono arrivati.", "it", "2024-05-01");
  OK(actor_over(d, "militari russi", "RUSMIL"));
  OK(actor_over(d, "militari cinesi", "CHNMIL"));
  /* a capital after a venue and its adjectives is a place */
  d = actors("Le RSF hanno preso l'aeroporto internazionale di Khartum.", "it", "2023-04-15");
  const dyad_mention *m = mention(d, "Khartum");
  OK(m && (m->flags & DYAD_MF_PLACE));
  /* the International Court of Justice is a UN organ */
  d = actors("La Corte dell'Aja ha respinto il ricorso; the World Court agreed.", "it", "2024-01-26");
  OK(actor_over(d, "Corte dell'Aja", "IGOUNO"));
  d = actors("The International Court of Justice ordered Israel to act; the top UN court ruled.", "en", "2024-01-26");
  OK(actor_over(d, "International Court of Justice", "IGOUNO"));
  OK(actor_over(d, "top UN court", "IGOUNO"));
}

static void test_former_office(void) {
  /* out of office, the country of the title wins over the nearest role's */
  const dyad_doc *d = actors("L'ex presidente georgiano Mikheil Saakashvili ha iniziato lo sciopero della fame.", "it",
                             "2021-10-02");
  OK(actor_over(d, "Mikheil Saakashvili", "GEO"));
}

static void test_dated_roles(void) {
  /* between two roles: the nearest one's organization, whole */
  const dyad_doc *d = actors("Christine Lagarde will succeed Mario Draghi.", "en", "2019-10-24");
  const dyad_mention *m = mention(d, "Christine Lagarde");
  OK(m && !strcmp(m->code, "IGOEUR") && !strcmp(m->country, "EUR"));
  m = mention(d, "Mario Draghi");
  OK(m && !strcmp(m->code, "IGOEUR"));
  d = actors("Kristalina Georgieva warned of a recession.", "en", "2023-01-18");
  m = mention(d, "Kristalina Georgieva");
  OK(m && !strcmp(m->code, "IGOIMF"));
}

/* a role and its country before a person the dictionary lacks: one mention
   over the name; "Usa" after a role composes like a demonym */
static void test_unknown_names(void) {
  const dyad_doc *d = actors("L'ambasciatore Usa Nicholas Burns ha incontrato il ministro cinese.", "it", "2023-05-10");
  const dyad_mention *m = mention(d, "ambasciatore Usa Nicholas Burns");
  OK(m && !strcmp(m->code, "USAGOV"));
  d = actors("Il presidente Usa ha telefonato al ministro degli Esteri turco Mehmet Yilmaz.", "it", "2023-05-10");
  m = mention(d, "presidente Usa");
  OK(m && !strcmp(m->code, "USAGOV"));
  m = mention(d, "ministro degli Esteri turco Mehmet Yilmaz");
  OK(m && !strcmp(m->code, "TURGOV"));
  d = actors("The U.S. ambassador Nicholas Burns met Chinese officials.", "en", "2023-05-10");
  m = mention(d, "U.S. ambassador Nicholas Burns");
  OK(m && !strcmp(m->code, "USAGOV"));
  /* a date word or a longer capitalized run is no name */
  d = actors("The Chinese ambassador Monday rejected the claim.", "en", "2023-05-10");
  OK(mention(d, "Chinese ambassador") != NULL);
}

/* a dual nationality in one hyphenated word is a citizen; a pair is no one */
static void test_dual_nationals(void) {
  const dyad_doc *d = actors("A British-Iranian aid worker Nazanin Zaghari-Ratcliffe was freed. "
                             "Two British-Iranian nationals were freed. Israeli-Palestinian talks in Cairo resumed.",
                             "en", "2022-03-16");
  OK(actor_over(d, "British-Iranian", "GBR"));
  OK(actor_over(d, "British-Iranian nationals", "GBRCVL"));
  OK(!actor_over(d, "Israeli-Palestinian", NULL));
  d = actors("La ricercatrice franco-iraniana Fariba Adelkhah è stata arrestata. Il conflitto russo-ucraino continua.",
             "it", "2022-03-16");
  OK(actor_over(d, "franco-iraniana", NULL));
  OK(!actor_over(d, "russo-ucraino", NULL));
}

/* a counted crowd that protests is of the place where it protests */
static void test_crowds(void) {
  const dyad_doc *d = actors("Oltre centomila persone hanno manifestato a Minsk contro Lukashenko.", "it", "2020-08-16");
  OK(actor_over(d, "persone", "BLRCVL"));
  d = actors("More than 100,000 people protested in Tbilisi against the government. "
             "Floods killed 200 people in Niger. Thousands of people gathered in Paris to watch the parade.", "en", "2024-12-01");
  OK(actor_over(d, "people protested in Tbilisi", NULL) || actor_over(d, "people", "GEOCVL"));
  OK(count_code(d, "GEOCVL") == 1);
  OK(count_code(d, "NERCVL") == 0);
  OK(count_code(d, "FRACVL") == 0);
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_envoys);
  RUN(test_nickname_quoted);
  RUN(test_nickname_forms);
  RUN(test_nickname_not);
  RUN(test_places);
  RUN(test_capital_roles);
  RUN(test_demonyms);
  RUN(test_appositions);
  RUN(test_ambiguous_names);
  RUN(test_bodies_in_context);
  RUN(test_dated_roles);
  RUN(test_former_office);
  RUN(test_implicit_bodies);
  RUN(test_owner_and_references);
  RUN(test_adjectives_and_venues);
  RUN(test_unknown_names);
  RUN(test_dual_nationals);
  RUN(test_crowds);
  test_coder_close();
  return harness_done("actors");
}
