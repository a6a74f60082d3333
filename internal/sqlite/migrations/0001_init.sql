-- The first schema: articles with their raw inputs, the relations between
-- them, and the events and stories they are clustered into.
--
-- Timestamps are UTC text of fixed width (2006-01-02T15:04:05.000000000Z), so
-- that they sort as text; NULL stands for an unknown time. Lists and maps are
-- JSON text, NULL when empty. Event and story assignments are '' when unset.

CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	ref           TEXT NOT NULL,
	version       INTEGER NOT NULL,
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	published     TEXT,
	lang          TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	paragraphs    TEXT,
	removed       TEXT,
	partial       INTEGER NOT NULL DEFAULT 0,
	format        TEXT NOT NULL DEFAULT '',
	raw_hash      TEXT NOT NULL DEFAULT '',
	extra         TEXT,
	added         TEXT NOT NULL,
	event         TEXT NOT NULL DEFAULT '',
	story         TEXT NOT NULL DEFAULT '',
	processed_at  TEXT
);
CREATE INDEX articles_ref ON articles (ref);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_event ON articles (event);
CREATE INDEX articles_added ON articles (added, id);
CREATE INDEX articles_unprocessed ON articles (added, id) WHERE processed_at IS NULL;

CREATE TABLE raws (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	raw        BLOB NOT NULL
);

CREATE TABLE relations (
	from_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	to_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind     TEXT NOT NULL,
	score    REAL NOT NULL,
	evidence TEXT NOT NULL,
	PRIMARY KEY (from_id, to_id)
);
CREATE INDEX relations_to ON relations (to_id, from_id);

CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	first_seen TEXT,
	last_seen  TEXT
);
CREATE INDEX stories_last_seen ON stories (last_seen, id);

CREATE TABLE events (
	id         TEXT PRIMARY KEY,
	story      TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	first_seen TEXT,
	last_seen  TEXT
);
CREATE INDEX events_story ON events (story);
