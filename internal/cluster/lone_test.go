package cluster

import (
	"testing"
	"time"
)

// An undated report that arrived alone and stayed alone (a snippet worded
// apart from the rest of its kind) joins the close-knit event of undated
// reports of its kind in a story with a dated member, although it is
// further from it than the lone step asks of an event that close-knit
// (Options.RefineFactor of its cohesion); an undated report of nothing in
// the store stays alone; and in a pile where nothing is dated nothing is
// looked for.
func TestRefineJoinsLoneUndatedReports(t *testing.T) {
	lone := Item{ID: "k9", Title: "Islanders sleep in cars", Text: "Islanders waiting for a boat home were told the crews would not sail this week; some slept in their cars by the Kessel Bay pier."}
	stray := Item{ID: "x1", Title: "Orchard fair opens", Text: "The orchard fair at Wendle opened with cider tastings and a parade of growers' carts through the market square."}
	for _, dated := range []bool{true, false} {
		c := New(strikeOpts())
		restore := func(it Item, ev, st string, first bool) {
			if !first {
				it.Similarity = 0.7
			}
			c.Restore(it, ev, st)
			c.Unrefined(it.ID)
		}
		n := 0
		for i, it := range strikes {
			if it.ID[0] == 'p' {
				if dated {
					it.Time = day0.Add(time.Duration(i) * time.Hour)
				}
				restore(it, "e1", "s1", it.ID == "p1")
				continue
			}
			restore(it, "e2", "s1", n == 0)
			n++
		}
		restore(lone, "e3", "s3", true)
		restore(stray, "e4", "s4", true)
		c.refine.dirty = true
		// The premise: over the share of the threshold, under the share
		// of the event's cohesion the lone step asks.
		k := c.events["e2"]
		c.ready(k)
		s, f := c.cosine(c.terms.query(c.refine.vector(c.refine.placed["k9"])), k), c.opts.RefineFactor
		if s < f*c.opts.EventThreshold || s >= f*k.cohesion() {
			t.Fatalf("k9 is at %.3f of the Kessel Bay event; the test needs it between %.3f and %.3f", s, f*c.opts.EventThreshold, f*k.cohesion())
		}
		c.Refine()
		if got := c.EventOf("k9") == c.EventOf("k1"); got != dated {
			t.Errorf("dated %v: k9 (Kessel Bay, undated, alone) in the Kessel Bay event %v, want %v", dated, got, dated)
		}
		if c.EventOf("x1") != "e4" {
			t.Errorf("dated %v: x1 (an orchard fair) left its event for %s", dated, c.EventOf("x1"))
		}
		if !dated {
			continue
		}
		if r, ok := c.Replaced("k9"); !ok || !r.Alone || r.From != "e3" {
			t.Errorf("Replaced(k9) = %+v, %v; want a lone article from e3", r, ok)
		}
		if _, ok := c.Story("s3"); ok {
			t.Errorf("k9's story s3 is still there")
		}
		if again := c.Refine(); len(again) != 0 {
			t.Errorf("a second Refine moved %q", again)
		}
	}
}
