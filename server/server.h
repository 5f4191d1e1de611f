/*
** server.h -- shared pieces of `dyad serve`, the HTTP API and web page.
**
** The server uses only the public API (dyad.h).  http.c wires libmicrohttpd
** (limits, security headers, shutdown) and is the command's entry point;
** api.c turns a request path and its parameters into store queries and the
** rows into JSON; json.c is the growable buffer and the JSON writer both use;
** assets.c finds the page's files in the table the build embeds from web/.
** Nothing here touches the file system except the database.
*/
#ifndef DYAD_SERVER_H
#define DYAD_SERVER_H

#include "dyad.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Limits of the API (the README lists them). */
#define SRV_MAX_URI 2048       /* bytes of path plus query string, else 414 */
#define SRV_MAX_PARAM 256      /* bytes of one parameter value, else 400 */
#define SRV_MAX_PARAMS 32      /* parameters in one request, else 400 */
#define SRV_PAGE_DEFAULT 50    /* rows when no limit is given */
#define SRV_PAGE_MAX 1000      /* the largest limit accepted */
#define SRV_OFFSET_MAX 10000000

/* A growable byte buffer.  ptr is NULL until the first write; a failed
   allocation sets oom and makes every later write a no-op. */
typedef struct srv_buf {
  char *ptr;
  size_t len, cap;
  int oom;
} srv_buf;

void srv_buf_put(srv_buf *b, const char *s, size_t n);
void srv_buf_puts(srv_buf *b, const char *s);
void srv_buf_printf(srv_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void srv_buf_free(srv_buf *b);

/* JSON output.  Strings are escaped for any context: quotes, backslashes and
   control characters, also < > & and U+2028/2029 as \u escapes; an invalid
   UTF-8 sequence becomes U+FFFD. */
void srv_json_str(srv_buf *b, const char *s, size_t n);
void srv_json_value(srv_buf *b, const dyad_value *v);
void srv_json_double(srv_buf *b, double d);

/* A query-string parameter, as libmicrohttpd decoded it. */
typedef struct srv_param {
  const char *key, *value;
} srv_param;

/* A pool of read-only store handles, one per worker thread, so queries run in
   parallel (a single handle serializes its callers). */
typedef struct srv_pool srv_pool;

/* Opens n handles on path with DYAD_STORE_READONLY.  Returns a dyad_rc with a
   message in err. */
int srv_pool_open(const char *path, int n, srv_pool **out, char err[DYAD_ERRLEN]);
void srv_pool_free(srv_pool *p);

/* How the API answers one request: a status and a JSON body. */
typedef struct srv_reply {
  int status;
  srv_buf body;
} srv_reply;

/* Answers a GET of path (an /api/ path, already percent-decoded) with the
   given parameters, within query_ms milliseconds of query time.  Always fills
   out: a JSON document, {"error": "..."} for a failure. */
void srv_api_handle(srv_pool *pool, int query_ms, const char *path,
                    const srv_param *params, size_t n_params, srv_reply *out);

/* Writes {"error":"msg","code":"..."} and sets the status. */
void srv_reply_error(srv_reply *r, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* An embedded file of the web page. */
typedef struct srv_asset {
  const char *name;    /* "app.js" */
  const char *ptr;
  size_t len;
  const char *ctype;   /* its Content-Type */
  char etag[20];       /* a quoted hash of the content */
} srv_asset;

/* Finds the asset served at path ("/" is index.html).  Returns 1 and *out,
   or 0: nothing outside the embedded table is ever served. */
int srv_asset_find(const char *path, srv_asset *out);

/* The command: dyad serve [--db FILE] [--port N] [--bind ADDR] ... */
int cmd_serve(int argc, char **argv);

#endif
