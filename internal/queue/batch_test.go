package queue_test

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
	"github.com/copydesk/copydesk/internal/queue"
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
	p, err := queue.EncodeBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := queue.DecodeBatch(p)
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
	if _, err := queue.DecodeBatch([]byte("{not json")); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("decoding junk: %v, want EInvalid", err)
	}
}
