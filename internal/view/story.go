package view

import (
	"context"
	"sort"
	"time"

	"github.com/copydesk/copydesk"
)

// StoryView is one story with what a reader needs to follow it: its events
// with their articles, the copy relations among them and the derivation
// graph (originals with their copies, and the copies of those).
type StoryView struct {
	copydesk.Story
	Events    []EventView         `json:"events_detail"`
	Relations []copydesk.Relation `json:"relations"`
	// Originals are the roots of the derivation graph: articles of the story
	// that copy nothing and are copied.
	Originals []*Derivation `json:"derivations"`
	// FirstReported is the article of the story published first (ties to
	// the lower id), nil when none gives a publication time.
	FirstReported *FirstReport `json:"first_reported,omitempty"`
	SourcesSay
}

// FirstReport names who reported a story first, and when.
type FirstReport struct {
	Article string    `json:"article"`
	Name    string    `json:"name"` // as a reader knows it (copydesk.Article.DisplayName)
	At      time.Time `json:"at"`
	// Copy says it is a copy of an article of the story with no time of its
	// own: it cannot be told that the original came later.
	Copy bool `json:"copy,omitempty"`
}

// firstReport is the earliest published article of arts, nil when none is
// dated.
func firstReport(arts []*copydesk.Article, rels []copydesk.Relation) *FirstReport {
	var first *copydesk.Article
	for _, a := range arts {
		if a.Published.IsZero() {
			continue
		}
		if first == nil || a.Published.Before(first.Published) || a.Published.Equal(first.Published) && a.ID < first.ID {
			first = a
		}
	}
	if first == nil {
		return nil
	}
	fr := &FirstReport{Article: first.ID, Name: first.DisplayName(), At: first.Published.UTC()}
	for _, r := range rels {
		if r.To == first.ID {
			fr.Copy = true
		}
	}
	return fr
}

// EventView is an event with its articles.
type EventView struct {
	copydesk.Event
	Items []*copydesk.Article `json:"items"`
}

// Derivation is one node of a derivation graph: an article and its copies.
type Derivation struct {
	Article string        `json:"article"`
	Kind    copydesk.Kind `json:"kind,omitempty"` // how it copies its parent
	Score   float64       `json:"score,omitempty"`
	// Undetermined is set when which of the article and its parent is the
	// original is not known: the edge has no direction.
	Undetermined bool          `json:"undetermined,omitempty"`
	Copies       []*Derivation `json:"copies,omitempty"`
}

// Story builds the view of one story.
func Story(ctx context.Context, store copydesk.Store, id string) (*StoryView, error) {
	s, err := store.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{Story: id})
	if err != nil {
		return nil, err
	}
	events, err := store.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	byID := map[string]*copydesk.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	v := &StoryView{Story: *s, Relations: []copydesk.Relation{}}
	for _, ev := range events {
		ew := EventView{Event: ev}
		for _, aid := range ev.Articles {
			if a := byID[aid]; a != nil {
				ew.Items = append(ew.Items, a)
			}
		}
		v.Events = append(v.Events, ew)
	}
	if v.Relations, err = innerRelations(ctx, store, id, arts); err != nil {
		return nil, err
	}
	v.Originals = Derive(v.Relations)
	v.FirstReported = firstReport(arts, v.Relations)
	if v.SourcesSay, err = storyFacts(ctx, store, id, func() ([]*copydesk.Article, []copydesk.Relation, error) { return arts, v.Relations, nil }); err != nil {
		return nil, err
	}
	for _, a := range arts {
		a.Text, a.Paragraphs, a.Removed = "", nil, nil
	}
	return v, nil
}

// Derive turns copy relations into derivation trees. Each copy hangs under
// its most likely original (the relation with the highest score, ties to the
// lower id), so the graph is a forest, not a tangle; roots are articles that
// copy nothing.
func Derive(rels []copydesk.Relation) []*Derivation {
	parent := map[string]copydesk.Relation{}
	for _, r := range rels {
		p, ok := parent[r.To]
		if !ok || r.Score > p.Score || r.Score == p.Score && r.From < p.From {
			parent[r.To] = r
		}
	}
	// Break cycles (A copies B copies A cannot happen with consistent times,
	// but text signals can disagree): drop the weakest edge of each cycle.
	for id := range parent {
		path := map[string]bool{}
		for cur := id; ; {
			r, ok := parent[cur]
			if !ok {
				break
			}
			if path[cur] {
				weakest := cur
				for x := r.From; x != cur; x = parent[x].From {
					// Ties to the higher id: the same edge whichever
					// article of the cycle the walk began at.
					if s, w := parent[x].Score, parent[weakest].Score; s < w || s == w && x > weakest {
						weakest = x
					}
				}
				delete(parent, weakest)
				break
			}
			path[cur] = true
			cur = r.From
		}
	}
	nodes := map[string]*Derivation{}
	node := func(id string) *Derivation {
		if n := nodes[id]; n != nil {
			return n
		}
		n := &Derivation{Article: id}
		nodes[id] = n
		return n
	}
	var kids []string
	for id := range parent {
		kids = append(kids, id)
	}
	sort.Strings(kids)
	for _, id := range kids {
		r := parent[id]
		n := node(id)
		n.Kind, n.Score, n.Undetermined = r.Kind, r.Score, r.Evidence.Undetermined
		p := node(r.From)
		p.Copies = append(p.Copies, n)
	}
	var roots []*Derivation
	for id, n := range nodes {
		if _, ok := parent[id]; !ok {
			roots = append(roots, n)
		}
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i].Article < roots[j].Article })
	return roots
}

// innerRelations returns the relations between articles of arts, the
// articles of story id, ordered by From then To: the store's relations of
// the story (one query), less any whose article moved to another story since
// arts were read.
func innerRelations(ctx context.Context, store copydesk.Store, id string, arts []*copydesk.Article) ([]copydesk.Relation, error) {
	in := make(map[string]bool, len(arts))
	for _, a := range arts {
		in[a.ID] = true
	}
	rels, err := store.StoryRelations(ctx, id)
	if err != nil {
		return nil, err
	}
	out := []copydesk.Relation{}
	for _, r := range rels {
		if in[r.From] && in[r.To] {
			out = append(out, r)
		}
	}
	return out, nil
}
