-- The shared copy index (copydesk.SharedIndex): every processed or queued
-- article filed under its copy keys (MinHash bands, anchor shingles,
-- sentence anchors; a 64-bit hash each, kept as bigint) and its translation
-- keys, at its place in the processing order (added, then id), so that any
-- worker finds the candidates of an article among those before it with one
-- index range per key, and none replays the store into memory. matches holds
-- what the workers found for each article (verified pairs with their
-- direction, the pipeline's encoding) until the ordered step takes it.
-- No foreign keys: the rows are written by the thousand per batch, and an
-- article is never deleted while its keys are in use.
CREATE TABLE IF NOT EXISTS copy_keys (
	key     bigint NOT NULL,
	added   text COLLATE "C" NOT NULL,
	article text COLLATE "C" NOT NULL,
	PRIMARY KEY (key, added, article)
);

CREATE TABLE IF NOT EXISTS translation_keys (
	key     text COLLATE "C" NOT NULL,
	added   text COLLATE "C" NOT NULL,
	article text COLLATE "C" NOT NULL,
	lang    text NOT NULL,
	PRIMARY KEY (key, added, article)
);

CREATE TABLE IF NOT EXISTS matches (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	data       bytea NOT NULL
);
