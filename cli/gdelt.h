/*
** gdelt.h -- GDELT 2.0 rows, written by `dyad code --format tsv` (one event
** per statement) and `dyad export --format gdelt` (deduplicated events and
** their mentions).  Both fill a gdelt_event; gdelt.c knows the columns.
*/
#ifndef DYAD_CLI_GDELT_H
#define DYAD_CLI_GDELT_H

#include <stdio.h>

typedef struct gdelt_actor {
  const char *code, *name, *country;
} gdelt_actor;

typedef struct gdelt_event {
  const char *id;            /* GlobalEventID */
  const char *date;          /* YYYY-MM-DD, YYYY-MM, YYYY or "" */
  gdelt_actor a1, a2;
  int is_root;
  const char *code, *root;
  int quad_class;
  double goldstein;
  long long num_mentions, num_sources, num_articles;
  int has_place, has_coords;  /* ActionGeo */
  int geo_type;               /* GDELT's: 1 country, 4 city, 5 region; 0: 4 with
                                 coordinates, else 1 */
  const char *place_name, *place_country;
  double lat, lon;
  const char *added;          /* DATEADDED, YYYYMMDDhhmmss */
  const char *url;            /* SOURCEURL */
} gdelt_event;

/* The 61 tab-separated columns of a GDELT 2.0 event, and a newline. */
void gdelt_write_event(FILE *f, const gdelt_event *e);

typedef struct gdelt_mention {
  const char *event_id, *event_date, *added, *source_name, *url;
  long long sentence;        /* 1-based */
  long long a1_offset, a2_offset, action_offset, doc_len;
} gdelt_mention;

/* The 16 tab-separated columns of a GDELT 2.0 mention, and a newline. */
void gdelt_write_mention(FILE *f, const gdelt_mention *m);

#endif
