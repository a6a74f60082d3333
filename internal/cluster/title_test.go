package cluster

import (
	"testing"
	"time"
)

// titleItems are four reports of one invented happening; the second is the
// most typical of the four (it holds the words the others share).
var titleItems = []Item{
	{ID: "t1", Title: "Ferry runs aground near Kessport", Text: "The Marisol ferry ran aground near Kessport harbour on Tuesday. Coastguard crews reached the ferry within an hour."},
	{ID: "t2", Title: "Kessport ferry aground, passengers safe", Text: "The Marisol ferry ran aground near Kessport harbour. Coastguard crews took the passengers off the ferry; all passengers are safe, the coastguard said."},
	{ID: "t3", Title: "Passengers safe after Marisol grounding", Text: "All passengers of the Marisol ferry are safe after it ran aground near Kessport, the coastguard said."},
	{ID: "t4", Title: "Coastguard: Marisol passengers safe", Text: "Coastguard crews took the Marisol ferry's passengers off after it ran aground near Kessport harbour."},
}

func storyTitle(t *testing.T, c *Clusterer, a Assignment) string {
	t.Helper()
	st, ok := c.Story(a.Story)
	if !ok {
		t.Fatalf("no story %s", a.Story)
	}
	return st.Title
}

// The issue: adding one article (an earlier one, through /add) renamed the
// whole story to that article's title.
func TestTitleStaysWhenOneArticleJoins(t *testing.T) {
	day := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	c := New(Options{})
	var a Assignment
	for i, it := range titleItems[:3] {
		it.Time = day.Add(time.Duration(i) * time.Hour)
		a = c.Assign(it)
	}
	before := storyTitle(t, c, a)
	late := titleItems[3]
	late.Time = day.Add(-6 * time.Hour) // earlier than all the others
	b := c.Assign(late)
	if b.Story != a.Story {
		t.Fatalf("the fourth report opened story %s, want %s", b.Story, a.Story)
	}
	if got := storyTitle(t, c, b); got != before {
		t.Errorf("one earlier article renamed the story from %q to %q", before, got)
	}
}

// The title is the most central article's, whatever order they came in.
func TestTitleIsTheCentralArticles(t *testing.T) {
	day := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		c := New(Options{})
		var a Assignment
		for k, i := range order {
			it := titleItems[i]
			it.Time = day.Add(time.Duration(k) * time.Hour)
			a = c.Assign(it)
		}
		ev, _ := c.Event(a.Event)
		if ev.Size != 4 {
			t.Fatalf("order %v: event of %d articles, want 4", order, ev.Size)
		}
		if want := titleItems[1].Title; ev.Title != want || storyTitle(t, c, a) != want {
			t.Errorf("order %v: event %q, story %q, want %q", order, ev.Title, storyTitle(t, c, a), want)
		}
	}
}
