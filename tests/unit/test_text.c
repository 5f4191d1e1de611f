/*
** test_text.c -- the text pipeline: tokens, folded forms, stems, sentences,
** datelines, captions and language identification, in Italian and English.
*/
#include "dyad.h"
#include "harness.h"
#include "coding.h"

#include <sys/stat.h>
#include <unistd.h>


static const dyad_doc *analyze(const char *text, const char *lang) {
  const dyad_doc *d = NULL;
  INT_EQ(dyad_coder_analyze(coder, test_article(text, lang, NULL), &d), DYAD_OK);
  return d;
}

/* The i-th token's text. */
static char tokbuf[256];
static const char *tok(const dyad_doc *d, size_t i) {
  if (i >= d->n_tokens) return "(none)";
  const dyad_token *k = &d->tokens[i];
  snprintf(tokbuf, sizeof tokbuf, "%.*s", (int)(k->span.end - k->span.start), art.text.ptr + k->span.start);
  return tokbuf;
}

static char sentbuf[1024];
static const char *sent(const dyad_doc *d, size_t i) {
  if (i >= d->n_sentences) return "(none)";
  dyad_span s = d->sentences[i].span;
  snprintf(sentbuf, sizeof sentbuf, "%.*s", (int)(s.end - s.start), art.text.ptr + s.start);
  return sentbuf;
}

static void test_elision(void) {
  const dyad_doc *d = analyze("L\xE2\x80\x99invasione dell\xE2\x80\x99Ucraina e l'attacco all'Iran.", "it");
  STR_EQ(tok(d, 0), "L\xE2\x80\x99");
  INT_EQ(d->tokens[0].kind, DYAD_TOK_ELISION);
  STR_EQ(d->tokens[0].norm, "l'");
  STR_EQ(tok(d, 1), "invasione");
  STR_EQ(tok(d, 2), "dell\xE2\x80\x99");
  STR_EQ(d->tokens[2].norm, "dell'");
  STR_EQ(tok(d, 3), "Ucraina");
  STR_EQ(tok(d, 5), "l'");
  STR_EQ(tok(d, 7), "all'");
  STR_EQ(tok(d, 8), "Iran");
}

static void test_hyphen_numbers_dates(void) {
  const dyad_doc *d = analyze("Asse Mosca-Pyongyang: 3,5 miliardi e 1.200.000 euro il 18/06/2024, +2,5%.", "it");
  STR_EQ(tok(d, 1), "Mosca-Pyongyang");
  OK(d->tokens[1].flags & DYAD_TF_HYPHEN);
  STR_EQ(tok(d, 3), "3,5");
  INT_EQ(d->tokens[3].kind, DYAD_TOK_NUMBER);
  STR_EQ(tok(d, 6), "1.200.000");
  STR_EQ(tok(d, 9), "18/06/2024");
  INT_EQ(d->tokens[9].kind, DYAD_TOK_DATE);
  STR_EQ(tok(d, 12), "2,5%");
  d = analyze("It rose 2.5 percent on 2024-06-18 after the 12th round.", "en");
  STR_EQ(tok(d, 2), "2.5");
  STR_EQ(tok(d, 5), "2024-06-18");
  INT_EQ(d->tokens[5].kind, DYAD_TOK_DATE);
  STR_EQ(tok(d, 8), "12th");
  INT_EQ(d->tokens[8].kind, DYAD_TOK_NUMBER);
  INT_EQ(d->n_sentences, 1);
}

static void test_possessive(void) {
  const dyad_doc *d = analyze("Russia's invasion angered the allies' leaders, but O'Brien didn't.", "en");
  STR_EQ(tok(d, 0), "Russia");
  STR_EQ(tok(d, 1), "'s");
  OK(d->tokens[1].flags & DYAD_TF_POSS);
  STR_EQ(tok(d, 5), "allies");
  STR_EQ(tok(d, 6), "'");
  OK(d->tokens[6].flags & DYAD_TF_POSS);
  STR_EQ(tok(d, 10), "O'Brien");
  STR_EQ(tok(d, 11), "didn't");
}

static void test_folding_and_stems(void) {
  const dyad_doc *d = analyze("PERCH\xC3\x89 la Citt\xC3\xA0 accusava: accusano, accusato.", "it");
  STR_EQ(d->tokens[0].norm, "perche");
  STR_EQ(d->tokens[2].norm, "citta");
  STR_EQ(d->tokens[3].stem, d->tokens[5].stem);
  STR_EQ(d->tokens[5].stem, d->tokens[7].stem);
  d = analyze("He visited; they visit; visiting envoys.", "en");
  STR_EQ(d->tokens[1].stem, "visit");
  STR_EQ(d->tokens[4].stem, "visit");
  STR_EQ(d->tokens[6].stem, "visit");
  /* NFC: a decomposed e + combining acute folds like the composed one */
  d = analyze("caf\x65\xCC\x81 caf\xC3\xA9", "it");
  STR_EQ(d->tokens[0].norm, d->tokens[1].norm);
}

static void test_abbreviations_it(void) {
  const dyad_doc *d = analyze("Il sig. Rossi e l'on. Bianchi hanno incontrato il dott. Verdi. Poi sono partiti.", "it");
  INT_EQ(d->n_sentences, 2);
  STR_EQ(sent(d, 1), "Poi sono partiti.");
  STR_EQ(tok(d, 1), "sig.");
}

static void test_abbreviations_en(void) {
  const dyad_doc *d = analyze("Mr. Blinken met Gen. Milley in the U.S. capital on Monday. George W. Bush was not there.", "en");
  INT_EQ(d->n_sentences, 2);
  STR_EQ(sent(d, 1), "George W. Bush was not there.");
  STR_EQ(tok(d, 0), "Mr.");
  STR_EQ(tok(d, 7), "U.S.");
  /* an abbreviation that may end a sentence does before a sentence opener */
  d = analyze("The sanctions came from the U.S. The next day Moscow answered. The U.S. President spoke. "
              "Talks with the U.K. They ended.", "en");
  INT_EQ(d->n_sentences, 5);
  STR_EQ(sent(d, 0), "The sanctions came from the U.S.");
  STR_EQ(sent(d, 1), "The next day Moscow answered.");
  STR_EQ(sent(d, 2), "The U.S. President spoke.");
  STR_EQ(sent(d, 3), "Talks with the U.K.");
  STR_EQ(sent(d, 4), "They ended.");
}

static void test_quotes_and_parens(void) {
  const dyad_doc *d = analyze("\xE2\x80\x9CWe will respond,\xE2\x80\x9D he said. \xE2\x80\x9CThis is war.\xE2\x80\x9D Then he left (for good). End.", "en");
  INT_EQ(d->n_sentences, 4);
  STR_EQ(sent(d, 1), "\xE2\x80\x9CThis is war.\xE2\x80\x9D");
  STR_EQ(sent(d, 2), "Then he left (for good).");
  d = analyze("Ha detto: \"Non cederemo\". Poi \xC3\xA8 partito? S\xC3\xAC! E poi no.", "it");
  INT_EQ(d->n_sentences, 4);
  STR_EQ(sent(d, 0), "Ha detto: \"Non cederemo\".");
}

static void test_dateline_and_caption(void) {
  const dyad_doc *d = analyze("Roma, 18 giugno 2024 \xE2\x80\x93 Il governo ha deciso. Poi altro.\n\nLa foto del vertice (Ansa)\n\nNuovo paragrafo qui.", "it");
  INT_EQ(d->n_sentences, 4);
  OK(d->sentences[0].flags & DYAD_SF_DATELINE);
  dyad_span dl = d->sentences[0].dateline;
  STRN_EQ(art.text.ptr + dl.start, dl.end - dl.start, "Roma, 18 giugno 2024 \xE2\x80\x93");
  OK(d->sentences[2].flags & DYAD_SF_CAPTION);
  OK(!(d->sentences[1].flags & DYAD_SF_CAPTION));
  INT_EQ(d->sentences[3].paragraph, 2);
  d = analyze("WASHINGTON, March 12 (Reuters) - The State Department said on Tuesday it would act.", "en");
  INT_EQ(d->n_sentences, 1);
  OK(d->sentences[0].flags & DYAD_SF_DATELINE);
  dl = d->sentences[0].dateline;
  STRN_EQ(art.text.ptr + dl.start, dl.end - dl.start, "WASHINGTON, March 12 (Reuters) -");
  d = analyze("KYIV \xE2\x80\x94 Explosions were heard overnight.", "en");
  OK(d->sentences[0].flags & DYAD_SF_DATELINE);
}

static void test_hard_wrap(void) {
  const dyad_doc *d = analyze("The minister said the talks\nwould resume next week.\nA new line starts here.", "en");
  INT_EQ(d->n_sentences, 2);
  STR_EQ(sent(d, 0), "The minister said the talks\nwould resume next week.");
}

static void test_offsets_exact(void) {
  const char *t = "  Kim Jong Un   riceve   Putin.  ";
  const dyad_doc *d = analyze(t, "it");
  INT_EQ(d->n_tokens, 6);
  INT_EQ(d->tokens[0].span.start, 2);
  INT_EQ(d->tokens[0].span.end, 5);
  INT_EQ(d->sentences[0].span.start, 2);
  INT_EQ(d->sentences[0].span.end, 31);
  for (size_t i = 0; i < d->n_tokens; i++) OK(d->tokens[i].span.end <= strlen(t));
}

static void test_langid(void) {
  const dyad_doc *d = analyze("Il presidente del Consiglio ha incontrato ieri a Palazzo Chigi il cancelliere tedesco per discutere della guerra in Ucraina e degli aiuti militari.", NULL);
  STR_EQ(d->lang, "it");
  INT_EQ(d->lang_source, DYAD_LANG_DETECTED);
  OK(d->lang_confidence > 0.5f);
  d = analyze("The prime minister met the German chancellor in London on Tuesday to discuss the war in Ukraine and military aid for Kyiv.", NULL);
  STR_EQ(d->lang, "en");
  d = analyze("The prime minister met the German chancellor.", "it-IT");
  STR_EQ(d->lang, "it");
  INT_EQ(d->lang_source, DYAD_LANG_DECLARED);
  dyad_coder_set_lang(coder, "en");
  d = analyze("Il presidente ha parlato.", "it");
  STR_EQ(d->lang, "en");
  INT_EQ(d->lang_source, DYAD_LANG_FORCED);
  dyad_coder_set_lang(coder, NULL);
  INT_EQ(dyad_coder_set_lang(coder, "much-too-long"), DYAD_MISUSE);
}

static void test_empty_and_odd(void) {
  const dyad_doc *d = analyze("", "it");
  INT_EQ(d->n_sentences, 0);
  INT_EQ(d->n_tokens, 0);
  d = analyze("\xEF\xBF\xBD\xEF\xBF\xBD ... !!! \xF0\x9F\x98\x80", "it");
  OK(d->n_tokens > 0);
  for (size_t i = 0; i < d->n_sentences; i++) OK(d->sentences[i].span.end <= art.text.len);
}

static void test_dict_user_dir_errors(void) {
  char err[DYAD_ERRLEN];
  dyad_dict *d2 = NULL;
  INT_EQ(dyad_dict_load("/nonexistent-dyad-dir", &d2, err), DYAD_IO);
  OK(d2 == NULL);
  OK(strstr(err, "not a folder") != NULL);
  char dir[] = "/tmp/dyad-dictXXXXXX";
  OK(mkdtemp(dir) != NULL);
  char path[256];
  snprintf(path, sizeof path, "%s/lang", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/lang/it.txt", dir);
  FILE *f = fopen(path, "w");
  fputs("# ok\nabbrev  foo.\nbogus  value\n", f);
  fclose(f);
  INT_EQ(dyad_dict_load(dir, &d2, err), DYAD_SYNTAX);
  OK(strstr(err, "lang/it.txt:3: unknown key 'bogus'") != NULL);
  f = fopen(path, "w");
  fputs("abbrev  cfr.; zz.\n", f);
  fclose(f);
  INT_EQ(dyad_dict_load(dir, &d2, err), DYAD_OK);
  dyad_coder *c2;
  dyad_coder_new(d2, &c2);
  dyad_coder *saved = coder;
  coder = c2;
  const dyad_doc *d = analyze("Vedi zz. Rossi per questo.", "it");
  INT_EQ(d->n_sentences, 1);
  coder = saved;
  dyad_coder_free(c2);
  dyad_dict_free(d2);
  remove(path);
  snprintf(path, sizeof path, "%s/lang", dir);
  rmdir(path);
  rmdir(dir);
}

int main(void) {
  if (test_coder_open()) return 1;
  RUN(test_elision);
  RUN(test_hyphen_numbers_dates);
  RUN(test_possessive);
  RUN(test_folding_and_stems);
  RUN(test_abbreviations_it);
  RUN(test_abbreviations_en);
  RUN(test_quotes_and_parens);
  RUN(test_dateline_and_caption);
  RUN(test_hard_wrap);
  RUN(test_offsets_exact);
  RUN(test_langid);
  RUN(test_empty_and_odd);
  RUN(test_dict_user_dir_errors);
  test_coder_close();
  return harness_done("text");
}
