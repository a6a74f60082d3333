package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// testPages checks FindStories and Outlets on a small generated store
// against what reading every story, article and relation gives.
func testPages(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	big, err := FillBig(ctx, s, 300, nil)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	mid := all[len(all)/2].LastSeen
	filters := []copydesk.StoryFilter{
		{},
		{Limit: 7},
		{Limit: 7, Offset: 7},
		{Limit: 7, Offset: len(all) - 3},
		{Offset: 5},
		{BySize: true, Limit: 10},
		{BySize: true, Limit: 10, Offset: 10},
		{Source: big.Outlet},
		{Source: big.Outlet, BySize: true, Limit: 3},
		{Source: "no such outlet"},
		{Words: []string{big.Rare}},
		{Words: []string{big.Word}, Limit: 5, BySize: true},
		{Words: []string{big.Word, big.Rare}, Source: big.Outlet},
		{From: mid},
		{To: mid},
		{From: mid.Add(-6 * time.Hour), To: mid, Words: []string{big.Word}},
	}
	for _, f := range filters {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			want, err := findStories(ctx, s, all, arts, f)
			if err != nil {
				t.Fatal(err)
			}
			got, total, err := s.FindStories(ctx, f)
			if err != nil {
				t.Fatalf("FindStories: %v", err)
			}
			wantTotal := len(want)
			want = want[min(f.Offset, len(want)):]
			if f.Limit > 0 {
				want = want[:min(f.Limit, len(want))]
			}
			if total != wantTotal {
				t.Errorf("total = %d, want %d", total, wantTotal)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("FindStories = %v,\nwant %v", storyIDs(got), storyIDs(want))
			}
		})
	}
	if _, _, err := s.FindStories(ctx, copydesk.StoryFilter{Limit: -1}); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("FindStories(limit -1) = %v, want an EInvalid error", err)
	}

	got, err := s.Outlets(ctx)
	if err != nil {
		t.Fatalf("Outlets: %v", err)
	}
	rels, err := s.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := countOutlets(arts, rels); !reflect.DeepEqual(got, want) {
		t.Errorf("Outlets = %+v,\nwant %+v", got[:min(3, len(got))], want[:min(3, len(want))])
	}
}

// findStories is FindStories without its paging, by reading every story.
func findStories(ctx context.Context, s copydesk.Store, all []copydesk.Story, arts []*copydesk.Article, f copydesk.StoryFilter) ([]copydesk.Story, error) {
	in := func(as []*copydesk.Article) map[string]bool {
		m := map[string]bool{}
		for _, a := range as {
			m[a.Story] = true
		}
		return m
	}
	var bySource, byWords map[string]bool
	if f.Source != "" {
		bySource = in(slices.DeleteFunc(slices.Clone(arts), func(a *copydesk.Article) bool { return a.Source != f.Source }))
	}
	if len(f.Words) > 0 {
		found, err := s.SearchArticles(ctx, f.Words, 0)
		if err != nil {
			return nil, err
		}
		byWords = in(found)
	}
	var out []copydesk.Story
	for _, st := range all {
		if !f.From.IsZero() && st.LastSeen.Before(f.From) || !f.To.IsZero() && !st.FirstSeen.Before(f.To) ||
			bySource != nil && !bySource[st.ID] || byWords != nil && !byWords[st.ID] {
			continue
		}
		out = append(out, st)
	}
	if f.BySize {
		slices.SortStableFunc(out, func(a, b copydesk.Story) int { return len(b.Articles) - len(a.Articles) })
	}
	if out == nil {
		out = []copydesk.Story{}
	}
	return out, nil
}

// testOutletCounts checks Outlets against reading every article and
// relation after each kind of change a store's counts must follow: new
// articles, relations, a relation unlinked, a relation's kind changed by an
// upsert, articles moved to another story and a story left empty.
func testOutletCounts(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	outlets := []string{"The Lakeside Courier", "Brell Evening Post", ""}
	for i := range 9 {
		a := newArticle(fmt.Sprintf("oc-%d", i), fmt.Sprintf("ref-oc-%d", i), at(float64(i)))
		a.Source = outlets[i%3]
		put(t, s, a)
	}
	check := func(step string) {
		t.Helper()
		got, err := s.Outlets(ctx)
		if err != nil {
			t.Fatalf("%s: Outlets: %v", step, err)
		}
		arts, err := s.Articles(ctx, copydesk.ArticleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		rels, err := s.Relations(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if want := countOutlets(arts, rels); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Outlets =\n%+v,\nwant\n%+v", step, got, want)
		}
	}
	check("new articles")
	rel := func(from, to string, kind copydesk.Kind) copydesk.Relation {
		return copydesk.Relation{From: from, To: to, Kind: kind, Score: 0.9}
	}
	for i := range 9 {
		r := copydesk.Result{
			Article: fmt.Sprintf("oc-%d", i), Event: fmt.Sprintf("e%d", i%2), Story: fmt.Sprintf("s%d", i%2),
			Events:  []copydesk.Event{{ID: fmt.Sprintf("e%d", i%2), Story: fmt.Sprintf("s%d", i%2), FirstSeen: t0, LastSeen: at(9)}},
			Stories: []copydesk.Story{{ID: fmt.Sprintf("s%d", i%2), FirstSeen: t0, LastSeen: at(9)}},
			Now:     at(float64(i)),
		}
		if i >= 2 {
			r.Relations = []copydesk.Relation{rel("oc-0", r.Article, copydesk.Rewrite), rel("oc-1", r.Article, copydesk.Excerpt)}
		}
		save(t, s, r)
	}
	check("relations")
	save(t, s, copydesk.Result{Article: "oc-4", Event: "e0", Story: "s0",
		Unlink:    []copydesk.Link{{From: "oc-0", To: "oc-4"}, {From: "oc-1", To: "oc-4"}},
		Relations: []copydesk.Relation{rel("oc-3", "oc-4", copydesk.Duplicate)},
		Now:       at(10)})
	check("unlinked and relinked")
	save(t, s, copydesk.Result{Article: "oc-5", Event: "e1", Story: "s1",
		Relations: []copydesk.Relation{rel("oc-0", "oc-5", copydesk.NearDuplicate)},
		Unlink:    []copydesk.Link{{From: "oc-1", To: "oc-5"}},
		Now:       at(11)})
	check("kind changed")
	save(t, s, copydesk.Result{Article: "oc-6", Event: "e2", Story: "s2",
		Events:  []copydesk.Event{{ID: "e2", Story: "s2", FirstSeen: t0, LastSeen: at(12)}},
		Stories: []copydesk.Story{{ID: "s2", FirstSeen: t0, LastSeen: at(12)}},
		Moves:   []copydesk.Move{{Article: "oc-1", Event: "e2", Story: "s2"}, {Article: "oc-7", Event: "e2", Story: "s2"}},
		Now:     at(12)})
	check("moved")
	var moves []copydesk.Move
	for _, id := range []string{"oc-0", "oc-2", "oc-4", "oc-8"} {
		moves = append(moves, copydesk.Move{Article: id, Event: "e1", Story: "s1"})
	}
	save(t, s, copydesk.Result{Article: "oc-3", Event: "e1", Story: "s1", Moves: moves, Now: at(13)})
	check("story emptied")
}

// countOutlets is Outlets by reading every article and relation.
func countOutlets(arts []*copydesk.Article, rels []copydesk.Relation) []copydesk.OutletCount {
	by := map[string]*copydesk.OutletCount{}
	stories := map[string]map[string]bool{}
	source := map[string]string{}
	get := func(name string) *copydesk.OutletCount {
		if by[name] == nil {
			by[name] = &copydesk.OutletCount{Name: name, Originals: map[copydesk.Kind]int{}, Copies: map[copydesk.Kind]int{}}
			for _, k := range copydesk.Kinds {
				by[name].Originals[k], by[name].Copies[k] = 0, 0
			}
			stories[name] = map[string]bool{}
		}
		return by[name]
	}
	for _, a := range arts {
		get(a.Source).Articles++
		source[a.ID] = a.Source
		if a.Story != "" {
			stories[a.Source][a.Story] = true
		}
	}
	copying := map[string]bool{}
	for _, r := range rels {
		get(source[r.From]).Originals[r.Kind]++
		o := get(source[r.To])
		o.Copies[r.Kind]++
		if !copying[r.To] {
			copying[r.To] = true
			o.CopyingArticles++
		}
	}
	var out []copydesk.OutletCount
	for name, o := range by {
		o.Stories = len(stories[name])
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b copydesk.OutletCount) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func storyIDs(ss []copydesk.Story) []string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}
