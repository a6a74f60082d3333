package view

import (
	"context"
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

// FindStories returns the stories q selects, in its order, from the
// offset-th, at most limit of them (0 means no limit), and how many it
// selects in all. The store reads only those stories: words are found
// through its full-text index in the stories' articles (a story's title is
// one of its articles' titles).
func FindStories(ctx context.Context, store copydesk.Store, q StoryQuery, limit, offset int) ([]copydesk.Story, int, error) {
	return store.FindStories(ctx, copydesk.StoryFilter{Words: Terms(q.Words), From: q.From, To: q.To,
		Source: q.Outlet, BySize: q.Sort == "size", Limit: limit, Offset: offset})
}

// Terms splits a search into lower-case words.
func Terms(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWord)
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
