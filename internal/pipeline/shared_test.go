package pipeline_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/view"
)

// sharedInMemory is a copydesk.SharedIndex held in maps, as the PostgreSQL
// store keeps it in tables: what the pipeline's SharedIndex is tested on
// without a server (the PostgreSQL one is tested by the worker tests of
// cmd/copydesk).
type sharedInMemory struct {
	store   copydesk.Store
	mu      sync.Mutex
	keys    map[uint64][]copydesk.Posting
	anchors map[string][]copydesk.Posting
	matches map[string][]byte
}

func newSharedInMemory(store copydesk.Store) *sharedInMemory {
	return &sharedInMemory{store: store, keys: map[uint64][]copydesk.Posting{}, anchors: map[string][]copydesk.Posting{}, matches: map[string][]byte{}}
}

func before(p copydesk.Posting, added time.Time, id string) bool {
	return cmp.Or(p.Added.Compare(added), cmp.Compare(p.Article, id)) < 0
}

func file(l []copydesk.Posting, p copydesk.Posting) []copydesk.Posting {
	if slices.ContainsFunc(l, func(x copydesk.Posting) bool { return x.Article == p.Article }) {
		return l
	}
	l = append(l, p)
	slices.SortFunc(l, func(x, y copydesk.Posting) int {
		return cmp.Or(x.Added.Compare(y.Added), cmp.Compare(x.Article, y.Article))
	})
	return l
}

func (s *sharedInMemory) PutIndex(ctx context.Context, es []copydesk.IndexEntry) error {
	for _, e := range es {
		a, err := s.store.Article(ctx, e.Article)
		if err != nil {
			return err
		}
		s.mu.Lock()
		for _, k := range e.Keys {
			s.keys[k] = file(s.keys[k], copydesk.Posting{Article: a.ID, Added: a.Added})
		}
		for _, k := range e.Anchors {
			s.anchors[k] = file(s.anchors[k], copydesk.Posting{Article: a.ID, Added: a.Added, Lang: e.Lang})
		}
		s.mu.Unlock()
	}
	return nil
}

func (s *sharedInMemory) Postings(_ context.Context, keys []uint64, added time.Time, id string, limit int) ([][]copydesk.Posting, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([][]copydesk.Posting, len(keys))
	for i, k := range keys {
		for _, p := range s.keys[k] {
			if before(p, added, id) && len(out[i]) < limit {
				out[i] = append(out[i], p)
			}
		}
	}
	return out, nil
}

func (s *sharedInMemory) Anchored(_ context.Context, keys []string, added time.Time, id string, limit int) ([][]copydesk.Posting, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([][]copydesk.Posting, len(keys))
	for i, k := range keys {
		var l []copydesk.Posting
		for _, p := range s.anchors[k] {
			if before(p, added, id) {
				l = append(l, p)
			}
		}
		out[i] = l[max(0, len(l)-limit):]
	}
	return out, nil
}

func (s *sharedInMemory) PutMatches(_ context.Context, ms []copydesk.Matches) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range ms {
		s.matches[m.Article] = m.Data
	}
	return nil
}

func (s *sharedInMemory) Matches(_ context.Context, ids []string) (map[string][]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]byte{}
	for _, id := range ids {
		if d, ok := s.matches[id]; ok {
			out[id] = d
		}
	}
	return out, nil
}

// TestSharedIndexSameOutput runs the copy benchmark and the translation set
// through the flow of the workers, in batches of 37: each batch stored and
// filed in a shared index (StoreBatch, IndexArticles), the copies of the
// batches found last batch first (MatchArticles: only the order of the
// index counts, not when a batch is matched), then processed in order by an
// engine that reads the stored matches. The export equals that of one
// Engine.Add with its in-memory index, byte for byte.
func TestSharedIndexSameOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("processes two corpora twice")
	}
	dir := t.TempDir()
	ctx := context.Background()
	inputs := []string{"../../testdata/copies/corpus.jsonl", "../../testdata/translations/corpus.jsonl"}
	var docs []ingest.Doc
	for d, err := range ingest.NewReader(ingest.Options{}).Docs(ctx, inputs) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	const batch = 37
	export := func(db copydesk.Store) []byte {
		x, err := view.ExportAll(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	ref := openStore(t, filepath.Join(dir, "ref.db"))
	e, err := pipeline.Open(ctx, ref, pipeline.Options{Now: func() time.Time { return fixed }, Batch: batch})
	if err != nil {
		t.Fatal(err)
	}
	all := func(yield func(ingest.Doc, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	if _, err := e.Add(ctx, all, nil); err != nil {
		t.Fatal(err)
	}
	want := export(ref)

	db := openStore(t, filepath.Join(dir, "shared.db"))
	shared := newSharedInMemory(db)
	ix := pipeline.NewSharedIndex(db, shared, dedup.Options{})
	var batches [][]*copydesk.Article
	for k := 0; k*batch < len(docs); k++ {
		b := pipeline.Batch{Seq: k, Base: fixed.Add(time.Duration(k*batch) * pipeline.Step), Docs: docs[k*batch : min(len(docs), (k+1)*batch)]}
		var arts []*copydesk.Article
		if _, err := pipeline.StoreBatch(ctx, db, b, func(it pipeline.Item) {
			if it.Status == pipeline.Added {
				arts = append(arts, it.Article)
			}
		}); err != nil {
			t.Fatal(err)
		}
		if err := pipeline.IndexArticles(ctx, ix, arts, 2); err != nil {
			t.Fatal(err)
		}
		batches = append(batches, arts)
	}
	// A new index (another worker's, with nothing in memory) matches.
	other := pipeline.NewSharedIndex(db, shared, dedup.Options{})
	for k := len(batches) - 1; k >= 0; k-- {
		if err := pipeline.MatchArticles(ctx, db, other, shared, batches[k], 2); err != nil {
			t.Fatal(err)
		}
	}
	// One batch's matches are lost: the engine finds them itself.
	for _, a := range batches[1] {
		delete(shared.matches, a.ID)
	}
	eng, err := pipeline.Load(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }, Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.ProcessPending(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := eng.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	if got := export(db); !bytes.Equal(got, want) {
		t.Errorf("the export through the shared index differs from one Add's (%d and %d bytes)", len(got), len(want))
	}
}
