package view_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// The views read a store the pipeline filled: these tests fill one with
// invented articles (or the shared seeds) through the real pipeline.

// doc is one invented article as written to a JSONL fixture.
type doc struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

var fixed = time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)

// writeJSONL writes docs to a new JSONL file in dir, one a line.
func writeJSONL(t testing.TB, dir, name string, docs []doc) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func openStore(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// build adds the inputs at paths to a fresh store through the pipeline,
// failing the test on any failed or skipped item.
func build(t testing.TB, paths ...string) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db := openStore(t, filepath.Join(t.TempDir(), "c.db"))
	e, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, paths), func(it pipeline.Item) {
		if it.Err != nil && it.Status != pipeline.Noted {
			t.Errorf("%s: %s: %v", it.Input, it.Status, it.Err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// ids maps the refs of a store's articles to their ids.
func ids(t testing.TB, store copydesk.Store) map[string]string {
	t.Helper()
	arts, err := store.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, a := range arts {
		m[a.Ref] = a.ID
	}
	return m
}
