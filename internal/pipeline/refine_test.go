package pipeline_test

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/cluster"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

func fireOptions(deferRefine bool) pipeline.Options {
	return pipeline.Options{Now: func() time.Time { return fixed }, DeferRefine: deferRefine,
		Cluster: cluster.Options{EventThreshold: 0.45, StoryMergeThreshold: -1, StorySplitThreshold: -1}}
}

func TestRefineMovesArticleInStore(t *testing.T) {
	ctx := context.Background()
	// testdata/refine: a brief on a warehouse fire comes before the full
	// reports and opens an event alone; once the reports have made an
	// event of their own, Refine moves the brief into it, in the store too,
	// and says why.
	dir := t.TempDir()
	path := filepath.Join("..", "..", "testdata", "refine", "fire.jsonl")
	db := openStore(t, filepath.Join(dir, "fire.db"))
	e, err := pipeline.Open(ctx, db, fireOptions(true))
	if err != nil {
		t.Fatal(err)
	}
	add(t, e, path)
	before := articlesByRef(t, db)
	if before["brief-1"].Event == before["fire-1"].Event {
		t.Fatal("the brief joined the reports on arrival; the test needs it alone")
	}
	if before["fire-1"].Event != before["fire-3"].Event {
		t.Fatal("the reports are not one event")
	}
	if err := e.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	after := articlesByRef(t, db)
	brief := after["brief-1"]
	if brief.Event != after["fire-1"].Event || brief.Story != after["fire-1"].Story {
		t.Fatalf("after Refine the brief is in %s/%s, the reports in %s/%s", brief.Event, brief.Story, after["fire-1"].Event, after["fire-1"].Story)
	}
	if brief.Placement == nil || !strings.Contains(brief.Placement.Reason, "re-placed") || !strings.Contains(brief.Placement.Reason, before["brief-1"].Event) || len(brief.Placement.Shared) == 0 {
		t.Errorf("placement of the moved brief: %+v", brief.Placement)
	}
	evs, err := db.Events(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.ID == before["brief-1"].Event {
			t.Errorf("the brief's old event %s is still stored, empty", ev.ID)
		}
	}
	// A reopened engine continues from the moved placement: nothing more
	// to do, and the same grouping.
	e2, err := pipeline.Open(ctx, db, fireOptions(true))
	if err != nil {
		t.Fatal(err)
	}
	if err := e2.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	if again := articlesByRef(t, db); again["brief-1"].Event != brief.Event {
		t.Errorf("after reopening the brief is in %s, was %s", again["brief-1"].Event, brief.Event)
	}

	// Without DeferRefine, Add refines at its end.
	db2 := openStore(t, filepath.Join(dir, "fire2.db"))
	e3, err := pipeline.Open(ctx, db2, fireOptions(false))
	if err != nil {
		t.Fatal(err)
	}
	add(t, e3, path)
	arts, err := db2.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]bool{}
	for _, a := range arts {
		events[a.Event] = true
	}
	if len(events) != 1 {
		t.Errorf("Add without DeferRefine left %d events, want 1", len(events))
	}
}

func TestRefineSplitsUndatedInStore(t *testing.T) {
	ctx := context.Background()
	// testdata/refine/strikes.jsonl: the Port Alden ferry strike, dated,
	// and undated reports of a Kessel Bay strike that
	// all join it on arrival, for want of a date to keep them apart. Refine
	// moves them to an event of their own, in the store too, and says why.
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "strikes.db"))
	e, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }, DeferRefine: true,
		Cluster: cluster.Options{EventThreshold: 0.15, MergeThreshold: -1, StoryMergeThreshold: -1, StorySplitThreshold: -1}})
	if err != nil {
		t.Fatal(err)
	}
	add(t, e, filepath.Join("..", "..", "testdata", "refine", "strikes.jsonl"))
	before := articlesByRef(t, db)
	ev := before["p1"].Event
	for ref, a := range before {
		if a.Event != ev {
			t.Fatalf("%s is in %s on arrival; the test needs every report in %s", ref, a.Event, ev)
		}
	}
	if err := e.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	after := articlesByRef(t, db)
	k := after["k1"].Event
	if k == ev {
		t.Fatalf("the Kessel Bay reports stayed in %s", ev)
	}
	for _, ref := range []string{"p1", "p2", "p3", "p4"} {
		if after[ref].Event != ev {
			t.Errorf("%s left %s for %s", ref, ev, after[ref].Event)
		}
	}
	for _, ref := range []string{"k1", "k2", "k3", "k4"} {
		a := after[ref]
		if a.Event != k || a.Story != after["p1"].Story {
			t.Errorf("%s is in %s/%s, want %s/%s", ref, a.Event, a.Story, k, after["p1"].Story)
		}
		if a.Placement == nil || !strings.Contains(a.Placement.Reason, "undated") || !strings.Contains(a.Placement.Reason, ev) {
			t.Errorf("%s: placement %+v", ref, a.Placement)
		}
	}
	evs, err := db.Events(ctx, after["p1"].Story)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, x := range evs {
		titles = append(titles, x.ID+": "+x.Title)
	}
	if want := k + ": Kessel Bay ferry crews strike over rosters"; !slices.Contains(titles, want) {
		t.Errorf("events of the story: %q, want %q among them", titles, want)
	}
}

// testdata/refine/bankruptcies.jsonl: a pizza chain's headlines join a
// coin exchange's event on arrival, the first for the words they share,
// the rest after it. Refine splits them off in the store too, into an
// event and a story of their own, and says why.
func TestRefineSplitsHeadlinesInStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "heads.db"))
	e, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }, DeferRefine: true})
	if err != nil {
		t.Fatal(err)
	}
	add(t, e, filepath.Join("..", "..", "testdata", "refine", "bankruptcies.jsonl"))
	before := articlesByRef(t, db)
	ev := before["x0"].Event
	for _, ref := range []string{"p0", "p3", "p5"} {
		if before[ref].Event != ev {
			t.Fatalf("%s is in %s on arrival; the test needs it in the exchange's event %s", ref, before[ref].Event, ev)
		}
	}
	if err := e.Refine(ctx); err != nil {
		t.Fatal(err)
	}
	after := articlesByRef(t, db)
	p := after["p0"]
	if p.Event == ev || p.Story == after["x0"].Story {
		t.Fatalf("the chain's first headline stayed in %s/%s with the exchange's", p.Event, p.Story)
	}
	for _, ref := range []string{"p0", "p1", "p2", "p3", "p4", "p5"} {
		a := after[ref]
		if a.Event != p.Event || a.Story != p.Story {
			t.Errorf("%s is in %s/%s, want %s/%s", ref, a.Event, a.Story, p.Event, p.Story)
		}
		if a.Placement == nil || !strings.Contains(a.Placement.Reason, "headlines") || !strings.Contains(a.Placement.Reason, ev) {
			t.Errorf("%s: placement %+v", ref, a.Placement)
		}
	}
	for _, ref := range []string{"x0", "x1", "x2", "x3", "x4", "x5"} {
		if after[ref].Event != ev {
			t.Errorf("%s left %s for %s", ref, ev, after[ref].Event)
		}
	}
}

// articlesByRef returns the stored articles by their input ref.
func articlesByRef(t *testing.T, db copydesk.Store) map[string]*copydesk.Article {
	t.Helper()
	arts, err := db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*copydesk.Article{}
	for _, a := range arts {
		m[a.Ref] = a
	}
	return m
}

// Recluster does for every event what Refine does for the open ones: the
// brief that opened an event alone joins the reports' event in the store,
// saying why, and a second pass finds nothing more to move.
func TestRecluster(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "fire.db"))
	e, err := pipeline.Open(ctx, db, fireOptions(true))
	if err != nil {
		t.Fatal(err)
	}
	add(t, e, filepath.Join("..", "..", "testdata", "refine", "fire.jsonl"))
	before := articlesByRef(t, db)
	n, err := e.Recluster(ctx)
	if err != nil || n == 0 {
		t.Fatalf("Recluster moved %d articles (error %v), want the brief at least", n, err)
	}
	after := articlesByRef(t, db)
	if brief := after["brief-1"]; brief.Event != after["fire-1"].Event || brief.Placement == nil || !strings.Contains(brief.Placement.Reason, before["brief-1"].Event) {
		t.Errorf("after Recluster the brief is in %s with placement %+v, want the reports' event %s and why it left %s", brief.Event, brief.Placement, after["fire-1"].Event, before["brief-1"].Event)
	}
	if n, err := e.Recluster(ctx); err != nil || n != 0 {
		t.Errorf("a second Recluster moved %d articles (error %v), want none", n, err)
	}
}

// putsStore counts how many times each story's facts are stored.
type putsStore struct {
	copydesk.Store
	puts map[string]int
}

func (s *putsStore) PutStoryFacts(ctx context.Context, fs []copydesk.Facts) error {
	for _, f := range fs {
		s.puts[f.ID]++
	}
	return s.Store.PutStoryFacts(ctx, fs)
}

func TestAddRefinesBeforeMerging(t *testing.T) {
	ctx := context.Background()
	// testdata/refine/fire.jsonl: Refine moves the brief into the reports'
	// event, changing stories whose facts the rounds changed too. Add
	// refines before it merges the stories, so it merges each once; an
	// Add that defers Refine, and Refine after it, merge a story it
	// changes twice. What each stores is the same.
	path := filepath.Join("..", "..", "testdata", "refine", "fire.jsonl")
	stored := map[bool]map[string]string{}
	puts := map[bool]map[string]int{}
	for _, deferred := range []bool{true, false} {
		db := openStore(t, filepath.Join(t.TempDir(), "fire.db"))
		s := &putsStore{Store: db, puts: map[string]int{}}
		e, err := pipeline.Open(ctx, s, fireOptions(deferred))
		if err != nil {
			t.Fatal(err)
		}
		add(t, e, path)
		if deferred {
			if err := e.Refine(ctx); err != nil {
				t.Fatal(err)
			}
		}
		sts, err := db.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stored[deferred] = map[string]string{}
		for _, st := range sts {
			f, err := db.StoryFacts(ctx, st.ID)
			if err != nil {
				t.Fatal(err)
			}
			stored[deferred][st.ID] = string(f.Data)
		}
		puts[deferred] = s.puts
	}
	twice := 0
	for id, n := range puts[true] {
		if n > 1 {
			twice++
		}
		if puts[false][id] > 1 {
			t.Errorf("Add merged story %s %d times", id, puts[false][id])
		}
	}
	if twice == 0 {
		t.Fatal("no story was merged twice with Refine deferred; the test needs Refine to change one")
	}
	if len(stored[false]) == 0 || !maps.Equal(stored[false], stored[true]) {
		t.Errorf("stored facts of the stories: Add %v, Add and Refine %v", stored[false], stored[true])
	}
}

// BenchmarkAddRefine adds a JSONL corpus (COPYDESK_BENCH_CORPUS) to a new
// store in Add's order, Refine before the stories are merged ("add"), and
// in the order before it, Refine after an Add that merged them
// ("deferred"), with the stories merged a run (each once in the first,
// those Refine changed twice in the second) and the CPU an article:
//
//	COPYDESK_BENCH_CORPUS=/tmp/cb/corpus.jsonl go test ./internal/pipeline -run '^$' -bench AddRefine -benchtime 2x
func BenchmarkAddRefine(b *testing.B) {
	path := benchCorpus(b)
	ctx := context.Background()
	for _, deferred := range []bool{false, true} {
		name := "add"
		if deferred {
			name = "deferred"
		}
		b.Run(name, func(b *testing.B) {
			n, merged, runs := 0, 0, 0
			cpu0 := cpuTime()
			for b.Loop() {
				db := openStore(b, filepath.Join(b.TempDir(), "b.db"))
				s := &putsStore{Store: db, puts: map[string]int{}}
				e, err := pipeline.Open(ctx, s, pipeline.Options{DeferRefine: deferred})
				if err != nil {
					b.Fatal(err)
				}
				st, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path}), nil)
				if err != nil {
					b.Fatal(err)
				}
				if deferred {
					if err := e.Refine(ctx); err != nil {
						b.Fatal(err)
					}
				}
				n += st.Added
				for _, k := range s.puts {
					merged += k
				}
				runs++
				db.Close()
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1e3/float64(n), "cpu-ms/article")
			b.ReportMetric(float64(merged)/float64(runs), "stories-merged/run")
		})
	}
}
