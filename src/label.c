/*
** label.c -- readable names for CAMEO actor codes, for people reading lists
** and graphs: "RUS" -> "Russia", "RUSGOV" -> "Russia government",
** "IGOUNO" -> "UN".  The name of a base code (a country, an organization)
** is its first dictionary name (the English one comes first in the data
** files); role suffixes take their words from data/cameo/roles.txt.
**
** Built once at the end of dyad_dict_load; immutable afterwards.  Called by
** the coder (every mention gets a label) and through dyad_dict_label.
*/
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_labels {
  dyad_map base;       /* base code -> index into actors[] of its first name */
  dyad_map roles;      /* role code -> index into role_words */
  char **role_words;
  size_t n_roles, cap_roles;
};

static dyad_labels *labels_get(dyad_dict *d) {
  if (!d->labels) d->labels = dyad_xcalloc(1, sizeof *d->labels);
  return d->labels;
}

int dyad_roles_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  dyad_labels *lb = labels_get(d);
  if (!lb->roles.slots) dyad_map_init(&lb->roles);
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  while (dyad_lines_next(&l)) {
    size_t k = 0;
    while (k < l.len && l.text[k] >= 'A' && l.text[k] <= 'Z') k++;
    size_t w = k;
    while (w < l.len && (l.text[w] == ' ' || l.text[w] == '\t')) w++;
    if (k != 3 || w == k || w == l.len) {
      char near[48];
      dyad_near(l.text, l.len, near, sizeof near);
      dyad_errf(err, "%s:%u: expected a three-letter role code and its words near '%s'", name, l.line, near);
      return DYAD_SYNTAX;
    }
    if (lb->n_roles == lb->cap_roles) {
      lb->cap_roles = lb->cap_roles ? lb->cap_roles * 2 : 32;
      lb->role_words = dyad_xrealloc(lb->role_words, lb->cap_roles * sizeof *lb->role_words);
    }
    lb->role_words[lb->n_roles] = dyad_xstrndup(l.text + w, l.len - w);
    dyad_map_put(&lb->roles, l.text, 3, (uint32_t)lb->n_roles, NULL, NULL);
    lb->n_roles++;
  }
  return DYAD_OK;
}

void dyad_labels_build(dyad_dict *d) {
  dyad_labels *lb = labels_get(d);
  if (!lb->roles.slots) dyad_map_init(&lb->roles);
  dyad_map_init(&lb->base);
  const dyad_actor_dict *ad = d->actors;
  for (size_t i = 0; ad && i < ad->n_actors; i++) {
    const dyad_actor *x = &ad->actors[i];
    if (x->kind != ACT_NAME || !x->code[0] || !x->name) continue;
    bool added;
    dyad_map_put(&lb->base, x->code, strlen(x->code), (uint32_t)i, &added, NULL);
  }
}

void dyad_labels_free(dyad_labels *lb) {
  if (!lb) return;
  dyad_map_free(&lb->base);
  dyad_map_free(&lb->roles);
  for (size_t i = 0; i < lb->n_roles; i++) free(lb->role_words[i]);
  free(lb->role_words);
  free(lb);
}

const char *dyad_dict_label(const dyad_dict *d, const char *code, char *buf, size_t n) {
  if (!n) return buf;
  buf[0] = '\0';
  if (!d || !code || !*code) return buf;
  const dyad_labels *lb = d->labels;
  size_t len = strlen(code);
  /* a base code (country or organization) and role suffixes of three
     letters; a composed code is named by its parts, not by a seat of power
     that carries the same code ("USAGOV" is not "Washington") */
  size_t base = (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) && len >= 6 ? 6 : 3;
  const uint32_t *v = lb && len >= base ? dyad_map_get(&lb->base, code, base) : NULL;
  if (!v || len == base) {
    const uint32_t *whole = lb ? dyad_map_get(&lb->base, code, len) : NULL;
    snprintf(buf, n, "%s", whole ? d->actors->actors[*whole].name : code);
    return buf;
  }
  size_t at = (size_t)snprintf(buf, n, "%s", d->actors->actors[*v].name);
  for (size_t k = base; k + 3 <= len && at < n; k += 3) {
    const uint32_t *r = lb ? dyad_map_get(&lb->roles, code + k, 3) : NULL;
    if (r) at += (size_t)snprintf(buf + at, n - at, " %s", lb->role_words[*r]);
    else at += (size_t)snprintf(buf + at, n - at, " %.3s", code + k);
  }
  return buf;
}
