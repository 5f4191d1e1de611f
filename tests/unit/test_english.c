/*
** test_english.c -- English wordings the coder reaches: targets past an
** amount ("tariffs of 25 percent on"), one event per target of a list,
** a pronoun subject named by a speaker after the clause (", the Kremlin
** said"), an appeal joined by "and" to a pronoun ("and called on it to"),
** the city an agentful nominal attack strikes ("Russia's shelling of
** Kharkiv"), an envoy named with the city of his post, a withdrawal from a
** city ("withdrew from Kherson"), a possessive before an adjective and an
** act noun ("its surprise attack on"), condolences a call was made to offer,
** criticism a target faced or drew from its author, a target branded a
** thing ("branded Russia a terrorist state"), a target right after a trigger
** that ends in "at" ("lashed out at Japan"), the demonym of a condemned
** strike as its author, outrage expressed over an act.
*/
#include "harness.h"
#include "coding.h"

#include <stdbool.h>

static const dyad_doc *code(const char *text) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_code(coder, test_article(text, "en", "2024-05-20"), &d), DYAD_OK);
  return d;
}

/* Is there an event source->target (countries) whose code starts with code? */
static bool has(const dyad_doc *d, const char *src, const char *tgt, const char *code) {
  for (size_t i = 0; d && i < d->n_events; i++) {
    const dyad_event *e = &d->events[i];
    if (!strcmp(e->source.country, src) && !strcmp(e->target.country, tgt) && !strncmp(e->code, code, strlen(code)))
      return true;
  }
  return false;
}

static void test_amount_gap(void) {
  /* the number and its unit do not count toward the distance */
  OK(has(code("Canada imposed punitive duties of more than 100 percent on Chinese electric cars."), "CAN", "CHN", "163"));
  OK(has(code("Japan will send 2,000 helmets and 300 armoured vehicles to Ukraine."), "JPN", "UKR", "07"));
  /* without an amount the distance stays short */
  OK(!has(code("Canada imposed duties, which angered many traders and farmers across the west, on Monday, said China."),
          "CAN", "CHN", "163"));
}

static void test_target_list(void) {
  const dyad_doc *d = code("Britain imposed sanctions on Russia, Belarus and Iran on Tuesday.");
  OK(has(d, "GBR", "RUS", "163"));
  OK(has(d, "GBR", "BLR", "163"));
  OK(has(d, "GBR", "IRN", "163"));
}

static void test_postposed_speaker(void) {
  /* a pronoun subject is the speaker named after the clause */
  OK(has(code("Beijing hosted talks. It condemned the Japanese measures, the Kremlin said on Monday."), "RUS", "JPN", "111"));
  OK(has(code("They will send tanks to Poland, said the French defence ministry."), "FRA", "POL", "07"));
  /* without one, the previous sentence's opening actor */
  OK(has(code("Beijing hosted talks. It condemned the Japanese measures on Monday."), "CHN", "JPN", "111"));
}

static void test_and_pronoun(void) {
  /* "and called on it to": the appeal goes to the actor named before */
  const dyad_doc *d = code("The European Commission criticised Hungary and called on it to respect the rule of law.");
  OK(has(d, "EUR", "HUN", "111"));
  OK(has(d, "EUR", "HUN", "02"));
  OK(has(code("Canada summoned the Indian envoy and urged him to cooperate with the inquiry."), "CAN", "IND", "02"));
}

static void test_nominal_city(void) {
  /* "of" right after a nominal attack names the city struck */
  OK(has(code("Kyiv condemned Russia's shelling of Kharkiv overnight."), "RUS", "UKR", "19"));
  /* not a city that only hangs on another noun */
  OK(!has(code("Russia's envoy met the mayor of Kharkiv."), "RUS", "UKR", "19"));
}

static void test_envoy_post(void) {
  /* the city of an envoy's post is no subject */
  OK(has(code("China's ambassador in Canberra, Xiao Qian, criticised Australia on Monday."), "CHN", "AUS", "11"));
  OK(has(code("Iran's envoy in London condemned the British decision."), "IRN", "GBR", "11"));
}

static void test_withdraw_city(void) {
  /* a withdrawal from a city leaves the city's country */
  OK(has(code("Russian forces withdrew from Kherson on Friday."), "RUS", "UKR", "087"));
  /* the city where a statement is made is no target */
  OK(!has(code("Russia said in Kherson that talks would go on."), "RUS", "UKR", "08"));
}

static void test_possessive_adjective(void) {
  /* "its surprise attack": the owner of the possessive acts, past an adjective */
  OK(has(code("Hezbollah on Monday released a first group of soldiers captured during its cross-border attack on Israel "
              "last year."), "LBN", "ISR", "19"));
  OK(has(code("Turkey on Sunday said that the wave of its latest strikes on Syria would go on."), "TUR", "SYR", "19"));
}

static void test_condolence_call(void) {
  /* the party spoken to receives the condolences the call was made to offer */
  OK(has(code("Japan's prime minister spoke with the Turkish president on Tuesday to offer condolences."), "JPN", "TUR", "018"));
  OK(has(code("Macron phoned Erdogan to express condolences after the earthquake."), "FRA", "TUR", "018"));
}

static void test_criticism_from(void) {
  /* the target comes first: who faced the criticism is criticized, not its author */
  OK(has(code("Russia faced sharp criticism from France on Monday."), "FRA", "RUS", "111"));
  OK(!has(code("Russia faced sharp criticism from France on Monday."), "RUS", "FRA", "111"));
  OK(has(code("Israel drew condemnation from Turkey after the raid."), "TUR", "ISR", "111"));
}

static void test_branded(void) {
  OK(has(code("Ukraine branded Russia a terrorist state."), "UKR", "RUS", "111"));
  OK(has(code("Kyiv labelled Moscow's decision illegal."), "UKR", "RUS", "111"));
}

static void test_trigger_at(void) {
  /* the preposition belongs to the trigger: the country after it is no place */
  OK(has(code("China lashed out at Japan on Monday."), "CHN", "JPN", "111"));
  OK(has(code("Beijing took aim at the United States over the tariffs."), "CHN", "USA", "111"));
  /* a country after a later "at" stays a place */
  OK(!has(code("France criticized the plan at a summit in Japan."), "FRA", "JPN", "111"));
}

static void test_condemned_demonym_act(void) {
  const dyad_doc *d = code("Iran condemned the Israeli strike on Damascus.");
  OK(has(d, "IRN", "ISR", "111"));
  OK(!has(d, "IRN", "SYR", "111"));
}

static void test_outrage(void) {
  OK(has(code("Germany expressed outrage over the Russian strikes."), "DEU", "RUS", "110"));
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_amount_gap);
  RUN(test_target_list);
  RUN(test_postposed_speaker);
  RUN(test_and_pronoun);
  RUN(test_nominal_city);
  RUN(test_envoy_post);
  RUN(test_withdraw_city);
  RUN(test_possessive_adjective);
  RUN(test_condolence_call);
  RUN(test_criticism_from);
  RUN(test_branded);
  RUN(test_trigger_at);
  RUN(test_condemned_demonym_act);
  RUN(test_outrage);
  test_coder_close();
  return harness_done("english");
}
