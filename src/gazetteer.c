/*
** gazetteer.c -- place names with coordinates, from Debian's libgeonames.
**
** libgeonames ships 24,361 cities (name, first-level region, ISO country code,
** population, coordinates) and gettext catalogs that translate a city's
** geonames id into other languages.  At dictionary load this module reads
** the cities, the Italian catalog (geonames.mo, parsed directly: no locale
** switching, so it stays thread-safe) and iso-codes' ISO 3166-1 table (alpha-2
** to alpha-3), and indexes every English and Italian name by its folded form.
**
**   index: folded name -> first city; cities[i].next -> next city of that name
**          (chains ordered by population, largest first)
**
** Called by coder.c (dyad_dict_gaz, dyad_gaz_find); loaded on first use.
*/
#include "internal.h"

#include <geonames.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_ID UINT32_MAX
#ifndef DYAD_GEONAMES_MO
#define DYAD_GEONAMES_MO "/usr/share/locale/it/LC_MESSAGES/geonames.mo"
#endif
#ifndef DYAD_ISO3166_JSON
#define DYAD_ISO3166_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#endif

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  dyad_buf b = DYAD_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) dyad_buf_put(&b, chunk, n);
  fclose(f);
  *len = b.len;
  if (!b.cap) return NULL;
  return b.ptr;
}

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* geonames id -> Italian name, from a gettext catalog. */
static void load_mo(dyad_gaz *g, dyad_map *ids, const char *path) {
  size_t len;
  unsigned char *d = (unsigned char *)slurp(path, &len);
  if (!d) return;
  if (len < 28 || rd32(d) != 0x950412deu) goto done;
  uint32_t n = rd32(d + 8), o = rd32(d + 12), t = rd32(d + 16);
  if ((uint64_t)o + 8ull * n > len || (uint64_t)t + 8ull * n > len) goto done;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t ol = rd32(d + o + 8 * i), oo = rd32(d + o + 8 * i + 4);
    uint32_t tl = rd32(d + t + 8 * i), to = rd32(d + t + 8 * i + 4);
    if ((uint64_t)oo + ol > len || (uint64_t)to + tl > len || !ol || !tl) continue;
    uint32_t *city = dyad_map_get(ids, (const char *)d + oo, ol);
    if (!city) continue;
    g->cities[*city].name_it = dyad_arena_strndup(&g->strings, (const char *)d + to, tl);
  }
done:
  free(d);
}

/* ISO 3166-1 alpha-2 -> alpha-3, from iso-codes. */
static void load_iso(dyad_map *a2, dyad_arena *strings, char **a3s, const char *path) {
  json_error_t e;
  json_t *j = json_load_file(path, 0, &e);
  if (!j) return;
  json_t *list = json_object_get(j, "3166-1"), *it;
  size_t i;
  size_t n = 0;
  json_array_foreach(list, i, it) {
    const char *x2 = json_string_value(json_object_get(it, "alpha_2"));
    const char *x3 = json_string_value(json_object_get(it, "alpha_3"));
    if (!x2 || !x3 || strlen(x3) != 3 || n >= 400) continue;
    a3s[n] = dyad_arena_strndup(strings, x3, 3);
    dyad_map_put(a2, x2, strlen(x2), (uint32_t)n++, NULL, NULL);
  }
  json_decref(j);
}

static void index_name(dyad_gaz *g, const char *name, uint32_t city) {
  dyad_buf f = DYAD_BUF_INIT;
  dyad_fold_text(name, strlen(name), &f);
  bool added;
  uint32_t *head = dyad_map_put(&g->index, f.ptr, f.len, city, &added, NULL);
  if (!added && *head != city) {
    /* keep the chain ordered by population */
    uint32_t *link = head;
    while (*link != NO_ID && g->cities[*link].population >= g->cities[city].population &&
           *link != city)
      link = &g->cities[*link].next;
    if (*link != city) {
      g->cities[city].next = *link;
      *link = city;
    }
  }
  dyad_buf_free(&f);
}

/* A city record of libgeonames 0.3: geonames id, name, region code, region,
   ISO country code, country, time zone, population, latitude, longitude. */
#define CITY_TYPE "(sssssssudd)"

/* The rest of city x, from strings that live as long as its record. */
static void fill_city(dyad_gaz *g, dyad_gaz_city *x, dyad_map *ids, const dyad_map *a2, char *const *a3s,
                      const char *id, const char *name, const char *cc) {
  x->name = dyad_arena_strndup(&g->strings, name, strlen(name));
  x->name_it = NULL;
  x->next = NO_ID;
  uint32_t *k = cc ? dyad_map_get(a2, cc, strlen(cc)) : NULL;
  snprintf(x->country, sizeof x->country, "%s", k ? a3s[*k] : (cc ? cc : ""));
  dyad_map_put(ids, id, strlen(id), (uint32_t)g->n, NULL, NULL);
}

dyad_gaz *dyad_gaz_load(void) {
  dyad_gaz *g = dyad_xcalloc(1, sizeof *g);
  dyad_map_init(&g->index);
  dyad_arena_init(&g->strings, 256 * 1024);
  dyad_map ids, a2;
  dyad_map_init(&ids);
  dyad_map_init(&a2);
  char *a3s[400] = {0};
  load_iso(&a2, &g->strings, a3s, DYAD_ISO3166_JSON);
  const GVariantType *city_type = G_VARIANT_TYPE(CITY_TYPE);
  int n = geonames_get_n_cities();
  g->cities = dyad_xcalloc((size_t)(n > 0 ? n : 1), sizeof *g->cities);
  for (int i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) continue;
    GVariant *v = (GVariant *)c;
    const char *id = NULL, *name = NULL, *cc = NULL;
    dyad_gaz_city *x = &g->cities[g->n];
    if (g_variant_is_of_type(v, city_type)) {
      /* the fields read as child values: a third of the cost of the
         format-string getters */
      static const gsize want[6] = {0, 1, 4, 7, 8, 9}; /* id, name, country, population, lat, lon */
      GVariant *f[6];
      for (int k = 0; k < 6; k++) f[k] = g_variant_get_child_value(v, want[k]);
      id = g_variant_get_string(f[0], NULL);
      name = g_variant_get_string(f[1], NULL);
      cc = g_variant_get_string(f[2], NULL);
      x->population = g_variant_get_uint32(f[3]);
      x->lat = g_variant_get_double(f[4]);
      x->lon = g_variant_get_double(f[5]);
      fill_city(g, x, &ids, &a2, a3s, id, name, cc);
      for (int k = 0; k < 6; k++) g_variant_unref(f[k]);
    } else {
      g_variant_get_child(v, 0, "&s", &id);
      g_variant_get_child(v, 1, "&s", &name);
      g_variant_get_child(v, 4, "&s", &cc);
      x->lat = geonames_city_get_latitude(c);
      x->lon = geonames_city_get_longitude(c);
      x->population = geonames_city_get_population(c);
      fill_city(g, x, &ids, &a2, a3s, id, name, cc);
    }
    g->n++;
    geonames_city_free(c);
  }
  load_mo(g, &ids, DYAD_GEONAMES_MO);
  for (size_t i = 0; i < g->n; i++) {
    index_name(g, g->cities[i].name, (uint32_t)i);
    if (g->cities[i].name_it && strcmp(g->cities[i].name_it, g->cities[i].name) != 0)
      index_name(g, g->cities[i].name_it, (uint32_t)i);
  }
  dyad_map_free(&ids);
  dyad_map_free(&a2);
  return g;
}

void dyad_gaz_free(dyad_gaz *g) {
  if (!g) return;
  dyad_map_free(&g->index);
  dyad_arena_free(&g->strings);
  free(g->cities);
  free(g);
}

const dyad_gaz_city *dyad_gaz_find(const dyad_gaz *g, const char *folded, size_t n,
                                   const char *const *prefer, size_t n_prefer) {
  if (!g) return NULL;
  uint32_t *head = dyad_map_get(&g->index, folded, n);
  if (!head) return NULL;
  /* a city in a country the article already names wins (Tripoli in Libya or
     in Lebanon); else the most populous */
  for (uint32_t c = *head; c != NO_ID; c = g->cities[c].next)
    for (size_t k = 0; k < n_prefer; k++)
      if (!strcmp(g->cities[c].country, prefer[k])) return &g->cities[c];
  return &g->cities[*head];
}

/* ---- loading on first use -------------------------------------------------
** The gazetteer costs about 0.14 s to read, so a dict loads it only when a
** coder first asks for a place.  The pointer is published with release/acquire
** so readers after the first need no lock.
*/
struct dyad_lazy_gaz {
  pthread_mutex_t lock;
  _Atomic(dyad_gaz *) gaz;
  bool tried;
};

struct dyad_lazy_gaz *dyad_lazy_gaz_new(void) {
  struct dyad_lazy_gaz *l = dyad_xcalloc(1, sizeof *l);
  pthread_mutex_init(&l->lock, NULL);
  atomic_init(&l->gaz, NULL);
  return l;
}

void dyad_lazy_gaz_free(struct dyad_lazy_gaz *l) {
  if (!l) return;
  dyad_gaz_free(atomic_load(&l->gaz));
  pthread_mutex_destroy(&l->lock);
  free(l);
}

const dyad_gaz *dyad_dict_gaz(const dyad_dict *d) {
  struct dyad_lazy_gaz *l = d->gaz;
  if (!l) return NULL;
  dyad_gaz *g = atomic_load_explicit(&l->gaz, memory_order_acquire);
  if (g) return g;
  pthread_mutex_lock(&l->lock);
  if (!l->tried) {
    l->tried = true;
    g = dyad_gaz_load();
    if (g && g->n == 0) {
      dyad_gaz_free(g);
      g = NULL;
    }
    atomic_store_explicit(&l->gaz, g, memory_order_release);
  }
  g = atomic_load_explicit(&l->gaz, memory_order_acquire);
  pthread_mutex_unlock(&l->lock);
  return g;
}
