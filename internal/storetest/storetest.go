// Package storetest is the conformance suite of copydesk.Store. Every store
// (internal/sqlite, and later internal/postgres) runs it against fresh empty
// stores, so that the pipeline and the server get one behaviour whichever
// store cmd/copydesk picks. It also holds the store benchmarks, for the same
// reason.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// Run runs the Store conformance tests against stores made by open, which
// must return a fresh empty store on each call. Run closes every store it
// opens when the test that opened it ends, and fails the test if Close fails.
func Run(t *testing.T, open func(t *testing.T) copydesk.Store) {
	tests := []struct {
		name string
		test func(t *testing.T, s copydesk.Store)
	}{
		{"PutArticle", testPutArticle},
		{"Versions", testVersions},
		{"RoundTrip", testRoundTrip},
		{"NotFound", testNotFound},
		{"ArticlesFilter", testArticlesFilter},
		{"SaveResult", testSaveResult},
		{"SaveResultAtomic", testSaveResultAtomic},
		{"Redirect", testRedirect},
		{"MovesAndPruning", testMovesAndPruning},
		{"Ordering", testOrdering},
		{"ConcurrentPutArticle", testConcurrentPutArticle},
		{"Canceled", testCanceled},
		{"Facts", testFacts},
		{"Search", testSearch},
		{"Pages", testPages},
		{"OutletCounts", testOutletCounts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tt.test(t, s)
		})
	}
}

// t0 is the time the fixtures happen around: a fictional morning with
// nanoseconds, so that a store that rounds times fails.
var t0 = time.Date(2031, 3, 14, 9, 26, 53, 589793238, time.UTC)

// at returns t0 plus h hours.
func at(h float64) time.Time {
	return t0.Add(time.Duration(h * float64(time.Hour)))
}

// newArticle returns an article of ref with the given ID, added at added, with
// a text and raw input of its own.
func newArticle(id, ref string, added time.Time) *copydesk.Article {
	raw := rawOf(id)
	return &copydesk.Article{
		ID:      id,
		Ref:     ref,
		Source:  "The Lakeside Courier",
		Title:   "Ferry service resumes on Lake Varn (" + id + ")",
		Text:    "The ferry between Oskton and Brell resumed on Tuesday. Article " + id + ".",
		Format:  "text",
		RawHash: copydesk.HashRaw(raw),
		Added:   added,
	}
}

// rawOf returns the raw input stored with article id.
func rawOf(id string) []byte {
	return []byte("raw input of " + id + "\n")
}

// put stores a with rawOf(a.ID) and fails the test unless it was new.
func put(t *testing.T, s copydesk.Store, a *copydesk.Article) {
	t.Helper()
	created, err := s.PutArticle(context.Background(), a, rawOf(a.ID))
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	if !created {
		t.Fatalf("PutArticle(%s) created = false, want true", a.ID)
	}
}

// save records r and fails the test on error.
func save(t *testing.T, s copydesk.Store, r copydesk.Result) {
	t.Helper()
	if err := s.SaveResult(context.Background(), r); err != nil {
		t.Fatalf("SaveResult(%s): %v", r.Article, err)
	}
}

// assign processes article id into event and story, upserting their rows
// with the given last-seen time.
func assign(t *testing.T, s copydesk.Store, id, event, story string, last time.Time) {
	t.Helper()
	save(t, s, copydesk.Result{
		Article: id, Event: event, Story: story,
		Events:  []copydesk.Event{{ID: event, Story: story, Title: "event " + event, FirstSeen: t0, LastSeen: last}},
		Stories: []copydesk.Story{{ID: story, Title: "story " + story, FirstSeen: t0, LastSeen: last}},
		Now:     last,
	})
}

// getArticle returns the stored article id and fails the test on error.
func getArticle(t *testing.T, s copydesk.Store, id string) *copydesk.Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatalf("Article(%s): %v", id, err)
	}
	return a
}

// ids returns the IDs of as.
func ids(as []*copydesk.Article) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// diffTime describes how got differs from want, or returns "": a stored time
// must be the same instant, in UTC.
func diffTime(name string, got, want time.Time) string {
	if !got.Equal(want) {
		return fmt.Sprintf("%s = %v, want %v", name, got, want)
	}
	if !got.IsZero() && got.Location() != time.UTC {
		return fmt.Sprintf("%s location = %v, want UTC", name, got.Location())
	}
	return ""
}

// diffArticle describes how got differs from want, or returns "".
func diffArticle(got, want *copydesk.Article) string {
	var diffs []string
	for _, d := range []string{
		diffTime("Published", got.Published, want.Published),
		diffTime("Added", got.Added, want.Added),
	} {
		if d != "" {
			diffs = append(diffs, d)
		}
	}
	g, w := *got, *want
	g.Published, w.Published, g.Added, w.Added = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	// The name is not stored: a store gives it on every read.
	w.Name = w.DisplayName()
	if !reflect.DeepEqual(g, w) {
		diffs = append(diffs, fmt.Sprintf("got %+v\nwant %+v", g, w))
	}
	return strings.Join(diffs, "\n")
}

func testPutArticle(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	a := newArticle("a-first", "wire/1", time.Time{})
	before := time.Now()
	created, err := s.PutArticle(ctx, a, rawOf(a.ID))
	if err != nil {
		t.Fatalf("PutArticle: %v", err)
	}
	if !created {
		t.Errorf("PutArticle created = false, want true")
	}
	if a.Version != 1 {
		t.Errorf("Version = %d, want 1", a.Version)
	}
	if a.Added.Before(before.Add(-time.Second)) || a.Added.Location() != time.UTC {
		t.Errorf("Added = %v, want the time of the call in UTC", a.Added)
	}
	if d := diffArticle(getArticle(t, s, a.ID), a); d != "" {
		t.Errorf("Article after PutArticle:\n%s", d)
	}

	// The same ID again, with other content: nothing changes, in the store
	// or in the argument.
	again := newArticle(a.ID, "wire/other", time.Time{})
	again.Text = "a different text"
	created, err = s.PutArticle(ctx, again, []byte("a different raw"))
	if err != nil {
		t.Fatalf("PutArticle again: %v", err)
	}
	if created {
		t.Errorf("PutArticle again created = true, want false")
	}
	if again.Version != 0 || !again.Added.IsZero() {
		t.Errorf("PutArticle again set Version %d, Added %v; want them left zero", again.Version, again.Added)
	}
	if d := diffArticle(getArticle(t, s, a.ID), a); d != "" {
		t.Errorf("Article after a second PutArticle:\n%s", d)
	}
	raw, err := s.Raw(ctx, a.ID)
	if err != nil {
		t.Fatalf("Raw: %v", err)
	}
	if got, want := string(raw), string(rawOf(a.ID)); got != want {
		t.Errorf("Raw = %q, want %q", got, want)
	}
	all, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if got, want := ids(all), []string{a.ID}; !slices.Equal(got, want) {
		t.Errorf("Articles = %q, want %q", got, want)
	}
}

func testVersions(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	steps := []struct {
		id, ref     string
		wantCreated bool
		wantVersion int
	}{
		{"v-r1-a", "r1", true, 1},
		{"v-r2-a", "r2", true, 1},
		{"v-r1-b", "r1", true, 2},
		{"v-r1-a", "r1", false, 0}, // known: no new version
		{"v-r1-c", "r1", true, 3},
		{"v-r2-b", "r2", true, 2},
		{"v-r3-a", "r3", true, 1},
	}
	for i, st := range steps {
		a := newArticle(st.id, st.ref, at(float64(i)))
		created, err := s.PutArticle(ctx, a, rawOf(a.ID))
		if err != nil {
			t.Fatalf("step %d: PutArticle(%s): %v", i, st.id, err)
		}
		if created != st.wantCreated || a.Version != st.wantVersion {
			t.Errorf("step %d: PutArticle(%s) = %v, Version %d; want %v, Version %d",
				i, st.id, created, a.Version, st.wantCreated, st.wantVersion)
		}
	}
	as, err := s.Articles(ctx, copydesk.ArticleFilter{Ref: "r1"})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	var got []string
	for _, a := range as {
		got = append(got, fmt.Sprintf("%s:%d", a.ID, a.Version))
	}
	if want := []string{"v-r1-a:1", "v-r1-b:2", "v-r1-c:3"}; !slices.Equal(got, want) {
		t.Errorf("versions of r1 = %q, want %q", got, want)
	}
}

func testRoundTrip(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	tests := []struct {
		name string
		a    *copydesk.Article
		raw  []byte
	}{
		{
			name: "full",
			a: &copydesk.Article{
				ID:           "rt-full",
				Ref:          "feeds/harbour.xml#item-7",
				URL:          "https://courier.example/2031/03/harbour-crane?ref=rss",
				CanonicalURL: "https://courier.example/2031/03/harbour-crane",
				Source:       "The Lakeside Courier",
				Title:        "Crane collapse closes Oskton harbour — “nobody hurt”",
				Byline:       "Mira Tollan and Ed Vasko",
				// Another zone and nanoseconds: must come back as the same
				// instant, in UTC.
				Published: time.Date(2031, 3, 14, 7, 5, 0, 123456789, time.FixedZone("UTC+5:30", 5*3600+1800)),
				Lang:      "en",
				Text:      "A crane fell at Oskton harbour on Friday.\n\nPort director Hana Leclair said: \"Nobody was hurt.\" Émigrés, ñ, 日本語, 🚢.",
				Paragraphs: []string{
					"A crane fell at Oskton harbour on Friday.",
					"Port director Hana Leclair said: \"Nobody was hurt.\" Émigrés, ñ, 日本語, 🚢.",
				},
				Removed: []copydesk.Removed{
					{Line: 1, Text: "Subscribe to our newsletter", Reason: "boilerplate"},
					{Text: "Related: Ferry fares rise", Reason: "link list"},
				},
				Partial: true,
				Format:  "html",
				RawHash: copydesk.HashRaw([]byte("<html>crane</html>")),
				Version: 1,
				Extra: map[string]any{
					"section":  "Harbour",
					"priority": 2.5,
					"paywall":  false,
					"tags":     []any{"port", "accident"},
					"wire":     map[string]any{"agency": "Nordpress", "slug": "crane-oskton"},
					"missing":  nil,
				},
				Added: time.Date(2031, 3, 14, 1, 2, 3, 999999999, time.FixedZone("UTC-7", -7*3600)),
			},
			raw: []byte("<html>crane</html>\x00\xff\xfe binary tail"),
		},
		{
			name: "minimal",
			a: &copydesk.Article{
				ID:      "rt-minimal",
				Ref:     "stdin",
				Text:    "",
				Version: 1,
				Added:   t0,
			},
			raw: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := *tt.a
			if _, err := s.PutArticle(ctx, &in, tt.raw); err != nil {
				t.Fatalf("PutArticle: %v", err)
			}
			got := getArticle(t, s, tt.a.ID)
			if d := diffArticle(got, tt.a); d != "" {
				t.Errorf("Article:\n%s", d)
			}
			raw, err := s.Raw(ctx, tt.a.ID)
			if err != nil {
				t.Fatalf("Raw: %v", err)
			}
			if string(raw) != string(tt.raw) {
				t.Errorf("Raw = %q, want %q", raw, tt.raw)
			}
			listed, err := s.Articles(ctx, copydesk.ArticleFilter{IDs: []string{tt.a.ID}})
			if err != nil {
				t.Fatalf("Articles: %v", err)
			}
			if len(listed) != 1 {
				t.Fatalf("Articles(IDs: %s) gave %d articles, want 1", tt.a.ID, len(listed))
			}
			if d := diffArticle(listed[0], tt.a); d != "" {
				t.Errorf("Articles:\n%s", d)
			}
		})
	}
}

func testNotFound(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	put(t, s, newArticle("nf-present", "r", t0))
	assign(t, s, "nf-present", "nf-event", "nf-story", t0)
	tests := []struct {
		name string
		id   string
		call func(id string) error
	}{
		{"Article", "nf-absent-article", func(id string) error { _, err := s.Article(ctx, id); return err }},
		{"Raw", "nf-absent-raw", func(id string) error { _, err := s.Raw(ctx, id); return err }},
		{"Story", "nf-absent-story", func(id string) error { _, err := s.Story(ctx, id); return err }},
		{"Story named like an event", "nf-event", func(id string) error { _, err := s.Story(ctx, id); return err }},
		{"SaveResult", "nf-absent-result", func(id string) error {
			return s.SaveResult(ctx, copydesk.Result{Article: id, Event: "e", Story: "s", Now: t0})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(tt.id)
			if got, want := copydesk.ErrorCode(err), copydesk.ENotFound; got != want {
				t.Fatalf("error %v has code %q, want %q", err, got, want)
			}
			if !strings.Contains(err.Error(), tt.id) {
				t.Errorf("error %q does not name %s", err, tt.id)
			}
		})
	}
}

func testArticlesFilter(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	// In the order of Added then ID: f4, f2, f1, f3, f5, f6.
	for _, a := range []*copydesk.Article{
		newArticle("f1", "r1", at(2)),
		newArticle("f2", "r2", at(1)),
		newArticle("f3", "r1", at(2)),
		newArticle("f4", "r3", at(0)),
		newArticle("f6", "r2", at(3)),
		newArticle("f5", "r1", at(3)),
	} {
		put(t, s, a)
	}
	assign(t, s, "f1", "e1", "s1", at(4))
	assign(t, s, "f2", "e1", "s1", at(4))
	assign(t, s, "f4", "e2", "s2", at(4))

	tests := []struct {
		name string
		f    copydesk.ArticleFilter
		want []string
	}{
		{"all", copydesk.ArticleFilter{}, []string{"f4", "f2", "f1", "f3", "f5", "f6"}},
		{"IDs", copydesk.ArticleFilter{IDs: []string{"f5", "f1", "absent"}}, []string{"f1", "f5"}},
		{"Ref", copydesk.ArticleFilter{Ref: "r1"}, []string{"f1", "f3", "f5"}},
		{"Ref none", copydesk.ArticleFilter{Ref: "absent"}, []string{}},
		{"Story", copydesk.ArticleFilter{Story: "s1"}, []string{"f2", "f1"}},
		{"Unprocessed", copydesk.ArticleFilter{Unprocessed: true}, []string{"f3", "f5", "f6"}},
		{"Limit", copydesk.ArticleFilter{Limit: 2}, []string{"f4", "f2"}},
		{"Offset", copydesk.ArticleFilter{Offset: 4}, []string{"f5", "f6"}},
		{"Limit and Offset", copydesk.ArticleFilter{Limit: 2, Offset: 1}, []string{"f2", "f1"}},
		{"Offset past the end", copydesk.ArticleFilter{Offset: 10}, []string{}},
		{"Ref and Unprocessed", copydesk.ArticleFilter{Ref: "r1", Unprocessed: true}, []string{"f3", "f5"}},
		{"Story and IDs", copydesk.ArticleFilter{Story: "s1", IDs: []string{"f1", "f3"}}, []string{"f1"}},
		{"Unprocessed with Limit", copydesk.ArticleFilter{Unprocessed: true, Limit: 1, Offset: 1}, []string{"f5"}},
		{"After", copydesk.ArticleFilter{After: "f1"}, []string{"f3", "f5", "f6"}},
		{"Unprocessed After", copydesk.ArticleFilter{Unprocessed: true, After: "f3", Limit: 1}, []string{"f5"}},
		{"After the last", copydesk.ArticleFilter{After: "f6"}, []string{}},
		{"After an unknown ID", copydesk.ArticleFilter{After: "absent"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := s.Articles(ctx, tt.f)
			if err != nil {
				t.Fatalf("Articles(%+v): %v", tt.f, err)
			}
			if got := ids(as); !slices.Equal(got, tt.want) {
				t.Errorf("Articles(%+v) = %q, want %q", tt.f, got, tt.want)
			}
		})
	}

	as, err := s.Articles(ctx, copydesk.ArticleFilter{IDs: []string{"f1"}})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if len(as) != 1 || as[0].Event != "e1" || as[0].Story != "s1" {
		t.Errorf("Articles(IDs: f1) = %+v, want f1 in event e1 and story s1", as)
	}
}

// evidence returns full evidence with n in its numbers and passages.
func evidence(n int) copydesk.Evidence {
	return copydesk.Evidence{
		Jaccard:          0.5 + float64(n)/1000,
		ReusedOfOriginal: 0.8125,
		ReusedOfCopy:     0.9921875,
		Passages:         []string{fmt.Sprintf("the ferry between Oskton and Brell resumed %d", n), "nobody was hurt"},
		Direction:        []string{"published earlier", "longer text"},
		Confidence:       0.75,
	}
}

func testSaveResult(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	for i, id := range []string{"art-1", "art-2", "art-3"} {
		put(t, s, newArticle(id, "ref-"+id, at(float64(i))))
	}
	plus3 := time.FixedZone("UTC+3", 3*3600)
	save(t, s, copydesk.Result{
		Article: "art-1", Event: "ev-1", Story: "st-1",
		Events:  []copydesk.Event{{ID: "ev-1", Story: "st-1", Title: "Crane falls", FirstSeen: at(0), LastSeen: at(0)}},
		Stories: []copydesk.Story{{ID: "st-1", Title: "Oskton harbour", FirstSeen: at(0), LastSeen: at(0)}},
		Now:     at(0.5),
	})
	r12 := copydesk.Relation{From: "art-1", To: "art-2", Kind: copydesk.Duplicate, Score: 0.97, Evidence: evidence(1)}
	// art-2 duplicates art-1: it joined as a copy, which its placement keeps.
	placed := &copydesk.Placement{Reason: "copy of an article in this event", Similarity: 0.41, Shared: []string{"crane", "@oskton"}, GapHours: 2.5, Copy: true}
	save(t, s, copydesk.Result{
		Article: "art-2", Event: "ev-1", Story: "st-1", Placement: placed,
		Relations: []copydesk.Relation{r12},
		// Rows change: a new title and times given in another zone.
		Events:  []copydesk.Event{{ID: "ev-1", Story: "st-1", Title: "Crane falls at Oskton", FirstSeen: at(0).In(plus3), LastSeen: at(1).In(plus3)}},
		Stories: []copydesk.Story{{ID: "st-1", Title: "Oskton harbour works", FirstSeen: at(0).In(plus3), LastSeen: at(1).In(plus3)}},
		Now:     at(1.5),
	})

	a2 := getArticle(t, s, "art-2")
	if a2.Event != "ev-1" || a2.Story != "st-1" {
		t.Errorf("art-2 in event %q, story %q; want ev-1, st-1", a2.Event, a2.Story)
	}
	if !reflect.DeepEqual(a2.Placement, placed) {
		t.Errorf("art-2 placement: got %+v, want %+v", a2.Placement, placed)
	}
	if a1 := getArticle(t, s, "art-1"); a1.Placement != nil {
		t.Errorf("art-1 placement: got %+v, want nil (none given)", a1.Placement)
	}
	unprocessed, err := s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if got, want := ids(unprocessed), []string{"art-3"}; !slices.Equal(got, want) {
		t.Errorf("unprocessed = %q, want %q", got, want)
	}
	checkRelations(t, s, "art-2", []copydesk.Relation{r12})
	checkRelations(t, s, "art-3", nil)

	// Upsert: art-1 -> art-2 changes, and three new relations, the first a
	// reverse one, which is a relation of its own. Saved in an order
	// that is not From-then-To; Now zero still marks art-3 processed.
	r12b := copydesk.Relation{From: "art-1", To: "art-2", Kind: copydesk.Excerpt, Score: 0.5, Evidence: evidence(2)}
	r21 := copydesk.Relation{From: "art-2", To: "art-1", Kind: copydesk.Translation, Score: 0.25, Evidence: copydesk.Evidence{}}
	r32 := copydesk.Relation{From: "art-3", To: "art-2", Kind: copydesk.Rewrite, Score: 0.61, Evidence: evidence(3)}
	r13 := copydesk.Relation{From: "art-1", To: "art-3", Kind: copydesk.NearDuplicate, Score: 0.88, Evidence: evidence(4)}
	save(t, s, copydesk.Result{
		Article: "art-3", Event: "ev-1", Story: "st-1",
		Relations: []copydesk.Relation{r32, r21, r13, r12b},
	})
	checkRelations(t, s, "", []copydesk.Relation{r12b, r13, r21, r32})
	checkRelations(t, s, "art-2", []copydesk.Relation{r12b, r21, r32})
	checkRelations(t, s, "art-3", []copydesk.Relation{r13, r32})
	checkRelations(t, s, "absent", nil)

	// Unlink: art-1 takes the place of art-3 as art-2's original, in one
	// result; unlinking a relation that is not stored changes nothing.
	r12c := copydesk.Relation{From: "art-1", To: "art-2", Kind: copydesk.Rewrite, Score: 0.7, Evidence: evidence(5)}
	save(t, s, copydesk.Result{
		Article: "art-3", Event: "ev-1", Story: "st-1",
		Unlink:    []copydesk.Link{{From: "art-3", To: "art-2"}, {From: "art-2", To: "art-3"}},
		Relations: []copydesk.Relation{r12c},
	})
	checkRelations(t, s, "", []copydesk.Relation{r12c, r13, r21})
	checkStoryRelations(t, s)
	unprocessed, err = s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if len(unprocessed) != 0 {
		t.Errorf("unprocessed = %q, want none", ids(unprocessed))
	}

	wantEvent := copydesk.Event{ID: "ev-1", Story: "st-1", Title: "Crane falls at Oskton",
		Articles: []string{"art-1", "art-2", "art-3"}, FirstSeen: at(0), LastSeen: at(1)}
	wantStory := copydesk.Story{ID: "st-1", Title: "Oskton harbour works", Events: []string{"ev-1"},
		Articles: []string{"art-1", "art-2", "art-3"}, FirstSeen: at(0), LastSeen: at(1)}
	checkEvents(t, s, "", []copydesk.Event{wantEvent})
	checkEvents(t, s, "st-1", []copydesk.Event{wantEvent})
	checkEvents(t, s, "absent", nil)
	checkStories(t, s, []copydesk.Story{wantStory})
	got, err := s.Story(ctx, "st-1")
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if d := diffStory(*got, wantStory); d != "" {
		t.Errorf("Story(st-1): %s", d)
	}
	checkPages(t, s)
}

// testSaveResultAtomic checks that a SaveResult that fails changes nothing.
func testSaveResultAtomic(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	put(t, s, newArticle("x-1", "r", at(0)))
	put(t, s, newArticle("x-2", "r", at(1)))
	good := copydesk.Relation{From: "x-2", To: "x-1", Kind: copydesk.Duplicate, Score: 1}
	tests := []struct {
		name string
		r    copydesk.Result
		code copydesk.Code
	}{
		{"relation to an absent article", copydesk.Result{
			Article: "x-1", Event: "e", Story: "s",
			Relations: []copydesk.Relation{good, {From: "x-1", To: "x-absent", Kind: copydesk.Excerpt}},
			Events:    []copydesk.Event{{ID: "e", Story: "s"}},
			Stories:   []copydesk.Story{{ID: "s"}},
		}, copydesk.ENotFound},
		{"move of an absent article", copydesk.Result{
			Article: "x-1", Event: "e", Story: "s",
			Relations: []copydesk.Relation{good},
			Events:    []copydesk.Event{{ID: "e", Story: "s"}},
			Stories:   []copydesk.Story{{ID: "s"}},
			Moves:     []copydesk.Move{{Article: "x-2", Event: "e", Story: "s"}, {Article: "x-absent", Event: "e", Story: "s"}},
		}, copydesk.ENotFound},
		{"no article", copydesk.Result{Event: "e", Story: "s"}, copydesk.EInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.SaveResult(ctx, tt.r)
			if got := copydesk.ErrorCode(err); got != tt.code {
				t.Fatalf("SaveResult error %v has code %q, want %q", err, got, tt.code)
			}
			unprocessed, err := s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
			if err != nil {
				t.Fatalf("Articles: %v", err)
			}
			if got, want := ids(unprocessed), []string{"x-1", "x-2"}; !slices.Equal(got, want) {
				t.Errorf("unprocessed after a failed SaveResult = %q, want %q", got, want)
			}
			for _, id := range []string{"x-1", "x-2"} {
				if a := getArticle(t, s, id); a.Event != "" || a.Story != "" {
					t.Errorf("%s in event %q, story %q after a failed SaveResult; want none", id, a.Event, a.Story)
				}
			}
			checkRelations(t, s, "", nil)
			checkEvents(t, s, "", nil)
			checkStories(t, s, nil)
		})
	}
}

func testMovesAndPruning(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	for i := 1; i <= 5; i++ {
		put(t, s, newArticle(fmt.Sprintf("m-%d", i), fmt.Sprintf("r%d", i), at(float64(i))))
	}
	assign(t, s, "m-1", "e1", "s1", at(1))
	assign(t, s, "m-2", "e2", "s2", at(2))
	assign(t, s, "m-3", "e2", "s2", at(3))

	// e2 merges into e1: m-4 joins e1 and moves m-2 and m-3 along; e2 and
	// s2 are left empty and go.
	save(t, s, copydesk.Result{
		Article: "m-4", Event: "e1", Story: "s1",
		Events:  []copydesk.Event{{ID: "e1", Story: "s1", Title: "merged", FirstSeen: at(1), LastSeen: at(4)}},
		Stories: []copydesk.Story{{ID: "s1", Title: "merged story", FirstSeen: at(1), LastSeen: at(4)}},
		Moves: []copydesk.Move{
			{Article: "m-2", Event: "e1", Story: "s1", Placement: &copydesk.Placement{Reason: "moved by a merge", Similarity: 0.5}},
			{Article: "m-3", Event: "e1", Story: "s1"},
		},
		Now: at(4),
	})
	for _, id := range []string{"m-2", "m-3"} {
		if a := getArticle(t, s, id); a.Event != "e1" || a.Story != "s1" {
			t.Errorf("%s in event %q, story %q after the move; want e1, s1", id, a.Event, a.Story)
		}
	}
	// A move with a placement records it; one without keeps the old one.
	if p := getArticle(t, s, "m-2").Placement; p == nil || p.Reason != "moved by a merge" || p.Similarity != 0.5 {
		t.Errorf("m-2 placement after a move with one: %+v, want the move's", p)
	}
	if p := getArticle(t, s, "m-3").Placement; p != nil {
		t.Errorf("m-3 placement after a move without one: %+v, want the old (none)", p)
	}
	merged := copydesk.Event{ID: "e1", Story: "s1", Title: "merged",
		Articles: []string{"m-1", "m-2", "m-3", "m-4"}, FirstSeen: at(1), LastSeen: at(4)}
	checkEvents(t, s, "", []copydesk.Event{merged})
	checkEvents(t, s, "s2", nil)
	checkStories(t, s, []copydesk.Story{{ID: "s1", Title: "merged story", Events: []string{"e1"},
		Articles: []string{"m-1", "m-2", "m-3", "m-4"}, FirstSeen: at(1), LastSeen: at(4)}})
	if _, err := s.Story(ctx, "s2"); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("Story(s2) after the merge: error %v, want code %q", err, copydesk.ENotFound)
	}
	inS2, err := s.Articles(ctx, copydesk.ArticleFilter{Story: "s2"})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if len(inS2) != 0 {
		t.Errorf("articles of s2 = %q, want none", ids(inS2))
	}

	// m-5 opens s3 with e3; a row for e4, which no article joins, is pruned
	// at once.
	save(t, s, copydesk.Result{
		Article: "m-5", Event: "e3", Story: "s3",
		Events: []copydesk.Event{
			{ID: "e3", Story: "s3", Title: "e3", FirstSeen: at(5), LastSeen: at(5)},
			{ID: "e4", Story: "s3", Title: "e4", FirstSeen: at(5), LastSeen: at(6)},
		},
		Stories: []copydesk.Story{{ID: "s3", Title: "s3", FirstSeen: at(5), LastSeen: at(5)}},
		Now:     at(5),
	})
	e3 := copydesk.Event{ID: "e3", Story: "s3", Title: "e3", Articles: []string{"m-5"}, FirstSeen: at(5), LastSeen: at(5)}
	checkEvents(t, s, "", []copydesk.Event{e3, merged})

	// m-1 is processed again into a new event of s1; e1 keeps the others.
	save(t, s, copydesk.Result{
		Article: "m-1", Event: "e5", Story: "s1",
		Events: []copydesk.Event{{ID: "e5", Story: "s1", Title: "e5", FirstSeen: at(1), LastSeen: at(7)}},
		Now:    at(7),
	})
	merged.Articles = []string{"m-2", "m-3", "m-4"}
	e5 := copydesk.Event{ID: "e5", Story: "s1", Title: "e5", Articles: []string{"m-1"}, FirstSeen: at(1), LastSeen: at(7)}
	checkEvents(t, s, "s1", []copydesk.Event{e5, merged})

	// m-5, the only article of s3, moves to s1: e3 and s3 go.
	save(t, s, copydesk.Result{Article: "m-5", Event: "e5", Story: "s1", Now: at(8)})
	e5.Articles = []string{"m-1", "m-5"}
	checkEvents(t, s, "", []copydesk.Event{e5, merged})
	checkStories(t, s, []copydesk.Story{{ID: "s1", Title: "merged story", Events: []string{"e5", "e1"},
		Articles: []string{"m-1", "m-2", "m-3", "m-4", "m-5"}, FirstSeen: at(1), LastSeen: at(4)}})
	checkStoryRelations(t, s)
}

func testOrdering(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	minus5 := time.FixedZone("UTC-5", -5*3600)
	arts := []*copydesk.Article{
		// 13:00 UTC, though its clock reads earlier than o-2's.
		{ID: "o-1", Ref: "o-1", Published: time.Date(2031, 3, 14, 8, 0, 0, 0, minus5), Added: at(1)},
		{ID: "o-2", Ref: "o-2", Published: time.Date(2031, 3, 14, 11, 0, 0, 0, time.UTC), Added: at(3)},
		{ID: "o-3", Ref: "o-3", Added: at(2)}, // unknown published: last
		{ID: "o-4", Ref: "o-4", Published: time.Date(2031, 3, 14, 11, 0, 0, 0, time.UTC), Added: at(2)},
		{ID: "o-5", Ref: "o-5", Added: at(1)},
		{ID: "o-0", Ref: "o-0", Added: at(1)}, // ties o-5 on Added: ID decides
		{ID: "o-6", Ref: "o-6", Added: at(0)},
		{ID: "o-7", Ref: "o-7", Added: at(0)},
		{ID: "o-8", Ref: "o-8", Added: at(0)},
	}
	for _, a := range arts {
		put(t, s, a)
	}
	// Stories by last seen, newest first, ties by ID, unknown last.
	stories := []struct{ article, event, story string }{
		{"o-1", "ev-b", "st-1"},
		{"o-2", "ev-a", "st-1"},
		{"o-3", "ev-b", "st-1"},
		{"o-4", "ev-a", "st-1"},
		{"o-5", "ev-b", "st-1"},
		{"o-0", "ev-b", "st-1"},
		{"o-6", "ev-c", "st-2"},
		{"o-7", "ev-d", "st-3"},
		{"o-8", "ev-e", "st-0"},
	}
	last := map[string]time.Time{
		"ev-a": at(5), "ev-b": at(6), "ev-c": at(7), "ev-d": at(5), "ev-e": {},
		"st-1": at(6), "st-2": at(7), "st-3": at(6), "st-0": {},
	}
	for _, st := range stories {
		save(t, s, copydesk.Result{
			Article: st.article, Event: st.event, Story: st.story,
			Events:  []copydesk.Event{{ID: st.event, Story: st.story, Title: st.event, LastSeen: last[st.event]}},
			Stories: []copydesk.Story{{ID: st.story, Title: st.story, LastSeen: last[st.story]}},
			Now:     at(9),
		})
	}
	evA := copydesk.Event{ID: "ev-a", Story: "st-1", Title: "ev-a", Articles: []string{"o-4", "o-2"}, LastSeen: at(5)}
	evB := copydesk.Event{ID: "ev-b", Story: "st-1", Title: "ev-b", Articles: []string{"o-1", "o-0", "o-5", "o-3"}, LastSeen: at(6)}
	evC := copydesk.Event{ID: "ev-c", Story: "st-2", Title: "ev-c", Articles: []string{"o-6"}, LastSeen: at(7)}
	evD := copydesk.Event{ID: "ev-d", Story: "st-3", Title: "ev-d", Articles: []string{"o-7"}, LastSeen: at(5)}
	evE := copydesk.Event{ID: "ev-e", Story: "st-0", Title: "ev-e", Articles: []string{"o-8"}}
	checkEvents(t, s, "", []copydesk.Event{evC, evB, evA, evD, evE})
	checkEvents(t, s, "st-1", []copydesk.Event{evB, evA})
	st1 := copydesk.Story{ID: "st-1", Title: "st-1", Events: []string{"ev-b", "ev-a"},
		Articles: []string{"o-4", "o-2", "o-1", "o-0", "o-5", "o-3"}, LastSeen: at(6)}
	checkStories(t, s, []copydesk.Story{
		{ID: "st-2", Title: "st-2", Events: []string{"ev-c"}, Articles: []string{"o-6"}, LastSeen: at(7)},
		st1,
		{ID: "st-3", Title: "st-3", Events: []string{"ev-d"}, Articles: []string{"o-7"}, LastSeen: at(6)},
		{ID: "st-0", Title: "st-0", Events: []string{"ev-e"}, Articles: []string{"o-8"}},
	})
	got, err := s.Story(ctx, "st-1")
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if d := diffStory(*got, st1); d != "" {
		t.Errorf("Story(st-1): %s", d)
	}
	inStory, err := s.Articles(ctx, copydesk.ArticleFilter{Story: "st-1"})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if got, want := ids(inStory), []string{"o-0", "o-1", "o-5", "o-3", "o-4", "o-2"}; !slices.Equal(got, want) {
		t.Errorf("Articles(Story: st-1) = %q, want %q (by Added then ID)", got, want)
	}
	checkPages(t, s)
}

// checkPages checks that the pages of every list, read one after the
// other, give the whole list, and that Counts counts it.
func checkPages(t *testing.T, s copydesk.Store) {
	t.Helper()
	ctx := context.Background()
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	events, err := s.Events(ctx, "")
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	rels, err := s.Relations(ctx, "")
	if err != nil {
		t.Fatalf("Relations: %v", err)
	}
	arts, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	for size := 1; size <= 3; size++ {
		var gotStories []copydesk.Story
		var gotEvents []copydesk.Event
		var gotRels []copydesk.Relation
		for off := 0; off <= len(stories)+size; off += size {
			p := copydesk.Page{Limit: size, Offset: off}
			st, err := s.StoriesPage(ctx, p)
			if err != nil {
				t.Fatalf("StoriesPage(%+v): %v", p, err)
			}
			gotStories = append(gotStories, st...)
		}
		for off := 0; off <= len(events)+size; off += size {
			p := copydesk.Page{Limit: size, Offset: off}
			ev, err := s.EventsPage(ctx, "", p)
			if err != nil {
				t.Fatalf("EventsPage(%+v): %v", p, err)
			}
			gotEvents = append(gotEvents, ev...)
		}
		for off := 0; off <= len(rels)+size; off += size {
			p := copydesk.Page{Limit: size, Offset: off}
			r, err := s.RelationsPage(ctx, p)
			if err != nil {
				t.Fatalf("RelationsPage(%+v): %v", p, err)
			}
			gotRels = append(gotRels, r...)
		}
		if len(gotStories) != len(stories) {
			t.Fatalf("pages of %d: %d stories, want %d", size, len(gotStories), len(stories))
		}
		for i := range stories {
			if d := diffStory(gotStories[i], stories[i]); d != "" {
				t.Errorf("pages of %d: story %d: %s", size, i, d)
			}
		}
		if len(gotEvents) != len(events) {
			t.Fatalf("pages of %d: %d events, want %d", size, len(gotEvents), len(events))
		}
		for i := range events {
			if d := diffEvent(gotEvents[i], events[i]); d != "" {
				t.Errorf("pages of %d: event %d: %s", size, i, d)
			}
		}
		if len(gotRels) != len(rels) {
			t.Fatalf("pages of %d: %d relations, want %d", size, len(gotRels), len(rels))
		}
		for i := range rels {
			if gotRels[i].From != rels[i].From || gotRels[i].To != rels[i].To || gotRels[i].Kind != rels[i].Kind {
				t.Errorf("pages of %d: relation %d: %s -> %s, want %s -> %s", size, i, gotRels[i].From, gotRels[i].To, rels[i].From, rels[i].To)
			}
		}
	}
	if len(stories) > 0 {
		// A page of one story's events.
		story := stories[0].ID
		all, err := s.Events(ctx, story)
		if err != nil {
			t.Fatalf("Events(%s): %v", story, err)
		}
		var got []copydesk.Event
		for off := 0; off <= len(all); off++ {
			ev, err := s.EventsPage(ctx, story, copydesk.Page{Limit: 1, Offset: off})
			if err != nil {
				t.Fatalf("EventsPage(%s): %v", story, err)
			}
			got = append(got, ev...)
		}
		if len(got) != len(all) {
			t.Errorf("EventsPage(%s) one at a time: %d events, want %d", story, len(got), len(all))
		}
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatalf("Counts: %v", err)
	}
	if want := (copydesk.Counts{Articles: len(arts), Stories: len(stories), Events: len(events), Relations: len(rels)}); c != want {
		t.Errorf("Counts = %+v, want %+v", c, want)
	}
	if _, err := s.StoriesPage(ctx, copydesk.Page{Limit: -1}); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("StoriesPage(limit -1): %v, want an EInvalid error", err)
	}
}

func testConcurrentPutArticle(t *testing.T, s copydesk.Store) {
	const workers, each = 4, 12
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		errs    []error
		shared  []int // versions given to articles of ref "shared"
		created int   // how many puts of "common" created it
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				ref := fmt.Sprintf("w%d", w)
				if i%3 == 0 {
					ref = "shared"
				}
				a := newArticle(fmt.Sprintf("c-%d-%d", w, i), ref, time.Time{})
				ok, err := s.PutArticle(context.Background(), a, rawOf(a.ID))
				common := newArticle("c-common", "common", time.Time{})
				okCommon, errCommon := s.PutArticle(context.Background(), common, rawOf(common.ID))
				mu.Lock()
				if err = errors.Join(err, errCommon); err != nil {
					errs = append(errs, err)
				} else if !ok {
					errs = append(errs, fmt.Errorf("PutArticle(%s) created = false, want true", a.ID))
				}
				if ref == "shared" && ok {
					shared = append(shared, a.Version)
				}
				if okCommon {
					created++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if created != 1 {
		t.Errorf("%d concurrent puts of one article created it %d times, want 1", workers*each, created)
	}
	slices.Sort(shared)
	var want []int
	for v := 1; v <= workers*each/3; v++ {
		want = append(want, v)
	}
	if !slices.Equal(shared, want) {
		t.Errorf("versions of the shared ref = %v, want %v", shared, want)
	}
	all, err := s.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if got, want := len(all), workers*each+1; got != want {
		t.Errorf("%d articles stored, want %d", got, want)
	}
	for _, a := range all {
		raw, err := s.Raw(context.Background(), a.ID)
		if err != nil {
			t.Fatalf("Raw(%s): %v", a.ID, err)
		}
		if got, want := string(raw), string(rawOf(a.ID)); got != want {
			t.Errorf("Raw(%s) = %q, want %q", a.ID, got, want)
		}
	}
}

func testCanceled(t *testing.T, s copydesk.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := newArticle("cx-1", "r", t0)
	if _, err := s.PutArticle(ctx, a, rawOf(a.ID)); err == nil {
		t.Errorf("PutArticle with a canceled context: no error")
	}
	if _, err := s.Article(context.Background(), a.ID); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("Article after a canceled PutArticle: error %v, want code %q", err, copydesk.ENotFound)
	}
	put(t, s, a)
	calls := map[string]func() error{
		"Article":        func() error { _, err := s.Article(ctx, a.ID); return err },
		"Raw":            func() error { _, err := s.Raw(ctx, a.ID); return err },
		"Articles":       func() error { _, err := s.Articles(ctx, copydesk.ArticleFilter{}); return err },
		"SaveResult":     func() error { return s.SaveResult(ctx, copydesk.Result{Article: a.ID, Event: "e", Story: "s"}) },
		"Relations":      func() error { _, err := s.Relations(ctx, ""); return err },
		"StoryRelations": func() error { _, err := s.StoryRelations(ctx, "s"); return err },
		"Stories":        func() error { _, err := s.Stories(ctx); return err },
		"Story":          func() error { _, err := s.Story(ctx, "s"); return err },
		"Events":         func() error { _, err := s.Events(ctx, ""); return err },
	}
	for _, name := range slices.Sorted(maps.Keys(calls)) {
		if err := calls[name](); err == nil {
			t.Errorf("%s with a canceled context: no error", name)
		}
	}
	if got := getArticle(t, s, a.ID); got.Event != "" {
		t.Errorf("SaveResult with a canceled context assigned event %q", got.Event)
	}
}

// checkRelations compares Relations(id) with want.
func checkRelations(t *testing.T, s copydesk.Store, id string, want []copydesk.Relation) {
	t.Helper()
	got, err := s.Relations(context.Background(), id)
	if err != nil {
		t.Fatalf("Relations(%q): %v", id, err)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Relations(%q):\ngot  %+v\nwant %+v", id, got, want)
	}
}

// checkStoryRelations compares StoryRelations of every story of s, and of
// a story that is not stored, with the relations of Relations("") whose two
// articles are both in the story.
func checkStoryRelations(t *testing.T, s copydesk.Store) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Relations(ctx, "")
	if err != nil {
		t.Fatalf("Relations: %v", err)
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	for _, id := range append(storyIDs(stories), "absent") {
		arts, err := s.Articles(ctx, copydesk.ArticleFilter{Story: id})
		if err != nil {
			t.Fatalf("Articles of story %s: %v", id, err)
		}
		in := map[string]bool{}
		for _, a := range arts {
			in[a.ID] = true
		}
		want := []copydesk.Relation{}
		for _, r := range all {
			if in[r.From] && in[r.To] {
				want = append(want, r)
			}
		}
		got, err := s.StoryRelations(ctx, id)
		if err != nil {
			t.Fatalf("StoryRelations(%q): %v", id, err)
		}
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("StoryRelations(%q):\ngot  %+v\nwant %+v", id, got, want)
		}
	}
}

// checkEvents compares Events(story) with want.
func checkEvents(t *testing.T, s copydesk.Store, story string, want []copydesk.Event) {
	t.Helper()
	got, err := s.Events(context.Background(), story)
	if err != nil {
		t.Fatalf("Events(%q): %v", story, err)
	}
	if len(got) != len(want) {
		t.Errorf("Events(%q) = %+v, want %+v", story, got, want)
		return
	}
	for i := range got {
		if d := diffEvent(got[i], want[i]); d != "" {
			t.Errorf("Events(%q)[%d]: %s", story, i, d)
		}
	}
}

// checkStories compares Stories() with want.
func checkStories(t *testing.T, s copydesk.Store, want []copydesk.Story) {
	t.Helper()
	got, err := s.Stories(context.Background())
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	if len(got) != len(want) {
		t.Errorf("Stories() = %+v, want %+v", got, want)
		return
	}
	for i := range got {
		if d := diffStory(got[i], want[i]); d != "" {
			t.Errorf("Stories()[%d]: %s", i, d)
		}
	}
}

// diffEvent describes how got differs from want, or returns "".
func diffEvent(got, want copydesk.Event) string {
	if d := diffTime("FirstSeen", got.FirstSeen, want.FirstSeen) + diffTime("LastSeen", got.LastSeen, want.LastSeen); d != "" {
		return d
	}
	if got.ID != want.ID || got.Story != want.Story || got.Title != want.Title || !slices.Equal(got.Articles, want.Articles) {
		return fmt.Sprintf("got %+v, want %+v", got, want)
	}
	return ""
}

// diffStory describes how got differs from want, or returns "".
func diffStory(got, want copydesk.Story) string {
	if d := diffTime("FirstSeen", got.FirstSeen, want.FirstSeen) + diffTime("LastSeen", got.LastSeen, want.LastSeen); d != "" {
		return d
	}
	if got.ID != want.ID || got.Title != want.Title || !slices.Equal(got.Events, want.Events) || !slices.Equal(got.Articles, want.Articles) {
		return fmt.Sprintf("got %+v, want %+v", got, want)
	}
	return ""
}
