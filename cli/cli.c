/*
** cli.c -- option parsing, input walking and output helpers shared by the
** commands of the dyad program.
*/
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static int usage_err(const char *msg, const char *arg) {
  fprintf(stderr, "dyad: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
  return EXIT_USAGE;
}

static bool takes_value(const char *const *value_opts, const char *a) {
  for (; value_opts && *value_opts; value_opts++)
    if (strcmp(*value_opts, a) == 0) return true;
  return false;
}

int cli_parse(int argc, char **argv, const char *const *value_opts, cli_opts *o,
              char ***rest, int *n_rest) {
  memset(o, 0, sizeof *o);
  o->paths = calloc((size_t)argc + 1, sizeof *o->paths);
  *rest = calloc((size_t)argc + 1, sizeof **rest);
  *n_rest = 0;
  if (!o->paths || !*rest) return usage_err("out of memory", NULL);
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--") == 0) {
      for (i++; i < argc; i++) o->paths[o->n_paths++] = argv[i];
      break;
    } else if (strcmp(a, "--format") == 0 || strcmp(a, "-f") == 0) {
      if (!v) return usage_err("--format needs a value", NULL);
      if (strcmp(v, "jsonl") == 0 || strcmp(v, "json") == 0) o->out = OUT_JSONL;
      else if (strcmp(v, "text") == 0 || strcmp(v, "table") == 0) o->out = OUT_TEXT;
      else if (strcmp(v, "tsv") == 0) o->out = OUT_TSV;
      else if (strcmp(v, "csv") == 0) o->out = OUT_CSV;
      else return usage_err("unknown output format", v);
      i++;
    } else if (strcmp(a, "--input-format") == 0) {
      if (!v) return usage_err("--input-format needs a value", NULL);
      if (strcmp(v, "text") == 0) o->in.format = DYAD_FORMAT_TEXT;
      else if (strcmp(v, "jsonl") == 0) o->in.format = DYAD_FORMAT_JSONL;
      else if (strcmp(v, "html") == 0) o->in.format = DYAD_FORMAT_HTML;
      else if (strcmp(v, "warc") == 0) o->in.format = DYAD_FORMAT_WARC;
      else if (strcmp(v, "auto") == 0) o->in.format = DYAD_FORMAT_AUTO;
      else return usage_err("unknown input format", v);
      i++;
    } else if (strcmp(a, "--lang") == 0) {
      if (!v) return usage_err("--lang needs a value", NULL);
      o->lang = v;
      i++;
    } else if (strcmp(a, "--dict") == 0) {
      if (!v) return usage_err("--dict needs a folder", NULL);
      o->dict_dir = v;
      i++;
    } else if (strncmp(a, "--field-", 8) == 0) {
      if (!v) return usage_err("a --field- option needs a value", a);
      const char *f = a + 8;
      if (strcmp(f, "id") == 0) o->in.field_id = v;
      else if (strcmp(f, "text") == 0) o->in.field_text = v;
      else if (strcmp(f, "date") == 0) o->in.field_date = v;
      else if (strcmp(f, "url") == 0) o->in.field_url = v;
      else if (strcmp(f, "title") == 0) o->in.field_title = v;
      else if (strcmp(f, "lang") == 0) o->in.field_lang = v;
      else return usage_err("unknown field option", a);
      i++;
    } else if (strcmp(a, "--max-record") == 0) {
      if (!v) return usage_err("--max-record needs a size in bytes", NULL);
      o->in.max_record = (size_t)strtoull(v, NULL, 10);
      i++;
    } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
      o->quiet = true;
    } else if (a[0] == '-' && a[1]) {
      (*rest)[(*n_rest)++] = argv[i];
      if (takes_value(value_opts, a)) {
        if (!v) return usage_err("option needs a value", a);
        (*rest)[(*n_rest)++] = argv[++i];
      }
    } else {
      o->paths[o->n_paths++] = a;
    }
  }
  if (o->lang) o->in.lang = NULL; /* forced on the coder instead */
  o->paths_given = o->n_paths > 0;
  if (o->n_paths == 0) o->paths[o->n_paths++] = "-";
  return EXIT_OK;
}

dyad_dict *cli_load_dict(const cli_opts *o) {
  char err[DYAD_ERRLEN];
  dyad_dict *d = NULL;
  if (dyad_dict_load(o->dict_dir, &d, err) != DYAD_OK) {
    fprintf(stderr, "dyad: %s\n", err);
    return NULL;
  }
  return d;
}

int cli_coder_open(const cli_opts *o, dyad_dict **d, dyad_coder **c) {
  *c = NULL;
  *d = cli_load_dict(o);
  if (!*d) return EXIT_USAGE;
  if (dyad_coder_new(*d, c) != DYAD_OK) {
    fprintf(stderr, "dyad: cannot create a coder\n");
    return EXIT_USAGE;
  }
  if (o->lang && dyad_coder_set_lang(*c, o->lang) != DYAD_OK) {
    fprintf(stderr, "dyad: %s\n", dyad_coder_errmsg(*c));
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

int cli_each_article(const cli_opts *o, cli_article_fn fn, void *ud) {
  int status = EXIT_OK;
  for (int i = 0; i < o->n_paths; i++) {
    char err[DYAD_ERRLEN];
    dyad_reader *r = NULL;
    if (dyad_reader_open(o->paths[i], &o->in, &r, err) != DYAD_OK) {
      fprintf(stderr, "dyad: %s\n", err);
      if (o->on_error) o->on_error(ud, err);
      status = EXIT_INPUT;
      continue;
    }
    const dyad_article *a;
    int rc;
    while ((rc = dyad_reader_next(r, &a)) != DYAD_DONE) {
      if (rc != DYAD_OK) {
        fprintf(stderr, "dyad: %s\n", dyad_reader_errmsg(r));
        if (o->on_error) o->on_error(ud, dyad_reader_errmsg(r));
        status = EXIT_INPUT;
        continue;
      }
      int frc = fn(ud, a);
      if (frc) {
        dyad_reader_free(r);
        return frc;
      }
    }
    dyad_reader_free(r);
  }
  return status;
}

const char *cli_db_path(const char *opt) {
  if (opt && *opt) return opt;
  const char *env = getenv("DYAD_DB");
  return env && *env ? env : "dyad.db";
}

dyad_store *cli_store_open(const char *path) {
  char err[DYAD_ERRLEN];
  dyad_store *s = NULL;
  int rc = dyad_store_open(path, DYAD_STORE_READONLY, &s, err);
  if (rc != DYAD_OK) {
    fprintf(stderr, "dyad: %s%s\n", err, rc == DYAD_NOTFOUND ? " (make one with: dyad ingest FILES --db FILE)" : "");
    return NULL;
  }
  return s;
}

void out_json_str(FILE *f, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  fputc('"', f);
  size_t run = 0; /* start of the bytes that need no escape, written at once */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    if (i > run) fwrite(s + run, 1, i - run, f);
    run = i + 1;
    switch (c) {
      case '"': fputs("\\\"", f); break;
      case '\\': fputs("\\\\", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\t': fputs("\\t", f); break;
      default:
        fputs("\\u00", f);
        fputc(hex[c >> 4], f);
        fputc(hex[c & 15], f);
    }
  }
  if (n > run) fwrite(s + run, 1, n - run, f);
  fputc('"', f);
}

void out_json_key(FILE *f, const char *key, bool first) {
  /* a short key that needs no escape (every key of the commands) goes out
     with its comma, quotes and colon in one write */
  char buf[64];
  size_t n = strlen(key), k = 0;
  if (n + 4 <= sizeof buf) {
    if (!first) buf[k++] = ',';
    buf[k++] = '"';
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)key[i];
      if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
        k = 0;
        break;
      }
      buf[k++] = (char)c;
    }
    if (k) {
      buf[k++] = '"';
      buf[k++] = ':';
      fwrite(buf, 1, k, f);
      return;
    }
  }
  if (!first) fputc(',', f);
  out_json_str(f, key, n);
  fputc(':', f);
}

void out_plain(FILE *f, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    fputc(c < 0x20 || c == 0x7f ? ' ' : c, f);
  }
}
