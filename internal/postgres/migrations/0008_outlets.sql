-- The outlets page and the outlet filter count and select through indexes:
-- the articles and stories of each outlet from (source, story), which also
-- serves what the index on source alone did.
CREATE INDEX IF NOT EXISTS articles_source_story ON articles (source, story);
DROP INDEX IF EXISTS articles_source;
