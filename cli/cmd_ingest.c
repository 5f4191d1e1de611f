/*
** cmd_ingest.c -- `dyad ingest PATH... [--db FILE] [--jobs N]`: codes
** articles on every core and stores them in the event database.
**
**   main thread: readers --copy--> queue (bounded) --> worker 1..N
**                                                       has? code, put
**                                                          |
**                                          dyad_store (one connection,
**                                          its lock makes it the one writer)
**
** Articles already stored with the same text are skipped before coding, so
** a re-run after a crash resumes where the last commit left off.  On a
** terminal a progress line shows articles/s, MB/s and the ETA; the summary
** at the end counts articles, sentences, events and errors by kind.
*/
#include "cli.h"

#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define QUEUE_CAP 64

/* A copy of a reader's article that outlives the reader's next record. */
typedef struct job {
  dyad_article a;
  char *mem;
  struct job *next;
} job;

typedef struct ingest {
  cli_opts o;
  dyad_store *store;
  const dyad_dict *dict;
  pthread_mutex_t mu;
  pthread_cond_t not_empty, not_full;
  job *head, *tail;
  int queued;
  int done_reading;
  int stop;             /* a database error: stop reading */
  /* counts (under mu) */
  unsigned long long read, added, unchanged, sentences, events, bytes;
  unsigned long long err_input, err_code, err_db;
  char first_db_error[DYAD_ERRLEN];
  /* progress */
  int progress;
  double t0, last_shown;
  unsigned long long total_bytes, done_bytes_files, cur_offset;
} ingest;

static volatile sig_atomic_t interrupted;
static void on_signal(int sig) { (void)sig; interrupted = 1; }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static job *job_copy(const dyad_article *a) {
  job *j = calloc(1, sizeof *j);
  size_t n = a->id.len + a->url.len + a->title.len + a->text.len + a->source.len + 5;
  j->mem = malloc(n);
  if (!j->mem) {
    fprintf(stderr, "dyad: out of memory\n");
    exit(EXIT_USAGE);
  }
  j->a = *a;
  char *p = j->mem;
  const dyad_str *from[] = {&a->id, &a->url, &a->title, &a->text, &a->source};
  dyad_str *to[] = {&j->a.id, &j->a.url, &j->a.title, &j->a.text, &j->a.source};
  for (int i = 0; i < 5; i++) {
    memcpy(p, from[i]->ptr, from[i]->len);
    p[from[i]->len] = '\0';
    to[i]->ptr = p;
    p += from[i]->len + 1;
  }
  return j;
}

static void job_free(job *j) {
  if (!j) return;
  free(j->mem);
  free(j);
}

static void show_progress(ingest *g, int final) {
  double t = now();
  if (!g->progress || (!final && t - g->last_shown < 0.25)) return;
  g->last_shown = t;
  double el = t - g->t0 > 1e-3 ? t - g->t0 : 1e-3;
  unsigned long long done = g->added + g->unchanged;
  double mb = (double)g->bytes / 1e6;
  char eta[64] = "", bar[24] = "";
  unsigned long long pos = g->done_bytes_files + g->cur_offset;
  if (g->total_bytes && pos > 0 && pos <= g->total_bytes && !final) {
    double left = el * (double)(g->total_bytes - pos) / (double)pos, frac = (double)pos / (double)g->total_bytes;
    int fill = (int)(frac * 20);
    for (int i = 0; i < 20; i++) bar[i] = i < fill ? '#' : '.';
    bar[20] = '\0';
    snprintf(eta, sizeof eta, "  [%s] %3.0f%%  ETA %d:%02d", bar, frac * 100, (int)left / 60, (int)left % 60);
  }
  fprintf(stderr, "\r\033[K%llu articles  %.1f articles/s  %.2f MB/s  %llu events%s", done, done / el,
          mb / el, g->events, eta);
  if (final) fputc('\n', stderr);
  fflush(stderr);
}

static void db_error(ingest *g, const char *msg) {
  g->err_db++;
  if (!g->first_db_error[0]) snprintf(g->first_db_error, sizeof g->first_db_error, "%s", msg);
  g->stop = 1;
  pthread_cond_broadcast(&g->not_full);
}

static void *worker(void *ud) {
  ingest *g = ud;
  dyad_coder *c = NULL;
  if (dyad_coder_new(g->dict, &c) != DYAD_OK) return NULL;
  if (g->o.lang) dyad_coder_set_lang(c, g->o.lang);
  for (;;) {
    pthread_mutex_lock(&g->mu);
    while (!g->head && !g->done_reading) pthread_cond_wait(&g->not_empty, &g->mu);
    job *j = g->head;
    if (!j) {
      pthread_mutex_unlock(&g->mu);
      break;
    }
    g->head = j->next;
    if (!g->head) g->tail = NULL;
    g->queued--;
    int stop = g->stop;
    pthread_cond_signal(&g->not_full);
    pthread_mutex_unlock(&g->mu);
    if (stop) {
      job_free(j);
      continue;
    }
    int present = 0, added = 0, rc;
    const dyad_doc *d = NULL;
    rc = dyad_store_has(g->store, &j->a, &present);
    if (rc == DYAD_OK && !present) {
      if (dyad_coder_code(c, &j->a, &d) != DYAD_OK) {
        char where[600];
        snprintf(where, sizeof where, "%s:%llu", j->a.source.ptr, (unsigned long long)j->a.line);
        fprintf(stderr, "dyad: %s: %s\n", where, dyad_coder_errmsg(c));
        dyad_store_put_error(g->store, where, dyad_coder_errmsg(c));
        pthread_mutex_lock(&g->mu);
        g->err_code++;
        pthread_mutex_unlock(&g->mu);
        job_free(j);
        continue;
      }
      rc = dyad_store_put(g->store, d, &added);
    }
    pthread_mutex_lock(&g->mu);
    if (rc != DYAD_OK) {
      db_error(g, dyad_store_errmsg(g->store));
    } else if (added) {
      g->added++;
      g->sentences += d->n_sentences;
      g->events += d->n_events;
    } else {
      g->unchanged++;
    }
    g->bytes += j->a.text.len;
    show_progress(g, 0);
    pthread_mutex_unlock(&g->mu);
    job_free(j);
  }
  dyad_coder_free(c);
  return NULL;
}

static int on_article(void *ud, const dyad_article *a) {
  ingest *g = ud;
  if (interrupted) return EXIT_INPUT;
  job *j = job_copy(a);
  pthread_mutex_lock(&g->mu);
  while (g->queued >= QUEUE_CAP && !g->stop) pthread_cond_wait(&g->not_full, &g->mu);
  if (g->stop) {
    pthread_mutex_unlock(&g->mu);
    job_free(j);
    return EXIT_DB;
  }
  if (g->tail) g->tail->next = j;
  else g->head = j;
  g->tail = j;
  g->queued++;
  g->read++;
  if (a->index == 0 && g->read > 1) g->done_bytes_files += g->cur_offset;
  g->cur_offset = a->offset;
  pthread_cond_signal(&g->not_empty);
  pthread_mutex_unlock(&g->mu);
  return 0;
}

static void on_input_error(void *ud, const char *message) {
  ingest *g = ud;
  pthread_mutex_lock(&g->mu);
  g->err_input++;
  pthread_mutex_unlock(&g->mu);
  /* "FILE: line N: why" -> where "FILE: line N" */
  char where[512];
  const char *c1 = strstr(message, ": ");
  const char *c2 = c1 ? strstr(c1 + 2, ": ") : NULL;
  size_t n = c2 && (!strncmp(c1 + 2, "line ", 5) || !strncmp(c1 + 2, "byte", 4) || !strncmp(c1 + 2, "offset", 6))
                 ? (size_t)(c2 - message) : c1 ? (size_t)(c1 - message) : strlen(message);
  snprintf(where, sizeof where, "%.*s", (int)(n < sizeof where ? n : sizeof where - 1), message);
  dyad_store_put_error(g->store, where, message);
}

/* Total size of the inputs, for the ETA; 0 when unknown (standard input,
   compressed files, whose offsets count decompressed bytes). */
static unsigned long long walk_total;
static int walk_unknown;
static int walk_fn(const char *path, const struct stat *st, int flag, struct FTW *f) {
  (void)f;
  if (flag == FTW_F) {
    size_t n = strlen(path);
    if ((n > 3 && !strcmp(path + n - 3, ".gz")) || (n > 4 && !strcmp(path + n - 4, ".zst")))
      walk_unknown = 1;
    walk_total += (unsigned long long)st->st_size;
  }
  return 0;
}

static unsigned long long input_size(const cli_opts *o) {
  walk_total = 0;
  walk_unknown = 0;
  for (int i = 0; i < o->n_paths; i++) {
    if (!strcmp(o->paths[i], "-")) return 0;
    nftw(o->paths[i], walk_fn, 16, FTW_PHYS);
  }
  return walk_unknown ? 0 : walk_total;
}

int cmd_ingest(int argc, char **argv) {
  static const char *const vopts[] = {"--db", "--jobs", "-j", NULL};
  ingest g;
  memset(&g, 0, sizeof g);
  char **rest;
  int n_rest, rc = cli_parse(argc, argv, vopts, &g.o, &rest, &n_rest);
  dyad_dict *d = NULL;
  const char *db = NULL;
  long jobs = sysconf(_SC_NPROCESSORS_ONLN);
  pthread_t *th = NULL;
  int nth = 0;
  if (rc) goto cleanup;
  for (int i = 0; i < n_rest; i++) {
    if (!strcmp(rest[i], "--db")) db = rest[++i];
    else if (!strcmp(rest[i], "--jobs") || !strcmp(rest[i], "-j")) jobs = strtol(rest[++i], NULL, 10);
    else {
      fprintf(stderr, "dyad: unknown option: %s\n", rest[i]);
      rc = EXIT_USAGE;
      goto cleanup;
    }
  }
  if (!g.o.paths_given) {
    fprintf(stderr, "dyad: ingest needs input paths (- for standard input)\n");
    rc = EXIT_USAGE;
    goto cleanup;
  }
  if (jobs < 1 || jobs > 256) jobs = jobs < 1 ? 1 : 256;
  db = cli_db_path(db);
  d = cli_load_dict(&g.o);
  if (!d) {
    rc = EXIT_USAGE;
    goto cleanup;
  }
  g.dict = d;
  char err[DYAD_ERRLEN];
  if (dyad_store_open(db, DYAD_STORE_CREATE, &g.store, err) != DYAD_OK) {
    fprintf(stderr, "dyad: %s\n", err);
    rc = EXIT_DB;
    goto cleanup;
  }
  pthread_mutex_init(&g.mu, NULL);
  pthread_cond_init(&g.not_empty, NULL);
  pthread_cond_init(&g.not_full, NULL);
  g.o.on_error = on_input_error;
  g.progress = !g.o.quiet && isatty(2);
  g.t0 = now();
  g.total_bytes = g.progress ? input_size(&g.o) : 0;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  th = calloc((size_t)jobs, sizeof *th);
  for (nth = 0; nth < jobs; nth++)
    if (pthread_create(&th[nth], NULL, worker, &g) != 0) break;
  int read_rc = cli_each_article(&g.o, on_article, &g);
  pthread_mutex_lock(&g.mu);
  g.done_reading = 1;
  pthread_cond_broadcast(&g.not_empty);
  pthread_mutex_unlock(&g.mu);
  for (int i = 0; i < nth; i++) pthread_join(th[i], NULL);
  if (dyad_store_commit(g.store) != DYAD_OK) {
    db_error(&g, dyad_store_errmsg(g.store));
    fprintf(stderr, "dyad: %s: the last batch was not stored\n", db);
  }
  dyad_store_close(g.store);
  g.store = NULL;
  show_progress(&g, 1);
  if (g.first_db_error[0]) fprintf(stderr, "dyad: %s: %s\n", db, g.first_db_error);
  if (interrupted) fprintf(stderr, "dyad: interrupted; what was stored is kept, a re-run resumes\n");
  if (!g.o.quiet)
    fprintf(stderr,
            "dyad: %s: %llu articles read, %llu stored, %llu already in; %llu sentences, %llu events;"
            " errors: %llu input, %llu coding, %llu database\n",
            db, g.read, g.added, g.unchanged, g.sentences, g.events, g.err_input, g.err_code, g.err_db);
  pthread_cond_destroy(&g.not_empty);
  pthread_cond_destroy(&g.not_full);
  pthread_mutex_destroy(&g.mu);
  if (g.err_db) rc = EXIT_DB;
  else if (read_rc == EXIT_INPUT || g.err_input || g.err_code || interrupted) rc = EXIT_INPUT;
  else rc = EXIT_OK;
cleanup:
  dyad_store_close(g.store);
  free(th);
  dyad_dict_free(d);
  free(rest);
  free(g.o.paths);
  return rc;
}
