-- What the sources say, computed once instead of on every view: the facts
-- of each article, made when it is processed, and the merged facts of each
-- story, made again when it changes (stale from the change until then). The
-- same shape as the SQLite store's 0004. It may run again on a schema that
-- has it (IF NOT EXISTS): a store forgetting an older migration re-applies
-- the ones after it.
CREATE TABLE IF NOT EXISTS article_facts (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	version    integer NOT NULL,
	data       bytea NOT NULL
);

CREATE TABLE IF NOT EXISTS story_facts (
	story_id text COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	version  integer NOT NULL,
	stale    boolean NOT NULL DEFAULT false,
	data     bytea NOT NULL
);
