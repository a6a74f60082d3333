package cluster

import (
	"fmt"
	"testing"
	"time"
)

// Bad input: piles that stretch the clusterer's assumptions end with a
// defined result at a bounded cost. The cost is counted in comparisons of
// an article (or a cluster) with a cluster's centroid, which the caps on
// candidates, checkpoints and Refine's open members bound per article
// whatever the pile.

// placeAll assigns items in order, refines once and returns the events and
// how many comparisons placing and refining took per article.
func placeAll(items []Item) (c *Clusterer, assign, refine float64) {
	c = New(Options{})
	for _, it := range items {
		c.Assign(it)
	}
	n := float64(len(items))
	assign = float64(c.compared) / n
	c.compared = 0
	c.Refine()
	return c, assign, float64(c.compared) / n
}

// recluster runs Recluster on c and returns its result and how many
// comparisons of clusters it took per article.
func recluster(c *Clusterer) (events map[string]string, compared float64) {
	c.compared = 0
	c.Recluster()
	events = map[string]string{}
	for id := range c.articles {
		events[id] = c.EventOf(id)
	}
	return events, float64(c.compared) / float64(len(c.articles))
}

// reclusterMax bounds Recluster's comparisons per article: each article
// brings offlineCandidates neighbours, and each join compares the joined
// cluster with its neighbours, at most twice offlineNeighbours.
const reclusterMax = 2*offlineCandidates + 2*offlineNeighbours

// A pile in which nothing is dated: every article passes every time window,
// so every event is a candidate for every article; the candidate caps still
// bound the cost, and two runs give the same clustering.
func TestNothingDated(t *testing.T) {
	items := stream(300)
	for i := range items {
		items[i].Time = time.Time{}
	}
	c, assign, refine := placeAll(items)
	t.Logf("undated: %.1f comparisons per article to place, %.1f to refine; %d events", assign, refine, len(c.events))
	if assign > 4*maxCandidates || refine > 4*maxCandidates {
		t.Errorf("undated: %.1f and %.1f comparisons per article to place and refine, want at most %d each", assign, refine, 4*maxCandidates)
	}
	again, _, _ := placeAll(items)
	for _, it := range items {
		if got, want := again.EventOf(it.ID), c.EventOf(it.ID); got != want || got == "" {
			t.Fatalf("%s: event %q in one run, %q in another; want one defined event", it.ID, want, got)
		}
	}
	// Recluster: every cluster is a neighbour in time of every other.
	ev, cost := recluster(c)
	evAgain, _ := recluster(again)
	t.Logf("undated: %.1f comparisons per article to recluster; %d events", cost, len(c.events))
	if cost > reclusterMax {
		t.Errorf("undated: %.1f comparisons per article to recluster, want at most %d", cost, reclusterMax)
	}
	for _, it := range items {
		if ev[it.ID] != evAgain[it.ID] || ev[it.ID] == "" {
			t.Fatalf("%s: reclustered into event %q in one run, %q in another; want one defined event", it.ID, ev[it.ID], evAgain[it.ID])
		}
	}
}

// A burst of 10,000 near-identical items (a wire story republished with a
// serial number): one event and one story, and the cost per article stays
// flat although the event grows to 10,000 members.
func TestBurstOfNearIdentical(t *testing.T) {
	const n = 10000
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{ID: fmt.Sprintf("a%05d", i), Title: "Velmora dam breaches after heavy rain",
			Text: fmt.Sprintf("The Velmora dam on the Ostra river breached on Monday, flooding three villages, bulletin %d said. Engineer Tomas Reval said the spillway had been blocked.", i),
			Time: day0.Add(time.Duration(i) * time.Second)}
	}
	c, assign, refine := placeAll(items)
	t.Logf("burst: %.2f comparisons per article to place, %.2f to refine", assign, refine)
	if len(c.events) != 1 || len(c.stories) != 1 {
		t.Errorf("burst: %d events and %d stories, want 1 and 1", len(c.events), len(c.stories))
	}
	if assign > 4 || refine > 1 {
		t.Errorf("burst: %.2f and %.2f comparisons per article to place and refine, want at most 4 and 1", assign, refine)
	}
	_, cost := recluster(c)
	t.Logf("burst: %.2f comparisons per article to recluster", cost)
	if len(c.events) != 1 || len(c.stories) != 1 || cost > reclusterMax {
		t.Errorf("burst reclustered: %d events and %d stories at %.2f comparisons per article, want 1 and 1 at most %d", len(c.events), len(c.stories), cost, reclusterMax)
	}
}

// A corpus of one article: one event in one story, and nothing to refine,
// whatever the article lacks.
func TestOneArticle(t *testing.T) {
	for _, it := range []Item{
		{ID: "a1", Title: items[0].title, Text: items[0].text, Time: day0},
		{ID: "a1", Title: items[0].title, Text: items[0].text},  // undated
		{ID: "a1", Title: items[0].title, Text: items[0].title}, // title only
		{ID: "a1"}, // empty
		{ID: "a1", Title: "Прорыв дамбы", Text: "Дамба на реке Остра прорвалась в понедельник.", Lang: "ru"},
	} {
		c := New(Options{})
		a := c.Assign(it)
		if !a.NewEvent || !a.NewStory || c.EventOf("a1") != a.Event {
			t.Errorf("%+v: got %+v, want a new event in a new story", it, a)
		}
		if moved := c.Refine(); len(moved) != 0 {
			t.Errorf("%+v: Refine moved %v, want nothing", it, moved)
		}
		if moved := c.Recluster(); len(moved) != 0 {
			t.Errorf("%+v: Recluster moved %v, want nothing", it, moved)
		}
		if ev, ok := c.Event(a.Event); !ok || ev.Size != 1 || ev.Story != a.Story {
			t.Errorf("%+v: event %+v, want one article in story %s", it, ev, a.Story)
		}
	}
}
