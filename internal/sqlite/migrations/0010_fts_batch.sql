-- The full-text index of new articles is written once per batch by
-- PutArticles, not by a trigger per article: FTS5 writes what it holds to
-- disk whenever a statement opens a savepoint, which every INSERT into
-- articles did, so that each article became a segment of its own, merged
-- again and again (half of what storing an article cost in the profile of
-- copydesk add). The delete and update triggers stay.
DROP TRIGGER IF EXISTS articles_fts_insert;
