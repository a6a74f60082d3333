-- The outlets page and the outlet filter count and select through indexes,
-- not article rows (whose texts spread over many pages): the articles and
-- stories of each outlet from (source, story), an article's outlet by its
-- id from (id, source) when joining the relations. (source, story) also
-- serves what the index on source alone did.
CREATE INDEX IF NOT EXISTS articles_source_story ON articles (source, story);
DROP INDEX IF EXISTS articles_source;
CREATE INDEX IF NOT EXISTS articles_id_source ON articles (id, source);
