package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// SaveResult records r in one transaction: it deletes the r.Unlink relations,
// re-decides the r.Redirect ones and upserts r.Relations by From and
// To, assigns r.Article to r.Event and r.Story and marks it processed at r.Now
// (the current time when zero), upserts the rows of r.Stories and r.Events,
// applies r.Moves, and finally deletes the events and stories this left
// without articles. Every article named in r must be stored, else SaveResult
// returns an ENotFound error and changes nothing.
//
// Concurrent results stay consistent: the rows of r.Article and of the moved
// articles are locked (in ID order) for the transaction, so two processes
// saving results for the same articles take turns; rows are written in ID
// order; an event or story is deleted only if empty once its row is locked;
// and a transaction PostgreSQL fails for a deadlock is retried. It costs two
// round trips: the checks, then the writes with the commit.
func (s *Store) SaveResult(ctx context.Context, r copydesk.Result) error {
	if err := storekit.CheckResult(r); err != nil {
		return err
	}
	now := r.Now
	if now.IsZero() {
		now = time.Now()
	}
	// Everything JSON first, so that nothing fails half-way for it.
	evidence := make([]string, len(r.Relations))
	for i, rel := range r.Relations {
		b, err := json.Marshal(rel.Evidence)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "relation %s -> %s: evidence: %v", rel.From, rel.To, err)
		}
		evidence[i] = string(b)
	}
	placement, err := storekit.PlacementColumn(r.Placement)
	if err != nil {
		return copydesk.Errorf(copydesk.EInvalid, "article %s: placement: %v", r.Article, err)
	}

	// A deadlock with a concurrent result, which PostgreSQL breaks by
	// failing one transaction, is retried: the transaction changed nothing.
	for attempt := 1; ; attempt++ {
		err := s.saveResultOnce(ctx, r, now, evidence, placement)
		if err == nil || attempt == maxTries || !retryable(err) {
			return wrap("save result of article "+r.Article, err)
		}
	}
}

// SaveResults is SaveResult for each of rs, in order, each in its own
// transaction (one retried on a deadlock changes nothing of the others).
func (s *Store) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	for _, r := range rs {
		if err := s.SaveResult(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// maxTries is how many times SaveResult tries a transaction that failed for
// a deadlock or a serialization failure.
const maxTries = 4

// retryable reports whether err is a transaction failure worth retrying.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "40P01" || pgErr.Code == "40001") // deadlock_detected, serialization_failure
}

// saveResultOnce runs one transaction of SaveResult on a connection of its
// own.
func (s *Store) saveResultOnce(ctx context.Context, r copydesk.Result, now time.Time, evidence []string, placement *string) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// A connection left inside a transaction (after an error) is closed on
	// release, which rolls the transaction back.
	defer conn.Release()
	if err := saveResult(ctx, conn, r, now, evidence, placement); err != nil {
		rollback(conn)
		return err
	}
	return nil
}

// rollback ends the transaction conn may be in, if it can; the pool closes a
// connection it could not end.
func rollback(conn *pgxpool.Conn) {
	if conn.Conn().IsClosed() || conn.Conn().PgConn().TxStatus() == 'I' {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, _ = conn.Exec(ctx, `ROLLBACK`) // on failure the pool closes the connection, which rolls back
}

// saveResult does the work of SaveResult on conn: BEGIN and the checks in one
// batch, the writes and COMMIT in a second. On error the transaction may be
// left open, for the caller to roll back.
func saveResult(ctx context.Context, conn *pgxpool.Conn, r copydesk.Result, now time.Time, evidence []string, placement *string) error {
	// The articles whose assignment changes, locked, with their former
	// event and story; and the relations' other articles, which need only
	// exist.
	moved := []string{r.Article}
	for _, m := range r.Moves {
		moved = append(moved, m.Article)
	}
	slices.Sort(moved)
	moved = slices.Compact(moved)
	var others []string
	for _, rel := range r.Relations {
		others = append(others, rel.From, rel.To)
	}
	slices.Sort(others)
	others = slices.Compact(others)

	assigned := map[string][2]string{} // article -> its event and story before r
	present := map[string]bool{}
	b := &pgx.Batch{}
	b.Queue(`BEGIN`)
	fenced := queueFence(ctx, b)
	b.Queue(`SELECT id, event, story FROM articles WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE`, moved).
		Query(func(rows pgx.Rows) error {
			var id, ev, st string
			_, err := pgx.ForEachRow(rows, []any{&id, &ev, &st}, func() error {
				assigned[id] = [2]string{ev, st}
				present[id] = true
				return nil
			})
			return err
		})
	if len(others) > 0 {
		b.Queue(`SELECT id FROM articles WHERE id = ANY($1::text[])`, others).Query(func(rows pgx.Rows) error {
			var id string
			_, err := pgx.ForEachRow(rows, []any{&id}, func() error {
				present[id] = true
				return nil
			})
			return err
		})
	}
	// The relations to re-decide, as stored (locked; one unlinked by this
	// result, or since, is passed over).
	unlinked := map[copydesk.Link]bool{}
	for _, l := range r.Unlink {
		unlinked[l] = true
	}
	redirected := make([]*copydesk.Relation, len(r.Redirect))
	for i, d := range r.Redirect {
		if unlinked[d.Link] {
			continue
		}
		b.Queue(`SELECT kind, score, evidence FROM relations WHERE from_id = $1 AND to_id = $2 FOR UPDATE`, d.From, d.To).
			Query(func(rows pgx.Rows) error {
				var (
					kind     string
					score    float64
					evidence []byte
				)
				_, err := pgx.ForEachRow(rows, []any{&kind, &score, &evidence}, func() error {
					rel := copydesk.Relation{From: d.From, To: d.To, Kind: copydesk.Kind(kind), Score: score}
					if err := json.Unmarshal(evidence, &rel.Evidence); err != nil {
						return fmt.Errorf("redirect %s -> %s: evidence: %w", d.From, d.To, err)
					}
					rel = rel.Redirected(d)
					redirected[i] = &rel
					return nil
				})
				return err
			})
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	if err := fenced(); err != nil {
		return copydesk.Errorf(copydesk.EConflict, "article %s not saved: %v", r.Article, err)
	}

	// The checks, in the order the SQLite store makes them.
	if !present[r.Article] {
		return copydesk.Errorf(copydesk.ENotFound, "article %s not found", r.Article)
	}
	for _, m := range r.Moves {
		if !present[m.Article] {
			return copydesk.Errorf(copydesk.ENotFound, "move: article %s not found", m.Article)
		}
	}
	for _, rel := range r.Relations {
		for _, id := range []string{rel.From, rel.To} {
			if !present[id] {
				return copydesk.Errorf(copydesk.ENotFound, "relation %s -> %s: article %s not found", rel.From, rel.To, id)
			}
		}
	}
	if r.Facts != nil && r.Facts.ID != r.Article {
		return copydesk.Errorf(copydesk.EInvalid, "article %s: facts of %s", r.Article, r.Facts.ID)
	}

	// Events and stories that may be left empty: the former assignments of
	// the articles this result reassigns, and the rows it upserts.
	events, stories := map[string]bool{}, map[string]bool{}
	for _, es := range assigned {
		events[es[0]], stories[es[1]] = true, true
	}
	// And those it writes or assigns articles to, which are locked with
	// them below (an assigned one is not left empty, and stays).
	for _, e := range r.Events {
		events[e.ID] = true
	}
	for _, st := range r.Stories {
		stories[st.ID] = true
	}
	events[r.Event], stories[r.Story] = true, true
	for _, m := range r.Moves {
		events[m.Event], stories[m.Story] = true, true
	}
	delete(events, "")
	delete(stories, "")
	eventIDs, storyIDs := slices.Sorted(maps.Keys(events)), slices.Sorted(maps.Keys(stories))

	// Every event and story row this result may write or delete is locked
	// first, events then stories, each in ID order, so that concurrent
	// results wait for each other instead of deadlocking. Then the rows, each
	// kind in ID order (stable, so that the last of two rows with one ID still
	// wins); then the assignments; then the pruning.
	b = &pgx.Batch{}
	b.Queue(`SELECT id FROM events WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, eventIDs)
	b.Queue(`SELECT id FROM stories WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, storyIDs)
	rels := make([]int, len(r.Relations))
	for i := range rels {
		rels[i] = i
	}
	slices.SortStableFunc(rels, func(i, j int) int {
		a, b := r.Relations[i], r.Relations[j]
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To))
	})
	for _, l := range slices.SortedStableFunc(slices.Values(r.Unlink), func(a, b copydesk.Link) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To))
	}) {
		b.Queue(`DELETE FROM relations WHERE from_id = $1 AND to_id = $2`, l.From, l.To)
	}
	for i, rel := range redirected {
		if rel == nil {
			continue
		}
		ev, err := json.Marshal(rel.Evidence)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "redirect %s -> %s: evidence: %v", rel.From, rel.To, err)
		}
		d := r.Redirect[i]
		b.Queue(`DELETE FROM relations WHERE from_id = $1 AND to_id = $2`, d.From, d.To)
		b.Queue(`INSERT INTO relations (from_id, to_id, kind, score, evidence)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (from_id, to_id) DO UPDATE
			SET kind = excluded.kind, score = excluded.score, evidence = excluded.evidence`,
			rel.From, rel.To, string(rel.Kind), rel.Score, string(ev))
	}
	for _, i := range rels {
		rel := r.Relations[i]
		b.Queue(`INSERT INTO relations (from_id, to_id, kind, score, evidence)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (from_id, to_id) DO UPDATE
			SET kind = excluded.kind, score = excluded.score, evidence = excluded.evidence`,
			rel.From, rel.To, string(rel.Kind), rel.Score, evidence[i])
	}
	for _, st := range slices.SortedStableFunc(slices.Values(r.Stories), func(a, b copydesk.Story) int { return strings.Compare(a.ID, b.ID) }) {
		b.Queue(`INSERT INTO stories (id, title, first_seen, last_seen)
			VALUES ($1, $2, $3, $4)
			ON CONFLICT (id) DO UPDATE
			SET title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
			st.ID, st.Title, storekit.NullTime(st.FirstSeen), storekit.NullTime(st.LastSeen))
	}
	for _, e := range slices.SortedStableFunc(slices.Values(r.Events), func(a, b copydesk.Event) int { return strings.Compare(a.ID, b.ID) }) {
		b.Queue(`INSERT INTO events (id, story, title, first_seen, last_seen)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (id) DO UPDATE
			SET story = excluded.story, title = excluded.title,
				first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
			e.ID, e.Story, e.Title, storekit.NullTime(e.FirstSeen), storekit.NullTime(e.LastSeen))
	}
	b.Queue(`UPDATE articles SET event = $1, story = $2, placement = $3, processed_at = $4 WHERE id = $5`,
		r.Event, r.Story, placement, storekit.FormatTime(now), r.Article)
	for _, m := range r.Moves {
		moved, err := storekit.PlacementColumn(m.Placement)
		if err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "move article %s: placement: %v", m.Article, err)
		}
		b.Queue(`UPDATE articles SET event = $1, story = $2, placement = COALESCE($3, placement) WHERE id = $4`,
			m.Event, m.Story, moved, m.Article)
	}
	if r.Facts != nil {
		b.Queue(putArticleFacts, r.Facts.ID, r.Facts.Version, r.Facts.Data)
	}
	// The facts of every story touched, left or joined, are stale.
	b.Queue(`UPDATE story_facts SET stale = true WHERE story_id = ANY($1::text[])`, storyIDs)
	// Only the candidates can have become empty: every other row kept its
	// articles, since articles change hands only here. The DELETE looks at
	// the articles in a snapshot taken after the locks above were granted, so
	// a concurrent result that put an article in a candidate has committed
	// by then, and the row stays.
	b.Queue(`DELETE FROM events e WHERE e.id = ANY($1::text[])
		AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.event = e.id)`, eventIDs)
	b.Queue(`DELETE FROM stories s WHERE s.id = ANY($1::text[])
		AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)`, storyIDs)
	b.Queue(`COMMIT`)
	return conn.SendBatch(ctx, b).Close()
}

// Relations returns the relations with article id as From or To, or every
// relation when id is "", ordered by From then To.
func (s *Store) Relations(ctx context.Context, id string) ([]copydesk.Relation, error) {
	q := `SELECT from_id, to_id, kind, score, evidence::text FROM relations`
	var args []any
	if id != "" {
		q += ` WHERE from_id = $1 OR to_id = $1`
		args = append(args, id)
	}
	rels, err := s.queryRelations(ctx, q+` ORDER BY from_id, to_id`, args...)
	if err != nil {
		return nil, wrap("relations of "+quote(id), err)
	}
	return rels, nil
}

// StoryRelations returns the relations between two articles of story id,
// ordered by From then To.
func (s *Store) StoryRelations(ctx context.Context, id string) ([]copydesk.Relation, error) {
	rels, err := s.queryRelations(ctx, `SELECT from_id, to_id, kind, score, evidence::text FROM relations
		WHERE from_id IN (SELECT id FROM articles WHERE story = $1) AND to_id IN (SELECT id FROM articles WHERE story = $1)
		ORDER BY from_id, to_id`, id)
	if err != nil {
		return nil, wrap("relations of story "+quote(id), err)
	}
	return rels, nil
}

// RelationsPage returns one page of every relation, ordered by From then
// To, through the primary key.
func (s *Store) RelationsPage(ctx context.Context, p copydesk.Page) ([]copydesk.Relation, error) {
	tail, args, err := pageClause(p, 0)
	if err != nil {
		return nil, err
	}
	rels, err := s.queryRelations(ctx, `SELECT from_id, to_id, kind, score, evidence::text FROM relations ORDER BY from_id, to_id`+tail, args...)
	if err != nil {
		return nil, wrap(fmt.Sprintf("relations page %+v", p), err)
	}
	return rels, nil
}

// queryRelations reads the relations q selects.
func (s *Store) queryRelations(ctx context.Context, q string, args ...any) ([]copydesk.Relation, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	rels := []copydesk.Relation{}
	var (
		rel            copydesk.Relation
		kind, evidence string
	)
	_, err = pgx.ForEachRow(rows, []any{&rel.From, &rel.To, &kind, &rel.Score, &evidence}, func() error {
		r := copydesk.Relation{From: rel.From, To: rel.To, Kind: copydesk.Kind(kind), Score: rel.Score}
		if err := json.Unmarshal([]byte(evidence), &r.Evidence); err != nil {
			return copydesk.Errorf(copydesk.EInternal, "relation %s -> %s: evidence: %v", r.From, r.To, err)
		}
		rels = append(rels, r)
		return nil
	})
	return rels, err
}

// pageClause writes p as SQL's LIMIT and OFFSET, its parameters numbered
// after the n a query has; "" for the whole list.
func pageClause(p copydesk.Page, n int) (string, []any, error) {
	if p.Limit < 0 || p.Offset < 0 {
		return "", nil, copydesk.Errorf(copydesk.EInvalid, "page: negative limit %d or offset %d", p.Limit, p.Offset)
	}
	if p == (copydesk.Page{}) {
		return "", nil, nil
	}
	if p.Limit == 0 {
		return fmt.Sprintf(` OFFSET $%d`, n+1), []any{p.Offset}, nil
	}
	return fmt.Sprintf(` LIMIT $%d OFFSET $%d`, n+1, n+2), []any{p.Limit, p.Offset}, nil
}

// Counts counts the rows of each kind.
func (s *Store) Counts(ctx context.Context) (copydesk.Counts, error) {
	var c copydesk.Counts
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),
		(SELECT count(*) FROM events), (SELECT count(*) FROM relations)`).Scan(&c.Articles, &c.Stories, &c.Events, &c.Relations)
	if err != nil {
		return c, wrap("counts", err)
	}
	return c, nil
}

// quote returns s in double quotes, for messages naming a possibly empty ID.
func quote(s string) string {
	return `"` + s + `"`
}

// Stories returns every story with its events and articles, newest first: by
// LastSeen descending (unknown last), then by ID.
func (s *Store) Stories(ctx context.Context) ([]copydesk.Story, error) {
	return s.StoriesPage(ctx, copydesk.Page{})
}

// StoriesPage returns one page of Stories, reading the events and articles
// of that page's stories only.
func (s *Store) StoriesPage(ctx context.Context, p copydesk.Page) ([]copydesk.Story, error) {
	tail, targs, err := pageClause(p, 0)
	if err != nil {
		return nil, err
	}
	var (
		stories []copydesk.Story
		events  []copydesk.Event
		members []storekit.Member
	)
	page := `SELECT id FROM stories` + newestFirst + tail
	err = s.read(ctx, func(b *pgx.Batch) {
		queueStories(b, &stories, ``, tail, targs...)
		if tail == "" {
			queueEvents(b, &events, ``, ``)
			queueMembers(b, &members, `story <> ''`)
			return
		}
		queueEvents(b, &events, `id IN (SELECT event FROM articles WHERE story IN (`+page+`))`, ``, targs...)
		queueMembers(b, &members, `story IN (`+page+`)`, targs...)
	})
	if err != nil {
		return nil, wrap("stories", err)
	}
	storekit.Fill(stories, events, members)
	return stories, nil
}

// Story returns story id with its events and articles, or an ENotFound error.
func (s *Store) Story(ctx context.Context, id string) (*copydesk.Story, error) {
	var (
		stories []copydesk.Story
		events  []copydesk.Event
		members []storekit.Member
	)
	err := s.read(ctx, func(b *pgx.Batch) {
		queueStories(b, &stories, `id = $1`, ``, id)
		queueEvents(b, &events, `id IN (SELECT event FROM articles WHERE story = $1)`, ``, id)
		queueMembers(b, &members, `story = $1`, id)
	})
	if err != nil {
		return nil, wrap("story "+id, err)
	}
	if len(stories) == 0 {
		return nil, copydesk.Errorf(copydesk.ENotFound, "story %s not found", id)
	}
	storekit.Fill(stories, events, members)
	return &stories[0], nil
}

// Events returns the events whose row names story, or every event when story
// is "", with their articles, newest first like Stories.
func (s *Store) Events(ctx context.Context, story string) ([]copydesk.Event, error) {
	return s.EventsPage(ctx, story, copydesk.Page{})
}

// EventsPage returns one page of Events, reading the articles of that
// page's events only.
func (s *Store) EventsPage(ctx context.Context, story string, p copydesk.Page) ([]copydesk.Event, error) {
	n := 0
	if story != "" {
		n = 1
	}
	tail, targs, err := pageClause(p, n)
	if err != nil {
		return nil, err
	}
	var (
		events  []copydesk.Event
		members []storekit.Member
	)
	err = s.read(ctx, func(b *pgx.Batch) {
		switch {
		case tail != "":
			where, args, ofStory := ``, targs, ``
			if story != "" {
				where, args, ofStory = `story = $1`, append([]any{story}, targs...), ` WHERE story = $1`
			}
			queueEvents(b, &events, where, tail, args...)
			queueMembers(b, &members, `event IN (SELECT id FROM events`+ofStory+newestFirst+tail+`)`, args...)
		case story == "":
			queueEvents(b, &events, ``, ``)
			queueMembers(b, &members, `event <> ''`)
		default:
			queueEvents(b, &events, `story = $1`, ``, story)
			queueMembers(b, &members, `event IN (SELECT id FROM events WHERE story = $1)`, story)
		}
	})
	if err != nil {
		return nil, wrap("events of story "+quote(story), err)
	}
	storekit.Fill(nil, events, members)
	return events, nil
}

// read runs the queries queue adds in one read-only REPEATABLE READ
// transaction, so that the several queries behind one answer see the same
// snapshot, in one round trip.
func (s *Store) read(ctx context.Context, queue func(b *pgx.Batch)) error {
	b := &pgx.Batch{}
	b.Queue(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`)
	queue(b)
	b.Queue(`COMMIT`)
	return s.pool.SendBatch(ctx, b).Close()
}

// newestFirst orders rows by last_seen descending, unknown last, then by id.
const newestFirst = ` ORDER BY last_seen IS NULL, last_seen DESC, id`

// queueStories queues the query of the story rows matching where ("" for
// all), newest first, then tail (a LIMIT), with empty lists, into *dst.
func queueStories(b *pgx.Batch, dst *[]copydesk.Story, where, tail string, args ...any) {
	q := `SELECT id, title, first_seen, last_seen FROM stories`
	if where != "" {
		q += ` WHERE ` + where
	}
	*dst = []copydesk.Story{}
	b.Queue(q+newestFirst+tail, args...).Query(func(rows pgx.Rows) error {
		var (
			st          copydesk.Story
			first, last *string
		)
		_, err := pgx.ForEachRow(rows, []any{&st.ID, &st.Title, &first, &last}, func() error {
			s := copydesk.Story{ID: st.ID, Title: st.Title, Events: []string{}, Articles: []string{}}
			var err error
			if s.FirstSeen, err = storekit.ParseTime(first); err != nil {
				return copydesk.Errorf(copydesk.EInternal, "story %s: %v", s.ID, err)
			}
			if s.LastSeen, err = storekit.ParseTime(last); err != nil {
				return copydesk.Errorf(copydesk.EInternal, "story %s: %v", s.ID, err)
			}
			*dst = append(*dst, s)
			return nil
		})
		return err
	})
}

// queueEvents queues the query of the event rows matching where ("" for
// all), newest first, then tail (a LIMIT), with empty lists, into *dst.
func queueEvents(b *pgx.Batch, dst *[]copydesk.Event, where, tail string, args ...any) {
	q := `SELECT id, story, title, first_seen, last_seen FROM events`
	if where != "" {
		q += ` WHERE ` + where
	}
	*dst = []copydesk.Event{}
	b.Queue(q+newestFirst+tail, args...).Query(func(rows pgx.Rows) error {
		var (
			ev          copydesk.Event
			first, last *string
		)
		_, err := pgx.ForEachRow(rows, []any{&ev.ID, &ev.Story, &ev.Title, &first, &last}, func() error {
			e := copydesk.Event{ID: ev.ID, Story: ev.Story, Title: ev.Title, Articles: []string{}}
			var err error
			if e.FirstSeen, err = storekit.ParseTime(first); err != nil {
				return copydesk.Errorf(copydesk.EInternal, "event %s: %v", e.ID, err)
			}
			if e.LastSeen, err = storekit.ParseTime(last); err != nil {
				return copydesk.Errorf(copydesk.EInternal, "event %s: %v", e.ID, err)
			}
			*dst = append(*dst, e)
			return nil
		})
		return err
	})
}

// queueMembers queues the query of the assignments of the articles matching
// where into *dst, in the order of the article lists: by Published (unknown
// last), Added, then ID.
func queueMembers(b *pgx.Batch, dst *[]storekit.Member, where string, args ...any) {
	b.Queue(`SELECT id, event, story FROM articles WHERE `+where+`
		ORDER BY published IS NULL, published, added, id`, args...).Query(func(rows pgx.Rows) error {
		var m storekit.Member
		_, err := pgx.ForEachRow(rows, []any{&m.ID, &m.Event, &m.Story}, func() error {
			*dst = append(*dst, m)
			return nil
		})
		return err
	})
}

// FindStories returns the page of stories f selects with their events and
// articles, and how many it selects: the page's ids through the indexes
// on the stories' times, the articles' outlets and the full-text index,
// then only the page's rows, in one snapshot.
func (s *Store) FindStories(ctx context.Context, f copydesk.StoryFilter) ([]copydesk.Story, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, copydesk.Errorf(copydesk.EInvalid, "find stories: negative limit %d or offset %d", f.Limit, f.Offset)
	}
	var match string
	if len(f.Words) > 0 {
		var err error
		if match, err = storekit.PrefixQuery(f.Words, func(t string) string { return "'" + t + "':*" }, " & "); err != nil {
			return nil, 0, err
		}
	}
	var args []any
	page, count := storekit.StorySelect(f, match, func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) },
		func(ph string) string { return `articles a WHERE a.search @@ to_tsquery('simple', ` + ph + `)` })
	var (
		total   int
		ids     []string
		stories []copydesk.Story
		events  []copydesk.Event
		members []storekit.Member
	)
	err := s.read(ctx, func(b *pgx.Batch) {
		b.Queue(count, args...).QueryRow(func(row pgx.Row) error { return row.Scan(&total) })
		b.Queue(page, args...).Query(func(rows pgx.Rows) error {
			var err error
			ids, err = pgx.CollectRows(rows, pgx.RowTo[string])
			return err
		})
		in := `(` + page + `)`
		queueStories(b, &stories, `id IN `+in, ``, args...)
		queueEvents(b, &events, `id IN (SELECT event FROM articles WHERE story IN `+in+`)`, ``, args...)
		queueMembers(b, &members, `story IN `+in, args...)
	})
	if err != nil {
		return nil, 0, wrap("find stories", err)
	}
	storekit.Fill(stories, events, members)
	// The page's order, which may not be newest first.
	at := map[string]int{}
	for i, id := range ids {
		at[id] = i
	}
	slices.SortFunc(stories, func(a, b copydesk.Story) int { return at[a.ID] - at[b.ID] })
	return stories, total, nil
}

// Outlets counts per outlet through the indexes on the articles' outlets
// and ids: its articles and stories, and the relations whose original or
// copy it published, in one snapshot.
func (s *Store) Outlets(ctx context.Context) ([]copydesk.OutletCount, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, wrap("outlets", err)
	}
	defer tx.Rollback(ctx)
	out, err := storekit.CountOutlets(`articles a`, func(q string, row func(scan func(...any) error) error) error {
		rows, err := tx.Query(ctx, q)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := row(rows.Scan); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, wrap("outlets", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, wrap("outlets", err)
	}
	return out, nil
}
