package postgres

import (
	"context"
	"errors"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
)

// ArticleFacts returns the stored facts of the articles ids that have some,
// in the order of ids.
func (s *Store) ArticleFacts(ctx context.Context, ids []string) ([]copydesk.Facts, error) {
	rows, err := s.pool.Query(ctx, `SELECT article_id, version, data FROM article_facts WHERE article_id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, wrap("article facts", err)
	}
	byID := map[string]copydesk.Facts{}
	var f copydesk.Facts
	_, err = pgx.ForEachRow(rows, []any{&f.ID, &f.Version, &f.Data}, func() error {
		byID[f.ID] = copydesk.Facts{ID: f.ID, Version: f.Version, Data: f.Data}
		return nil
	})
	if err != nil {
		return nil, wrap("article facts", err)
	}
	out := make([]copydesk.Facts, 0, len(byID))
	for _, id := range ids {
		if f, ok := byID[id]; ok {
			out = append(out, f)
			delete(byID, id)
		}
	}
	return out, nil
}

// PutArticleFacts stores the facts of stored articles in one transaction,
// replacing what they had; an article not stored is an ENotFound error and
// changes nothing.
func (s *Store) PutArticleFacts(ctx context.Context, fs []copydesk.Facts) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return wrap("put article facts", err)
	}
	defer tx.Rollback(ctx)
	for _, f := range fs {
		tag, err := tx.Exec(ctx, putArticleFacts, f.ID, f.Version, f.Data)
		if err != nil {
			return wrap("facts of article "+f.ID, err)
		}
		if tag.RowsAffected() == 0 {
			return copydesk.Errorf(copydesk.ENotFound, "facts of article %s: article not found", f.ID)
		}
	}
	return wrap("put article facts", tx.Commit(ctx))
}

// putArticleFacts upserts the facts ($1 article, $2 version, $3 data) of
// an article that is stored.
const putArticleFacts = `INSERT INTO article_facts (article_id, version, data)
	SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $1)
	ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data`

// StoryFacts returns the stored facts of story id, or an ENotFound error.
func (s *Store) StoryFacts(ctx context.Context, id string) (*copydesk.Facts, error) {
	f := copydesk.Facts{ID: id}
	err := s.pool.QueryRow(ctx, `SELECT version, stale, data FROM story_facts WHERE story_id = $1`, id).Scan(&f.Version, &f.Stale, &f.Data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, copydesk.Errorf(copydesk.ENotFound, "facts of story %s not found", id)
	}
	if err != nil {
		return nil, wrap("facts of story "+id, err)
	}
	return &f, nil
}

// PutStoryFacts stores the facts of stories in one transaction, no longer
// stale; those of a story no longer stored are left out.
func (s *Store) PutStoryFacts(ctx context.Context, fs []copydesk.Facts) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return wrap("put story facts", err)
	}
	defer tx.Rollback(ctx)
	for _, f := range fs {
		if _, err := tx.Exec(ctx, `INSERT INTO story_facts (story_id, version, stale, data)
			SELECT $1, $2, false, $3 WHERE EXISTS (SELECT 1 FROM stories WHERE id = $1)
			ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, stale = false, data = excluded.data`,
			f.ID, f.Version, f.Data); err != nil {
			return wrap("facts of story "+f.ID, err)
		}
	}
	return wrap("put story facts", tx.Commit(ctx))
}

// StaleFacts lists the processed articles without facts of version v, and
// the stories whose facts are missing, of another version or stale.
func (s *Store) StaleFacts(ctx context.Context, v int) (articles, stories []string, err error) {
	articles, err = s.ids(ctx, `SELECT a.id FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id
		WHERE a.processed_at IS NOT NULL AND (f.article_id IS NULL OR f.version <> $1) ORDER BY a.id`, v)
	if err != nil {
		return nil, nil, wrap("stale article facts", err)
	}
	stories, err = s.ids(ctx, `SELECT s.id FROM stories s LEFT JOIN story_facts f ON f.story_id = s.id
		WHERE f.story_id IS NULL OR f.version <> $1 OR f.stale ORDER BY s.id`, v)
	if err != nil {
		return nil, nil, wrap("stale story facts", err)
	}
	return articles, stories, nil
}

func (s *Store) ids(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}
