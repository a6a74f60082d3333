package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/copydesk/copydesk"
)

// ArticleFacts returns the stored facts of the articles ids that have some,
// in the order of ids.
func (db *DB) ArticleFacts(ctx context.Context, ids []string) ([]copydesk.Facts, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article facts: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT article_id, version, data FROM article_facts
		WHERE article_id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("sqlite: article facts: %w", err)
	}
	defer rows.Close()
	byID := map[string]copydesk.Facts{}
	for rows.Next() {
		var f copydesk.Facts
		if err := rows.Scan(&f.ID, &f.Version, &f.Data); err != nil {
			return nil, fmt.Errorf("sqlite: article facts: %w", err)
		}
		byID[f.ID] = f
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: article facts: %w", err)
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
func (db *DB) PutArticleFacts(ctx context.Context, fs []copydesk.Facts) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: put article facts: %w", err)
	}
	defer tx.Rollback()
	ptx := prepared(tx)
	for _, f := range fs {
		if err := putArticleFacts(ctx, ptx, f); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put article facts: %w", err)
	}
	return nil
}

func putArticleFacts(ctx context.Context, tx execer, f copydesk.Facts) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO article_facts (article_id, version, data)
		SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
		ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data`,
		f.ID, f.Version, f.Data, f.ID)
	if err != nil {
		return fmt.Errorf("sqlite: facts of article %s: %w", f.ID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return copydesk.Errorf(copydesk.ENotFound, "facts of article %s: article not found", f.ID)
	}
	return nil
}

// StoryFacts returns the stored facts of story id, or an ENotFound error.
func (db *DB) StoryFacts(ctx context.Context, id string) (*copydesk.Facts, error) {
	f := copydesk.Facts{ID: id}
	err := db.r.QueryRowContext(ctx, `SELECT version, stale, data FROM story_facts WHERE story_id = ?`, id).
		Scan(&f.Version, &f.Stale, &f.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, copydesk.Errorf(copydesk.ENotFound, "facts of story %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: facts of story %s: %w", id, err)
	}
	return &f, nil
}

// PutStoryFacts stores the facts of stories in one transaction, no longer
// stale; those of a story no longer stored are left out.
func (db *DB) PutStoryFacts(ctx context.Context, fs []copydesk.Facts) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: put story facts: %w", err)
	}
	defer tx.Rollback()
	ptx := prepared(tx)
	for _, f := range fs {
		if _, err := ptx.ExecContext(ctx, `INSERT INTO story_facts (story_id, version, stale, data)
			SELECT ?, ?, 0, ? WHERE EXISTS (SELECT 1 FROM stories WHERE id = ?)
			ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, stale = 0, data = excluded.data`,
			f.ID, f.Version, f.Data, f.ID); err != nil {
			return fmt.Errorf("sqlite: facts of story %s: %w", f.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put story facts: %w", err)
	}
	return nil
}

// StaleFacts lists the processed articles without facts of version v, and
// the stories whose facts are missing, of another version or stale.
func (db *DB) StaleFacts(ctx context.Context, v int) (articles, stories []string, err error) {
	articles, err = db.ids(ctx, `SELECT a.id FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id
		WHERE a.processed_at IS NOT NULL AND (f.article_id IS NULL OR f.version <> ?) ORDER BY a.id`, v)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: stale article facts: %w", err)
	}
	stories, err = db.ids(ctx, `SELECT s.id FROM stories s LEFT JOIN story_facts f ON f.story_id = s.id
		WHERE f.story_id IS NULL OR f.version <> ? OR f.stale ORDER BY s.id`, v)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: stale story facts: %w", err)
	}
	return articles, stories, nil
}

func (db *DB) ids(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
