package cluster

import (
	"fmt"
	"testing"
	"time"
)

// Two invented stories of headlines that share "files for bankruptcy": a
// coin exchange and a pizza chain.
var (
	exchangeHeads = []string{
		"Quorvex exchange files for bankruptcy in Delmar",
		"Bitcoin exchange Quorvex files for bankruptcy",
		"Quorvex seeks bankruptcy protection after losing coins",
		"Quorvex files for bankruptcy, customers wait for their coins",
		"Troubled coin exchange Quorvex files for bankruptcy",
		"Quorvex bankruptcy leaves bitcoin traders waiting",
	}
	pizzaHeads = []string{
		"Pizza chain Brantolo files for bankruptcy again",
		"Brantolo restaurants keep serving in bankruptcy",
		"Pizza maker Brantolo files for Chapter 11 for the second time",
		"Brantolo will keep its pizza shops running in bankruptcy",
		"Brantolo pizza chain owes suppliers millions",
		"Brantolo pizza chain keeps its shops running as lenders take over",
	}
	// Headlines of other stories, so that words are as rare as in a day
	// of news.
	otherHeads = []string{
		"Harbour crane collapses in Ostvik storm",
		"Senator Malvey announces run for governor",
		"Lumen Motors recalls electric vans over brakes",
		"Drought shrinks Corrow river to record low",
		"Teachers in Pellford vote to strike",
		"Astronomers spot comet heading past Jupiter",
		"Orlenko wins marathon in record time",
		"City of Vastra bans cars from old town",
		"Grain prices climb as harvest fails in Tamsk",
		"Film festival in Carvel opens with war drama",
		"Ferry operator Nordlund adds night crossings",
		"Museum returns stolen mask to Ulvani elders",
	}
)

// assignHeadlines assigns heads as title-only items, ids prefix0, prefix1...
func assignHeadlines(c *Clusterer, prefix string, heads []string, at time.Time) {
	for i, h := range heads {
		c.Assign(Item{ID: fmt.Sprintf("%s%d", prefix, i), Title: h, Text: h, Time: at.Add(time.Duration(i) * time.Minute)})
	}
}

// TestHeadlineSplit: the pizza chain's first headline arrives when only
// the exchange's event shares its words and joins it, and the chain's
// next headlines follow it; Refine takes the chain's headlines out into
// an event and a story of their own, as they would have been had the
// chain's headlines come first, and leaves one story's headlines whole.
func TestHeadlineSplit(t *testing.T) {
	c := New(Options{})
	assignHeadlines(c, "o", otherHeads, day0.Add(-time.Hour))
	assignHeadlines(c, "x", exchangeHeads, day0)
	assignHeadlines(c, "p", pizzaHeads, day0.Add(time.Hour))
	if c.EventOf("p0") != c.EventOf("x0") || c.EventOf("p5") != c.EventOf("x0") {
		t.Fatalf("on arrival the chain's headlines are in events %s and %s, the exchange's in %s: the test needs them in one",
			c.EventOf("p0"), c.EventOf("p5"), c.EventOf("x0"))
	}
	moved := c.Refine()
	for i := range pizzaHeads {
		p := fmt.Sprintf("p%d", i)
		if c.EventOf(p) == c.EventOf("x0") || c.EventOf(p) != c.EventOf("p0") {
			t.Errorf("%s (%q) in event %s after Refine: the exchange's is %s, the chain's first headline's %s", p, pizzaHeads[i], c.EventOf(p), c.EventOf("x0"), c.EventOf("p0"))
		}
		if storyOf(c, p) == storyOf(c, "x0") {
			t.Errorf("%s still in the exchange's story %s", p, storyOf(c, p))
		}
		if r, ok := c.Replaced(p); !ok || !r.Apart || r.From != c.EventOf("x0") {
			t.Errorf("%s: replacement %+v, %v: want apart from %s", p, r, ok, c.EventOf("x0"))
		}
	}
	for i := range exchangeHeads {
		if x := fmt.Sprintf("x%d", i); c.EventOf(x) != c.EventOf("x0") {
			t.Errorf("%s left the exchange's event for %s", x, c.EventOf(x))
		}
	}
	if len(moved) != len(pizzaHeads) {
		t.Errorf("Refine moved %v, want the chain's %d headlines", moved, len(pizzaHeads))
	}
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine with nothing new moved %v", again)
	}

	// One story's headlines, however many names they carry, stay one
	// event: its sides are as close as its headlines are.
	c = New(Options{})
	assignHeadlines(c, "o", otherHeads, day0.Add(-time.Hour))
	assignHeadlines(c, "x", append(append([]string{}, exchangeHeads...), exchangeHeads...), day0)
	c.Refine()
	for i := range 2 * len(exchangeHeads) {
		if x := fmt.Sprintf("x%d", i); c.EventOf(x) != c.EventOf("x0") {
			t.Errorf("one story's headline %s went to %s", x, c.EventOf(x))
		}
	}
}

// storyOf is the story of an article's event.
func storyOf(c *Clusterer, article string) string {
	ev, _ := c.Event(c.EventOf(article))
	return ev.Story
}
