/*
** store.h -- private pieces shared by store.c (opening, writing) and
** query.c (reading).  Nothing here is public.
**
**   dyad_store
**     db ------------> sqlite3 connection (WAL, one per handle)
**     lock             serializes every call on the handle
**     stmt[] --------> prepared statements of the write path, made once
**     in_txn, batch    the open write batch: articles since BEGIN, its start
**     err              message of the last failed call
*/
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include "internal.h"

#include <pthread.h>
#include <sqlite3.h>

enum {
  ST_FIND_ARTICLE,
  ST_INSERT_ARTICLE,
  ST_INSERT_SENTENCE,
  ST_INSERT_MENTION,
  ST_UPSERT_ACTOR_MENTION,
  ST_FIND_EVENT,
  ST_INSERT_EVENT,
  ST_BUMP_EVENT,
  ST_SOURCE_SEEN,
  ST_INSERT_EVENT_MENTION,
  ST_ACTOR_EVENT,
  ST_UPSERT_DYAD,
  ST_INSERT_QUOTE,
  ST_INSERT_FTS,
  ST_INSERT_ERROR,
  ST_COUNT
};

struct dyad_store {
  sqlite3 *db;
  pthread_mutex_t lock;
  unsigned flags;
  sqlite3_stmt *stmt[ST_COUNT];
  int in_txn;
  unsigned batch;          /* articles written in the open transaction */
  double batch_start;      /* when it began (seconds, monotonic) */
  char err[DYAD_ERRLEN];
};

/* Sets s->err from the connection's message with a prefix; returns DYAD_DB. */
int dyad_store_dberr(dyad_store *s, const char *what);

#endif
