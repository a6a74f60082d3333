-- The outlets page and the outlet counts read a tally kept by triggers, not
-- aggregates over every article and relation: at 100,000 articles the four
-- aggregates took 260-410 ms of CPU a request, 44% of it looking each
-- relation's two articles up by id. A write costs a few index look-ups more.
--
-- outlet_counts holds, per outlet (an article's source), n for what:
--   'articles'   its articles;
--   'stories'    the stories its articles are in (outlet_stories' rows);
--   'copying'    its articles that are the copy side of a relation;
--   'from:KIND'  relations of that kind whose original is its article;
--   'to:KIND'    relations of that kind whose copy is its article.
-- storekit.OutletTally reads the same names from the aggregates (PostgreSQL),
-- and TestOutletCountsTally checks the two agree.
CREATE TABLE IF NOT EXISTS outlet_counts (
	source TEXT NOT NULL,
	what   TEXT NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (source, what)
) WITHOUT ROWID;

-- How many articles of each outlet each story holds; a row exists while n > 0.
CREATE TABLE IF NOT EXISTS outlet_stories (
	source TEXT NOT NULL,
	story  TEXT NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (source, story)
) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS outlet_stories_insert AFTER INSERT ON outlet_stories BEGIN
	INSERT INTO outlet_counts (source, what, n) VALUES (new.source, 'stories', 1)
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER IF NOT EXISTS outlet_stories_delete AFTER DELETE ON outlet_stories BEGIN
	UPDATE outlet_counts SET n = n - 1 WHERE source = old.source AND what = 'stories';
END;

CREATE TRIGGER IF NOT EXISTS outlet_articles_insert AFTER INSERT ON articles BEGIN
	INSERT INTO outlet_counts (source, what, n) VALUES (new.source, 'articles', 1)
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
	INSERT INTO outlet_stories (source, story, n) SELECT new.source, new.story, 1 WHERE new.story != ''
		ON CONFLICT (source, story) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER IF NOT EXISTS outlet_articles_story AFTER UPDATE OF story ON articles
WHEN old.story IS NOT new.story BEGIN
	UPDATE outlet_stories SET n = n - 1 WHERE source = old.source AND story = old.story;
	DELETE FROM outlet_stories WHERE source = old.source AND story = old.story AND n <= 0;
	INSERT INTO outlet_stories (source, story, n) SELECT new.source, new.story, 1 WHERE new.story != ''
		ON CONFLICT (source, story) DO UPDATE SET n = n + 1;
END;

-- Relations are counted under their articles' outlets. The copy side's
-- 'copying' changes when its first relation comes or its last one goes.
CREATE TRIGGER IF NOT EXISTS outlet_relations_insert AFTER INSERT ON relations BEGIN
	INSERT INTO outlet_counts (source, what, n)
		SELECT source, 'from:' || new.kind, 1 FROM articles WHERE id = new.from_id
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
	INSERT INTO outlet_counts (source, what, n)
		SELECT source, 'to:' || new.kind, 1 FROM articles WHERE id = new.to_id
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
	INSERT INTO outlet_counts (source, what, n)
		SELECT source, 'copying', 1 FROM articles WHERE id = new.to_id
			AND (SELECT count(*) FROM relations WHERE to_id = new.to_id) = 1
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER IF NOT EXISTS outlet_relations_delete AFTER DELETE ON relations BEGIN
	UPDATE outlet_counts SET n = n - 1
		WHERE source = (SELECT source FROM articles WHERE id = old.from_id) AND what = 'from:' || old.kind;
	UPDATE outlet_counts SET n = n - 1
		WHERE source = (SELECT source FROM articles WHERE id = old.to_id) AND what = 'to:' || old.kind;
	UPDATE outlet_counts SET n = n - 1
		WHERE source = (SELECT source FROM articles WHERE id = old.to_id) AND what = 'copying'
			AND NOT EXISTS (SELECT 1 FROM relations WHERE to_id = old.to_id);
END;

-- An upsert that changes a relation's kind (its ends never change: they are
-- its key) moves it from one kind's counts to the other's.
CREATE TRIGGER IF NOT EXISTS outlet_relations_kind AFTER UPDATE OF kind ON relations
WHEN old.kind IS NOT new.kind BEGIN
	UPDATE outlet_counts SET n = n - 1
		WHERE source = (SELECT source FROM articles WHERE id = old.from_id) AND what = 'from:' || old.kind;
	UPDATE outlet_counts SET n = n - 1
		WHERE source = (SELECT source FROM articles WHERE id = old.to_id) AND what = 'to:' || old.kind;
	INSERT INTO outlet_counts (source, what, n)
		SELECT source, 'from:' || new.kind, 1 FROM articles WHERE id = new.from_id
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
	INSERT INTO outlet_counts (source, what, n)
		SELECT source, 'to:' || new.kind, 1 FROM articles WHERE id = new.to_id
		ON CONFLICT (source, what) DO UPDATE SET n = n + 1;
END;

-- The counts of the articles and relations stored before this migration.
INSERT INTO outlet_stories (source, story, n)
	SELECT source, story, count(*) FROM articles WHERE story != '' GROUP BY source, story
	ON CONFLICT (source, story) DO NOTHING;
DELETE FROM outlet_counts;
INSERT INTO outlet_counts (source, what, n)
	SELECT source, 'articles', count(*) FROM articles GROUP BY source;
INSERT INTO outlet_counts (source, what, n)
	SELECT source, 'stories', count(*) FROM outlet_stories GROUP BY source;
INSERT INTO outlet_counts (source, what, n)
	SELECT a.source, 'from:' || r.kind, count(*) FROM relations r JOIN articles a ON a.id = r.from_id
	GROUP BY a.source, r.kind;
INSERT INTO outlet_counts (source, what, n)
	SELECT a.source, 'to:' || r.kind, count(*) FROM relations r JOIN articles a ON a.id = r.to_id
	GROUP BY a.source, r.kind;
INSERT INTO outlet_counts (source, what, n)
	SELECT a.source, 'copying', count(DISTINCT r.to_id) FROM relations r JOIN articles a ON a.id = r.to_id
	GROUP BY a.source;
