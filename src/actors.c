/*
** actors.c -- the actor dictionaries: loading data/actors/ files into token
** tries (one for names, one for role words, per language).
**
** Formats (data/README.md): flat lines "CODE LANG[.KIND] variant; ..." for
** states, seats of power and organizations; "= NAME" blocks with alias and
** dated role lines for people; "ROLE LANG variant; ..." lines in agents.txt.
** Each variant is tokenized and folded by the same pipeline the articles go
** through, so "Stati Uniti d'America" and "dell'Ucraina" split the same way in
** both.  Italian adjectives get their four forms, English ones their plural.
**
** Called by dict.c while loading; vocab.c indexes the tries by word id and
** walks them for mention.c.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX

/* ---- tries ---------------------------------------------------------------- */

static void trie_init(dyad_trie *t) {
  if (t->node_payload) return;
  dyad_map_init(&t->edges);
  t->cap_nodes = 1024;
  t->node_payload = dyad_xmalloc(t->cap_nodes * sizeof *t->node_payload);
  t->node_payload[0] = NO_ID;
  t->n_nodes = 1;
}

static void trie_free(dyad_trie *t) {
  if (!t->node_payload) return;
  dyad_map_free(&t->edges);
  dyad_imap_free(&t->step);
  free(t->node_payload);
  memset(t, 0, sizeof *t);
}

static void edge_key(dyad_buf *k, uint32_t node, const char *norm) {
  dyad_buf_clear(k);
  dyad_buf_put(k, &node, sizeof node);
  dyad_buf_puts(k, norm);
}

static uint32_t trie_child(dyad_trie *t, uint32_t node, const char *norm, dyad_buf *k) {
  edge_key(k, node, norm);
  bool added;
  uint32_t *v = dyad_map_put(&t->edges, k->ptr, k->len, t->n_nodes, &added, NULL);
  if (added) {
    if (t->n_nodes == t->cap_nodes) {
      t->cap_nodes *= 2;
      t->node_payload = dyad_xrealloc(t->node_payload, t->cap_nodes * sizeof *t->node_payload);
    }
    t->node_payload[t->n_nodes++] = NO_ID;
  }
  return *v;
}

/* ---- loading context --------------------------------------------------------- */

typedef struct loader {
  dyad_dict *d;
  dyad_actor_dict *a;
  dyad_lines *l;
  char *err;
  dyad_buf key, tmp;
  dyad_toks toks;
  int rc;
  bool seats;           /* loading seats.txt: capitals and seats of power */
} loader;

static int fail(loader *ld, const char *msg, const char *near_p, size_t near_n) {
  char near[48];
  dyad_near(near_p, near_n, near, sizeof near);
  dyad_errf(ld->err, "%s:%u: %s near '%s'", ld->l->name, ld->l->line, msg, near);
  ld->rc = DYAD_SYNTAX;
  return DYAD_SYNTAX;
}

void dyad_code_country(const char *code, size_t cn, char out[8]) {
  memset(out, 0, 8);
  if (cn >= 5 && (memcmp(code, "IGO", 3) == 0 || memcmp(code, "NGO", 3) == 0)) {
    size_t k = cn - 3 < 3 ? cn - 3 : 3;
    memcpy(out, code + 3, k);
    if (k == 3 && out[0] == 'G' && out[1] == '7') out[2] = 0; /* IGOG7 + role */
  } else {
    memcpy(out, code, cn < 3 ? cn : 3);
  }
}

static uint32_t new_actor(dyad_actor_dict *a, const char *code, size_t cn, const char *name,
                          size_t nn, int kind) {
  if (a->n_actors == a->cap_actors) {
    a->cap_actors = a->cap_actors ? a->cap_actors * 2 : 512;
    a->actors = dyad_xrealloc(a->actors, a->cap_actors * sizeof *a->actors);
  }
  dyad_actor *x = &a->actors[a->n_actors];
  memset(x, 0, sizeof *x);
  memcpy(x->code, code, cn < sizeof x->code - 1 ? cn : sizeof x->code - 1);
  if (kind != ACT_AGENT) dyad_code_country(code, cn, x->country);
  x->name = dyad_arena_strndup(&a->strings, name, nn);
  x->kind = (uint8_t)kind;
  x->role0 = (uint32_t)a->n_roles;
  return (uint32_t)a->n_actors++;
}

/* Tokenizes and folds a variant into ld->key as "norm\0norm\0..."; returns the
   number of tokens, or 0 when nothing remains. */
static size_t fold_variant(loader *ld, const char *lang, const char *p, size_t n,
                           const char ***norms_out) {
  static const char *norms[32];
  ld->toks.n = 0;
  dyad_tokenize(p, 0, n, lang, dyad_dict_lang(ld->d, lang), &ld->toks);
  size_t k = 0;
  for (size_t i = 0; i < ld->toks.n && k < 32; i++) {
    const dyad_token *t = &ld->toks.v[i];
    const char *norm, *stem;
    dyad_fold_word(ld->d->folder, "", p + t->span.start, t->span.end - t->span.start, &norm, &stem);
    norms[k++] = norm;
  }
  *norms_out = norms;
  return k;
}

static void add_payload(loader *ld, dyad_trie *t, uint32_t node, uint32_t actor, uint8_t cap,
                        const char *variant, size_t vn) {
  dyad_actor_dict *a = ld->a;
  /* same actor already here: nothing to do; a different code from the
     built-in dictionary while loading the user's: the user's wins */
  for (uint32_t p = t->node_payload[node]; p != NO_ID; p = a->payloads[p].next) {
    dyad_actor *old = &a->actors[a->payloads[p].actor];
    dyad_actor *neu = &a->actors[actor];
    if (strcmp(old->code, neu->code) == 0 && old->kind == neu->kind) {
      /* the same actor written twice ("UE", "Ue"): the looser capitalization holds */
      if (cap < a->payloads[p].cap) a->payloads[p].cap = cap;
      return;
    }
    if (ld->d->loading_user && old->kind == neu->kind) {
      dyad_buf_printf(&a->warnings, "%s:%u: '%.*s' is %s in the built-in dictionary; this entry (%s) wins\n",
                      ld->l->name, ld->l->line, (int)vn, variant, old->code, neu->code);
      a->payloads[p].actor = actor;
      a->payloads[p].cap = cap;
      return;
    }
  }
  if (a->n_payloads == a->cap_payloads) {
    a->cap_payloads = a->cap_payloads ? a->cap_payloads * 2 : 1024;
    a->payloads = dyad_xrealloc(a->payloads, a->cap_payloads * sizeof *a->payloads);
  }
  dyad_payload *p = &a->payloads[a->n_payloads];
  p->actor = actor;
  p->cap = cap;
  p->next = t->node_payload[node];
  t->node_payload[node] = (uint32_t)a->n_payloads++;
}

/* Adds one variant of an actor to the trie of each language in langs. */
static int add_variant(loader *ld, const char *langs, uint32_t actor, bool agent,
                       const char *p, size_t n) {
  static const char *const ALL[] = {"it", "en", NULL};
  const char *one[2] = {langs, NULL};
  const char *const *list = strcmp(langs, "*") == 0 ? ALL : one;
  size_t bi = 0;
  while (bi < n && (p[bi] == ' ')) bi++;
  /* capitalization the text must show: 1 an initial capital, 2 all capitals
     (a variant written "UN" does not match the Italian article "Un") */
  size_t adv;
  int32_t cp0 = dyad_utf8_decode(p + bi, n - bi, &adv);
  int letters = 0, uppers = 0;
  for (size_t j = bi; j < n; j += adv) {
    int32_t cp = dyad_utf8_decode(p + j, n - j, &adv);
    if (cp == ' ') break;
    if (dyad_cp_is_letter(cp)) {
      letters++;
      if (dyad_cp_is_upper(cp)) uppers++;
    }
  }
  uint8_t cap = letters >= 2 && letters == uppers ? 2 : dyad_cp_is_upper(cp0) ? 1 : 0;
  for (; *list; list++) {
    int li = dyad_dict_lang_index(ld->d, *list, strlen(*list));
    if (li < 0) return fail(ld, "too many languages", p, n);
    dyad_trie *t = agent ? &ld->a->agents[li] : &ld->a->names[li];
    trie_init(t);
    const char **norms;
    size_t k = fold_variant(ld, *list, p, n, &norms);
    if (k == 0) return fail(ld, "empty variant", p, n);
    if (k == 32) return fail(ld, "variant longer than 31 words", p, n);
    uint32_t node = 0;
    for (size_t i = 0; i < k; i++) node = trie_child(t, node, norms[i], &ld->key);
    /* Italian news writes acronyms of three letters or more in title case
       (Onu, Nato, Aiea): there the capital initial is enough */
    uint8_t need = cap == 2 && letters >= 3 && strcmp(*list, "it") == 0 ? 1 : cap;
    add_payload(ld, t, node, actor, need, p, n);
  }
  return DYAD_OK;
}

/* Italian adjective forms from the masculine singular (russo -> russa, russi,
   russe; statunitense -> statunitensi; belga -> belgi, belghe are listed). */
static int add_it_adj(loader *ld, uint32_t actor, const char *p, size_t n) {
  const char *slash = memchr(p, '/', n);
  if (slash) { /* explicit forms */
    const char *s = p, *end = p + n;
    while (s < end) {
      const char *e = memchr(s, '/', (size_t)(end - s));
      if (!e) e = end;
      if (e > s && add_variant(ld, "it", actor, false, s, (size_t)(e - s))) return ld->rc;
      s = e + 1;
    }
    return DYAD_OK;
  }
  if (add_variant(ld, "it", actor, false, p, n)) return ld->rc;
  char buf[128];
  if (n < 3 || n + 2 > sizeof buf) return DYAD_OK;
  char last = p[n - 1];
  const char *suffixes[6] = {0};
  size_t cut = n - 1;
  if (last == 'o' && (p[n - 2] == 'c' || p[n - 2] == 'g')) {
    suffixes[0] = "a"; suffixes[1] = "hi"; suffixes[2] = "he"; suffixes[3] = "i";
  } else if (last == 'o') {
    suffixes[0] = "a"; suffixes[1] = "i"; suffixes[2] = "e";
  } else if (last == 'e') {
    suffixes[0] = "i";
  } else if (last == 'a') {
    suffixes[0] = "i"; suffixes[1] = "e";
  }
  for (int i = 0; suffixes[i]; i++) {
    size_t sl = strlen(suffixes[i]);
    memcpy(buf, p, cut);
    memcpy(buf + cut, suffixes[i], sl);
    if (add_variant(ld, "it", actor, false, buf, cut + sl)) return ld->rc;
  }
  return DYAD_OK;
}

/* English demonym: the adjective and its plural noun (Russian, Russians). */
static int add_en_adj(loader *ld, uint32_t actor, const char *p, size_t n) {
  if (add_variant(ld, "en", actor, false, p, n)) return ld->rc;
  char buf[128];
  if (n + 2 > sizeof buf || n < 3) return DYAD_OK;
  bool no_plural = (n >= 3 && memcmp(p + n - 3, "ese", 3) == 0) || p[n - 1] == 's' ||
                   (n >= 2 && (memcmp(p + n - 2, "sh", 2) == 0 || memcmp(p + n - 2, "ch", 2) == 0));
  if (no_plural) return DYAD_OK;
  memcpy(buf, p, n);
  buf[n] = 's';
  return add_variant(ld, "en", actor, false, buf, n + 1);
}

/* ---- dates -------------------------------------------------------------- */

int32_t dyad_date_key(const dyad_date *dt) {
  switch (dt->prec) {
    case DYAD_DATE_DAY: return dt->year * 10000 + dt->month * 100 + dt->day;
    case DYAD_DATE_MONTH: return dt->year * 10000 + dt->month * 100 + 15;
    case DYAD_DATE_YEAR: return dt->year * 10000 + 701;
    case DYAD_DATE_NONE: return 0;
  }
  return 0;
}

/* "YYYY[-MM[-DD]]" -> key; first of the period when is_end is false, last when true. */
static bool parse_bound(const char *p, size_t n, bool is_end, int32_t *out) {
  dyad_date dt;
  if (n == 0) {
    *out = is_end ? 99991231 : 0;
    return true;
  }
  if (dyad_date_parse(p, n, &dt) != DYAD_OK) return false;
  int32_t k = dt.year * 10000;
  if (dt.prec == DYAD_DATE_DAY) k += dt.month * 100 + dt.day;
  else if (dt.prec == DYAD_DATE_MONTH) k += dt.month * 100 + (is_end ? 31 : 1);
  else k += is_end ? 1231 : 101;
  *out = k;
  return true;
}

/* "role CODE FROM..TO" */
static int parse_role(loader *ld, uint32_t actor, const char *p, size_t n) {
  dyad_actor_dict *a = ld->a;
  size_t i = 0;
  while (i < n && p[i] != ' ' && p[i] != '\t') i++;
  if (i == 0 || i >= 16) return fail(ld, "role needs a CAMEO actor code", p, n);
  for (size_t j = 0; j < i; j++)
    if (!((p[j] >= 'A' && p[j] <= 'Z') || (p[j] >= '0' && p[j] <= '9')))
      return fail(ld, "role code must be upper-case letters", p, n);
  const char *code = p;
  size_t cn = i;
  while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
  const char *range = p + i;
  size_t rn = n - i;
  const char *dots = NULL;
  for (size_t j = 0; j + 1 < rn; j++)
    if (range[j] == '.' && range[j + 1] == '.') { dots = range + j; break; }
  if (!dots) return fail(ld, "role needs dates FROM..TO", p, n);
  dyad_role r;
  memset(&r, 0, sizeof r);
  memcpy(r.code, code, cn);
  size_t ln = (size_t)(dots - range), en = rn - ln - 2;
  const char *endp = dots + 2;
  while (en && (*endp == ' ')) { endp++; en--; }
  while (ln && range[ln - 1] == ' ') ln--;
  while (en && (endp[en - 1] == ' ' || endp[en - 1] == '\t')) en--;
  if (ln == 0 || !parse_bound(range, ln, false, &r.from)) return fail(ld, "bad start date", range, rn);
  if (!parse_bound(endp, en, true, &r.to)) return fail(ld, "bad end date", endp, en);
  if (r.to < r.from) return fail(ld, "role ends before it starts", range, rn);
  dyad_actor *x = &a->actors[actor];
  for (uint32_t k = x->role0; k < x->role0 + x->n_roles; k++) {
    dyad_role *o = &a->roles[k];
    /* the day of a handover may end one role and start the next */
    if (memcmp(o->code, r.code, 3) == 0 && r.from < o->to && o->from < r.to)
      return fail(ld, "role overlaps an earlier role of the same person and country", range, rn);
  }
  if (a->n_roles == a->cap_roles) {
    a->cap_roles = a->cap_roles ? a->cap_roles * 2 : 512;
    a->roles = dyad_xrealloc(a->roles, a->cap_roles * sizeof *a->roles);
  }
  a->roles[a->n_roles++] = r;
  x->n_roles++;
  if (!x->country[0]) dyad_code_country(r.code, strlen(r.code), x->country);
  return DYAD_OK;
}

typedef struct split_ctx {
  loader *ld;
  const char *lang;
  uint32_t actor;
  int kind;
} split_ctx;

static int each_variant(void *ud, const char *p, size_t n) {
  split_ctx *c = ud;
  if (c->kind == ACT_ADJ && strcmp(c->lang, "it") == 0) return add_it_adj(c->ld, c->actor, p, n);
  if (c->kind == ACT_ADJ && strcmp(c->lang, "en") == 0) return add_en_adj(c->ld, c->actor, p, n);
  if (c->kind == ACT_ADJ && strcmp(c->lang, "*") == 0) {
    if (add_it_adj(c->ld, c->actor, p, n)) return c->ld->rc;
    return add_en_adj(c->ld, c->actor, p, n);
  }
  return add_variant(c->ld, c->lang, c->actor, c->kind == ACT_AGENT, p, n);
}

/* One clue word of an .amb line, folded, appended to a NUL-separated list. */
static int add_clue(void *ud, const char *p, size_t n) {
  dyad_buf *b = ud;
  dyad_fold_text(p, n, b);
  dyad_buf_putc(b, 0);
  return 0;
}

static bool is_code(const char *p, size_t n, size_t min) {
  if (n < min || n >= 16) return false;
  for (size_t i = 0; i < n; i++)
    if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9'))) return false;
  return true;
}

/* "CODE LANG[.KIND] variants" */
static int flat_line(loader *ld, bool agents) {
  const char *s = ld->l->text, *end = s + ld->l->len;
  const char *c1 = s;
  while (s < end && *s != ' ' && *s != '\t') s++;
  size_t cn = (size_t)(s - c1);
  if (!is_code(c1, cn, agents ? 3 : 3)) return fail(ld, "expected an upper-case actor code", c1, (size_t)(end - c1));
  while (s < end && (*s == ' ' || *s == '\t')) s++;
  const char *l1 = s;
  while (s < end && *s != ' ' && *s != '\t') s++;
  size_t lnl = (size_t)(s - l1);
  while (s < end && (*s == ' ' || *s == '\t')) s++;
  if (lnl == 0 || s == end) return fail(ld, "expected: CODE LANG variants", ld->l->text, ld->l->len);
  char lang[8] = "";
  int kind = agents ? ACT_AGENT : ACT_NAME;
  const char *dot = memchr(l1, '.', lnl);
  size_t lcode = dot ? (size_t)(dot - l1) : lnl;
  if (lcode == 0 || lcode > 3) return fail(ld, "bad language", l1, lnl);
  memcpy(lang, l1, lcode);
  if (!(strcmp(lang, "*") == 0 || (lcode == 2 && lang[0] >= 'a' && lang[0] <= 'z')))
    return fail(ld, "language must be a two-letter code or *", l1, lnl);
  if (dot) {
    size_t kn = lnl - lcode - 1;
    if (kn == 3 && memcmp(dot + 1, "adj", 3) == 0 && !agents) kind = ACT_ADJ;
    else if (kn == 3 && memcmp(dot + 1, "ctx", 3) == 0 && !agents) kind = ACT_CTX;
    else if (kn == 3 && memcmp(dot + 1, "blk", 3) == 0 && !agents) kind = ACT_BLOCK;
    else if (kn == 3 && memcmp(dot + 1, "amb", 3) == 0 && !agents) kind = ACT_AMB;
    else return fail(ld, "unknown kind (adj, ctx, blk or amb)", dot + 1, kn);
  }
  /* "variants | clue; clue": an ambiguous name and the words of its other sense */
  const char *bar = kind == ACT_AMB ? memchr(s, '|', (size_t)(end - s)) : NULL;
  if (kind == ACT_AMB && !bar) return fail(ld, "an .amb line needs '| clue; clue' after its variants", s, (size_t)(end - s));
  const char *vend = bar ? bar : end;
  const char *first_end = memchr(s, ';', (size_t)(vend - s));
  uint32_t actor = new_actor(ld->a, c1, cn, s, (size_t)((first_end ? first_end : vend) - s), kind);
  ld->a->actors[actor].seat = ld->seats;
  if (bar) {
    dyad_buf_clear(&ld->tmp);
    dyad_split_list(bar + 1, (size_t)(end - bar - 1), ';', add_clue, &ld->tmp);
    dyad_buf_putc(&ld->tmp, 0);
    ld->a->actors[actor].clues = dyad_arena_strndup(&ld->a->strings, ld->tmp.ptr, ld->tmp.len);
  }
  split_ctx c = {ld, lang, actor, kind};
  dyad_split_list(s, (size_t)(vend - s), ';', each_variant, &c);
  return ld->rc;
}

/* ---- TABARI / PETRARCH actor and agent dictionaries -----------------------
**
**   ISRAEL [ISR]                       a name and its code
**   PRESIDENT_GEORGE_W._BUSH [USAGOV]  '_' joins words; a final '_' is dropped
**   GOLLUM                             a name whose codes follow,
**   +SMEAGOL                           with synonyms,
**       [HOB < 950601]                 and dated codes: before, after (> date),
**       [HOBGOV 20121109-20130119]     or a range (yymmdd or yyyymmdd)
**   !PERSON! = MAN, MEN                agents: a substitution set
**   FOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOV]    agents: plural and role
**
** Names become English variants (first letter capitalized, as they are
** names); agent words stay lower case.  Comments are '#' and <!-- ... -->.
*/

static bool is_tabari(const char *p, size_t n) {
  dyad_lines l;
  dyad_lines_init(&l, "", p, n);
  while (dyad_lines_next(&l)) {
    if (l.text[0] == '<') continue; /* <!-- comment --> lines */
    return memchr(l.text, '[', l.len) != NULL || l.text[0] == '!' || l.text[0] == '+';
  }
  return false;
}

/* yymmdd or yyyymmdd -> yyyymmdd (two-digit years: 50-99 are 19xx). */
static bool tabari_date(const char *p, size_t n, int32_t *out) {
  char buf[16];
  while (n && (*p == ' ' || *p == '\t')) { p++; n--; }
  while (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
  if (n != 6 && n != 8) return false;
  for (size_t i = 0; i < n; i++)
    if (p[i] < '0' || p[i] > '9') return false;
  memcpy(buf, p, n);
  buf[n] = 0;
  long v = strtol(buf, NULL, 10);
  if (n == 6) v += (v / 10000 >= 50 ? 19000000 : 20000000);
  *out = (int32_t)v;
  return true;
}

/* A TABARI name: '_' to blanks, a trailing '_' dropped, title case. */
static size_t tabari_name(const char *p, size_t n, bool title, char *out, size_t cap) {
  size_t k = 0;
  while (n && (p[n - 1] == '_' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
  bool start = true;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    char ch = p[i] == '_' ? ' ' : p[i];
    if (ch >= 'A' && ch <= 'Z' && !(title && start)) ch = (char)(ch + 32);
    if (ch >= 'a' && ch <= 'z' && title && start) ch = (char)(ch - 32);
    start = ch == ' ' || ch == '-';
    out[k++] = ch;
  }
  out[k] = 0;
  return k;
}

/* "[CODE]", "[CODE < date]", "[CODE > date]", "[CODE d1-d2]" */
static int tabari_code(loader *ld, uint32_t actor, const char *p, size_t n) {
  const char *lb = memchr(p, '[', n), *rb = lb ? memchr(lb, ']', (size_t)(p + n - lb)) : NULL;
  if (!lb || !rb) return fail(ld, "expected [CODE]", p, n);
  const char *c = lb + 1;
  size_t cn = 0;
  while (c + cn < rb && c[cn] != ' ' && c[cn] != '\t') cn++;
  if (cn == 0 || cn >= 16) return fail(ld, "bad actor code", lb, (size_t)(rb - lb + 1));
  if (cn == 3 && !memcmp(c, "---", 3)) return DYAD_OK; /* a null code: nothing to add */
  const char *r = c + cn;
  while (r < rb && (*r == ' ' || *r == '\t')) r++;
  int32_t from = 0, to = 99991231;
  if (r < rb) {
    const char *e = rb;
    while (e > r && (e[-1] == ' ' || e[-1] == '\t')) e--;
    if (*r == '<' || *r == '>') {
      const char *dp = r + 1;
      while (dp < e && *dp == ' ') dp++;
      int32_t dv;
      if (!tabari_date(dp, (size_t)(e - dp), &dv)) return fail(ld, "bad date", r, (size_t)(rb - r));
      if (*r == '<') to = dv - 1;
      else from = dv + 1;
    } else {
      const char *dash = memchr(r, '-', (size_t)(e - r));
      if (!dash || !tabari_date(r, (size_t)(dash - r), &from) || !tabari_date(dash + 1, (size_t)(e - dash - 1), &to))
        return fail(ld, "bad date range", r, (size_t)(rb - r));
    }
  }
  dyad_actor_dict *a = ld->a;
  dyad_actor *x = &a->actors[actor];
  if (from == 0 && to == 99991231 && x->n_roles == 0) { /* undated: the name's own code */
    memset(x->code, 0, sizeof x->code);
    memcpy(x->code, c, cn);
    dyad_code_country(x->code, cn, x->country);
    x->kind = ACT_NAME;
    return DYAD_OK;
  }
  if (a->n_roles == a->cap_roles) {
    a->cap_roles = a->cap_roles ? a->cap_roles * 2 : 512;
    a->roles = dyad_xrealloc(a->roles, a->cap_roles * sizeof *a->roles);
  }
  dyad_role *role = &a->roles[a->n_roles++];
  memset(role, 0, sizeof *role);
  memcpy(role->code, c, cn);
  role->from = from;
  role->to = to;
  if (x->n_roles == 0) x->role0 = (uint32_t)(a->n_roles - 1);
  x->n_roles++;
  x->kind = ACT_PERSON;
  if (!x->country[0]) dyad_code_country(role->code, cn, x->country);
  return DYAD_OK;
}

static void tabari_file(loader *ld) {
  dyad_lines *l = ld->l;
  uint32_t cur = NO_ID;
  char name[256];
  /* substitution sets of agent files: !PERSON! = MAN, MEN */
  char subst_key[8][32], subst_val[8][256];
  int n_subst = 0;
  bool agents = false;
  while (ld->rc == DYAD_OK && dyad_lines_next(l)) {
    const char *t = l->text;
    size_t n = l->len;
    if (t[0] == '<') continue;
    const char *eq = t[0] == '!' ? memchr(t, '=', n) : NULL;
    if (eq && !memchr(t, '[', (size_t)(eq - t))) { /* !NAME! = A, B */
      if (n_subst == 8) { fail(ld, "more than 8 substitution sets", t, n); break; }
      size_t kl = (size_t)(eq - t);
      while (kl && t[kl - 1] == ' ') kl--;
      snprintf(subst_key[n_subst], sizeof subst_key[0], "%.*s", (int)kl, t);
      snprintf(subst_val[n_subst], sizeof subst_val[0], "%.*s", (int)(t + n - eq - 1), eq + 1);
      n_subst++;
      agents = true;
      continue;
    }
    if (t[0] == '[' || (l->indent && t[0] == '[')) {
      if (cur == NO_ID) { fail(ld, "a code before any name", t, n); break; }
      tabari_code(ld, cur, t, n);
      continue;
    }
    bool synonym = t[0] == '+';
    const char *body = synonym ? t + 1 : t;
    size_t bn = synonym ? n - 1 : n;
    const char *lb = memchr(body, '[', bn), *brace = memchr(body, '{', bn);
    size_t nl = (size_t)((brace && (!lb || brace < lb) ? brace : lb ? lb : body + bn) - body);
    bool agent = lb && lb + 1 < body + bn && (lb[1] == '~' || memchr(lb, '~', (size_t)(body + bn - lb)));
    agent = agent || agents;
    if (synonym && cur == NO_ID) { fail(ld, "a synonym before any name", t, n); break; }
    if (!synonym) {
      size_t k = tabari_name(body, nl, !agent, name, sizeof name);
      if (!k) { fail(ld, "empty name", t, n); break; }
      cur = new_actor(ld->a, "", 0, name, k, agent ? ACT_AGENT : ACT_PERSON);
      if (lb) {
        if (agent) { /* [~GOV], [NGO~]: the role code without the tilde */
          const char *rb = memchr(lb, ']', (size_t)(body + bn - lb));
          if (!rb) { fail(ld, "expected ]", lb, (size_t)(body + bn - lb)); break; }
          char code[16];
          size_t cn = 0;
          for (const char *q = lb + 1; q < rb && cn + 1 < sizeof code; q++)
            if (*q != '~' && *q != ' ') code[cn++] = *q;
          code[cn] = 0;
          memcpy(ld->a->actors[cur].code, code, cn + 1);
        } else {
          tabari_code(ld, cur, lb, (size_t)(body + bn - lb));
        }
      }
    }
    /* the variants: the name, its plural in braces, with substitutions */
    char forms[2][256];
    int nf = 0;
    nf += tabari_name(body, nl, !agent, forms[0], sizeof forms[0]) > 0;
    if (brace) {
      const char *rbr = memchr(brace, '}', (size_t)(body + bn - brace));
      if (rbr && rbr > brace + 1) nf += tabari_name(brace + 1, (size_t)(rbr - brace - 1), !agent, forms[1], sizeof forms[1]) > 0;
    }
    for (int f = 0; f < nf && ld->rc == DYAD_OK; f++) {
      char *bang = strchr(forms[f], '!');
      int si = -1;
      for (int q = 0; bang && q < n_subst; q++) {
        char lowered[32];
        size_t kl = strlen(subst_key[q]);
        for (size_t z = 0; z <= kl; z++) lowered[z] = (char)(subst_key[q][z] >= 'A' && subst_key[q][z] <= 'Z' ? subst_key[q][z] + 32 : subst_key[q][z]);
        if (!strncmp(bang, lowered, kl)) si = q;
      }
      if (si < 0) {
        add_variant(ld, "en", cur, agent, forms[f], strlen(forms[f]));
        continue;
      }
      /* one variant per member of the substitution set */
      const char *v = subst_val[si];
      size_t kl = strlen(subst_key[si]);
      while (*v && ld->rc == DYAD_OK) {
        while (*v == ' ' || *v == ',') v++;
        const char *e = v;
        while (*e && *e != ',') e++;
        size_t vl = (size_t)(e - v);
        while (vl && v[vl - 1] == ' ') vl--;
        if (vl) {
          char out[300], word[64];
          tabari_name(v, vl, false, word, sizeof word);
          snprintf(out, sizeof out, "%.*s%s%s", (int)(bang - forms[f]), forms[f], word, bang + kl);
          add_variant(ld, "en", cur, agent, out, strlen(out));
        }
        v = e;
      }
    }
  }
  /* a name that never got a code is no actor: it keeps no role and no code */
}

int dyad_actors_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  if (!d->actors) {
    d->actors = dyad_xcalloc(1, sizeof *d->actors);
    dyad_arena_init(&d->actors->strings, 64 * 1024);
    dyad_map_init(&d->actors->first_names);
    d->actors->warnings = (dyad_buf)DYAD_BUF_INIT;
  }
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  loader ld = {d, d->actors, &l, err, DYAD_BUF_INIT, DYAD_BUF_INIT, {0}, DYAD_OK, false};
  if (is_tabari(ptr, len)) {
    tabari_file(&ld);
    goto done;
  }
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  bool agents = strncmp(base, "agents", 6) == 0;
  ld.seats = strncmp(base, "seats", 5) == 0;
  uint32_t person = NO_ID;
  while (ld.rc == DYAD_OK && dyad_lines_next(&l)) {
    const char *t = l.text;
    size_t n = l.len;
    if (t[0] == '=' && !agents) {
      size_t i = 1;
      while (i < n && t[i] == ' ') i++;
      if (i == n) { fail(&ld, "a person needs a name", t, n); break; }
      person = new_actor(ld.a, "", 0, t + i, n - i, ACT_PERSON);
      split_ctx c = {&ld, "*", person, ACT_PERSON};
      each_variant(&c, t + i, n - i);
      /* the first word of a name of two words or more: a first name */
      const char **norms;
      if (fold_variant(&ld, "en", t + i, n - i, &norms) >= 2 && !memchr(t + i, ',', n - i))
        dyad_map_put(&ld.a->first_names, norms[0], strlen(norms[0]), 1, NULL, NULL);
    } else if (l.indent > 0 && person != NO_ID && !agents) {
      if (n > 5 && memcmp(t, "alias", 5) == 0 && (t[5] == ' ' || t[5] == '\t')) {
        split_ctx c = {&ld, "*", person, ACT_PERSON};
        dyad_split_list(t + 6, n - 6, ';', each_variant, &c);
      } else if (n > 4 && memcmp(t, "role", 4) == 0 && (t[4] == ' ' || t[4] == '\t')) {
        size_t i = 5;
        while (i < n && (t[i] == ' ' || t[i] == '\t')) i++;
        parse_role(&ld, person, t + i, n - i);
      } else {
        fail(&ld, "expected 'alias' or 'role' inside a person", t, n);
      }
    } else {
      if (person != NO_ID && ld.a->actors[person].n_roles == 0) {
        fail(&ld, "the person before this line has no role", t, n);
        break;
      }
      person = NO_ID;
      flat_line(&ld, agents);
    }
  }
  if (ld.rc == DYAD_OK && person != NO_ID && ld.a->actors[person].n_roles == 0)
    fail(&ld, "the last person has no role", ld.a->actors[person].name, strlen(ld.a->actors[person].name));
done:
  dyad_buf_free(&ld.key);
  dyad_buf_free(&ld.tmp);
  dyad_toks_free(&ld.toks);
  return ld.rc;
}

void dyad_actors_free(dyad_actor_dict *a) {
  if (!a) return;
  for (int i = 0; i < DYAD_MAX_LANGS; i++) {
    trie_free(&a->names[i]);
    trie_free(&a->agents[i]);
  }
  free(a->actors);
  free(a->roles);
  free(a->payloads);
  dyad_map_free(&a->first_names);
  dyad_arena_free(&a->strings);
  dyad_buf_free(&a->warnings);
  free(a);
}
