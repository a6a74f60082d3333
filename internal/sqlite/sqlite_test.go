package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/copydesk/copydesk/internal/storetest"
)

// openTemp opens a new database in a temporary directory and closes it when
// the test ends.
func openTemp(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), filepath.Join(tb.TempDir(), "copydesk.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) copydesk.Store {
		// Run closes the store itself.
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "copydesk.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// querier is what *sql.DB and *sql.Conn share.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// pragma returns the value of PRAGMA name on q.
func pragma(t *testing.T, q querier, name string) string {
	t.Helper()
	var v string
	if err := q.QueryRowContext(context.Background(), "PRAGMA "+name).Scan(&v); err != nil {
		t.Fatalf("PRAGMA %s: %v", name, err)
	}
	return v
}

func TestPragmas(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	tests := []struct{ name, want string }{
		{"journal_mode", "wal"},
		{"synchronous", "1"}, // NORMAL
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
	}
	queriers := map[string]querier{"writer": db.w}
	// Reader connections held at once are distinct pooled connections.
	for _, name := range []string{"reader 1", "reader 2", "reader 3"} {
		c, err := db.r.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		queriers[name] = c
		if got := pragma(t, c, "query_only"); got != "1" {
			t.Errorf("%s: query_only = %s, want 1", name, got)
		}
	}
	for name, q := range queriers {
		for _, tt := range tests {
			if got := pragma(t, q, tt.name); got != tt.want {
				t.Errorf("%s: %s = %s, want %s", name, tt.name, got, tt.want)
			}
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := &copydesk.Article{ID: "a-1", Ref: "wire/1", Text: "The Brell ferry runs again.", Added: time.Date(2031, 5, 1, 8, 0, 0, 7, time.UTC)}
	if _, err := db.PutArticle(ctx, a, []byte("raw")); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveResult(ctx, copydesk.Result{Article: "a-1", Event: "e", Story: "s",
		Events: []copydesk.Event{{ID: "e", Story: "s", Title: "Ferry"}}, Stories: []copydesk.Story{{ID: "s", Title: "Ferries"}}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) {
		t.Errorf("%d migrations recorded after reopening, want %d", n, len(ms))
	}
	got, err := db.Article(ctx, "a-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != a.Text || !got.Added.Equal(a.Added) || got.Event != "e" {
		t.Errorf("after reopening: got %+v, want %+v in event e", got, a)
	}
	st, err := db.Story(ctx, "s")
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Ferries" || len(st.Articles) != 1 {
		t.Errorf("story after reopening = %+v, want Ferries with a-1", st)
	}
}

func TestMigrations(t *testing.T) {
	ms, err := migrations()
	storetest.CheckMigrations(t, ms, err)
}

func TestCopyMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	storetest.CheckCopyMigration(t, func() copydesk.Store {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}, func(s copydesk.Store, version int) {
		if _, err := s.(*DB).w.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = ?`, version); err != nil {
			t.Fatal(err)
		}
	})
}

func TestOpenNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err := Open(ctx, path); copydesk.ErrorCode(err) != copydesk.EConflict {
		if err == nil {
			db.Close()
		}
		t.Errorf("Open of a newer schema: error %v, want code %q", err, copydesk.EConflict)
	}
}

func TestOpenPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		name, path string
		ok         bool
	}{
		{"plain", filepath.Join(dir, "plain.db"), true},
		{"URI characters", filepath.Join(dir, "a?b#c %41.db"), true},
		{"empty", "", false},
		{"memory", ":memory:", false},
		{"missing directory", filepath.Join(dir, "missing", "x.db"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(ctx, tt.path)
			if (err == nil) != tt.ok {
				t.Fatalf("Open(%q) error = %v, want success %v", tt.path, err, tt.ok)
			}
			if err != nil {
				return
			}
			defer db.Close()
			if _, err := os.Stat(tt.path); err != nil {
				t.Errorf("Open(%q) did not create the file: %v", tt.path, err)
			}
		})
	}
}

func TestPutArticleInvalid(t *testing.T) {
	db := openTemp(t)
	tests := []struct {
		name string
		a    copydesk.Article
	}{
		{"no ID", copydesk.Article{Ref: "r"}},
		{"year past 9999", copydesk.Article{ID: "x", Ref: "r", Published: time.Date(12025, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"unencodable extra", copydesk.Article{ID: "y", Ref: "r", Extra: map[string]any{"f": func() {}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.PutArticle(context.Background(), &tt.a, nil)
			if got := copydesk.ErrorCode(err); got != copydesk.EInvalid {
				t.Errorf("PutArticle error %v has code %q, want %q", err, got, copydesk.EInvalid)
			}
		})
	}
}

func TestArticlesNegativeLimit(t *testing.T) {
	db := openTemp(t)
	for _, f := range []copydesk.ArticleFilter{{Limit: -1}, {Offset: -2}} {
		if _, err := db.Articles(context.Background(), f); copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("Articles(%+v) error %v, want code %q", f, err, copydesk.EInvalid)
		}
	}
}

func TestArticlesManyIDs(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a := &copydesk.Article{ID: "a-needle", Ref: "r"}
	if _, err := db.PutArticle(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	// More IDs than SQLite allows parameters.
	ids := make([]string, 40000)
	for i := range ids {
		ids[i] = "a-absent-" + string(rune('a'+i%26))
	}
	ids[len(ids)/2] = "a-needle"
	as, err := db.Articles(ctx, copydesk.ArticleFilter{IDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].ID != "a-needle" {
		t.Errorf("Articles(40000 IDs) = %d articles, want a-needle only", len(as))
	}
}

func BenchmarkPutArticle(b *testing.B) {
	storetest.BenchPutArticle(b, openTemp(b))
}

// BenchmarkPutArticles stores batches of 256 articles, as copydesk add does.
func BenchmarkPutArticles(b *testing.B) {
	storetest.BenchPutArticles(b, openTemp(b), 256)
}

func BenchmarkSaveResult(b *testing.B) {
	storetest.BenchSaveResult(b, openTemp(b))
}

// TestOutletCountsMigration checks that migration 0008 counts what a store
// held before it: the counts are emptied and the migration run again on
// reopening, and Outlets must equal the aggregates over the store.
func TestOutletCountsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := storetest.FillBig(ctx, db, 200, nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM outlet_counts`, `DELETE FROM outlet_stories`, `DELETE FROM schema_migrations WHERE version = 8`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := storekit.CountOutlets(`articles a`, func(q string, row func(scan func(...any) error) error) error {
		rows, err := db.r.QueryContext(ctx, q)
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
		t.Fatal(err)
	}
	if len(got) < 2 || !reflect.DeepEqual(got, want) {
		t.Errorf("Outlets after the migration = %+v,\nwant %+v", got[:min(3, len(got))], want[:min(3, len(want))])
	}
}
