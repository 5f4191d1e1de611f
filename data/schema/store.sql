-- store.sql -- the schema of a dyad event database, version 1.
--
-- The library runs this file when it creates a database (dyad_store_open
-- with DYAD_STORE_CREATE).  docs/schema.md explains every table.  Offsets
-- are byte offsets into articles.text.  Dates are text (YYYY-MM-DD, YYYY-MM
-- or YYYY, '' when unknown) with day / day_end, the first and last day they
-- cover as YYYYMMDD integers, for range filters.

PRAGMA application_id = 1685676388;   -- 'dyad'
PRAGMA user_version = 1;

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per input article.  doc_key is the record's id, else its url,
-- else "file#index"; hash is a 64-bit hash of text (hex).
CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  doc_key        TEXT NOT NULL UNIQUE,
  doc_id         TEXT NOT NULL,
  url            TEXT NOT NULL,
  domain         TEXT NOT NULL,     -- host of url, else the input file name
  title          TEXT NOT NULL,
  date           TEXT NOT NULL,
  lang           TEXT NOT NULL,
  source_file    TEXT NOT NULL,
  hash           TEXT NOT NULL,
  text           TEXT NOT NULL,
  n_sentences    INTEGER NOT NULL,
  n_events       INTEGER NOT NULL,
  added          TEXT NOT NULL      -- UTC YYYYMMDDhhmmss
);

CREATE TABLE sentences (
  article_id  INTEGER NOT NULL,
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  paragraph   INTEGER NOT NULL,
  flags       INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Actor mentions found in the text (dyad_mention).
CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  code        TEXT NOT NULL,
  flags       INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);

-- Actors seen, with running counts (mentions in text, deduplicated events).
CREATE TABLE actors (
  code      TEXT PRIMARY KEY,
  country   TEXT NOT NULL,
  name      TEXT NOT NULL,
  mentions  INTEGER NOT NULL DEFAULT 0,
  events    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_events ON actors(events DESC, mentions DESC);

-- Deduplicated events: one row per (date, source, target, code).
CREATE TABLE events (
  id                INTEGER PRIMARY KEY,
  date              TEXT NOT NULL,
  date_precision    INTEGER NOT NULL,
  day               INTEGER NOT NULL,
  day_end           INTEGER NOT NULL,
  source            TEXT NOT NULL,
  source_country    TEXT NOT NULL,
  source_name       TEXT NOT NULL,
  target            TEXT NOT NULL,
  target_country    TEXT NOT NULL,
  target_name       TEXT NOT NULL,
  code              TEXT NOT NULL,
  root              TEXT NOT NULL,
  quad_class        INTEGER NOT NULL,
  goldstein         REAL NOT NULL,
  plover            TEXT NOT NULL,
  lang              TEXT NOT NULL,
  num_mentions      INTEGER NOT NULL,
  num_articles      INTEGER NOT NULL,
  num_sources       INTEGER NOT NULL,
  first_mention     INTEGER NOT NULL,
  added             TEXT NOT NULL,
  UNIQUE (date, source, target, code)
);
-- Indexes: by day (newest first; covering the grouped dyads), by actor and
-- country with the day (filtered lists come newest first without a sort),
-- by root with the day, and by pair of actors or countries (covering the
-- timelines).
CREATE INDEX events_day ON events(day, day_end, source, target, quad_class, goldstein);
CREATE INDEX events_source ON events(source, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_scountry ON events(source_country, day);
CREATE INDEX events_tcountry ON events(target_country, day);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_pair ON events(source, target, day, date_precision, goldstein);
CREATE INDEX events_cpair ON events(source_country, target_country, day, date_precision, goldstein);

-- Every time an event is stated: its article, sentence and evidence.
CREATE TABLE event_mentions (
  id                INTEGER PRIMARY KEY,
  event_id          INTEGER NOT NULL,
  article_id        INTEGER NOT NULL,
  sentence          INTEGER NOT NULL,
  is_root           INTEGER NOT NULL,   -- in the lead paragraph
  source_start      INTEGER NOT NULL,
  source_end        INTEGER NOT NULL,
  target_start      INTEGER NOT NULL,
  target_end        INTEGER NOT NULL,
  trigger_start     INTEGER NOT NULL,
  trigger_end       INTEGER NOT NULL,
  negated           INTEGER NOT NULL,
  attribution       TEXT NOT NULL,
  rule              TEXT NOT NULL,
  location_name     TEXT,
  location_country  TEXT,
  lat               REAL,
  lon               REAL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_article ON event_mentions(article_id);

-- Pairs of actors with running counts over deduplicated events.
CREATE TABLE dyads (
  source         TEXT NOT NULL,
  target         TEXT NOT NULL,
  events         INTEGER NOT NULL,
  goldstein_sum  REAL NOT NULL,
  q1             INTEGER NOT NULL,
  q2             INTEGER NOT NULL,
  q3             INTEGER NOT NULL,
  q4             INTEGER NOT NULL,
  PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX dyads_events ON dyads(events DESC);

CREATE TABLE quotes (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL,
  sentence         INTEGER NOT NULL,
  start            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  speaker          TEXT NOT NULL,     -- actor code, '' when unknown
  speaker_name     TEXT NOT NULL,
  speaker_country  TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

-- Input that could not be read: where (file and line or offset) and why.
CREATE TABLE input_errors (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  place    TEXT NOT NULL,
  message  TEXT NOT NULL
);

-- Full-text index over titles and texts, accents and case ignored.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
