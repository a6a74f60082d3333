package view_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/view"
)

// TestExportStreams checks that the export written a page at a time is
// byte for byte encoding/json's writing of the whole export (ExportAll),
// and that the JSONL export holds the same objects one a line, by kind.
func TestExportStreams(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name  string
		paths []string
	}{
		{"empty store", nil},
		{"examples", []string{"../../examples"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := build(t, tt.paths...)
			x, err := view.ExportAll(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(x); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := view.ExportJSON(ctx, db, &got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("ExportJSON differs from encoding ExportAll:\ngot  %.400s\nwant %.400s", got.String(), want.String())
			}

			got.Reset()
			if err := view.ExportJSONL(ctx, db, &got); err != nil {
				t.Fatal(err)
			}
			var kinds []string
			counts := map[string]int{}
			var back view.Export
			sc := bufio.NewScanner(&got)
			sc.Buffer(nil, 16<<20)
			for sc.Scan() {
				var head struct {
					Kind     string `json:"kind"`
					Relation string `json:"relation"`
				}
				if err := json.Unmarshal(sc.Bytes(), &head); err != nil {
					t.Fatalf("line %q: %v", sc.Text(), err)
				}
				if head.Kind == "relation" && head.Relation == "" {
					t.Errorf("relation line without its relation kind: %s", sc.Text())
				}
				if len(kinds) == 0 || kinds[len(kinds)-1] != head.Kind {
					kinds = append(kinds, head.Kind)
				}
				counts[head.Kind]++
				var err error
				switch head.Kind {
				case "article":
					back.Articles = append(back.Articles, view.ExportArticle{})
					err = json.Unmarshal(sc.Bytes(), &back.Articles[len(back.Articles)-1])
				case "story":
					back.Stories = append(back.Stories, view.ExportStory{})
					err = json.Unmarshal(sc.Bytes(), &back.Stories[len(back.Stories)-1])
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(tt.paths) > 0 && !slices.Equal(kinds, []string{"article", "event", "story", "relation"}) {
				t.Errorf("kinds in the order %q, want article, event, story, relation", kinds)
			}
			if counts["article"] != len(x.Articles) || counts["event"] != len(x.Events) || counts["story"] != len(x.Stories) || counts["relation"] != len(x.Relations) {
				t.Errorf("JSONL counts %v, want %d articles, %d events, %d stories, %d relations", counts, len(x.Articles), len(x.Events), len(x.Stories), len(x.Relations))
			}
			for i := range back.Articles {
				if back.Articles[i] != x.Articles[i] {
					t.Errorf("JSONL article %d = %+v, want %+v", i, back.Articles[i], x.Articles[i])
				}
			}
			for i := range back.Stories {
				a, _ := json.Marshal(back.Stories[i])
				b, _ := json.Marshal(x.Stories[i])
				if !bytes.Equal(a, b) {
					t.Errorf("JSONL story %d differs from the export's", i)
				}
			}
		})
	}
}

// BenchmarkExport writes the JSON and JSONL exports of a generated store of
// COPYDESK_BIG_N articles (2,000 by default; 100,000 for the figure)
// and reports the cost per article (storetest.CachedBig builds the store
// once, and StoreAllFacts stores its stories' facts once, as processing
// does).
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	path, big, err := storetest.CachedBig(ctx, 2000, func(path string) (copydesk.Store, error) { return sqlite.Open(ctx, path) }, b.Logf)
	if err != nil {
		b.Fatal(err)
	}
	n := big.Articles
	db := openStore(b, path)
	// A processed store holds the facts of its stories; the export reads
	// them (stored once into the cached store).
	if err := storetest.StoreAllFacts(ctx, db); err != nil {
		b.Fatal(err)
	}
	for _, format := range []struct {
		name  string
		write func(context.Context, *sqlite.DB, io.Writer) error
	}{
		{"json", func(ctx context.Context, db *sqlite.DB, w io.Writer) error { return view.ExportJSON(ctx, db, w) }},
		{"jsonl", func(ctx context.Context, db *sqlite.DB, w io.Writer) error { return view.ExportJSONL(ctx, db, w) }},
	} {
		b.Run(format.name, func(b *testing.B) {
			var w countWriter
			for b.Loop() {
				w = 0
				if err := format.write(ctx, db, &w); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(w))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n)/1e3, "µs/article")
		})
	}
}

// countWriter counts the bytes written to it.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
