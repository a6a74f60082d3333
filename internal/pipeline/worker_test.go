package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// onceAndDocs writes a synthetic corpus of n articles into a temporary
// folder (dir), adds it to a store of its own in one Add (once, the result
// to compare with) and reads its documents (docs) for batches.
func onceAndDocs(t *testing.T, n int) (dir string, once copydesk.Store, docs []ingest.Doc) {
	t.Helper()
	dir = t.TempDir()
	path := synthetic(t, dir, n)
	once = openStore(t, filepath.Join(dir, "once.db"))
	add(t, openEngine(t, once), path)
	for d, err := range ingest.NewReader(ingest.Options{}).Docs(context.Background(), []string{path}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return dir, once, docs
}

// TestStoreBatchThenProcess stores a corpus batch by batch without
// processing (as workers do, the later batch first), then processes what is
// pending up to a frontier and then all of it: the result equals Add's, and
// a frontier stops processing at the first article at or after it.
func TestStoreBatchThenProcess(t *testing.T) {
	const n = 300
	dir, once, docs := onceAndDocs(t, n)
	ctx := context.Background()
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
	reads := &readCounter{Store: db}
	e, err := pipeline.Load(ctx, reads, pipeline.Options{Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	// A frontier before every pending article: nothing is processed, and
	// asking costs one article read, not a page.
	reads.n = 0
	if done, err := e.ProcessPending(ctx, base); err != nil || done != 0 {
		t.Fatalf("processing up to the first article: %d processed, %v; want 0", done, err)
	}
	if reads.n > 1 {
		t.Errorf("asking with nothing before the frontier read %d articles, want at most 1", reads.n)
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
	sameAsOnce(t, "", db, once)
}

// readCounter counts the articles a Store's Articles returns.
type readCounter struct {
	copydesk.Store
	n int
}

func (r *readCounter) Articles(ctx context.Context, f copydesk.ArticleFilter) ([]*copydesk.Article, error) {
	arts, err := r.Store.Articles(ctx, f)
	r.n += len(arts)
	return arts, err
}

// TestProcessPendingStopped processes stored articles with a context that
// ends during the first round's save (as an assigner's when its lock is
// lost): the rounds read and placed meanwhile are not saved, what is saved
// is a prefix of the order, whole rounds, and a new Engine loaded from the
// store processes the rest to the result of one Add.
func TestProcessPendingStopped(t *testing.T) {
	const n = 600
	dir, once, docs := onceAndDocs(t, n)
	ctx := context.Background()
	db := openStore(t, filepath.Join(dir, "stopped.db"))
	base := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < len(docs); i += pipeline.DefaultBatch {
		b := pipeline.Batch{Seq: i, Base: base.Add(time.Duration(i) * pipeline.Step), Docs: docs[i:min(i+pipeline.DefaultBatch, len(docs))]}
		if _, err := pipeline.StoreBatch(ctx, db, b, nil); err != nil {
			t.Fatal(err)
		}
	}
	held, lose := context.WithCancel(ctx)
	stopping := &stopOnSave{Store: db, stop: lose}
	now := pipeline.Options{Now: func() time.Time { return fixed }}
	e, err := pipeline.Load(ctx, stopping, now)
	if err != nil {
		t.Fatal(err)
	}
	done, err := e.ProcessPending(held, time.Time{})
	if err == nil {
		t.Fatal("ProcessPending with its context ended: no error")
	}
	if done != pipeline.DefaultBatch || stopping.saves != 1 {
		t.Errorf("%d articles saved in %d saves, want one round of %d", done, stopping.saves, pipeline.DefaultBatch)
	}
	all, err := db.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range all {
		if processed := a.Event != ""; processed != (i < done) {
			t.Fatalf("article %d of the order (%s) processed %v, want the first %d only", i, a.ID, processed, done)
		}
	}
	// The next assigner: loaded from the store, it processes the rest.
	e2, err := pipeline.Load(ctx, db, now)
	if err != nil {
		t.Fatal(err)
	}
	if done2, err := e2.ProcessPending(ctx, time.Time{}); err != nil || done+done2 != n {
		t.Fatalf("processing the rest: %d, %v; want %d", done2, err, n-done)
	}
	if err := e2.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	sameAsOnce(t, "", db, once)
}

// stopOnSave is a Store whose first SaveResults ends a context (stop) and
// waits a little before saving, so that the next round is read and placed
// meanwhile.
type stopOnSave struct {
	copydesk.Store
	stop  context.CancelFunc
	saves int
}

func (s *stopOnSave) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	s.saves++
	if s.saves == 1 {
		s.stop()
		time.Sleep(200 * time.Millisecond)
	}
	return s.Store.SaveResults(ctx, rs)
}
