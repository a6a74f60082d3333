package view

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// SourcesSay is what the articles of one story say, merged across them:
// the people (and organisations and places) with their roles, the quotes
// with their variants and grouped by speaker, the timeline, and where the
// versions disagree.
type SourcesSay struct {
	Entities []facts.StoryEntity   `json:"entities"`
	Quotes   []facts.StoryQuote    `json:"quotes"`
	Speakers []facts.StorySpeaker  `json:"speakers"`
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

// Quote is one statement of a story with its wordings and sources.
type Quote = facts.StoryQuote

// Speaker is a person or organisation quoted in a story, with its quotes.
type Speaker = facts.StorySpeaker

// Entity is a person, organisation or place a story names, with its roles.
type Entity = facts.StoryEntity

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
	got, err := storedFacts(ctx, store, []string{a.ID})
	if err != nil {
		return nil, err
	}
	if f := got[a.ID]; f != nil {
		return f, nil
	}
	return facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title,
		Text: a.Text, Published: a.Published, Lang: a.Lang}), nil
}

// storyFacts returns what the articles of story id say: the stored facts
// when they are current, else merged now from the stored facts of the
// articles (extracting those that have none), which load then gives (with
// their text) with the relations between them.
func storyFacts(ctx context.Context, store copydesk.Store, id string, load func() ([]*copydesk.Article, []copydesk.Relation, error)) (SourcesSay, error) {
	sf := &facts.StoryFacts{}
	c, err := store.StoryFacts(ctx, id)
	switch {
	case err == nil && !c.Stale && c.Version == facts.RulesVersion:
		if err := json.Unmarshal(c.Data, sf); err != nil {
			return SourcesSay{}, fmt.Errorf("facts of story %s: %w", id, err)
		}
	case err != nil && copydesk.ErrorCode(err) != copydesk.ENotFound:
		return SourcesSay{}, err
	default:
		arts, rels, err := load()
		if err != nil {
			return SourcesSay{}, err
		}
		ids := make([]string, len(arts))
		for i, a := range arts {
			ids[i] = a.ID
		}
		got, err := storedFacts(ctx, store, ids)
		if err != nil {
			return SourcesSay{}, err
		}
		fs := make([]*facts.Facts, 0, len(arts))
		events := map[string]string{}
		for _, a := range arts {
			events[a.ID] = a.Event
			f := got[a.ID]
			if f == nil {
				f = facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang})
			}
			fs = append(fs, f)
		}
		sf = facts.MergeEvents(fs, rels, events)
	}
	return SourcesSay{Entities: orEmpty(sf.Entities), Quotes: orEmpty(sf.Quotes), Speakers: orEmpty(sf.Speakers), Timeline: orEmpty(sf.Timeline),
		Disagreements: orEmpty(sf.Disagreements), DisagreementsTotal: len(sf.Disagreements)}, nil
}
