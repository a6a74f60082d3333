package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// TestBatchRoundTrip encodes and decodes a batch of documents of every kind
// (a JSONL line with unknown fields, numbers among them; a text file whose
// body is its raw input; an HTML page) and gets them back equal.
func TestBatchRoundTrip(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.jsonl":   `{"id":"x1","source":"Orlin Courier","published":"2031-03-03T08:00:00+02:00","title":"Ferry resumes","text":"The Orlin ferry resumed on Monday.","views":12345678901234567890,"tags":["port",{"n":1.5}]}` + "\n",
		"b.txt":     "Library opens a reading room\n\nA reading room opened at the Kessmouth library on Tuesday.\n",
		"c.html":    `<html><head><title>Harbour road</title><link rel="canonical" href="https://courier.example/road"></head><body><article><p>The council voted to repave the harbour road.</p></article></body></html>`,
		"d.feed.md": "\ufeffTitle after a BOM\n\nBody text of a file that starts with a byte order mark.\n",
	}
	var paths []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	ctx := context.Background()
	var docs []ingest.Doc
	for d, err := range ingest.NewReader(ingest.Options{}).Docs(ctx, paths) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	b := pipeline.Batch{Seq: 3, Base: time.Date(2031, 3, 3, 8, 0, 0, 123456000, time.UTC), Docs: docs}
	p, err := pipeline.EncodeBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pipeline.DecodeBatch(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Seq != b.Seq || !got.Base.Equal(b.Base) || len(got.Docs) != len(docs) {
		t.Fatalf("got batch %d at %v with %d docs, want %d at %v with %d", got.Seq, got.Base, len(got.Docs), b.Seq, b.Base, len(docs))
	}
	for i := range docs {
		w, g := docs[i], got.Docs[i]
		if !g.Published.Equal(w.Published) {
			t.Errorf("doc %s: published %v, want %v", w.Ref, g.Published, w.Published)
		}
		g.Published, w.Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("doc %s:\ngot  %+v\nwant %+v", w.Ref, g, w)
		}
	}
	if n, ok := got.Docs[0].Extra["views"].(json.Number); !ok || n.String() != "12345678901234567890" {
		t.Errorf("a large number among the unknown fields came back as %#v", got.Docs[0].Extra["views"])
	}
	if _, err := pipeline.DecodeBatch([]byte("{not json")); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("decoding junk: %v, want EInvalid", err)
	}
}

// TestStoreBatchThenProcess stores a corpus batch by batch without
// processing (as workers do, the later batch first), then processes what is
// pending up to a frontier and then all of it: the result equals Add's, and
// a frontier stops processing at the first article at or after it.
func TestStoreBatchThenProcess(t *testing.T) {
	dir := t.TempDir()
	const n = 300
	path := synthetic(t, dir, n)
	ctx := context.Background()
	once := openStore(t, filepath.Join(dir, "once.db"))
	add(t, openEngine(t, once), path)

	var docs []ingest.Doc
	for d, err := range ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	base := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	first := pipeline.Batch{Seq: 0, Base: base, Docs: docs[:pipeline.DefaultBatch]}
	second := pipeline.Batch{Seq: 1, Base: first.End(), Docs: docs[pipeline.DefaultBatch:]}

	db := openStore(t, filepath.Join(dir, "split.db"))
	for _, b := range []pipeline.Batch{second, first} {
		st, err := pipeline.StoreBatch(ctx, db, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if st.Added != len(b.Docs) {
			t.Fatalf("batch %d: %+v, want %d added", b.Seq, st, len(b.Docs))
		}
	}
	// Storing a batch again changes nothing.
	if st, err := pipeline.StoreBatch(ctx, db, first, nil); err != nil || st.Unchanged != len(first.Docs) {
		t.Fatalf("storing batch 0 again: %+v, %v", st, err)
	}
	e, err := pipeline.Load(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	frontier := base.Add(100 * pipeline.Step)
	if done, err := e.ProcessPending(ctx, frontier); err != nil || done != 100 {
		t.Fatalf("processing up to the 101st article: %d processed, %v; want 100", done, err)
	}
	pending, err := db.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || !pending[0].Added.Equal(frontier) {
		t.Fatalf("the first pending article after the frontier: %+v", pending)
	}
	if done, err := e.ProcessPending(ctx, time.Time{}); err != nil || done != n-100 {
		t.Fatalf("processing the rest: %d processed, %v; want %d", done, err, n-100)
	}
	// As a worker does once the queue is empty.
	if err := e.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := relationSet(t, db), relationSet(t, once); !slices.Equal(got, want) {
		t.Errorf("relations:\ngot  %q\nwant %q", got, want)
	}
	if got, want := grouping(t, db), grouping(t, once); !slices.Equal(got, want) {
		t.Errorf("events:\ngot  %q\nwant %q", got, want)
	}
}
