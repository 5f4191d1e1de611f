/*
** cli.h -- shared pieces of the dyad command-line program.
**
** The program uses only the public API (dyad.h).  cli.c parses the common
** options and walks the inputs; each command lives in its own cmd_*.c file
** and is listed in the table in dyad.c.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

#include <stdbool.h>
#include <stdio.h>

/* Exit codes (documented in README.md). */
enum { EXIT_OK = 0, EXIT_USAGE = 1, EXIT_INPUT = 2, EXIT_DB = 3 };

typedef enum { OUT_TEXT = 0, OUT_JSONL = 1, OUT_TSV = 2, OUT_CSV = 3 } out_format;

/* The options every command understands. */
typedef struct cli_opts {
  out_format out;
  dyad_reader_opts in;
  const char *lang;      /* --lang: force the language */
  const char *dict_dir;  /* --dict DIR */
  const char **paths;    /* input paths ("-" when none) */
  int n_paths;
  bool paths_given;      /* false when paths is the default "-" */
  bool quiet;
  /* Called with each input error (besides the message on stderr); may be NULL. */
  void (*on_error)(void *ud, const char *message);
} cli_opts;

/* Parses common options out of argv; options the command knows go to
   rest/n_rest (with their values, for those named in value_opts, a
   NULL-terminated list).  Returns EXIT_OK or EXIT_USAGE after a message. */
int cli_parse(int argc, char **argv, const char *const *value_opts, cli_opts *o,
              char ***rest, int *n_rest);

/* Calls fn on every article of every input path; input errors are reported
   on stderr as "dyad: <message>" and counted.  Returns EXIT_OK, EXIT_INPUT
   when something was skipped, or fn's first non-zero result. */
typedef int (*cli_article_fn)(void *ud, const dyad_article *a);
int cli_each_article(const cli_opts *o, cli_article_fn fn, void *ud);

/* Loads the dictionaries (built-in plus --dict). */
dyad_dict *cli_load_dict(const cli_opts *o);
/* Loads the dictionaries and makes a coder with the forced --lang.  Returns
   EXIT_OK, or EXIT_USAGE after a message; the caller frees both (either may
   be NULL). */
int cli_coder_open(const cli_opts *o, dyad_dict **d, dyad_coder **c);

/* The database path: --db FILE, else $DYAD_DB, else ./dyad.db. */
const char *cli_db_path(const char *opt);
/* Opens the database for queries (read-only); prints the error and returns
   NULL on failure. */
dyad_store *cli_store_open(const char *path);

/* Output helpers. */
void out_json_str(FILE *f, const char *s, size_t n);
void out_json_key(FILE *f, const char *key, bool first);
/* Prints s with control characters shown as spaces (terminal output). */
void out_plain(FILE *f, const char *s, size_t n);

/* Commands. */
int cmd_sentences(int argc, char **argv);
int cmd_tokens(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_dyads(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_errors(int argc, char **argv);
int cmd_export(int argc, char **argv);
/* `dyad actors` and `dyad quotes` with no input paths query the database. */
int cmd_db_actors(int argc, char **argv);
int cmd_db_quotes(int argc, char **argv);
int cmd_serve(int argc, char **argv); /* server/http.c */

#endif
