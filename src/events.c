/*
** events.c -- loading the event dictionaries (data/events/LANG.txt) and the
** CAMEO codebook (data/cameo/codes.txt).
**
** An event file holds synsets (&NAME with +member lines) and trigger blocks
** (--- NAME [CODE] --- with trigger lines and "- pattern [CODE:ALT]" lines);
** data/README.md gives the pattern language.  Words are folded at load time;
** a word written with a final '~' is compared by Snowball stem.  Patterns of a
** block are kept most specific first, so coder.c takes the first that fits.
** Called by dict.c; coder.c reads the compiled tables.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX
#define GROW(arr, n, cap, init)                                   \
  do {                                                            \
    if ((n) == (cap)) {                                           \
      (cap) = (cap) ? (cap) * 2 : (init);                         \
      (arr) = dyad_xrealloc((arr), (cap) * sizeof *(arr));        \
    }                                                             \
  } while (0)

typedef struct eloader {
  dyad_dict *d;
  dyad_event_dict *e;
  dyad_lines *l;
  char *err;
  const char *lang;
  int rc;
  dyad_buf tmp;
  uint32_t block;        /* current block or NO_ID */
  uint32_t set;          /* current synset or NO_ID */
} eloader;

static int efail(eloader *ld, const char *msg, const char *p, size_t n) {
  char near[48];
  dyad_near(p, n, near, sizeof near);
  dyad_errf(ld->err, "%s:%u: %s near '%s'", ld->l->name, ld->l->line, msg, near);
  ld->rc = DYAD_SYNTAX;
  return DYAD_SYNTAX;
}

/* Folds a word (stemmed when it ends in '~') into a pattern element. */
static dyad_pel word_el(eloader *ld, const char *p, size_t n) {
  dyad_pel el = {EL_WORD, 0, 0, 0};
  bool stem = n > 1 && p[n - 1] == '~';
  if (stem) n--;
  const char *norm, *st;
  dyad_fold_word(ld->d->folder, stem ? ld->lang : "", p, n, &norm, &st);
  const char *w = stem ? st : norm;
  el.type = stem ? EL_STEM : EL_WORD;
  el.arg = (uint32_t)ld->e->strings.len;
  dyad_buf_put(&ld->e->strings, w, strlen(w) + 1);
  return el;
}

/* Splits a phrase on blanks into member words appended to mwords; returns
   the packed (first << 32 | count). */
static uint64_t add_member(eloader *ld, const char *p, size_t n) {
  dyad_event_dict *e = ld->e;
  uint32_t first = (uint32_t)e->n_mwords, count = 0;
  size_t i = 0;
  while (i < n) {
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    size_t j = i;
    while (j < n && p[j] != ' ' && p[j] != '\t') j++;
    if (j > i) {
      GROW(e->mwords, e->n_mwords, e->cap_mwords, 256);
      e->mwords[e->n_mwords++] = word_el(ld, p + i, j - i);
      count++;
    }
    i = j;
  }
  return ((uint64_t)first << 32) | count;
}

static uint32_t new_set(dyad_event_dict *e) {
  GROW(e->sets, e->n_sets, e->cap_sets, 64);
  e->sets[e->n_sets].m0 = (uint32_t)e->n_members;
  e->sets[e->n_sets].n_m = 0;
  return (uint32_t)e->n_sets++;
}

static int set_member(void *ud, const char *p, size_t n) {
  eloader *ld = ud;
  dyad_event_dict *e = ld->e;
  uint64_t m = add_member(ld, p, n);
  if ((uint32_t)m == 0) return 0;
  GROW(e->members, e->n_members, e->cap_members, 256);
  e->members[e->n_members++] = m;
  e->sets[e->n_sets - 1].n_m++;
  return 0;
}

/* "--- NAME [CODE] ---" */
static int block_head(eloader *ld, const char *p, size_t n) {
  dyad_event_dict *e = ld->e;
  const char *lb = memchr(p, '[', n), *rb = lb ? memchr(lb, ']', (size_t)(p + n - lb)) : NULL;
  if (!lb || !rb) return efail(ld, "block head needs [CODE]", p, n);
  GROW(e->blocks, e->n_blocks, e->cap_blocks, 128);
  dyad_block *b = &e->blocks[e->n_blocks];
  memset(b, 0, sizeof *b);
  const char *nm = p + 3;
  while (nm < lb && *nm == ' ') nm++;
  size_t nl = (size_t)(lb - nm);
  while (nl && nm[nl - 1] == ' ') nl--;
  snprintf(b->name, sizeof b->name, "%.*s", (int)nl, nm);
  size_t cl = (size_t)(rb - lb - 1);
  const char *cp = lb + 1;
  if (!(cl == 3 && memcmp(cp, "---", 3) == 0)) {
    const char *colon = memchr(cp, ':', cl);
    size_t c1 = colon ? (size_t)(colon - cp) : cl;
    if (c1 < 2 || c1 > 4) return efail(ld, "CAMEO code must have 2 to 4 digits", lb, (size_t)(rb - lb + 1));
    for (size_t i = 0; i < c1; i++)
      if (cp[i] < '0' || cp[i] > '9') return efail(ld, "CAMEO code must be digits", lb, (size_t)(rb - lb + 1));
    memcpy(b->code, cp, c1);
    if (ld->d->cameo && !dyad_cameo_get(ld->d, b->code)) return efail(ld, "unknown CAMEO code", lb, (size_t)(rb - lb + 1));
  }
  b->p0 = (uint32_t)e->n_pats;
  ld->block = (uint32_t)e->n_blocks++;
  return DYAD_OK;
}

/* A trigger line: words, each possibly with '~'. */
static int trigger_line(eloader *ld, const char *p, size_t n) {
  dyad_event_dict *e = ld->e;
  if (ld->block == NO_ID) return efail(ld, "trigger outside a block", p, n);
  uint64_t m = add_member(ld, p, n);
  uint32_t w0 = (uint32_t)(m >> 32), nw = (uint32_t)m;
  if (!nw) return efail(ld, "empty trigger", p, n);
  GROW(e->trig, e->n_trig, e->cap_trig, 256);
  dyad_trigger *t = &e->trig[e->n_trig];
  t->w0 = w0;
  t->n_w = nw;
  t->block = ld->block;
  const dyad_pel *first = &e->mwords[w0];
  dyad_buf *k = &ld->tmp;
  dyad_buf_clear(k);
  dyad_buf_putc(k, first->type == EL_STEM ? 's' : 'n');
  dyad_buf_puts(k, e->strings.ptr + first->arg);
  bool added;
  uint32_t *head = dyad_map_put(&e->index, k->ptr, k->len, (uint32_t)e->n_trig, &added, NULL);
  t->next = added ? NO_ID : *head;
  *head = (uint32_t)e->n_trig;
  e->n_trig++;
  return DYAD_OK;
}

static void push_el(dyad_event_dict *e, dyad_pel el) {
  GROW(e->els, e->n_els, e->cap_els, 512);
  e->els[e->n_els++] = el;
}

/* "- $ * (to|in) + [CODE:ALT]" */
static int pattern_line(eloader *ld, const char *p, size_t n) {
  dyad_event_dict *e = ld->e;
  if (ld->block == NO_ID) return efail(ld, "pattern outside a block", p, n);
  dyad_block *b = &e->blocks[ld->block];
  GROW(e->pats, e->n_pats, e->cap_pats, 512);
  dyad_pattern *pt = &e->pats[e->n_pats];
  memset(pt, 0, sizeof *pt);
  pt->el0 = (uint32_t)e->n_els;
  pt->line = ld->l->line;
  snprintf(pt->code, sizeof pt->code, "%s", b->code);
  size_t end = n;
  const char *lb = NULL;
  for (size_t i = 1; i < n; i++)
    if (p[i] == '[') lb = p + i;
  if (lb) {
    const char *rb = memchr(lb, ']', (size_t)(p + n - lb));
    if (!rb) return efail(ld, "unclosed [", lb, (size_t)(p + n - lb));
    const char *cp = lb + 1, *colon = memchr(cp, ':', (size_t)(rb - cp));
    size_t c1 = colon ? (size_t)(colon - cp) : (size_t)(rb - cp);
    if (c1 < 2 || c1 > 4) return efail(ld, "CAMEO code must have 2 to 4 digits", lb, (size_t)(rb - lb + 1));
    for (size_t i = 0; i < c1; i++)
      if (cp[i] < '0' || cp[i] > '9') return efail(ld, "CAMEO code must be digits", lb, (size_t)(rb - lb + 1));
    memcpy(pt->code, cp, c1);
    pt->code[c1] = 0;
    if (ld->d->cameo && !dyad_cameo_get(ld->d, pt->code)) return efail(ld, "unknown CAMEO code", lb, (size_t)(rb - lb + 1));
    if (colon) {
      size_t c2 = (size_t)(rb - colon - 1);
      if (c2 >= 2 && c2 <= 4) {
        memcpy(pt->alt, colon + 1, c2);
        pt->alt[c2] = 0;
      }
    }
    end = (size_t)(lb - p);
    /* "[062:150] both": source and target act together (joint exercises,
       cooperation with a partner), coded both ways; "[1053] place": the
       target may be named as a place ("detenuto in Iran": held by Iran) */
    for (const char *w = rb + 1; w < p + n;) {
      while (w < p + n && (*w == ' ' || *w == '\t')) w++;
      size_t wl = 0;
      while (w + wl < p + n && w[wl] != ' ' && w[wl] != '\t') wl++;
      if (wl == 4 && !memcmp(w, "both", 4)) pt->both_ways = true;
      else if (wl == 5 && !memcmp(w, "place", 5)) pt->place_target = true;
      else if (wl) return efail(ld, "unexpected text after the code", w, wl);
      w += wl;
    }
  }
  if (!pt->code[0]) return efail(ld, "pattern has no code and its block none", p, n);
  size_t i = 1;
  bool have_trigger = false, adjacent = false;
  while (i < end) {
    while (i < end && (p[i] == ' ' || p[i] == '\t')) i++;
    if (i >= end) break;
    /* one chunk: up to a blank outside parentheses; '_' joins elements */
    while (i < end && p[i] != ' ' && p[i] != '\t') {
      dyad_pel el = {EL_WORD, adjacent, 0, 0};
      if (p[i] == '(') {
        const char *rp = memchr(p + i, ')', end - i);
        if (!rp) return efail(ld, "unclosed (", p + i, end - i);
        el.type = EL_ALT;
        el.arg = new_set(e);
        dyad_split_list(p + i + 1, (size_t)(rp - p - i - 1), '|', set_member, ld);
        i = (size_t)(rp - p) + 1;
      } else {
        size_t j = i;
        while (j < end && p[j] != ' ' && p[j] != '\t' && p[j] != '_') j++;
        const char *w = p + i;
        size_t wl = j - i;
        if (wl == 0) { /* a lone '_' between blanks: the next element is adjacent */
          adjacent = true;
          i = j + 1;
          continue;
        }
        if (wl == 1 && *w == '*') {
          if (have_trigger) { i = j; goto next; } /* a second '*' is a gap */
          el.type = EL_TRIGGER;
          have_trigger = true;
        } else if (wl == 1 && *w == '$') el.type = EL_SOURCE;
        else if (wl == 1 && *w == '+') el.type = EL_TARGET;
        else if (wl == 1 && *w == '%') el.type = EL_BOTH;
        else if (*w == '&') {
          dyad_buf_clear(&ld->tmp);
          dyad_buf_put(&ld->tmp, w + 1, wl - 1);
          uint32_t *si = dyad_map_get(&e->synsets, ld->tmp.ptr, ld->tmp.len);
          if (!si) return efail(ld, "unknown synset", w, wl);
          el.type = EL_SET;
          el.arg = *si;
        } else {
          dyad_pel we = word_el(ld, w, wl);
          el.type = we.type;
          el.arg = we.arg;
          pt->specificity++;
        }
        i = j;
        if (el.type == EL_ALT || el.type == EL_SET) pt->specificity++;
      }
      push_el(e, el);
    next:
      if (i < end && p[i] == '_') {
        adjacent = true;
        i++;
      } else {
        adjacent = false;
      }
    }
  }
  pt->n_el = (uint32_t)e->n_els - pt->el0;
  if (!have_trigger) return efail(ld, "pattern has no '*'", p, n);
  b->n_p++;
  e->n_pats++;
  return DYAD_OK;
}

static int cmp_spec(const void *a, const void *b) {
  const dyad_pattern *x = a, *y = b;
  if (x->specificity != y->specificity) return y->specificity - x->specificity;
  return (int)x->line - (int)y->line;
}

int dyad_events_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  const char *dot = strchr(base, '.');
  size_t bl = dot ? (size_t)(dot - base) : strlen(base);
  int li = dyad_dict_lang_index(d, base, bl);
  if (li < 0) {
    dyad_errf(err, "%s: the file name must be a language code (it.txt)", name);
    return DYAD_SYNTAX;
  }
  if (!d->events[li]) {
    dyad_event_dict *e = dyad_xcalloc(1, sizeof *e);
    dyad_map_init(&e->index);
    dyad_map_init(&e->synsets);
    e->strings = (dyad_buf)DYAD_BUF_INIT;
    d->events[li] = e;
  }
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  eloader ld = {d, d->events[li], &l, err, d->langs[li].code, DYAD_OK, DYAD_BUF_INIT, NO_ID, NO_ID};
  while (ld.rc == DYAD_OK && dyad_lines_next(&l)) {
    const char *t = l.text;
    size_t n = l.len;
    if (n >= 3 && memcmp(t, "---", 3) == 0) {
      ld.set = NO_ID;
      block_head(&ld, t, n);
    } else if (t[0] == '&') {
      size_t k = 1;
      while (k < n && t[k] != ' ' && t[k] != '\t') k++;
      bool added;
      uint32_t *v = dyad_map_put(&ld.e->synsets, t + 1, k - 1, 0, &added, NULL);
      *v = new_set(ld.e);
      ld.set = *v;
      ld.block = NO_ID;
    } else if (t[0] == '+' && ld.set != NO_ID) {
      if (ld.set != ld.e->n_sets - 1) {
        efail(&ld, "synset members must follow their &NAME line", t, n);
        break;
      }
      dyad_split_list(t + 1, n - 1, ';', set_member, &ld);
    } else if (t[0] == '-') {
      pattern_line(&ld, t, n);
    } else if (t[0] == '+' || t[0] == '&') {
      efail(&ld, "synset member outside a synset", t, n);
    } else {
      trigger_line(&ld, t, n);
    }
  }
  /* most specific pattern first, within each block */
  dyad_event_dict *e = ld.e;
  for (size_t b = 0; b < e->n_blocks; b++)
    qsort(e->pats + e->blocks[b].p0, e->blocks[b].n_p, sizeof *e->pats, cmp_spec);
  dyad_buf_free(&ld.tmp);
  return ld.rc;
}

void dyad_events_free(dyad_event_dict *e) {
  if (!e) return;
  dyad_map_free(&e->index);
  dyad_imap_free(&e->heads);
  dyad_map_free(&e->synsets);
  free(e->trig);
  free(e->blocks);
  free(e->pats);
  free(e->els);
  free(e->sets);
  free(e->members);
  free(e->mwords);
  dyad_imap_free(&e->firsts);
  dyad_buf_free(&e->strings);
  free(e);
}

/* ---- CAMEO codebook ------------------------------------------------------ */

int dyad_cameo_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  if (!d->cameo) {
    d->cameo = dyad_xcalloc(1, sizeof *d->cameo);
    dyad_map_init(&d->cameo->codes);
    dyad_arena_init(&d->cameo->strings, 16 * 1024);
  }
  dyad_cameo *c = d->cameo;
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  while (dyad_lines_next(&l)) {
    const char *f[4];
    size_t fl[4];
    int nf = 0;
    const char *s = l.text, *end = l.text + l.len;
    while (nf < 4 && s <= end) {
      const char *tab = nf < 3 ? memchr(s, '\t', (size_t)(end - s)) : NULL;
      const char *e = tab ? tab : end;
      f[nf] = s;
      fl[nf++] = (size_t)(e - s);
      if (!tab) break;
      s = tab + 1;
    }
    char near[48];
    dyad_near(l.text, l.len, near, sizeof near);
    if (nf < 4 || fl[0] < 2 || fl[0] > 4 || fl[2] >= 24) {
      dyad_errf(err, "%s:%u: expected CODE<TAB>GOLDSTEIN<TAB>PLOVER<TAB>NAME near '%s'", name, l.line, near);
      return DYAD_SYNTAX;
    }
    char num[32];
    snprintf(num, sizeof num, "%.*s", (int)(fl[1] < 31 ? fl[1] : 31), f[1]);
    char *endp;
    double g = strtod(num, &endp);
    if (endp == num || *endp || g < -10 || g > 10) {
      dyad_errf(err, "%s:%u: Goldstein value must be a number from -10 to 10 near '%s'", name, l.line, near);
      return DYAD_SYNTAX;
    }
    GROW(c->v, c->n, c->cap, 512);
    struct dyad_cameo_code *x = &c->v[c->n];
    memset(x, 0, sizeof *x);
    memcpy(x->code, f[0], fl[0]);
    x->goldstein = (float)g;
    memcpy(x->plover, f[2], fl[2]);
    x->name = dyad_arena_strndup(&c->strings, f[3], fl[3]);
    dyad_map_put(&c->codes, x->code, fl[0], (uint32_t)c->n, NULL, NULL);
    c->n++;
  }
  return DYAD_OK;
}

const struct dyad_cameo_code *dyad_cameo_get(const dyad_dict *d, const char *code) {
  if (!d->cameo) return NULL;
  uint32_t *i = dyad_map_get(&d->cameo->codes, code, strlen(code));
  return i ? &d->cameo->v[*i] : NULL;
}

void dyad_cameo_free(dyad_cameo *c) {
  if (!c) return;
  dyad_map_free(&c->codes);
  free(c->v);
  dyad_arena_free(&c->strings);
  free(c);
}
