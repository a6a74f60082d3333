-- Why an article is in its event: the clusterer's reason, similarity, shared
-- terms and time gap, as JSON; NULL until processed.
ALTER TABLE articles ADD COLUMN placement TEXT;
