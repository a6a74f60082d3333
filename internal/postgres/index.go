package postgres

import (
	"context"
	"slices"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
)

// The shared copy index (copydesk.SharedIndex): tables copy_keys,
// translation_keys and matches (migration 0007). A key's postings are one
// range of its primary key index (key, added, article), so a lookup costs one
// index descent a key, whatever the size of the store.

// PutIndex files stored articles under their keys at their stored Added,
// all in one statement a table; an entry filed already, or of an article not
// stored, adds nothing.
func (s *Store) PutIndex(ctx context.Context, es []copydesk.IndexEntry) error {
	var keys []int64
	var ids []string
	var tkeys, tids, tlangs []string
	for _, e := range es {
		for _, k := range e.Keys {
			keys = append(keys, int64(k))
			ids = append(ids, e.Article)
		}
		for _, k := range e.Anchors {
			tkeys = append(tkeys, k)
			tids = append(tids, e.Article)
			tlangs = append(tlangs, e.Lang)
		}
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return wrap("put index", err)
	}
	defer tx.Rollback(ctx)
	if len(keys) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO copy_keys (key, added, article)
			SELECT x.key, a.added, a.id FROM unnest($1::bigint[], $2::text[]) AS x(key, id) JOIN articles a ON a.id = x.id
			ON CONFLICT DO NOTHING`, keys, ids); err != nil {
			return wrap("put index: copy keys", err)
		}
	}
	if len(tkeys) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO translation_keys (key, added, article, lang)
			SELECT x.key, a.added, a.id, x.lang FROM unnest($1::text[], $2::text[], $3::text[]) AS x(key, id, lang) JOIN articles a ON a.id = x.id
			ON CONFLICT DO NOTHING`, tkeys, tids, tlangs); err != nil {
			return wrap("put index: translation keys", err)
		}
	}
	return wrap("put index", tx.Commit(ctx))
}

// Postings returns the first limit articles under each key before (added,
// id), in order.
func (s *Store) Postings(ctx context.Context, keys []uint64, added time.Time, id string, limit int) ([][]copydesk.Posting, error) {
	ks := make([]int64, len(keys))
	for i, k := range keys {
		ks[i] = int64(k)
	}
	return s.postings(ctx, "copy keys", `SELECT k.i, p.article, p.added, ''
		FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, i)
		CROSS JOIN LATERAL (
			SELECT c.article, c.added FROM copy_keys c
			WHERE c.key = k.key AND (c.added, c.article) < ($2::text COLLATE "C", $3::text COLLATE "C")
			ORDER BY c.added, c.article LIMIT $4) p`, ks, len(keys), added, id, limit, false)
}

// Anchored returns the latest limit articles under each translation key
// before (added, id), in order.
func (s *Store) Anchored(ctx context.Context, keys []string, added time.Time, id string, limit int) ([][]copydesk.Posting, error) {
	return s.postings(ctx, "translation keys", `SELECT k.i, p.article, p.added, p.lang
		FROM unnest($1::text[]) WITH ORDINALITY AS k(key, i)
		CROSS JOIN LATERAL (
			SELECT t.article, t.added, t.lang FROM translation_keys t
			WHERE t.key = k.key COLLATE "C" AND (t.added, t.article) < ($2::text COLLATE "C", $3::text COLLATE "C")
			ORDER BY t.added DESC, t.article DESC LIMIT $4) p`, keys, len(keys), added, id, limit, true)
}

// postings runs a lookup of n keys whose rows are (key number from 1,
// article, added, lang); reversed lists come latest first.
func (s *Store) postings(ctx context.Context, what, query string, keys any, n int, added time.Time, id string, limit int, reversed bool) ([][]copydesk.Posting, error) {
	out := make([][]copydesk.Posting, n)
	if n == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, query, keys, storekit.FormatTime(added), id, limit)
	if err != nil {
		return nil, wrap("look up "+what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var i int64
		var p copydesk.Posting
		var at string
		if err := rows.Scan(&i, &p.Article, &at, &p.Lang); err != nil {
			return nil, wrap("look up "+what, err)
		}
		if p.Added, err = storekit.ParseTime(&at); err != nil {
			return nil, wrap("look up "+what, err)
		}
		out[i-1] = append(out[i-1], p)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("look up "+what, err)
	}
	if reversed {
		for _, l := range out {
			slices.Reverse(l)
		}
	}
	return out, nil
}

// PutMatches stores the matches of stored articles, replacing theirs; those
// of an article not stored are left out.
func (s *Store) PutMatches(ctx context.Context, ms []copydesk.Matches) error {
	if len(ms) == 0 {
		return nil
	}
	ids := make([]string, len(ms))
	data := make([][]byte, len(ms))
	for i, m := range ms {
		ids[i], data[i] = m.Article, m.Data
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO matches (article_id, data)
		SELECT x.id, x.data FROM unnest($1::text[], $2::bytea[]) AS x(id, data) WHERE EXISTS (SELECT 1 FROM articles WHERE id = x.id)
		ON CONFLICT (article_id) DO UPDATE SET data = excluded.data`, ids, data)
	return wrap("put matches", err)
}

// Matches returns the stored matches of ids, by id.
func (s *Store) Matches(ctx context.Context, ids []string) (map[string][]byte, error) {
	out := map[string][]byte{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT article_id, data FROM matches WHERE article_id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, wrap("matches", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			return nil, wrap("matches", err)
		}
		out[id] = data
	}
	return out, wrap("matches", rows.Err())
}
