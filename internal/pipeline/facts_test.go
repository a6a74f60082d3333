package pipeline_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/view"
)

// forgetful is a store as a copydesk before stored facts left it: the
// facts it is given are dropped.
type forgetful struct{ copydesk.Store }

func (f forgetful) SaveResult(ctx context.Context, r copydesk.Result) error {
	r.Facts = nil
	return f.Store.SaveResult(ctx, r)
}
func (f forgetful) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	for i := range rs {
		rs[i].Facts = nil
	}
	return f.Store.SaveResults(ctx, rs)
}
func (forgetful) PutArticleFacts(context.Context, []copydesk.Facts) error { return nil }
func (forgetful) PutStoryFacts(context.Context, []copydesk.Facts) error   { return nil }

// merged is what the sources of story id say, merged from scratch: every
// article extracted again.
func merged(t *testing.T, store copydesk.Store, id string) view.SourcesSay {
	t.Helper()
	ctx := context.Background()
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{Story: id})
	if err != nil {
		t.Fatal(err)
	}
	var fs []*facts.Facts
	in := map[string]bool{}
	events := map[string]string{}
	for _, a := range arts {
		events[a.ID] = a.Event
		fs = append(fs, facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang}))
		in[a.ID] = true
	}
	var rels []copydesk.Relation
	all, err := store.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if in[r.From] && in[r.To] {
			rels = append(rels, r)
		}
	}
	sf := facts.MergeEvents(fs, rels, events)
	return view.SourcesSay{Entities: sf.Entities, Quotes: sf.Quotes, Speakers: sf.Speakers, Timeline: sf.Timeline, Disagreements: sf.Disagreements,
		DisagreementsTotal: len(sf.Disagreements)}
}

// checkFacts checks that every story's view says what a merge from scratch
// says, and, when stored is set, that the store holds current facts for
// every article and story.
func checkFacts(t *testing.T, store copydesk.Store, stored bool) {
	t.Helper()
	ctx := context.Background()
	stories, err := store.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) == 0 {
		t.Fatal("no stories")
	}
	for _, s := range stories {
		v, err := view.Story(ctx, store, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(v.SourcesSay)
		want, _ := json.Marshal(merged(t, store, s.ID))
		if string(got) != string(want) {
			t.Errorf("story %s: the view says\n%s\nwant (merged from scratch)\n%s", s.ID, got, want)
		}
	}
	arts, sts, err := store.StaleFacts(ctx, facts.RulesVersion)
	if err != nil {
		t.Fatal(err)
	}
	if stored && (len(arts) > 0 || len(sts) > 0) {
		t.Errorf("stale facts after processing: articles %q, stories %q", arts, sts)
	}
	if !stored && len(sts) == 0 {
		t.Errorf("no stale story facts in a store that kept none")
	}
}

// TestFactsStored: the facts computed as articles come, article by article
// and story by story in batches, are what a merge from scratch gives, and
// the views read them.
func TestFactsStored(t *testing.T) {
	checkFacts(t, fill(t), true)
}

// TestFactsOfOldStore: a store written without facts is shown right (the
// views compute what is missing) and gets its facts once, when an engine
// opens it.
func TestFactsOfOldStore(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	old := forgetful{db}
	e, err := pipeline.Load(context.Background(), old, pipeline.Options{Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	add(t, e, writeJSONL(t, dir, "a.jsonl", fileA), writeJSONL(t, dir, "b.jsonl", fileB))
	checkFacts(t, db, false)
	openEngine(t, db)
	checkFacts(t, db, true)
}

// storyOf300 stores corpus.Story's 300 articles as one story (every tenth
// a wire copy related to its original) through the Store, with no facts,
// and opens an engine on it: the engine gives the articles and the story
// their facts, as it does for a store written before facts were stored.
func storyOf300(b *testing.B) (copydesk.Store, string) {
	ctx := context.Background()
	db := openStore(b, filepath.Join(b.TempDir(), "c.db"))
	arts := corpus.Story(1, 300)
	byText := map[string]string{}
	for i, sa := range arts {
		a := &copydesk.Article{ID: sa.ID, Ref: sa.ID, Source: sa.Source, Title: sa.Title, Published: sa.Published,
			Text: sa.Text, Lang: "en", Added: fixed.Add(time.Duration(i) * time.Second)}
		if _, err := db.PutArticle(ctx, a, []byte(sa.Text)); err != nil {
			b.Fatal(err)
		}
		res := copydesk.Result{Article: a.ID, Event: "e-dam", Story: "s-dam",
			Events:  []copydesk.Event{{ID: "e-dam", Story: "s-dam", Title: "Varn dam breaks"}},
			Stories: []copydesk.Story{{ID: "s-dam", Title: "Varn dam breaks"}}, Now: fixed}
		if orig, ok := byText[sa.Text]; ok {
			res.Relations = []copydesk.Relation{{From: orig, To: a.ID, Kind: copydesk.Duplicate, Score: 1}}
		} else {
			byText[sa.Text] = a.ID
		}
		if err := db.SaveResult(ctx, res); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }}); err != nil {
		b.Fatal(err)
	}
	return db, "s-dam"
}

// BenchmarkStoryView measures building the view of a story of 300
// articles (view.Story: the story, its events and articles, its
// relations and derivation graph, and what its sources say), as the story
// page, copydesk story and the API do on every view.
func BenchmarkStoryView(b *testing.B) {
	db, id := storyOf300(b)
	ctx := context.Background()
	v, err := view.Story(ctx, db, id)
	if err != nil {
		b.Fatal(err)
	}
	if len(v.Articles) != 300 || len(v.Disagreements) == 0 {
		b.Fatalf("story of %d articles, %d disagreements; want 300 and some", len(v.Articles), len(v.Disagreements))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := storetest.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := view.Story(ctx, db, id); err != nil {
			b.Fatal(err)
		}
	}
	// The CPU time per view: on a shared machine the wall time also counts
	// other jobs' turns.
	b.ReportMetric(float64(storetest.CPUTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}
