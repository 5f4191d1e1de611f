/*
** http.c -- `dyad serve`: the HTTP server on libmicrohttpd.
**
** The command's entry point (cmd_serve, listed in the CLI's command table).
** It opens the database read-only (a pool of handles, api.c), starts a
** libmicrohttpd daemon with a pool of worker threads on a loopback address
** unless told otherwise, prints its address and waits for SIGINT or SIGTERM;
** then it stops accepting, lets open requests finish (at most two seconds)
** and closes.
**
** Every request passes here first: only GET and HEAD (else 405), the URI no
** longer than SRV_MAX_URI (else 414; libmicrohttpd itself refuses a request
** line or headers over its per-connection memory), then /api/ paths go to
** api.c and every other path to the embedded assets (assets.c) or a 404.
** Every response carries a Content-Security-Policy that allows only the
** page's own files (no inline script or style), X-Content-Type-Options
** nosniff, and no caching of API answers.
*/
#include "server.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CSP                                                                                    \
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "           \
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "                 \
  "form-action 'self'; frame-ancestors 'none'"

typedef struct server {
  srv_pool *pool;
  int query_ms;
  int verbose;
} server;

/* Per-request state, made by the URI logger before the headers are parsed. */
typedef struct request {
  size_t uri_len;
  struct timespec start;
} request;

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c) {
  request *rq = calloc(1, sizeof *rq);
  if (rq) {
    rq->uri_len = strlen(uri);
    clock_gettime(CLOCK_MONOTONIC, &rq->start);
  }
  return rq;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe) {
  free(*con_cls);
  *con_cls = NULL;
}

typedef struct params {
  srv_param p[SRV_MAX_PARAMS + 1];
  size_t n;
} params;

static enum MHD_Result on_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
  params *ps = cls;
  if (ps->n == sizeof ps->p / sizeof ps->p[0]) return MHD_NO; /* api.c reports too many */
  ps->p[ps->n].key = key;
  ps->p[ps->n].value = value ? value : "";
  ps->n++;
  return MHD_YES;
}

static void add_headers(struct MHD_Response *resp, const char *ctype, int api) {
  MHD_add_response_header(resp, "Content-Type", ctype);
  MHD_add_response_header(resp, "Content-Security-Policy", CSP);
  MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(resp, "X-Frame-Options", "DENY");
  MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(resp, "Cache-Control", api ? "no-store" : "no-cache");
}

static enum MHD_Result send_json(struct MHD_Connection *c, srv_reply *r, const char *allow) {
  static const char OOM[] = "{\"error\":\"out of memory\",\"code\":\"unavailable\"}";
  struct MHD_Response *resp;
  int status = r->status;
  if (r->body.oom || !r->body.ptr) {
    srv_buf_free(&r->body);
    status = 503;
    resp = MHD_create_response_from_buffer(sizeof OOM - 1, (void *)(uintptr_t)OOM, MHD_RESPMEM_PERSISTENT);
  } else {
    resp = MHD_create_response_from_buffer(r->body.len, r->body.ptr, MHD_RESPMEM_MUST_FREE);
    if (resp) r->body.ptr = NULL; /* the response owns it now */
    srv_buf_free(&r->body);
  }
  if (!resp) return MHD_NO;
  add_headers(resp, "application/json; charset=utf-8", 1);
  if (allow) MHD_add_response_header(resp, "Allow", allow);
  enum MHD_Result ok = MHD_queue_response(c, (unsigned)status, resp);
  MHD_destroy_response(resp);
  return ok;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *allow, const char *msg) {
  srv_reply r = {0};
  srv_reply_error(&r, status, "%s", msg);
  return send_json(c, &r, allow);
}

static enum MHD_Result send_asset(struct MHD_Connection *c, const srv_asset *a) {
  const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
  int fresh = inm && strcmp(inm, a->etag) == 0;
  struct MHD_Response *resp =
      fresh ? MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT)
            : MHD_create_response_from_buffer(a->len, (void *)(uintptr_t)a->ptr, MHD_RESPMEM_PERSISTENT);
  if (!resp) return MHD_NO;
  add_headers(resp, a->ctype, 0);
  MHD_add_response_header(resp, "ETag", a->etag);
  enum MHD_Result ok = MHD_queue_response(c, fresh ? MHD_HTTP_NOT_MODIFIED : MHD_HTTP_OK, resp);
  MHD_destroy_response(resp);
  return ok;
}

static void log_request(const server *sv, const request *rq, const char *method, const char *url, int status) {
  if (!sv->verbose || !rq) return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double ms = (double)(now.tv_sec - rq->start.tv_sec) * 1e3 + (double)(now.tv_nsec - rq->start.tv_nsec) / 1e6;
  fprintf(stderr, "dyad: %s %.200s %d %.1f ms\n", method, url, status, ms);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls) {
  server *sv = cls;
  request *rq = *con_cls;
  if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
    log_request(sv, rq, method, url, 405);
    return send_error(c, 405, "GET, HEAD", "method not allowed: only GET and HEAD");
  }
  if (rq && rq->uri_len > SRV_MAX_URI) {
    log_request(sv, rq, method, url, 414);
    return send_error(c, 414, NULL, "the request URI is too long (at most 2048 bytes)");
  }
  if (strncmp(url, "/api/", 5) == 0 || strcmp(url, "/api") == 0) {
    params ps;
    ps.n = 0;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, on_param, &ps);
    srv_reply r = {0};
    srv_api_handle(sv->pool, sv->query_ms, url, ps.p, ps.n, &r);
    log_request(sv, rq, method, url, r.status);
    return send_json(c, &r, NULL);
  }
  srv_asset a;
  if (srv_asset_find(url, &a)) {
    log_request(sv, rq, method, url, 200);
    return send_asset(c, &a);
  }
  log_request(sv, rq, method, url, 404);
  return send_error(c, 404, NULL, "not found");
}

/* ------------------------------------------------------------------------
** The command.
*/
static void usage(FILE *f) {
  fprintf(f,
          "usage: dyad serve [--db FILE] [--port N] [--bind ADDR] [--threads N]\n"
          "                  [--query-timeout MS] [-v]\n\n"
          "Serves the event database read-only: a JSON API under /api/ and the web\n"
          "page at /.  --db defaults to $DYAD_DB, else ./dyad.db; --port to 8080 (0\n"
          "picks a free one); --bind to 127.0.0.1 (loopback: give 0.0.0.0 or :: to be\n"
          "reachable from other machines).  --threads: worker threads (default: the\n"
          "number of processors, at least 2); --query-timeout: the longest a query may\n"
          "run (default 10000 ms); -v logs every request on standard error.\n"
          "SIGINT or SIGTERM stops the server after the requests in progress.\n");
}

static int parse_num(const char *v, long lo, long hi, long *out) {
  if (!v || !*v) return 0;
  char *end;
  errno = 0;
  long x = strtol(v, &end, 10);
  if (errno || *end || x < lo || x > hi) return 0;
  *out = x;
  return 1;
}

static int is_loopback(const struct sockaddr_storage *ss) {
  if (ss->ss_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    return (ntohl(a->sin_addr.s_addr) >> 24) == 127;
  }
  const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
  return IN6_IS_ADDR_LOOPBACK(&a->sin6_addr);
}

/* Waits until no connection is open or ms have passed. */
static void drain(struct MHD_Daemon *d, int ms) {
  for (int waited = 0; waited < ms; waited += 20) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    if (!info || info->num_connections == 0) return;
    struct timespec t = {0, 20 * 1000000L};
    nanosleep(&t, NULL);
  }
}

int cmd_serve(int argc, char **argv) {
  const char *db = getenv("DYAD_DB");
  const char *bind_addr = "127.0.0.1";
  long port = 8080, threads = sysconf(_SC_NPROCESSORS_ONLN), query_ms = 10000;
  int verbose = 0;
  if (!db || !*db) db = "dyad.db";
  if (threads < 2) threads = 2;
  if (threads > 16) threads = 16;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
      verbose = 1;
      continue;
    } else if (!v) {
      fprintf(stderr, "dyad: serve: %s needs a value (try: dyad serve --help)\n", a);
      return 1;
    } else if (strcmp(a, "--db") == 0) {
      db = v;
    } else if (strcmp(a, "--bind") == 0) {
      bind_addr = v;
    } else if (strcmp(a, "--port") == 0) {
      if (!parse_num(v, 0, 65535, &port)) goto bad;
    } else if (strcmp(a, "--threads") == 0) {
      if (!parse_num(v, 1, 64, &threads)) goto bad;
    } else if (strcmp(a, "--query-timeout") == 0) {
      if (!parse_num(v, 10, 600000, &query_ms)) goto bad;
    } else {
      fprintf(stderr, "dyad: serve: unknown option '%s' (try: dyad serve --help)\n", a);
      return 1;
    }
    i++;
    continue;
  bad:
    fprintf(stderr, "dyad: serve: bad value for %s: '%s'\n", a, v);
    return 1;
  }

  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  if (strcmp(bind_addr, "localhost") == 0) bind_addr = "127.0.0.1";
  struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
  struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
  if (inet_pton(AF_INET, bind_addr, &in4->sin_addr) == 1) {
    in4->sin_family = AF_INET;
    in4->sin_port = htons((uint16_t)port);
  } else if (inet_pton(AF_INET6, bind_addr, &in6->sin6_addr) == 1) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
  } else {
    fprintf(stderr, "dyad: serve: bad address for --bind: '%s' (a numeric IPv4 or IPv6 address)\n", bind_addr);
    return 1;
  }

  int status = 0;
  char err[DYAD_ERRLEN];
  srv_pool *pool = NULL;
  struct MHD_Daemon *d = NULL;
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);

  int rc = srv_pool_open(db, (int)threads, &pool, err);
  if (rc != DYAD_OK) {
    if (rc == DYAD_NOTFOUND)
      fprintf(stderr, "dyad: %s: no such database (make one with: dyad ingest FILE --db %s)\n", db, db);
    else
      fprintf(stderr, "dyad: %s: %s\n", db, err);
    status = 3;
    goto cleanup;
  }

  /* The worker threads inherit this mask: the signals reach sigwait below. */
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);
  server sv = {pool, (int)query_ms, verbose};
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ITC | MHD_USE_ERROR_LOG;
  if (ss.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
  d = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, on_request, &sv,
                       MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                       MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
                       MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
                       MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
                       MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
                       MHD_OPTION_URI_LOG_CALLBACK, on_uri, NULL,
                       MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
                       MHD_OPTION_END);
  if (!d) {
    fprintf(stderr, "dyad: serve: cannot listen on %s port %ld (in use, or not an address of this machine?)\n",
            bind_addr, port);
    status = 1;
    goto cleanup;
  }
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  unsigned bound = info ? info->port : (unsigned)port;
  if (!is_loopback(&ss))
    fprintf(stderr, "dyad: serve: listening on %s: other machines can reach this server\n", bind_addr);
  if (ss.ss_family == AF_INET6) printf("dyad: serving %s at http://[%s]:%u/\n", db, bind_addr, bound);
  else printf("dyad: serving %s at http://%s:%u/\n", db, bind_addr, bound);
  fflush(stdout);

  int sig = 0;
  while (sigwait(&stop, &sig) != 0) {
  }
  fprintf(stderr, "dyad: serve: %s, stopping\n", sig == SIGINT ? "interrupted" : "terminated");
  MHD_socket lsock = MHD_quiesce_daemon(d); /* no new connections */
  if (lsock != MHD_INVALID_SOCKET) close(lsock);
  drain(d, 2000);

cleanup:
  if (d) MHD_stop_daemon(d);
  srv_pool_free(pool);
  return status;
}
