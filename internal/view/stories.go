package view

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk"
)

// StoryQuery selects and orders stories; its zero value lists every story
// in the store's order (newest first).
type StoryQuery struct {
	Words string // a search: stories with an article holding every word
	// From and To bound the dates: a story is in when its span (first to
	// last seen) meets [From, To). Zero leaves that end open.
	From, To time.Time
	Outlet   string // only stories with an article of this outlet
	Sort     string // "", "recent" or "size"
}

// Filtered reports whether q narrows the list at all.
func (q StoryQuery) Filtered() bool {
	return len(Terms(q.Words)) > 0 || q.Outlet != "" || !q.From.IsZero() || !q.To.IsZero()
}

// FindStories returns the stories q selects, in its order.
func FindStories(ctx context.Context, store copydesk.Store, q StoryQuery) ([]copydesk.Story, error) {
	terms := Terms(q.Words)
	all, err := store.Stories(ctx)
	if err != nil {
		return nil, err
	}
	all = slices.DeleteFunc(all, func(s copydesk.Story) bool {
		// A story is in the range when its span [first, last seen] meets it.
		return !q.From.IsZero() && s.LastSeen.Before(q.From) || !q.To.IsZero() && !s.FirstSeen.Before(q.To)
	})
	if q.Outlet != "" {
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{Source: q.Outlet})
		if err != nil {
			return nil, err
		}
		in := storiesOf(arts)
		all = slices.DeleteFunc(all, func(s copydesk.Story) bool { return !in[s.ID] })
	}
	if len(terms) > 0 {
		arts, err := store.SearchArticles(ctx, terms, 0)
		if err != nil {
			return nil, err
		}
		in := storiesOf(arts)
		all = slices.DeleteFunc(all, func(s copydesk.Story) bool { return !in[s.ID] && matchAll(terms, s.Title) == 0 })
	}
	switch q.Sort {
	case "recent":
		slices.SortStableFunc(all, func(a, b copydesk.Story) int { return b.LastSeen.Compare(a.LastSeen) })
	case "size":
		slices.SortStableFunc(all, func(a, b copydesk.Story) int {
			if len(a.Articles) != len(b.Articles) {
				return len(b.Articles) - len(a.Articles)
			}
			return b.LastSeen.Compare(a.LastSeen)
		})
	}
	return all, nil
}

// storiesOf returns the stories of arts.
func storiesOf(arts []*copydesk.Article) map[string]bool {
	in := map[string]bool{}
	for _, a := range arts {
		in[a.Story] = true
	}
	return in
}

// Terms splits a search into lower-case words.
func Terms(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWord)
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// matchAll counts the words of text that start with one of terms, or returns
// 0 when some term starts no word of text: every term must be there.
func matchAll(terms []string, text string) int {
	words := strings.FieldsFunc(strings.ToLower(text), notWord)
	found := make([]bool, len(terms))
	n := 0
	for _, w := range words {
		for i, t := range terms {
			if strings.HasPrefix(w, t) {
				found[i] = true
				n++
			}
		}
	}
	for _, f := range found {
		if !f {
			return 0
		}
	}
	return n
}
