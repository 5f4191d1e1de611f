/*
** dyad.c -- the dyad program: a table of commands and the dispatcher.
**
** Every command is a function in a cmd_*.c file that parses its own options
** (through cli_parse) and uses only the public API.  Exit codes: 0 ok,
** 1 usage, 2 some input was skipped, 3 database error.
*/
#include "cli.h"

#include <string.h>

static const struct {
  const char *name;
  int (*fn)(int, char **);
  const char *help;
} COMMANDS[] = {
    {"code", cmd_code, "code events, one JSON object per event (the streaming coder)"},
    {"eval", cmd_eval, "score the coder against gold excerpts (precision, recall, F1)"},
    {"sentences", cmd_sentences, "print the sentences the analyzer finds"},
    {"tokens", cmd_tokens, "print the tokens with offsets, folded forms and stems"},
    {"actors", cmd_actors, "actor mentions in FILEs; with no FILE, actors in the database"},
    {"quotes", cmd_quotes, "direct quotes in FILEs; with no FILE, quotes in the database"},
    {"ingest", cmd_ingest, "code articles on every core and store them (--db FILE)"},
    {"events", cmd_events, "list stored events (--source --target --code --root --quad --from --to --text)"},
    {"show", cmd_show, "one event with every mention and its marked evidence"},
    {"dyads", cmd_dyads, "pairs of actors by events, mean Goldstein and quad shares"},
    {"timeline", cmd_timeline, "events and mean Goldstein per period between two actors (--by)"},
    {"search", cmd_search, "full-text search over stored articles"},
    {"stats", cmd_stats, "what the database holds"},
    {"errors", cmd_errors, "input that could not be read, kept by dyad ingest"},
    {"export", cmd_export, "export events: --format gdelt|graphml|csv|tsv|jsonl"},
    {"serve", cmd_serve, "serve the database: JSON API and web page (dyad serve --help)"},
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: dyad COMMAND [OPTIONS] [FILE|FOLDER|-]...\n\n"
          "commands:\n");
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
    fprintf(f, "  %-12s %s\n", COMMANDS[i].name, COMMANDS[i].help);
  fprintf(f,
          "  %-12s %s\n  %-12s %s\n\n"
          "input options:\n"
          "  --input-format auto|text|jsonl|html|warc   (default: detected per file)\n"
          "  --lang CODE            force the language (it, en) instead of detecting it\n"
          "  --field-text NAME      JSON Lines field names (also --field-id, -date, -url,\n"
          "                         -title, -lang)\n"
          "  --max-record BYTES     skip records larger than this (default 64 MiB)\n"
          "  --dict DIR             add or override dictionaries from DIR\n"
          "output options:\n"
          "  --format text|jsonl|csv|tsv   (default text: a table for queries)\n"
          "database options:\n"
          "  --db FILE              the event database (default $DYAD_DB, else ./dyad.db)\n"
          "  --limit N --offset N   paging of query results (default 100 rows)\n\n"
          "Inputs are files, folders (read recursively) or - for standard input;\n"
          "gzip and zstd are detected by content.\n"
          "exit status: 0 ok, 1 usage, 2 some input was skipped, 3 database error\n",
          "version", "print the version", "help", "this text");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    usage(stdout);
    return EXIT_OK;
  }
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("dyad %s\n", DYAD_VERSION);
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
    if (strcmp(cmd, COMMANDS[i].name) == 0) return COMMANDS[i].fn(argc - 2, argv + 2);
  fprintf(stderr, "dyad: unknown command '%s' (try: dyad help)\n", cmd);
  return EXIT_USAGE;
}
