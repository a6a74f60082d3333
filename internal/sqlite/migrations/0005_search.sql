-- Search without reading every article: a full-text index (FTS5) of the
-- articles' titles and texts, kept by triggers, words split on what is not
-- a letter or digit and accents kept (as the views split them); and an
-- index on the outlet, which the outlet filter and counts read.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
	title, text, content='articles', content_rowid='rowid',
	tokenize="unicode61 remove_diacritics 0"
);

CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- The articles stored before this migration.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE INDEX IF NOT EXISTS articles_source ON articles (source);
