/*
** mention.c -- finding actor mentions in an analyzed article.
**
** Three passes over the tokens:
**   1. match: at each token, the longest phrase of the names trie and of the
**      role-word (agent) trie; a name whose dictionary form is capitalized
**      matches only a capitalized word ("Turkey", not "turkey").
**   2. compose: a role word next to a country makes COUNTRY+ROLE
**        it: presidente russo | presidente della Russia | ministro degli Esteri russo
**        en: Russian president | Russia's president | president of Russia
**      and a role phrase next to a person merges with it ("il presidente russo
**      Vladimir Putin" is one mention, coded by the person's role).
**   3. resolve: persons get the role in force on the article's date; a bare
**      surname after a full name links to that person; context-only short
**      forms ("il Nord") stay only when the article names that country.
** Called by analyze.c (dyad_coder_actors); results live in the coder's arena.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX

typedef struct raw {
  uint32_t b, e;        /* token range */
  uint32_t actor;       /* dictionary actor */
  bool agent;
  bool dead;
} raw;

typedef struct raws {
  raw *v;
  size_t n, cap;
} raws;

static void raw_push(raws *r, uint32_t b, uint32_t e, uint32_t actor, bool agent) {
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 64;
    r->v = dyad_xrealloc(r->v, r->cap * sizeof *r->v);
  }
  r->v[r->n++] = (raw){b, e, actor, agent, false};
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


/* A genitive between a role and its country: "della", "dell'", "of", "of the". */
static uint32_t of_len(const dyad_lang_data *ld, const dyad_token *tok, uint32_t i, uint32_t end) {
  if (i >= end || !(dyad_word_class(ld, tok[i].norm) & DYAD_WC_GENITIVE)) return 0;
  return (i + 1 < end && (dyad_word_class(ld, tok[i + 1].norm) & DYAD_WC_ARTICLE)) ? 2 : 1;
}

/* Between a title and a name at most two lower-case words or a possessive
   ("IAEA chief Rafael Grossi", "South Korea's Moon Jae-in"). */
static bool title_gap(const dyad_lang_data *ld, const dyad_token *tok, uint32_t from, uint32_t to) {
  if (to < from || to - from > 2) return false;
  for (uint32_t i = from; i < to; i++)
    if (tok[i].kind != DYAD_TOK_WORD || (tok[i].flags & DYAD_TF_UPPER) ||
        dyad_map_get(&ld->speech, tok[i].norm, strlen(tok[i].norm)) || dyad_word_class(ld, tok[i].norm))
      return false;
  return true;
}

/* A country name inside a person's name ("Michael Jordan", "Jordan Peterson",
   "Chad Wolf"): a capitalized word that is no function word and no actor
   stands right before or after it. */
static bool inside_name(const dyad_lang_data *ld, const dyad_token *tok, uint32_t b, uint32_t e,
                        uint32_t s_begin, uint32_t s_end, const raws *r, size_t k) {
  const uint32_t FUNCTION = DYAD_WC_ARTICLE | DYAD_WC_PLACE | DYAD_WC_LOCATIVE | DYAD_WC_GENITIVE |
                            DYAD_WC_CONJ | DYAD_WC_BY | DYAD_WC_PRONOUN | DYAD_WC_CARRY | DYAD_WC_SEATPREP;
  bool prev_is_actor = k > 0 && r->v[k - 1].e == b;
  bool next_is_actor = k + 1 < r->n && r->v[k + 1].b == e;
  if (b > s_begin && !prev_is_actor && tok[b - 1].kind == DYAD_TOK_WORD && (tok[b - 1].flags & DYAD_TF_UPPER) &&
      !(tok[b - 1].flags & DYAD_TF_ALLCAPS) && !(dyad_word_class(ld, tok[b - 1].norm) & FUNCTION))
    return true;
  if (e < s_end && !next_is_actor && tok[e].kind == DYAD_TOK_WORD && (tok[e].flags & DYAD_TF_UPPER) &&
      !(tok[e].flags & DYAD_TF_ALLCAPS) && !(dyad_word_class(ld, tok[e].norm) & FUNCTION))
    return true;
  return false;
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
  memcpy(buf, best->code, 3);
  buf[3] = 0;
  return buf;
}

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

  /* 1. match, sentence by sentence */
  for (size_t s = 0; s < doc->n_sentences; s++) {
    const dyad_sentence *st = &doc->sentences[s];
    uint32_t i = st->tok_begin, end = st->tok_end;
    if (st->flags & DYAD_SF_DATELINE) /* a dateline names a place, not an actor */
      while (i < end && tok[i].span.start < st->dateline.end) i++;
    while (i < end) {
      uint32_t pn, pa;
      uint32_t en = longest(ad, names, tok, i, end, &pn);
      uint32_t ea = longest(ad, agents, tok, i, end, &pa);
      if (en > i && en >= ea) {
        raw_push(&r, i, en, ad->payloads[pn].actor, false);
        i = en;
      } else if (ea > i) {
        raw_push(&r, i, ea, ad->payloads[pa].actor, true);
        i = ea;
      } else {
        i++;
      }
    }
  }

  /* countries named by a non-context entry, for context-only forms */
  dyad_map seen;
  dyad_map_init(&seen);
  for (size_t k = 0; k < r.n; k++) {
    const dyad_actor *x = &ad->actors[r.v[k].actor];
    if (!r.v[k].agent && x->kind != ACT_CTX && x->country[0])
      dyad_map_put(&seen, x->country, strlen(x->country), 1, NULL, NULL);
  }

  /* 2 + 3. compose and resolve into mentions */
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
    if (!a->agent && (x->kind == ACT_NAME || x->kind == ACT_CTX) && strlen(x->code) == 3 && a->e - a->b == 1) {
      const dyad_sentence *st = &doc->sentences[tok[a->b].sentence];
      if (inside_name(ld, tok, a->b, a->e, st->tok_begin, st->tok_end, &r, k)) continue;
    }
    uint32_t b = a->b, e = a->e;
    const dyad_actor *country = NULL, *agent = NULL, *person = NULL;
    uint32_t flags = 0;
    raw *next = k + 1 < r.n ? &r.v[k + 1] : NULL;
    if (a->agent) {
      agent = x;
      /* role + adjective/name right after, or role + di/of + country */
      if (next && !next->agent) {
        const dyad_actor *y = &ad->actors[next->actor];
        uint32_t gap = of_len(ld, tok, e, next->b);
        if ((next->b == e && y->kind == ACT_ADJ) || (gap && e + gap == next->b && y->kind != ACT_PERSON)) {
          country = y;
          e = next->e;
          next->dead = true;
        }
      }
      if (!country) continue; /* a role with no country is no actor */
      flags |= DYAD_MF_ROLE;
    } else if (x->kind == ACT_PERSON) {
      person = x;
      flags |= DYAD_MF_PERSON;
    } else {
      country = x;
      /* English: Russian president, Russia's president */
      if (next && next->agent) {
        uint32_t at = e;
        if (at < next->b && (tok[at].flags & DYAD_TF_POSS)) at++;
        if (at == next->b) {
          agent = &ad->actors[next->actor];
          e = next->e;
          next->dead = true;
          flags |= DYAD_MF_ROLE;
        }
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
    if (country && country->kind == ACT_CTX) {
      if (!dyad_map_get(&seen, country->country, strlen(country->country))) continue;
      flags |= DYAD_MF_CONTEXT;
    }
    char *code = dyad_arena_alloc(arena, 24);
    const char *ccountry;
    const char *name;
    if (person) {
      char buf[8];
      const char *pc = person_code(ad, person, date, buf);
      snprintf(code, 24, "%s", pc);
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
      if (org || !agent || strlen(country->code) > 3) snprintf(code, 24, "%s", country->code);
      else snprintf(code, 24, "%s%s", country->code, agent->code);
      ccountry = country->country;
      name = country->name;
      if (org) flags |= DYAD_MF_ORG;
      if (country->kind == ACT_ADJ) flags |= DYAD_MF_DEMONYM;
      if (strlen(country->code) > 3 && !org) {
        flags |= DYAD_MF_METONYM;
        /* "a Mosca", "in Moscow", "at the White House": a place; and in
           English a capital after "a" modifies a noun ("at a Moscow airport") */
        bool same = b > 0 && tok[b - 1].sentence == tok[b].sentence;
        uint32_t pc = same ? dyad_word_class(ld, tok[b - 1].norm) : 0;
        bool indef = same && !strcmp(ld->code, "en") && (!strcmp(tok[b - 1].norm, "a") || !strcmp(tok[b - 1].norm, "an"));
        if (!agent && ((pc & DYAD_WC_SEATPREP) || indef)) flags |= DYAD_MF_PLACE;
      }
    }
    dyad_mention *mm = &m[n++];
    mm->span.start = tok[b].span.start;
    mm->span.end = tok[e - 1].span.end;
    mm->sentence = tok[b].sentence;
    mm->tok_begin = b;
    mm->tok_end = e;
    mm->code = code;
    mm->country = ccountry;
    mm->name = name;
    mm->flags = flags;
  }

  /* apposition: a title or organization right before a person of the same
     country is one mention ("Nato Secretary General Jens Stoltenberg",
     "l'Alto rappresentante Ue Federica Mogherini"); the person's code wins */
  size_t w = 0;
  for (size_t k = 0; k < n; k++) {
    if (w > 0 && (m[k].flags & DYAD_MF_PERSON) && !(m[w - 1].flags & DYAD_MF_PERSON) &&
        (m[w - 1].tok_end == m[k].tok_begin ||
         ((m[w - 1].flags & (DYAD_MF_ORG | DYAD_MF_ROLE | DYAD_MF_DEMONYM)) &&
          title_gap(ld, tok, m[w - 1].tok_end, m[k].tok_begin))) &&
        !strcmp(m[w - 1].country, m[k].country)) {
      dyad_mention *prev = &m[w - 1];
      prev->span.end = m[k].span.end;
      prev->tok_end = m[k].tok_end;
      prev->code = m[k].code;
      prev->name = m[k].name;
      prev->flags = (prev->flags & ~(uint32_t)(DYAD_MF_METONYM | DYAD_MF_ORG | DYAD_MF_DEMONYM)) | m[k].flags;
      continue;
    }
    m[w++] = m[k];
  }
  n = w;

  /* bare surnames of persons named in full earlier: a second scan over
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
        uint32_t *pid = dyad_map_get(&surnames, tok[i].norm, strlen(tok[i].norm));
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
        snprintf(code, 24, "%s", person_code(ad, x, date, buf));
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
  dyad_map_free(&surnames);
  dyad_map_free(&seen);
  free(r.v);
  *out = m;
  *n_out = n;
  return DYAD_OK;
}
