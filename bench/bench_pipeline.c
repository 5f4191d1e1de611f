/*
** bench_pipeline.c -- single-thread throughput of the text pipeline, stage by
** stage, over one big corpus file.
**
**   bench_pipeline CORPUS [TARGET_MB]
**
** CORPUS is any input the readers accept; scripts/run-bench builds a JSON
** Lines file of the sample articles replicated to TARGET_MB (default 200).
** The program loads the dictionaries (timed), then runs three stages, each
** once over the whole file, on one thread, timed by the monotonic clock:
**
**   read      dyad_reader_next over every record
**   analyze   read + dyad_coder_analyze (language, sentences, tokens)
**   actors    read + dyad_coder_actors (the above plus actor mentions)
**   code      read + dyad_coder_code (the above plus events), no output
**
** and prints one "bench:" line per figure.  MB/s is over the file's bytes,
** so it compares directly with `wc -w` over the same file.  The file is read
** once, untimed, before the stages so that every stage starts with it in the
** page cache.
*/
#include "dyad.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MB (1024.0 * 1024.0)

enum { STAGE_READ, STAGE_ANALYZE, STAGE_ACTORS, STAGE_CODE };

typedef struct totals {
  uint64_t articles, sentences, tokens, mentions, events, text_bytes;
  uint64_t read_errors, analyze_errors;
  double seconds;
} totals;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double peak_rss_mb(void) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return (double)ru.ru_maxrss / 1024.0; /* ru_maxrss is in KiB on Linux */
}

/* Reads the whole file once so the timed stages all find it in the page
   cache.  Returns its size, or -1. */
static long long warm_file(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  static char buf[1 << 20];
  long long total = 0;
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) total += n;
  close(fd);
  return n < 0 ? -1 : total;
}

/* One pass over the corpus.  Returns 0, or -1 when the file cannot be opened. */
static int run_stage(const char *path, dyad_coder *c, int stage, totals *t) {
  char err[DYAD_ERRLEN];
  dyad_reader *r = NULL;
  memset(t, 0, sizeof *t);
  double t0 = now();
  if (dyad_reader_open(path, NULL, &r, err) != DYAD_OK) {
    fprintf(stderr, "bench_pipeline: %s\n", err);
    return -1;
  }
  const dyad_article *a;
  int rc;
  while ((rc = dyad_reader_next(r, &a)) != DYAD_DONE) {
    if (rc != DYAD_OK) {
      if (t->read_errors++ < 3) fprintf(stderr, "bench_pipeline: %s\n", dyad_reader_errmsg(r));
      continue;
    }
    t->articles++;
    t->text_bytes += a->text.len;
    if (stage == STAGE_READ) continue;
    const dyad_doc *d = NULL;
    rc = stage == STAGE_CODE     ? dyad_coder_code(c, a, &d)
         : stage == STAGE_ACTORS ? dyad_coder_actors(c, a, &d)
                                 : dyad_coder_analyze(c, a, &d);
    if (rc != DYAD_OK) {
      if (t->analyze_errors++ < 3) fprintf(stderr, "bench_pipeline: %s\n", dyad_coder_errmsg(c));
      continue;
    }
    t->sentences += d->n_sentences;
    t->tokens += d->n_tokens;
    t->mentions += d->n_mentions;
    t->events += d->n_events;
  }
  dyad_reader_free(r);
  t->seconds = now() - t0;
  return 0;
}

static void report(const char *name, int stage, const totals *t, double file_bytes) {
  double s = t->seconds > 0 ? t->seconds : 1e-9;
  printf("bench: %-12s %8.1f MB/s %9.0f articles/s", name, file_bytes / MB / s, (double)t->articles / s);
  if (stage != STAGE_READ)
    printf(" %10.0f sentences/s %11.0f tokens/s", (double)t->sentences / s, (double)t->tokens / s);
  if (stage == STAGE_ACTORS) printf(" %10.0f mentions/s", (double)t->mentions / s);
  if (stage == STAGE_CODE) printf(" %10.0f events/s", (double)t->events / s);
  printf("   (%.2f s)\n", t->seconds);
  if (t->read_errors || t->analyze_errors)
    printf("bench: %-12s %llu records skipped, %llu analysis errors\n", name,
           (unsigned long long)t->read_errors, (unsigned long long)t->analyze_errors);
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: bench_pipeline CORPUS [TARGET_MB]\n");
    return 1;
  }
  const char *path = argv[1];
  double target_mb = argc > 2 ? atof(argv[2]) : 200.0;

  long long size = warm_file(path);
  if (size < 0) {
    fprintf(stderr, "bench_pipeline: %s: %s\n", path, strerror(errno));
    return 2;
  }
  if ((double)size / MB < target_mb)
    printf("bench: note: corpus is %.1f MB, below the %.0f MB target; figures are noisier\n",
           (double)size / MB, target_mb);

  char err[DYAD_ERRLEN];
  dyad_dict *dict = NULL;
  double t0 = now();
  if (dyad_dict_load(NULL, &dict, err) != DYAD_OK) {
    fprintf(stderr, "bench_pipeline: %s\n", err);
    return 1;
  }
  double load = now() - t0;
  dyad_coder *coder = NULL;
  if (dyad_coder_new(dict, &coder) != DYAD_OK) {
    fprintf(stderr, "bench_pipeline: cannot create a coder\n");
    dyad_dict_free(dict);
    return 1;
  }
  printf("bench: dict load    %8.3f s\n", load);
  printf("bench: peak RSS after load %6.1f MB\n", peak_rss_mb());

  static const struct {
    const char *name;
    int stage;
  } STAGES[] = {{"read", STAGE_READ}, {"analyze", STAGE_ANALYZE}, {"actors", STAGE_ACTORS}, {"code", STAGE_CODE}};
  totals t;
  int status = 0;
  for (size_t i = 0; i < sizeof STAGES / sizeof STAGES[0]; i++) {
    if (run_stage(path, coder, STAGES[i].stage, &t) != 0) {
      status = 2;
      break;
    }
    if (i == 0)
      printf("bench: corpus %.1f MB, %llu articles, %.1f MB of text\n", (double)size / MB,
             (unsigned long long)t.articles, (double)t.text_bytes / MB);
    report(STAGES[i].name, STAGES[i].stage, &t, (double)size);
  }
  if (status == 0) {
    printf("bench: totals       %llu sentences, %llu tokens, %llu mentions\n",
           (unsigned long long)t.sentences, (unsigned long long)t.tokens,
           (unsigned long long)t.mentions);
    printf("bench: peak RSS at end %6.1f MB\n", peak_rss_mb());
  }
  dyad_coder_free(coder);
  dyad_dict_free(dict);
  return status;
}
