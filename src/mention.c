/*
** mention.c -- finding actor mentions in an analyzed article.
**
** Passes over the tokens:
**   1. match: at each token, the longest phrase of the names trie and of the
**      role-word (agent) trie; a name whose dictionary form is capitalized
**      matches only a capitalized word ("Turkey", not "turkey").  A name that
**      is also a role word ("Congress", "Consiglio di sicurezza") keeps both.
**   2. compose: a role word next to a country makes COUNTRY+ROLE
**        it: presidente russo | presidente della Russia | ministro degli Esteri russo
**        en: Russian president | Russia's interim president | president of Russia
**      (a capital composes as its country: "tribunale di Seul" is KORJUD);
**      a capital that is only a place ("la conferenza di Mosca", "flew to
**      Moscow", "Kabul airport") is flagged as one; a demonym on a plain noun
**      ("gas russo", "the Syrian border") is no actor; a country name inside a
**      personal name ("Chad le Clos", "Denzel Washington") is none either.
**   3. appositions: a title, a possessive country, a comma or "di/of" joins a
**      person to its description ("il presidente russo Vladimir Putin",
**      "South Korea's Moon Jae-in", "Abdallah II di Giordania", "Il presidente
**      del Ciad, Mahamat Idriss Déby"); two names of one organization are one
**      mention ("the U.N. Security Council").
**   4. resolve: persons get the role in force on the article's date; a bare
**      surname after a full name links to that person; context-only short
**      forms ("il Nord") stay only when the article names that country;
**      ambiguous names ("Georgia") yield to the clues of their other sense.
**   5. nicknames the article defines ('Vladimir Putin, detto «lo Zar»') are
**      mentions of that actor wherever they recur later in the article.
** Called by analyze.c (dyad_coder_actors); results live in the coder's arena.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX

typedef struct raw {
  uint32_t b, e;        /* token range */
  uint32_t actor;       /* dictionary actor (ORGREF: a noun for the organization named last) */
  uint32_t alt;         /* a name that is also a role word: that agent, or NO_ID */
  uint32_t pay;         /* the name's payload in the trie (its other senses follow), or NO_ID */
  bool agent;
  bool dead;
  bool implicit;        /* the actor comes from the context, not from the words */
  bool dual;            /* one half of a dual nationality ("British-Iranian") */
} raw;

#define ORGREF (UINT32_MAX - 1)

typedef struct raws {
  raw *v;
  size_t n, cap;
} raws;

static void raw_push(raws *r, uint32_t b, uint32_t e, uint32_t actor, uint32_t alt, uint32_t pay, bool agent) {
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 64;
    r->v = dyad_xrealloc(r->v, r->cap * sizeof *r->v);
  }
  r->v[r->n++] = (raw){b, e, actor, alt, pay, agent, false, false, false};
}

/* Longest match in t starting at token i (not past end).  Returns the end
   token (exclusive) and the payload, or i when nothing matches. */
static uint32_t longest(const dyad_actor_dict *ad, const dyad_trie *t, const dyad_token *tok,
                        uint32_t i, uint32_t end, uint32_t *payload) {
  uint32_t node = 0, best_end = i;
  *payload = NO_ID;
  uint8_t have = (tok[i].flags & DYAD_TF_ALLCAPS) ? 2 : (tok[i].flags & DYAD_TF_UPPER) ? 1 : 0;
  for (uint32_t j = i; j < end; j++) {
    node = dyad_trie_step(t, node, tok[j].norm);
    if (node == NO_ID) break;
    for (uint32_t p = t->node_payload[node]; p != NO_ID; p = ad->payloads[p].next) {
      if (ad->payloads[p].cap > have) continue;
      best_end = j + 1;
      *payload = p;
      break;
    }
  }
  return best_end;
}

/* snprintf(out, cap, "%s%s", a, b) without the formatting machinery: at most
   cap - 1 bytes, always terminated. */
static void code_cat(char *out, size_t cap, const char *a, const char *b) {
  size_t n = 0;
  for (; *a && n + 1 < cap; a++) out[n++] = *a;
  for (; *b && n + 1 < cap; b++) out[n++] = *b;
  out[n] = 0;
}

/* The word-class bits of token i (0 for punctuation and numbers). */
static uint32_t cls(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i) {
  if (tok[i].kind != DYAD_TOK_WORD && tok[i].kind != DYAD_TOK_ELISION) return tok[i].kind == DYAD_TOK_PUNCT && !strcmp(tok[i].norm, ",") ? dyad_word_class_of(ld, tok[i].norm) : 0;
  return dyad_word_class_of(ld, tok[i].norm);
}

static bool is_punct(const dyad_token *t, const char *s) {
  return t->kind == DYAD_TOK_PUNCT && !strcmp(t->norm, s);
}

/* A lower-case word that is no function word: a content word of the text. */
static bool content_word(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i) {
  const uint32_t FUNCTION = DYAD_WC_ARTICLE | DYAD_WC_PLACE | DYAD_WC_LOCATIVE | DYAD_WC_GENITIVE |
                            DYAD_WC_CONJ | DYAD_WC_BY | DYAD_WC_PRONOUN | DYAD_WC_CARRY |
                            DYAD_WC_SEATPREP | DYAD_WC_AUX | DYAD_WC_PASSIVE | DYAD_WC_NEG;
  return tok[i].kind == DYAD_TOK_WORD && !(cls(ld, tok, i) & FUNCTION);
}

/* A genitive between a role and its country: "della", "dell'", "of", "of the". */
static uint32_t of_len(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i, uint32_t end) {
  if (i >= end || !(cls(ld, tok, i) & DYAD_WC_GENITIVE)) return 0;
  return (i + 1 < end && (cls(ld, tok, i + 1) & DYAD_WC_ARTICLE)) ? 2 : 1;
}

/* Between a title and a name at most two title words or a possessive
   ("IAEA chief Rafael Grossi", "Japan's new Prime Minister"). */
static bool title_gap(const dyad_lang_data *ld, const dyad_token *tok, uint32_t from, uint32_t to) {
  if (to < from || to - from > 2) return false;
  for (uint32_t i = from; i < to; i++)
    if (tok[i].kind != DYAD_TOK_WORD || (tok[i].flags & DYAD_TF_UPPER) ||
        !((tok[i].flags & DYAD_TF_POSS) || (cls(ld, tok, i) & (DYAD_WC_TITLE | DYAD_WC_TITLEMOD))))
      return false;
  return true;
}

/* A country name inside a person's name ("Michael Jordan", "Jordan Peterson",
   "Chad Wolf", "Chad le Clos", "Denzel Washington"): a capitalized word that
   is no function word and no actor stands right after it (maybe after a
   particle: le, van, bin), or right before it.  Before it, the first word of
   a sentence ("Mentre Washington") and, for capitals, any word but a known
   first name ("A Ramstein Berlino") are no evidence. */
static bool inside_name(const dyad_actor_dict *ad, const dyad_lang_data *ld, const dyad_token *tok, uint32_t b,
                        uint32_t e, uint32_t s_begin, uint32_t s_end, const raws *r, size_t k, bool capital) {
  bool prev_is_actor = k > 0 && r->v[k - 1].e == b;
  bool next_is_actor = k + 1 < r->n && r->v[k + 1].b == e;
  if (b > s_begin && !prev_is_actor && tok[b - 1].kind == DYAD_TOK_WORD && (tok[b - 1].flags & DYAD_TF_UPPER) &&
      !(tok[b - 1].flags & DYAD_TF_ALLCAPS) && content_word(ld, tok, b - 1) &&
      !dyad_word_lookup(&ld->month, tok[b - 1].norm) &&
      !dyad_word_lookup(&ld->weekday, tok[b - 1].norm) &&
      !(cls(ld, tok, b - 1) & (DYAD_WC_TITLE | DYAD_WC_TITLEMOD))) {
    bool first = dyad_word_lookup(&ad->first_names, tok[b - 1].norm) != NULL;
    if (first || (!capital && b - 1 > s_begin)) return true;
  }
  /* a country right after a title is the title's attribute, whatever name
     follows ("l'ambasciatore Usa Nicholas Burns", "il ministro Usa ...") */
  if (!capital && b > s_begin && tok[b - 1].kind == DYAD_TOK_WORD && !(tok[b - 1].flags & DYAD_TF_UPPER) &&
      (cls(ld, tok, b - 1) & DYAD_WC_TITLE))
    return false;
  uint32_t n = e;
  if (n + 1 < s_end && tok[n].kind == DYAD_TOK_WORD && !(tok[n].flags & DYAD_TF_UPPER) &&
      (cls(ld, tok, n) & DYAD_WC_PARTICLE)) {
    n++;
    next_is_actor = k + 1 < r->n && r->v[k + 1].b == n;
  }
  if (n < s_end && !next_is_actor && tok[n].kind == DYAD_TOK_WORD && (tok[n].flags & DYAD_TF_UPPER) &&
      !(tok[n].flags & DYAD_TF_ALLCAPS) && content_word(ld, tok, n))
    return true;
  return false;
}

/* An Italian infinitive ("indagare", "ritirare", "rispondere"). */
static bool infinitive(const char *w) {
  size_t n = strlen(w);
  return n > 4 && (!strcmp(w + n - 3, "are") || !strcmp(w + n - 3, "ere") || !strcmp(w + n - 3, "ire"));
}

/* "a Mosca", "in Moscow", "at the Kremlin", "at a Moscow airport"; not the
   Italian dative after a verb of giving or asking ("armi a Kiev", "ha chiesto
   al Dipartimento di Giustizia i documenti"). */
static bool seat_prep(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t s_begin) {
  uint32_t p = b; /* the word before, past one article */
  if (p > s_begin && (cls(ld, tok, p - 1) & DYAD_WC_ARTICLE)) p--;
  if (p <= s_begin) return false;
  if (cls(ld, tok, p - 1) & DYAD_WC_SEATPREP) {
    if (cls(ld, tok, p - 1) & DYAD_WC_LOCATIVE) return true; /* in, nel, nella */
    for (uint32_t q = p - 1, steps = 0; q > s_begin && steps < 4; steps++) {
      q--;
      if (tok[q].kind == DYAD_TOK_PUNCT && !(tok[q].flags & DYAD_TF_QUOTE)) break;
      if (cls(ld, tok, q) & DYAD_WC_DATIVE) return false;
    }
    return true;
  }
  return strcmp(ld->code, "en") == 0 && p == b && (!strcmp(tok[p - 1].norm, "a") || !strcmp(tok[p - 1].norm, "an"));
}

/* The end or start of a movement: "flew to Moscow", "returned from Kyiv",
   "richiamato l'ambasciatore da Tel Aviv", "da Mosca" opening a clause. */
static bool moved_to(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t s_begin) {
  bool en = strcmp(ld->code, "en") == 0;
  uint32_t p = b; /* the word before, past one article */
  if (p > s_begin && (cls(ld, tok, p - 1) & DYAD_WC_ARTICLE)) p--;
  if (p <= s_begin) return false;
  const char *w = tok[p - 1].norm;
  bool dir = en ? (!strcmp(w, "to") || !strcmp(w, "from") || !strcmp(w, "into")) : (cls(ld, tok, p - 1) & DYAD_WC_BY) != 0;
  if (!dir) return false;
  if (!en && (p - 1 == s_begin || (tok[p - 2].kind == DYAD_TOK_PUNCT && !(tok[p - 2].flags & DYAD_TF_QUOTE))))
    return true; /* "; da Mosca Putin si è congratulato" */
  for (uint32_t q = p - 1, steps = 0; q > s_begin && steps < 7; steps++) {
    q--;
    if (tok[q].kind == DYAD_TOK_PUNCT && !(tok[q].flags & DYAD_TF_QUOTE)) break;
    if (cls(ld, tok, q) & DYAD_WC_MOTION) return true;
  }
  return false;
}

/* A capital or seat of power that is only a place here, not its government:
     "a Mosca", "in Moscow", "at the White House", "at a Moscow airport";
     "flew to Moscow", "returned from Kyiv", "richiamato l'ambasciatore da Tel
     Aviv" (a verb of motion shortly before), "da Mosca" opening a clause;
     "la conferenza di Mosca", "the streets of Kabul" (a venue), "le Grotte di
     Kiev" (a name), "il G20 di Nuova Delhi" (an organization);
     "Kabul airport", "the Moscow region" (English: a venue after it).
   Not a place: "ha chiesto a Tbilisi di indagare" (an addressee). */
static bool seat_is_place(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t e,
                          uint32_t s_begin, uint32_t s_end, const raws *r, size_t k) {
  bool en = strcmp(ld->code, "en") == 0;
  if (!en && e + 1 < s_end && (cls(ld, tok, e) & DYAD_WC_GENITIVE) && infinitive(tok[e + 1].norm)) return false;
  if (seat_prep(ld, tok, b, s_begin) || moved_to(ld, tok, b, s_begin)) return true;
  /* a genitive before it: what does it hang on? */
  uint32_t g = NO_ID;
  if (b > s_begin && (cls(ld, tok, b - 1) & DYAD_WC_GENITIVE)) g = b - 1;
  else if (b > s_begin + 1 && (cls(ld, tok, b - 1) & DYAD_WC_ARTICLE) && (cls(ld, tok, b - 2) & DYAD_WC_GENITIVE)) g = b - 2;
  if (g != NO_ID && g > s_begin) {
    uint32_t h = g - 1;
    if (cls(ld, tok, h) & DYAD_WC_VENUE) return true;
    /* "l'aeroporto internazionale di Khartum": a venue before its adjectives */
    for (uint32_t v = h, steps = 0; v > s_begin && steps < 2 && content_word(ld, tok, v) && !(tok[v].flags & DYAD_TF_UPPER);
         steps++)
      if (cls(ld, tok, --v) & DYAD_WC_VENUE) return true;
    if (k > 0 && r->v[k - 1].e == g && !r->v[k - 1].agent) return true; /* il G20 di Nuova Delhi */
    if (tok[h].kind == DYAD_TOK_WORD && (tok[h].flags & DYAD_TF_UPPER) && content_word(ld, tok, h) &&
        !(k > 0 && r->v[k - 1].e == g))
      return true; /* le Grotte di Kiev, the University of Tehran */
  }
  if (en) {
    uint32_t a = e;
    if (a < s_end && (tok[a].flags & DYAD_TF_POSS)) a++;
    if (a < s_end && tok[a].kind == DYAD_TOK_WORD && !(tok[a].flags & DYAD_TF_UPPER) && (cls(ld, tok, a) & DYAD_WC_VENUE))
      return true;
  }
  return false;
}

/* True when a word is by itself an event trigger of the language:
   "invasione", "strikes" (not "gas", which starts only "gas nervino").  A
   demonym on such a noun names its agent. */
static bool event_word(const dyad_dict *d, int li, const dyad_token *t) {
  const dyad_event_dict *ev = d->events[li];
  if (!ev || t->kind != DYAD_TOK_WORD) return false;
  char key[130];
  for (int pass = 0; pass < 2; pass++) {
    const char *w = pass == 0 ? t->norm : t->stem;
    size_t n = strlen(w);
    if (n + 2 > sizeof key) continue;
    key[0] = pass == 0 ? 'n' : 's';
    memcpy(key + 1, w, n);
    const uint32_t *head = dyad_map_get(&ev->index, key, n + 1);
    for (uint32_t i = head ? *head : NO_ID; i != NO_ID; i = ev->trig[i].next)
      if (ev->trig[i].n_w == 1) return true;
  }
  return false;
}

/* The demonym actor of one word, or NO_ID. */
static uint32_t demonym_of(dyad_arena *arena, const dyad_dict *d, const dyad_trie *t, const char *s, size_t n) {
  const dyad_actor_dict *ad = d->actors;
  uint32_t node = dyad_trie_step(t, 0, dyad_word_store(arena, &d->vocab, s, n));
  if (node == NO_ID) return NO_ID;
  for (uint32_t p = t->node_payload[node]; p != NO_ID; p = ad->payloads[p].next)
    if (ad->actors[ad->payloads[p].actor].kind == ACT_ADJ) return ad->payloads[p].actor;
  return NO_ID;
}

/* A dual nationality written as one hyphenated word of two demonyms
   ("British-Iranian aid worker", "la ricercatrice franco-iraniana Fariba
   Adelkhah"): a citizen of the first country, or of the second when the
   first half is a combining form ("franco-", "anglo-").  Only next to a word
   for people or before a name, not on a pair ("Israeli-Palestinian talks",
   "il conflitto russo-ucraino" name two sides). */
static uint32_t dual_national(dyad_arena *arena, const dyad_dict *d, int li, const dyad_lang_data *ld, const dyad_trie *agents,
                              const dyad_token *tok, uint32_t i, uint32_t s_begin, uint32_t s_end) {
  const dyad_actor_dict *ad = d->actors;
  const dyad_trie *names = &ad->names[li];
  const char *w = tok[i].norm, *h = strchr(w, '-');
  if (tok[i].kind != DYAD_TOK_WORD || !(tok[i].flags & DYAD_TF_HYPHEN) || !h || strchr(h + 1, '-')) return NO_ID;
  size_t fl = (size_t)(h - w);
  if (fl == 0 || !h[1]) return NO_ID;
  uint32_t a = demonym_of(arena, d, names, w, fl), b = demonym_of(arena, d, names, h + 1, strlen(h + 1));
  if (b == NO_ID || (a != NO_ID && !strcmp(ad->actors[a].country, ad->actors[b].country))) return NO_ID;
  bool people = false;
  for (uint32_t j = i > s_begin ? i - 1 : i; j <= i + 1 && j < s_end && !people; j++) {
    if (j == i || tok[j].kind != DYAD_TOK_WORD) continue;
    uint32_t pa;
    people = (cls(ld, tok, j) & DYAD_WC_AGENTIVE) || longest(ad, agents, tok, j, s_end, &pa) > j;
  }
  /* a personal name of two words at most three words on ("aid worker
     Nazanin Zaghari-Ratcliffe"), not one place ("talks in Cairo") */
  for (uint32_t j = i + 1; j + 1 < s_end && j <= i + 3 && !people; j++)
    for (uint32_t q = j; q <= j + 1; q++) {
      uint32_t pn;
      if (tok[q].kind != DYAD_TOK_WORD || !(tok[q].flags & DYAD_TF_UPPER) || cls(ld, tok, q) ||
          longest(ad, names, tok, q, s_end, &pn) > q)
        break;
      if (q == j + 1) people = true;
    }
  if (!people) return NO_ID;
  return a != NO_ID ? a : b;
}

/* The end of a personal name of one to three capitalized words that no
   entry matched, right at e after a role and its country; e itself when the
   words there are no such name (a date word, a function word, an event word
   of a title-case headline, a fourth capitalized word). */
static uint32_t unknown_name(const dyad_dict *d, int li, const dyad_lang_data *ld, const dyad_token *tok,
                             uint32_t e, uint32_t s_end, const raw *after) {
  uint32_t j = e;
  while (j < s_end && j < e + 3 && (!after || j < after->b) && tok[j].kind == DYAD_TOK_WORD &&
         (tok[j].flags & DYAD_TF_UPPER) && !(tok[j].flags & (DYAD_TF_ALLCAPS | DYAD_TF_POSS)) && !cls(ld, tok, j) &&
         !dyad_map_get(&ld->weekday, tok[j].norm, strlen(tok[j].norm)) &&
         !dyad_map_get(&ld->month, tok[j].norm, strlen(tok[j].norm)) && !event_word(d, li, &tok[j]))
    j++;
  if (j == e || (j < s_end && tok[j].kind == DYAD_TOK_WORD && (tok[j].flags & DYAD_TF_UPPER))) return e;
  return j;
}

/* A demonym (or a country name joined to one by a hyphen) that modifies a
   plain noun: "il gas russo", "le infrastrutture energetiche ucraine", "the
   Syrian border", "the U.S.-Mexico border".  It is no actor, unless the noun
   is an event ("l'invasione russa", "Russian strikes": its agent) or a word
   for people ("prigionieri palestinesi", "the Russian side"). */
static bool demonym_modifier(const dyad_dict *d, int li, const dyad_lang_data *ld, const dyad_token *tok,
                             uint32_t b, uint32_t e, uint32_t s_begin, uint32_t s_end, const dyad_actor *x) {
  uint32_t noun;
  if (strcmp(ld->code, "en") == 0) {
    bool hyphen_before = b >= s_begin + 2 && is_punct(&tok[b - 1], "-") && tok[b - 1].span.start == tok[b - 2].span.end &&
                         tok[b - 1].span.end == tok[b].span.start;
    if (x->kind != ACT_ADJ && !hyphen_before) return false;
    /* the plural noun ("Russians") is a noun itself */
    size_t nl = strlen(x->name);
    const char *w = tok[e - 1].norm;
    size_t wl = strlen(w);
    if (x->kind == ACT_ADJ && wl > nl && w[wl - 1] == 's' && x->name[nl - 1] != 's') return false;
    noun = e;
    while (noun + 1 < s_end && is_punct(&tok[noun], "-") && tok[noun].span.start == tok[noun - 1].span.end &&
           (tok[noun + 1].flags & DYAD_TF_UPPER))
      noun += 2; /* U.S.-Mexico border */
    if (noun >= s_end || (tok[noun].flags & DYAD_TF_UPPER) || !content_word(ld, tok, noun)) return false;
  } else {
    if (x->kind != ACT_ADJ || (tok[b].flags & DYAD_TF_UPPER) || b <= s_begin) return false;
    /* "il consigliere iraniano Ali Shamkhani": it describes the person named */
    if (e < s_end && tok[e].kind == DYAD_TOK_WORD && (tok[e].flags & DYAD_TF_UPPER)) return false;
    noun = b - 1;
    if (tok[noun].kind != DYAD_TOK_WORD || !content_word(ld, tok, noun)) return false;
    if ((tok[noun].flags & DYAD_TF_UPPER) && noun != s_begin) return false;
    /* a verb form before it: "ha accusato russi e ucraini" */
    const char *w = tok[noun].norm;
    size_t wl = strlen(w);
    static const char *const PART[] = {"ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", NULL};
    for (int i = 0; PART[i]; i++)
      if (wl > 4 && !strcmp(w + wl - 3, PART[i])) return false;
    if (infinitive(w)) return false;
  }
  /* "due britannici", "the Russian side", "prigionieri palestinesi", "il piano cinese" */
  if (cls(ld, tok, noun) & (DYAD_WC_TITLE | DYAD_WC_TITLEMOD | DYAD_WC_QUANT | DYAD_WC_AGENTIVE)) return false;
  if (dyad_word_lookup(&ld->speech, tok[noun].norm)) return false;
  return !event_word(d, li, &tok[noun]);
}

/* The role of a person on the date: its code, or the country alone. */
static const char *person_code(const dyad_actor_dict *ad, const dyad_actor *x, int32_t date,
                               char *buf) {
  const dyad_role *best = NULL;
  int32_t best_gap = INT32_MAX;
  for (uint32_t k = x->role0; k < x->role0 + x->n_roles; k++) {
    const dyad_role *r = &ad->roles[k];
    if (date == 0) { /* no date: the latest role */
      if (!best || r->from > best->from) best = r;
      continue;
    }
    if (date >= r->from && date <= r->to) return r->code;
    int32_t gap = date < r->from ? r->from - date : date - r->to;
    if (gap < best_gap) {
      best_gap = gap;
      best = r;
    }
  }
  if (!best) return "";
  if (date == 0) return best->code;
  /* the country alone; an organization keeps its whole code (IGOEUR) */
  size_t keep = strncmp(best->code, "IGO", 3) == 0 || strncmp(best->code, "NGO", 3) == 0 ? 6 : 3;
  snprintf(buf, 8, "%.*s", (int)keep, best->code);
  return buf;
}

/* Does the article use a word of an ambiguous name's other sense?  words is
   the set of the article's folded words, built on first use. */
static bool has_clue(const dyad_doc *doc, dyad_map *words, bool *built, const char *clues) {
  if (!*built) {
    for (size_t i = 0; i < doc->n_tokens; i++)
      if (doc->tokens[i].kind == DYAD_TOK_WORD)
        dyad_map_put(words, doc->tokens[i].norm, strlen(doc->tokens[i].norm), 1, NULL, NULL);
    *built = true;
  }
  for (const char *c = clues; c && *c; c += strlen(c) + 1)
    if (dyad_map_get(words, c, strlen(c))) return true;
  return false;
}

/* A clue of an ambiguous name's other sense within eight words of it. */
static bool near_clue(const dyad_token *tok, uint32_t b, uint32_t e, uint32_t s_begin, uint32_t s_end,
                      const char *clues) {
  uint32_t from = b > s_begin + 8 ? b - 8 : s_begin, to = e + 8 < s_end ? e + 8 : s_end;
  for (uint32_t i = from; i < to; i++) {
    if (i >= b && i < e) continue;
    for (const char *c = clues; c && *c; c += strlen(c) + 1)
      if (!strcmp(tok[i].norm, c)) return true;
  }
  return false;
}

/* A mention that names a state's country: no organization, no group of
   states. */
static bool state_mention(const dyad_mention *x) {
  return strlen(x->country) == 3 && strncmp(x->code, "IGO", 3) != 0 && strncmp(x->code, "NGO", 3) != 0;
}

/* Is c a country the article named most so far (the dateline counting as a
   mention), no other ahead of it?  "hold the junta responsible" after
   "Blinken" in a story on Niger is not American. */
static bool dominant(const dyad_mention *m, size_t n, const char *c, const char *dateline) {
  long lead = dateline && !strcmp(dateline, c) ? 1 : 0, other_max = 0;
  for (size_t k = 0; k < n; k++) {
    if (!state_mention(&m[k])) continue;
    if (!strcmp(m[k].country, c)) { lead++; continue; }
    /* each other country is counted once, at its first mention */
    bool counted = false;
    for (size_t q = 0; q < k && !counted; q++)
      counted = state_mention(&m[q]) && !strcmp(m[q].country, m[k].country);
    if (counted) continue;
    long cnt = dateline && !strcmp(dateline, m[k].country) ? 1 : 0;
    for (size_t q = k; q < n; q++)
      if (state_mention(&m[q]) && !strcmp(m[q].country, m[k].country)) cnt++;
    if (cnt > other_max) other_max = cnt;
  }
  return lead >= other_max;
}

/* The country the article's context gives to a body named without its own
   ("la polizia", "the army", "i manifestanti"), or NULL when it is unclear:
     1. the country of the mentions of the same role earlier in the article
        ("l'esercito israeliano ... i soldati", "i separatisti armeni ... le
        posizioni dei separatisti"), when they share one; not for GOV, whose
        words name bodies of any country;
     1b. the country of a state actor it is coordinated with (coord: "Maduro
        e il capo delle opposizioni"), or of a place that is the last state
        mention before it in the sentence ("In Cairo, protesters");
     2. else the one country that the actors and places of this sentence
        (before the body) and the one before name ("A Teheran la polizia");
        two countries there and no same role: unclear, but for a government
        word the one country of the persons there ("la leader" after "Aung
        San Suu Kyi"); that country must also be the one the article named
        most so far;
     3. when they name none: the country of the dateline ("TBILISI —"), else
        the one country the article named so far.
   role is the body's role code (COP).  strict: only persons, roles and seats
   count as the context, not country names, which are often what the body
   acts on ("Congress approved aid to Ukraine"). */
static const char *context_country(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, const char *role,
                                   const dyad_mention *m, size_t n, const char *dateline, bool strict,
                                   const char *coord) {
  uint32_t s = tok[b].sentence;
  const char *one = NULL, *same = NULL;
  bool mixed = false, window = false, same_mixed = false;
  for (size_t k = n; k-- > 0;) {
    if (!state_mention(&m[k]) || strlen(m[k].code) <= 3 || strcmp(m[k].code + 3, role) || !strcmp(role, "GOV")) continue;
    if (!same) same = m[k].country;
    else if (strcmp(same, m[k].country)) same_mixed = true;
  }
  for (size_t k = n; k-- > 0;) {
    if (m[k].sentence + 1 < s) break;
    if (!state_mention(&m[k])) continue;
    if (strict && !(m[k].flags & (DYAD_MF_PERSON | DYAD_MF_ROLE | DYAD_MF_METONYM))) continue;
    window = true;
    if (!one) one = m[k].country;
    else if (strcmp(one, m[k].country)) mixed = true;
  }
  if (same) return same_mixed ? NULL : same;
  if (coord) return coord;
  /* "In Cairo, protesters...", "A Teheran la polizia": a place just before
     in the clause */
  for (size_t k = n; k-- > 0;) {
    if (m[k].sentence != s) break;
    if (!state_mention(&m[k])) continue;
    bool clause = false;
    for (uint32_t i = m[k].tok_end; i < b && !clause; i++)
      clause = (cls(ld, tok, i) & (DYAD_WC_CLAUSE | DYAD_WC_CONJ)) || (tok[i].kind == DYAD_TOK_PUNCT && !is_punct(&tok[i], ","));
    if ((m[k].flags & DYAD_MF_PLACE) && !clause) return m[k].country;
    break;
  }
  if (window && mixed && !strcmp(role, "GOV")) {
    /* "la leader" after "Aung San Suu Kyi": the one country of the persons */
    one = NULL;
    for (size_t k = n; k-- > 0;) {
      if (m[k].sentence + 1 < s) break;
      if (!state_mention(&m[k]) || !(m[k].flags & DYAD_MF_PERSON)) continue;
      if (!one) one = m[k].country;
      else if (strcmp(one, m[k].country)) return NULL;
    }
    return one && dominant(m, n, one, dateline) ? one : NULL;
  }
  if (window) return mixed || !dominant(m, n, one, dateline) ? NULL : one;
  if (dateline) return dateline;
  one = NULL;
  for (size_t k = 0; k < n; k++) {
    if (!state_mention(&m[k])) continue;
    if (!one) one = m[k].country;
    else if (strcmp(one, m[k].country)) return NULL;
  }
  return one;
}

/* The country of the state actor a body is coordinated with: "Nicolás Maduro
   e il capo delle opposizioni", "the government and the opposition" after a
   named government.  Between the two: a conjunction, then articles,
   genitives and lower-case title words. */
static const char *coordinated(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t s_begin,
                               const dyad_mention *m, size_t n) {
  uint32_t p = b;
  while (p > s_begin && p + 4 > b && tok[p - 1].kind != DYAD_TOK_PUNCT && !(tok[p - 1].flags & DYAD_TF_UPPER) &&
         (cls(ld, tok, p - 1) & (DYAD_WC_ARTICLE | DYAD_WC_GENITIVE | DYAD_WC_TITLE | DYAD_WC_TITLEMOD)))
    p--;
  if (p <= s_begin + 1 || !(cls(ld, tok, p - 1) & DYAD_WC_CONJ)) return NULL;
  for (size_t k = n; k-- > 0;) {
    if (m[k].tok_end < p - 1) break;
    if (m[k].tok_end == p - 1 && state_mention(&m[k]) && !(m[k].flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)))
      return m[k].country;
  }
  return NULL;
}

/* Words that make a role word definite: an article, an elided article or
   articulated preposition ("l'", "dell'"), an articulated preposition of
   three letters or more ("della", "dalla"), one of data/lang implicit.det
   ("sui manifestanti"). */
static bool definite(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i) {
  uint32_t c = cls(ld, tok, i);
  if (c & DYAD_WC_ARTICLE) return true;
  if (tok[i].kind == DYAD_TOK_ELISION) return !(c & (DYAD_WC_INDEFINITE | DYAD_WC_QUANT));
  if ((c & (DYAD_WC_GENITIVE | DYAD_WC_BY | DYAD_WC_SEATPREP | DYAD_WC_LOCATIVE)) && dyad_word_len(tok[i].norm) >= 3) return true;
  const uint32_t *v = dyad_word_lookup(&ld->implicit, tok[i].norm);
  return v && *v == 2;
}

/* Is the role phrase tok[b..e) one of data/lang implicit, written so that it
   stands for a body of the context's country?  It is definite ("la polizia",
   "the government", "sui manifestanti"), or, in English, a bare noun after a
   verb, a preposition, a number or a plural quantifier ("clashed with police",
   "Riot police fired", "thousands of protesters"), in Italian a plural after
   a quantity ("migliaia di manifestanti").  Not after a name ("Capitol
   Police"), an indefinite ("an army") or a possessive ("their leaders"). */
static bool implicit_role(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t e, uint32_t s_begin,
                          uint32_t s_end) {
  char key[160];
  size_t kl = 0;
  for (uint32_t i = b; i < e; i++) {
    size_t wl = strlen(tok[i].norm);
    if (kl + wl + 2 > sizeof key) return false;
    if (kl && tok[i - 1].kind != DYAD_TOK_ELISION) key[kl++] = ' ';
    memcpy(key + kl, tok[i].norm, wl);
    kl += wl;
  }
  const uint32_t *v = dyad_map_get(&ld->implicit, key, kl);
  if (!v || *v != 1) return false;
  bool en = strcmp(ld->code, "en") == 0;
  /* "le truppe straniere", "foreign troops": not the context's */
  uint32_t q = en ? b - (b > s_begin) : e;
  if (q < s_end && q != b && (v = dyad_word_lookup(&ld->implicit, tok[q].norm)) && *v == 3)
    return false;
  if (b == s_begin) return en && dyad_map_get(&ld->implicit_bare, key, kl);
  uint32_t p = b - 1, c = cls(ld, tok, p);
  if (definite(ld, tok, p)) return true;
  if (c & (DYAD_WC_INDEFINITE | DYAD_WC_POSSESSIVE)) return false;
  if (dyad_word_lookup(&ld->owner, tok[p].norm)) return false;
  if (!en) {
    /* "migliaia di manifestanti", "200 dimostranti" */
    if (tok[p].kind == DYAD_TOK_NUMBER || (c & DYAD_WC_QUANT)) return true;
    return (c & DYAD_WC_GENITIVE) && p > s_begin && (tok[p - 1].kind == DYAD_TOK_NUMBER || (cls(ld, tok, p - 1) & DYAD_WC_QUANT));
  }
  /* a counted crowd: "100,000 people", "thousands of people" */
  if (tok[p].kind == DYAD_TOK_NUMBER || (c & DYAD_WC_QUANT) ||
      ((c & DYAD_WC_GENITIVE) && p > s_begin && (tok[p - 1].kind == DYAD_TOK_NUMBER || (cls(ld, tok, p - 1) & DYAD_WC_QUANT))))
    return true;
  /* bare: only the words of implicit.bare ("police", "protesters"); "military
     drills" is no body */
  if (!dyad_map_get(&ld->implicit_bare, key, kl)) return false;
  if (tok[p].kind == DYAD_TOK_PUNCT || tok[p].kind == DYAD_TOK_NUMBER) return true;
  if (tok[p].kind != DYAD_TOK_WORD || ((tok[p].flags & DYAD_TF_UPPER) && p > s_begin)) return false;
  return true;
}

/* A crowd named by a plain word for people (implicit.crowd in data/lang),
   counted ("Oltre centomila persone", "thousands of people"), the subject
   of a protest (a trigger of root 14 among the next four words): the country
   where it protests ("hanno sfilato a Minsk", "marched in Tbilisi"), else the
   dateline's; NULL for any other crowd. */
static const char *crowd_country(const dyad_dict *d, int li, const dyad_lang_data *ld, const dyad_token *tok,
                                 uint32_t b, uint32_t e, uint32_t s_begin, uint32_t s_end, const raws *r, size_t k,
                                 const char *dateline) {
  const dyad_event_dict *ev = d->events[li];
  const uint32_t *v = dyad_word_lookup(&ld->implicit, tok[b].norm);
  if (!ev || e != b + 1 || !v || *v != 4 || b == s_begin) return NULL;
  uint32_t p = b - 1, c = cls(ld, tok, p);
  if (!(tok[p].kind == DYAD_TOK_NUMBER || (c & DYAD_WC_QUANT) ||
        ((c & DYAD_WC_GENITIVE) && p > s_begin &&
         (tok[p - 1].kind == DYAD_TOK_NUMBER || (cls(ld, tok, p - 1) & DYAD_WC_QUANT)))))
    return NULL;
  uint32_t verb = 0;
  for (uint32_t j = e; j < s_end && j < e + 4 && !verb; j++) {
    if (tok[j].kind != DYAD_TOK_WORD) break;
    char key[130];
    for (int pass = 0; pass < 2 && !verb; pass++) {
      const char *w = pass == 0 ? tok[j].norm : tok[j].stem;
      size_t n = strlen(w);
      if (n + 2 > sizeof key) continue;
      key[0] = pass == 0 ? 'n' : 's';
      memcpy(key + 1, w, n);
      const uint32_t *head = dyad_map_get(&ev->index, key, n + 1);
      for (uint32_t t = head ? *head : NO_ID; t != NO_ID && !verb; t = ev->trig[t].next)
        if (ev->trig[t].n_w == 1 && !strncmp(ev->blocks[ev->trig[t].block].code, "14", 2)) verb = j;
    }
  }
  if (!verb) return NULL;
  /* the place: a name right after a preposition, within four words of the verb */
  for (size_t q = k + 1; q < r->n && r->v[q].b < s_end && r->v[q].b <= verb + 4; q++) {
    const raw *x = &r->v[q];
    const dyad_actor *y = &d->actors->actors[x->actor];
    if (x->agent || x->b <= verb || y->kind == ACT_PERSON || strlen(y->country) != 3) continue;
    uint32_t pc = cls(ld, tok, x->b - 1);
    if (pc & (DYAD_WC_LOCATIVE | DYAD_WC_SEATPREP | DYAD_WC_PLACE)) return y->country;
    break;
  }
  return dateline;
}

/* The actor that gives its country to a body named without one: a state
   institution (class body in data/lang: "la Corte suprema", "dalla giunta",
   "the Supreme Court", "l'esercito regolare") named with a definite article,
   or a role of data/lang implicit ("la polizia", "protesters", "the army").
   A body whose word the article used before in an organization's name is
   that organization ("la Corte" after "la Corte penale internazionale": *whole
   is set to it); else the country the words after it give (led: "the junta
   led by Gen. Tiani", "protesters in Cairo"); otherwise the context's
   (context_country).
   A status is no body: "all'opposizione", "il partito al governo". */
static const char *context_role(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t e,
                                uint32_t s_begin, uint32_t s_end, const dyad_actor *agent, const dyad_mention *m, size_t n,
                                const char *dateline, const char *led, const dyad_mention **whole) {
  *whole = NULL;
  if (b == 0 || tok[b - 1].sentence != tok[b].sentence) {
    if (b == s_begin && implicit_role(ld, tok, b, e, s_begin, s_end))
      return led ? led : context_country(ld, tok, b, agent->code, m, n, dateline, false, coordinated(ld, tok, b, s_begin, m, n));
    return NULL;
  }
  uint32_t c = cls(ld, tok, b - 1);
  if ((c & (DYAD_WC_SEATPREP | DYAD_WC_LOCATIVE)) && (cls(ld, tok, b) & DYAD_WC_BODY) &&
      (!strcmp(agent->code, "GOV") || !strcmp(agent->code, "OPP")))
    return NULL;
  bool body = (cls(ld, tok, b) & DYAD_WC_BODY) && definite(ld, tok, b - 1);
  if (!body && !implicit_role(ld, tok, b, e, s_begin, s_end)) return NULL;
  if (body)
    for (size_t k = 0; k < n; k++)
      if (m[k].flags & DYAD_MF_ORG)
        for (uint32_t i = m[k].tok_begin; i < m[k].tok_end; i++)
          if (!strcmp(tok[i].norm, tok[b].norm)) {
            *whole = &m[k];
            return m[k].country;
          }
  return led ? led : context_country(ld, tok, b, agent->code, m, n, dateline, false, coordinated(ld, tok, b, s_begin, m, n));
}

/* The country of a role word after a possessive of data/lang owner ("il
   proprio ambasciatore", "its ambassador"): the last state actor before it in
   the sentence that opens a clause, the subject.  Sets *from to the possessive's
   first token. */
static const char *owner_country(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t s_begin,
                                 const dyad_mention *m, size_t n, uint32_t *from) {
  if (b <= s_begin || !dyad_word_lookup(&ld->owner, tok[b - 1].norm)) return NULL;
  *from = b - 1;
  if (*from > s_begin && (cls(ld, tok, *from - 1) & DYAD_WC_ARTICLE)) (*from)--;
  for (size_t k = n; k-- > 0;) {
    if (m[k].sentence != tok[b].sentence) break;
    if (!state_mention(&m[k]) || (m[k].flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER))) continue;
    /* a subject opens its clause: "Israel says its forces", not "l'espulsione
       di dodici funzionari algerini e il richiamo del proprio ambasciatore" */
    uint32_t p = m[k].tok_begin;
    if (p > s_begin && (cls(ld, tok, p - 1) & DYAD_WC_ARTICLE)) p--;
    if (p == s_begin || tok[p - 1].kind == DYAD_TOK_PUNCT || (cls(ld, tok, p - 1) & DYAD_WC_CONJ)) return m[k].country;
  }
  return NULL;
}

/* The country of the article's dateline ("TBILISI —", "ERBIL, Iraq —",
   "ALMATY —"): its first country, capital or seat, else the gazetteer's
   largest city of its first words; NULL without a dateline. */
static const char *dateline_country(const dyad_dict *d, const dyad_trie *names, const dyad_doc *doc) {
  const dyad_actor_dict *ad = d->actors;
  const dyad_token *tok = doc->tokens;
  for (size_t s = 0; s < doc->n_sentences && s < 2; s++) {
    const dyad_sentence *st = &doc->sentences[s];
    if (!(st->flags & DYAD_SF_DATELINE)) continue;
    uint32_t end = st->tok_begin;
    while (end < st->tok_end && tok[end].span.start < st->dateline.end) end++;
    for (uint32_t i = st->tok_begin; i < end; i++) {
      uint32_t p;
      if (longest(ad, names, tok, i, end, &p) == i) continue;
      const dyad_actor *x = &ad->actors[ad->payloads[p].actor];
      if (x->kind != ACT_PERSON && x->kind != ACT_BLOCK && strlen(x->country) == 3 && strncmp(x->code, "IGO", 3) != 0)
        return x->country;
    }
    char key[128];
    size_t kl = 0;
    for (uint32_t i = st->tok_begin; i < end && tok[i].kind == DYAD_TOK_WORD; i++) {
      size_t wl = strlen(tok[i].norm);
      if (kl + wl + 2 > sizeof key) return NULL;
      if (kl) key[kl++] = ' ';
      memcpy(key + kl, tok[i].norm, wl);
      kl += wl;
    }
    const dyad_gaz_city *c = kl ? dyad_gaz_find(dyad_dict_gaz(d), key, kl, NULL, 0) : NULL;
    return c && strlen(c->country) == 3 ? c->country : NULL;
  }
  return NULL;
}

/* ---- nicknames ------------------------------------------------------------ */

typedef struct nick {
  size_t owner;           /* mention index of the actor named */
  uint32_t db, de;        /* the definition's words (quotes included) */
  uint32_t nb, ne;        /* the nickname proper, without a leading article */
} nick;

/* A word or phrase that defines a nickname at token i: its length, and its
   strength in *kind (1 "soprannominato", "dubbed"; 2 "detto", "called"). */
static uint32_t nick_word(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i, uint32_t end, int *kind) {
  char buf[96];
  size_t len = 0;
  uint32_t best = 0;
  for (uint32_t j = i; j < end && j < i + 3 && tok[j].kind == DYAD_TOK_WORD; j++) {
    size_t wl = strlen(tok[j].norm);
    if (len + wl + 2 > sizeof buf) break;
    if (len) buf[len++] = ' ';
    memcpy(buf + len, tok[j].norm, wl);
    len += wl;
    uint32_t *v = dyad_map_get(&ld->nickname, buf, len);
    if (v) {
      best = j - i + 1;
      *kind = (int)*v;
    }
  }
  return best;
}

/* The nickname after position q: a quoted phrase of at most six words, or
   (unquoted) an optional article and capitalized words ("detto il
   Cavaliere", "known as MBS").  Fills the definition and the name proper. */
static bool nick_phrase(const dyad_lang_data *ld, const dyad_token *tok, uint32_t q, uint32_t end, bool quoted_only,
                        nick *out) {
  if (q >= end) return false;
  uint32_t nb, ne;
  if (tok[q].flags & DYAD_TF_QUOTE) {
    uint32_t c = q + 1;
    while (c < end && c <= q + 7 && !(tok[c].flags & DYAD_TF_QUOTE)) c++;
    if (c >= end || !(tok[c].flags & DYAD_TF_QUOTE) || c == q + 1) return false;
    out->db = q;
    out->de = c + 1;
    nb = q + 1;
    ne = c;
    for (uint32_t i = nb; i < ne; i++)
      if (tok[i].kind == DYAD_TOK_PUNCT && !is_punct(&tok[i], "-")) return false;
  } else {
    if (quoted_only) return false;
    nb = q;
    ne = q;
    if (ne < end && (cls(ld, tok, ne) & DYAD_WC_ARTICLE)) ne++;
    while (ne < end) {
      if (tok[ne].kind == DYAD_TOK_WORD && (tok[ne].flags & DYAD_TF_UPPER)) ne++;
      else if (ne + 1 < end && ne > nb && (cls(ld, tok, ne) & (DYAD_WC_GENITIVE | DYAD_WC_PARTICLE)) &&
               (tok[ne + 1].flags & DYAD_TF_UPPER))
        ne += 2;
      else break;
    }
    if (ne == nb || !(tok[ne - 1].flags & DYAD_TF_UPPER) || ne - nb > 5) return false;
    if (ne < end && tok[ne].kind != DYAD_TOK_PUNCT) return false; /* must close the phrase */
    out->db = nb;
    out->de = ne;
  }
  if (nb < ne && ((cls(ld, tok, nb) & DYAD_WC_ARTICLE) || tok[nb].kind == DYAD_TOK_ELISION)) nb++;
  if (nb >= ne) return false;
  out->nb = nb;
  out->ne = ne;
  return true;
}

/* Finds the definitions: 'NAME, [words] TRIGGER [words] «NICK»', 'NAME,
   detto NICK,' and 'TRIGGER [the] NAME «NICK»' ("dubbed North Korea's leader
   "Rocket Man""). */
static size_t find_nicks(const dyad_lang_data *ld, const dyad_doc *doc, const dyad_mention *m, size_t n,
                         nick *out, size_t cap) {
  const dyad_token *tok = doc->tokens;
  size_t got = 0;
  for (size_t k = 0; k < n && got < cap; k++) {
    const dyad_sentence *st = &doc->sentences[m[k].sentence];
    uint32_t end = st->tok_end, j = m[k].tok_end;
    nick x = {k, 0, 0, 0, 0};
    /* 'TRIGGER [article] NAME «NICK»' */
    if (j < end && (tok[j].flags & DYAD_TF_QUOTE)) {
      uint32_t b = m[k].tok_begin;
      if (b > st->tok_begin && (cls(ld, tok, b - 1) & DYAD_WC_ARTICLE)) b--;
      bool trig = false;
      for (uint32_t t = b > st->tok_begin + 3 ? b - 3 : st->tok_begin; t < b && !trig; t++) {
        int kind = 0;
        uint32_t tl = nick_word(ld, tok, t, b, &kind);
        trig = tl && kind == 1 && t + tl == b;
      }
      if (trig && nick_phrase(ld, tok, j, end, true, &x)) {
        out[got++] = x;
        continue;
      }
    }
    /* 'NAME, [up to four words] TRIGGER [up to three words] «NICK»' */
    if (j >= end || !(is_punct(&tok[j], ",") || is_punct(&tok[j], "("))) continue;
    uint32_t comma = j++;
    for (uint32_t t = j; t < end && t <= j + 4; t++) {
      if (tok[t].kind == DYAD_TOK_PUNCT) break;
      int kind = 0;
      uint32_t tl = nick_word(ld, tok, t, end, &kind);
      if (!tl) continue;
      /* "Putin, ha detto Peskov": a verb of speech, not a nickname */
      if (kind == 2 && t > comma + 1 && (cls(ld, tok, t - 1) & (DYAD_WC_AUX | DYAD_WC_CARRY | DYAD_WC_PASSIVE))) break;
      uint32_t q = t + tl;
      while (q < end && q < t + tl + 3 && tok[q].kind == DYAD_TOK_WORD && !(tok[q].flags & DYAD_TF_UPPER) &&
             !(cls(ld, tok, q) & DYAD_WC_ARTICLE))
        q++; /* "soprannominato dai critici «...»", "chiamato da anni «...»" */
      if (q < end && (tok[q].flags & DYAD_TF_QUOTE) && nick_phrase(ld, tok, q, end, true, &x)) {
        out[got++] = x;
      } else if (t + tl < end && nick_phrase(ld, tok, t + tl, end, kind == 2 && t > comma + 1, &x)) {
        out[got++] = x;
      }
      break;
    }
  }
  return got;
}

/* The nicknames: drops the mentions inside a definition and adds one for
   each later use of a nickname.  Returns the new mention array. */
static dyad_mention *resolve_nicks(dyad_arena *arena, const dyad_lang_data *ld, const dyad_doc *doc,
                                   dyad_mention *m, size_t *n_io) {
  size_t n = *n_io;
  nick defs[16];
  size_t nd = find_nicks(ld, doc, m, n, defs, 16);
  if (!nd) return m;
  const dyad_token *tok = doc->tokens;
  /* later uses: token positions where a nickname's words recur */
  size_t cap = n + 32, w = 0;
  dyad_mention *out = dyad_arena_alloc(arena, cap * sizeof *out);
  bool *drop = dyad_arena_alloc(arena, (n + 1) * sizeof *drop);
  memset(drop, 0, (n + 1) * sizeof *drop);
  for (size_t q = 0; q < nd; q++)
    for (size_t k = 0; k < n; k++)
      if (k != defs[q].owner && m[k].tok_begin < defs[q].de && m[k].tok_end > defs[q].db) drop[k] = true;
  typedef struct use { uint32_t b, e; size_t def; } use;
  use uses[32];
  size_t nu = 0;
  for (size_t q = 0; q < nd; q++) {
    uint32_t len = defs[q].ne - defs[q].nb;
    for (uint32_t i = defs[q].de; i + len <= doc->n_tokens && nu < 32; i++) {
      if (tok[i].sentence != tok[i + len - 1].sentence) continue;
      bool same = (tok[i].flags & DYAD_TF_UPPER) == (tok[defs[q].nb].flags & DYAD_TF_UPPER);
      for (uint32_t z = 0; z < len && same; z++) same = strcmp(tok[i + z].norm, tok[defs[q].nb + z].norm) == 0;
      if (!same) continue;
      bool inside_def = false;
      for (size_t o = 0; o < nd; o++) inside_def |= i < defs[o].de && i + len > defs[o].db;
      if (inside_def) continue;
      uint32_t b = i;
      if (b > doc->sentences[tok[b].sentence].tok_begin && (cls(ld, tok, b - 1) & DYAD_WC_ARTICLE) &&
          tok[b - 1].kind != DYAD_TOK_PUNCT)
        b--; /* "lo Zar", "the Punisher" */
      size_t z = nu++; /* insertion in token order */
      while (z > 0 && uses[z - 1].b > b) {
        uses[z] = uses[z - 1];
        z--;
      }
      uses[z] = (use){b, i + len, q};
      for (size_t k = 0; k < n; k++)
        if (m[k].tok_begin < i + len && m[k].tok_end > b) drop[k] = true;
      i += len - 1;
    }
  }
  /* merge the two lists in token order */
  size_t k = 0, u = 0;
  while ((k < n || u < nu) && w < cap) {
    if (u >= nu || (k < n && m[k].tok_begin < uses[u].b)) {
      if (!drop[k]) out[w++] = m[k];
      k++;
      continue;
    }
    const dyad_mention *own = &m[defs[uses[u].def].owner];
    dyad_mention *mm = &out[w++];
    *mm = *own;
    mm->span.start = tok[uses[u].b].span.start;
    mm->span.end = tok[uses[u].e - 1].span.end;
    mm->sentence = tok[uses[u].b].sentence;
    mm->tok_begin = uses[u].b;
    mm->tok_end = uses[u].e;
    mm->flags = (own->flags & (DYAD_MF_PERSON | DYAD_MF_ORG)) | DYAD_MF_NICKNAME;
    u++;
  }
  *n_io = w;
  return out;
}

/* A role word used as an adjective on the noun before it (data/lang
   adjective: "minacce militari", "aiuti militari"), not "i militari",
   "cinque militari", "soldati e militari". */
static bool adjective_role(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t e, uint32_t s_begin,
                           const raws *r) {
  if (e != b + 1 || b <= s_begin || !dyad_word_lookup(&ld->adjective, tok[b].norm)) return false;
  uint32_t p = b - 1;
  if (tok[p].kind != DYAD_TOK_WORD || (tok[p].flags & DYAD_TF_UPPER) || !content_word(ld, tok, p)) return false;
  if (cls(ld, tok, p) & (DYAD_WC_QUANT | DYAD_WC_TITLE | DYAD_WC_TITLEMOD)) return false;
  return !(r->n && r->v[r->n - 1].e == b);
}

/* The country of the person who leads a body named without its country:
   "the junta led by Gen. Abdourahamane Tiani", "la giunta guidata dal
   generale Tiani" (a word of class by within four words after it, no comma
   before the person). */
static const char *led_by(const dyad_actor_dict *ad, const dyad_lang_data *ld, const dyad_token *tok, uint32_t e,
                          const raws *r, size_t k, int32_t date, dyad_arena *arena) {
  const raw *p = NULL;
  for (size_t q = k + 1; q < r->n && !p; q++)
    if (!r->v[q].dead) p = &r->v[q];
  if (!p || p->agent || ad->actors[p->actor].kind != ACT_PERSON || p->b > e + 4 || tok[p->b].sentence != tok[e - 1].sentence)
    return NULL;
  bool by = false;
  for (uint32_t i = e; i < p->b; i++) {
    if (tok[i].kind == DYAD_TOK_PUNCT && !is_punct(&tok[i], ".")) return NULL;
    by |= (cls(ld, tok, i) & DYAD_WC_BY) != 0;
  }
  if (!by) return NULL;
  char buf[8];
  const char *pc = person_code(ad, &ad->actors[p->actor], date, buf);
  char *cc = dyad_arena_alloc(arena, 8);
  dyad_code_country(pc, strlen(pc), cc);
  return strlen(cc) == 3 && strncmp(pc, "IGO", 3) != 0 ? cc : NULL;
}

/* The country of a place right after a body: "protesters in Cairo", "la
   polizia a Mosca" (one word of class place between). */
static const char *placed_in(const dyad_actor_dict *ad, const dyad_lang_data *ld, const dyad_token *tok, uint32_t e,
                             const raws *r, size_t k) {
  const raw *p = NULL;
  for (size_t q = k + 1; q < r->n && !p; q++)
    if (!r->v[q].dead) p = &r->v[q];
  if (!p || p->agent || p->b != e + 1 || tok[p->b].sentence != tok[e - 1].sentence || !(cls(ld, tok, e) & DYAD_WC_PLACE))
    return NULL;
  const dyad_actor *x = &ad->actors[p->actor];
  if (x->kind != ACT_NAME || strlen(x->country) != 3 || strncmp(x->code, "IGO", 3) == 0) return NULL; /* not "in Georgia" */
  return x->country;
}

/* What the words after a body say of its country: its leader, its place. */
static const char *given_country(const dyad_actor_dict *ad, const dyad_lang_data *ld, const dyad_token *tok, uint32_t e,
                                 const raws *r, size_t k, int32_t date, dyad_arena *arena) {
  const char *c = led_by(ad, ld, tok, e, r, k, date, arena);
  return c ? c : placed_in(ad, ld, tok, e, r, k);
}

/* ---- references to actors named before ------------------------------------ */

/* Is raw q an organization's name? */
/* "Sudan's UN ambassador", "the UN envoy of Sudan": an organization's role
   word that is an envoy (data/lang envoy) with a state before it in the
   possessive, or after it with of/di, is that state's government.  Merges
   the two mentions into prev (the earlier one) and returns true. */
static bool envoy_of(const dyad_lang_data *ld, const dyad_token *tok, dyad_mention *prev,
                     const dyad_mention *cur, dyad_arena *arena) {
  if (!ld || prev->sentence != cur->sentence) return false;
  const dyad_mention *org = NULL, *state = NULL;
  uint32_t pe = prev->tok_end, cb = cur->tok_begin;
  bool org_flags_prev = (prev->flags & (DYAD_MF_ORG | DYAD_MF_ROLE)) == (DYAD_MF_ORG | DYAD_MF_ROLE);
  bool org_flags_cur = (cur->flags & (DYAD_MF_ORG | DYAD_MF_ROLE)) == (DYAD_MF_ORG | DYAD_MF_ROLE);
  bool plain_prev = strlen(prev->code) == 3 && !(prev->flags & (DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_PERSON | DYAD_MF_PLACE));
  bool plain_cur = strlen(cur->code) == 3 && !(cur->flags & (DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_PERSON | DYAD_MF_PLACE));
  if (plain_prev && org_flags_cur && cb == pe + 1 && (tok[pe].flags & DYAD_TF_POSS)) {
    state = prev;
    org = cur;
  } else if (org_flags_prev && plain_cur && of_len(ld, tok, pe, cb) && pe + of_len(ld, tok, pe, cb) == cb) {
    org = prev;
    state = cur;
  } else {
    return false;
  }
  const char *last = tok[org->tok_end - 1].norm;
  if (!last || !dyad_map_get(&ld->envoy, last, strlen(last))) return false;
  char *code = dyad_arena_alloc(arena, 8);
  snprintf(code, 8, "%sGOV", state->code);
  const char *country = state->country, *name = state->name;
  uint32_t sentence = prev->sentence, b = prev->tok_begin, start = prev->span.start;
  prev->code = code;
  prev->country = country;
  prev->name = name;
  prev->flags = DYAD_MF_ROLE;
  prev->sentence = sentence;
  prev->tok_begin = b;
  prev->span.start = start;
  prev->tok_end = cur->tok_end;
  prev->span.end = cur->span.end;
  return true;
}

/* Fills a mention over tokens [b, e). */
static void put_mention(dyad_mention *mm, const dyad_token *tok, uint32_t b, uint32_t e, const char *code,
                        const char *country, const char *name, uint32_t flags) {
  mm->span.start = tok[b].span.start;
  mm->span.end = tok[e - 1].span.end;
  mm->sentence = tok[b].sentence;
  mm->tok_begin = b;
  mm->tok_end = e;
  mm->code = code;
  mm->country = country;
  mm->name = name;
  mm->flags = flags;
}

static bool org_raw(const dyad_actor_dict *ad, const raw *q) {
  if (q->agent || q->actor == ORGREF) return false;
  const char *c = ad->actors[q->actor].code;
  return ad->actors[q->actor].kind != ACT_PERSON && (strncmp(c, "IGO", 3) == 0 || strncmp(c, "NGO", 3) == 0);
}

/* Does the article name country c by an entry that is not also a role
   word ("Stati Uniti", "Washington", not "Congresso")? */
static bool named_apart(const dyad_actor_dict *ad, const raws *r, const char *c) {
  for (size_t k = 0; k < r->n; k++)
    if (!r->v[k].agent && r->v[k].alt == NO_ID && !strcmp(ad->actors[r->v[k].actor].country, c)) return true;
  return false;
}

/* Resolves the raw matches that point back to an actor named before:
     a noun of data/lang orgref ("l'Alleanza", "the agency") is the
     organization named last in its sentence or the two before, unless a
     name or adjective of its own follows ("l'organizzazione mondiale");
     a context-only name with several senses ("il Paese del Golfo": QAT,
     SAU, ARE...) takes the sense whose country was named last. */
static void resolve_refs(const dyad_actor_dict *ad, const dyad_token *tok, raws *r) {
  size_t w = 0;
  for (size_t k = 0; k < r->n; k++) {
    raw *a = &r->v[k];
    if (a->actor == ORGREF) {
      const raw *org = NULL;
      for (size_t q = w; q-- > 0;) {
        if (tok[r->v[q].b].sentence + 2 < tok[a->b].sentence) break;
        if (org_raw(ad, &r->v[q])) { org = &r->v[q]; break; }
      }
      bool own = k + 1 < r->n && r->v[k + 1].b == a->e;
      if (!org || own) continue; /* dropped */
      a->actor = org->actor;
      a->implicit = true;
    } else if (!a->agent && a->pay != NO_ID && ad->actors[a->actor].kind == ACT_CTX &&
               ad->payloads[a->pay].next != NO_ID) {
      size_t best = SIZE_MAX;
      for (uint32_t p = a->pay; p != NO_ID; p = ad->payloads[p].next) {
        const dyad_actor *x = &ad->actors[ad->payloads[p].actor];
        if (x->kind != ACT_CTX) continue;
        for (size_t q = w; q-- > 0;) {
          const raw *y = &r->v[q];
          if (y->agent || ad->actors[y->actor].kind == ACT_CTX) continue;
          if (!strcmp(ad->actors[y->actor].country, x->country)) {
            if (best == SIZE_MAX || q > best) {
              best = q;
              a->actor = ad->payloads[p].actor;
            }
            break;
          }
        }
      }
    }
    r->v[w++] = *a;
  }
  r->n = w;
}

/* ---- the passes ----------------------------------------------------------- */

int dyad_find_mentions(dyad_arena *arena, const dyad_dict *d, const dyad_doc *doc,
                       const char *text, dyad_mention **out, size_t *n_out) {
  *out = NULL;
  *n_out = 0;
  const dyad_actor_dict *ad = d->actors;
  if (!ad) return DYAD_OK;
  int li = -1;
  for (int i = 0; i < d->n_langs; i++)
    if (strcmp(d->langs[i].code, doc->lang) == 0) li = i;
  if (li < 0) { /* an unknown language: try the English names */
    for (int i = 0; i < d->n_langs; i++)
      if (strcmp(d->langs[i].code, "en") == 0) li = i;
    if (li < 0) return DYAD_OK;
  }
  const dyad_trie *names = &ad->names[li], *agents = &ad->agents[li];
  const dyad_lang_data *ld = &d->langs[li];
  const dyad_token *tok = doc->tokens;
  int32_t date = dyad_date_key(&doc->article->date);
  raws r = {0};
  const char *dl_country = dateline_country(d, names, doc);

  /* 1. match, sentence by sentence */
  for (size_t s = 0; s < doc->n_sentences; s++) {
    const dyad_sentence *st = &doc->sentences[s];
    uint32_t i = st->tok_begin, end = st->tok_end;
    if (st->flags & DYAD_SF_DATELINE) /* a dateline names a place, not an actor */
      while (i < end && tok[i].span.start < st->dateline.end) i++;
    while (i < end) {
      uint32_t pn = NO_ID, pa = NO_ID, en = i, ea = i;
      if (dyad_word_id(tok[i].norm)) { /* a word of no trie starts no phrase */
        en = longest(ad, names, tok, i, end, &pn);
        ea = longest(ad, agents, tok, i, end, &pa);
      }
      if (en > i && en >= ea) {
        raw_push(&r, i, en, ad->payloads[pn].actor, ea == en ? ad->payloads[pa].actor : NO_ID, pn, false);
        i = en;
      } else if (ea > i && !adjective_role(ld, tok, i, ea, st->tok_begin, &r)) {
        raw_push(&r, i, ea, ad->payloads[pa].actor, NO_ID, NO_ID, true);
        i = ea;
      } else if (ea > i) {
        i = ea;
      } else if ((pn = dual_national(arena, d, li, ld, agents, tok, i, st->tok_begin, end)) != NO_ID) {
        raw_push(&r, i, i + 1, pn, NO_ID, NO_ID, false);
        r.v[r.n - 1].dual = true;
        i++;
      } else {
        /* "l'Alleanza", "the agency": the organization named last */
        if (i > st->tok_begin && tok[i].kind == DYAD_TOK_WORD && definite(ld, tok, i - 1) &&
            dyad_word_lookup(&ld->orgref, tok[i].norm) &&
            !(i + 2 < end && (cls(ld, tok, i + 1) & DYAD_WC_GENITIVE) && !infinitive(tok[i + 2].norm)))
          raw_push(&r, i, i + 1, ORGREF, NO_ID, NO_ID, false);
        i++;
      }
    }
  }

  resolve_refs(ad, tok, &r);

  /* countries named by a plain entry, for context-only and ambiguous forms */
  dyad_map seen, words;
  bool words_built = false;
  dyad_map_init(&seen);
  dyad_map_init(&words);
  for (size_t k = 0; k < r.n; k++) {
    const dyad_actor *x = &ad->actors[r.v[k].actor];
    if (!r.v[k].agent && x->kind != ACT_CTX && x->kind != ACT_AMB && x->kind != ACT_BLOCK && x->country[0])
      dyad_map_put(&seen, x->country, strlen(x->country), 1, NULL, NULL);
  }

  /* 2. compose into mentions */
  dyad_mention *m = dyad_arena_alloc(arena, (r.n + 1) * sizeof *m);
  size_t n = 0;
  dyad_map surnames; /* folded surname -> actor, for persons seen in full */
  dyad_map_init(&surnames);
  for (size_t k = 0; k < r.n; k++) {
    raw *a = &r.v[k];
    if (a->dead) continue;
    const dyad_actor *x = &ad->actors[a->actor];
    if (x->kind == ACT_BLOCK) continue; /* a region: its words are no country */
    if (x->kind == ACT_PERSON && x->n_roles == 0) continue; /* an imported name without a code */
    const dyad_sentence *st = &doc->sentences[tok[a->b].sentence];
    if (!a->agent && (x->kind == ACT_NAME || x->kind == ACT_CTX || x->kind == ACT_AMB) &&
        (strlen(x->code) == 3 || x->seat) && a->e - a->b == 1 &&
        inside_name(ad, ld, tok, a->b, a->e, st->tok_begin, st->tok_end, &r, k, x->seat))
      continue;
    uint32_t b = a->b, e = a->e;
    const dyad_actor *country = NULL, *agent = NULL, *person = NULL;
    uint32_t flags = 0;
    raw *next = k + 1 < r.n ? &r.v[k + 1] : NULL;
    /* a name that is also a role word acts as the role next to a country
       ("Consiglio di sicurezza russo", "Peru's Congress") */
    bool as_agent = a->agent;
    const dyad_actor *ax = x;
    if (!a->agent && a->alt != NO_ID && next && !next->agent) {
      const dyad_actor *y = &ad->actors[next->actor];
      uint32_t gap = of_len(ld, tok, e, next->b);
      if ((next->b == e && y->kind == ACT_ADJ) || (gap && e + gap == next->b && y->kind != ACT_PERSON && strlen(y->code) == 3)) {
        as_agent = true;
        ax = &ad->actors[a->alt];
      }
    }
    if (as_agent) {
      agent = ax;
      /* role + adjective/name right after, or role + di/of + country */
      if (next && !next->agent) {
        const dyad_actor *y = &ad->actors[next->actor];
        uint32_t gap = of_len(ld, tok, e, next->b);
        raw *third = k + 2 < r.n ? &r.v[k + 2] : NULL;
        if (gap && e + gap == next->b && next->alt != NO_ID && third && !third->agent && third->b == next->e &&
            ad->actors[third->actor].kind == ACT_ADJ) {
          /* "vicepresidente del Consiglio di sicurezza russo": the body is the country's */
          country = &ad->actors[third->actor];
          e = third->e;
          next->dead = third->dead = true;
        } else if ((next->b == e && y->kind == ACT_ADJ) || (gap && e + gap == next->b && y->kind != ACT_PERSON)) {
          country = y;
          e = next->e;
          next->dead = true;
        }
      }
      if (!country && next && !next->agent && ad->actors[next->actor].kind == ACT_PERSON &&
          of_len(ld, tok, e, next->b) && e + of_len(ld, tok, e, next->b) == next->b) {
        /* "il governo di Enrico Letta": the role of that person's country */
        char buf[8];
        const char *pc = person_code(ad, &ad->actors[next->actor], date, buf);
        char *cc = dyad_arena_alloc(arena, 8);
        dyad_code_country(pc, strlen(pc), cc);
        if (strlen(cc) == 3 && strncmp(pc, "IGO", 3) != 0) {
          char *code = dyad_arena_alloc(arena, 24);
          code_cat(code, 24, cc, agent->code);
          put_mention(&m[n++], tok, b, next->e, code, cc, agent->name,
                      DYAD_MF_ROLE | DYAD_MF_PERSON);
          next->dead = true;
          continue;
        }
      }
      bool person_next = next && next->b == e && ad->actors[next->actor].kind == ACT_PERSON;
      if (!country && !person_next) {
        /* a body named without its country: "il proprio ambasciatore" is
           the subject's; "la Corte suprema", "the Supreme Court", "la
           polizia", "protesters" take the country of the context */
        const dyad_mention *whole = NULL;
        uint32_t from = b;
        /* "Taliban fighters", "Hamas fighters": the name before owns it */
        if (n > 0 && m[n - 1].tok_end == b && !(m[n - 1].flags & (DYAD_MF_PLACE | DYAD_MF_MODIFIER)) && k > 0 &&
            r.v[k - 1].e == b && !r.v[k - 1].agent) {
          m[n - 1].span.end = tok[e - 1].span.end;
          m[n - 1].tok_end = e;
          continue;
        }
        /* "alcuni militari del contingente russo": the complement says whose */
        if (next && of_len(ld, tok, e, next->b) && e + of_len(ld, tok, e, next->b) == next->b) continue;
        const char *cc = owner_country(ld, tok, b, st->tok_begin, m, n, &from);
        if (!cc && from == b)
          cc = context_role(ld, tok, b, e, st->tok_begin, st->tok_end, agent, m, n, dl_country,
                            given_country(ad, ld, tok, e, &r, k, date, arena), &whole);
        if (!cc && from == b) cc = crowd_country(d, li, ld, tok, b, e, st->tok_begin, st->tok_end, &r, k, dl_country);
        if (!cc) continue; /* a role with no country is no actor */
        char *code = dyad_arena_alloc(arena, 24);
        if (whole) code_cat(code, 24, whole->code, "");
        else code_cat(code, 24, cc, agent->code);
        put_mention(&m[n++], tok, from, e, code, cc, whole ? whole->name : agent->name,
                    DYAD_MF_ROLE | DYAD_MF_CONTEXT | DYAD_MF_IMPLICIT | (whole ? (whole->flags & DYAD_MF_ORG) : 0));
        continue;
      }
      if (!country) continue; /* a role with no country is no actor */
      flags |= DYAD_MF_ROLE;
    } else if (x->kind == ACT_PERSON) {
      person = x;
      flags |= DYAD_MF_PERSON;
    } else {
      country = x;
      /* English: Russian president, Russia's interim president, Peru's Congress */
      if (next && (next->agent || next->alt != NO_ID)) {
        uint32_t at = e;
        if (at < next->b && (tok[at].flags & DYAD_TF_POSS)) at++;
        while (at < next->b && at < e + 4 && !(tok[at].flags & DYAD_TF_UPPER) && (cls(ld, tok, at) & DYAD_WC_TITLEMOD)) at++;
        if (at == next->b && (next->agent || at > e || x->kind == ACT_ADJ)) {
          agent = &ad->actors[next->agent ? next->actor : next->alt];
          e = next->e;
          next->dead = true;
          flags |= DYAD_MF_ROLE;
        }
      }
      /* a body the dictionary gives to one country ("Congress", "la Corte
         suprema" are American) in a story about another, which the context
         names plainly ("BRASILIA -", "Supporters of Jair Bolsonaro stormed
         Congress"), and the article names that country no other way */
      const char *cc;
      if (!agent && a->alt != NO_ID && strlen(x->code) > 3 && strlen(x->country) == 3 && strncmp(x->code, "IGO", 3) != 0 &&
          !named_apart(ad, &r, x->country) &&
          (cc = context_country(ld, tok, b, ad->actors[a->alt].code, m, n, dl_country, true, NULL)) && strcmp(cc, x->country)) {
        char *code = dyad_arena_alloc(arena, 24);
        snprintf(code, 24, "%s%s", cc, ad->actors[a->alt].code);
        put_mention(&m[n++], tok, b, e, code, cc, ad->actors[a->alt].name,
                    DYAD_MF_ROLE | DYAD_MF_CONTEXT | DYAD_MF_IMPLICIT);
        continue;
      }
    }
    /* a role phrase followed (or preceded) by a person: one mention */
    raw *after = NULL;
    for (size_t q = k + 1; q < r.n; q++)
      if (!r.v[q].dead) { after = &r.v[q]; break; }
    if (!person && agent && after && after->b == e && ad->actors[after->actor].kind == ACT_PERSON) {
      person = &ad->actors[after->actor];
      e = after->e;
      after->dead = true;
      flags |= DYAD_MF_PERSON;
    }
    /* "l'ambasciatore Usa Nicholas Burns", "Turkish Foreign Minister Hakan
       Fidan" with a person the dictionary lacks: the role covers the name */
    if (!person && agent && country && strlen(country->code) == 3)
      e = unknown_name(d, li, ld, tok, e, st->tok_end, after);
    if (country && country->kind == ACT_CTX) {
      if (!dyad_map_get(&seen, country->country, strlen(country->country))) continue;
      flags |= DYAD_MF_CONTEXT;
    }
    /* "Georgia" in an article on Atlanta and the Senate; "Turkey prices
       jumped ahead of Thanksgiving" (a clue close by wins over the country) */
    if (country && country->kind == ACT_AMB &&
        (near_clue(tok, b, e, st->tok_begin, st->tok_end, country->clues) ||
         (!dyad_map_get(&seen, country->country, strlen(country->country)) &&
          has_clue(doc, &words, &words_built, country->clues))))
      continue;
    /* "il gas russo", "the U.S.-Mexico border" */
    /* "on his way to the Mexican embassy": a building reached, here a place */
    if (agent && !person && (cls(ld, tok, e - 1) & DYAD_WC_VENUE) && moved_to(ld, tok, b, st->tok_begin))
      flags |= DYAD_MF_PLACE;
    if (!person && !agent && country && !a->dual && (country->kind == ACT_ADJ || (country->kind == ACT_NAME && strlen(country->code) == 3)) &&
        demonym_modifier(d, li, ld, tok, b, e, st->tok_begin, st->tok_end, country))
      flags |= DYAD_MF_MODIFIER;
    char *code = dyad_arena_alloc(arena, 24);
    const char *ccountry;
    const char *name;
    if (person) {
      char buf[8];
      const char *pc = person_code(ad, person, date, buf);
      /* "l'ex presidente georgiano Mikheil Saakashvili": out of office, the
         country the text gives wins over the nearest role's */
      if (country && strlen(pc) == 3 && strlen(country->country) == 3 && strncmp(country->code, "IGO", 3) != 0 &&
          strcmp(pc, country->country) != 0)
        pc = country->country;
      code_cat(code, 24, pc, "");
      char *cc = dyad_arena_alloc(arena, 8);
      dyad_code_country(pc, strlen(pc), cc);
      ccountry = cc;
      name = person->name;
      /* remember the short forms of a full name: its last word (Putin) and
         its first (Kim, for names written family name first) */
      uint32_t pb = person == x ? a->b : after->b, pe = e;
      if (pe - pb >= 2) {
        uint32_t ends[2] = {pe - 1, pb};
        for (int q = 0; q < 2; q++)
          if (tok[ends[q]].flags & DYAD_TF_UPPER)
            dyad_map_put(&surnames, tok[ends[q]].norm, strlen(tok[ends[q]].norm),
                         (uint32_t)(person - ad->actors), NULL, NULL);
      }
    } else {
      bool org = strncmp(country->code, "IGO", 3) == 0 || strncmp(country->code, "NGO", 3) == 0;
      bool seat = country->seat || (strlen(country->code) > 3 && !org);
      /* a capital composes as its country ("tribunale di Seul" is KORJUD); a
         named body keeps its code ("portavoce del Pentagono" is USAMIL) */
      bool capital = seat && !org && strlen(country->code) == 6 && !strcmp(country->code + 3, "GOV");
      if (agent && !org && (capital || strlen(country->code) == 3))
        code_cat(code, 24, country->country, agent->code);
      else
        code_cat(code, 24, country->code, "");
      ccountry = country->country;
      name = country->name;
      if (org) flags |= DYAD_MF_ORG;
      if (country->kind == ACT_ADJ) flags |= DYAD_MF_DEMONYM;
      if (seat) {
        flags |= DYAD_MF_METONYM;
        /* capitals and seats of power: every place rule; other named bodies
           and groups: only "a"/"in"/"at" before them */
        if (!agent && (country->seat ? seat_is_place(ld, tok, b, e, st->tok_begin, st->tok_end, &r, k)
                                     : seat_prep(ld, tok, b, st->tok_begin)))
          flags |= DYAD_MF_PLACE;
      }
    }
    for (size_t q = k; q < r.n && r.v[q].b < e; q++)
      if (r.v[q].implicit) flags |= DYAD_MF_IMPLICIT; /* "i leader dell'Alleanza" */
    put_mention(&m[n++], tok, b, e, code, ccountry, name,
                flags);
  }

  /* 3. appositions, merged into the earlier mention; a person's code wins */
  size_t w = 0;
  for (size_t k = 0; k < n; k++) {
    dyad_mention *prev = w > 0 ? &m[w - 1] : NULL;
    const dyad_mention *cur = &m[k];
    bool merge = false;
    if (prev && envoy_of(ld, tok, prev, cur, arena)) continue;
    if (prev && !strcmp(prev->country, cur->country) && prev->sentence == cur->sentence && !(prev->flags & DYAD_MF_PLACE) &&
        !(cur->flags & DYAD_MF_PLACE)) {
      uint32_t pe = prev->tok_end, cb = cur->tok_begin;
      bool pp = prev->flags & DYAD_MF_PERSON, cp = cur->flags & DYAD_MF_PERSON;
      /* "Nato Secretary General Jens Stoltenberg", "IAEA chief Rafael Grossi" */
      if (cp && !pp && (pe == cb || ((prev->flags & (DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_DEMONYM)) && title_gap(ld, tok, pe, cb))))
        merge = true;
      /* "South Korea's Moon Jae-in", "Yemen's Houthis" */
      else if (!pp && !(prev->flags & (DYAD_MF_ROLE | DYAD_MF_ORG)) && pe < cb && (tok[pe].flags & DYAD_TF_POSS) &&
               title_gap(ld, tok, pe, cb) && (cp || strlen(cur->code) > 3))
        merge = true;
      /* "Il presidente del Ciad, Mahamat Idriss Déby"; "Dmitrij Medvedev,
         vicepresidente del Consiglio di sicurezza russo" */
      else if (pp != cp && cb == pe + 1 && is_punct(&tok[pe], ",") && ((pp ? cur : prev)->flags & DYAD_MF_ROLE))
        merge = true;
      /* "Abdallah II di Giordania", "King Abdullah II of Jordan" */
      else if (pp && !cp && !(cur->flags & (DYAD_MF_ROLE | DYAD_MF_DEMONYM | DYAD_MF_METONYM | DYAD_MF_ORG)) &&
               of_len(ld, tok, pe, cb) && pe + of_len(ld, tok, pe, cb) == cb && strlen(cur->code) == 3)
        merge = true;
      /* "the U.N. Security Council", "i caschi blu dell'Unifil" */
      else if ((prev->flags & DYAD_MF_ORG) && (cur->flags & DYAD_MF_ORG) && !pp && !cp &&
               !strcmp(prev->code, cur->code) && (pe == cb || (of_len(ld, tok, pe, cb) && pe + of_len(ld, tok, pe, cb) == cb)))
        merge = true;
      if (merge && cp && !pp) {
        prev->code = cur->code;
        prev->name = cur->name;
        prev->flags = (prev->flags & ~(uint32_t)(DYAD_MF_METONYM | DYAD_MF_ORG | DYAD_MF_DEMONYM)) | cur->flags;
      } else if (merge && !cp && !pp) {
        if (strlen(cur->code) > strlen(prev->code)) prev->code = cur->code;
        prev->flags |= cur->flags & (DYAD_MF_METONYM | DYAD_MF_ORG);
      }
      if (merge) {
        prev->span.end = cur->span.end;
        prev->tok_end = cur->tok_end;
        continue;
      }
    }
    m[w++] = m[k];
  }
  n = w;

  /* 4. bare surnames of persons named in full earlier: a second scan over
     capitalized words that are no mention yet */
  if (surnames.len) {
    size_t cap = n + 64, extra = 0;
    dyad_mention *all = dyad_arena_alloc(arena, cap * sizeof *all);
    size_t mi = 0;
    for (size_t s = 0; s < doc->n_sentences; s++) {
      for (uint32_t i = doc->sentences[s].tok_begin; i < doc->sentences[s].tok_end; i++) {
        while (mi < n && m[mi].tok_end <= i) {
          if (mi + extra < cap) all[mi + extra] = m[mi];
          mi++;
        }
        if (mi < n && m[mi].tok_begin <= i) continue;
        if (!(tok[i].flags & DYAD_TF_UPPER)) continue;
        const uint32_t *pid = dyad_word_lookup(&surnames, tok[i].norm);
        if (!pid || mi + extra + 1 >= cap) continue;
        const dyad_actor *x = &ad->actors[*pid];
        /* only after the full name: the first mention of the person */
        bool before = false;
        for (size_t q = 0; q < n && m[q].tok_begin < i; q++)
          if (m[q].name == x->name) { before = true; break; }
        if (!before) continue;
        dyad_mention *mm = &all[mi + extra++];
        char *code = dyad_arena_alloc(arena, 24);
        char buf[8];
        code_cat(code, 24, person_code(ad, x, date, buf), "");
        char *cc = dyad_arena_alloc(arena, 8);
        dyad_code_country(code, strlen(code), cc);
        mm->span = tok[i].span;
        mm->sentence = tok[i].sentence;
        mm->tok_begin = i;
        mm->tok_end = i + 1;
        mm->code = code;
        mm->country = cc;
        mm->name = x->name;
        mm->flags = DYAD_MF_PERSON | DYAD_MF_SURNAME;
      }
    }
    while (mi < n && mi + extra < cap) {
      all[mi + extra] = m[mi];
      mi++;
    }
    m = all;
    n += extra;
  }

  /* 5. nicknames the article defines */
  m = resolve_nicks(arena, ld, doc, m, &n);

  dyad_map_free(&surnames);
  dyad_map_free(&seen);
  dyad_map_free(&words);
  free(r.v);
  *out = m;
  *n_out = n;
  return DYAD_OK;
}
