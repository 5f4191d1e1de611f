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
** From the same cities it places every first-level region (the cities'
** "state": oblast, province, governorate) and every country at the
** population-weighted centre of its cities.  data/geo/places.txt, the
** project's own list, adds other spellings ("Odesa", "Zaporizhzhia",
** "Cisgiordania"), regions and cities the library lacks (Donbas, Darfur,
** Bakhmut), and the words taken off region names ("Oblast", "Governorate").
** That file is checked when the dict loads (errors name its line) and
** applied when the gazetteer loads.
**
** Called by coder.c and mention.c (dyad_dict_gaz, dyad_gaz_find,
** dyad_gaz_find_region, dyad_gaz_country); loaded on first use.
*/
#include "internal.h"

#include <geonames.h>
#include <jansson.h>
#include <math.h>
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

/* Adds a name to an index of places, keeping each chain ordered by
   population. */
static void index_place(dyad_map *index, dyad_gaz_city *v, const char *name, size_t len, uint32_t at) {
  dyad_buf f = DYAD_BUF_INIT;
  dyad_fold_text(name, len, &f);
  bool added;
  uint32_t *head = f.len ? dyad_map_put(index, f.ptr, f.len, at, &added, NULL) : NULL;
  if (head && !added && *head != at) {
    uint32_t *link = head;
    bool seen = false;
    for (uint32_t q = *head; q != NO_ID; q = v[q].next) seen |= q == at;
    while (!seen && *link != NO_ID && v[*link].population >= v[at].population) link = &v[*link].next;
    if (!seen) {
      v[at].next = *link;
      *link = at;
    }
  }
  dyad_buf_free(&f);
}

static void index_name(dyad_gaz *g, const char *name, uint32_t city) {
  index_place(&g->index, g->cities, name, strlen(name), city);
}

/* ---- the project's own places (data/geo/) ----------------------------------
** One pass over the file serves both the check at dict load (g == NULL:
** only errors) and the load (g set: entries applied).
*/
typedef struct geo_line {
  const char *kind;      /* "strip", "alias", "region", "city" */
  size_t kind_len;
  char cc[4];
  double lat, lon;
  uint32_t pop;
  const char *from;      /* alias: the library's name */
  size_t from_len;
  const char *names;     /* the ';' list */
  size_t names_len;
} geo_line;

static const char *field(const char **p, const char *end, size_t *n) {
  while (*p < end && (**p == ' ' || **p == '\t')) (*p)++;
  const char *b = *p;
  while (*p < end && **p != ' ' && **p != '\t') (*p)++;
  *n = (size_t)(*p - b);
  return b;
}

static bool number(const char *s, size_t n, double lo, double hi, double *out) {
  char tmp[32];
  if (n == 0 || n >= sizeof tmp) return false;
  memcpy(tmp, s, n);
  tmp[n] = 0;
  char *e;
  double v = strtod(tmp, &e);
  if (*e || v < lo || v > hi) return false;
  *out = v;
  return true;
}

/* Parses one line; on error writes the message (without the file:line). */
static bool parse_geo(const char *p, size_t len, geo_line *g, char *msg, size_t msgsz) {
  const char *end = p + len;
  size_t n;
  memset(g, 0, sizeof *g);
  g->kind = field(&p, end, &g->kind_len);
#define IS(w) (g->kind_len == sizeof w - 1 && memcmp(g->kind, w, sizeof w - 1) == 0)
  if (!IS("strip")) {
    const char *cc = field(&p, end, &n);
    if (n != 3 || !(cc[0] >= 'A' && cc[0] <= 'Z') || !(cc[1] >= 'A' && cc[1] <= 'Z') ||
        !(cc[2] >= 'A' && cc[2] <= 'Z')) {
      snprintf(msg, msgsz, "'%.*s' is no ISO alpha-3 country code", (int)(n > 8 ? 8 : n), cc);
      return false;
    }
    memcpy(g->cc, cc, 3);
  }
  if (IS("region") || IS("city")) {
    const char *a = field(&p, end, &n);
    if (!number(a, n, -90, 90, &g->lat)) {
      snprintf(msg, msgsz, "bad latitude '%.*s'", (int)(n > 12 ? 12 : n), a);
      return false;
    }
    a = field(&p, end, &n);
    if (!number(a, n, -180, 180, &g->lon)) {
      snprintf(msg, msgsz, "bad longitude '%.*s'", (int)(n > 12 ? 12 : n), a);
      return false;
    }
    if (IS("city")) {
      double pop;
      a = field(&p, end, &n);
      if (!number(a, n, 0, 4e9, &pop)) {
        snprintf(msg, msgsz, "bad population '%.*s'", (int)(n > 12 ? 12 : n), a);
        return false;
      }
      g->pop = (uint32_t)pop;
    }
  } else if (IS("alias")) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *colon = memchr(p, ':', (size_t)(end - p));
    if (!colon || colon == p) {
      snprintf(msg, msgsz, "an alias reads 'alias CC NAME: OTHER; OTHER'");
      return false;
    }
    g->from = p;
    g->from_len = (size_t)(colon - p);
    while (g->from_len && (p[g->from_len - 1] == ' ' || p[g->from_len - 1] == '\t')) g->from_len--;
    p = colon + 1;
  } else if (!IS("strip")) {
    snprintf(msg, msgsz, "unknown kind '%.*s' (strip, alias, region, city)", (int)(g->kind_len > 12 ? 12 : g->kind_len),
             g->kind);
    return false;
  }
#undef IS
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  g->names = p;
  g->names_len = (size_t)(end - p);
  if (!g->names_len) {
    snprintf(msg, msgsz, "no names");
    return false;
  }
  return true;
}

/* What a ';' list is added to: one place under each name, or the strip list. */
typedef struct geo_ctx {
  dyad_gaz *g;
  dyad_map *index, *bare; /* bare: also in the regions found without a region word */
  dyad_gaz_city *v;
  uint32_t at;
  dyad_map *strip;
} geo_ctx;

static int geo_name(void *ud, const char *p, size_t n) {
  geo_ctx *c = ud;
  if (c->strip) {
    dyad_buf f = DYAD_BUF_INIT;
    dyad_fold_text(p, n, &f);
    if (f.len) dyad_map_put(c->strip, f.ptr, f.len, 1, NULL, NULL);
    dyad_buf_free(&f);
  } else {
    index_place(c->index, c->v, p, n, c->at);
    if (c->bare) index_place(c->bare, c->v, p, n, c->at);
  }
  return 0;
}

/* The place of a country under a name in an index, or NO_ID. */
static uint32_t find_in(const dyad_map *index, const dyad_gaz_city *v, const char *name, size_t n,
                        const char *cc) {
  dyad_buf f = DYAD_BUF_INIT;
  dyad_fold_text(name, n, &f);
  uint32_t *head = dyad_map_get(index, f.ptr, f.len), r = NO_ID;
  dyad_buf_free(&f);
  for (uint32_t q = head ? *head : NO_ID; q != NO_ID && r == NO_ID; q = v[q].next)
    if (!strcmp(v[q].country, cc)) r = q;
  return r;
}

static dyad_gaz_city *grow(dyad_gaz_city **v, size_t *n) {
  *v = dyad_xrealloc(*v, (*n + 1) * sizeof **v);
  dyad_gaz_city *x = &(*v)[(*n)++];
  memset(x, 0, sizeof *x);
  x->next = NO_ID;
  return x;
}

/* Applies the strip lines (pass 0) or the other lines (pass 1) of the
   project's own places. */
static void apply_places(dyad_gaz *g, const char *text, size_t len, int pass, dyad_map *strip) {
  dyad_lines l;
  dyad_lines_init(&l, "geo", text, len);
  char msg[128];
  while (dyad_lines_next(&l)) {
    geo_line x;
    if (!parse_geo(l.text, l.len, &x, msg, sizeof msg)) continue; /* checked at dict load */
    bool is_strip = x.kind_len == 5 && !memcmp(x.kind, "strip", 5);
    if ((pass == 0) != is_strip) continue;
    geo_ctx c = {g, NULL, NULL, NULL, 0, NULL};
    if (is_strip) {
      c.strip = strip;
    } else if (x.kind[0] == 'a') { /* alias: the city and the region of that name */
      uint32_t ci = find_in(&g->index, g->cities, x.from, x.from_len, x.cc);
      uint32_t ri = find_in(&g->rindex, g->regions, x.from, x.from_len, x.cc);
      if (ci != NO_ID) {
        c.index = &g->index, c.v = g->cities, c.at = ci;
        dyad_split_list(x.names, x.names_len, ';', geo_name, &c);
      }
      if (ri == NO_ID) continue;
      c.index = &g->rindex, c.bare = &g->rbare, c.v = g->regions, c.at = ri;
      index_place(&g->rbare, g->regions, x.from, x.from_len, ri);
    } else {
      bool city = x.kind[0] == 'c';
      dyad_gaz_city *p = city ? grow(&g->cities, &g->n) : grow(&g->regions, &g->n_regions);
      const char *semi = memchr(x.names, ';', x.names_len);
      size_t first = semi ? (size_t)(semi - x.names) : x.names_len;
      while (first && x.names[first - 1] == ' ') first--;
      p->name = dyad_arena_strndup(&g->strings, x.names, first);
      memcpy(p->country, x.cc, 4);
      p->lat = x.lat;
      p->lon = x.lon;
      p->population = x.pop;
      c.index = city ? &g->index : &g->rindex;
      c.bare = city ? NULL : &g->rbare;
      c.v = city ? g->cities : g->regions;
      c.at = (uint32_t)((city ? g->n : g->n_regions) - 1);
    }
    dyad_split_list(x.names, x.names_len, ';', geo_name, &c);
  }
}

int dyad_places_load_file(dyad_dict *d, const char *name, const char *ptr, size_t len, char *err) {
  dyad_lines l;
  dyad_lines_init(&l, name, ptr, len);
  char msg[128];
  while (dyad_lines_next(&l)) {
    geo_line x;
    if (!parse_geo(l.text, l.len, &x, msg, sizeof msg)) {
      dyad_errf(err, "%s:%u: %s", name, l.line, msg);
      return DYAD_SYNTAX;
    }
  }
  dyad_lazy_gaz_add(d->gaz, ptr, len);
  return DYAD_OK;
}

/* ---- regions and countries from the cities --------------------------------
** Each is the population-weighted mean of its cities' positions on the unit
** sphere (so a country across the 180th meridian stays in one piece).
*/
typedef struct centre {
  double x, y, z, w;
} centre;

/* A position's cosines and sines, worked out once for its country and its
   region. */
typedef struct trig {
  double cla, clo, sla, slo;
} trig;

static trig trig_of(double lat, double lon) {
  double la = lat * 0.017453292519943295, lo = lon * 0.017453292519943295;
  return (trig){cos(la), cos(lo), sin(la), sin(lo)};
}

static void centre_add(centre *c, const trig *t, double w) {
  c->x += w * t->cla * t->clo;
  c->y += w * t->cla * t->slo;
  c->z += w * t->sla;
  c->w += w;
}

static void centre_get(const centre *c, double *lat, double *lon) {
  double h = sqrt(c->x * c->x + c->y * c->y);
  *lat = atan2(c->z, h) * 57.29577951308232;
  *lon = atan2(c->y, c->x) * 57.29577951308232;
}

/* A region's name without the words of `strip` at its end ("Kherson Oblast"
   -> "Kherson"); 0 when nothing is taken off. */
static size_t stripped(const dyad_map *strip, const char *folded, size_t n) {
  size_t best = 0;
  for (size_t i = 1; i < n; i++) {
    if (folded[i - 1] != ' ') continue;
    if (dyad_map_get(strip, folded + i, n - i)) {
      best = i - 1;
      break;
    }
  }
  return best;
}

/* Regions and country centres from the cities just read (states[i] is city
   i's region name). */
static void build_regions(dyad_gaz *g, const char **states, const dyad_map *strip) {
  dyad_map keys; /* country + region name -> region */
  dyad_map_init(&keys);
  centre *rc = NULL, *cc = NULL;
  size_t n_cc = 0;
  dyad_buf k = DYAD_BUF_INIT;
  for (size_t i = 0; i < g->n; i++) {
    dyad_gaz_city *x = &g->cities[i];
    double w = x->population ? x->population : 1;
    bool added;
    uint32_t *ci = dyad_map_put(&g->countries, x->country, strlen(x->country), (uint32_t)n_cc, &added, NULL);
    if (added) {
      cc = dyad_xrealloc(cc, (n_cc + 1) * sizeof *cc);
      memset(&cc[n_cc++], 0, sizeof *cc);
    }
    trig t = trig_of(x->lat, x->lon);
    centre_add(&cc[*ci], &t, w);
    if (!states[i] || !states[i][0]) continue;
    dyad_buf_clear(&k);
    dyad_buf_put(&k, x->country, strlen(x->country));
    dyad_buf_putc(&k, '|');
    dyad_buf_put(&k, states[i], strlen(states[i]));
    uint32_t *ri = dyad_map_put(&keys, k.ptr, k.len, (uint32_t)g->n_regions, &added, NULL);
    if (added) {
      dyad_gaz_city *r = grow(&g->regions, &g->n_regions);
      r->name = states[i];
      memcpy(r->country, x->country, sizeof r->country);
      rc = dyad_xrealloc(rc, g->n_regions * sizeof *rc);
      memset(&rc[g->n_regions - 1], 0, sizeof *rc);
    }
    centre_add(&rc[*ri], &t, w);
    g->regions[*ri].population += x->population;
  }
  g->points = dyad_xcalloc(n_cc ? n_cc : 1, sizeof *g->points);
  for (size_t i = 0; i < n_cc; i++) centre_get(&cc[i], &g->points[i][0], &g->points[i][1]);
  dyad_buf f = DYAD_BUF_INIT;
  for (size_t i = 0; i < g->n_regions; i++) {
    dyad_gaz_city *r = &g->regions[i];
    centre_get(&rc[i], &r->lat, &r->lon);
    dyad_buf_clear(&f);
    dyad_fold_text(r->name, strlen(r->name), &f);
    index_place(&g->rindex, g->regions, r->name, strlen(r->name), (uint32_t)i);
    size_t s = stripped(strip, f.ptr, f.len);
    if (s) index_place(&g->rindex, g->regions, f.ptr, s, (uint32_t)i);
  }
  dyad_buf_free(&f);
  dyad_buf_free(&k);
  free(rc);
  free(cc);
  dyad_map_free(&keys);
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
  const char *a3 = k ? a3s[*k] : (cc ? cc : "");
  size_t m = strnlen(a3, sizeof x->country - 1);
  memcpy(x->country, a3, m);
  x->country[m] = 0;
  dyad_map_put(ids, id, strlen(id), (uint32_t)g->n, NULL, NULL);
}

/* The fields of a serialised CITY_TYPE record read in place (GVariant's
   little-endian tuple layout: the seven strings, then the framing offsets of
   their ends stored backwards at the record's end; u and the two d after the
   last string at their alignment).  Returns false on anything unexpected, and
   the caller then reads the record through GLib. */
static bool city_fields(const unsigned char *d, size_t size, const char *s[7], uint32_t *pop, double *lat,
                        double *lon) {
  size_t w = size > 0xffffu ? 4 : size > 0xffu ? 2 : 1;
  if (!d || size < 7 * w + 24) return false;
  size_t start = 0, end = 0, limit = size - 7 * w;
  for (int k = 0; k < 7; k++) {
    const unsigned char *o = d + size - w * (size_t)(k + 1);
    end = w == 1 ? o[0] : w == 2 ? (size_t)o[0] | (size_t)o[1] << 8 : (size_t)rd32(o);
    if (end <= start || end > limit || d[end - 1] != 0) return false;
    if (memchr(d + start, 0, end - start - 1)) return false;
    s[k] = (const char *)d + start;
    start = end;
  }
  size_t at = (end + 3) & ~(size_t)3;
  size_t at_d = (at + 4 + 7) & ~(size_t)7;
  if (at_d + 16 != limit) return false;
  *pop = rd32(d + at);
  memcpy(lat, d + at_d, sizeof *lat);
  memcpy(lon, d + at_d + 8, sizeof *lon);
  return true;
}

dyad_gaz *dyad_gaz_load(const char *own, size_t own_len) {
  dyad_gaz *g = dyad_xcalloc(1, sizeof *g);
  dyad_map_init(&g->index);
  dyad_map_init(&g->rindex);
  dyad_map_init(&g->rbare);
  dyad_map_init(&g->countries);
  dyad_arena_init(&g->strings, 256 * 1024);
  dyad_map ids, a2, strip;
  dyad_map_init(&ids);
  dyad_map_init(&a2);
  dyad_map_init(&strip);
  char *a3s[400] = {0};
  load_iso(&a2, &g->strings, a3s, DYAD_ISO3166_JSON);
  const GVariantType *city_type = G_VARIANT_TYPE(CITY_TYPE);
  int n = geonames_get_n_cities();
  g->cities = dyad_xcalloc((size_t)(n > 0 ? n : 1), sizeof *g->cities);
  const char **states = dyad_xcalloc((size_t)(n > 0 ? n : 1), sizeof *states);
  for (int i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) continue;
    GVariant *v = (GVariant *)c;
    const char *id = NULL, *name = NULL, *cc = NULL;
    dyad_gaz_city *x = &g->cities[g->n];
    const char *state = NULL;
    const char *fs[7];
    if (G_BYTE_ORDER == G_LITTLE_ENDIAN && !strcmp(g_variant_get_type_string(v), CITY_TYPE) &&
        city_fields(g_variant_get_data(v), g_variant_get_size(v), fs, &x->population, &x->lat, &x->lon)) {
      /* id, name, region code, region, country code, country, time zone */
      fill_city(g, x, &ids, &a2, a3s, fs[0], fs[1], fs[4]);
      states[g->n] = *fs[3] ? dyad_arena_strndup(&g->strings, fs[3], strlen(fs[3])) : NULL;
    } else if (g_variant_is_of_type(v, city_type)) {
      /* the fields read as child values: a third of the cost of the
         format-string getters */
      static const gsize want[7] = {0, 1, 3, 4, 7, 8, 9}; /* id, name, region, country, population, lat, lon */
      GVariant *f[7];
      for (int k = 0; k < 7; k++) f[k] = g_variant_get_child_value(v, want[k]);
      id = g_variant_get_string(f[0], NULL);
      name = g_variant_get_string(f[1], NULL);
      state = g_variant_get_string(f[2], NULL);
      cc = g_variant_get_string(f[3], NULL);
      x->population = g_variant_get_uint32(f[4]);
      x->lat = g_variant_get_double(f[5]);
      x->lon = g_variant_get_double(f[6]);
      fill_city(g, x, &ids, &a2, a3s, id, name, cc);
      states[g->n] = state && *state ? dyad_arena_strndup(&g->strings, state, strlen(state)) : NULL;
      for (int k = 0; k < 7; k++) g_variant_unref(f[k]);
    } else {
      g_variant_get_child(v, 0, "&s", &id);
      g_variant_get_child(v, 1, "&s", &name);
      g_variant_get_child(v, 4, "&s", &cc);
      state = geonames_city_get_state(c);
      x->lat = geonames_city_get_latitude(c);
      x->lon = geonames_city_get_longitude(c);
      x->population = geonames_city_get_population(c);
      fill_city(g, x, &ids, &a2, a3s, id, name, cc);
      states[g->n] = state && *state ? dyad_arena_strndup(&g->strings, state, strlen(state)) : NULL;
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
  apply_places(g, own, own_len, 0, &strip);
  build_regions(g, states, &strip);
  apply_places(g, own, own_len, 1, &strip);
  free(states);
  dyad_map_free(&ids);
  dyad_map_free(&a2);
  dyad_map_free(&strip);
  return g;
}

void dyad_gaz_free(dyad_gaz *g) {
  if (!g) return;
  dyad_map_free(&g->index);
  dyad_map_free(&g->rindex);
  dyad_map_free(&g->rbare);
  dyad_map_free(&g->countries);
  dyad_arena_free(&g->strings);
  free(g->cities);
  free(g->regions);
  free(g->points);
  free(g);
}

static const dyad_gaz_city *find_place(const dyad_map *index, const dyad_gaz_city *v,
                                       const char *folded, size_t n, const char *const *prefer,
                                       size_t n_prefer) {
  uint32_t *head = dyad_map_get(index, folded, n);
  if (!head) return NULL;
  /* a place in a country the article already names wins (Tripoli in Libya or
     in Lebanon); else the most populous */
  for (uint32_t c = *head; c != NO_ID; c = v[c].next)
    for (size_t k = 0; k < n_prefer; k++)
      if (!strcmp(v[c].country, prefer[k])) return &v[c];
  return &v[*head];
}

const dyad_gaz_city *dyad_gaz_find(const dyad_gaz *g, const char *folded, size_t n,
                                   const char *const *prefer, size_t n_prefer) {
  return g ? find_place(&g->index, g->cities, folded, n, prefer, n_prefer) : NULL;
}

const dyad_gaz_city *dyad_gaz_find_region(const dyad_gaz *g, const char *folded, size_t n, bool named,
                                          const char *const *prefer, size_t n_prefer) {
  return g ? find_place(named ? &g->rindex : &g->rbare, g->regions, folded, n, prefer, n_prefer) : NULL;
}

bool dyad_gaz_country(const dyad_gaz *g, const char *a3, double *lat, double *lon) {
  uint32_t *k = g && a3 ? dyad_map_get(&g->countries, a3, strlen(a3)) : NULL;
  if (!k) return false;
  *lat = g->points[*k][0];
  *lon = g->points[*k][1];
  return true;
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
  dyad_buf own;          /* the geo/ files, checked at dict load */
};

void dyad_lazy_gaz_add(struct dyad_lazy_gaz *l, const char *text, size_t len) {
  dyad_buf_put(&l->own, text, len);
  dyad_buf_putc(&l->own, '\n');
}

struct dyad_lazy_gaz *dyad_lazy_gaz_new(void) {
  struct dyad_lazy_gaz *l = dyad_xcalloc(1, sizeof *l);
  pthread_mutex_init(&l->lock, NULL);
  atomic_init(&l->gaz, NULL);
  l->own = (dyad_buf)DYAD_BUF_INIT;
  return l;
}

void dyad_lazy_gaz_free(struct dyad_lazy_gaz *l) {
  if (!l) return;
  dyad_gaz_free(atomic_load(&l->gaz));
  dyad_buf_free(&l->own);
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
    g = dyad_gaz_load(l->own.ptr, l->own.len);
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
