package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storetest"
)

// freshSchema returns the test DSN with search_path set to a new schema,
// dropped when the test ends, or skips the test when COPYDESK_TEST_POSTGRES
// is unset. Open creates the schema.
func freshSchema(tb testing.TB) string {
	tb.Helper()
	return storetest.PostgresSchema(tb, "t", DropSchema)
}

// openFresh opens a store in a fresh schema and closes it when the test ends.
func openFresh(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), freshSchema(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	storetest.PostgresDSN(t)
	storetest.Run(t, func(t *testing.T) copydesk.Store {
		// Run closes the store itself; the schema goes after.
		s, err := Open(context.Background(), freshSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestOpenConcurrently(t *testing.T) {
	dsn := freshSchema(t)
	const n = 6
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*Store, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), dsn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
			continue
		}
		defer stores[i].Close()
	}
	if t.Failed() {
		return
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var count, newest int
	if err := stores[0].pool.QueryRow(context.Background(),
		`SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&count, &newest); err != nil {
		t.Fatal(err)
	}
	if count != len(ms) || newest != ms[len(ms)-1].Version {
		t.Errorf("schema_migrations holds %d rows up to %d, want %d up to %d", count, newest, len(ms), ms[len(ms)-1].Version)
	}
}

func TestMigrations(t *testing.T) {
	ms, err := migrations()
	storetest.CheckMigrations(t, ms, err)
}

func TestCopyMigration(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t)
	storetest.CheckCopyMigration(t, func() copydesk.Store {
		s, err := Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(s copydesk.Store, version int) {
		// This store applies the migrations after the newest recorded: it
		// forgets the later ones too, which are written to run again.
		if _, err := s.(*Store).pool.Exec(ctx, `DELETE FROM schema_migrations WHERE version >= $1`, version); err != nil {
			t.Fatal(err)
		}
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	a := &copydesk.Article{ID: "a-1", Ref: "wire/1", Text: "The Brell ferry runs again.", Added: time.Date(2031, 5, 1, 8, 0, 0, 7, time.UTC)}
	if _, err := s.PutArticle(ctx, a, []byte("raw")); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveResult(ctx, copydesk.Result{Article: "a-1", Event: "e", Story: "s",
		Events: []copydesk.Event{{ID: "e", Story: "s", Title: "Ferry"}}, Stories: []copydesk.Story{{ID: "s", Title: "Ferries"}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(ctx, dsn)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	got, err := s.Article(ctx, "a-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != a.Text || !got.Added.Equal(a.Added) || got.Event != "e" {
		t.Errorf("after reopening: got %+v, want %+v in event e", got, a)
	}

	// A schema newer than this program is refused.
	if _, err := s.pool.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	if s2, err := Open(ctx, dsn); copydesk.ErrorCode(err) != copydesk.EConflict {
		if err == nil {
			s2.Close()
		}
		t.Errorf("Open of a newer schema: error %v, want code %q", err, copydesk.EConflict)
	}
}

func TestOpenInvalid(t *testing.T) {
	for _, dsn := range []string{"", "copydesk.db", "mysql://u@h/db", "postgres://u:secret@h:notaport/db"} {
		s, err := Open(context.Background(), dsn)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q): no error", dsn)
			continue
		}
		if copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("Open(%q): error %v, want code %q", dsn, err, copydesk.EInvalid)
		}
		if strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q): error %q shows the password", dsn, err)
		}
	}
}

func TestFirstSchema(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"copydesk", "copydesk"},
		{"CopyDesk, public", "copydesk"},
		{`"Mixed Case",public`, "Mixed Case"},
		{`"$user", public`, ""},
		{"$user, public", ""},
	}
	for _, tt := range tests {
		if got := firstSchema(tt.in); got != tt.want {
			t.Errorf("firstSchema(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPutArticleInvalid(t *testing.T) {
	s := openFresh(t)
	tests := []struct {
		name string
		a    copydesk.Article
	}{
		{"no ID", copydesk.Article{Ref: "r"}},
		{"year past 9999", copydesk.Article{ID: "x", Ref: "r", Published: time.Date(12025, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"unencodable extra", copydesk.Article{ID: "y", Ref: "r", Extra: map[string]any{"f": func() {}}}},
		{"NUL in text", copydesk.Article{ID: "z", Ref: "r", Text: "a\x00b"}},
		{"invalid UTF-8 in title", copydesk.Article{ID: "w", Ref: "r", Title: "caf\xe9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.PutArticle(context.Background(), &tt.a, nil)
			if got := copydesk.ErrorCode(err); got != copydesk.EInvalid {
				t.Errorf("PutArticle error %v has code %q, want %q", err, got, copydesk.EInvalid)
			}
		})
	}
	// NUL in JSON (as \u0000) is fine: the columns are json, not jsonb.
	a := &copydesk.Article{ID: "nul-extra", Ref: "r", Extra: map[string]any{"k": "a\x00b"}}
	if _, err := s.PutArticle(context.Background(), a, nil); err != nil {
		t.Fatalf("PutArticle with a NUL in Extra: %v", err)
	}
	got, err := s.Article(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Extra["k"] != "a\x00b" {
		t.Errorf("Extra = %q, want a NUL kept", got.Extra)
	}
}

func TestArticlesNegativeLimit(t *testing.T) {
	s := openFresh(t)
	for _, f := range []copydesk.ArticleFilter{{Limit: -1}, {Offset: -2}} {
		if _, err := s.Articles(context.Background(), f); copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("Articles(%+v) error %v, want code %q", f, err, copydesk.EInvalid)
		}
	}
}

func TestArticlesManyIDs(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	if _, err := s.PutArticle(ctx, &copydesk.Article{ID: "a-needle", Ref: "r"}, nil); err != nil {
		t.Fatal(err)
	}
	// More IDs than PostgreSQL allows parameters (65535).
	ids := make([]string, 70000)
	for i := range ids {
		ids[i] = fmt.Sprintf("a-absent-%d", i)
	}
	ids[len(ids)/2] = "a-needle"
	as, err := s.Articles(ctx, copydesk.ArticleFilter{IDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].ID != "a-needle" {
		t.Errorf("Articles(70000 IDs) = %d articles, want a-needle only", len(as))
	}
}

// TestCollation checks that keys order byte by byte whatever the database's
// locale: a locale would put "a-b" after "ab" and "B" after "a".
func TestCollation(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	at := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, id := range []string{"ab", "a-b", "B", "a", "_z"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id, Added: at}, nil); err != nil {
			t.Fatal(err)
		}
	}
	as, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.ID)
	}
	if want := []string{"B", "_z", "a", "a-b", "ab"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Articles order = %q, want %q (bytewise)", got, want)
	}
}

func BenchmarkPutArticle(b *testing.B) {
	storetest.BenchPutArticle(b, openFresh(b))
}

func BenchmarkSaveResult(b *testing.B) {
	storetest.BenchSaveResult(b, openFresh(b))
}

// TestSaveResultFailsLate checks a SaveResult that PostgreSQL refuses in its
// second batch, after the checks: nothing changes, and the store goes on.
func TestSaveResultFailsLate(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	for _, id := range []string{"l-1", "l-2"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	for range 3 { // more times than the pool would hold a broken connection
		err := s.SaveResult(ctx, copydesk.Result{Article: "l-1", Event: "e", Story: "s",
			Relations: []copydesk.Relation{{From: "l-2", To: "l-1", Kind: copydesk.Duplicate, Score: 1}},
			Events:    []copydesk.Event{{ID: "e", Story: "s", Title: "a NUL \x00 in a title"}},
			Stories:   []copydesk.Story{{ID: "s"}}})
		if copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Fatalf("SaveResult with a NUL in a title: error %v, want code %q", err, copydesk.EInvalid)
		}
	}
	un, err := s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		t.Fatal(err)
	}
	rels, err := s.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 2 || len(rels) != 0 {
		t.Errorf("after a failed SaveResult: %d unprocessed, %d relations; want 2, 0", len(un), len(rels))
	}
	if err := s.SaveResult(ctx, copydesk.Result{Article: "l-1", Event: "e", Story: "s"}); err != nil {
		t.Errorf("SaveResult after a failed one: %v", err)
	}
}

// TestSaveResultConcurrent saves results that move articles between a few
// events and stories from several goroutines at once, and checks that every
// assignment names a stored event and story and that no stored event or
// story is empty.
func TestSaveResultConcurrent(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const articles, workers, rounds = 4, 4, 60
	id := func(k int) string { return fmt.Sprintf("cc-%d", k%articles) }
	for k := range articles {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id(k), Ref: id(k)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				n := w*rounds + i
				ev, st := fmt.Sprintf("e%d", n%5), fmt.Sprintf("s%d", n%3)
				errs <- s.SaveResult(ctx, copydesk.Result{
					Article: id(w*3 + i), Event: ev, Story: st,
					Events:  []copydesk.Event{{ID: ev, Story: st, Title: ev}},
					Stories: []copydesk.Story{{ID: st, Title: st}},
					Moves:   []copydesk.Move{{Article: id(w*5 + i + 1), Event: ev, Story: st}},
					Relations: []copydesk.Relation{
						{From: id(i), To: id(i + 1), Kind: copydesk.Duplicate, Score: float64(w)},
					},
				})
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	as, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	events, err := s.Events(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	eventOK, storyOK := map[string]bool{}, map[string]bool{}
	for _, e := range events {
		eventOK[e.ID] = true
		if len(e.Articles) == 0 {
			t.Errorf("event %s is stored without articles", e.ID)
		}
	}
	for _, st := range stories {
		storyOK[st.ID] = true
		if len(st.Articles) == 0 {
			t.Errorf("story %s is stored without articles", st.ID)
		}
	}
	for _, a := range as {
		if a.Event != "" && !eventOK[a.Event] || a.Story != "" && !storyOK[a.Story] {
			t.Errorf("article %s is in event %q and story %q, which are not both stored", a.ID, a.Event, a.Story)
		}
	}
}

// TestSaveResultPruneWaits checks the race between a result that leaves an
// event empty and a concurrent one that puts an article in it: B holds the
// event row (as a SaveResult does after upserting it) and assigns x; A moves
// the event's last article out and must not delete the event once B commits.
func TestSaveResultPruneWaits(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	for _, id := range []string{"pr-a", "pr-x"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveResult(ctx, copydesk.Result{Article: "pr-a", Event: "e", Story: "s",
		Events: []copydesk.Event{{ID: "e", Story: "s"}}, Stories: []copydesk.Story{{ID: "s"}}}); err != nil {
		t.Fatal(err)
	}
	b, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback(ctx)
	for _, q := range []string{
		`INSERT INTO events (id, story, title) VALUES ('e', 's', 'B') ON CONFLICT (id) DO UPDATE SET title = excluded.title`,
		`UPDATE articles SET event = 'e', story = 's', processed_at = 'x' WHERE id = 'pr-x'`,
	} {
		if _, err := b.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	var pid int
	if err := b.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- s.SaveResult(ctx, copydesk.Result{Article: "pr-a", Event: "e2", Story: "s",
			Events: []copydesk.Event{{ID: "e2", Story: "s"}}})
	}()
	// Wait until A waits for B's lock (or has finished, which it cannot
	// while B holds the row).
	for waiting := false; !waiting; {
		if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_stat_activity
			WHERE $1 = ANY(pg_blocking_pids(pid)))`, pid).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			t.Fatalf("SaveResult did not wait for the concurrent transaction: %v", err)
		case <-time.After(time.Millisecond):
		}
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	events, err := s.Events(ctx, "s")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range events {
		got[e.ID] = e.Articles
	}
	if fmt.Sprint(got["e"]) != "[pr-x]" || fmt.Sprint(got["e2"]) != "[pr-a]" {
		t.Errorf("events of s = %v, want e with pr-x and e2 with pr-a", got)
	}
}
