package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
)

// LargeStory writes one story of n articles into s and returns its id: the
// articles of corpus.Story (text we wrote), a new event every 40 articles,
// and a derivation graph shaped like a large story's: each wire copy of
// corpus.Story related to its original as a duplicate, and about a fifth
// of the other articles related to an earlier one (near-duplicates,
// excerpts, rewrites; copies of copies among them; one in ten with its
// direction undetermined; each copy published 1 to 12 hours after its
// original), so that families of many sizes and chains of several steps
// occur. The facts of the articles and of the story are
// stored as processing stores them, so that a view reads them. The same n
// gives the same story.
func LargeStory(ctx context.Context, s copydesk.Store, n int) (string, error) {
	const id = "s-large"
	rng := rand.New(rand.NewPCG(uint64(n), 40))
	arts := corpus.Story(1, n)
	byText := map[string]string{}
	var ids []string
	story := copydesk.Story{ID: id, Title: "Varn dam breaks above Orlenburg"}
	var ev copydesk.Event
	published := map[string]time.Time{}
	for i, sa := range arts {
		now := time.Date(2031, 5, 12, 6, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
		a := &copydesk.Article{ID: sa.ID, Ref: sa.ID, Source: sa.Source, Title: sa.Title, Published: sa.Published,
			Text: sa.Text, Lang: "en", Format: "json", Added: now}
		// A copy comes out after its original: decide now, so that the
		// stored time says so.
		var rel *copydesk.Relation
		if orig, ok := byText[sa.Text]; ok {
			rel = &copydesk.Relation{From: orig, Kind: copydesk.Duplicate, Score: 1}
		} else if len(ids) > 0 && rng.IntN(5) == 0 {
			kinds := []copydesk.Kind{copydesk.NearDuplicate, copydesk.Excerpt, copydesk.Rewrite}
			rel = &copydesk.Relation{From: ids[rng.IntN(len(ids))], Kind: kinds[rng.IntN(len(kinds))], Score: 0.5 + 0.4*rng.Float64()}
		} else {
			byText[sa.Text] = a.ID
		}
		if rel != nil {
			a.Published = published[rel.From].Add(time.Duration(1+rng.IntN(12)) * time.Hour)
		}
		published[a.ID] = a.Published
		if _, err := s.PutArticle(ctx, a, []byte(sa.Text)); err != nil {
			return "", fmt.Errorf("large story, article %s: %w", a.ID, err)
		}
		if i%40 == 0 {
			ev = copydesk.Event{ID: fmt.Sprintf("e-large-%03d", i/40), Story: id, Title: sa.Title}
		}
		// An event and a story span their articles' publication times, as
		// processing stores them.
		if t := a.Published; !t.IsZero() {
			span(&ev.FirstSeen, &ev.LastSeen, t)
			span(&story.FirstSeen, &story.LastSeen, t)
		}
		res := copydesk.Result{Article: a.ID, Event: ev.ID, Story: id, Now: now,
			Placement: &copydesk.Placement{Reason: "generated", Similarity: 0.5},
			Events:    []copydesk.Event{ev}, Stories: []copydesk.Story{story}}
		if rel != nil {
			rel.To = a.ID
			rel.Evidence = copydesk.Evidence{Jaccard: rel.Score, ReusedOfOriginal: rel.Score, ReusedOfCopy: rel.Score,
				Direction: []string{"published earlier"}, Confidence: 0.8, Undetermined: rng.IntN(10) == 0}
			res.Relations = []copydesk.Relation{*rel}
			res.Placement.Copy = true
		}
		if err := s.SaveResult(ctx, res); err != nil {
			return "", fmt.Errorf("large story, article %s: %w", a.ID, err)
		}
		ids = append(ids, a.ID)
	}
	return id, storeFacts(ctx, s, id)
}

// span widens [first, last] to hold t.
func span(first, last *time.Time, t time.Time) {
	if first.IsZero() || t.Before(*first) {
		*first = t
	}
	if last.IsZero() || t.After(*last) {
		*last = t
	}
}
