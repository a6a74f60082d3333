package eval

import (
	"context"
	"fmt"
	"iter"
	"slices"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/view"
)

// StoryRows is one story copydesk made of a corpus, with the
// disagreements it lists: what a reader judges, row by row, to measure
// their precision (is each a real difference between the versions?).
type StoryRows struct {
	Story    string `json:"story"`
	Title    string `json:"title"`
	Articles int    `json:"articles"`
	// Topics are the gold story labels of its articles (the ECB+ topics).
	Topics        []string            `json:"topics"`
	Disagreements []view.Disagreement `json:"disagreements"`
	// Refs maps each article of the story to its input's id (the corpus
	// document a reader opens to judge a row).
	Refs map[string]string `json:"refs"`
}

// Disagreements ingests the documents of corpus whose gold story label is
// one of topics (all when topics is empty) into store, which must be
// empty, through the pipeline as copydesk add does, and returns every
// story made with the disagreements its view lists, stories with most
// articles first.
func Disagreements(ctx context.Context, store copydesk.Store, corpus string, topics []string) ([]StoryRows, error) {
	eng, err := pipeline.Open(ctx, store, pipeline.Options{})
	if err != nil {
		return nil, err
	}
	defer eng.Close()
	docs := ingest.NewReader(ingest.Options{}).Docs(ctx, []string{corpus})
	if len(topics) > 0 {
		docs = ofTopics(docs, topics)
	}
	st, err := eng.Add(ctx, docs, nil)
	if err != nil {
		return nil, err
	}
	if st.Added == 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "%s: no article of topics %q", corpus, topics)
	}
	stories, err := store.Stories(ctx)
	if err != nil {
		return nil, err
	}
	var out []StoryRows
	for _, s := range stories {
		v, err := view.Story(ctx, store, s.ID)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{Story: s.ID})
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		r := StoryRows{Story: s.ID, Title: s.Title, Articles: len(s.Articles), Topics: []string{}, Disagreements: v.Disagreements,
			Refs: map[string]string{}}
		for _, a := range arts {
			r.Refs[a.ID] = a.Ref
			if g, ok := a.Extra["story"].(string); ok && !slices.Contains(r.Topics, g) {
				r.Topics = append(r.Topics, g)
			}
		}
		slices.Sort(r.Topics)
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b StoryRows) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return 0
	})
	return out, nil
}

// ofTopics keeps the documents whose gold story label is one of topics.
func ofTopics(docs iter.Seq2[ingest.Doc, error], topics []string) iter.Seq2[ingest.Doc, error] {
	return func(yield func(ingest.Doc, error) bool) {
		for d, err := range docs {
			if err == nil {
				if g, _ := d.Extra["story"].(string); !slices.Contains(topics, g) {
					continue
				}
			}
			if !yield(d, err) {
				return
			}
		}
	}
}
