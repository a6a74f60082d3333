-- The store: articles with their raw inputs, the relations between them, and
-- the events and stories they are clustered into. The same shape as the
-- SQLite store's schema (internal/sqlite/migrations).
--
-- Times are UTC text of fixed width (2006-01-02T15:04:05.000000000Z), not
-- timestamptz: the Store keeps nanoseconds and timestamptz holds microseconds.
-- They and every key sort with the "C" collation, byte by byte, whatever the
-- database's locale, so that orders match the SQLite store. NULL stands for an
-- unknown time. Lists and maps are json (kept as written, unlike jsonb, which
-- refuses \u0000), NULL when empty. Event and story assignments are '' when
-- unset.

CREATE TABLE articles (
	id            text COLLATE "C" PRIMARY KEY,
	ref           text COLLATE "C" NOT NULL,
	version       integer NOT NULL,
	url           text NOT NULL DEFAULT '',
	canonical_url text NOT NULL DEFAULT '',
	source        text NOT NULL DEFAULT '',
	title         text NOT NULL DEFAULT '',
	byline        text NOT NULL DEFAULT '',
	published     text COLLATE "C",
	lang          text NOT NULL DEFAULT '',
	text          text NOT NULL,
	paragraphs    json,
	removed       json,
	partial       boolean NOT NULL DEFAULT false,
	format        text NOT NULL DEFAULT '',
	raw_hash      text NOT NULL DEFAULT '',
	extra         json,
	added         text COLLATE "C" NOT NULL,
	event         text COLLATE "C" NOT NULL DEFAULT '',
	story         text COLLATE "C" NOT NULL DEFAULT '',
	placement     json,
	processed_at  text COLLATE "C",
	UNIQUE (ref, version)
);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_event ON articles (event);
CREATE INDEX articles_added ON articles (added, id);
CREATE INDEX articles_unprocessed ON articles (added, id) WHERE processed_at IS NULL;

CREATE TABLE raws (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	raw        bytea NOT NULL
);

CREATE TABLE relations (
	from_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	to_id    text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind     text NOT NULL,
	score    double precision NOT NULL,
	evidence json NOT NULL,
	PRIMARY KEY (from_id, to_id)
);
CREATE INDEX relations_to ON relations (to_id, from_id);

CREATE TABLE stories (
	id         text COLLATE "C" PRIMARY KEY,
	title      text NOT NULL DEFAULT '',
	first_seen text COLLATE "C",
	last_seen  text COLLATE "C"
);
CREATE INDEX stories_last_seen ON stories (last_seen, id);

CREATE TABLE events (
	id         text COLLATE "C" PRIMARY KEY,
	story      text COLLATE "C" NOT NULL DEFAULT '',
	title      text NOT NULL DEFAULT '',
	first_seen text COLLATE "C",
	last_seen  text COLLATE "C"
);
CREATE INDEX events_story ON events (story);
