package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
)

// articleColumns are the columns storekit.ScanArticle reads, in its order.
const articleColumns = `id, ref, version, url, canonical_url, source, title, byline, published, lang,
	text, paragraphs, removed, partial, format, raw_hash, extra, added, event, story, placement`

// PutArticle stores a and its raw input in one transaction unless an article
// with a.ID is stored already, in which case it changes nothing, neither in the
// store nor in a, and reports false.
func (db *DB) PutArticle(ctx context.Context, a *copydesk.Article, raw []byte) (bool, error) {
	created, err := db.PutArticles(ctx, []*copydesk.Article{a}, [][]byte{raw})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutArticles is PutArticle for each article of as (with its raw input in
// raws), in order and in one transaction: all are stored or none. One
// transaction a batch, not an article: the commits were two thirds of what
// storing cost in the profile of copydesk add.
func (db *DB) PutArticles(ctx context.Context, as []*copydesk.Article, raws [][]byte) ([]bool, error) {
	if len(as) != len(raws) {
		return nil, fmt.Errorf("sqlite: put articles: %d articles, %d raw inputs", len(as), len(raws))
	}
	rows := make([]storekit.Row, len(as))
	for i, a := range as {
		if err := storekit.CheckArticle(a); err != nil {
			return nil, err
		}
		row, err := storekit.NewRow(a, raws[i])
		if err != nil {
			return nil, err
		}
		rows[i] = row
	}
	if len(as) == 0 {
		return nil, nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: put article %s: %w", as[0].ID, err)
	}
	defer tx.Rollback()
	created := make([]bool, len(as))
	versions := make([]int, len(as))
	ptx := prepared(tx)
	var fresh []string
	for i, a := range as {
		if created[i], versions[i], err = putArticle(ctx, ptx, a, rows[i]); err != nil {
			return nil, err
		}
		if created[i] {
			fresh = append(fresh, a.ID)
		}
	}
	if err := indexText(ctx, tx, fresh); err != nil {
		return nil, fmt.Errorf("sqlite: put article %s: search index: %w", as[0].ID, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: put article %s: %w", as[0].ID, err)
	}
	for i, a := range as {
		if created[i] {
			a.Version = versions[i]
			a.Added = rows[i].Added
		}
	}
	return created, nil
}

// putArticle inserts one article and its raw input inside tx unless its
// ID is stored already, and returns its version.
func putArticle(ctx context.Context, tx execer, a *copydesk.Article, row storekit.Row) (bool, int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, a.ID).Scan(&n); err != nil {
		return false, 0, fmt.Errorf("sqlite: put article %s: %w", a.ID, err)
	}
	if n > 0 {
		return false, 0, nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE ref = ?`, a.Ref).Scan(&n); err != nil {
		return false, 0, fmt.Errorf("sqlite: put article %s: %w", a.ID, err)
	}
	version := n + 1
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (`+articleColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
		a.ID, a.Ref, version, a.URL, a.CanonicalURL, a.Source, a.Title, a.Byline, row.Published, a.Lang,
		a.Text, row.Paragraphs, row.Removed, a.Partial, a.Format, a.RawHash, row.Extra, storekit.FormatTime(row.Added), "", ""); err != nil {
		return false, 0, fmt.Errorf("sqlite: put article %s: %w", a.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO raws (article_id, raw) VALUES (?, ?)`, a.ID, row.Raw); err != nil {
		return false, 0, fmt.Errorf("sqlite: put article %s: raw: %w", a.ID, err)
	}
	return true, version, nil
}

// indexText adds the titles and texts of the articles ids, just stored,
// to the full-text index, in one statement (migration 0010): FTS5 flushes
// what it holds at every statement's savepoint, so one statement a batch
// writes one segment a batch, where a trigger per article wrote one an
// article.
func indexText(ctx context.Context, tx *sql.Tx, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text)
		SELECT rowid, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid`, string(list))
	return err
}

// Article returns the article id, or an ENotFound error.
func (db *DB) Article(ctx context.Context, id string) (*copydesk.Article, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	if len(as) == 0 {
		return nil, copydesk.Errorf(copydesk.ENotFound, "article %s not found", id)
	}
	return as[0], nil
}

// Raw returns the raw input of article id, or an ENotFound error.
func (db *DB) Raw(ctx context.Context, id string) ([]byte, error) {
	var raw []byte
	err := db.r.QueryRowContext(ctx, `SELECT raw FROM raws WHERE article_id = ?`, id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, copydesk.Errorf(copydesk.ENotFound, "article %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: raw of article %s: %w", id, err)
	}
	if raw == nil {
		raw = []byte{}
	}
	return raw, nil
}

// Articles returns the articles matching f, ordered by Added then ID. An empty
// f.IDs does not filter; a negative Limit or Offset is an EInvalid error.
func (db *DB) Articles(ctx context.Context, f copydesk.ArticleFilter) ([]*copydesk.Article, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "article filter: negative limit %d or offset %d", f.Limit, f.Offset)
	}
	var where []string
	var args []any
	if len(f.IDs) > 0 {
		// One JSON parameter instead of one per ID keeps long lists under
		// SQLite's limit on parameters.
		ids, err := json.Marshal(f.IDs)
		if err != nil {
			return nil, fmt.Errorf("sqlite: articles: %w", err)
		}
		where = append(where, `id IN (SELECT value FROM json_each(?))`)
		args = append(args, string(ids))
	}
	if f.Ref != "" {
		where = append(where, `ref = ?`)
		args = append(args, f.Ref)
	}
	if f.Story != "" {
		where = append(where, `story = ?`)
		args = append(args, f.Story)
	}
	if f.Source != "" {
		where = append(where, `source = ?`)
		args = append(args, f.Source)
	}
	if f.Unprocessed {
		where = append(where, `processed_at IS NULL`)
	}
	if f.After != "" {
		where = append(where, `(added, id) > (SELECT added, id FROM articles WHERE id = ?)`)
		args = append(args, f.After)
	}
	q := `SELECT ` + articleColumns + ` FROM articles`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY added, id`
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit == 0 {
			limit = -1 // SQLite has no OFFSET without LIMIT; -1 means none
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return as, nil
}

// SearchArticles returns the articles with a word starting with each term,
// through the FTS5 index: the newest stored first, at most limit (ranking
// every match, as bm25 does, cost seconds for a word of most articles).
func (db *DB) SearchArticles(ctx context.Context, terms []string, limit int) ([]*copydesk.Article, error) {
	match, err := storekit.PrefixQuery(terms, func(t string) string { return `"` + t + `"*` }, " ")
	if err != nil {
		return nil, err
	}
	if limit < 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "search: negative limit %d", limit)
	}
	if limit == 0 {
		limit = -1
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+storekit.HitColumns("a.")+`
		FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
		WHERE articles_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", match, err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", match, err)
	}
	return as, nil
}

// Sources counts the articles of each outlet, by name, from the counts
// that triggers keep (outlet_counts, migration 0008): the aggregate over
// the index on source was a third of the home page's CPU at 100k articles.
func (db *DB) Sources(ctx context.Context) ([]copydesk.SourceCount, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT source, n FROM outlet_counts WHERE what = 'articles' AND n > 0 ORDER BY source`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: sources: %w", err)
	}
	defer rows.Close()
	out := []copydesk.SourceCount{}
	for rows.Next() {
		var c copydesk.SourceCount
		if err := rows.Scan(&c.Name, &c.Articles); err != nil {
			return nil, fmt.Errorf("sqlite: sources: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: sources: %w", err)
	}
	return out, nil
}

// scanArticles reads and closes rows of articleColumns.
func scanArticles(rows *sql.Rows) ([]*copydesk.Article, error) {
	defer rows.Close()
	as := []*copydesk.Article{}
	for rows.Next() {
		a, err := storekit.ScanArticle(rows.Scan)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return as, nil
}
