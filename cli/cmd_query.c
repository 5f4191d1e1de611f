/*
** cmd_query.c -- the commands that ask the event database questions:
** `dyad events`, `show`, `actors`, `dyads`, `timeline`, `quotes`, `search`,
** `stats` and `export`.  Each one turns its options into a dyad_query and
** prints the rows (rows.c); `show` and `export` add their own layouts.
*/
#include "cli.h"
#include "gdelt.h"
#include "rows.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct qcmd {
  cli_opts o;
  dyad_query q;
  const char *db, *out;
  char **rest;
  dyad_store *store;
} qcmd;

static const char *const QOPTS[] = {"--db", "--source", "--target", "--actor", "--code", "--root",
                                    "--quad", "--from", "--to", "--text", "--speaker", "--by",
                                    "--limit", "--offset", "--out", "-o", NULL};

static int parse_int(const char *opt, const char *v, int64_t *out) {
  char *end;
  long long n = strtoll(v, &end, 10);
  if (!*v || *end || n < 0) {
    fprintf(stderr, "dyad: %s needs a number, not '%s'\n", opt, v);
    return EXIT_USAGE;
  }
  *out = n;
  return EXIT_OK;
}

/* Parses the options shared by the query commands and opens the database. */
static int qcmd_open(qcmd *c, int argc, char **argv) {
  memset(c, 0, sizeof *c);
  int n_rest;
  int rc = cli_parse(argc, argv, QOPTS, &c->o, &c->rest, &n_rest);
  if (rc) return rc;
  dyad_query *q = &c->q;
  for (int i = 0; i < n_rest; i++) {
    const char *a = c->rest[i], *v = i + 1 < n_rest ? c->rest[i + 1] : "";
    int64_t n;
    if (!strcmp(a, "--db")) c->db = v;
    else if (!strcmp(a, "--source")) q->source = v;
    else if (!strcmp(a, "--target")) q->target = v;
    else if (!strcmp(a, "--actor")) q->actor = v;
    else if (!strcmp(a, "--code")) q->code = v;
    else if (!strcmp(a, "--root")) q->root = v;
    else if (!strcmp(a, "--from")) q->from = v;
    else if (!strcmp(a, "--to")) q->to = v;
    else if (!strcmp(a, "--text")) q->text = v;
    else if (!strcmp(a, "--speaker")) q->speaker = v;
    else if (!strcmp(a, "--by")) q->by = v;
    else if (!strcmp(a, "--out") || !strcmp(a, "-o")) c->out = v;
    else if (!strcmp(a, "--quad")) {
      if ((rc = parse_int(a, v, &n))) return rc;
      q->quad = (int)(n > 100 ? 100 : n);
    } else if (!strcmp(a, "--limit")) {
      if ((rc = parse_int(a, v, &q->limit))) return rc;
    } else if (!strcmp(a, "--offset")) {
      if ((rc = parse_int(a, v, &q->offset))) return rc;
    } else {
      fprintf(stderr, "dyad: unknown option: %s\n", a);
      return EXIT_USAGE;
    }
    i++;
  }
  q->lang = c->o.lang;
  c->db = cli_db_path(c->db);
  c->store = cli_store_open(c->db);
  return c->store ? EXIT_OK : EXIT_DB;
}

static void qcmd_close(qcmd *c) {
  dyad_store_close(c->store);
  free(c->rest);
  free(c->o.paths);
}

static int query_error(qcmd *c, int rc) {
  fprintf(stderr, "dyad: %s\n", dyad_store_errmsg(c->store));
  return rc == DYAD_MISUSE ? EXIT_USAGE : rc == DYAD_NOTFOUND ? EXIT_USAGE : EXIT_DB;
}

/* Runs one query kind and prints its rows; only lists the table columns. */
static int run_rows(int argc, char **argv, dyad_query_kind kind, const char *const *only,
                    int (*fix)(qcmd *c)) {
  qcmd c;
  int rc = qcmd_open(&c, argc, argv);
  if (rc == EXIT_OK && fix) rc = fix(&c);
  if (rc == EXIT_OK) {
    rows r;
    rows_init(&r, c.o.out, stdout, only);
    int qrc = dyad_store_query(c.store, kind, &c.q, rows_add, &r);
    rows_end(&r);
    if (qrc != DYAD_OK) rc = query_error(&c, qrc);
    else if (r.n == 0 && c.o.out == OUT_TEXT && !c.o.quiet) fprintf(stderr, "dyad: no rows\n");
  }
  qcmd_close(&c);
  return rc;
}

static const char *const EVENT_TABLE[] = {"id", "date", "source", "target", "code", "goldstein",
                                          "num_mentions", "sentence", NULL};

int cmd_events(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_EVENTS, EVENT_TABLE, NULL); }

static const char *const ACTOR_TABLE[] = {"code", "country", "name", "mentions", "events", NULL};
int cmd_db_actors(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_ACTORS, ACTOR_TABLE, NULL); }

static const char *const DYAD_TABLE[] = {"source", "source_name", "target", "target_name", "events",
                                         "goldstein", "q1", "q2", "q3", "q4", NULL};
int cmd_dyads(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_DYADS, DYAD_TABLE, NULL); }

/* timeline A B: the two actors are the positional arguments. */
static int timeline_fix(qcmd *c) {
  if (!c->o.paths_given || c->o.n_paths != 2) {
    fprintf(stderr, "dyad: usage: dyad timeline ACTOR_A ACTOR_B [--by day|week|month]\n");
    return EXIT_USAGE;
  }
  c->q.source = c->o.paths[0];
  c->q.target = c->o.paths[1];
  return EXIT_OK;
}
int cmd_timeline(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_TIMELINE, NULL, timeline_fix); }

static const char *const QUOTE_TABLE[] = {"date", "speaker", "speaker_name", "quote", NULL};
int cmd_db_quotes(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_QUOTES, QUOTE_TABLE, NULL); }

/* search WORDS...: the words are the positional arguments. */
static char search_text[2048];
static int search_fix(qcmd *c) {
  if (!c->o.paths_given) {
    fprintf(stderr, "dyad: usage: dyad search WORDS...\n");
    return EXIT_USAGE;
  }
  search_text[0] = '\0';
  for (int i = 0; i < c->o.n_paths; i++) {
    size_t n = strlen(search_text);
    snprintf(search_text + n, sizeof search_text - n, "%s%s", i ? " " : "", c->o.paths[i]);
  }
  c->q.text = search_text;
  if (c->o.out == OUT_TEXT && isatty(1)) {
    c->q.mark_open = "\033[1;33m";
    c->q.mark_close = "\033[0m";
  }
  return EXIT_OK;
}
static const char *const SEARCH_TABLE[] = {"article_id", "date", "title", "snippet", NULL};
int cmd_search(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_SEARCH, SEARCH_TABLE, search_fix); }

int cmd_errors(int argc, char **argv) { return run_rows(argc, argv, DYAD_Q_ERRORS, NULL, NULL); }

/* ---- stats and show: one record, printed as "name: value" lines -------- */

static int print_record(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  FILE *f = ud;
  for (size_t i = 0; i < ncol; i++) {
    fprintf(f, "%-17s ", names[i]);
    if (vals[i].type == DYAD_VAL_TEXT) out_plain(f, vals[i].s.ptr, vals[i].s.len);
    else if (vals[i].type == DYAD_VAL_INT) fprintf(f, "%lld", (long long)vals[i].i);
    else if (vals[i].type == DYAD_VAL_REAL) fprintf(f, "%g", vals[i].r);
    fputc('\n', f);
  }
  return 0;
}

int cmd_stats(int argc, char **argv) {
  qcmd c;
  int rc = qcmd_open(&c, argc, argv);
  if (rc == EXIT_OK) {
    rows r;
    int qrc;
    if (c.o.out == OUT_TEXT) {
      qrc = dyad_store_query(c.store, DYAD_Q_STATS, &c.q, print_record, stdout);
    } else {
      rows_init(&r, c.o.out, stdout, NULL);
      qrc = dyad_store_query(c.store, DYAD_Q_STATS, &c.q, rows_add, &r);
      rows_end(&r);
    }
    if (qrc != DYAD_OK) rc = query_error(&c, qrc);
  }
  qcmd_close(&c);
  return rc;
}

typedef struct show_ctx {
  FILE *f;
  int color;
  int n;
} show_ctx;

/* The index of a column by name, -1 when absent.  Rows of one query come
   with the same names, so the index found for each name (a literal) is
   remembered and only checked on later rows: an export of a million rows
   does one comparison per field instead of a search. */
static int col_index(size_t ncol, const char *const *names, const char *name) {
  static struct {
    const char *name;
    size_t idx;
  } memo[64];
  static size_t n_memo;
  for (size_t k = 0; k < n_memo; k++)
    if (memo[k].name == name && memo[k].idx < ncol && !strcmp(names[memo[k].idx], name)) return (int)memo[k].idx;
  for (size_t i = 0; i < ncol; i++)
    if (!strcmp(names[i], name)) {
      size_t k = 0;
      while (k < n_memo && memo[k].name != name) k++;
      if (k < 64) {
        memo[k].name = name;
        memo[k].idx = i;
        if (k == n_memo) n_memo++;
      }
      return (int)i;
    }
  return -1;
}

static int64_t col_int(size_t ncol, const char *const *names, const dyad_value *v, const char *name) {
  int i = col_index(ncol, names, name);
  return i >= 0 && v[i].type == DYAD_VAL_INT ? v[i].i : 0;
}

static dyad_str col_str(size_t ncol, const char *const *names, const dyad_value *v, const char *name) {
  int i = col_index(ncol, names, name);
  return i >= 0 && v[i].type == DYAD_VAL_TEXT ? v[i].s : (dyad_str){"", 0};
}

/* The sentence with source, target and trigger marked: colours on a
   terminal, [words|role] otherwise. */
static void print_marked(show_ctx *sc, dyad_str s, int64_t base, const int64_t sp[6]) {
  static const char *const role[] = {"source", "target", "trigger"};
  static const char *const color[] = {"\033[1;32m", "\033[1;34m", "\033[1;33m"};
  for (size_t i = 0; i <= s.len; i++) {
    for (int k = 0; k < 3; k++) /* closings first */
      if (sp[2 * k + 1] - base == (int64_t)i && sp[2 * k + 1] > sp[2 * k]) {
        if (sc->color) fputs("\033[0m", sc->f);
        else fprintf(sc->f, "|%s]", role[k]);
      }
    for (int k = 0; k < 3; k++)
      if (sp[2 * k] - base == (int64_t)i && sp[2 * k + 1] > sp[2 * k]) {
        if (sc->color) fputs(color[k], sc->f);
        else fputc('[', sc->f);
      }
    if (i < s.len) {
      unsigned char ch = (unsigned char)s.ptr[i];
      fputc(ch < 0x20 ? ' ' : ch, sc->f);
    }
  }
  fputc('\n', sc->f);
}

static int show_mention(void *ud, size_t ncol, const char *const *names, const dyad_value *vals) {
  show_ctx *sc = ud;
  FILE *f = sc->f;
  sc->n++;
  dyad_str title = col_str(ncol, names, vals, "title"), url = col_str(ncol, names, vals, "url");
  dyad_str date = col_str(ncol, names, vals, "article_date"), doc = col_str(ncol, names, vals, "doc_id");
  fprintf(f, "\nmention %d: article %lld", sc->n, (long long)col_int(ncol, names, vals, "article_id"));
  if (doc.len) fprintf(f, " (%.*s)", (int)doc.len, doc.ptr);
  fprintf(f, ", sentence %lld\n", (long long)col_int(ncol, names, vals, "sentence_index"));
  if (title.len) {
    fputs("  title: ", f);
    out_plain(f, title.ptr, title.len);
    fputc('\n', f);
  }
  if (date.len) fprintf(f, "  date:  %.*s\n", (int)date.len, date.ptr);
  if (url.len) {
    fputs("  url:   ", f);
    out_plain(f, url.ptr, url.len);
    fputc('\n', f);
  }
  dyad_str attr = col_str(ncol, names, vals, "attribution");
  if (attr.len) fprintf(f, "  according to: %.*s\n", (int)attr.len, attr.ptr);
  int64_t sp[6] = {col_int(ncol, names, vals, "source_start"), col_int(ncol, names, vals, "source_end"),
                   col_int(ncol, names, vals, "target_start"), col_int(ncol, names, vals, "target_end"),
                   col_int(ncol, names, vals, "trigger_start"), col_int(ncol, names, vals, "trigger_end")};
  fputs("  ", f);
  print_marked(sc, col_str(ncol, names, vals, "sentence"), col_int(ncol, names, vals, "sentence_start"), sp);
  return 0;
}

int cmd_show(int argc, char **argv) {
  qcmd c;
  int rc = qcmd_open(&c, argc, argv);
  if (rc == EXIT_OK && (!c.o.paths_given || c.o.n_paths != 1 ||
                        parse_int("show", c.o.paths[0], &c.q.id) != EXIT_OK)) {
    fprintf(stderr, "dyad: usage: dyad show EVENT_ID\n");
    rc = EXIT_USAGE;
  }
  if (rc == EXIT_OK) {
    int qrc;
    if (c.o.out == OUT_TEXT) {
      show_ctx sc = {stdout, isatty(1), 0};
      qrc = dyad_store_query(c.store, DYAD_Q_EVENT, &c.q, print_record, stdout);
      if (qrc == DYAD_OK) qrc = dyad_store_query(c.store, DYAD_Q_MENTIONS, &c.q, show_mention, &sc);
    } else {
      rows r;
      rows_init(&r, c.o.out, stdout, NULL);
      qrc = dyad_store_query(c.store, DYAD_Q_EVENT, &c.q, rows_add, &r);
      rows_end(&r);
      if (qrc == DYAD_OK) {
        rows_init(&r, c.o.out, stdout, NULL);
        qrc = dyad_store_query(c.store, DYAD_Q_MENTIONS, &c.q, rows_add, &r);
        rows_end(&r);
      }
    }
    if (qrc != DYAD_OK) rc = query_error(&c, qrc);
  }
  qcmd_close(&c);
  return rc;
}

/* ---- export -------------------------------------------------------------- */

typedef struct export_ctx {
  FILE *f;
  long long n;
} export_ctx;

static char *col_dup(size_t ncol, const char *const *names, const dyad_value *v, const char *name,
                     char *buf, size_t bufsz) {
  dyad_str s = col_str(ncol, names, v, name);
  snprintf(buf, bufsz, "%.*s", (int)s.len, s.ptr);
  return buf;
}

static double col_real(size_t ncol, const char *const *names, const dyad_value *v, const char *name,
                       int *is_null) {
  int i = col_index(ncol, names, name);
  if (i < 0) {
    *is_null = 1;
    return 0;
  }
  *is_null = v[i].type == DYAD_VAL_NULL;
  return v[i].type == DYAD_VAL_REAL ? v[i].r : v[i].type == DYAD_VAL_INT ? (double)v[i].i : 0;
}

static int export_event(void *ud, size_t ncol, const char *const *names, const dyad_value *v) {
  export_ctx *x = ud;
  char id[32], date[16], s[64], sn[256], sc[16], t[64], tn[256], tc[16], code[8], root[4], pn[256],
      pc[16], added[32], url[2048];
  int null_lat, null_place;
  snprintf(id, sizeof id, "%lld", (long long)col_int(ncol, names, v, "id"));
  double lat = col_real(ncol, names, v, "lat", &null_lat), lon = col_real(ncol, names, v, "lon", &null_lat);
  col_real(ncol, names, v, "location_name", &null_place);
  gdelt_event g = {
      .id = id, .date = col_dup(ncol, names, v, "date", date, sizeof date),
      .a1 = {col_dup(ncol, names, v, "source", s, sizeof s), col_dup(ncol, names, v, "source_name", sn, sizeof sn),
             col_dup(ncol, names, v, "source_country", sc, sizeof sc)},
      .a2 = {col_dup(ncol, names, v, "target", t, sizeof t), col_dup(ncol, names, v, "target_name", tn, sizeof tn),
             col_dup(ncol, names, v, "target_country", tc, sizeof tc)},
      .is_root = (int)col_int(ncol, names, v, "is_root"),
      .code = col_dup(ncol, names, v, "code", code, sizeof code),
      .root = col_dup(ncol, names, v, "root", root, sizeof root),
      .quad_class = (int)col_int(ncol, names, v, "quad_class"),
      .goldstein = col_real(ncol, names, v, "goldstein", &null_place),
      .num_mentions = col_int(ncol, names, v, "num_mentions"),
      .num_sources = col_int(ncol, names, v, "num_sources"),
      .num_articles = col_int(ncol, names, v, "num_articles"),
      .place_name = col_dup(ncol, names, v, "location_name", pn, sizeof pn),
      .place_country = col_dup(ncol, names, v, "location_country", pc, sizeof pc),
      .lat = lat, .lon = lon,
      .added = col_dup(ncol, names, v, "added", added, sizeof added),
      .url = col_dup(ncol, names, v, "url", url, sizeof url)};
  g.has_place = g.place_name[0] != '\0';
  g.has_coords = g.has_place && !null_lat;
  gdelt_write_event(x->f, &g);
  x->n++;
  return 0;
}

static int export_mention(void *ud, size_t ncol, const char *const *names, const dyad_value *v) {
  export_ctx *x = ud;
  char id[32], date[16], added[32], src[256], url[2048];
  snprintf(id, sizeof id, "%lld", (long long)col_int(ncol, names, v, "event_id"));
  gdelt_mention m = {
      .event_id = id, .event_date = col_dup(ncol, names, v, "event_date", date, sizeof date),
      .added = col_dup(ncol, names, v, "added", added, sizeof added),
      .source_name = col_dup(ncol, names, v, "source_domain", src, sizeof src),
      .url = col_dup(ncol, names, v, "url", url, sizeof url),
      .sentence = col_int(ncol, names, v, "sentence_index") + 1,
      .a1_offset = col_int(ncol, names, v, "source_start"),
      .a2_offset = col_int(ncol, names, v, "target_start"),
      .action_offset = col_int(ncol, names, v, "trigger_start"),
      .doc_len = col_int(ncol, names, v, "doc_len")};
  gdelt_write_mention(x->f, &m);
  x->n++;
  return 0;
}

static void xml_text(FILE *f, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    default:
      if ((unsigned char)s[i] >= 0x20 || s[i] == '\t' || s[i] == '\n') fputc(s[i], f);
    }
  }
}

static int graph_node(void *ud, size_t ncol, const char *const *names, const dyad_value *v) {
  export_ctx *x = ud;
  dyad_str code = col_str(ncol, names, v, "code"), name = col_str(ncol, names, v, "name");
  dyad_str country = col_str(ncol, names, v, "country");
  fputs("    <node id=\"", x->f);
  xml_text(x->f, code.ptr, code.len);
  fputs("\"><data key=\"name\">", x->f);
  xml_text(x->f, name.ptr, name.len);
  fputs("</data><data key=\"country\">", x->f);
  xml_text(x->f, country.ptr, country.len);
  fprintf(x->f, "</data><data key=\"mentions\">%lld</data><data key=\"events\">%lld</data></node>\n",
          (long long)col_int(ncol, names, v, "mentions"), (long long)col_int(ncol, names, v, "events"));
  x->n++;
  return 0;
}

static int graph_edge(void *ud, size_t ncol, const char *const *names, const dyad_value *v) {
  export_ctx *x = ud;
  dyad_str s = col_str(ncol, names, v, "source"), t = col_str(ncol, names, v, "target");
  int null;
  fprintf(x->f, "    <edge id=\"e%lld\" source=\"", x->n++);
  xml_text(x->f, s.ptr, s.len);
  fputs("\" target=\"", x->f);
  xml_text(x->f, t.ptr, t.len);
  fprintf(x->f, "\"><data key=\"weight\">%lld</data><data key=\"goldstein\">%.3f</data></edge>\n",
          (long long)col_int(ncol, names, v, "events"), col_real(ncol, names, v, "goldstein", &null));
  return 0;
}

static int export_graphml(qcmd *c, FILE *f) {
  export_ctx x = {f, 0};
  dyad_query q = c->q;
  q.limit = 1000000;
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
        "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
        "  <key id=\"events\" for=\"node\" attr.name=\"events\" attr.type=\"int\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
        "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
        "  <graph id=\"actors\" edgedefault=\"directed\">\n", f);
  dyad_query nq;
  memset(&nq, 0, sizeof nq);
  nq.limit = 1000000;
  int rc = dyad_store_query(c->store, DYAD_Q_ACTORS, &nq, graph_node, &x);
  x.n = 0;
  if (rc == DYAD_OK) rc = dyad_store_query(c->store, DYAD_Q_DYADS, &q, graph_edge, &x);
  fputs("  </graph>\n</graphml>\n", f);
  return rc;
}

static FILE *open_out(const char *path, const char *suffix, char *name, size_t namesz) {
  snprintf(name, namesz, "%s%s", path, suffix);
  FILE *f = fopen(name, "w");
  if (!f) fprintf(stderr, "dyad: %s: cannot write\n", name);
  return f;
}

int cmd_export(int argc, char **argv) {
  /* --format gdelt is not one of the common output formats: take it out. */
  int gdelt = 0, graphml = 0;
  char **args = calloc((size_t)argc + 1, sizeof *args);
  int n = 0;
  for (int i = 0; i < argc; i++) {
    if ((!strcmp(argv[i], "--format") || !strcmp(argv[i], "-f")) && i + 1 < argc &&
        (!strcmp(argv[i + 1], "gdelt") || !strcmp(argv[i + 1], "graphml"))) {
      gdelt = !strcmp(argv[i + 1], "gdelt");
      graphml = !gdelt;
      i++;
      continue;
    }
    args[n++] = argv[i];
  }
  qcmd c;
  int rc = qcmd_open(&c, n, args);
  if (rc == EXIT_OK && !gdelt && !graphml && c.o.out == OUT_TEXT) {
    fprintf(stderr, "dyad: export needs --format gdelt|graphml|csv|tsv|jsonl\n");
    rc = EXIT_USAGE;
  }
  if (rc == EXIT_OK) {
    int qrc = DYAD_OK;
    char name[4096];
    if (gdelt) {
      const char *prefix = c.out ? c.out : "dyad";
      export_ctx ev = {NULL, 0}, mn = {NULL, 0};
      ev.f = open_out(prefix, ".export.tsv", name, sizeof name);
      if (ev.f) {
        qrc = dyad_store_query(c.store, DYAD_Q_EXPORT, &c.q, export_event, &ev);
        if (fclose(ev.f) != 0) rc = EXIT_DB;
        if (!c.o.quiet) fprintf(stderr, "dyad: %s: %lld events\n", name, ev.n);
      } else {
        rc = EXIT_USAGE;
      }
      if (rc == EXIT_OK && qrc == DYAD_OK && (mn.f = open_out(prefix, ".mentions.tsv", name, sizeof name))) {
        qrc = dyad_store_query(c.store, DYAD_Q_EXPORT_MENTIONS, &c.q, export_mention, &mn);
        if (fclose(mn.f) != 0) rc = EXIT_DB;
        if (!c.o.quiet) fprintf(stderr, "dyad: %s: %lld mentions\n", name, mn.n);
      } else if (rc == EXIT_OK && qrc == DYAD_OK) {
        rc = EXIT_USAGE;
      }
    } else {
      FILE *f = stdout;
      if (c.out && !(f = fopen(c.out, "w"))) {
        fprintf(stderr, "dyad: %s: cannot write\n", c.out);
        rc = EXIT_USAGE;
      }
      if (f && graphml) {
        qrc = export_graphml(&c, f);
      } else if (f) {
        rows r;
        rows_init(&r, c.o.out, f, NULL);
        qrc = dyad_store_query(c.store, DYAD_Q_EXPORT, &c.q, rows_add, &r);
        rows_end(&r);
      }
      if (f && f != stdout && fclose(f) != 0) rc = EXIT_DB;
    }
    if (qrc != DYAD_OK) rc = query_error(&c, qrc);
  }
  qcmd_close(&c);
  free(args);
  return rc;
}
