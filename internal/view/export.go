package view

import (
	"context"
	"fmt"

	"github.com/copydesk/copydesk"
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
	Name      string `json:"name"`
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
	return ExportArticle{ID: a.ID, Ref: a.Ref, Name: a.DisplayName(), URL: a.URL, Source: a.Source, Title: a.Title, Byline: a.Byline,
		Published: stamp(a.Published), Lang: a.Lang, Event: a.Event, Story: a.Story, Version: a.Version,
		Partial: a.Partial, RawHash: a.RawHash, Text: a.Text}
}
