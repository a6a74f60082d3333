package cluster

import (
	"testing"
	"time"
)

// An undated report in the undated event of its kind stays there when
// Refine re-places members, though it is closer to the centroid of the
// larger, dated, event of the other happening of the story, since it shares
// the kind's common words (ferry, strike, sailings, passengers) more than
// the particulars of its own; a dated report closer to another event than
// to the rest of its own still moves. Where nothing is dated, the undated
// steps have no dated core to weigh reports against, and the members' step
// moves the undated report as before.
func TestRefineLeavesUndatedMembers(t *testing.T) {
	// k5, of the Kessel Bay strike, says only what every ferry strike says.
	k5 := Item{ID: "k5", Title: "Ferry crews strike, sailings cancelled", Text: "Ferry crews walked out and every sailing to the islands was cancelled. Passengers queued at the terminal for buses instead, and the union said the crews would hold out."}
	// p9, a Port Alden report, is in the Kessel Bay event for the test's
	// sake.
	p9 := Item{ID: "p9", Title: "Port Alden crews hold out for pay", Text: "Port Alden ferry crews held out for more pay, union organiser Ina Moss said, and the Port Alden terminal stayed shut to island passengers."}
	for _, dated := range []bool{true, false} {
		c := New(strikeOpts())
		restore := func(it Item, ev string, first bool) {
			if !first {
				it.Similarity = 0.5
			}
			c.Restore(it, ev, "s1")
			c.Unrefined(it.ID)
		}
		for i, it := range append(append([]Item{}, strikes...), k5, p9) {
			if it.ID[0] == 'p' && dated {
				it.Time = day0.Add(time.Duration(i) * time.Hour)
			}
			switch {
			case it.ID == "p9":
				restore(it, "e2", false)
			case it.ID[0] == 'p':
				restore(it, "e1", it.ID == "p1")
			default:
				restore(it, "e2", it.ID == "k1")
			}
		}
		c.refine.dirty = true
		// The premise: k5 is closer to the Port Alden event than to the
		// rest of its own.
		q := c.terms.query(c.refine.vector(c.refine.placed["k5"]))
		v := c.refine.sorted(c.refine.placed["k5"])
		in, out := c.simWithout(q, v, c.events["e2"]), c.cosineGroup(q, c.events["e1"])
		if out <= in {
			t.Fatalf("dated %v: k5 is at %.3f of the rest of the Kessel Bay event and %.3f of the Port Alden one; the test needs it closer to Port Alden", dated, in, out)
		}
		t.Logf("dated %v: k5 at %.3f of the rest of the Kessel Bay event, %.3f of the Port Alden one", dated, in, out)
		moved := c.Refine()
		want := map[bool]string{true: "e2", false: "e1"}[dated]
		if c.EventOf("k5") != want {
			t.Errorf("dated %v: k5 (Kessel Bay, undated) went to %s, want %s; Refine moved %q", dated, c.EventOf("k5"), want, moved)
		}
		for _, id := range []string{"p1", "p2", "p3", "p4", "p9", "k1", "k2", "k3", "k4"} {
			if want := map[byte]string{'p': "e1", 'k': "e2"}[id[0]]; c.EventOf(id) != want {
				t.Errorf("dated %v: %s went to %s, want %s", dated, id, c.EventOf(id), want)
			}
		}
	}
}
