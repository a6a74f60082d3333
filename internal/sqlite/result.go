package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
)

// SaveResult records r in one transaction: it deletes the r.Unlink relations,
// re-decides the r.Redirect ones and upserts r.Relations by From and
// To, assigns r.Article to r.Event and r.Story and marks it processed at r.Now
// (the current time when zero), upserts the rows of r.Stories and r.Events,
// applies r.Moves, and finally deletes the events and stories this left
// without articles. Every article named in r must be stored, else SaveResult
// returns an ENotFound error and changes nothing.
func (db *DB) SaveResult(ctx context.Context, r copydesk.Result) error {
	return db.SaveResults(ctx, []copydesk.Result{r})
}

// SaveResults is SaveResult for each of rs, in order and in one
// transaction: all are saved or none. The pipeline saves a round's results
// at once: a commit per article was a third of what saving cost, in the
// ordered step (profile of copydesk add).
func (db *DB) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	for _, r := range rs {
		if err := storekit.CheckResult(r); err != nil {
			return err
		}
	}
	if len(rs) == 0 {
		return nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: save result of article %s: %w", rs[0].Article, err)
	}
	defer tx.Rollback()
	ptx := prepared(tx)
	for _, r := range rs {
		now := r.Now
		if now.IsZero() {
			now = time.Now()
		}
		if err := saveResult(ctx, ptx, r, now); err != nil {
			if copydesk.ErrorCode(err) != copydesk.EInternal {
				return err
			}
			return fmt.Errorf("sqlite: save result of article %s: %w", r.Article, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: save result of article %s: %w", rs[0].Article, err)
	}
	return nil
}

// saveResult does the work of SaveResult inside tx.
func saveResult(ctx context.Context, tx execer, r copydesk.Result, now time.Time) error {
	// Events and stories that may be left empty: the former assignments of
	// the articles this result reassigns, and the rows it upserts.
	events, stories := map[string]bool{}, map[string]bool{}
	assignment := func(id string) error {
		var ev, st string
		err := tx.QueryRowContext(ctx, `SELECT event, story FROM articles WHERE id = ?`, id).Scan(&ev, &st)
		if errors.Is(err, sql.ErrNoRows) {
			return copydesk.Errorf(copydesk.ENotFound, "article %s not found", id)
		}
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		events[ev], stories[st] = true, true
		return nil
	}
	if err := assignment(r.Article); err != nil {
		return err
	}
	for _, m := range r.Moves {
		if err := assignment(m.Article); err != nil {
			return fmt.Errorf("move: %w", err)
		}
	}

	for _, l := range r.Unlink {
		if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE from_id = ? AND to_id = ?`, l.From, l.To); err != nil {
			return fmt.Errorf("unlink %s -> %s: %w", l.From, l.To, err)
		}
	}
	for _, d := range r.Redirect {
		var (
			kind, evidence string
			score          float64
		)
		err := tx.QueryRowContext(ctx, `SELECT kind, score, evidence FROM relations WHERE from_id = ? AND to_id = ?`, d.From, d.To).Scan(&kind, &score, &evidence)
		if errors.Is(err, sql.ErrNoRows) {
			continue // unlinked since: nothing to re-decide
		}
		if err != nil {
			return fmt.Errorf("redirect %s -> %s: %w", d.From, d.To, err)
		}
		rel := copydesk.Relation{From: d.From, To: d.To, Kind: copydesk.Kind(kind), Score: score}
		if err := json.Unmarshal([]byte(evidence), &rel.Evidence); err != nil {
			return fmt.Errorf("redirect %s -> %s: evidence: %w", d.From, d.To, err)
		}
		rel = rel.Redirected(d)
		b, err := json.Marshal(rel.Evidence)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "redirect %s -> %s: evidence: %v", d.From, d.To, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE from_id = ? AND to_id = ?`, d.From, d.To); err != nil {
			return fmt.Errorf("redirect %s -> %s: %w", d.From, d.To, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO relations (from_id, to_id, kind, score, evidence)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (from_id, to_id) DO UPDATE
			SET kind = excluded.kind, score = excluded.score, evidence = excluded.evidence`,
			rel.From, rel.To, string(rel.Kind), rel.Score, string(b)); err != nil {
			return fmt.Errorf("redirect %s -> %s: %w", d.From, d.To, err)
		}
	}
	known := map[string]bool{r.Article: true}
	for _, rel := range r.Relations {
		for _, id := range []string{rel.From, rel.To} {
			if known[id] {
				continue
			}
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			if n == 0 {
				return copydesk.Errorf(copydesk.ENotFound, "relation %s -> %s: article %s not found", rel.From, rel.To, id)
			}
			known[id] = true
		}
		evidence, err := json.Marshal(rel.Evidence)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "relation %s -> %s: evidence: %v", rel.From, rel.To, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO relations (from_id, to_id, kind, score, evidence)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (from_id, to_id) DO UPDATE
			SET kind = excluded.kind, score = excluded.score, evidence = excluded.evidence`,
			rel.From, rel.To, string(rel.Kind), rel.Score, string(evidence)); err != nil {
			return fmt.Errorf("relation %s -> %s: %w", rel.From, rel.To, err)
		}
	}

	placement, err := storekit.PlacementColumn(r.Placement)
	if err != nil {
		return copydesk.Errorf(copydesk.EInvalid, "article %s: placement: %v", r.Article, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET event = ?, story = ?, placement = ?, processed_at = ? WHERE id = ?`,
		r.Event, r.Story, placement, storekit.FormatTime(now), r.Article); err != nil {
		return fmt.Errorf("article %s: %w", r.Article, err)
	}
	for _, s := range r.Stories {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, first_seen, last_seen)
			VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE
			SET title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
			s.ID, s.Title, storekit.NullTime(s.FirstSeen), storekit.NullTime(s.LastSeen)); err != nil {
			return fmt.Errorf("story %s: %w", s.ID, err)
		}
		stories[s.ID] = true
	}
	for _, e := range r.Events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, story, title, first_seen, last_seen)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE
			SET story = excluded.story, title = excluded.title,
				first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
			e.ID, e.Story, e.Title, storekit.NullTime(e.FirstSeen), storekit.NullTime(e.LastSeen)); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		events[e.ID] = true
	}
	for _, m := range r.Moves {
		moved, err := storekit.PlacementColumn(m.Placement)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "move article %s: placement: %v", m.Article, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET event = ?, story = ?, placement = COALESCE(?, placement) WHERE id = ?`,
			m.Event, m.Story, moved, m.Article); err != nil {
			return fmt.Errorf("move article %s: %w", m.Article, err)
		}
	}

	if r.Facts != nil {
		if r.Facts.ID != r.Article {
			return copydesk.Errorf(copydesk.EInvalid, "article %s: facts of %s", r.Article, r.Facts.ID)
		}
		if err := putArticleFacts(ctx, tx, *r.Facts); err != nil {
			return err
		}
	}
	// The facts of every story touched, left or joined, are stale.
	stories[r.Story] = true
	for _, m := range r.Moves {
		stories[m.Story] = true
	}
	for _, id := range slices.Sorted(maps.Keys(stories)) {
		if _, err := tx.ExecContext(ctx, `UPDATE story_facts SET stale = 1 WHERE story_id = ?`, id); err != nil {
			return fmt.Errorf("facts of story %s: %w", id, err)
		}
	}

	// Only the candidates can have become empty: every other row kept its
	// articles, since articles change hands only here.
	for _, id := range slices.Sorted(maps.Keys(events)) {
		if id == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events
			WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE event = ?)`, id, id); err != nil {
			return fmt.Errorf("prune event %s: %w", id, err)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(stories)) {
		if id == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories
			WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story = ?)`, id, id); err != nil {
			return fmt.Errorf("prune story %s: %w", id, err)
		}
	}
	return nil
}

// Relations returns the relations with article id as From or To, or every
// relation when id is "", ordered by From then To.
func (db *DB) Relations(ctx context.Context, id string) ([]copydesk.Relation, error) {
	q := `SELECT from_id, to_id, kind, score, evidence FROM relations`
	var args []any
	if id != "" {
		q += ` WHERE from_id = ? OR to_id = ?`
		args = append(args, id, id)
	}
	rels, err := db.queryRelations(ctx, q+` ORDER BY from_id, to_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations of %q: %w", id, err)
	}
	return rels, nil
}

// RelationsPage returns one page of every relation, ordered by From then
// To, through the primary key.
func (db *DB) RelationsPage(ctx context.Context, p copydesk.Page) ([]copydesk.Relation, error) {
	tail, args, err := pageClause(p)
	if err != nil {
		return nil, err
	}
	rels, err := db.queryRelations(ctx, `SELECT from_id, to_id, kind, score, evidence FROM relations ORDER BY from_id, to_id`+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations page %+v: %w", p, err)
	}
	return rels, nil
}

// StoryRelations returns the relations between two articles of story id,
// ordered by From then To, linear in the story's size: its articles from
// the index of the stories' members, their relations through the primary
// key (from_id first), each copy's story checked in a list of the story's
// articles. With "from_id IN (…) AND to_id IN (…)" SQLite's planner seeks
// every pair of the story's articles (160,000 seeks for 400 articles); the
// CROSS JOIN fixes the order and "+" keeps to_id off the index.
func (db *DB) StoryRelations(ctx context.Context, id string) ([]copydesk.Relation, error) {
	rels, err := db.queryRelations(ctx, `SELECT r.from_id, r.to_id, r.kind, r.score, r.evidence
		FROM articles a CROSS JOIN relations r ON r.from_id = a.id
		WHERE a.story = ?1 AND +r.to_id IN (SELECT id FROM articles WHERE story = ?1)
		ORDER BY r.from_id, r.to_id`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations of story %q: %w", id, err)
	}
	return rels, nil
}

// queryRelations reads the relations q selects.
func (db *DB) queryRelations(ctx context.Context, q string, args ...any) ([]copydesk.Relation, error) {
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	rels := []copydesk.Relation{}
	for rows.Next() {
		var (
			rel      copydesk.Relation
			kind     string
			evidence []byte
		)
		if err := rows.Scan(&rel.From, &rel.To, &kind, &rel.Score, &evidence); err != nil {
			return nil, err
		}
		rel.Kind = copydesk.Kind(kind)
		if err := json.Unmarshal(evidence, &rel.Evidence); err != nil {
			return nil, fmt.Errorf("relation %s -> %s: evidence: %w", rel.From, rel.To, err)
		}
		rels = append(rels, rel)
	}
	return rels, rows.Err()
}

// pageClause writes p as SQL's LIMIT and OFFSET, "" for the whole list.
func pageClause(p copydesk.Page) (string, []any, error) {
	if p.Limit < 0 || p.Offset < 0 {
		return "", nil, copydesk.Errorf(copydesk.EInvalid, "page: negative limit %d or offset %d", p.Limit, p.Offset)
	}
	if p == (copydesk.Page{}) {
		return "", nil, nil
	}
	limit := p.Limit
	if limit == 0 {
		limit = -1 // SQLite has no OFFSET without LIMIT; -1 means none
	}
	return ` LIMIT ? OFFSET ?`, []any{limit, p.Offset}, nil
}

// Counts counts the rows of each kind.
func (db *DB) Counts(ctx context.Context) (copydesk.Counts, error) {
	var c copydesk.Counts
	err := db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),
		(SELECT count(*) FROM events), (SELECT count(*) FROM relations)`).Scan(&c.Articles, &c.Stories, &c.Events, &c.Relations)
	if err != nil {
		return c, fmt.Errorf("sqlite: counts: %w", err)
	}
	return c, nil
}

// Stories returns every story with its events and articles, newest first: by
// LastSeen descending (unknown last), then by ID.
func (db *DB) Stories(ctx context.Context) ([]copydesk.Story, error) {
	return db.StoriesPage(ctx, copydesk.Page{})
}

// StoriesPage returns one page of Stories, reading the events and articles
// of that page's stories only.
func (db *DB) StoriesPage(ctx context.Context, p copydesk.Page) ([]copydesk.Story, error) {
	tail, targs, err := pageClause(p)
	if err != nil {
		return nil, err
	}
	var stories []copydesk.Story
	err = db.read(ctx, func(tx *sql.Tx) error {
		var err error
		if stories, err = queryStories(ctx, tx, ``, tail, targs...); err != nil {
			return err
		}
		var events []copydesk.Event
		var members []storekit.Member
		if tail == "" {
			if events, err = queryEvents(ctx, tx, ``, ``); err != nil {
				return err
			}
			members, err = queryMembers(ctx, tx, `story <> ''`)
		} else {
			ids, jerr := json.Marshal(storyIDs(stories))
			if jerr != nil {
				return jerr
			}
			if events, err = queryEvents(ctx, tx, `id IN (SELECT event FROM articles WHERE story IN (SELECT value FROM json_each(?)))`, ``, string(ids)); err != nil {
				return err
			}
			members, err = queryMembers(ctx, tx, `story IN (SELECT value FROM json_each(?))`, string(ids))
		}
		if err != nil {
			return err
		}
		storekit.Fill(stories, events, members)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	return stories, nil
}

func storyIDs(stories []copydesk.Story) []string {
	ids := make([]string, len(stories))
	for i, s := range stories {
		ids[i] = s.ID
	}
	return ids
}

// Story returns story id with its events and articles, or an ENotFound error.
func (db *DB) Story(ctx context.Context, id string) (*copydesk.Story, error) {
	var stories []copydesk.Story
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		if stories, err = queryStories(ctx, tx, `id = ?`, ``, id); err != nil || len(stories) == 0 {
			return err
		}
		events, err := queryEvents(ctx, tx, `id IN (SELECT event FROM articles WHERE story = ?)`, ``, id)
		if err != nil {
			return err
		}
		members, err := queryMembers(ctx, tx, `story = ?`, id)
		if err != nil {
			return err
		}
		storekit.Fill(stories, events, members)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	if len(stories) == 0 {
		return nil, copydesk.Errorf(copydesk.ENotFound, "story %s not found", id)
	}
	return &stories[0], nil
}

// Events returns the events whose row names story, or every event when story
// is "", with their articles, newest first like Stories.
func (db *DB) Events(ctx context.Context, story string) ([]copydesk.Event, error) {
	return db.EventsPage(ctx, story, copydesk.Page{})
}

// EventsPage returns one page of Events, reading the articles of that
// page's events only.
func (db *DB) EventsPage(ctx context.Context, story string, p copydesk.Page) ([]copydesk.Event, error) {
	tail, targs, err := pageClause(p)
	if err != nil {
		return nil, err
	}
	var events []copydesk.Event
	err = db.read(ctx, func(tx *sql.Tx) error {
		var err error
		var members []storekit.Member
		switch {
		case tail != "":
			where, args := ``, targs
			if story != "" {
				where, args = `story = ?`, append([]any{story}, targs...)
			}
			if events, err = queryEvents(ctx, tx, where, tail, args...); err != nil {
				return err
			}
			ids := make([]string, len(events))
			for i, e := range events {
				ids[i] = e.ID
			}
			b, jerr := json.Marshal(ids)
			if jerr != nil {
				return jerr
			}
			members, err = queryMembers(ctx, tx, `event IN (SELECT value FROM json_each(?))`, string(b))
		case story == "":
			if events, err = queryEvents(ctx, tx, ``, ``); err != nil {
				return err
			}
			members, err = queryMembers(ctx, tx, `event <> ''`)
		default:
			if events, err = queryEvents(ctx, tx, `story = ?`, ``, story); err != nil {
				return err
			}
			members, err = queryMembers(ctx, tx, `event IN (SELECT id FROM events WHERE story = ?)`, story)
		}
		if err != nil {
			return err
		}
		storekit.Fill(nil, events, members)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: events of story %q: %w", story, err)
	}
	return events, nil
}

// read runs f in a read-only transaction, so that the several queries behind
// one answer see the same snapshot.
func (db *DB) read(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// newestFirst orders rows by last_seen descending, unknown last, then by id.
const newestFirst = ` ORDER BY last_seen IS NULL, last_seen DESC, id`

// queryStories returns the story rows matching where ("" for all), newest
// first, then tail (a LIMIT), with empty lists.
func queryStories(ctx context.Context, tx *sql.Tx, where, tail string, args ...any) ([]copydesk.Story, error) {
	q := `SELECT id, title, first_seen, last_seen FROM stories`
	if where != "" {
		q += ` WHERE ` + where
	}
	rows, err := tx.QueryContext(ctx, q+newestFirst+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	stories := []copydesk.Story{}
	for rows.Next() {
		var (
			s           copydesk.Story
			first, last *string
		)
		if err := rows.Scan(&s.ID, &s.Title, &first, &last); err != nil {
			return nil, err
		}
		if s.FirstSeen, err = storekit.ParseTime(first); err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		if s.LastSeen, err = storekit.ParseTime(last); err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		s.Events, s.Articles = []string{}, []string{}
		stories = append(stories, s)
	}
	return stories, rows.Err()
}

// queryEvents returns the event rows matching where ("" for all), newest
// first, then tail (a LIMIT), with empty lists.
func queryEvents(ctx context.Context, tx *sql.Tx, where, tail string, args ...any) ([]copydesk.Event, error) {
	q := `SELECT id, story, title, first_seen, last_seen FROM events`
	if where != "" {
		q += ` WHERE ` + where
	}
	rows, err := tx.QueryContext(ctx, q+newestFirst+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	events := []copydesk.Event{}
	for rows.Next() {
		var (
			e           copydesk.Event
			first, last *string
		)
		if err := rows.Scan(&e.ID, &e.Story, &e.Title, &first, &last); err != nil {
			return nil, err
		}
		if e.FirstSeen, err = storekit.ParseTime(first); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		if e.LastSeen, err = storekit.ParseTime(last); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		e.Articles = []string{}
		events = append(events, e)
	}
	return events, rows.Err()
}

// queryMembers returns the assignments of the articles matching where, in the
// order of the article lists: by Published (unknown last), Added, then ID.
func queryMembers(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]storekit.Member, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, event, story FROM articles WHERE `+where+`
		ORDER BY published IS NULL, published, added, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ms []storekit.Member
	for rows.Next() {
		var m storekit.Member
		if err := rows.Scan(&m.ID, &m.Event, &m.Story); err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	return ms, rows.Err()
}

// FindStories returns the page of stories f selects with their events and
// articles, and how many it selects: the page's ids through the indexes
// on the stories' times, the articles' outlets and the full-text index,
// then only the page's rows.
func (db *DB) FindStories(ctx context.Context, f copydesk.StoryFilter) ([]copydesk.Story, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, copydesk.Errorf(copydesk.EInvalid, "find stories: negative limit %d or offset %d", f.Limit, f.Offset)
	}
	var match string
	if len(f.Words) > 0 {
		var err error
		if match, err = storekit.PrefixQuery(f.Words, func(t string) string { return `"` + t + `"*` }, " "); err != nil {
			return nil, 0, err
		}
	}
	var args []any
	page, count := storekit.StorySelect(f, match, func(v any) string { args = append(args, v); return "?" },
		func(ph string) string {
			return `articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ` + ph
		})
	var (
		stories []copydesk.Story
		total   int
	)
	err := db.read(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, count, args...).Scan(&total); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, page, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		var ids []any
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		if err := rows.Err(); err != nil || len(ids) == 0 {
			return err
		}
		in := `(?` + strings.Repeat(`, ?`, len(ids)-1) + `)`
		if stories, err = queryStories(ctx, tx, `id IN `+in, ``, ids...); err != nil {
			return err
		}
		events, err := queryEvents(ctx, tx, `id IN (SELECT event FROM articles WHERE story IN `+in+`)`, ``, ids...)
		if err != nil {
			return err
		}
		members, err := queryMembers(ctx, tx, `story IN `+in, ids...)
		if err != nil {
			return err
		}
		storekit.Fill(stories, events, members)
		// The page's order, which may not be newest first.
		at := map[string]int{}
		for i, id := range ids {
			at[id.(string)] = i
		}
		slices.SortFunc(stories, func(a, b copydesk.Story) int { return at[a.ID] - at[b.ID] })
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: find stories: %w", err)
	}
	if stories == nil {
		stories = []copydesk.Story{}
	}
	return stories, total, nil
}

// Outlets reads the counts per outlet that triggers keep in outlet_counts
// (migration 0008): its articles and stories, and the relations whose
// original or copy it published, without an aggregate over the store.
func (db *DB) Outlets(ctx context.Context) ([]copydesk.OutletCount, error) {
	var out []copydesk.OutletCount
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT source, what, n FROM outlet_counts WHERE n != 0`)
		if err != nil {
			return err
		}
		defer rows.Close()
		t := storekit.OutletTally{}
		for rows.Next() {
			var name, what string
			var n int
			if err := rows.Scan(&name, &what, &n); err != nil {
				return err
			}
			if err := t.Add(name, what, n); err != nil {
				return err
			}
		}
		out = t.List()
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: outlets: %w", err)
	}
	return out, nil
}
