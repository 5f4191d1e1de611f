/*
** dict.c -- loading the dictionaries: the files built into the library and,
** optionally, a folder of the same layout given by the user.
**
** Every file is read through dyad_lines (comments, line numbers) and parsed
** by the module that owns its format; this file holds the language files
** (data/lang/LANG.txt) and the load order.  Errors carry "file:line: message
** near 'text'" and stop the load: a malformed dictionary is never half used.
**
** Called by the CLI and embedders through dyad_dict_load().
*/
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- line reader -------------------------------------------------------- */

void dyad_lines_init(dyad_lines *l, const char *name, const char *ptr, size_t len) {
  l->name = name;
  l->p = ptr;
  l->end = ptr + len;
  l->line = 0;
  l->text = ptr;
  l->len = 0;
  l->indent = 0;
}

bool dyad_lines_next(dyad_lines *l) {
  while (l->p < l->end) {
    const char *s = l->p;
    const char *e = memchr(s, '\n', (size_t)(l->end - s));
    if (!e) e = l->end;
    l->p = e < l->end ? e + 1 : e;
    l->line++;
    /* strip a comment: '#' outside a "..." quote */
    const char *c = s;
    bool inq = false;
    while (c < e && (inq || *c != '#')) {
      if (*c == '"') inq = !inq;
      c++;
    }
    const char *b = s;
    while (b < c && (*b == ' ' || *b == '\t')) b++;
    while (c > b && (c[-1] == ' ' || c[-1] == '\t' || c[-1] == '\r')) c--;
    if (c == b) continue;
    l->indent = (size_t)(b - s);
    l->text = b;
    l->len = (size_t)(c - b);
    return true;
  }
  return false;
}

int dyad_split_list(const char *s, size_t n, char sep,
                    int (*fn)(void *ud, const char *p, size_t n), void *ud) {
  const char *end = s + n;
  while (s < end) {
    const char *e = memchr(s, sep, (size_t)(end - s));
    if (!e) e = end;
    const char *b = s, *f = e;
    while (b < f && (*b == ' ' || *b == '\t')) b++;
    while (f > b && (f[-1] == ' ' || f[-1] == '\t')) f--;
    if (f > b) {
      int rc = fn(ud, b, (size_t)(f - b));
      if (rc) return rc;
    }
    s = e + 1;
  }
  return 0;
}

/* ---- language files ----------------------------------------------------- */

const dyad_lang_data *dyad_dict_lang(const dyad_dict *d, const char *lang) {
  if (!lang) return NULL;
  for (int i = 0; i < d->n_langs; i++)
    if (strcmp(d->langs[i].code, lang) == 0) return &d->langs[i];
  return NULL;
}

int dyad_dict_lang_index(dyad_dict *d, const char *code, size_t n);

static dyad_lang_data *lang_get(dyad_dict *d, const char *code, size_t n) {
  for (int i = 0; i < d->n_langs; i++)
    if (strlen(d->langs[i].code) == n && memcmp(d->langs[i].code, code, n) == 0) return &d->langs[i];
  if (d->n_langs == DYAD_MAX_LANGS || n >= sizeof d->langs[0].code) return NULL;
  dyad_lang_data *ld = &d->langs[d->n_langs++];
  memcpy(ld->code, code, n);
  ld->code[n] = 0;
  dyad_map_init(&ld->abbrev);
  dyad_map_init(&ld->elision);
  dyad_map_init(&ld->month);
  dyad_map_init(&ld->weekday);
  dyad_map_init(&ld->domestic);
  dyad_map_init(&ld->daypart);
  dyad_map_init(&ld->clitic);
  dyad_map_init(&ld->gerund);
  dyad_map_init(&ld->predicate);
  dyad_map_init(&ld->reciprocal);
  dyad_map_init(&ld->implicit);
  dyad_map_init(&ld->owner);
  dyad_map_init(&ld->adjective);
  dyad_map_init(&ld->implicit_bare);
  dyad_map_init(&ld->orgref);
  dyad_map_init(&ld->envoy);
  dyad_map_init(&ld->within);
  dyad_map_init(&ld->region);
  dyad_map_init(&ld->placehead);
  dyad_map_init(&ld->subordinate);
  dyad_map_init(&ld->resume);
  dyad_map_init(&ld->agent);
  dyad_map_init(&ld->background);
  dyad_map_init(&ld->participle);
  dyad_map_init(&ld->participle_after);
  dyad_map_init(&ld->listener);
  dyad_map_init(&ld->verdict);
  dyad_map_init(&ld->relative);
  dyad_map_init(&ld->conditional);
  dyad_map_init(&ld->plural);
  dyad_map_init(&ld->plural_last);
  dyad_map_init(&ld->speech);
  dyad_map_init(&ld->nickname);
  dyad_map_init(&ld->wclass);
  return ld;
}

typedef struct put_ctx {
  dyad_map *map;
  uint32_t val;
  bool or_bits;          /* class lines add their bit to the word's bits */
  dyad_buf tmp;
} put_ctx;

static int put_folded(void *ud, const char *p, size_t n) {
  put_ctx *c = ud;
  dyad_buf_clear(&c->tmp);
  dyad_fold_text(p, n, &c->tmp);
  bool added;
  uint32_t *v = dyad_map_put(c->map, c->tmp.ptr, c->tmp.len, c->val, &added, NULL);
  if (c->or_bits) *v |= c->val;
  return 0;
}

static const char *const CLASS_NAMES[] = {"conj", "article", "passive", "by", "neg", "hypo",
                                          "concessive", "genitive", "locative", "place",
                                          "seatprep", "pronoun", "carry", "clause", "possessive", "act",
                                          "venue", "motion", "titlemod", "title", "particle", "aux", "quant",
                                          "agentive", "body", "dative",
                                          "future", "past", "against", "objpronoun", "infinitive", "indefinite", NULL};

uint32_t dyad_word_class(const dyad_lang_data *ld, const char *norm) {
  if (!ld) return 0;
  uint32_t *v = dyad_map_get(&ld->wclass, norm, strlen(norm));
  return v ? *v : 0;
}

/* The word each plural phrase ends with (after its last blank). */
static void index_plural_ends(dyad_lang_data *ld) {
  for (size_t i = 0; i < ld->plural.cap; i++) {
    const dyad_map_slot *s = &ld->plural.slots[i];
    if (!s->hash) continue;
    size_t b = s->klen;
    while (b > 0 && s->key[b - 1] != ' ') b--;
    dyad_map_put(&ld->plural_last, s->key + b, s->klen - b, 1, NULL, NULL);
  }
}

int dyad_dict_lang_index(dyad_dict *d, const char *code, size_t n) {
  dyad_lang_data *ld = lang_get(d, code, n);
  return ld ? (int)(ld - d->langs) : -1;
}

const char *dyad_dict_warnings(const dyad_dict *d) {
  return d && d->actors ? d->actors->warnings.ptr : "";
}

/* The value of a "plural.KIND.N" key from its "KIND.N" part: N (2 or 3)
   plus 16 times the kind (any, persons, states).  False when malformed. */
static bool plural_value(const char *k, size_t n, uint32_t *val) {
  static const char *const kinds[] = {"any.", "persons.", "states.", NULL};
  for (uint32_t q = 0; kinds[q]; q++) {
    size_t kl = strlen(kinds[q]);
    if (n == kl + 1 && memcmp(k, kinds[q], kl) == 0 && (k[kl] == '2' || k[kl] == '3')) {
      *val = (uint32_t)(k[kl] - '0') + 16u * q;
      return true;
    }
  }
  return false;
}

/* Parses one data/lang file.  name is "lang/it.txt"; the language is the
   file's base name. */
static int load_lang(dyad_dict *d, const char *name, const char *ptr, size_t len,
                     char err[DYAD_ERRLEN]) {
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  const char *dot = strchr(base, '.');
  size_t bl = dot ? (size_t)(dot - base) : strlen(base);
  dyad_lang_data *ld = lang_get(d, base, bl);
  if (!ld) {
    dyad_errf(err, "%s: too many languages or a name too long", name);
    return DYAD_SYNTAX;
  }
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  put_ctx c = {NULL, 1, false, DYAD_BUF_INIT};
  int rc = DYAD_OK;
  while (dyad_lines_next(&l)) {
    size_t k = 0;
    while (k < l.len && l.text[k] != ' ' && l.text[k] != '\t') k++;
    const char *key = l.text;
    const char *vals = l.text + k;
    size_t vlen = l.len - k;
    long num = 0;
    c.val = 1;
    c.or_bits = false;
    int cls = -1;
    if (k > 6 && memcmp(key, "class.", 6) == 0)
      for (int q = 0; CLASS_NAMES[q]; q++)
        if (k - 6 == strlen(CLASS_NAMES[q]) && memcmp(key + 6, CLASS_NAMES[q], k - 6) == 0) cls = q;
    if (cls >= 0) {
      c.map = &ld->wclass;
      c.val = 1u << cls;
      c.or_bits = true;
    } else if (k == 6 && memcmp(key, "abbrev", 6) == 0) c.map = &ld->abbrev;
    else if (k == 12 && memcmp(key, "abbrev.final", 12) == 0) {
      c.map = &ld->abbrev; /* bit 2 added to an abbreviation's value */
      c.val = 2;
      c.or_bits = true;
    }
    else if (k == 7 && memcmp(key, "elision", 7) == 0) c.map = &ld->elision;
    else if (k == 6 && memcmp(key, "speech", 6) == 0) c.map = &ld->speech;
    else if (k == 8 && memcmp(key, "nickname", 8) == 0) c.map = &ld->nickname;
    else if (k == 13 && memcmp(key, "nickname.weak", 13) == 0) { c.map = &ld->nickname; c.val = 2; }
    else if (k == 8 && memcmp(key, "domestic", 8) == 0) c.map = &ld->domestic;
    else if (k == 18 && memcmp(key, "domestic.repressed", 18) == 0) {
      c.map = &ld->domestic; /* bit 2 added to a role's value */
      c.val = 2;
      c.or_bits = true;
    }
    else if (k == 6 && memcmp(key, "clitic", 6) == 0) c.map = &ld->clitic;
    else if (k == 6 && memcmp(key, "gerund", 6) == 0) c.map = &ld->gerund;
    else if (k == 9 && memcmp(key, "predicate", 9) == 0) c.map = &ld->predicate;
    else if (k == 7 && memcmp(key, "daypart", 7) == 0) c.map = &ld->daypart;
    else if (k == 10 && memcmp(key, "reciprocal", 10) == 0) c.map = &ld->reciprocal;
    else if (k == 14 && memcmp(key, "reciprocal.pre", 14) == 0) { c.map = &ld->reciprocal; c.val = 2; }
    else if (k == 8 && memcmp(key, "implicit", 8) == 0) c.map = &ld->implicit;
    else if (k == 12 && memcmp(key, "implicit.det", 12) == 0) { c.map = &ld->implicit; c.val = 2; }
    else if (k == 12 && memcmp(key, "implicit.not", 12) == 0) { c.map = &ld->implicit; c.val = 3; }
    else if (k == 13 && memcmp(key, "implicit.bare", 13) == 0) c.map = &ld->implicit_bare;
    else if (k == 14 && memcmp(key, "implicit.crowd", 14) == 0) { c.map = &ld->implicit; c.val = 4; }
    else if (k == 5 && memcmp(key, "owner", 5) == 0) c.map = &ld->owner;
    else if (k == 9 && memcmp(key, "adjective", 9) == 0) c.map = &ld->adjective;
    else if (k == 6 && memcmp(key, "orgref", 6) == 0) c.map = &ld->orgref;
    else if (k == 5 && memcmp(key, "envoy", 5) == 0) c.map = &ld->envoy;
    else if (k == 6 && memcmp(key, "within", 6) == 0) c.map = &ld->within;
    else if (k == 6 && memcmp(key, "region", 6) == 0) c.map = &ld->region;
    else if (k == 9 && memcmp(key, "placehead", 9) == 0) c.map = &ld->placehead;
    else if (k == 11 && memcmp(key, "subordinate", 11) == 0) c.map = &ld->subordinate;
    else if (k == 6 && memcmp(key, "resume", 6) == 0) c.map = &ld->resume;
    else if (k == 5 && memcmp(key, "agent", 5) == 0) c.map = &ld->agent;
    else if (k == 10 && memcmp(key, "background", 10) == 0) c.map = &ld->background;
    else if (k == 10 && memcmp(key, "participle", 10) == 0) c.map = &ld->participle;
    else if (k == 15 && memcmp(key, "participle.past", 15) == 0) { c.map = &ld->participle; c.val = 2; }
    else if (k == 16 && memcmp(key, "participle.after", 16) == 0) c.map = &ld->participle_after;
    else if (k == 8 && memcmp(key, "listener", 8) == 0) c.map = &ld->listener;
    else if (k == 7 && memcmp(key, "verdict", 7) == 0) c.map = &ld->verdict;
    else if (k == 8 && memcmp(key, "relative", 8) == 0) c.map = &ld->relative;
    else if (k == 12 && memcmp(key, "verdict.verb", 12) == 0) { c.map = &ld->verdict; c.val = 2; }
    else if (k == 11 && memcmp(key, "conditional", 11) == 0) c.map = &ld->conditional;
    else if (k == 19 && memcmp(key, "conditional.perfect", 19) == 0) { c.map = &ld->conditional; c.val = 2; }
    else if (k == 14 && memcmp(key, "conditional.if", 14) == 0) { c.map = &ld->conditional; c.val = 3; }
    else if (k > 7 && memcmp(key, "plural.", 7) == 0 && plural_value(key + 7, k - 7, &c.val)) c.map = &ld->plural;
    else if (k > 6 && memcmp(key, "month.", 6) == 0 && (num = strtol(key + 6, NULL, 10)) >= 1 && num <= 12) {
      c.map = &ld->month;
      c.val = (uint32_t)num;
    } else if (k > 8 && memcmp(key, "weekday.", 8) == 0 && (num = strtol(key + 8, NULL, 10)) >= 1 && num <= 7) {
      c.map = &ld->weekday;
      c.val = (uint32_t)num;
    } else {
      char near[48];
      dyad_near(l.text, l.len, near, sizeof near);
      dyad_errf(err, "%s:%u: unknown key '%.*s' near '%s'", name, l.line, (int)(k > 30 ? 30 : k), key, near);
      rc = DYAD_SYNTAX;
      goto cleanup;
    }
    if (vlen == 0 || dyad_split_list(vals, vlen, ';', put_folded, &c) != 0) {
      dyad_errf(err, "%s:%u: '%.*s' has no values", name, l.line, (int)(k > 30 ? 30 : k), key);
      rc = DYAD_SYNTAX;
      goto cleanup;
    }
  }
cleanup:
  dyad_buf_free(&c.tmp);
  return rc;
}

/* ---- loading ------------------------------------------------------------ */

typedef struct load_ctx {
  dyad_dict *d;
  char *err;
  int (*parse)(dyad_dict *, const char *, const char *, size_t, char *);
} load_ctx;

static int each_embedded(void *ud, const char *name, const char *ptr, size_t len) {
  load_ctx *c = ud;
  return c->parse(c->d, name, ptr, len, c->err);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads every *.txt file of dir/sub (name order) and hands it to parse. */
static int load_user_dir(dyad_dict *d, const char *dir, const char *sub,
                         int (*parse)(dyad_dict *, const char *, const char *, size_t, char *),
                         char err[DYAD_ERRLEN]) {
  dyad_buf path = DYAD_BUF_INIT;
  dyad_buf_printf(&path, "%s/%s", dir, sub);
  DIR *dh = opendir(path.ptr);
  int rc = DYAD_OK;
  char **names = NULL;
  size_t n = 0;
  if (!dh) { /* a missing sub-folder is fine: the user adds only some files */
    dyad_buf_free(&path);
    return DYAD_OK;
  }
  struct dirent *de;
  while ((de = readdir(dh)) != NULL) {
    size_t l = strlen(de->d_name);
    if (de->d_name[0] == '.' || l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0) continue;
    names = dyad_xrealloc(names, (n + 1) * sizeof *names);
    names[n++] = dyad_xstrndup(de->d_name, l);
  }
  closedir(dh);
  qsort(names, n, sizeof *names, cmp_names);
  for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
    dyad_buf file = DYAD_BUF_INIT, body = DYAD_BUF_INIT;
    dyad_buf_printf(&file, "%s/%s", path.ptr, names[i]);
    FILE *f = fopen(file.ptr, "rb");
    if (!f) {
      dyad_errf(err, "%s: %s", file.ptr, strerror(errno));
      rc = DYAD_IO;
    } else {
      char chunk[65536];
      size_t got;
      while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) dyad_buf_put(&body, chunk, got);
      fclose(f);
      rc = parse(d, file.ptr, body.ptr, body.len, err);
    }
    dyad_buf_free(&file);
    dyad_buf_free(&body);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  dyad_buf_free(&path);
  return rc;
}

/* The cameo section: the codebook, and the role words of actor labels. */
static int load_cameo(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  size_t n = strlen(name);
  if (n >= 9 && !strcmp(name + n - 9, "roles.txt")) return dyad_roles_load_file(d, name, ptr, len, err);
  return dyad_cameo_load_file(d, name, ptr, len, err);
}

/* The sections of a dictionary folder, in load order. */
static const struct {
  const char *sub;
  int (*parse)(dyad_dict *, const char *, const char *, size_t, char *);
} SECTIONS[] = {
    {"lang", load_lang},
    {"cameo", load_cameo},
    {"actors", dyad_actors_load_file},
    {"events", dyad_events_load_file},
    {"geo", dyad_places_load_file},
};

int dyad_dict_load(const char *dir, dyad_dict **out, char err[DYAD_ERRLEN]) {
  dyad_dict *d = dyad_xcalloc(1, sizeof *d);
  int rc = DYAD_OK;
  if (err) err[0] = 0;
  *out = NULL;
  if (dir) {
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
      dyad_errf(err, "%s: not a folder", dir);
      rc = DYAD_IO;
      goto cleanup;
    }
  }
  d->folder = dyad_folder_new();
  d->gaz = dyad_lazy_gaz_new();
  for (size_t i = 0; i < sizeof SECTIONS / sizeof SECTIONS[0]; i++) {
    char prefix[32];
    snprintf(prefix, sizeof prefix, "%s/", SECTIONS[i].sub);
    load_ctx c = {d, err, SECTIONS[i].parse};
    rc = dyad_data_each(prefix, each_embedded, &c);
    if (rc) goto cleanup;
    if (dir) {
      d->loading_user = true;
      rc = load_user_dir(d, dir, SECTIONS[i].sub, SECTIONS[i].parse, err);
      d->loading_user = false;
      if (rc) goto cleanup;
    }
  }
  for (int i = 0; i < d->n_langs; i++) index_plural_ends(&d->langs[i]);
  dyad_labels_build(d);
  dyad_dict_index_words(d);
  dyad_folder_free(d->folder);
  d->folder = NULL;
  *out = d;
  return DYAD_OK;
cleanup:
  dyad_dict_free(d);
  return rc;
}

void dyad_dict_free(dyad_dict *d) {
  if (!d) return;
  for (int i = 0; i < d->n_langs; i++) {
    dyad_map_free(&d->langs[i].abbrev);
    dyad_map_free(&d->langs[i].elision);
    dyad_map_free(&d->langs[i].month);
    dyad_map_free(&d->langs[i].weekday);
    dyad_map_free(&d->langs[i].domestic);
    dyad_map_free(&d->langs[i].daypart);
    dyad_map_free(&d->langs[i].clitic);
    dyad_map_free(&d->langs[i].gerund);
    dyad_map_free(&d->langs[i].predicate);
    dyad_map_free(&d->langs[i].reciprocal);
    dyad_map_free(&d->langs[i].implicit);
    dyad_map_free(&d->langs[i].owner);
    dyad_map_free(&d->langs[i].adjective);
    dyad_map_free(&d->langs[i].implicit_bare);
    dyad_map_free(&d->langs[i].orgref);
    dyad_map_free(&d->langs[i].envoy);
    dyad_map_free(&d->langs[i].region);
    dyad_map_free(&d->langs[i].placehead);
    dyad_map_free(&d->langs[i].subordinate);
    dyad_map_free(&d->langs[i].conditional);
    dyad_map_free(&d->langs[i].within);
    dyad_map_free(&d->langs[i].resume);
    dyad_map_free(&d->langs[i].agent);
    dyad_map_free(&d->langs[i].background);
    dyad_map_free(&d->langs[i].participle);
    dyad_map_free(&d->langs[i].participle_after);
    dyad_map_free(&d->langs[i].listener);
    dyad_map_free(&d->langs[i].verdict);
    dyad_map_free(&d->langs[i].relative);
    dyad_map_free(&d->langs[i].plural);
    dyad_map_free(&d->langs[i].plural_last);
    dyad_map_free(&d->langs[i].speech);
    dyad_map_free(&d->langs[i].nickname);
    dyad_map_free(&d->langs[i].wclass);
    free(d->langs[i].wclass_id);
  }
  dyad_actors_free(d->actors);
  for (int i = 0; i < DYAD_MAX_LANGS; i++) dyad_events_free(d->events[i]);
  dyad_cameo_free(d->cameo);
  dyad_lazy_gaz_free(d->gaz);
  dyad_labels_free(d->labels);
  dyad_map_free(&d->vocab);
  dyad_imap_free(&d->date_words);
  dyad_folder_free(d->folder);
  free(d);
}
