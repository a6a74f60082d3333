-- What the sources say, computed once instead of on every view: the facts
-- of each article, made when it is processed, and the merged facts of each
-- story, made again when it changes (stale from the change until then).
-- data is the facts stage's encoding, version the version of its rules.
-- It may run again on a schema that has it (IF NOT EXISTS).
CREATE TABLE IF NOT EXISTS article_facts (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	version    INTEGER NOT NULL,
	data       BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS story_facts (
	story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	version  INTEGER NOT NULL,
	stale    INTEGER NOT NULL DEFAULT 0,
	data     BLOB NOT NULL
);
