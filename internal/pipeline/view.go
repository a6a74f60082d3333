package pipeline

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// Export is the whole store as one document, the format others build on:
// fields are added over time, never removed or renamed.
type Export struct {
	Articles  []ExportArticle     `json:"articles"`
	Events    []copydesk.Event    `json:"events"`
	Stories   []ExportStory       `json:"stories"`
	Relations []copydesk.Relation `json:"relations"`
}

// ExportArticle is an article as exported: its metadata, clustering and text.
type ExportArticle struct {
	ID        string `json:"id"`
	Ref       string `json:"ref"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Event     string `json:"event"`
	Story     string `json:"story"`
	Version   int    `json:"version"`
	Partial   bool   `json:"partial,omitempty"`
	RawHash   string `json:"raw_hash"`
	Text      string `json:"text"`
}

// ExportStory is a story as exported, with what its sources say.
type ExportStory struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Events    []string `json:"events"`
	Articles  []string `json:"articles"`
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`
	SourcesSay
}

// SourcesSay is what the articles of one story say, merged across them:
// the people (and organisations and places) with their roles, the quotes
// with their variants, the timeline, and where the versions disagree.
type SourcesSay struct {
	Entities []facts.StoryEntity   `json:"entities"`
	Quotes   []facts.StoryQuote    `json:"quotes"`
	Timeline []facts.TimelineEntry `json:"timeline"`
	// Disagreements are one row per fact on which the sources differ, most
	// telling first; DisagreementsTotal counts them all when a view shows
	// only the first (Top).
	Disagreements      []facts.Disagreement `json:"disagreements"`
	DisagreementsTotal int                  `json:"disagreements_total"`
}

// Disagreement is one fact on which a story's sources differ, as the views
// show it.
type Disagreement = facts.Disagreement

// TopDisagreements is how many disagreements a view shows before "all N".
const TopDisagreements = 10

// Top is s with only the first TopDisagreements disagreements.
func (s SourcesSay) Top() SourcesSay {
	s.Disagreements = s.Disagreements[:min(len(s.Disagreements), TopDisagreements)]
	return s
}

// ArticleFacts is what one article says: the people with their roles, the
// organisations and places, the quotes with their speakers, the dates
// resolved against its publication date, and the numbers with what they
// count; as stored when it was processed, else found now (a must then
// carry its text).
func ArticleFacts(ctx context.Context, store copydesk.Store, a *copydesk.Article) (*facts.Facts, error) {
	got, err := loadFacts(ctx, store, []string{a.ID})
	if err != nil {
		return nil, err
	}
	if f := got[a.ID]; f != nil {
		return f, nil
	}
	return facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title,
		Text: a.Text, Published: a.Published, Lang: a.Lang}), nil
}

// ExportAll reads everything from store into an Export, in a stable order.
func ExportAll(ctx context.Context, store copydesk.Store) (*Export, error) {
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	stories, err := store.Stories(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	events, err := store.Events(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	rels, err := store.Relations(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	x := &Export{Articles: []ExportArticle{}, Events: events, Stories: []ExportStory{}, Relations: rels}
	if x.Events == nil {
		x.Events = []copydesk.Event{}
	}
	if x.Relations == nil {
		x.Relations = []copydesk.Relation{}
	}
	for _, a := range arts {
		x.Articles = append(x.Articles, exportArticle(a))
	}
	byStory := map[string][]*copydesk.Article{}
	storyOf := map[string]string{}
	for _, a := range arts {
		byStory[a.Story] = append(byStory[a.Story], a)
		storyOf[a.ID] = a.Story
	}
	relsOf := map[string][]copydesk.Relation{}
	for _, r := range rels {
		if st := storyOf[r.From]; st != "" && st == storyOf[r.To] {
			relsOf[st] = append(relsOf[st], r)
		}
	}
	for _, s := range stories {
		say, err := storyFacts(ctx, store, s.ID, byStory[s.ID], relsOf[s.ID])
		if err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		x.Stories = append(x.Stories, ExportStory{ID: s.ID, Title: s.Title, Events: s.Events, Articles: s.Articles,
			FirstSeen: stamp(s.FirstSeen), LastSeen: stamp(s.LastSeen), SourcesSay: say})
	}
	return x, nil
}

func exportArticle(a *copydesk.Article) ExportArticle {
	return ExportArticle{ID: a.ID, Ref: a.Ref, URL: a.URL, Source: a.Source, Title: a.Title, Byline: a.Byline,
		Published: stamp(a.Published), Lang: a.Lang, Event: a.Event, Story: a.Story, Version: a.Version,
		Partial: a.Partial, RawHash: a.RawHash, Text: a.Text}
}

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
	SourcesSay
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
	Copies  []*Derivation `json:"copies,omitempty"`
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
	seen := map[[2]string]bool{}
	for _, a := range arts {
		rels, err := store.Relations(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		for _, r := range rels {
			k := [2]string{r.From, r.To}
			if seen[k] || byID[r.From] == nil || byID[r.To] == nil {
				continue
			}
			seen[k] = true
			v.Relations = append(v.Relations, r)
		}
	}
	sort.Slice(v.Relations, func(i, j int) bool {
		if v.Relations[i].From != v.Relations[j].From {
			return v.Relations[i].From < v.Relations[j].From
		}
		return v.Relations[i].To < v.Relations[j].To
	})
	v.Originals = Derive(v.Relations)
	if v.SourcesSay, err = storyFacts(ctx, store, id, arts, v.Relations); err != nil {
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
					if parent[x].Score < parent[weakest].Score {
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
		n.Kind, n.Score = r.Kind, r.Score
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

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
