package cluster

import (
	"slices"
	"testing"
	"time"
)

// Two ferry strikes, years apart: the dated reports of the Port Alden strike
// arrive first, then undated reports of a Kessel Bay strike. With nothing to
// place them in time, each joins the Port Alden event on words that any
// ferry strike shares; an undated report of the Port Alden strike itself
// comes in among them.
var strikes = []Item{
	{ID: "p1", Title: "Port Alden ferry crews strike over pay", Text: "Ferry crews at Port Alden walked out on Monday over pay, cancelling every sailing to the islands. Union organiser Ina Moss said the crews had waited two years for a raise. Passengers queued at the Port Alden terminal for buses instead."},
	{ID: "p2", Title: "Ferry strike halts Port Alden sailings", Text: "All sailings from Port Alden were cancelled on Monday as ferry crews went on strike over pay. Ina Moss, the union organiser, said the walkout would last until the operator raised wages. The Port Alden terminal stood empty."},
	{ID: "p3", Title: "Port Alden ferries idle as crews walk out", Text: "Ferries stayed in the Port Alden harbour on Monday after crews walked out over pay. The union's Ina Moss said talks with the operator had failed. Island passengers were sent to buses from the Port Alden terminal."},
	{ID: "k1", Title: "Kessel Bay ferry crews strike over rosters", Text: "Ferry crews at Kessel Bay went on strike over new rosters, and every sailing to the islands was cancelled. Union steward Oren Falk said the rosters left crews with no rest between shifts. Passengers at the Kessel Bay pier were turned away."},
	{ID: "k2", Title: "Rosters dispute stops Kessel Bay ferries", Text: "No ferry left Kessel Bay as crews struck over the operator's rosters. Oren Falk, the union steward, said crews would not sail until the rosters were withdrawn. The Kessel Bay pier was closed to passengers."},
	{ID: "k3", Title: "Kessel Bay sailings cancelled in rosters strike", Text: "Sailings from Kessel Bay were cancelled as ferry crews struck against new rosters. Union steward Oren Falk said the operator had imposed the rosters without talks. Passengers were turned away at the Kessel Bay pier."},
	{ID: "p4", Title: "Port Alden strike: crews stay out", Text: "Ferry crews at Port Alden stayed out on strike over pay, and union organiser Ina Moss said no sailing would leave the Port Alden terminal until wages rose. Island passengers took buses."},
	{ID: "k4", Title: "Kessel Bay ferry strike goes on", Text: "The strike by Kessel Bay ferry crews over rosters went on, union steward Oren Falk said, and the Kessel Bay pier stayed closed to passengers."},
}

func strikeOpts() Options {
	return Options{EventThreshold: 0.15, MergeThreshold: -1, StoryMergeThreshold: -1, StorySplitThreshold: -1}
}

func TestRefineSplitsUndatedReports(t *testing.T) {
	c := New(strikeOpts())
	for i, it := range strikes {
		if it.ID <= "p3" && it.ID[0] == 'p' {
			it.Time = day0.Add(time.Duration(i) * time.Hour)
		}
		c.Assign(it)
	}
	ev := c.EventOf("p1")
	for _, it := range strikes {
		if c.EventOf(it.ID) != ev {
			t.Fatalf("%s opened or joined %s on arrival; the test needs every report in %s", it.ID, c.EventOf(it.ID), ev)
		}
	}
	moved := c.Refine()
	if want := []string{"k1", "k2", "k3", "k4"}; !slices.Equal(moved, want) {
		t.Fatalf("Refine moved %q, want %q", moved, want)
	}
	k := c.EventOf("k1")
	if k == ev {
		t.Fatalf("the Kessel Bay reports stayed in %s", ev)
	}
	for _, id := range []string{"p1", "p2", "p3", "p4"} {
		if c.EventOf(id) != ev {
			t.Errorf("%s (Port Alden) left %s for %s", id, ev, c.EventOf(id))
		}
	}
	for _, id := range []string{"k2", "k3", "k4"} {
		if c.EventOf(id) != k {
			t.Errorf("%s (Kessel Bay) is in %s, k1 in %s", id, c.EventOf(id), k)
		}
	}
	if k != "ek1" {
		t.Errorf("the new event is %s, want ek1 (after its first report)", k)
	}
	r, ok := c.Replaced("k2")
	if !ok || !r.Undated || r.From != ev || r.Similarity <= 0 {
		t.Errorf("Replaced(k2) = %+v, %v", r, ok)
	}
	if e, ok := c.Event(k); !ok || e.Title != strikes[3].Title || e.Story != c.events[ev].story || e.Size != 4 {
		t.Errorf("new event %+v, %v", e, ok)
	}
	// Settled: a second Refine, after nothing new, moves nothing; one after
	// a new undated Kessel Bay report keeps the two apart.
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine moved %q", again)
	}
}

// Undated reports of the dated happening itself stay with it; an event with
// no dated core is not split; and a copy stays with a dated original.
func TestRefineKeepsUndatedReportsThatFit(t *testing.T) {
	more := []Item{
		{ID: "p5", Title: "Port Alden crews reject pay offer", Text: "Striking ferry crews at Port Alden rejected the operator's pay offer, union organiser Ina Moss said, and sailings from the Port Alden terminal stayed cancelled."},
		{ID: "p6", Title: "Port Alden ferry strike enters second day", Text: "The Port Alden ferry strike over pay went into a second day. Ina Moss of the union said the crews would hold out; passengers used buses from the terminal."},
	}
	items := append(slices.Clone(strikes[:3]), append(slices.Clone(more), strikes[6])...)
	c := New(strikeOpts())
	for i, it := range items {
		if it.ID <= "p3" {
			it.Time = day0.Add(time.Duration(i) * time.Hour)
		}
		c.Assign(it)
	}
	if moved := c.Refine(); len(moved) != 0 {
		t.Errorf("Refine moved %q out of their own happening's event", moved)
	}

	// No dated core: nothing to stand apart from.
	c = New(strikeOpts())
	for _, it := range strikes {
		c.Assign(it)
	}
	if moved := c.Refine(); len(moved) != 0 {
		t.Errorf("Refine split an undated event: moved %q", moved)
	}

	// k1 copies a dated Port Alden report (for the sake of the test): its
	// family is dated, so it stays; k3 copies k2, and the two leave as one
	// with k4.
	c = New(strikeOpts())
	for i, it := range strikes {
		if it.ID <= "p3" && it.ID[0] == 'p' {
			it.Time = day0.Add(time.Duration(i) * time.Hour)
		}
		if it.ID == "k1" {
			c.Pin("p1", "k1")
		}
		if it.ID == "k2" {
			c.Pin("k2", "k3")
		}
		c.Assign(it)
	}
	if moved := c.Refine(); !slices.Equal(moved, []string{"k2", "k3", "k4"}) {
		t.Errorf("Refine moved %q, want k2, k3 and k4 (k1 is pinned to a dated report)", moved)
	}
	if c.EventOf("k1") != c.EventOf("p1") || c.EventOf("k2") != c.EventOf("k3") || c.EventOf("k2") == c.EventOf("p1") {
		t.Errorf("events: k1 %s p1 %s k2 %s k3 %s", c.EventOf("k1"), c.EventOf("p1"), c.EventOf("k2"), c.EventOf("k3"))
	}
}

// Two events of one happening that never met the merge test as they grew
// (here, restored from a store as an earlier run left them) merge when
// Refine finds them close; the older keeps its id.
func TestRefineMergesOpenEvents(t *testing.T) {
	c := New(Options{StoryMergeThreshold: -1, StorySplitThreshold: -1})
	for i, it := range timedFire()[1:] {
		ev := "e1"
		if i == 2 {
			ev = "e2"
		}
		it.Similarity = 0.5
		c.Restore(it, ev, "s1")
	}
	extra := Item{ID: "b5", Title: "Port Alden warehouse fire: grain and timber lost", Text: "The harbour warehouse that burned in Port Alden on Tuesday night held grain and timber, fire chief Mara Velt said after the six-hour blaze. Nobody was hurt.", Time: day0.Add(5 * time.Hour), Similarity: 0.5}
	c.Restore(extra, "e2", "s1")
	c.refine.dirty = true
	moved := c.Refine()
	if !slices.Equal(moved, []string{"b4", "b5"}) {
		t.Fatalf("Refine moved %q, want b4 and b5", moved)
	}
	for _, id := range []string{"b2", "b3", "b4", "b5"} {
		if c.EventOf(id) != "e1" {
			t.Errorf("%s is in %s, want e1", id, c.EventOf(id))
		}
	}
	if r, ok := c.Replaced("b5"); !ok || !r.Merged || r.From != "e2" {
		t.Errorf("Replaced(b5) = %+v, %v", r, ok)
	}
	if _, ok := c.Event("e2"); ok {
		t.Errorf("e2 still exists")
	}
}

// The undated Kessel Bay reports do not all settle in one event: two of
// them, a report and its copy, came while the Port Alden crews' second
// walkout, three weeks after the first, was the closest event, and stayed
// in it. Too few to split off on their own (and a family of copies, which
// the member moves leave), they join the undated Kessel Bay event that the
// first walkout's split makes; an undated report of the second walkout
// itself does not.
func TestRefineJoinsUndatedReportsToTheirKind(t *testing.T) {
	second := []Item{
		{ID: "r1", Title: "Port Alden ferry crews walk out again", Text: "Ferry crews at Port Alden walked out again over pay, three weeks after their first strike, and every sailing to the islands was cancelled. Union organiser Ina Moss said the operator's offer had not come. The Port Alden terminal closed."},
		{ID: "r2", Title: "Second Port Alden ferry strike over pay", Text: "Port Alden's ferry crews struck for a second time over pay, union organiser Ina Moss said, and sailings from the Port Alden terminal were cancelled. Passengers were sent to buses."},
		{ID: "r3", Title: "Port Alden sailings cancelled as crews strike again", Text: "All sailings from Port Alden were cancelled as ferry crews walked out again over pay. Ina Moss of the union said the crews would stay out until wages rose. The Port Alden terminal stood empty."},
	}
	kessel := []Item{
		{ID: "k5", Title: "Kessel Bay crews hold out over rosters", Text: "Ferry crews at Kessel Bay held out against the operator's new rosters, union steward Oren Falk said, and the Kessel Bay pier stayed closed to passengers."},
		{ID: "k6", Title: "Kessel Bay crews hold out over rosters", Text: "Ferry crews at Kessel Bay held out against the operator's new rosters, union steward Oren Falk said, and the Kessel Bay pier stayed closed to passengers, who were turned away."},
	}
	stay := Item{ID: "r4", Title: "Port Alden crews out again", Text: "The second walkout of Port Alden ferry crews over pay went on, union organiser Ina Moss said, and the Port Alden terminal stayed closed."}
	run := func() *Clusterer {
		c := New(strikeOpts())
		restore := func(it Item, ev string, first bool) {
			if !first {
				it.Similarity = 0.3
			}
			c.Restore(it, ev, "s1")
			c.Unrefined(it.ID) // both walkouts' events are open
		}
		for i, it := range strikes {
			if it.ID[0] == 'p' && it.ID <= "p3" {
				it.Time = day0.Add(time.Duration(i) * time.Hour)
			}
			restore(it, "e1", i == 0)
		}
		for i, it := range second {
			it.Time = day0.Add(21*24*time.Hour + time.Duration(i)*time.Hour)
			restore(it, "e2", i == 0)
		}
		c.Pin("k5", "k6")
		for _, it := range append(kessel, stay) {
			restore(it, "e2", false)
		}
		c.refine.dirty = true
		c.Refine()
		return c
	}
	c := run()
	k := c.EventOf("k1")
	if k == "e1" || k == "e2" {
		t.Fatalf("the first walkout's undated Kessel Bay reports stayed in %s", k)
	}
	for _, id := range []string{"k2", "k3", "k4", "k5", "k6"} {
		if c.EventOf(id) != k {
			t.Errorf("%s (Kessel Bay) is in %s, k1 in %s", id, c.EventOf(id), k)
		}
	}
	if c.EventOf("r4") == k {
		t.Errorf("r4 (the second walkout, undated) went to the Kessel Bay event %s", k)
	}
	if r, ok := c.Replaced("k6"); !ok || !r.Undated || r.From != "e2" {
		t.Errorf("Replaced(k6) = %+v, %v", r, ok)
	}
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine moved %q", again)
	}
}

// Undated reports of one happening that stayed in two events of their
// story (the second pair arrived before its kind had gathered) merge when
// they are closer to each other than to the story's dated event; an
// undated report of the dated happening does not join them.
func TestRefineMergesUndatedEventsOfAStory(t *testing.T) {
	kessel := []Item{
		{ID: "k5", Title: "Kessel Bay crews hold out over rosters", Text: "Ferry crews at Kessel Bay held out against the operator's new rosters, union steward Oren Falk said, and the Kessel Bay pier stayed closed to passengers."},
		{ID: "k6", Title: "Kessel Bay pier shut as rosters row goes on", Text: "The Kessel Bay pier stayed shut to passengers as the rosters row went on; union steward Oren Falk said crews would not sail on the new rosters."},
	}
	stay := Item{ID: "r4", Title: "Port Alden crews out again", Text: "Ferry crews at Port Alden stayed out over pay, union organiser Ina Moss said, and the Port Alden terminal stayed closed; island passengers took buses."}
	c := New(strikeOpts())
	restore := func(it Item, ev string, first bool) {
		if !first {
			it.Similarity = 0.3
		}
		c.Restore(it, ev, "s1")
		c.Unrefined(it.ID)
	}
	n := 0
	for i, it := range strikes {
		if it.ID[0] == 'p' {
			if it.ID <= "p3" {
				it.Time = day0.Add(time.Duration(i) * time.Hour)
			}
			restore(it, "e1", it.ID == "p1")
			continue
		}
		restore(it, "e2", n == 0)
		n++
	}
	for i, it := range kessel {
		restore(it, "e3", i == 0)
	}
	restore(stay, "e4", true)
	c.refine.dirty = true
	c.Refine()
	k := c.EventOf("k1")
	for _, id := range []string{"k2", "k3", "k4", "k5", "k6"} {
		if c.EventOf(id) != k {
			t.Errorf("%s (Kessel Bay, undated) is in %s, k1 in %s", id, c.EventOf(id), k)
		}
	}
	if c.EventOf("r4") == k {
		t.Errorf("r4 (Port Alden, undated) joined the Kessel Bay event %s", k)
	}
	if r, ok := c.Replaced("k5"); !ok || !r.Merged || !r.Undated {
		t.Errorf("Replaced(k5) = %+v, %v; want a merge of undated events", r, ok)
	}
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine moved %q", again)
	}
}

// Undated reports that arrived before their kind had gathered may share too
// little with any story to join one, and open a story of their own: an
// orphan. Refine folds such an event into the event of undated reports of
// its kind in a story that has a dated member, the orphan's articles going
// to that story; an orphan closer to the story's dated core stays; and in a
// pile where nothing is dated nothing folds.
func TestRefineFoldsOrphanUndatedEvents(t *testing.T) {
	kessel := []Item{
		{ID: "k5", Title: "Kessel Bay crews hold out over rosters", Text: "Ferry crews at Kessel Bay held out against the operator's new rosters, union steward Oren Falk said, and the Kessel Bay pier stayed closed to passengers."},
		{ID: "k6", Title: "Kessel Bay pier shut as rosters row goes on", Text: "The Kessel Bay pier stayed shut to passengers as the rosters row went on; union steward Oren Falk said crews would not sail on the new rosters."},
	}
	stay := Item{ID: "r4", Title: "Port Alden crews out again", Text: "Ferry crews at Port Alden stayed out over pay, union organiser Ina Moss said, and the Port Alden terminal stayed closed; island passengers took buses."}
	for _, dated := range []bool{true, false} {
		c := New(strikeOpts())
		restore := func(it Item, ev, st string, first bool) {
			if !first {
				it.Similarity = 0.3
			}
			c.Restore(it, ev, st)
			c.Unrefined(it.ID)
		}
		n := 0
		for i, it := range strikes {
			if it.ID[0] == 'p' {
				if dated && it.ID <= "p3" {
					it.Time = day0.Add(time.Duration(i) * time.Hour)
				}
				restore(it, "e1", "s1", it.ID == "p1")
				continue
			}
			restore(it, "e2", "s1", n == 0)
			n++
		}
		for i, it := range kessel {
			restore(it, "e3", "s2", i == 0)
		}
		restore(stay, "e4", "s3", true)
		c.refine.dirty = true
		c.Refine()
		k := c.EventOf("k1")
		if !dated {
			// (k5 may still move alone, as any member closer to another
			// event than to the rest of its own: step 4.)
			for _, id := range []string{"k5", "k6"} {
				if r, ok := c.Replaced(id); ok && r.Merged {
					t.Errorf("nothing dated: %s (Kessel Bay, a story of its own) merged into %s: %+v", id, c.EventOf(id), r)
				}
			}
			if c.EventOf("k6") == k {
				t.Errorf("nothing dated: k6 (Kessel Bay, a story of its own) joined %s", k)
			}
			continue
		}
		for _, id := range []string{"k5", "k6"} {
			if c.EventOf(id) != k {
				t.Errorf("%s (Kessel Bay, undated, a story of its own) is in %s, k1 in %s", id, c.EventOf(id), k)
			}
		}
		if ev, ok := c.Event(k); !ok || ev.Story != "s1" || ev.Size != 6 {
			t.Errorf("the Kessel Bay event is %+v, %v; want 6 articles in s1", ev, ok)
		}
		if _, ok := c.Story("s2"); ok {
			t.Errorf("the orphan's story s2 is still there")
		}
		if c.EventOf("r4") == k {
			t.Errorf("r4 (Port Alden, undated) joined the Kessel Bay event %s", k)
		}
		if r, ok := c.Replaced("k5"); !ok || !r.Merged || !r.Undated || r.From != "e3" {
			t.Errorf("Replaced(k5) = %+v, %v; want a merge of undated events from e3", r, ok)
		}
		if again := c.Refine(); len(again) != 0 {
			t.Errorf("a second Refine moved %q", again)
		}
	}
}
