/*
** coder.c -- event coding: from an analyzed article with its actor mentions to
** CAMEO events with evidence.
**
** For each sentence:
**   1. find triggers: a token whose folded form or stem starts a trigger of
**      the language's event dictionary (events.c), the rest of the trigger's
**      words following directly;
**   2. for each trigger, try its block's patterns, most specific first: the
**      elements left of '*' are looked for leftwards from the trigger, those
**      right of it rightwards, each within a small window ('_' = adjacent);
**      '$' and '+' bind the nearest actor mention;
**   3. the passive voice ("è stato ricevuto da X", "was hosted by X") swaps
**      the roles; coordinated actors ("Russia e Corea del Nord") expand
**      into one event per actor; meetings, talks and agreements are coded
**      both ways;
**   4. negated acts, questions and conditionals are dropped; "secondo X" /
**      "according to X" gives the event an attribution and codes the claim
**      itself (X accuses the source, 112); a denial without a target takes
**      the accusers named before it.
** Dates: the article's date, refined by its dateline, and the nearest date
** the sentence states in the trigger's clause (oggi, ieri, lunedì, on Monday,
** il 19 dicembre, last week, lo scorso mese, nel 2022...), resolved against
** it: a weekday is the latest such day on or before the article's date, or
** the next one in a sentence about the future.
** Called by analyze.c (dyad_coder_code).
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX
#define SOURCE_WINDOW 12
#define TARGET_WINDOW 10
#define WORD_WINDOW 5

typedef struct evs {
  dyad_event *v;
  size_t n, cap;
} evs;

/*
** The dates a sentence states, found once per sentence: sentence_date runs
** for every act coded and would otherwise test every token of the sentence
** again.  Whether a token can stand inside a trigger (inner_skip) is kept
** per token of the article.  Both live in the article's arena.
**
**   date_memo  sb = first token of the sentence listed (UINT32_MAX: none)
**              tok[0..n) -> token of a date      val[0..n) -> that date
**              skip[token] -> 0 not yet asked, 1 no, 2 yes
*/
typedef struct date_memo {
  uint32_t sb, n;
  uint32_t *tok;
  dyad_date *val;
  uint8_t *skip;
} date_memo;

typedef struct cctx {
  const dyad_dict *d;
  const dyad_event_dict *e;
  const dyad_lang_data *ld;
  const dyad_doc *doc;
  const dyad_token *tok;
  const char *text;
  const dyad_mention *m;
  size_t nm;
  int32_t *mention_at;     /* token -> mention index or -1 */
  uint32_t *norm_id, *stem_id; /* token -> word id of its norm / stem (vocab.c) */
  uint32_t *wc;            /* token -> DYAD_WC_* bits */
  uint8_t *bar;            /* token -> 1 when a search stops at it (is_barrier) */
  uint32_t sb, se;         /* current sentence's tokens */
  dyad_arena *arena;
  evs out;
  dyad_date date;          /* the article's date, refined by the dateline */
  int claim_m[8];          /* mentions of the last accusers */
  int n_claim;
  dyad_mention *mx;        /* the doc's mentions, then cities as targets */
  size_t n_city, cap_city; /* cities after the nm mentions */
  int32_t *city_at;        /* token -> city mention index or -1 */
  date_memo *dates;        /* dates found so far (see date_memo) */
  const char *prefer[16];  /* the countries the article names, once (find_place) */
  int n_prefer;            /* -1 until the first place is looked for */
} cctx;

/* ---- small word tests ------------------------------------------------------ */

static bool norm_is(const dyad_token *k, const char *w) { return strcmp(k->norm, w) == 0; }

/* The value of token i's folded form in a word list of the language
   (data/lang), or NULL. */
static uint32_t *tok_in(const cctx *c, const dyad_map *m, uint32_t i) {
  return dyad_map_get(m, c->tok[i].norm, strlen(c->tok[i].norm));
}

/* The word-class bits of token k (data/lang class.NAME lines). */
#define WC(c, k, bit) (((c)->wc[(k) - (c)->tok] & (bit)) != 0)

/* ---- matching pattern elements ---------------------------------------------- */

/* Pattern words and tokens compare by word id (vocab.c): equal ids, equal
   strings; a token outside every dictionary (id 0) matches no word. */
static bool el_word_at(const cctx *c, const dyad_pel *el, uint32_t i) {
  return (el->type == EL_STEM ? c->stem_id[i] : c->norm_id[i]) == el->id;
}

/* Length of the set member matching at i (0: none). */
static bool set_starts(const cctx *c, uint32_t set, uint32_t id) {
  return id && dyad_imap_get(&c->e->firsts, (uint64_t)(set + 1) << 32 | id, 0);
}

static uint32_t set_at(const cctx *c, uint32_t set, uint32_t i) {
  const dyad_wset *s = &c->e->sets[set];
  if (!set_starts(c, set, c->norm_id[i]) && !set_starts(c, set, c->stem_id[i])) return 0;
  uint32_t best = 0;
  for (uint32_t k = 0; k < s->n_m; k++) {
    uint64_t mem = c->e->members[s->m0 + k];
    uint32_t w0 = (uint32_t)(mem >> 32), nw = (uint32_t)mem, j;
    if (i + nw > c->se) continue;
    for (j = 0; j < nw; j++)
      if (!el_word_at(c, &c->e->mwords[w0 + j], i + j)) break;
    if (j == nw && nw > best) best = nw;
  }
  return best;
}

/* Length of a word element matching at i (0: none). */
static uint32_t word_len_at(const cctx *c, const dyad_pel *el, uint32_t i) {
  if (i >= c->se) return 0;
  switch (el->type) {
    case EL_WORD:
    case EL_STEM: return el_word_at(c, el, i) ? 1 : 0;
    case EL_ALT:
    case EL_SET: return set_at(c, el->arg, i);
    default: return 0;
  }
}

/* Tokens that adjacency looks through: quotation marks and adverbs
   ("sostiene “fermamente” l'operazione", "strongly condemned"). */
static bool transparent(const dyad_token *k) {
  if (k->flags & DYAD_TF_QUOTE) return true;
  size_t n = strlen(k->norm);
  return (n > 6 && !strcmp(k->norm + n - 5, "mente")) || (n > 4 && !strcmp(k->norm + n - 2, "ly"));
}

/* Where an actor or word search stops: clause-closing punctuation and the
   words that open another clause ("while", "mentre").  Found once per token
   of the article (c->bar); barrier() reads the answer. */
static bool is_barrier(const cctx *c, const dyad_token *k) {
  return norm_is(k, ";") || norm_is(k, ":") || norm_is(k, "(") || norm_is(k, ")") || WC(c, k, DYAD_WC_CLAUSE);
}

static bool barrier(const cctx *c, const dyad_token *k) { return c->bar[k - c->tok] != 0; }

/* "dal presidente turco e dal segretario generale", "with Turkey and with
   the UN": the word after the conjunction repeats the preposition that opens
   the first mention (the same word, or both of the agent or genitive class). */
static bool parallel_prep(const cctx *c, uint32_t first, uint32_t k) {
  if (first > c->sb + 1 && WC(c, &c->tok[first - 1], DYAD_WC_ARTICLE)) first--; /* "con la Turchia" */
  if (first <= c->sb) return false;
  const dyad_token *p = &c->tok[first - 1], *q = &c->tok[k];
  if (p->kind != DYAD_TOK_WORD || norm_is(q, ",")) return false;
  if (!strcmp(p->norm, q->norm)) return true;
  return (WC(c, p, DYAD_WC_BY) && WC(c, q, DYAD_WC_BY)) || (WC(c, p, DYAD_WC_GENITIVE) && WC(c, q, DYAD_WC_GENITIVE));
}

/* Is there a coordinating link between mentions k and k+1 ("e", "and", ",",
   with an optional article after it)?  Returns 0 none, 1 a comma, 2 a word. */
static int link_kind(const cctx *c, int k) {
  if ((size_t)k + 1 >= c->nm) return 0;
  const dyad_mention *a = &c->m[k], *b = &c->m[k + 1];
  if (a->sentence != b->sentence) return 0;
  uint32_t i = a->tok_end, j = b->tok_begin;
  if (j < i + 1 || j > i + 3) return 0;
  if (!WC(c, &c->tok[i], DYAD_WC_CONJ)) return 0;
  if (j == i + 2 && !WC(c, &c->tok[i + 1], DYAD_WC_ARTICLE) && !parallel_prep(c, a->tok_begin, i + 1)) return 0;
  if (j == i + 3 && !(parallel_prep(c, a->tok_begin, i + 1) && WC(c, &c->tok[i + 2], DYAD_WC_ARTICLE))) return 0;
  return norm_is(&c->tok[i], ",") ? 1 : 2;
}

/* The mention group (coordinated mentions) around mention mi.  Commas join
   only inside a list closed by a conjunction ("X, Y e Z"), so "gli Usa e
   l'Ue, il regime nordcoreano" is two groups. */
static int group(const cctx *c, int mi, int *out, int max) {
  int lo = mi, hi = mi;
  while (lo > 0 && link_kind(c, lo - 1)) lo--;
  while ((size_t)hi + 1 < c->nm && link_kind(c, hi)) hi++;
  /* a comma link counts only when a word link follows it within the run */
  int first = lo, last = hi;
  for (int k = lo; k < hi; k++) {
    bool keep = link_kind(c, k) == 2;
    for (int q = k + 1; q < hi && !keep; q++) keep = link_kind(c, q) == 2;
    if (!keep) {
      if (k < mi) first = k + 1;
      else if (k < last) last = k;
    }
  }
  int n = 0;
  for (int k = first; k <= last && n < max; k++) out[n++] = k;
  return n;
}

/* Nearest mention ending at or before pos, within the window, no barrier. */
/* Actor search stops at punctuation that closes a clause. */
static int mention_left(const cctx *c, uint32_t pos, uint32_t window, bool adjacent) {
  for (uint32_t i = pos; i > c->sb && pos - i < window; i--) {
    int mi = c->mention_at[i - 1];
    if (mi >= 0) return mi;
    if ((adjacent && !transparent(&c->tok[i - 1])) || barrier(c, &c->tok[i - 1])) return -1;
  }
  return -1;
}

/* Is the mention mi inside a relative clause set off by commas that closes
   before pos ("Putin, che ha ricevuto Kim, ha poi annunciato", "Putin, who
   hosted Kim, later announced")?  Then the clause's antecedent, the actor
   right before its opening comma, is the subject of the verb at pos;
   returns it, or -1. */
static int relative_antecedent(const cctx *c, int mi, uint32_t pos) {
  const dyad_mention *m = &c->m[mi];
  uint32_t cc = m->tok_end;
  while (cc < pos && !norm_is(&c->tok[cc], ",")) cc++;
  if (cc >= pos) return -1;
  /* a gerund after the comma (", suscitando", ", saying") goes on with the
     relative clause */
  if (cc + 1 < c->se) {
    const char *w = c->tok[cc + 1].norm;
    size_t n = strlen(w);
    if (n > 5 && (!strcmp(w + n - 4, "ando") || !strcmp(w + n - 4, "endo") || !strcmp(w + n - 3, "ing"))) return -1;
  }
  for (uint32_t q = m->tok_begin; q > c->sb + 1 && m->tok_begin - q < 10; q--) {
    const dyad_token *k = &c->tok[q - 1];
    if (barrier(c, k)) return -1;
    if (!norm_is(k, ",")) continue;
    /* ", che", ", il quale", ", who" */
    bool rel = false;
    dyad_buf two = DYAD_BUF_INIT;
    for (uint32_t n = 1; n <= 2 && q + n - 1 < m->tok_begin && !rel; n++) {
      dyad_buf_clear(&two);
      for (uint32_t j = q; j < q + n; j++) {
        if (j > q) dyad_buf_putc(&two, ' ');
        dyad_buf_puts(&two, c->tok[j].norm);
      }
      rel = dyad_map_get(&c->ld->relative, two.ptr, two.len) != NULL;
    }
    dyad_buf_free(&two);
    if (!rel) return -1;
    int a = c->mention_at[q - 2];
    return a >= 0 && !(c->m[a].flags & DYAD_MF_PLACE) ? a : -1;
  }
  return -1;
}

/* The nearest mention before pos that can be the subject of the verb at
   pos: a country after "in"/"at" ("the war in Ukraine and warned") is a
   place, and the owner of a noun ("Ukraine's incursion, and warned") is no
   subject of a later verb; both are passed over. */
static int subject_left(const cctx *c, uint32_t pos, uint32_t window, bool adjacent) {
  uint32_t at = pos;
  for (;;) {
    int mi = mention_left(c, at, window - (pos - at), adjacent);
    if (mi < 0 || adjacent) return mi;
    int ante = relative_antecedent(c, mi, pos);
    if (ante >= 0) return ante;
    const dyad_mention *m = &c->m[mi];
    bool place = m->tok_begin > c->sb && WC(c, &c->tok[m->tok_begin - 1], DYAD_WC_LOCATIVE);
    bool owner = m->tok_end + 1 < pos && (norm_is(&c->tok[m->tok_end], "'s") || norm_is(&c->tok[m->tok_end], "s")) &&
                 c->tok[m->tok_end + 1].kind == DYAD_TOK_WORD;
    /* only across a coordinated verb ("... and warned"): "Russia's
       security service said" has its subject */
    bool joined = false;
    for (uint32_t q = pos > m->tok_end + 3 ? pos - 3 : m->tok_end; q < pos && !joined; q++)
      joined = WC(c, &c->tok[q], DYAD_WC_CONJ) && !norm_is(&c->tok[q], ",");
    /* "Russia's ambassador in Berlin(, Sergei Nechayev,) called": the post
       of the actor named right before it */
    bool post = place && m->tok_begin > c->sb + 1 && c->mention_at[m->tok_begin - 2] >= 0 &&
                !(c->m[c->mention_at[m->tok_begin - 2]].flags & DYAD_MF_PLACE);
    if (((!place && !owner) || !joined) && !post) return mi;
    if (pos - m->tok_begin >= window) return -1;
    at = m->tok_begin;
  }
}

static int mention_right_ex(const cctx *c, uint32_t pos, uint32_t window, bool adjacent, bool comma_stops,
                            bool cities) {
  for (uint32_t i = pos; i < c->se && i - pos < window; i++) {
    int mi = c->mention_at[i];
    if (mi >= 0) return mi;
    if (cities && c->city_at[i] >= 0) return c->city_at[i];
    if ((adjacent && !transparent(&c->tok[i])) || barrier(c, &c->tok[i])) return -1;
    if (comma_stops && norm_is(&c->tok[i], ",")) return -1;
    /* ", e Mosca per...", ", and Moscow": a new coordinate clause */
    if (norm_is(&c->tok[i], ",") && i + 1 < c->se && WC(c, &c->tok[i + 1], DYAD_WC_CONJ) &&
        !norm_is(&c->tok[i + 1], ","))
      return -1;
  }
  return -1;
}

static int mention_right(const cctx *c, uint32_t pos, uint32_t window, bool adjacent) {
  return mention_right_ex(c, pos, window, adjacent, false, false);
}

/* The subject a clause leaves unsaid or names by a pronoun ("He later
   signed...", "Ha poi annunciato..."): the speaker named after the clause
   (", the Kremlin said", ", said the Kremlin"), else the actor that opens the previous
   sentence.  Only when the words before the trigger are a pronoun or
   auxiliaries at the start of the sentence, or the opening actor of this
   sentence when the verb is joined to an earlier one by a conjunction. */
static int carried_subject(const cctx *c, uint32_t tb) {
  uint32_t i = tb;
  bool pron = false, conj = false;
  while (i > c->sb) {
    const dyad_token *k = &c->tok[i - 1];
    if (WC(c, k, DYAD_WC_PRONOUN)) { pron = true; i--; break; }
    if (!WC(c, k, DYAD_WC_CARRY) && !WC(c, k, DYAD_WC_PASSIVE) && !transparent(k)) break;
    if (WC(c, k, DYAD_WC_CONJ) && !norm_is(k, ",")) conj = true;
    i--;
  }
  if (!pron && i != c->sb) {
    /* "Il governo tedesco ha annunciato ... e ha chiesto a Mosca": a verb
       joined by "e"/"and" shares the sentence's opening actor */
    if (!conj) return -1;
    for (size_t m = 0; m < c->nm; m++) {
      if (c->m[m].sentence != c->tok[c->sb].sentence) continue;
      if (c->m[m].tok_begin > c->sb + 6 || c->m[m].tok_end > tb || (c->m[m].flags & DYAD_MF_PLACE)) return -1;
      return (int)m;
    }
    return -1;
  }
  /* "It condemned the strikes, the Kremlin said": the speaker named after
     the clause, before the speech verb */
  for (size_t m = 0; pron && m < c->nm; m++) {
    const dyad_mention *x = &c->m[m];
    if (x->sentence != c->tok[c->sb].sentence || x->tok_begin <= tb || x->tok_end >= c->se || (x->flags & DYAD_MF_PLACE))
      continue;
    uint32_t b = x->tok_begin;
    if (b > c->sb && WC(c, &c->tok[b - 1], DYAD_WC_ARTICLE)) b--;
    if (b > c->sb && norm_is(&c->tok[b - 1], ",") &&
        dyad_map_get(&c->ld->speech, c->tok[x->tok_end].norm, strlen(c->tok[x->tok_end].norm)))
      return (int)m;
    /* "..., said the Kremlin" */
    if (b > c->sb + 1 && norm_is(&c->tok[b - 2], ",") &&
        tok_in(c, &c->ld->speech, b - 1))
      return (int)m;
  }
  /* the previous sentence's opening actor */
  uint32_t s = c->tok[c->sb].sentence;
  if (s == 0) return -1;
  const dyad_sentence *ps = &c->doc->sentences[s - 1];
  for (size_t m = 0; m < c->nm; m++) {
    if (c->m[m].sentence != s - 1) continue;
    if (c->m[m].tok_begin > ps->tok_begin + 6 || (c->m[m].flags & DYAD_MF_PLACE)) return -1;
    return (int)m;
  }
  return -1;
}

/* The owner of "sua"/"his" before a nominal trigger ("Putin ... nella sua
   prima visita in Corea del Nord"): the actor that opens this sentence,
   else the subject carried over from the previous one. */
static int possessor(const cctx *c, uint32_t pos) {
  for (size_t m = 0; m < c->nm; m++) {
    if (c->m[m].sentence != c->tok[c->sb].sentence) continue;
    if (c->m[m].tok_begin > c->sb + 6 || c->m[m].tok_end > pos) break;
    if (c->m[m].flags & DYAD_MF_PLACE) continue;
    return (int)m;
  }
  uint32_t s = c->tok[c->sb].sentence;
  if (s == 0) return -1;
  const dyad_sentence *ps = &c->doc->sentences[s - 1];
  for (size_t m = 0; m < c->nm; m++) {
    if (c->m[m].sentence != s - 1) continue;
    if (c->m[m].tok_begin > ps->tok_begin + 6 || (c->m[m].flags & DYAD_MF_PLACE)) return -1;
    return (int)m;
  }
  return -1;
}

/* Inside a quote, an act with no actor before it is the speaker's own
   ("Apprezziamo molto che...", ha scritto Putin). */
static int quote_speaker(const cctx *c, uint32_t tb) {
  const dyad_doc *d = c->doc;
  uint32_t at = c->tok[tb].span.start;
  for (size_t q = 0; q < d->n_quotes; q++) {
    const dyad_quote *x = &d->quotes[q];
    if (at < x->span.start || at >= x->span.end || x->speaker < 0) continue;
    for (size_t m = 0; m < c->nm; m++)
      if (c->m[m].span.start >= x->span.start && c->m[m].span.end <= at) return -1;
    /* a quoted phrase inside a sentence that names its own actors before it
       ("assicura a Kim l'appoggio contro «le minacce...»") is not the
       speaker's first-person act */
    for (size_t m = 0; m < c->nm; m++)
      if (c->m[m].sentence == c->tok[tb].sentence && c->m[m].span.end <= x->span.start &&
          !(c->m[m].flags & DYAD_MF_PLACE))
        return -1;
    return x->speaker;
  }
  return -1;
}

/* Codes whose target may be named as a place ("la visita in Corea del Nord",
   "attacchi in Ucraina"): visits, aid, yielding ("a halt to military
   operations in Georgia"), investigations and material conflict. */
static bool place_target_ok(const char *code) {
  int r = (code[0] - '0') * 10 + (code[1] - '0');
  return !strncmp(code, "042", 3) || !strncmp(code, "043", 3) || r == 7 || r == 8 || r == 9 || r >= 14;
}

/* Codes whose target may be a city that is no actor ("ha bombardato
   Kharkiv", "a missile strike on Lviv"): the country of the city is hit.
   Assaults, fighting and mass violence; a withdrawal ("pulled out of
   Kherson") leaves the city's country. */
static bool city_target_ok(const char *code) {
  return !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2) || !strncmp(code, "087", 3);
}

/* Codes whose target may be a site or a city standing for its country in
   any construction ("ha ispezionato la centrale di Kursk", "inspectors
   entered the Zaporizhzhia plant"): inspections and investigations. */
static bool site_target_ok(const char *code) { return !strncmp(code, "09", 2); }

/* A word that names a first-level region ("regione", "oblast", "province")
   at token i. */
static bool region_word(const cctx *c, uint32_t i) {
  return i < c->se && tok_in(c, &c->ld->region, i) != NULL;
}

/* Is the place of mention mi (a city, or a capital used as a place) what
   an attack struck ("missiles at Kyiv", "su Leopoli"), rather than where it
   happened ("in Tehran", "a Damasco": data/lang "within"), a place on a noun
   ("all'aeroporto di Baghdad") or the owner of one ("Baghdad's airport")? */
static bool struck_place(const cctx *c, int mi, uint32_t te) {
  const dyad_mention *m = &c->m[mi];
  if (m->tok_begin > c->sb) {
    uint32_t q = m->tok_begin - 1;
    if (WC(c, &c->tok[q], DYAD_WC_ARTICLE) && q > c->sb) q--;
    const dyad_token *k = &c->tok[q];
    /* "la regione di Zaporizhzhia", "the region of Kharkiv": the region is
       the place struck */
    bool of_region = WC(c, k, DYAD_WC_GENITIVE) && q > c->sb && region_word(c, q - 1);
    if (of_region && q - 1 > c->sb) { /* "nella regione di X" is where, not what */
      uint32_t r = q - 2;
      if (WC(c, &c->tok[r], DYAD_WC_ARTICLE) && r > c->sb) r--;
      of_region = !tok_in(c, &c->ld->within, r);
    }
    /* "the shelling of Kharkiv": "of" right after a nominal trigger names
       what it strikes */
    if (q == te && WC(c, k, DYAD_WC_GENITIVE) && WC(c, &c->tok[te - 1], DYAD_WC_ACT)) of_region = true;
    if (!of_region && (WC(c, k, DYAD_WC_GENITIVE) || dyad_map_get(&c->ld->within, k->norm, strlen(k->norm))))
      return false;
  }
  return !(m->tok_end < c->se && (norm_is(&c->tok[m->tok_end], "'s") || norm_is(&c->tok[m->tok_end], "s")));
}

static bool participle_after_aux(const cctx *c, uint32_t i);

/* Is token k a one-word trigger of mediation (045: "mediazione", "brokered")? */
static bool mediation_word(const cctx *c, uint32_t k) {
  if (c->tok[k].kind != DYAD_TOK_WORD) return false;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t t = dyad_event_head(c->e, pass, pass ? c->tok[k].stem : c->tok[k].norm); t != NO_ID; t = c->e->trig[t].next) {
      const dyad_block *bl = &c->e->blocks[c->e->trig[t].block];
      const char *code = bl->code[0] ? bl->code : (bl->n_p ? c->e->pats[bl->p0 + bl->n_p - 1].code : "");
      if (c->e->trig[t].n_w == 1 && !strncmp(code, "045", 3)) return true;
    }
  return false;
}

/* Is mention mi the mediator of a mediation phrase ("con la mediazione della
   Turchia", "mediato dalla Turchia", "with Turkish mediation", "brokered by
   China"), not a party of the act before it? */
static bool mediator_mention(const cctx *c, int mi) {
  const dyad_mention *m = &c->m[mi];
  if (m->tok_end < c->se && mediation_word(c, m->tok_end)) return true;
  for (uint32_t k = m->tok_begin, n = 0; k > c->sb && n < 3; k--, n++) {
    if (mediation_word(c, k - 1)) return true;
    const dyad_token *x = &c->tok[k - 1];
    if (!WC(c, x, DYAD_WC_ARTICLE) && !WC(c, x, DYAD_WC_GENITIVE) && !WC(c, x, DYAD_WC_BY)) return false;
  }
  return false;
}

typedef struct binding {
  int src, tgt;            /* mention indexes or -1 */
  bool both;               /* '%': coordinated partners code each other */
  const dyad_pattern *pat;
  uint32_t wend;           /* end of the object words matched after the trigger */
} binding;

/* Does a weekday or a month name stand at i ("on Sunday", "in March")? */
static bool date_after(const cctx *c, uint32_t i) {
  if (i >= c->se) return false;
  const char *w = c->tok[i].norm;
  return dyad_map_get(&c->ld->weekday, w, strlen(w)) || dyad_map_get(&c->ld->month, w, strlen(w));
}

/* Tries a pattern around the trigger [tb, te). */
static bool try_pattern(const cctx *c, const dyad_pattern *p, uint32_t tb, uint32_t te, binding *b) {
  const dyad_pel *el = &c->e->els[p->el0];
  uint32_t ti = 0;
  while (ti < p->n_el && el[ti].type != EL_TRIGGER) ti++;
  b->src = b->tgt = -1;
  b->both = false;
  b->pat = p;
  b->wend = te;
  /* leftwards */
  uint32_t pos = tb;
  bool adj = ti < p->n_el && el[ti].adjacent;
  for (uint32_t k = ti; k-- > 0;) {
    const dyad_pel *x = &el[k];
    if (x->type == EL_SOURCE || x->type == EL_TARGET || x->type == EL_BOTH) {
      int mi;
      if (x->type == EL_SOURCE && pos < tb && WC(c, &c->tok[pos], DYAD_WC_POSSESSIVE)) {
        mi = possessor(c, pos); /* "$ sua * a +": the owner, not the nearest actor */
        if (mi < 0) return false;
        b->src = mi;
        pos = c->m[mi].tok_begin;
        adj = x->adjacent;
        continue;
      }
      /* "during its surprise attack on Israel": a possessive before an
         adjective and a nominal trigger names the owner */
      if (x->type == EL_SOURCE && k + 1 == ti && pos == tb && tb > c->sb + 1 && WC(c, &c->tok[tb], DYAD_WC_ACT) &&
          WC(c, &c->tok[tb - 2], DYAD_WC_POSSESSIVE) && c->tok[tb - 1].kind == DYAD_TOK_WORD &&
          !(c->tok[tb - 1].flags & DYAD_TF_UPPER) && c->mention_at[tb - 1] < 0) {
        mi = possessor(c, tb - 2);
        if (mi < 0) return false;
        b->src = mi;
        pos = c->m[mi].tok_begin;
        adj = x->adjacent;
        continue;
      }
      mi = x->type == EL_SOURCE ? subject_left(c, pos, SOURCE_WINDOW, adj) : mention_left(c, pos, TARGET_WINDOW, adj);
      if (mi < 0 && x->type == EL_SOURCE && k == 0) mi = quote_speaker(c, tb);
      /* "Pyongyang le ha bollate ... e ha avvertito che reagirà": the
         subject a verb joined by "e" shares, found from the verb */
      if (mi < 0 && x->type == EL_SOURCE && k == 0) mi = carried_subject(c, pos);
      if (mi < 0) return false;
      /* "assicura a Kim l'appoggio contro le minacce degli Stati Uniti": an
         act named after "contro"/"against" is not the subject's own */
      if (x->type == EL_SOURCE)
        for (uint32_t q = c->m[mi].tok_end; q < pos; q++)
          if (WC(c, &c->tok[q], DYAD_WC_AGAINST)) return false;
      /* "il movimento sostenuto dall'Iran ha avvertito", "a militia backed by
         Iran warned": the agent of a participle is no subject of a later verb */
      bool pass_v = false; /* a passive verb finds its agent after it */
      for (uint32_t q = tb; q > c->sb && tb - q < 3 && !pass_v; q--) pass_v = WC(c, &c->tok[q - 1], DYAD_WC_PASSIVE);
      for (uint32_t q = te; q < c->se && q < te + 5 && !pass_v; q++) pass_v = WC(c, &c->tok[q], DYAD_WC_BY);
      /* "ha rotto le relazioni con Taiwan e ha riconosciuto Pechino", "lodged a
         protest with Beijing and called on it": across "e"/"and" and
         auxiliaries, an actor that a word governs is the object of the first
         verb; the second shares the sentence's subject */
      if (x->type == EL_SOURCE && c->m[mi].tok_end <= tb && c->m[mi].tok_begin > c->sb && !pass_v) {
        uint32_t q = c->m[mi].tok_begin;
        if (WC(c, &c->tok[q - 1], DYAD_WC_ARTICLE)) q--;
        const dyad_token *gov = q > c->sb ? &c->tok[q - 1] : NULL;
        bool governed = gov && gov->kind == DYAD_TOK_WORD && !WC(c, gov, DYAD_WC_CONJ) && c->mention_at[q - 1] < 0;
        bool conj = false, only_carry = true;
        for (uint32_t r = c->m[mi].tok_end; r < pos && only_carry; r++) {
          /* "e", not "è" (folded alike) */
          if (WC(c, &c->tok[r], DYAD_WC_CONJ) && !norm_is(&c->tok[r], ",") && (unsigned char)c->text[c->tok[r].span.start] < 0x80)
            conj = true;
          else if (!WC(c, &c->tok[r], DYAD_WC_CARRY) && !WC(c, &c->tok[r], DYAD_WC_AUX) && !transparent(&c->tok[r])) only_carry = false;
        }
        if (governed && conj && only_carry) {
          int subj = carried_subject(c, pos);
          if (subj < 0 || subj == mi) return false;
          mi = subj;
        }
      }
      if (x->type == EL_SOURCE && c->m[mi].tok_end <= tb && !pass_v) {
        uint32_t q = c->m[mi].tok_begin;
        if (q > c->sb && WC(c, &c->tok[q - 1], DYAD_WC_ARTICLE)) q--;
        if (q > c->sb + 1 && WC(c, &c->tok[q - 1], DYAD_WC_BY) && c->tok[q - 2].kind == DYAD_TOK_WORD &&
            c->mention_at[q - 2] < 0 && !WC(c, &c->tok[q - 2], DYAD_WC_CONJ))
          return false;
      }
      /* the outermost actor of a pattern, found by the search, must not hang
         on a noun ("le risoluzioni del Consiglio ... sostenere") */
      if (k == 0 && c->m[mi].tok_begin > c->sb && WC(c, &c->tok[c->m[mi].tok_begin - 1], DYAD_WC_GENITIVE) &&
          /* a counted crowd acts ("Migliaia di manifestanti cinesi hanno...") */
          !(c->m[mi].tok_begin > c->sb + 1 && WC(c, &c->tok[c->m[mi].tok_begin - 2], DYAD_WC_QUANT)))
        return false;
      /* "Xi and Putin met in Moscow and signed": the place of an act other
         than a visit or an attack is none of its parties */
      if (x->type == EL_TARGET && (size_t)mi < c->nm && (c->m[mi].flags & DYAD_MF_PLACE) &&
          strncmp(p->code, "042", 3) != 0 && strncmp(p->code, "074", 3) != 0 && !city_target_ok(p->code) &&
          /* "è stato convocato alla Farnesina": the passive gives the seat */
          !((!strncmp(p->code, "04", 2) || !strncmp(p->code, "17", 2) || !strncmp(p->code, "110", 3)) &&
            participle_after_aux(c, tb)))
        return false;
      if (x->type == EL_TARGET) b->tgt = mi;
      else b->src = mi;
      if (x->type == EL_BOTH) b->both = true;
      pos = c->m[mi].tok_begin;
    } else {
      bool found = false;
      /* the length matched at each start before pos, asked once: the
         windows of successive ends overlap */
      uint32_t from = pos, at_len[WORD_WINDOW + 4];
      for (uint32_t q = 0; q < WORD_WINDOW + 4; q++) at_len[q] = UINT32_MAX;
      for (uint32_t i = pos; i > c->sb && pos - i < WORD_WINDOW; i--) {
        uint32_t len = 0;
        /* a member ending at i */
        for (uint32_t s = i; s-- > c->sb && i - s <= 4;) {
          uint32_t *l = &at_len[from - 1 - s];
          if (*l == UINT32_MAX) *l = word_len_at(c, x, s);
          if (*l && s + *l == i) { len = *l; pos = s; break; }
        }
        if (len) { found = true; break; }
        if (adj || barrier(c, &c->tok[i - 1])) break;
      }
      if (!found) return false;
    }
    adj = x->adjacent;
  }
  /* a relation named only as the complement of another noun ("l'approfondimento
     della cooperazione tra Russia e Corea del Nord", "the deepening of
     cooperation between") is no act of its own */
  if (ti == 0 && p->n_el > 1 && el[1].type != EL_SOURCE && tb > c->sb && WC(c, &c->tok[tb - 1], DYAD_WC_GENITIVE) &&
      tb > c->sb + 1 && c->tok[tb - 2].kind == DYAD_TOK_WORD && c->mention_at[tb - 2] < 0)
    return false;
  /* rightwards */
  pos = te;
  for (uint32_t k = ti + 1; k < p->n_el; k++) {
    const dyad_pel *x = &el[k];
    bool a = x->adjacent;
    if (x->type == EL_SOURCE || x->type == EL_TARGET || x->type == EL_BOTH) {
      /* an actor that a preposition of the pattern introduces belongs to
         its phrase ("di Putin", "su alluminio e acciaio per il Canada"), not
         to a clause after a comma */
      bool after_word = k > ti + 1 && el[k - 1].type != EL_SOURCE && el[k - 1].type != EL_TARGET &&
                        el[k - 1].type != EL_BOTH;
      /* "ha bombardato Kharkiv", "struck Odesa": the target of an attack
         may be a city, standing for its country */
      int mi = mention_right_ex(c, pos, TARGET_WINDOW, a, after_word,
                                x->type == EL_TARGET && (city_target_ok(p->code) || site_target_ok(p->code)));
      /* "hanno firmato a Palazzo Chigi un protocollo", "signed at the
         White House": a seat named as the place of an act that cannot
         take a place as target is passed over, not bound */
      while (mi >= 0 && (size_t)mi < c->nm && x->type == EL_TARGET && !a && (c->m[mi].flags & DYAD_MF_PLACE) &&
             strncmp(p->code, "042", 3) != 0 && strncmp(p->code, "074", 3) != 0 && !city_target_ok(p->code) &&
             c->m[mi].tok_end < pos + TARGET_WINDOW &&
             !participle_after_aux(c, tb)) /* "detained in Moscow": the seat may be the captor */
        mi = mention_right_ex(c, c->m[mi].tok_end, pos + TARGET_WINDOW - c->m[mi].tok_end, a, true, false);
      if (mi < 0) return false;
      /* "hanno firmato un accordo con la mediazione della Turchia": the
         mediator is no party of the act */
      if (x->type == EL_TARGET && (size_t)mi < c->nm && strncmp(p->code, "045", 3) != 0 && mediator_mention(c, mi))
        return false;
      /* "hanno firmato gli accordi, sotto lo sguardo di Trump", "signed the
         accords, in the presence of Trump": past a comma, an actor that
         hangs on a noun is no target of the act */
      if (x->type == EL_TARGET && (size_t)mi < c->nm && c->m[mi].tok_begin > pos && !city_target_ok(p->code) &&
          WC(c, &c->tok[c->m[mi].tok_begin - 1], DYAD_WC_GENITIVE)) {
        bool comma = false;
        for (uint32_t q = pos; q < c->m[mi].tok_begin && !comma; q++) comma = norm_is(&c->tok[q], ",");
        if (comma) return false;
      }
      /* "ucciso centinaia di civili a Bucha": the town of a massacre is
         the country whose people were killed; a pattern marked "place" that
         names the site before the city ("il centro di Odessa") has said what
         was struck */
      if (x->type == EL_TARGET && city_target_ok(p->code) && ((size_t)mi >= c->nm || (c->m[mi].flags & DYAD_MF_PLACE)) &&
          strncmp(p->code, "20", 2) != 0 && !(p->place_target && after_word) && !struck_place(c, mi, te))
        return false;
      /* "le minacce militari degli Stati Uniti": an actor whose name takes in
         the trigger's own word owns the act, it does not suffer it */
      if (x->type == EL_TARGET && c->m[mi].tok_begin < te) return false;
      /* "l'invasione russa": an adjective right after the trigger is the
         agent; "in Svizzera" after a statement or meeting is a place */
      if (x->type == EL_TARGET && c->m[mi].tok_begin == te && (c->m[mi].flags & DYAD_MF_DEMONYM) &&
          !(c->tok[te].flags & DYAD_TF_UPPER))
        return false; /* a capitalized demonym ("accused Ukrainian services") modifies the object */
      /* ... unless the preposition is the trigger's own last word ("lashed
         out at Japan", "took aim at Seoul") */
      if (x->type == EL_TARGET && c->m[mi].tok_begin > c->sb && c->m[mi].tok_begin > te &&
          WC(c, &c->tok[c->m[mi].tok_begin - 1], DYAD_WC_LOCATIVE) && !place_target_ok(p->code) && !p->place_target)
        return false;
      /* a place that emit() would not take as the target ("hanno firmato a
         Palazzo Chigi un protocollo") leaves the other patterns to try; an
         arrest's place may yet be the captor, through the passive */
      if (x->type == EL_TARGET && (size_t)mi < c->nm && (c->m[mi].flags & DYAD_MF_PLACE) && strncmp(p->code, "17", 2) != 0 &&
          !city_target_ok(p->code) && !site_target_ok(p->code) && !p->place_target) {
        /* a host receives a guest, not the seat where it receives him
           ("Macron riceve Zelensky all'Eliseo"), unless the clause is passive
           ("è stato ricevuto al Cremlino": the seat is the host) */
        bool passive = false;
        for (uint32_t q = tb; q > c->sb && tb - q < 3; q--)
          if (WC(c, &c->tok[q - 1], DYAD_WC_PASSIVE)) passive = true;
        if ((strncmp(p->code, "04", 2) != 0 && strncmp(p->code, "074", 3) != 0 &&
             !(passive && !strncmp(p->code, "110", 3))) ||
            (!strcmp(p->code, "043") && !passive))
          return false; /* "police officers arrived in Port-au-Prince to lead a mission": the force's host */
      }
      if (x->type == EL_SOURCE) b->src = mi;
      else b->tgt = mi;
      if (x->type == EL_BOTH) { b->both = true; b->src = mi; }
      pos = c->m[mi].tok_end;
    } else {
      bool found = false;
      /* a quoted phrase ("un cessate il fuoco «completo e totale» tra") does
         not count toward the window */
      uint32_t quoted = 0, amount = 0;
      for (uint32_t i = pos; i < c->se && i - pos < WORD_WINDOW + quoted + amount; i++) {
        if ((c->tok[i].flags & DYAD_TF_QUOTE) && quoted < 8) quoted++;
        /* nor does an amount ("tariffs of more than 80 percent on", "a loan
           of $1.5 billion to"): the number and the unit after it */
        if (amount < 4 && (c->tok[i].kind == DYAD_TOK_NUMBER || (i > pos && c->tok[i - 1].kind == DYAD_TOK_NUMBER)))
          amount++;
        uint32_t l = word_len_at(c, x, i);
        /* "declared martial law on Sunday after fighting broke out with
           Azerbaijan": a preposition that opens a date is not the one the
           pattern names */
        if (l && !a && k + 1 < p->n_el &&
            (el[k + 1].type == EL_SOURCE || el[k + 1].type == EL_TARGET || el[k + 1].type == EL_BOTH) &&
            date_after(c, i + l))
          l = 0;
        if (l) {
          pos = i + l;
          found = true;
          /* an object word ("le accuse", "sanzioni" before "contro", "di
             bombardare" before the target), not the preposition that opens
             the actor after it */
          const dyad_token *w = &c->tok[i];
          bool before_actor = k + 1 < p->n_el && (el[k + 1].type == EL_SOURCE || el[k + 1].type == EL_TARGET ||
                                                  el[k + 1].type == EL_BOTH);
          bool function_word = strlen(w->norm) <= 5 ||
                               WC(c, w, DYAD_WC_GENITIVE | DYAD_WC_BY | DYAD_WC_LOCATIVE | DYAD_WC_PLACE |
                                            DYAD_WC_SEATPREP | DYAD_WC_AGAINST | DYAD_WC_ARTICLE);
          if (!before_actor || !function_word) b->wend = pos;
          break;
        }
        if (a || barrier(c, &c->tok[i])) break;
      }
      if (!found) return false;
    }
  }
  return true;
}

/* ---- dates ------------------------------------------------------------------ */

/* Does the sentence speak of the future ("will meet on Friday", "si
   incontreranno lunedì prossimo")?  Words of data/lang class.future. */
static bool future_sentence(const cctx *c) {
  for (uint32_t i = c->sb; i < c->se; i++)
    if (WC(c, &c->tok[i], DYAD_WC_FUTURE)) return true;
  return false;
}

/* The month named at token i (0: none); three-letter short forms ("mar",
   "may" aside) are too ambiguous to trust. */
static int month_at(const cctx *c, const dyad_lang_data *ld, uint32_t i) {
  if (!ld || i >= c->se || c->tok[i].kind != DYAD_TOK_WORD) return 0;
  const char *w = c->tok[i].norm;
  uint32_t *mon = dyad_map_get(&ld->month, w, strlen(w));
  return mon && strlen(w) > 3 ? (int)*mon : 0;
}

static int day_number_at(const cctx *c, uint32_t i) {
  if (i < c->sb || i >= c->se || c->tok[i].kind != DYAD_TOK_NUMBER || strlen(c->tok[i].norm) > 2) return 0;
  int v = atoi(c->tok[i].norm);
  return v >= 1 && v <= 31 ? v : 0;
}

/* "the week", "il mese", "l'anno" with "last"/"scorso" or "next"/"prossimo"
   next to it: -1 or +1 (0: neither), and the unit (1 week, 2 month, 3 year). */
static int relative_unit(const cctx *c, uint32_t i, int *unit) {
  int dw = dyad_date_word(c->d, c->tok[i].norm);
  *unit = dw == DYAD_DW_WEEK ? 1 : dw == DYAD_DW_MONTH ? 2 : dw == DYAD_DW_YEAR ? 3 : 0;
  if (!*unit) return 0;
  if (i + 1 < c->se && (norm_is(&c->tok[i + 1], "'s") || norm_is(&c->tok[i + 1], "s"))) return 0; /* "last year's deal" */
  for (int side = 0; side < 2; side++) {
    uint32_t k = side ? i + 1 : i - 1;
    if (side == 0 && i == c->sb) continue;
    if (k >= c->se) continue;
    if (WC(c, &c->tok[k], DYAD_WC_PAST)) return -1;
    if (WC(c, &c->tok[k], DYAD_WC_FUTURE)) return 1;
  }
  return 0;
}

/* The date the sentence states, resolved against the article's date, else
   the article's date: today/yesterday/tomorrow, a weekday (the latest one
   on or before the article's date, the next one in a sentence about the
   future), a day and month ("il 19 dicembre", "December 19"), last or next
   week, month or year, a month ("lo scorso settembre", "a febbraio") and a
   year ("nel 2022"). */
static bool date_at(const cctx *c, const dyad_lang_data *ld, uint32_t i, int *fut, dyad_date *res) {
  dyad_date base = c->date, out = base;
  {
    const dyad_token *k = &c->tok[i];
    const char *w = k->norm;
    if (base.prec == DYAD_DATE_DAY) {
      int dw = dyad_date_word(c->d, w); /* oggi, today, stasera, tonight...: vocab.c */
      if (dw == DYAD_DW_TODAY) return *res = base, true;
      if (dw == DYAD_DW_YESTERDAY) return *res = dyad_date_add_days(base, -1), true;
      if (dw == DYAD_DW_TOMORROW) return *res = dyad_date_add_days(base, 1), true;
      /* a weekday: "lunedì", "on Monday", "martedì sera", "next Friday" */
      uint32_t *wd = ld && strlen(w) >= 5 ? dyad_map_get(&ld->weekday, w, strlen(w)) : NULL;
      if (wd && k->kind == DYAD_TOK_WORD) {
        int dir = -1;
        bool marked = false;
        for (uint32_t q = i > c->sb ? i - 1 : i; q <= i + 1 && q < c->se; q++) {
          if (q == i) continue;
          if (WC(c, &c->tok[q], DYAD_WC_PAST)) { dir = -1; marked = true; }
          else if (WC(c, &c->tok[q], DYAD_WC_FUTURE)) { dir = 1; marked = true; }
        }
        if (!marked) {
          if (*fut == -2) *fut = future_sentence(c);
          dir = *fut ? 1 : -1;
        }
        dyad_date d = dyad_date_to_weekday(base, (int)*wd, dir);
        /* "next Monday" said on a Monday is a week on */
        if (marked && d.day == base.day && d.month == base.month) d = dyad_date_add_days(d, 7 * dir);
        return *res = d, true;
      }
    }
    /* "il 19 dicembre", "19 December", "December 19" (a year may follow) */
    int mon = month_at(c, ld, i);
    if (mon && base.prec >= DYAD_DATE_YEAR) {
      int day = day_number_at(c, i - 1);
      uint32_t after = i + 1;
      if (!day) {
        day = day_number_at(c, i + 1);
        after = i + 2;
      }
      if (day) {
        dyad_date d = base;
        d.month = (int8_t)mon;
        d.day = (int8_t)day;
        d.prec = DYAD_DATE_DAY;
        if (after < c->se && norm_is(&c->tok[after], ",")) after++;
        if (after < c->se && c->tok[after].kind == DYAD_TOK_NUMBER && strlen(c->tok[after].norm) == 4) {
          d.year = (int16_t)atoi(c->tok[after].norm);
        } else if (base.prec >= DYAD_DATE_MONTH) {
          if (*fut == -2) *fut = future_sentence(c);
          /* "il 19 dicembre" in a January article is last December; a
             future date before the article's is next year's */
          if (!*fut && (mon > base.month || (mon == base.month && base.prec == DYAD_DATE_DAY && day > base.day))) d.year--;
          else if (*fut && (mon < base.month || (mon == base.month && base.prec == DYAD_DATE_DAY && day < base.day))) d.year++;
        }
        if (dyad_date_weekday(&d)) return *res = d, true; /* a real day ("31 febbraio" is not) */
      }
    }
    /* last week, la settimana scorsa, next month, l'anno scorso */
    int unit = 0, rel = k->kind == DYAD_TOK_WORD ? relative_unit(c, i, &unit) : 0;
    if (rel && unit == 1 && base.prec == DYAD_DATE_DAY) {
      dyad_date d = dyad_date_add_days(base, 7 * rel);
      d.day = 0;
      d.prec = DYAD_DATE_MONTH;
      return *res = d, true;
    }
    if (rel && unit == 2 && base.prec >= DYAD_DATE_MONTH) return *res = dyad_date_add_months(base, rel), true;
    if (rel && unit == 3 && base.prec >= DYAD_DATE_YEAR) {
      out.year = (int16_t)(base.year + rel);
      out.month = out.day = 0;
      out.prec = DYAD_DATE_YEAR;
      return *res = out, true;
    }
    /* nel 2022, in 2022 */
    if (k->kind == DYAD_TOK_NUMBER && strlen(w) == 4 && i > c->sb) {
      const char *p = c->tok[i - 1].norm;
      int y = atoi(w);
      if (y >= 1900 && y <= 2100 && (!strcmp(p, "nel") || !strcmp(p, "in") || !strcmp(p, "del"))) {
        out.year = (int16_t)y;
        out.month = out.day = 0;
        out.prec = DYAD_DATE_YEAR;
        return *res = out, true;
      }
    }
    /* lo scorso settembre, last September, a febbraio */
    if (mon && base.prec >= DYAD_DATE_MONTH && i > c->sb) {
      const char *p = c->tok[i - 1].norm;
      bool last = !strcmp(p, "scorso") || !strcmp(p, "last") || !strcmp(p, "a") ||
                  !strcmp(p, "in") || !strcmp(p, "lo") || (i > c->sb + 1 && !strcmp(c->tok[i - 2].norm, "scorso"));
      if (last) {
        out.year = base.year;
        out.month = (int8_t)mon;
        out.day = 0;
        out.prec = DYAD_DATE_MONTH;
        if (mon > base.month || ((!strcmp(p, "scorso") || !strcmp(p, "last")) && mon == base.month))
          out.year--;
        return *res = out, true;
      }
    }
  }
  return false;
}

/* The date of the act whose trigger starts at tb: the nearest date the
   sentence states in the trigger's own clause (no comma between them), else
   one that dates the whole sentence, else the sentence's only day when no
   subordinate clause holds it ("hosted X at Camp David on Friday, and the
   three leaders agreed...", but not "..., after Georgia attacked on
   Thursday"), else the article's. */
static dyad_date sentence_date(const cctx *c, const dyad_lang_data *ld, uint32_t tb) {
  date_memo *dm = c->dates;
  if (dm->sb != c->sb) {
    int fut = -2; /* not yet looked at */
    dm->sb = c->sb;
    dm->n = 0;
    for (uint32_t i = c->sb; i < c->se; i++)
      if (date_at(c, ld, i, &fut, &dm->val[dm->n])) dm->tok[dm->n++] = i;
  }
  dyad_date best = c->date, d;
  uint32_t best_dist = UINT32_MAX;
  /* the only date, when no subordinate clause holds it */
  bool only_free = dm->n == 1;
  for (uint32_t q = dm->n ? dm->tok[0] : c->sb; only_free && q-- > c->sb && !norm_is(&c->tok[q], ",");)
    only_free = !(ld && dyad_map_get(&ld->subordinate, c->tok[q].norm, strlen(c->tok[q].norm)));
  for (uint32_t di = 0; di < dm->n; di++) {
    uint32_t i = dm->tok[di];
    d = dm->val[di];
    uint32_t lo = i < tb ? i : tb, hi = i < tb ? tb : i, dist = hi - lo;
    /* a date opening the sentence, set off by commas ("..., domenica, Hamas
       ha liberato") or on the verb that reports it ("said on Saturday")
       dates the whole sentence */
    bool open = (i < tb && i <= c->sb + 2) ||
                (i > c->sb && i + 1 < c->se && norm_is(&c->tok[i - 1], ",") && norm_is(&c->tok[i + 1], ","));
    for (uint32_t q = i > c->sb + 3 ? i - 3 : c->sb; q < i && !open; q++)
      open = ld && dyad_map_get(&ld->speech, c->tok[q].norm, strlen(c->tok[q].norm)) != NULL;
    for (uint32_t q = lo; q < hi && !open; q++)
      if (norm_is(&c->tok[q], ",") || barrier(c, &c->tok[q])) dist = UINT32_MAX;
    if (dist < best_dist || (open && best_dist == UINT32_MAX)) {
      best = d;
      best_dist = open ? UINT32_MAX - 1 : dist;
    }
  }
  if (best_dist == UINT32_MAX && only_free && dm->val[0].prec == DYAD_DATE_DAY) best = dm->val[0];
  return best;
}

/* The dateline's day refines an article date of lower precision. */
static dyad_date refine_date(const dyad_doc *doc, const dyad_lang_data *ld) {
  dyad_date d = doc->article->date;
  if (!doc->n_sentences || !(doc->sentences[0].flags & DYAD_SF_DATELINE) || !ld) return d;
  const dyad_sentence *s = &doc->sentences[0];
  int day = 0, month = 0, year = 0;
  for (uint32_t i = s->tok_begin; i < s->tok_end && doc->tokens[i].span.end <= s->dateline.end; i++) {
    const dyad_token *k = &doc->tokens[i];
    uint32_t *mon = dyad_map_get(&ld->month, k->norm, strlen(k->norm));
    if (mon) month = (int)*mon;
    else if (k->kind == DYAD_TOK_NUMBER) {
      int v = atoi(k->norm);
      if (v >= 1 && v <= 31 && !day) day = v;
      else if (v >= 1900 && v <= 2100) year = v;
    }
  }
  if (!month || !day) return d;
  if (!year) year = d.year;
  if (!year || (d.prec >= DYAD_DATE_MONTH && (d.year != year || d.month != month))) return d;
  if (d.prec == DYAD_DATE_DAY) return d;
  d.year = (int16_t)year;
  d.month = (int8_t)month;
  d.day = (int8_t)day;
  d.prec = DYAD_DATE_DAY;
  return d;
}

/* ---- places -------------------------------------------------------------------- */

#define CITY_MIN_POPULATION 50000

/* Marks the cities of the sentence that no actor mention covers: a run of
   capitalized words, not after another capitalized word nor before one, that
   the gazetteer knows as a city of some size.  Each becomes a mention of its
   country after the doc's own (c->city_at), which only the target of an
   attack may bind. */
static void mark_cities(cctx *c) {
  const dyad_gaz *gaz = NULL;
  dyad_buf key = DYAD_BUF_INIT;
  for (uint32_t j = c->sb + 1; j < c->se; j++) {
    const dyad_token *k = &c->tok[j];
    if (!(k->flags & DYAD_TF_UPPER) || k->kind != DYAD_TOK_WORD || c->mention_at[j] >= 0) continue;
    if ((c->tok[j - 1].flags & DYAD_TF_UPPER) && c->tok[j - 1].kind == DYAD_TOK_WORD) continue;
    if (!gaz && !(gaz = dyad_dict_gaz(c->d))) break;
    const dyad_gaz_city *city = NULL;
    uint32_t end = j;
    dyad_buf_clear(&key);
    for (uint32_t q = j; q < c->se && q < j + 3; q++) {
      if (!(c->tok[q].flags & DYAD_TF_UPPER) || c->mention_at[q] >= 0) break;
      if (q > j) dyad_buf_putc(&key, ' ');
      dyad_buf_puts(&key, c->tok[q].norm);
      const char *pref[1];
      const dyad_gaz_city *x = dyad_gaz_find(gaz, key.ptr, key.len, pref, 0);
      if (x) {
        city = x;
        end = q + 1;
      }
    }
    if (!city || city->population < CITY_MIN_POPULATION) continue;
    if (end < c->se && (c->tok[end].flags & DYAD_TF_UPPER) && c->tok[end].kind == DYAD_TOK_WORD) continue;
    if (c->nm + c->n_city == c->cap_city) break;
    dyad_mention *m = &c->mx[c->nm + c->n_city];
    memset(m, 0, sizeof *m);
    m->span.start = k->span.start;
    m->span.end = c->tok[end - 1].span.end;
    m->sentence = k->sentence;
    m->tok_begin = j;
    m->tok_end = end;
    m->code = m->country = city->country;
    m->name = city->name;
    for (uint32_t q = j; q < end; q++) c->city_at[q] = (int32_t)(c->nm + c->n_city);
    c->n_city++;
    j = end - 1;
  }
  dyad_buf_free(&key);
}

static void place_from(dyad_place *pl, const dyad_gaz_city *x, int kind) {
  pl->found = 1;
  pl->kind = kind;
  pl->name = x->name;
  pl->country = x->country;
  pl->lat = x->lat;
  pl->lon = x->lon;
  pl->has_coords = 1;
}

/* The place a sentence names after a locative preposition, nearest to the
   trigger at tb: a city of the gazetteer (preferring the countries the article
   names), a first-level region ("nella regione di Kherson", "in the Kherson
   region", "in Donbas": a region first when a region word is next to the
   name, else only when no city has that name), a capital used as a place, or
   a country (at its centre).  Words that locate within a place may come
   between ("nel sud del Libano", "in the coastal city of Wonsan", "in
   southern Israel": data/lang "placehead").  Not a place: the act's own
   source or target ("ha chiesto a Washington", "its ambassador in
   Cambodia"), nor where someone said it ("Blinken said in Berlin") unless
   the act is the saying. */
static bool placehead(const cctx *c, uint32_t i) {
  return i < c->se && tok_in(c, &c->ld->placehead, i) != NULL;
}

static dyad_place find_place(cctx *c, uint32_t tb, int src, int tgt, const char *code) {
  /* the target is also where a visit, a show of force or an attack happens
     ("visited Georgia", "strikes in the Gaza Strip"), never where a plea or
     a recall is ("ha chiesto a Washington", "ambassador in Cambodia") */
  if (!strncmp(code, "04", 2) || !strncmp(code, "15", 2) || !strncmp(code, "17", 2) || city_target_ok(code)) tgt = -1;
  dyad_place best;
  memset(&best, 0, sizeof best);
  uint32_t best_dist = UINT32_MAX;
  if (c->n_prefer < 0) {
    c->n_prefer = 0;
    for (size_t m = 0; m < c->nm && c->n_prefer < 16; m++) {
      bool dup = false;
      for (int q = 0; q < c->n_prefer; q++) dup |= !strcmp(c->prefer[q], c->m[m].country);
      if (!dup) c->prefer[c->n_prefer++] = c->m[m].country;
    }
  }
  const char *const *prefer = c->prefer;
  size_t n_prefer = (size_t)c->n_prefer;
  const dyad_gaz *gaz = dyad_dict_gaz(c->d);
  dyad_buf key = DYAD_BUF_INIT;
  for (uint32_t i = c->sb; i + 1 < c->se; i++) {
    /* "al Cremlino", "all'Eliseo": a preposition that names a seat's place
       only for a city or seat, not for a country ("armi all'Ucraina") */
    bool seat_only = !WC(c, &c->tok[i], DYAD_WC_PLACE);
    if (seat_only && !WC(c, &c->tok[i], DYAD_WC_SEATPREP)) continue;
    /* "said in Berlin": where the speaker spoke */
    bool spoke = false;
    for (uint32_t q = i > c->sb + 2 ? i - 2 : c->sb; q < i && !spoke; q++)
      spoke = q != tb && tok_in(c, &c->ld->speech, q) != NULL;
    if (spoke) continue;
    uint32_t j = i + 1;
    if (j < c->se && WC(c, &c->tok[j], DYAD_WC_ARTICLE)) j++;
    /* "nel sud del Libano", "in the coastal city of Wonsan", "in southern Israel" */
    uint32_t h = j;
    while (h < c->se && h < j + 4 && placehead(c, h)) h++;
    if (h > j) {
      if (h < c->se && WC(c, &c->tok[h], DYAD_WC_GENITIVE)) h++;
      if (h < c->se && WC(c, &c->tok[h], DYAD_WC_ARTICLE)) h++;
      if (h < c->se && (c->tok[h].flags & DYAD_TF_UPPER)) j = h;
    }
    /* "nella regione di Kherson", "in the region of Kherson" */
    bool want_region = false;
    if (region_word(c, j) && j + 2 < c->se && !(c->tok[j + 1].flags & DYAD_TF_UPPER)) {
      want_region = true;
      j += 2;
    }
    if (j >= c->se || !(c->tok[j].flags & DYAD_TF_UPPER)) continue;
    dyad_place pl;
    memset(&pl, 0, sizeof pl);
    int mi = c->mention_at[j];
    if (mi >= 0 && (mi == src || mi == tgt)) continue;
    uint32_t end = j, rend = j;
    const dyad_gaz_city *city = NULL, *region = NULL;
    /* the longest run of capitalized words that is a city, and that is a region */
    for (uint32_t k = j; k < c->se && k < j + 4; k++) {
      if (k > j && !(c->tok[k].flags & DYAD_TF_UPPER) && !WC(c, &c->tok[k], DYAD_WC_ARTICLE) &&
          strcmp(c->tok[k].norm, "de") && strcmp(c->tok[k].norm, "di") && strcmp(c->tok[k].norm, "del"))
        break;
      if (k > j && c->tok[k - 1].span.end != c->tok[k].span.start &&
          c->text[c->tok[k - 1].span.end - 1] != '\'') dyad_buf_putc(&key, ' ');
      if (k == j) dyad_buf_clear(&key);
      dyad_buf_puts(&key, c->tok[k].norm);
      const dyad_gaz_city *x = dyad_gaz_find(gaz, key.ptr, key.len, prefer, n_prefer);
      if (x) {
        city = x;
        end = k + 1;
      }
      x = dyad_gaz_find_region(gaz, key.ptr, key.len, want_region || region_word(c, k + 1), prefer, n_prefer);
      if (x) {
        region = x;
        rend = k + 1;
      }
    }
    /* "in the Kherson region", "nell'oblast di Kherson" */
    if (region && !want_region && region_word(c, rend)) want_region = true;
    /* a region also names a place the actor list knows as its country ("in
       the Gaza Strip", "in Crimea") */
    bool region_over = region && mi >= 0 && c->m[mi].tok_end <= rend &&
                       !strcmp(c->m[mi].country, region->country) &&
                       !(c->m[mi].flags & (DYAD_MF_PERSON | DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_DEMONYM));
    if (region && (want_region || !city || rend > end) &&
        (mi < 0 || region_over || (c->m[mi].flags & (DYAD_MF_PLACE | DYAD_MF_METONYM)))) {
      place_from(&pl, region, DYAD_PLACE_REGION);
      pl.span.start = c->tok[j].span.start;
      pl.span.end = c->tok[rend - 1].span.end;
    } else if (city && (mi < 0 || (c->m[mi].flags & (DYAD_MF_PLACE | DYAD_MF_METONYM)))) {
      place_from(&pl, city, DYAD_PLACE_CITY);
      pl.span.start = c->tok[j].span.start;
      pl.span.end = c->tok[end - 1].span.end;
    } else if (!seat_only && mi >= 0 && !(c->m[mi].flags & (DYAD_MF_PERSON | DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_DEMONYM)) &&
               strlen(c->m[mi].code) == 3) {
      pl.found = 1; /* a country */
      pl.kind = DYAD_PLACE_COUNTRY;
      pl.span = c->m[mi].span;
      pl.name = c->m[mi].name;
      pl.country = c->m[mi].country;
      pl.has_coords = dyad_gaz_country(gaz, pl.country, &pl.lat, &pl.lon);
    }
    if (!pl.found) continue;
    uint32_t dist = i >= tb ? i - tb : (tb - i) + 32; /* after the trigger first */
    if (dist < best_dist) {
      best = pl;
      best_dist = dist;
    }
  }
  dyad_buf_free(&key);
  return best;
}

/* ---- emitting ----------------------------------------------------------------- */

/* Meetings, talks (phone calls too), agreements and cooperation are coded
   both ways. */
static bool symmetric(const char *code) {
  return !strcmp(code, "040") || !strcmp(code, "041") || !strcmp(code, "044") || !strcmp(code, "046") ||
         !strcmp(code, "057") || !strcmp(code, "030") || !strcmp(code, "050");
}

/* Is an act of one actor on another ("$ ... +") coded both ways?  The
   symmetric codes but 030: an intent, offer or promise is one side's
   ("ha offerto a Kiev garanzie"); parties that commit together ("X e Y si
   sono impegnati") are coordinated and act on each other all the same. */
static bool two_way(const char *code) { return symmetric(code) && strcmp(code, "030") != 0; }



/* A domestic event is coded only when clearly political: its two ends have
   different roles, and one of them is a role that stands apart from the
   government it faces (police, opposition, courts, rebels: the data/lang
   "domestic" line). */
static bool domestic_political(const cctx *c, const dyad_mention *s, const dyad_mention *t) {
  const char *rs = strlen(s->code) > 3 ? s->code + 3 : "", *rt = strlen(t->code) > 3 ? t->code + 3 : "";
  if (!rs[0] || !rt[0] || !strcmp(rs, rt)) return false;
  char a[8], b[8];
  size_t k;
  for (k = 0; rs[k] && k + 1 < sizeof a; k++) a[k] = (char)(rs[k] | 0x20);
  a[k] = 0;
  for (k = 0; rt[k] && k + 1 < sizeof b; k++) b[k] = (char)(rt[k] | 0x20);
  b[k] = 0;
  return dyad_map_get(&c->ld->domestic, a, strlen(a)) || dyad_map_get(&c->ld->domestic, b, strlen(b));
}

/* Is mention m the first part of a hyphenated modifier ("a U.S.-led push",
   "U.N.-mandated", "U.S.-supplied aid")?  It describes a thing and is no
   actor of the act (coding rule 7: "Iran-backed" is not coded), except as
   the author blamed or criticized for the thing ("blamed the unrest on a
   U.S.-financed campaign"). */
static bool hyphen_modifier(const cctx *c, const dyad_mention *m) {
  uint32_t k = m->tok_end;
  return k + 1 < c->doc->n_tokens && k > 0 && norm_is(&c->tok[k], "-") && c->tok[k].span.start == c->tok[k - 1].span.end &&
         c->tok[k + 1].kind == DYAD_TOK_WORD && c->tok[k + 1].span.start == c->tok[k].span.end;
}

/* A crowd that protests (root 14): a counted people named by its demonym
   ("migliaia di georgiani", "Thousands of Cubans"), protesters, the
   opposition; not an organ of the state, and the subject of the verb at tb
   (a few words before it).  Its protest against its own country's
   institutions is political. */
static bool protest_crowd(const cctx *c, const dyad_mention *s, const char *code, uint32_t tb) {
  if (strncmp(code, "14", 2) != 0 || (s->flags & (DYAD_MF_PERSON | DYAD_MF_ORG | DYAD_MF_PLACE | DYAD_MF_MODIFIER)) ||
      s->tok_end > tb || tb - s->tok_end > 3)
    return false;
  const char *role = strlen(s->code) > 3 ? s->code + 3 : "";
  if (role[0]) return !strcmp(role, "OPP") || !strcmp(role, "CVL") || !strcmp(role, "LAB");
  uint32_t b = s->tok_begin;
  return (s->flags & DYAD_MF_DEMONYM) && b > c->sb &&
         (WC(c, &c->tok[b - 1], DYAD_WC_QUANT) || c->tok[b - 1].kind == DYAD_TOK_NUMBER ||
          (b > c->sb + 1 && WC(c, &c->tok[b - 1], DYAD_WC_GENITIVE) && WC(c, &c->tok[b - 2], DYAD_WC_QUANT)));
}

static bool repression(const cctx *c, const char *code, int src, int tgt);

static void emit(cctx *c, int src, int tgt, const char *code, const char *alt, uint32_t tb,
                 uint32_t te, const char *block, dyad_date date, int attr) {
  const dyad_mention *s = &c->m[src], *t = &c->m[tgt];
  if (hyphen_modifier(c, s) || (hyphen_modifier(c, t) && strncmp(code, "11", 2) != 0)) return;
  /* a place ("a Mosca") acts on nothing; it is only where a visit or a
     protecting force goes, or where an attack strikes its country
     ("missiles at Kyiv") */
  if ((s->flags & DYAD_MF_PLACE) ||
      ((t->flags & DYAD_MF_PLACE) && strncmp(code, "04", 2) != 0 && strncmp(code, "074", 3) != 0 &&
       !city_target_ok(code) && !site_target_ok(code)))
    return;
  if (!strcmp(s->country, t->country) && !domestic_political(c, s, t) && !protest_crowd(c, s, code, tb)) return;
  /* "security forces fired live ammunition at demonstrators": fighting
     against protesters of one's own country is violent repression */
  if (repression(c, code, src, tgt)) {
    code = "175";
    alt = "";
  }
  /* one event per (source, target, root) in a sentence */
  for (size_t i = 0; i < c->out.n; i++) {
    dyad_event *o = &c->out.v[i];
    if (o->sentence == s->sentence && !strcmp(o->source.country, s->country) &&
        !strcmp(o->target.country, t->country) && !strncmp(o->root, code, 2))
      return;
  }
  if (c->out.n == c->out.cap) {
    c->out.cap = c->out.cap ? c->out.cap * 2 : 32;
    c->out.v = dyad_xrealloc(c->out.v, c->out.cap * sizeof *c->out.v);
  }
  dyad_event *ev = &c->out.v[c->out.n++];
  memset(ev, 0, sizeof *ev);
  ev->sentence = c->tok[tb].sentence;
  ev->source = (dyad_actor_ref){s->code, s->country, s->name, s->span};
  ev->target = (dyad_actor_ref){t->code, t->country, t->name, t->span};
  ev->trigger.start = c->tok[tb].span.start;
  ev->trigger.end = c->tok[te - 1].span.end;
  const struct dyad_cameo_code *cc = dyad_cameo_get(c->d, code);
  ev->code = cc ? cc->code : dyad_arena_strndup(c->arena, code, strlen(code));
  ev->alt = alt && alt[0] ? dyad_arena_strndup(c->arena, alt, strlen(alt)) : "";
  ev->root[0] = code[0];
  ev->root[1] = code[1];
  ev->root[2] = 0;
  int r = atoi(ev->root);
  ev->quad_class = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  ev->goldstein = cc ? cc->goldstein : 0;
  ev->plover = cc ? cc->plover : "";
  ev->date = date;
  ev->pattern = block;
  ev->location = find_place(c, tb, src, tgt, code);
  if (!ev->location.found && ((size_t)tgt >= c->nm || ((t->flags & DYAD_MF_METONYM) &&
                                                        (city_target_ok(code) || !strncmp(code, "04", 2))))) {
    /* a city struck ("missiles hit Odesa", "colpito Kiev") or visited ("his
       visit to Minsk") is where the act happened */
    const dyad_gaz *gaz = dyad_dict_gaz(c->d);
    dyad_buf key = DYAD_BUF_INIT;
    if ((size_t)tgt >= c->nm) dyad_fold_text(t->name, strlen(t->name), &key);
    else dyad_fold_text(c->text + t->span.start, t->span.end - t->span.start, &key);
    const char *pref[1] = {t->country};
    const dyad_gaz_city *x = dyad_gaz_find(gaz, key.ptr, key.len, pref, 1);
    if (x && !strcmp(x->country, t->country)) {
      place_from(&ev->location, x, DYAD_PLACE_CITY);
      ev->location.span = t->span;
    }
    dyad_buf_free(&key);
  }
  ev->attribution = "";
  if (attr >= 0) {
    ev->attribution = c->m[attr].code;
    ev->attribution_span = c->m[attr].span;
  }
}

/* Emits a bound pattern: groups expand; symmetric codes both ways. */
static void emit_binding(cctx *c, const binding *b, const char *code, const char *alt, uint32_t tb,
                         uint32_t te, const char *block, dyad_date date, int attr,
                         const int *claim, int n_claim) {
  int sg[8], tg[8];
  int ns = group(c, b->src, sg, 8), nt = b->tgt >= 0 ? group(c, b->tgt, tg, 8) : 0;
  if (b->tgt < 0 || b->both) { /* "Russia e Corea del Nord ...": each other */
    if (ns < 2) return;
    /* three or more parties: each deals with the first named ("Israele,
       Emirati e Bahrein hanno firmato"), not every pair with each other */
    for (int i = 0; i < ns; i++)
      for (int j = 0; j < ns; j++)
        if (i != j && (ns == 2 || i == 0 || j == 0)) emit(c, sg[i], sg[j], code, alt, tb, te, block, date, attr);
    return;
  }
  bool one_group = ns >= 3 && nt == ns && sg[0] == tg[0]; /* "$ and + agreed": the same list */
  for (int i = 0; i < ns; i++)
    for (int j = 0; j < nt; j++) {
      if (one_group && i != 0 && j != 0) continue;
      emit(c, sg[i], tg[j], code, alt, tb, te, block, date, attr);
      if (two_way(code) || (b->pat && b->pat->both_ways)) emit(c, tg[j], sg[i], code, alt, tb, te, block, date, attr);
      /* a host that received a visitor: the visitor visited the host */
      if (!strcmp(code, "043")) emit(c, tg[j], sg[i], "042", "", tb, te, block, date, attr);
    }
  /* the claim itself: the accuser accuses the source */
  for (int k = 0; k < n_claim; k++)
    for (int i = 0; i < ns; i++) emit(c, claim[k], sg[i], "112", "", tb, te, "claim", c->date, -1);
}

/* The parties a mediator stands between when the clause names none ("a deal
   brokered by China", "lo scambio è stato mediato da Turchia"): the actors of
   the two-sided acts coded in this sentence or the one before, other than the
   mediators themselves.  Returns their mention indexes. */
static int mediated_parties(const cctx *c, const int *med, int n_med, int *out, int max) {
  int n = 0;
  uint32_t s = c->tok[c->sb].sentence;
  for (size_t k = c->out.n; k-- > 0;) {
    const dyad_event *ev = &c->out.v[k];
    if (ev->sentence + 1 < s) break;
    if (!symmetric(ev->code) && strncmp(ev->code, "084", 3) != 0) continue;
    const dyad_actor_ref *ends[2] = {&ev->source, &ev->target};
    for (int e2 = 0; e2 < 2; e2++) {
      int mi = -1;
      for (size_t m = 0; m < c->nm && mi < 0; m++)
        if (c->m[m].span.start == ends[e2]->span.start) mi = (int)m;
      if (mi < 0) continue;
      bool dup = false;
      for (int q = 0; q < n_med; q++) dup |= !strcmp(c->m[med[q]].country, c->m[mi].country);
      for (int q = 0; q < n; q++) dup |= !strcmp(c->m[out[q]].country, c->m[mi].country);
      if (!dup && n < max) out[n++] = mi;
    }
  }
  return n;
}

/* ---- the sentence loop ---------------------------------------------------------- */

static bool negated(const cctx *c, uint32_t tb) {
  for (uint32_t i = tb; i > c->sb && tb - i < 4; i--) {
    const dyad_token *k = &c->tok[i - 1];
    if (WC(c, k, DYAD_WC_NEG)) return true;
    size_t n = strlen(k->norm);
    if (n > 3 && !strcmp(k->norm + n - 3, "n't")) return true;
    if (norm_is(k, ",") || c->mention_at[i - 1] >= 0) break;
  }
  return false;
}

static bool hypothetical(const cctx *c, uint32_t tb) {
  const dyad_token *last = &c->tok[c->se - 1];
  if (norm_is(last, "?")) return true;
  for (uint32_t i = c->sb; i < tb; i++) {
    if (!WC(c, &c->tok[i], DYAD_WC_HYPO)) continue;
    /* "anche se", "even if", "as if": concessive, not hypothetical */
    if (i > c->sb && WC(c, &c->tok[i - 1], DYAD_WC_CONCESSIVE)) continue;
    return true;
  }
  return false;
}

/* The conditional mood (data/lang: conditional) of the act at [tb, te): an
   auxiliary ("would") before it in its clause makes it no event when the
   perfect follows the auxiliary ("a resolution that would have required
   Israel to withdraw": it did not happen), or, when trailing is set, when a
   condition follows the act in its sentence ("said it would withdraw if
   Kyiv...", "unless").  "said it would expel" alone is an announced act. */
static uint32_t cond_word(const cctx *c, uint32_t i) {
  const uint32_t *v = tok_in(c, &c->ld->conditional, i);
  return v ? *v : 0;
}

static bool conditional(const cctx *c, uint32_t tb, uint32_t te, bool trailing) {
  for (uint32_t i = tb; i > c->sb && tb - i < 8; i--) {
    const dyad_token *k = &c->tok[i - 1];
    if (barrier(c, k) || norm_is(k, ",")) return false;
    if (cond_word(c, i - 1) != 1) continue;
    if (i < c->se && cond_word(c, i) == 2) return true;
    for (uint32_t j = te; trailing && j < c->se && !barrier(c, &c->tok[j]); j++)
      if (cond_word(c, j) == 3) return true;
    return false;
  }
  return false;
}

/* "the detained French citizens", "its captured soldiers", "two jailed
   Americans", "in occupied Kherson": a participle after an article, a
   possessive, a number or a preposition describes a standing condition, it
   reports no act. */
static bool attributive(const cctx *c, uint32_t tb, uint32_t te) {
  if (te != tb + 1 || tb <= c->sb) return false;
  const char *w = c->tok[tb].norm;
  size_t n = strlen(w);
  if (n < 5 || strcmp(w + n - 2, "ed") != 0) return false;
  const dyad_token *p = &c->tok[tb - 1];
  return WC(c, p, DYAD_WC_ARTICLE) || WC(c, p, DYAD_WC_INDEFINITE) || WC(c, p, DYAD_WC_POSSESSIVE) ||
         WC(c, p, DYAD_WC_QUANT) || WC(c, p, DYAD_WC_LOCATIVE) || WC(c, p, DYAD_WC_GENITIVE);
}

/* "secondo (quanto sostengono) X", "according to X": the claimant mentions. */
static int claimants(const cctx *c, int *out, int max) {
  for (uint32_t i = c->sb; i < c->se; i++) {
    /* "il secondo vertice": the ordinal, not "according to" */
    bool secondo = norm_is(&c->tok[i], "secondo") && !(i > c->sb && WC(c, &c->tok[i - 1], DYAD_WC_ARTICLE)) &&
                   !(i + 1 < c->se && c->mention_at[i + 1] < 0 && !WC(c, &c->tok[i + 1], DYAD_WC_ARTICLE) &&
                     !norm_is(&c->tok[i + 1], "quanto") && !norm_is(&c->tok[i + 1], "cui") &&
                     !norm_is(&c->tok[i + 1], "fonti"));
    bool according = norm_is(&c->tok[i], "according") && i + 1 < c->se && norm_is(&c->tok[i + 1], "to");
    if (!secondo && !according) continue;
    for (uint32_t j = i + 1; j < c->se && j < i + 6; j++) {
      int mi = c->mention_at[j];
      if (mi >= 0) return group(c, mi, out, max);
    }
  }
  return 0;
}

static bool in_list(const int *v, int n, int x) {
  for (int i = 0; i < n; i++)
    if (v[i] == x) return true;
  return false;
}


/* The code of a block: its own, else that of its most general pattern. */
static const char *block_code(const dyad_event_dict *e, const dyad_block *bl) {
  return bl->code[0] ? bl->code : (bl->n_p ? e->pats[bl->p0 + bl->n_p - 1].code : "");
}

/* The mention that opens sentence s (not a place), or -1. */
static int opening_actor(const cctx *c, uint32_t s) {
  const dyad_sentence *ps = &c->doc->sentences[s];
  for (size_t m = 0; m < c->nm; m++) {
    if (c->m[m].sentence != s) continue;
    if (c->m[m].tok_begin > ps->tok_begin + 6) return -1;
    if (c->m[m].flags & DYAD_MF_PLACE) continue;
    return (int)m;
  }
  return -1;
}

/* The author of the act named by the word at i ("la decisione", "the
   move"), for a reaction by mention reactor: an actor on the word itself
   ("la decisione americana", "the decision of the Council"); else the
   source of the latest act coded in this sentence or the one before by
   another country than the reactor's (a claim is no act); else the actor
   that opens the sentence before, when it is of another country. */
static int act_author(const cctx *c, uint32_t i, int reactor) {
  const char *rc = c->m[reactor].country;
  uint32_t j = i + 1;
  if (j < c->se && c->mention_at[j] >= 0 && (c->m[c->mention_at[j]].flags & DYAD_MF_DEMONYM))
    return strcmp(c->m[c->mention_at[j]].country, rc) ? c->mention_at[j] : -1;
  if (j < c->se && (WC(c, &c->tok[j], DYAD_WC_GENITIVE) || WC(c, &c->tok[j], DYAD_WC_BY))) {
    j++;
    if (j < c->se && WC(c, &c->tok[j], DYAD_WC_ARTICLE)) j++;
    if (j < c->se && c->mention_at[j] >= 0)
      return strcmp(c->m[c->mention_at[j]].country, rc) ? c->mention_at[j] : -1;
  }
  uint32_t s = c->tok[c->sb].sentence;
  for (size_t k = c->out.n; k-- > 0;) {
    const dyad_event *ev = &c->out.v[k];
    if (ev->sentence + 1 < s) break;
    if (!strcmp(ev->code, "112") || !strcmp(ev->source.country, rc)) continue;
    for (size_t m = 0; m < c->nm; m++)
      if (c->m[m].span.start == ev->source.span.start) return (int)m;
  }
  int o = s > 0 ? opening_actor(c, s - 1) : -1;
  return o >= 0 && strcmp(c->m[o].country, rc) ? o : -1;
}

/* The adversary a threat with no target of its own is aimed at ("i raid
   non resteranno impuniti", "vowed severe revenge"): the author of the
   latest act coded in this sentence or the one before against the
   threatener's country, else the target of its own latest act there (a
   claim counts as neither), else the actor opening the sentence before.  A
   denial answers only an act against the denier. */
static int adversary(const cctx *c, int src, bool denial) {
  const char *sc = c->m[src].country;
  uint32_t s = c->tok[c->sb].sentence;
  for (int pass = 0; pass < (denial ? 1 : 2); pass++)
    for (size_t k = c->out.n; k-- > 0;) {
      const dyad_event *ev = &c->out.v[k];
      if (ev->sentence + 1 < s) break;
      if (!strcmp(ev->pattern, "claim") || !strcmp(ev->source.country, ev->target.country)) continue;
      const dyad_actor_ref *from = pass ? &ev->source : &ev->target, *to = pass ? &ev->target : &ev->source;
      if (strcmp(from->country, sc) != 0) continue;
      for (size_t m = 0; m < c->nm; m++)
        if (c->m[m].span.start == to->span.start) return (int)m;
    }
  int o = s > 0 && !denial ? opening_actor(c, s - 1) : -1;
  return o >= 0 && strcmp(c->m[o].country, sc) ? o : -1;
}

/* Whom a denial with no accuser answers: the actor, of another country than
   the denier's, that reported something next to a verb of reported speech
   (data/lang: speech) in the sentence before or earlier in this one ("...,
   South Korea's spy agency said on Friday.  The Kremlin dismissed the
   report", "Powell told the Senate that ...  Khartoum rejected the charge"),
   the last such; else one in a subordinate clause after the denial
   ("Azerbaijan denied that ..., after Macron said he had information"); or
   -1. */
static int reporter(const cctx *c, int denier, uint32_t tb, uint32_t te) {
  uint32_t s = c->tok[c->sb].sentence;
  uint32_t from = s > 0 ? c->doc->sentences[s - 1].tok_begin : c->sb;
  int found = -1;
  for (uint32_t i = from; i < c->se; i++) {
    if (i >= tb && i < te) continue;
    if (i >= te && found >= 0) break;
    if (!tok_in(c, &c->ld->speech, i)) continue;
    int m = -1;
    for (uint32_t j = i; j > from && i - j < 2 && m < 0; j--) m = c->mention_at[j - 1];
    if (m < 0 && i + 1 < c->se && (i >= te || i + 1 < tb)) m = c->mention_at[i + 1];
    /* a rights group's report is answered, but the group is no party */
    if (m < 0 || (c->m[m].flags & DYAD_MF_PLACE) || !strncmp(c->m[m].code, "NGO", 3) ||
        !strcmp(c->m[m].country, c->m[denier].country))
      continue;
    if (i < tb) {
      found = m;
      continue;
    }
    /* after the denial: only a speaker that opens a subordinate clause */
    uint32_t mb = c->m[m].tok_begin;
    for (uint32_t k = mb; k > te && mb - k < 6; k--)
      if (tok_in(c, &c->ld->subordinate, k - 1)) return m;
  }
  return found;
}

/* A reaction whose object is an earlier act: "Putin condemned the strikes",
   "Mosca ha condannato l'attacco".  Looks right of the trigger for a word with
   the stem of an earlier event's trigger and returns that event's source
   mention, or -1. */
static int act_target(const cctx *c, uint32_t te, int reactor) {
  /* quotation marks do not count ("condemned «an unprovoked and unjustified
     attack»") */
  uint32_t quoted = 0;
  for (uint32_t i = te; i < c->se && i < te + 5 + quoted; i++) {
    if ((c->tok[i].flags & DYAD_TF_QUOTE) && quoted < 4) quoted++;
    if (barrier(c, &c->tok[i])) return -1;
    if (c->mention_at[i] >= 0) {
      /* "called the German decision", "condemned Russia's move": the actor
         on the word for the act is its author */
      int mi = c->mention_at[i];
      uint32_t k = c->m[mi].tok_end;
      if (k < c->se && (norm_is(&c->tok[k], "'s") || norm_is(&c->tok[k], "s"))) k++;
      if (reactor >= 0 && k < c->se && WC(c, &c->tok[k], DYAD_WC_ACT) && strcmp(c->m[mi].country, c->m[reactor].country))
        return mi;
      return -1;
    }
    if (WC(c, &c->tok[i], DYAD_WC_ACT) && reactor >= 0) return act_author(c, i, reactor);
    for (size_t k = c->out.n; k-- > 0;) {
      const dyad_event *ev = &c->out.v[k];
      if (!strcmp(ev->code, "112")) continue; /* the claim is not the act */
      /* the first word of the earlier trigger */
      uint32_t t0 = 0, hi = (uint32_t)c->doc->n_tokens;
      while (t0 < hi) { /* binary search: tokens are in text order */
        uint32_t mid = (t0 + hi) / 2;
        if (c->tok[mid].span.start < ev->trigger.start) t0 = mid + 1;
        else hi = mid;
      }
      if (t0 >= c->doc->n_tokens) continue;
      const char *a = c->tok[t0].stem, *b = c->tok[i].stem;
      /* "the strikes" after "launched air and missile strikes on Syria": the
         words from the trigger to the target name the act */
      uint32_t end = ev->target.span.start > ev->trigger.end ? ev->target.span.start : ev->trigger.end;
      for (uint32_t q = t0; q < c->doc->n_tokens && c->tok[q].span.end <= end; q++)
        if (c->tok[q].kind == DYAD_TOK_WORD && strlen(b) > 3 && !strcmp(c->tok[q].stem, b)) a = b;
      if (strcmp(a, b) != 0) continue;
      for (size_t m = 0; m < c->nm; m++)
        if (c->m[m].span.start == ev->source.span.start) return (int)m;
    }
  }
  return -1;
}

/* The international body a veto blocks when the clause names none ("il
   voto russo costituisce un veto alla mozione"): the organization named
   last in this sentence or the one before, before the trigger at tb. */
static int vetoed_body(const cctx *c, uint32_t tb, int src) {
  uint32_t s = c->tok[tb].sentence;
  for (size_t m = c->nm; m-- > 0;) {
    const dyad_mention *x = &c->m[m];
    if (x->sentence > s || (x->sentence == s && x->tok_end > tb)) continue;
    if (x->sentence + 1 < s) break;
    if ((int)m != src && !strncmp(x->code, "IGO", 3) && strcmp(x->country, c->m[src].country) != 0) return (int)m;
  }
  return -1;
}

static bool reaction(const char *code) {
  return !strncmp(code, "11", 2) || !strncmp(code, "12", 2) || !strncmp(code, "016", 3) ||
         !strncmp(code, "05", 2) || !strncmp(code, "012", 3);
}

/* Is the trigger at [tb, te) a participial clause whose object is a
   pronoun: ", accusandolo di" (a gerund with an object clitic, data/lang
   "clitic" endings), ", accusing it of" (class.objpronoun after it) or
   ", accusing its neighbour of", ", calling its terms" (class.possessive)? */
static bool object_pronoun(const cctx *c, uint32_t tb, uint32_t te) {
  if (tb <= c->sb) return false;
  /* "lodged a protest with Beijing and called on it to": a verb joined by a
     conjunction, with the pronoun right after it */
  if (WC(c, &c->tok[tb - 1], DYAD_WC_CONJ) && !norm_is(&c->tok[tb - 1], ","))
    return te < c->se && WC(c, &c->tok[te], DYAD_WC_OBJPRONOUN);
  if (!norm_is(&c->tok[tb - 1], ",")) return false;
  const char *w = c->tok[tb].norm;
  size_t n = strlen(w);
  for (size_t k = 4; k <= 7 && k < n; k++)
    if (dyad_map_get(&c->ld->clitic, w + n - k, k)) return te == tb + 1;
  return te < c->se && (WC(c, &c->tok[te], DYAD_WC_OBJPRONOUN) || WC(c, &c->tok[te], DYAD_WC_POSSESSIVE));
}

/* The binding of such a clause: the sentence's subject (its opening actor,
   else the one carried from the sentence before) acts on the last actor
   named before the clause that is neither the subject nor of its country.
   False when either cannot be found. */
static bool pronoun_binding(const cctx *c, uint32_t tb, binding *b) {
  int subj = -1;
  uint32_t snt = c->tok[c->sb].sentence;
  for (size_t m = 0; m < c->nm; m++) {
    if (c->m[m].sentence != snt || c->m[m].tok_end > tb) continue;
    if (c->m[m].tok_begin > c->sb + 6) break;
    if (c->m[m].flags & DYAD_MF_PLACE) continue;
    subj = (int)m;
    break;
  }
  if (subj < 0) subj = carried_subject(c, c->sb);
  if (subj < 0) return false;
  int sg[8], ns = group(c, subj, sg, 8), obj = -1;
  for (size_t m = 0; m < c->nm; m++) {
    const dyad_mention *x = &c->m[m];
    if (x->sentence != snt || x->tok_end > tb) continue;
    if (in_list(sg, ns, (int)m) || !strcmp(x->country, c->m[subj].country) || (x->flags & DYAD_MF_PLACE)) continue;
    obj = (int)m; /* the last one wins */
  }
  if (obj < 0) return false;
  b->src = subj;
  b->tgt = obj;
  b->both = false;
  b->pat = NULL;
  return true;
}

/* Is token i a gerund (data/lang "gerund" endings, and the "clitic" ones
   of a gerund with a pronoun): "accusing", "accusando", "accusandolo"? */
static bool gerund_at(const cctx *c, uint32_t i) {
  const char *w = c->tok[i].norm;
  size_t n = strlen(w);
  for (size_t k = 3; k <= 7 && k + 2 < n; k++)
    if (dyad_map_get(&c->ld->gerund, w + n - k, k) || dyad_map_get(&c->ld->clitic, w + n - k, k)) return true;
  return false;
}

/* The gerund that opens, right after a comma, the clause the trigger at tb
   stands in: the trigger itself ("..., accusing Kigali of") or a gerund
   whose object it is ("..., minacciando ritorsioni contro l'Iran",
   "intensificando i blitz"); its token, or UINT32_MAX when there is none. */
static uint32_t gerund_clause(const cctx *c, uint32_t tb) {
  for (uint32_t g = tb; g > c->sb && tb - g < WORD_WINDOW; g--) {
    uint32_t k = g;
    while (k > c->sb && transparent(&c->tok[k - 1]) && !(c->tok[k - 1].flags & DYAD_TF_QUOTE)) k--;
    if (k > c->sb && norm_is(&c->tok[k - 1], ",")) return gerund_at(c, g) ? g : UINT32_MAX;
    if (g < tb && (barrier(c, &c->tok[g]) || c->mention_at[g] >= 0)) break;
  }
  return UINT32_MAX;
}

/* The subject of the main clause a gerund clause at tb hangs on: the actor
   that opens the sentence (within its first words, before the clause, no
   place, claimant or complement of a preposition: "Congo cut ties with
   Rwanda, accusing Kigali"), else the source of the first act coded in the
   sentence before tb that was named before its trigger; -1 when neither. */
static int main_subject(const cctx *c, uint32_t tb, const int *claim, int n_claim) {
  uint32_t snt = c->tok[c->sb].sentence;
  for (size_t m = 0; m < c->nm; m++) {
    const dyad_mention *x = &c->m[m];
    if (x->sentence != snt || x->tok_end >= tb) continue;
    if (x->tok_begin > c->sb + 6) break;
    if (x->flags & DYAD_MF_PLACE) continue;
    if (in_list(claim, n_claim, (int)m)) break;
    uint32_t q = x->tok_begin;
    if (q > c->sb && WC(c, &c->tok[q - 1], DYAD_WC_ARTICLE)) q--;
    const uint32_t prep = DYAD_WC_GENITIVE | DYAD_WC_LOCATIVE | DYAD_WC_BY | DYAD_WC_PLACE | DYAD_WC_SEATPREP |
                          DYAD_WC_AGAINST;
    if (q > c->sb && (c->wc[q - 1] & prep)) break;
    return (int)m;
  }
  uint32_t at = c->tok[tb].span.start;
  size_t first = c->out.n;
  while (first > 0 && c->out.v[first - 1].sentence == snt) first--;
  for (size_t k = first; k < c->out.n; k++) {
    const dyad_event *ev = &c->out.v[k];
    if (ev->trigger.start >= at) break;
    if (ev->source.span.start >= ev->trigger.start || !strcmp(ev->pattern, "claim")) continue;
    for (size_t m = 0; m < c->nm; m++)
      if (c->m[m].span.start == ev->source.span.start) return (int)m;
  }
  return -1;
}

/* Does the clause after te name an actor outside the group of mention src
   ("agreed to cut Russian banks off")? */
static bool third_party_after(const cctx *c, int src, uint32_t te) {
  int g[8], n = group(c, src, g, 8);
  for (uint32_t i = te; i < c->se && i < te + 12 && !barrier(c, &c->tok[i]); i++) {
    int mi = c->mention_at[i];
    if (mi < 0 || (c->m[mi].flags & DYAD_MF_PLACE)) continue;
    bool same = false;
    for (int k = 0; k < n; k++) same |= !strcmp(c->m[g[k]].country, c->m[mi].country);
    if (!same) return true;
  }
  return false;
}

/* Is the act at [tb, te) mutual: a phrase after it ("each other", "a
   vicenda", data/lang "reciprocal") or, when pre is set, a reflexive
   pronoun before it through auxiliaries ("si sono incontrati", "reciprocal.pre")? */
static bool mutual(const cctx *c, uint32_t tb, uint32_t te, bool pre) {
  dyad_buf two = DYAD_BUF_INIT;
  bool yes = false;
  for (uint32_t q = te; q < c->se && q < te + 5 && !yes; q++) {
    if (c->mention_at[q] >= 0 || barrier(c, &c->tok[q])) break;
    uint32_t *v = tok_in(c, &c->ld->reciprocal, q);
    if (!v && q + 1 < c->se) {
      dyad_buf_clear(&two);
      dyad_buf_puts(&two, c->tok[q].norm);
      dyad_buf_putc(&two, ' ');
      dyad_buf_puts(&two, c->tok[q + 1].norm);
      v = dyad_map_get(&c->ld->reciprocal, two.ptr, two.len);
      /* "to each other's capitals" names a place, not a partner */
      if (v && q + 2 < c->se && (norm_is(&c->tok[q + 2], "'s") || norm_is(&c->tok[q + 2], "s"))) v = NULL;
    }
    yes = v && *v == 1;
  }
  dyad_buf_free(&two);
  for (uint32_t q = tb; pre && !yes && q > c->sb && tb - q < 3; q--) {
    const dyad_token *k = &c->tok[q - 1];
    uint32_t *v = dyad_map_get(&c->ld->reciprocal, k->norm, strlen(k->norm));
    if (v && *v == 2) yes = true;
    else if (!WC(c, k, DYAD_WC_AUX) && !WC(c, k, DYAD_WC_PASSIVE)) break;
  }
  return yes;
}

/* The first trigger whose first word is token i's folded form (pass 0) or
   stem (pass 1); NO_ID when none.  key is scratch space. */
static uint32_t trigger_head(const cctx *c, dyad_buf *key, uint32_t i, int pass) {
  return dyad_event_head(c->e, pass, pass ? c->tok[i].stem : c->tok[i].norm);
}

/* A token that may stand inside a multi-word trigger: a date word (a
   weekday, "oggi", "yesterday"). */
static bool inner_skip(const cctx *c, const dyad_lang_data *ld, uint32_t k) {
  const dyad_token *t = &c->tok[k];
  if (t->kind != DYAD_TOK_WORD) return false;
  uint8_t *memo = &c->dates->skip[k];
  if (!*memo) {
    int fut = 0;
    dyad_date d;
    bool yes = dyad_map_get(&ld->weekday, t->norm, strlen(t->norm)) ||
               (c->date.prec == DYAD_DATE_DAY && date_at(c, ld, k, &fut, &d));
    *memo = yes ? 2 : 1;
  }
  return *memo == 2;
}

/* Is the trigger at i in the passive voice: an auxiliary of class.passive
   before it, through adverbs and dates ("è stato poi ricevuto", "was later
   received"), that is no word of a name ("gli Stati Uniti hanno espulso dal
   Paese") and not the copula of a predicate or a progressive ("is ready to
   meet", "was due to visit", "is attacking": data/lang "predicate",
   "gerund")? */
static bool passive_before(const cctx *c, const dyad_lang_data *ld, uint32_t i) {
  uint32_t k = i;
  while (k > c->sb && i - k < 2 && c->mention_at[k - 1] < 0 && !WC(c, &c->tok[k - 1], DYAD_WC_PASSIVE)) {
    const dyad_token *t = &c->tok[k - 1];
    bool adverb = transparent(t) && !(t->flags & DYAD_TF_QUOTE);
    if (!adverb && !(WC(c, t, DYAD_WC_CARRY) && !WC(c, t, DYAD_WC_CONJ)) && !inner_skip(c, ld, k - 1)) break;
    k--;
  }
  if (k == c->sb || c->mention_at[k - 1] >= 0 || !WC(c, &c->tok[k - 1], DYAD_WC_PASSIVE) || gerund_at(c, i))
    return false;
  const char *w = c->tok[i].norm;
  if (dyad_map_get(&ld->predicate, w, strlen(w))) return false;
  bool two = false;
  if (i + 1 < c->se) { /* "is set to visit", not "were set free" */
    dyad_buf ph = DYAD_BUF_INIT;
    dyad_buf_puts(&ph, w);
    dyad_buf_putc(&ph, ' ');
    dyad_buf_puts(&ph, c->tok[i + 1].norm);
    two = dyad_map_get(&ld->predicate, ph.ptr, ph.len) != NULL;
    dyad_buf_free(&ph);
  }
  return !two;
}

/* Is the trigger at i a participle right after a passive auxiliary ("was
   killed", "è stato ricevuto"), not a progressive ("is attacking")? */
static bool participle_after_aux(const cctx *c, uint32_t i) {
  uint32_t k = i;
  while (k > c->sb && transparent(&c->tok[k - 1]) && !(c->tok[k - 1].flags & DYAD_TF_QUOTE)) k--;
  if (k == c->sb || !WC(c, &c->tok[k - 1], DYAD_WC_PASSIVE)) return false;
  size_t n = strlen(c->tok[i].norm);
  return !(n > 4 && !strcmp(c->tok[i].norm + n - 3, "ing"));
}

/* Does the trigger ending at te, with this code, name another act as its
   content ("ha chiesto a Mosca di ritirare le truppe", "vetoed a resolution
   condemning Moscow", "threatened to cut ties with the South")?  Appeals,
   demands and vetoes, and threats followed by an infinitive: the act they
   name has not happened.  A threat's other words ("in retaliation for the
   strikes", "reagirà con misure") name its cause or are its own. */
static bool takes_content(const cctx *c, const char *code, uint32_t te) {
  if (te < c->se && WC(c, &c->tok[te], DYAD_WC_VENUE)) return false; /* "a press conference": a modifier */
  if (!strncmp(code, "13", 2)) /* "threatened to cut", not "in response to an attack" */
    return te + 1 < c->se && WC(c, &c->tok[te], DYAD_WC_INFINITIVE) && c->tok[te + 1].kind == DYAD_TOK_WORD &&
           c->mention_at[te + 1] < 0 && !WC(c, &c->tok[te + 1], DYAD_WC_ARTICLE) &&
           !WC(c, &c->tok[te + 1], DYAD_WC_INDEFINITE) && !WC(c, &c->tok[te + 1], DYAD_WC_POSSESSIVE);
  return !strncmp(code, "02", 2) || !strncmp(code, "10", 2) || !strncmp(code, "129", 3);
}

/* Where the content of such a trigger ending at te ends: the end of the
   sentence, a barrier, a word that resumes the report (data/lang "resume":
   "dopo", "after"), or a comma that does not join two actors of a list. */
static uint32_t content_end(const cctx *c, const dyad_lang_data *ld, uint32_t te) {
  uint32_t i = te;
  for (; i < c->se; i++) {
    const dyad_token *k = &c->tok[i];
    if (barrier(c, k) || dyad_map_get(&ld->resume, k->norm, strlen(k->norm))) break;
    if (norm_is(k, ",") && !(i > te && c->mention_at[i - 1] >= 0 && i + 1 < c->se && c->mention_at[i + 1] >= 0)) break;
  }
  return i;
}

/* Does a trigger with this code react to another act that its clause
   names ("ha denunciato l'incursione", "condemned an attack", "called the
   killing a provocation", "set up an inquiry into the crackdown")?
   Investigations, disapproval and rejections.  Not an accusation, whose
   reported act is coded (coding rule 6), nor defying a norm or a veto,
   which are acts; responses and denials often answer an act of the same
   country the sentence opens with ("in risposta alle espulsioni decise da
   Roma") and are left alone. */
static bool reacts_to_act(const char *code) {
  if (!strncmp(code, "112", 3) || !strncmp(code, "128", 3) || !strncmp(code, "129", 3)) return false;
  return !strncmp(code, "09", 2) || !strncmp(code, "11", 2) || !strncmp(code, "12", 2);
}

/* Is mention mi, bound as the target of a plain statement (010) whose
   trigger ends at te, no target of it: the listener ("ha detto a Putin",
   "told the Senate", "addressed the General Assembly": right after the verb
   or after a data/lang "listener" preposition), or an actor of an act the
   statement announces ("ha annunciato restrizioni alle esportazioni verso
   la Corea", "announced the expulsion of Russian diplomats": another
   trigger stands between)? */
static bool not_spoken_of(const cctx *c, const dyad_lang_data *ld, int mi, uint32_t te) {
  dyad_buf key = DYAD_BUF_INIT;
  uint32_t b = c->m[mi].tok_begin, q = b;
  if (q > te && WC(c, &c->tok[q - 1], DYAD_WC_ARTICLE)) q--;
  bool yes = q == te || (q > te && dyad_map_get(&ld->listener, c->tok[q - 1].norm, strlen(c->tok[q - 1].norm)));
  for (uint32_t k = te; k < b && !yes; k++)
    yes = c->mention_at[k] < 0 && (trigger_head(c, &key, k, 0) != NO_ID || trigger_head(c, &key, k, 1) != NO_ID);
  dyad_buf_free(&key);
  return yes;
}

/* Is the trigger at i a past participle that describes a person or a thing
   rather than reporting an act ("donne israeliane tenute in ostaggio",
   "Eva Kaili, arrestata", "hostages seized during the attack")?  Coding rule 7: such
   participles are not coded.  data/lang "participle" endings (1) are verbs
   only after an auxiliary, so an actor or a comma right before them makes a
   modifier (other words may be an adjective before a noun: "la prima
   visita");
   "participle.past" endings (2) are also a simple past ("Pakistan
   captured"), so they modify only a plain noun before them and only with a
   preposition after ("seized during").  One with an agent after it ("a deal
   brokered by China", "mediato dalla Turchia") is a passive act. */
static bool participle_modifier(const cctx *c, const dyad_lang_data *ld, uint32_t i) {
  if (i <= c->sb) return false;
  const dyad_token *w = &c->tok[i], *p = &c->tok[i - 1];
  size_t n = strlen(w->norm);
  uint32_t kind = 0;
  for (size_t k = 2; k <= 4 && k < n && !kind; k++) {
    uint32_t *v = dyad_map_get(&ld->participle, w->norm + n - k, k);
    if (v) kind = *v;
  }
  if (!kind) return false;
  uint32_t not_verb = DYAD_WC_AUX | DYAD_WC_PASSIVE | DYAD_WC_CARRY | DYAD_WC_PRONOUN | DYAD_WC_ARTICLE |
                      DYAD_WC_GENITIVE | DYAD_WC_BY | DYAD_WC_LOCATIVE | DYAD_WC_PLACE | DYAD_WC_INDEFINITE |
                      DYAD_WC_POSSESSIVE | DYAD_WC_INFINITIVE | DYAD_WC_NEG | DYAD_WC_QUANT;
  bool comma = norm_is(p, ",");
  if (!comma && (p->kind != DYAD_TOK_WORD || (c->wc[i - 1] & not_verb) || transparent(p))) return false;
  if (dyad_map_get(&ld->reciprocal, p->norm, strlen(p->norm))) return false; /* "si sono": reflexive */
  /* "un accordo mediato dalla Turchia", "a deal brokered by China": an
     agent named after it makes it a passive act, coded as such */
  uint32_t q = i + 1;
  while (q < c->se && q < i + 3 && !WC(c, &c->tok[q], DYAD_WC_BY)) q++;
  if (q + 1 < c->se && WC(c, &c->tok[q], DYAD_WC_BY) && mention_right(c, q + 1, 3, false) >= 0) return false;
  if (kind == 1) return comma || c->mention_at[i - 1] >= 0; /* not "la prima visita", "il nuovo pacchetto" */
  if (comma || c->mention_at[i - 1] >= 0 || (p->flags & DYAD_TF_UPPER) || i + 1 >= c->se) return false;
  const dyad_token *a = &c->tok[i + 1];
  return WC(c, a, DYAD_WC_LOCATIVE) || WC(c, a, DYAD_WC_PLACE) || dyad_map_get(&ld->within, a->norm, strlen(a->norm)) ||
         dyad_map_get(&ld->participle_after, a->norm, strlen(a->norm));
}

/* The subject of a gerund clause after a comma (", avvertendo che Mosca
   potrebbe...", ", denunciando le ostruzioni", ", defying warnings from
   Beijing"): the first actor of the sentence that is no place, no modifier
   and not the owner of a noun.  -1 when the trigger at i is no such gerund
   (data/lang "gerund" endings) or no actor opens the sentence. */
static int gerund_subject(const cctx *c, const dyad_lang_data *ld, uint32_t i) {
  if (i <= c->sb || !norm_is(&c->tok[i - 1], ",")) return -1;
  const char *w = c->tok[i].norm;
  size_t n = strlen(w);
  bool ger = false;
  for (size_t k = 3; k <= 4 && k < n && !ger; k++) ger = dyad_map_get(&ld->gerund, w + n - k, k) != NULL;
  if (!ger) return -1;
  for (size_t m = 0; m < c->nm; m++) {
    const dyad_mention *x = &c->m[m];
    if (x->sentence != c->tok[i].sentence || x->tok_end > i) continue;
    if (x->flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)) continue;
    if (x->tok_begin > c->sb && WC(c, &c->tok[x->tok_begin - 1], DYAD_WC_LOCATIVE)) continue;
    if (x->tok_end < c->se && (norm_is(&c->tok[x->tok_end], "'s") || norm_is(&c->tok[x->tok_end], "s"))) continue;
    return (int)m;
  }
  return -1;
}

/* The code of an act of force (root 19) aimed at a named person ("U.S.
   troops captured Saddam Hussein", "Gheddafi è stato ucciso dai
   combattenti"): force against a person is no military engagement but the
   block's own code for a person, an arrest (173) or a targeted killing
   (186), when one of its patterns has it; NULL otherwise. */
static const char *person_code(const cctx *c, const dyad_block *bl, const char *code, int tgt) {
  if (strncmp(code, "19", 2) != 0 || tgt < 0 || !(c->m[tgt].flags & DYAD_MF_PERSON)) return NULL;
  const char *kill = NULL;
  for (uint32_t p = 0; p < bl->n_p; p++) {
    const char *pc = c->e->pats[bl->p0 + p].code;
    if (!strcmp(pc, "173")) return pc;
    if (!strcmp(pc, "186") && !kill) kill = pc;
  }
  return kill;
}

/* "Le forze di sicurezza hanno aperto il fuoco sui manifestanti": force a
   state uses on its own protesters or opposition (a data/lang
   "domestic.repressed" role) is violent repression, not fighting. */
static bool repression(const cctx *c, const char *code, int src, int tgt) {
  if (strncmp(code, "19", 2) != 0 || src < 0 || tgt < 0) return false;
  const dyad_mention *s = &c->m[src], *t = &c->m[tgt];
  if (strcmp(s->country, t->country) != 0 || strlen(t->code) <= 3 || !strcmp(s->code, t->code)) return false;
  char r[8];
  size_t k;
  for (k = 0; t->code[3 + k] && k + 1 < sizeof r; k++) r[k] = (char)(t->code[3 + k] | 0x20);
  r[k] = 0;
  const uint32_t *v = dyad_map_get(&c->ld->domestic, r, strlen(r));
  return v && (*v & 2);
}

/* ---- counted sets ("the two leaders") -------------------------------------- */

/* The value of the "plural" phrase made of tokens [b, e) (no actor among
   them), 0 when it is none; ph is scratch space. */
static uint32_t plural_words(const cctx *c, uint32_t b, uint32_t e, dyad_buf *ph) {
  dyad_buf_clear(ph);
  for (uint32_t q = b; q < e; q++) {
    if (c->mention_at[q] >= 0) return 0;
    if (q > b) dyad_buf_putc(ph, ' ');
    dyad_buf_puts(ph, c->tok[q].norm);
  }
  uint32_t *v = dyad_map_get(&c->ld->plural, ph->ptr, ph->len);
  return v ? *v : 0;
}

/* A data/lang "plural" phrase ("the two leaders", "i due Paesi") that ends
   right before the trigger at tb, through auxiliaries ("have", "si sono"):
   its value (count + 16 * kind), and *begin its first token; 0 when none. */
static uint32_t plural_before(const cctx *c, uint32_t tb, uint32_t *begin) {
  uint32_t end = tb, found = 0;
  while (end > c->sb && tb - end < 3) {
    const dyad_token *k = &c->tok[end - 1];
    uint32_t *r = dyad_map_get(&c->ld->reciprocal, k->norm, strlen(k->norm));
    if (!WC(c, k, DYAD_WC_AUX) && !WC(c, k, DYAD_WC_PASSIVE) && !WC(c, k, DYAD_WC_CARRY) && !(r && *r == 2)) break;
    if (WC(c, k, DYAD_WC_CONJ)) break;
    end--;
  }
  /* no phrase ends with the last word (the part after a blank, as in the
     phrases' index) */
  if (end < c->sb + 2) return 0;
  const char *last = c->tok[end - 1].norm, *blank = strrchr(last, ' ');
  if (blank) last = blank + 1;
  if (!dyad_map_get(&c->ld->plural_last, last, strlen(last))) return 0;
  dyad_buf ph = DYAD_BUF_INIT;
  for (uint32_t len = 2; len <= 4 && !found && end >= c->sb + len; len++)
    if ((found = plural_words(c, end - len, end, &ph)) != 0) *begin = end - len;
  dyad_buf_free(&ph);
  return found;
}

/* A data/lang "plural" phrase that starts at b ("welcomed the two leaders"):
   its value, and *end the token after it; 0 when none. */
static uint32_t plural_at(const cctx *c, uint32_t b, uint32_t *end) {
  uint32_t found = 0;
  dyad_buf ph = DYAD_BUF_INIT;
  for (uint32_t len = 2; len <= 4 && !found && b + len <= c->se; len++)
    if ((found = plural_words(c, b, b + len, &ph)) != 0) *end = b + len;
  dyad_buf_free(&ph);
  return found;
}

/* The actors a counted set stands for: the most recent actors of distinct
   countries named before token pos in this sentence or the two before it
   (persons only when the set is of leaders and persons are named; no person
   when it is of states).  Their mention indexes in the order named; the
   count only when exactly as many are in reach, else 0. */
static int plural_members_but(const cctx *c, uint32_t pos, uint32_t value, int out[3], const char *but);

static int plural_members(const cctx *c, uint32_t pos, uint32_t value, int out[3]) {
  return plural_members_but(c, pos, value, out, NULL);
}

/* The same, leaving out the actors of country but (the one acting on the
   set: "Parmelin welcomed the two leaders"). */
static int plural_members_but(const cctx *c, uint32_t pos, uint32_t value, int out[3], const char *but) {
  uint32_t want = value & 15u, kind = value >> 4;
  uint32_t snt = c->tok[pos].sentence;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1 && kind != 1 && kind != 2) break;
    int n = 0, v[8];
    for (size_t m = c->nm; m-- > 0;) {
      const dyad_mention *x = &c->m[m];
      if (x->tok_begin >= pos || x->sentence > snt) continue;
      if (x->sentence + 2 < snt) break;
      if (x->flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)) continue;
      if (kind == 1 && pass == 0 && !(x->flags & DYAD_MF_PERSON)) continue;
      if (kind == 2 && (x->flags & (pass ? DYAD_MF_ORG : DYAD_MF_PERSON | DYAD_MF_ORG))) continue;
      if (but && !strcmp(x->country, but)) continue;
      bool seen = false;
      for (int q = 0; q < n && !seen; q++) seen = !strcmp(c->m[v[q]].country, x->country);
      if (!seen && n < 8) v[n++] = (int)m;
    }
    if (n == 0 && kind == 1 && pass == 0) continue; /* no person named: any actor */
    if (n == 0 && kind == 2 && pass == 0) continue; /* no state named: the leaders' states */
    if (n != (int)want) return 0;
    for (int q = 0; q < n; q++) out[q] = v[n - 1 - q];
    return n;
  }
  return 0;
}

/* Is the verb at tb joined to an earlier one by a conjunction, through
   auxiliaries ("e hanno firmato", "and signed")?  An accented "è" folds to
   "e" and is no conjunction. */
static bool verb_joined(const cctx *c, uint32_t tb) {
  for (uint32_t q = tb; q > c->sb && tb - q < 5; q--) {
    const dyad_token *k = &c->tok[q - 1];
    if (WC(c, k, DYAD_WC_CONJ) && !norm_is(k, ",") && k->span.end - k->span.start == strlen(k->norm)) return true;
    if (!WC(c, k, DYAD_WC_AUX) && !WC(c, k, DYAD_WC_CARRY) && !WC(c, k, DYAD_WC_PASSIVE) && !transparent(k)) return false;
  }
  return false;
}

/* The subject of the passive verb at tb: the nearest actor before it,
   unless a conjunction joins the verb to an earlier clause ("sono arrivati
   a Kiev, raggiunti poi da Iohannis, e sono stati ricevuti", "arrived in
   Athens and was welcomed"): then the actor that opens the sentence.  An
   accented "è" folds to "e" and is no conjunction. */
static int passive_subject(const cctx *c, uint32_t tb) {
  int subj = mention_left(c, tb, SOURCE_WINDOW, false);
  uint32_t from = subj >= 0 ? c->m[subj].tok_end : c->sb;
  bool conj = false;
  for (uint32_t q = from; q < tb && !conj; q++) {
    const dyad_token *k = &c->tok[q];
    conj = WC(c, k, DYAD_WC_CONJ) && !norm_is(k, ",") && k->span.end - k->span.start == strlen(k->norm);
  }
  if (!conj) return subj;
  int o = opening_actor(c, c->tok[c->sb].sentence);
  return o >= 0 && (subj < 0 || o < subj) && c->m[o].tok_end <= tb ? o : subj;
}

/* A reported verdict at token t ("May said Russia was responsible", "ha
   detto che «Putin è responsabile»", "dopo aver ritenuto Mosca «colpevole»"):
   the actor right before the blame word (through a copula, quotation marks
   or adverbs) is accused (112) by the subject of the speech or verdict verb
   before it, else by the sentence's opening actor.  True when coded (or
   dropped as negated or hypothetical), so that no trigger codes the word. */
static bool verdict_claim(cctx *c, const dyad_lang_data *ld, uint32_t t) {
  const dyad_token *w = &c->tok[t];
  uint32_t *v = dyad_map_get(&ld->verdict, w->norm, strlen(w->norm));
  if (!v || *v != 1 || t == c->sb) return false;
  uint32_t q = t;
  while (q > c->sb && c->mention_at[q - 1] < 0 && t - q < 4 &&
         (transparent(&c->tok[q - 1]) || WC(c, &c->tok[q - 1], DYAD_WC_AUX) || WC(c, &c->tok[q - 1], DYAD_WC_PASSIVE) ||
          WC(c, &c->tok[q - 1], DYAD_WC_NEG)))
    q--;
  if (q == c->sb || c->mention_at[q - 1] < 0) return false;
  int acc = c->mention_at[q - 1];
  if (c->m[acc].flags & DYAD_MF_PLACE) return false;
  /* the verb that reports or holds the verdict, before the accused */
  uint32_t verb = UINT32_MAX;
  for (uint32_t k = c->m[acc].tok_begin; k > c->sb && c->m[acc].tok_begin - k < 10; k--) {
    const dyad_token *x = &c->tok[k - 1];
    if (barrier(c, x)) break;
    uint32_t *hv = dyad_map_get(&ld->verdict, x->norm, strlen(x->norm));
    if ((hv && *hv == 2) || dyad_map_get(&ld->speech, x->norm, strlen(x->norm))) {
      verb = k - 1;
      break;
    }
  }
  if (verb == UINT32_MAX) return false;
  int src = subject_left(c, verb, SOURCE_WINDOW, false);
  if (src < 0) src = carried_subject(c, verb);
  /* past a comma ("..., dopo aver ritenuto", "..., saying") the verb's
     subject is the sentence's */
  bool comma = src < 0;
  for (uint32_t k = src >= 0 ? c->m[src].tok_end : verb; k < verb && !comma; k++) comma = norm_is(&c->tok[k], ",");
  if (comma) {
    int o = opening_actor(c, c->tok[c->sb].sentence);
    if (o >= 0 && o != acc) src = o;
  }
  if (src < 0 || src == acc || c->m[src].tok_begin > verb) return false;
  if (!negated(c, t) && !negated(c, verb) && !hypothetical(c, verb)) {
    int g[8], n = group(c, acc, g, 8);
    dyad_date d = sentence_date(c, ld, t);
    for (int k = 0; k < n; k++) emit(c, src, g[k], "112", "", t, t + 1, "VERDICT", d, -1);
  }
  return true;
}

/* ---- the sentence ----------------------------------------------------------- */

/* A binding made by a rule rather than a pattern. */
static void bind_to(binding *b, int src, int tgt, bool both) {
  b->src = src;
  b->tgt = tgt;
  b->both = both;
  b->pat = NULL;
}

static void code_sentence(cctx *c, const dyad_lang_data *ld) {
  const dyad_event_dict *e = c->e;
  int claim[8];
  int n_claim = claimants(c, claim, 8);
  size_t first_event = c->out.n;
  dyad_buf key = DYAD_BUF_INIT;
  uint32_t content_from = 0, content_to = 0; /* triggers between name a demanded or threatened act */
  uint32_t react_b = 0, react_e = 0; /* the latest trigger of a reaction to an act, and its root */
  char react_root[3] = "";
  for (uint32_t i = c->sb; i < c->se; i++) {
    if (c->mention_at[i] >= 0) continue;
    if (verdict_claim(c, ld, i)) continue;
    binding best = {-1, -1, false, NULL, 0};
    uint32_t best_te = 0, any_te = 0;
    uint32_t gclause = UINT32_MAX; /* the gerund clause, found at the first trigger */
    const dyad_block *best_block = NULL, *any_block = NULL;
    for (int pass = 0; pass < 2; pass++) {
      for (uint32_t t = trigger_head(c, &key, i, pass); t != NO_ID; t = e->trig[t].next) {
        const dyad_trigger *tr = &e->trig[t];
        uint32_t j, at = i;
        for (j = 0; j < tr->n_w; j++, at++) {
          /* "ha rotto giovedì le relazioni": a date may stand inside a
             trigger after its verb */
          if (j > 0 && at + 1 < c->se && !el_word_at(c, &e->mwords[tr->w0 + j], at) && inner_skip(c, ld, at)) {
            at++;
            /* "ha aperto sabato pomeriggio il fuoco", "giovedì scorso": the
               date's second word */
            if (at + 1 < c->se && !el_word_at(c, &e->mwords[tr->w0 + j], at) &&
                (dyad_map_get(&ld->daypart, c->tok[at].norm, strlen(c->tok[at].norm)) ||
                 WC(c, &c->tok[at], DYAD_WC_PAST | DYAD_WC_FUTURE) || inner_skip(c, ld, at)))
              at++;
          }
          if (at >= c->se || !el_word_at(c, &e->mwords[tr->w0 + j], at)) break;
        }
        if (j < tr->n_w) continue;
        uint32_t te = at;
        const dyad_block *bl = &e->blocks[tr->block];
        if (!any_block) gclause = gerund_clause(c, i);
        if (!any_block || te > any_te) {
          any_block = bl;
          any_te = te;
        }
        for (uint32_t p = 0; p < bl->n_p; p++) {
          binding b;
          const dyad_pattern *pat = &e->pats[bl->p0 + p];
          if (!try_pattern(c, pat, i, te, &b)) continue;
          /* a verb's agent is not named after it: in a gerund clause the
             patterns of a noun ("* di $ &DI +") do not apply */
          if (gclause == i && b.src >= 0 && !b.both && c->m[b.src].tok_begin >= te) continue;
          if (!best.pat || pat->specificity > best.pat->specificity ||
              (pat->specificity == best.pat->specificity && te > best_te)) {
            best = b;
            best_te = te;
            best_block = bl;
          }
          break;
        }
        if (!best_block && (symmetric(block_code(e, bl)) || mutual(c, i, te, false))) {
          /* "Unione europea e Turchia hanno raggiunto l'accordo": a
             two-sided act whose parties are the coordinated subject */
          int src = subject_left(c, i, SOURCE_WINDOW, false), g[8];
          if (src >= 0 && group(c, src, g, 8) >= 2) {
            bind_to(&best, src, -1, true);
            best_te = te;
            best_block = bl;
          }
        }
        if (!best_block && !strncmp(bl->code, "016", 3)) {
          /* a denial names no target: the accusers are found later */
          binding b = {mention_left(c, i, SOURCE_WINDOW, false), -1, false, NULL, 0};
          if (b.src >= 0) {
            best = b;
            best_te = te;
            best_block = bl;
          }
        }
        if (bl->n_p == 0) { /* the default pattern: $ * + */
          binding b = {mention_left(c, i, SOURCE_WINDOW, false), mention_right(c, te, TARGET_WINDOW, false), false, NULL, 0};
          if (b.src >= 0 && b.tgt >= 0 && !best.pat) {
            best = b;
            best_te = te;
            best_block = bl;
          }
        }
      }
    }
    /* "ha chiesto a Mosca di ritirare le truppe", "vetoed a resolution
       condemning Moscow": a trigger inside the content of a demand, a
       threat or a veto names an act that has not happened */
    if (any_block && i > content_from && i < content_to) {
      i = any_te - 1;
      continue;
    }
    if (any_block && reacts_to_act(block_code(e, any_block))) {
      react_b = i;
      react_e = any_te;
      memcpy(react_root, block_code(e, any_block), 2);
    }
    if (any_block && takes_content(c, block_code(e, any_block), any_te)) {
      content_from = any_te; /* "ha chiesto perdono": a bare noun right after is one act with the verb */
      content_to = content_end(c, ld, any_te);
    }
    /* "bin Salman hosted the meeting", "ha ospitato il vertice": a host
       whose object is the talks, not a party */
    if (!best_block && any_block && !strncmp(block_code(e, any_block), "043", 3) && !participle_after_aux(c, i)) {
      uint32_t v = any_te;
      if (v < c->se && WC(c, &c->tok[v], DYAD_WC_ARTICLE)) v++;
      int src = subject_left(c, i, SOURCE_WINDOW, false);
      if (v < c->se && WC(c, &c->tok[v], DYAD_WC_VENUE) && c->mention_at[v] < 0 && src >= 0) {
        bind_to(&best, src, -1, false);
        best_block = any_block;
        best_te = any_te;
      }
    }
    /* "ed è stato accolto dal premier Mitsotakis", "the talks were hosted
       by Erdogan": a passive participle that no pattern bound, with an actor
       as its agent, is bound by the passive rule below */
    if (!best_block && any_block && participle_after_aux(c, i)) {
      uint32_t by = any_te;
      while (by < c->se && by < any_te + 5 && !WC(c, &c->tok[by], DYAD_WC_BY) && !barrier(c, &c->tok[by])) by++;
      if (by < c->se && WC(c, &c->tok[by], DYAD_WC_BY) && mention_right(c, by + 1, 3, false) >= 0) {
        best.src = best.tgt = -1;
        best.both = false;
        best.pat = NULL;
        best_block = any_block;
        best_te = any_te;
      }
    }
    /* "hanno concordato di ristabilire le relazioni, al termine di quattro
       giorni di negoziati", "after their first summit": talks that name no
       parties are between the parties of the latest two-sided act coded in
       this sentence; so is any two-sided act whose verb is joined to that
       act's ("si sono stretti la mano ... e hanno firmato una dichiarazione",
       "met Xi in Beijing and signed a joint statement") */
    bool talk = any_block && !strncmp(block_code(e, any_block), "04", 2);
    if (!best_block && any_block && symmetric(block_code(e, any_block)) && (talk || verb_joined(c, i))) {
      uint32_t snt = c->tok[c->sb].sentence;
      /* "sotto lo sguardo di Trump, che li ha negoziati", "Qatar, which
         negotiated it": talks named with a subject of their own that is
         no party of the two-sided act coded before them in this sentence
         are that subject's mediation between its parties */
      int own = subject_left(c, i, SOURCE_WINDOW, false), parties[8], np = 0;
      bool third = talk && own >= 0 && !(c->m[own].flags & DYAD_MF_PLACE) && c->m[own].sentence == snt &&
                   i - c->m[own].tok_end <= 6 && c->m[own].tok_begin > c->sb &&
                   !WC(c, &c->tok[c->m[own].tok_begin - 1], DYAD_WC_LOCATIVE);
      /* its verb, with an auxiliary ("che li ha negoziati", "who had
         negotiated"), no comma but right after it ("Trump, che") */
      bool verb = false;
      for (uint32_t q = third ? c->m[own].tok_end : i; q < i; q++) {
        if (norm_is(&c->tok[q], ",") && q > c->m[own].tok_end) third = false;
        else if (!norm_is(&c->tok[q], ",") && (WC(c, &c->tok[q], DYAD_WC_AUX) || WC(c, &c->tok[q], DYAD_WC_CARRY))) verb = true;
      }
      third = third && verb;
      for (size_t k = c->out.n; third && k-- > 0;) {
        const dyad_event *ev = &c->out.v[k];
        if (ev->sentence != snt) break;
        if (!symmetric(ev->code) || ev->trigger.start >= c->tok[i].span.start) continue;
        if (ev->source.span.start >= c->m[own].span.start) third = false; /* the act is the subject's own */
        const dyad_actor_ref *ends[2] = {&ev->source, &ev->target};
        for (int e2 = 0; e2 < 2 && third; e2++) {
          if (!strcmp(ends[e2]->country, c->m[own].country)) third = false;
          int mi = -1;
          for (size_t m = 0; m < c->nm && mi < 0; m++)
            if (c->m[m].span.start == ends[e2]->span.start) mi = (int)m;
          bool dup = mi < 0;
          for (int q = 0; q < np && !dup; q++) dup = !strcmp(c->m[parties[q]].country, c->m[mi].country);
          if (!dup && np < 8) parties[np++] = mi;
        }
      }
      if (third && np >= 2) {
        if (!negated(c, i) && !hypothetical(c, i)) {
          int med[8], n_med = group(c, own, med, 8);
          dyad_date md = sentence_date(c, ld, i);
          for (int a = 0; a < n_med; a++)
            for (int q = 0; q < np; q++) emit(c, med[a], parties[q], "045", "", i, any_te, "MEDIATE", md, -1);
        }
        i = any_te - 1;
        continue;
      }
      for (size_t k = c->out.n; k-- > 0 && !best_block;) {
        const dyad_event *ev = &c->out.v[k];
        if (ev->sentence != snt) break;
        if (!symmetric(ev->code) || ev->trigger.start >= c->tok[i].span.start) continue;
        int a = -1, b2 = -1;
        for (size_t m = 0; m < c->nm; m++) {
          if (c->m[m].span.start == ev->source.span.start) a = (int)m;
          if (c->m[m].span.start == ev->target.span.start) b2 = (int)m;
        }
        if (a < 0 || b2 < 0) continue;
        bind_to(&best, a, b2, false);
        best_te = any_te;
        best_block = any_block;
      }
    }
    /* "Biden e Xi si sono incontrati a margine del G20", "accused each
       other": coordinated actors act on each other, not on the actor after */
    if (best_block && best.src >= 0 && !best.both &&
        mutual(c, i, best_te, symmetric(best.pat ? best.pat->code : block_code(e, best_block)))) {
      int g[8];
      if (group(c, best.src, g, 8) >= 2) {
        best.tgt = -1;
        best.both = true;
      }
    }
    /* ", accusing Kigali of...", ", avvertendo che Mosca...": a gerund clause
       after a comma takes the subject of the main clause, not the actor
       named last before the comma */
    if (best_block && gclause != UINT32_MAX && best.src >= 0 && !best.both && c->m[best.src].tok_end < gclause) {
      int subj = main_subject(c, gclause, claim, n_claim);
      /* "suscitando critiche da parte di Israele": the actor after an agent
         word is the one who acts on the act the gerund names */
      bool agent = false;
      if (gclause < i && best.tgt >= 0)
        for (uint32_t q = c->m[best.tgt].tok_begin; q > gclause && q + 3 >= c->m[best.tgt].tok_begin && !agent; q--)
          agent = WC(c, &c->tok[q - 1], DYAD_WC_BY);
      if (subj >= 0 && !agent && (best.tgt < 0 || strcmp(c->m[subj].country, c->m[best.tgt].country))) best.src = subj;
    }
    bool pronoun = false;
    /* ", accusandolo di...", ", accusing it of": the clause's subject
       accuses, criticizes or threatens the last other actor named before it */
    if (any_block &&
        (reaction(block_code(e, any_block)) || !strncmp(block_code(e, any_block), "13", 2) ||
         !strncmp(block_code(e, any_block), "02", 2)) &&
        object_pronoun(c, i, any_te)) {
      binding b = {-1, -1, false, NULL, 0};
      if (pronoun_binding(c, i, &b)) {
        best = b;
        best_block = any_block;
        best_te = any_te;
        pronoun = true;
      }
    }
    /* a reaction to an earlier act takes that act's author as target (not
       when a pronoun names its target: ", accusing it of hostile actions");
       a threat bound without one ("warned of further sanctions") finds its
       adversary later */
    if (!pronoun && (!best.pat || (best.tgt < 0 && strncmp(best.pat->code, "13", 2) != 0))) {
      for (int pass = 0; pass < 2 && (!best.pat || best.tgt < 0); pass++) {
        for (uint32_t t = trigger_head(c, &key, i, pass); t != NO_ID; t = e->trig[t].next) {
          const dyad_trigger *tr = &e->trig[t];
          const dyad_block *bl = &e->blocks[tr->block];
          const char *bc = block_code(e, bl);
          if (tr->n_w != 1 || !reaction(bc)) continue;
          int src = mention_left(c, i, SOURCE_WINDOW, false);
          if (src < 0) src = carried_subject(c, i);
          int tg = act_target(c, i + 1, strncmp(bc, "05", 2) ? src : -1);
          /* "a move Kyiv denounced as illegal", "una mossa che Kiev ha
             definito illegale": the word for the act stands before the
             reactor */
          if (tg < 0 && src >= 0 && c->m[src].tok_begin > c->sb + 1 && c->m[src].tok_end <= i && strncmp(bc, "05", 2)) {
            uint32_t k = c->m[src].tok_begin - 1;
            if (dyad_map_get(&ld->relative, c->tok[k].norm, strlen(c->tok[k].norm)) && k > c->sb) k--;
            if (WC(c, &c->tok[k], DYAD_WC_ACT)) tg = act_author(c, k, src);
          }
          if (tg < 0 || src < 0) continue;
          bind_to(&best, src, tg, false);
          best_te = i + 1;
          best_block = bl;
          break;
        }
      }
    }
    /* "the two leaders agreed", "i due Paesi hanno firmato": a counted set
       of actors named before is the coordinated subject of a two-sided act */
    {
      uint32_t pb = 0, pv = any_block ? plural_before(c, i, &pb) : 0;
      const char *pc = any_block ? block_code(e, any_block) : "";
      int pm[3], np = 0;
      if (pv && (!best_block || best.src < 0 || c->m[best.src].tok_end <= pb || best.both) &&
          (symmetric(pc) || mutual(c, i, any_te, true)) && best.tgt < 0)
        np = plural_members(c, pb, pv, pm);
      /* "hanno concordato di riprendere il dialogo": an agreement to act is
         coded by what it agrees to, which the block's code does not say */
      if (np >= 2 && !strncmp(pc, "05", 2) && any_te < c->se && WC(c, &c->tok[any_te], DYAD_WC_INFINITIVE)) np = 0;
      /* "the two sides agreed to a prisoner exchange": agreed on a thing,
         the block's own pattern for partners agreeing ("% *") gives the code */
      const char *pa = "";
      if (np >= 2 && any_te + 1 < c->se && !WC(c, &c->tok[any_te], DYAD_WC_ARTICLE) &&
          (WC(c, &c->tok[any_te + 1], DYAD_WC_ARTICLE) || WC(c, &c->tok[any_te + 1], DYAD_WC_INDEFINITE)))
        for (uint32_t p = 0; p < any_block->n_p; p++) {
          const dyad_pattern *pat = &e->pats[any_block->p0 + p];
          const dyad_pel *el = &e->els[pat->el0];
          if (pat->n_el == 2 && el[0].type == EL_BOTH && el[1].type == EL_TRIGGER) {
            pc = pat->code;
            pa = pat->alt;
            break;
          }
        }
      if (np >= 2) {
        if (!negated(c, i) && !hypothetical(c, pb) && !conditional(c, i, any_te, true)) {
          dyad_date pd = sentence_date(c, ld, i);
          for (int a = 0; a < np; a++)
            for (int q = 0; q < np; q++)
              if (a != q && (np == 2 || a == 0 || q == 0))
                emit(c, pm[a], pm[q], pc, pa, i, any_te, any_block->name, pd, -1);
        }
        i = any_te - 1;
        continue;
      }
    }
    /* "Parmelin welcomed the two leaders", "ha accolto i due leader": a
       counted set of actors named before as the object of an act */
    if (any_block && (!best_block || best.tgt < 0) && !best.both) {
      uint32_t pend = 0, pv = plural_at(c, any_te, &pend);
      int src = pv ? subject_left(c, i, SOURCE_WINDOW, false) : -1, pm[3], np = 0;
      /* ", esortando i due Paesi", ", urging both sides": a clause after a
         comma has the sentence's subject */
      if (pv && i > c->sb && norm_is(&c->tok[i - 1], ","))
        for (size_t m = 0; m < c->nm; m++) {
          if (c->m[m].sentence != c->tok[i].sentence || (c->m[m].flags & DYAD_MF_PLACE)) continue;
          if (c->m[m].tok_begin <= c->sb + 10 && c->m[m].tok_end <= i) src = (int)m;
          break;
        }
      if (src >= 0) np = plural_members_but(c, i, pv, pm, c->m[src].country);
      if (np >= 2) {
        const char *pc = block_code(e, any_block);
        if (!negated(c, i) && !hypothetical(c, i)) {
          dyad_date pd = sentence_date(c, ld, i);
          for (int a = 0; a < np; a++) {
            emit(c, src, pm[a], pc, "", i, any_te, any_block->name, pd, -1);
            if (symmetric(pc)) emit(c, pm[a], src, pc, "", i, any_te, any_block->name, pd, -1);
            if (!strcmp(pc, "043")) emit(c, pm[a], src, "042", "", i, any_te, any_block->name, pd, -1);
          }
        }
        i = pend - 1;
        continue;
      }
    }
    if (!best_block) continue;
    uint32_t te = best_te;
    /* the object words a pattern matched after its trigger ("minacciato
       nuove sanzioni contro", "ha revocato le sanzioni contro") are the act's
       own, not triggers of acts of their own; what is condemned, blamed,
       rejected or denied ("Putin's demand", "di genocidio") is another's
       act, coded on its own */
    uint32_t skip = te;
    if (best.pat && best.wend > te && strncmp(best.pat->code, "11", 2) != 0 &&
        (strncmp(best.pat->code, "12", 2) != 0 || !strncmp(best.pat->code, "128", 3)) && /* defied sanctions */
        strncmp(best.pat->code, "016", 3) != 0)
      skip = best.wend;
    const char *code = best.pat ? best.pat->code : block_code(e, best_block);
    const char *alt = best.pat ? best.pat->alt : "";
    dyad_date date = sentence_date(c, ld, i);
    /* passive: "X è stato ricevuto da Y" -> Y acts on X */
    bool passive = passive_before(c, ld, i);
    uint32_t by = te;
    while (passive && by < c->se && by < te + 5 && !WC(c, &c->tok[by], DYAD_WC_BY) && !barrier(c, &c->tok[by])) by++;
    if (passive && by < c->se && WC(c, &c->tok[by], DYAD_WC_BY)) {
      int agent = mention_right(c, by + 1, 3, false);
      int subj = passive_subject(c, i);
      /* a subject carried over ("... ed è stato ricevuto da") */
      if (subj < 0 && best.src >= 0 && c->m[best.src].tok_end <= i) subj = best.src;
      /* the subject is an actor, not the place named on the way */
      while (subj > 0 && (c->m[subj].flags & DYAD_MF_PLACE) && c->m[subj - 1].sentence == c->m[subj].sentence)
        subj--;
      if (agent >= 0 && subj >= 0) {
        best.src = agent;
        best.tgt = subj;
        best.both = false;
      } else if (agent >= 0 && best.src < 0 && (!strncmp(code, "043", 3) || !strncmp(code, "045", 3))) {
        best.src = agent; /* "the talks were hosted by Erdogan": between the parties */
        best.tgt = -1;
        best.both = false;
      } else if (agent < 0 && best.src >= 0 && c->m[best.src].tok_end <= i) {
        /* "colpita da un siluro": the agent is no actor, and the subject
           the pattern bound is the one acted on */
        i = skip - 1;
        continue;
      }
    } else if (passive && !best.both && best.src >= 0 && best.tgt >= 0 && c->m[best.src].tok_end <= i &&
               c->m[best.tgt].tok_begin >= te && participle_after_aux(c, i)) {
      /* "Haniyeh was killed in an Israeli strike", "è stato ricevuto alla
         Casa Bianca": no agent phrase, so the subject is the one acted on
         and the actor after the verb the one who acts */
      int t = best.src;
      /* the subject is an actor, not the place named on the way
         ("l'ambasciatrice d'Italia a Parigi è stata convocata") */
      while (t > 0 && (c->m[t].flags & DYAD_MF_PLACE) && c->m[t - 1].sentence == c->m[t].sentence) t--;
      best.src = best.tgt;
      best.tgt = t;
      /* "was received at the White House", "è stato arrestato a Mosca", "è
         stato convocato alla Farnesina": the seat or capital named as the
         place stands for its government, the host, the captor or the one
         that summons */
      if ((c->m[best.src].flags & DYAD_MF_PLACE) &&
          (!strncmp(code, "04", 2) || !strncmp(code, "17", 2) || !strncmp(code, "110", 3)))
        c->mx[best.src].flags &= ~(uint32_t)DYAD_MF_PLACE;
    }
    if (best.src < 0 && !code[0]) continue;
    /* ", avvertendo che Mosca potrebbe...": a gerund after a comma acts for
       the sentence's subject, not for the actor named just before it */
    if (best.src >= 0 && !best.both && c->m[best.src].tok_end <= i) {
      int gs = gerund_subject(c, ld, i);
      if (gs >= 0 && gs != best.tgt) best.src = gs;
    }
    if (participle_modifier(c, ld, i)) {
      i = te - 1;
      continue;
    }
    /* a threat is an act even when what it threatens is conditional
       ("warned it would respond"): only a condition before its source
       counts */
    uint32_t hypo_end = i;
    if (!strncmp(code, "13", 2) && best.src >= 0 && c->m[best.src].tok_begin < i && c->m[best.src].sentence == c->tok[i].sentence)
      hypo_end = c->m[best.src].tok_begin;
    /* a threat or an offer is an event even when its content is conditional */
    if (negated(c, i) || hypothetical(c, hypo_end) || attributive(c, i, te) ||
        conditional(c, i, te, strncmp(code, "13", 2) && strncmp(code, "03", 2))) {
      i = skip - 1;
      continue;
    }
    /* a denial without a target answers the accusers named before */
    if (!strncmp(code, "016", 3) && best.tgt < 0 && best.src >= 0 && c->n_claim) {
      int dg[8], nd = group(c, best.src, dg, 8); /* "Mosca e Pyongyang smentiscono" */
      for (int a = 0; a < nd; a++)
        for (int k = 0; k < c->n_claim; k++) emit(c, dg[a], c->claim_m[k], code, alt, i, te, best_block->name, date, -1);
      i = skip - 1;
      continue;
    }
    /* no accuser coded: the denial answers the one who reported what it
       denies, else the adversary in context (the author of the latest act
       against the denier) */
    if (!strncmp(code, "016", 3) && best.tgt < 0 && best.src >= 0 && !best.both) {
      best.tgt = reporter(c, best.src, i, te);
      if (best.tgt < 0) best.tgt = adversary(c, best.src, true);
    }
    if (best.src < 0) continue;
    /* a threat whose pattern names no target ("ha promesso una dura
       vendetta", "vowed to respond") is aimed at the adversary in context */
    if (!strncmp(code, "13", 2) && best.tgt < 0 && !best.both) {
      best.tgt = adversary(c, best.src, false);
      if (best.tgt < 0) continue;
    }
    if (!strncmp(code, "129", 3) && best.tgt < 0 && !best.both) best.tgt = vetoed_body(c, i, best.src);
    /* "migliaia di iraniani sono scesi in piazza", "Thousands of Cubans took
       to the streets": a crowd protesting at no one named protests at its
       own government, unless it protests in another country */
    if (best.tgt < 0 && !best.both && protest_crowd(c, &c->m[best.src], code, i)) {
      bool abroad = false;
      for (size_t m = 0; m < c->nm; m++)
        if (c->m[m].sentence == c->tok[i].sentence && (c->m[m].flags & DYAD_MF_PLACE) &&
            strcmp(c->m[m].country, c->m[best.src].country) != 0)
          abroad = true;
      if (!abroad) best.tgt = best.src;
    }
    /* a mediator or a host with no party of its own ("brokered by China",
       "the talks were hosted by Erdogan", "hosted the meeting") stands
       between the parties of the two-sided acts around it */
    if ((!strncmp(code, "045", 3) || !strncmp(code, "043", 3)) && best.tgt < 0 && !best.both) {
      int med[8], parties[8];
      int n_med = group(c, best.src, med, 8), np = mediated_parties(c, med, n_med, parties, 8);
      for (int a = 0; a < n_med; a++)
        for (int q = 0; q < np; q++) emit(c, med[a], parties[q], code, alt, i, te, best_block->name, date, -1);
      i = skip - 1;
      continue;
    }
    if (best.tgt < 0 && !best.both) continue;
    /* "X, Y and Z agreed to cut Russian banks off...", "hanno concordato di
       imporre": allies agreeing on an act against a third party; the act is
       coded, not an agreement among them */
    uint32_t inf = te; /* "agreed on Saturday to cut" */
    while (inf < c->se && inf < te + 4 && !WC(c, &c->tok[inf], DYAD_WC_INFINITIVE) && c->mention_at[inf] < 0 &&
           !barrier(c, &c->tok[inf]))
      inf++;
    int sg2[8], nsg2 = group(c, best.src, sg2, 8);
    if ((best.both || in_list(sg2, nsg2, best.tgt)) && symmetric(code) && inf + 1 < c->se && WC(c, &c->tok[inf], DYAD_WC_INFINITIVE) &&
        c->tok[inf + 1].kind == DYAD_TOK_WORD && c->mention_at[inf + 1] < 0 &&
        !WC(c, &c->tok[inf + 1], DYAD_WC_ARTICLE) && !WC(c, &c->tok[inf + 1], DYAD_WC_INDEFINITE) &&
        third_party_after(c, best.src, inf)) {
      i = skip - 1;
      continue;
    }
    /* "Il ministero di Taiwan ha denunciato l'incursione di aerei cinesi",
       "Biden condemned an unprovoked attack": the subject of a reaction is
       not the author of the act it reacts to; an act whose source is found
       only across such a trigger in the same clause is not coded */
    if (react_e && react_e <= i && c->m[best.src].tok_end <= react_b && c->m[best.src].sentence == c->tok[i].sentence &&
        strncmp(code, react_root, 2) != 0 && strncmp(code, "13", 2) != 0) { /* a threat is the speaker's own */
      /* "condemned the attack and imposed sanctions", "e ha imposto": a
         verb of its own, joined by a conjunction through auxiliaries (not
         "an unprovoked and unjustified attack") */
      bool joined = false;
      for (uint32_t q = react_e; q < i && !joined; q++) {
        joined = barrier(c, &c->tok[q]) || norm_is(&c->tok[q], ",");
        if (!joined && WC(c, &c->tok[q], DYAD_WC_CONJ)) {
          joined = true;
          for (uint32_t r = q + 1; r < i && joined; r++)
            joined = WC(c, &c->tok[r], DYAD_WC_CARRY) || WC(c, &c->tok[r], DYAD_WC_AUX) || transparent(&c->tok[r]);
        }
      }
      if (!joined) {
        i = te - 1;
        continue;
      }
    }
    if (!strcmp(code, "010") && best.tgt >= 0 && !best.both && c->m[best.tgt].tok_begin >= te &&
        not_spoken_of(c, ld, best.tgt, te)) {
      i = te - 1;
      continue;
    }
    /* "hanno lasciato il Nagorno-Karabakh dopo l'offensiva lampo
       dell'Azerbaigian", "agreed a deal hours before a summit of EU leaders":
       an act named after a word of time (data/lang "background") is the
       background of the clause, not an act of its subject */
    if (c->m[best.src].tok_end <= i && c->m[best.src].sentence == c->tok[i].sentence && !symmetric(code)) {
      /* only before an article ("dopo l'offensiva", "before a summit"): not
         a clause ("after it granted asylum") nor a possessive ("after their
         summit"); talks keep the parties of the act before them */
      bool bg = false;
      for (uint32_t q = i; q > c->m[best.src].tok_end && i - q < 4 && !bg; q--) {
        const dyad_token *k = &c->tok[q - 1];
        bg = dyad_map_get(&ld->background, k->norm, strlen(k->norm)) != NULL && q < c->se &&
             (WC(c, &c->tok[q], DYAD_WC_ARTICLE) || WC(c, &c->tok[q], DYAD_WC_INDEFINITE));
        if (barrier(c, k) || c->mention_at[q - 1] >= 0) break;
      }
      /* "during a visit to Tehran by IAEA chief Grossi": its own agent */
      for (uint32_t q = te; bg && q + 1 < c->se && q < te + 5 && !barrier(c, &c->tok[q]); q++)
        if (WC(c, &c->tok[q], DYAD_WC_BY) && mention_right(c, q + 1, 3, false) >= 0) bg = false;
      if (bg) {
        i = te - 1;
        continue;
      }
    }
    /* "forti critiche da parte di Israele", "attacchi con droni iraniani da
       parte dei militari russi": a nominal act whose agent is named after
       it (data/lang "agent" phrase, then a genitive) is that agent's; bound
       to another source, it is not coded */
    for (uint32_t q = te; q + 2 < c->se && q < te + 6 && !barrier(c, &c->tok[q]); q++) {
      dyad_buf two = DYAD_BUF_INIT;
      dyad_buf_puts(&two, c->tok[q].norm);
      dyad_buf_putc(&two, ' ');
      dyad_buf_puts(&two, c->tok[q + 1].norm);
      bool ag = dyad_map_get(&ld->agent, two.ptr, two.len) != NULL;
      dyad_buf_free(&two);
      if (!ag) continue;
      uint32_t g = q + 2;
      int am = WC(c, &c->tok[g], DYAD_WC_GENITIVE) ? mention_right(c, g + 1, 3, false) : -1;
      if (am >= 0 && strcmp(c->m[am].country, c->m[best.src].country) != 0) best.src = -1;
      break;
    }
    if (best.src < 0) {
      i = te - 1;
      continue;
    }
    if (in_list(claim, n_claim, best.tgt)) { /* "secondo X": X tells, it is not acted on */
      i = skip - 1;
      continue;
    }
    const char *pcode = person_code(c, best_block, code, best.tgt);
    if (pcode) {
      code = pcode;
      alt = "";
    }
    if (in_list(claim, n_claim, best.src)) n_claim = 0; /* the claimant is the actor */
    /* "il rilascio del giornalista detenuto in Iran": the place the
       pattern names stands for its country */
    if (best.pat && best.pat->place_target && best.tgt >= 0 && (size_t)best.tgt < c->nm)
      c->mx[best.tgt].flags &= ~(uint32_t)DYAD_MF_PLACE;
    emit_binding(c, &best, code, alt, i, te, best_block->name, date, n_claim ? claim[0] : -1, claim, n_claim);
    /* "Trump ha annunciato un cessate il fuoco tra Israele e Iran", "China
       announced a deal between Saudi Arabia and Iran": a two-sided act named
       with both parties after it, announced by a third actor, is that
       actor's mediation between them */
    if (code[0] == '0' && code[1] >= '3' && code[1] <= '8' && !best.both && best.tgt >= 0 && best.src >= 0 &&
        c->m[best.src].tok_begin >= te && c->m[best.tgt].tok_begin >= te) {
      int own = subject_left(c, i, SOURCE_WINDOW, false);
      bool said = false;
      for (uint32_t q = own >= 0 ? c->m[own].tok_end : i; q < i && !said; q++)
        said = dyad_map_get(&ld->speech, c->tok[q].norm, strlen(c->tok[q].norm)) != NULL;
      int pg[8], npg = 0, tg2[8], ntg = group(c, best.tgt, tg2, 8);
      npg = group(c, best.src, pg, 8);
      bool third = said && !(c->m[own].flags & DYAD_MF_PLACE);
      for (int q = 0; q < npg && third; q++) third = strcmp(c->m[pg[q]].country, c->m[own].country) != 0;
      for (int q = 0; q < ntg && third; q++) third = strcmp(c->m[tg2[q]].country, c->m[own].country) != 0;
      for (int q = 0; q < npg && third; q++) emit(c, own, pg[q], "045", "", i, te, "MEDIATE", date, -1);
      for (int q = 0; q < ntg && third; q++) emit(c, own, tg2[q], "045", "", i, te, "MEDIATE", date, -1);
    }
    i = skip - 1;
    /* "è pronta a ospitare i colloqui", "pledged to send troops": the act an
       intent, offer or promise names has not happened; the rest of its
       clause codes nothing more */
    if (!strncmp(code, "03", 2) && !symmetric(code)) /* "agreed to normalise ties" is decided */
      while (i + 1 < c->se && i + 1 < te + 6 && !barrier(c, &c->tok[i + 1]) && !WC(c, &c->tok[i + 1], DYAD_WC_CONJ)) i++;
    /* "called on Muslim countries to cut ties with Israel", "urged Iran to
       release the hostages": the act an appeal or a demand asks for has not
       happened; its infinitive complement codes nothing */
    if (!strncmp(code, "02", 2) || !strncmp(code, "10", 2)) {
      uint32_t k = te;
      while (k < c->se && k < te + 8 && !WC(c, &c->tok[k], DYAD_WC_INFINITIVE) && !barrier(c, &c->tok[k]) &&
             !norm_is(&c->tok[k], ","))
        k++;
      if (k < c->se && k < te + 8 && WC(c, &c->tok[k], DYAD_WC_INFINITIVE))
        for (i = k; i + 1 < c->se && i < k + 4 && !barrier(c, &c->tok[i + 1]) && !norm_is(&c->tok[i + 1], ",");) i++;
    }
    /* "ha sospeso gli aiuti all'Ucraina", "suspended cooperation with": the
       cooperation a reduction or suspension names up to its target is ended,
       not offered */
    if (!strncmp(code, "16", 2))
      while (i + 1 < c->se && i + 1 < te + 4 && c->mention_at[i + 1] < 0 && !barrier(c, &c->tok[i + 1]) &&
             !WC(c, &c->tok[i + 1], DYAD_WC_CONJ))
        i++;
  }
  if (n_claim) {
    memcpy(c->claim_m, claim, sizeof claim);
    c->n_claim = n_claim;
  }
  /* the sources of accusations coded here are the accusers a later denial
     answers ("Kiev accusa Mosca ... Mosca nega") */
  for (size_t k = first_event; k < c->out.n; k++) {
    const dyad_event *ev = &c->out.v[k];
    if (strcmp(ev->code, "112") != 0) continue;
    for (size_t q = 0; q < c->nm; q++)
      if (c->m[q].span.start == ev->source.span.start && c->n_claim < 8 &&
          !in_list(c->claim_m, c->n_claim, (int)q)) {
        if (k == first_event && !n_claim) c->n_claim = 0;
        c->claim_m[c->n_claim++] = (int)q;
      }
  }
  dyad_buf_free(&key);
}

int dyad_code_events(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                     dyad_event **out, size_t *n_out) {
  *out = NULL;
  *n_out = 0;
  int li = -1;
  for (int i = 0; i < d->n_langs; i++)
    if (strcmp(d->langs[i].code, doc->lang) == 0) li = i;
  if (li < 0 || !d->events[li] || !doc->n_tokens) return DYAD_OK;
  cctx c;
  memset(&c, 0, sizeof c);
  c.d = d;
  c.e = d->events[li];
  c.doc = doc;
  c.tok = doc->tokens;
  c.text = doc->article->text.ptr;
  c.m = doc->mentions;
  c.nm = doc->n_mentions;
  c.arena = arena;
  const dyad_lang_data *ld = &d->langs[li];
  c.ld = ld;
  c.date = refine_date(doc, ld);
  c.mention_at = dyad_arena_alloc(arena, doc->n_tokens * sizeof *c.mention_at);
  c.city_at = dyad_arena_alloc(arena, doc->n_tokens * sizeof *c.city_at);
  for (size_t i = 0; i < doc->n_tokens; i++) c.mention_at[i] = c.city_at[i] = -1;
  c.cap_city = c.nm + 64;
  c.mx = dyad_arena_alloc(arena, c.cap_city * sizeof *c.mx);
  if (c.nm) memcpy(c.mx, c.m, c.nm * sizeof *c.mx);
  c.m = c.mx;
  for (size_t k = 0; k < c.nm; k++)
    for (uint32_t i = c.m[k].tok_begin; i < c.m[k].tok_end; i++) c.mention_at[i] = (int32_t)k;
  c.n_prefer = -1;
  date_memo dates = {UINT32_MAX, 0, NULL, NULL, NULL};
  dates.tok = dyad_arena_alloc(arena, doc->n_tokens * sizeof *dates.tok);
  dates.val = dyad_arena_alloc(arena, doc->n_tokens * sizeof *dates.val);
  dates.skip = dyad_arena_alloc(arena, doc->n_tokens);
  memset(dates.skip, 0, doc->n_tokens);
  c.dates = &dates;
  c.wc = dyad_arena_alloc(arena, doc->n_tokens * sizeof *c.wc);
  for (size_t i = 0; i < doc->n_tokens; i++) c.wc[i] = dyad_token_class(ld, c.tok[i].norm);
  c.bar = dyad_arena_alloc(arena, doc->n_tokens);
  for (size_t i = 0; i < doc->n_tokens; i++) c.bar[i] = is_barrier(&c, &c.tok[i]);
  c.norm_id = dyad_arena_alloc(arena, doc->n_tokens * sizeof *c.norm_id);
  c.stem_id = dyad_arena_alloc(arena, doc->n_tokens * sizeof *c.stem_id);
  for (size_t i = 0; i < doc->n_tokens; i++) {
    c.norm_id[i] = dyad_word_id(c.tok[i].norm);
    c.stem_id[i] = c.tok[i].stem == c.tok[i].norm ? c.norm_id[i] : dyad_word_id(c.tok[i].stem);
  }
  for (size_t s = 0; s < doc->n_sentences; s++) {
    c.sb = doc->sentences[s].tok_begin;
    c.se = doc->sentences[s].tok_end;
    /* no actor in the sentence, no event (both ends are needed) */
    bool any = false;
    for (uint32_t i = c.sb; i < c.se && !any; i++) any = c.mention_at[i] >= 0;
    /* "The two leaders met": the actors are named in a sentence before */
    for (uint32_t i = c.sb + 1, pb; i < c.se && !any; i++) any = plural_before(&c, i, &pb) != 0;
    if (!any) continue;
    mark_cities(&c);
    code_sentence(&c, ld);
  }
  if (c.out.n) {
    dyad_event *v = dyad_arena_alloc(arena, c.out.n * sizeof *v);
    memcpy(v, c.out.v, c.out.n * sizeof *v);
    *out = v;
    *n_out = c.out.n;
  }
  free(c.out.v);
  return DYAD_OK;
}
