-- Search without reading every article: a full-text vector of each
-- article's title and text (the 'simple' configuration: lower-cased words,
-- no stemming, as the views split them) with a GIN index; and an index on
-- the outlet, which the outlet filter and counts read. The vector reads at
-- most the first 500,000 characters, under PostgreSQL's limit on a
-- tsvector's size.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector
	GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, left(title || ' ' || text, 500000))) STORED;
CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin (search);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);
