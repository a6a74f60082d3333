package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/jackc/pgx/v5"
)

// articleColumns are the columns storekit.ScanArticle reads, in its order;
// the json columns come as text.
const articleColumns = `id, ref, version, url, canonical_url, source, title, byline, published, lang,
	text, paragraphs::text, removed::text, partial, format, raw_hash, extra::text, added, event, story, placement::text`

// refLockClass is the first key of the transaction advisory locks that
// serialize PutArticle per ref (the second is a hash of the ref), so that
// concurrent versions of one ref get distinct numbers.
const refLockClass = 0x72656673 // "refs"

// PutArticle stores a and its raw input in one transaction unless an article
// with a.ID is stored already, in which case it changes nothing, neither in the
// store nor in a, and reports false. Puts of one ref are serialized by a
// transaction advisory lock, so versions stay 1, 2, 3... under concurrency.
func (s *Store) PutArticle(ctx context.Context, a *copydesk.Article, raw []byte) (bool, error) {
	if err := storekit.CheckArticle(a); err != nil {
		return false, err
	}
	for _, f := range []struct{ name, value string }{
		{"ID", a.ID}, {"ref", a.Ref}, {"URL", a.URL}, {"canonical URL", a.CanonicalURL}, {"source", a.Source},
		{"title", a.Title}, {"byline", a.Byline}, {"lang", a.Lang}, {"text", a.Text}, {"format", a.Format}, {"raw hash", a.RawHash},
	} {
		if err := checkText(fmt.Sprintf("article %q: %s", a.ID, f.name), f.value); err != nil {
			return false, err
		}
	}
	row, err := storekit.NewRow(a, raw)
	if err != nil {
		return false, err
	}

	// One round trip: a batch runs as one implicit transaction, so the ref
	// lock is held until the insert is done. The version counts the ref's
	// rows after the lock is granted (each statement of READ COMMITTED takes
	// a new snapshot); a known ID inserts nothing and returns no row.
	b := &pgx.Batch{}
	b.Queue(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, refLockClass, a.Ref)
	b.Queue(`WITH ins AS (
			INSERT INTO articles (id, ref, version, url, canonical_url, source, title, byline, published, lang,
				text, paragraphs, removed, partial, format, raw_hash, extra, added)
			VALUES ($1, $2, (SELECT COUNT(*) + 1 FROM articles WHERE ref = $2), $3, $4, $5, $6, $7, $8, $9,
				$10, $11, $12, $13, $14, $15, $16, $17)
			ON CONFLICT (id) DO NOTHING
			RETURNING id, version
		), raw AS (
			INSERT INTO raws (article_id, raw) SELECT id, $18 FROM ins
		)
		SELECT version FROM ins`,
		a.ID, a.Ref, a.URL, a.CanonicalURL, a.Source, a.Title, a.Byline, row.Published, a.Lang,
		a.Text, row.Paragraphs, row.Removed, a.Partial, a.Format, a.RawHash, row.Extra, storekit.FormatTime(row.Added), row.Raw)
	br := s.pool.SendBatch(ctx, b)
	var version int
	_, err = br.Exec()
	if err == nil {
		err = br.QueryRow().Scan(&version)
	}
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, wrap("put article "+a.ID, err)
	}
	a.Version = version
	a.Added = row.Added
	return true, nil
}

// PutArticles is PutArticle for each article of as, in order, each in its
// transaction (a round trip each): the put of one ref waits on the ref's
// lock, which a transaction over a whole batch would hold for the batch.
func (s *Store) PutArticles(ctx context.Context, as []*copydesk.Article, raws [][]byte) ([]bool, error) {
	if len(as) != len(raws) {
		return nil, fmt.Errorf("postgres: put articles: %d articles, %d raw inputs", len(as), len(raws))
	}
	created := make([]bool, len(as))
	for i, a := range as {
		c, err := s.PutArticle(ctx, a, raws[i])
		if err != nil {
			return created, err
		}
		created[i] = c
	}
	return created, nil
}

// Article returns the article id, or an ENotFound error.
func (s *Store) Article(ctx context.Context, id string) (*copydesk.Article, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = $1`, id)
	if err != nil {
		return nil, wrap("article "+id, err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, wrap("article "+id, err)
	}
	if len(as) == 0 {
		return nil, copydesk.Errorf(copydesk.ENotFound, "article %s not found", id)
	}
	return as[0], nil
}

// Raw returns the raw input of article id, or an ENotFound error.
func (s *Store) Raw(ctx context.Context, id string) ([]byte, error) {
	var raw []byte
	err := s.pool.QueryRow(ctx, `SELECT raw FROM raws WHERE article_id = $1`, id).Scan(&raw)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, copydesk.Errorf(copydesk.ENotFound, "article %s not found", id)
	}
	if err != nil {
		return nil, wrap("raw of article "+id, err)
	}
	if raw == nil {
		raw = []byte{}
	}
	return raw, nil
}

// Articles returns the articles matching f, ordered by Added then ID. An empty
// f.IDs does not filter; a negative Limit or Offset is an EInvalid error.
func (s *Store) Articles(ctx context.Context, f copydesk.ArticleFilter) ([]*copydesk.Article, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "article filter: negative limit %d or offset %d", f.Limit, f.Offset)
	}
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if len(f.IDs) > 0 {
		// One array parameter however long the list.
		where = append(where, `id = ANY(`+arg(f.IDs)+`::text[])`)
	}
	if f.Ref != "" {
		where = append(where, `ref = `+arg(f.Ref))
	}
	if f.Story != "" {
		where = append(where, `story = `+arg(f.Story))
	}
	if f.Source != "" {
		where = append(where, `source = `+arg(f.Source))
	}
	if f.Unprocessed {
		where = append(where, `processed_at IS NULL`)
	}
	if f.After != "" {
		where = append(where, `(added, id) > (SELECT added, id FROM articles WHERE id = `+arg(f.After)+`)`)
	}
	q := `SELECT ` + articleColumns + ` FROM articles`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY added, id`
	if f.Limit > 0 {
		q += ` LIMIT ` + arg(f.Limit)
	}
	if f.Offset > 0 {
		q += ` OFFSET ` + arg(f.Offset)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, wrap("articles", err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, wrap("articles", err)
	}
	return as, nil
}

// SearchArticles returns the articles with a word starting with each term,
// through the GIN index on the search vector: the newest stored first,
// then by ID, at most limit.
func (s *Store) SearchArticles(ctx context.Context, terms []string, limit int) ([]*copydesk.Article, error) {
	query, err := storekit.PrefixQuery(terms, func(t string) string { return "'" + t + "':*" }, " & ")
	if err != nil {
		return nil, err
	}
	if limit < 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "search: negative limit %d", limit)
	}
	q := `SELECT ` + storekit.HitColumns("") + ` FROM articles WHERE search @@ to_tsquery('simple', $1) ORDER BY added DESC, id`
	args := []any{query}
	if limit > 0 {
		q += ` LIMIT $2`
		args = append(args, limit)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, wrap("search "+query, err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, wrap("search "+query, err)
	}
	return as, nil
}

// Sources counts the articles of each outlet, by name, through the index
// on source.
func (s *Store) Sources(ctx context.Context) ([]copydesk.SourceCount, error) {
	rows, err := s.pool.Query(ctx, `SELECT source, count(*) FROM articles GROUP BY source ORDER BY source`)
	if err != nil {
		return nil, wrap("sources", err)
	}
	defer rows.Close()
	out := []copydesk.SourceCount{}
	for rows.Next() {
		var c copydesk.SourceCount
		if err := rows.Scan(&c.Name, &c.Articles); err != nil {
			return nil, wrap("sources", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("sources", err)
	}
	return out, nil
}

// scanArticles reads and closes rows of articleColumns.
func scanArticles(rows pgx.Rows) ([]*copydesk.Article, error) {
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
