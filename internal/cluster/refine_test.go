package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

// A brief on a warehouse fire at Port Alden arrives before the full
// reports: at the time, nothing is close enough to it, so it opens an event
// alone; the reports that follow make an event of their own, which it fits
// once that event has grown.
var fire = []Item{
	{ID: "b1", Title: "Port Alden council round-up", Text: "The Port Alden council approved the harbour budget on Tuesday. A fire at a harbour warehouse kept firefighters busy overnight, and the ferry timetable changes next month."},
	{ID: "b2", Title: "Fire destroys Port Alden harbour warehouse", Text: "A fire destroyed a grain and timber warehouse at the Port Alden harbour overnight on Tuesday. Firefighters fought the blaze for six hours, fire chief Mara Velt said. No one was hurt."},
	{ID: "b3", Title: "Harbour warehouse burns in Port Alden", Text: "Firefighters battled a blaze for six hours at a harbour warehouse in Port Alden on Tuesday night. The warehouse held grain and timber, fire chief Mara Velt said; no one was injured."},
	{ID: "b4", Title: "Six-hour blaze guts Port Alden warehouse", Text: "Fire chief Mara Velt said a six-hour blaze gutted the harbour warehouse in Port Alden, which stored timber and grain. Firefighters were called on Tuesday night and nobody was hurt."},
}

// timedFire returns the fire items an hour apart from day0.
func timedFire() []Item {
	out := slices.Clone(fire)
	for i := range out {
		out[i].Time = day0.Add(time.Duration(i) * time.Hour)
	}
	return out
}

func fireOpts() Options {
	return Options{EventThreshold: 0.45, StoryMergeThreshold: -1, StorySplitThreshold: -1}
}

func TestRefineLoneArticleJoinsGrownEvent(t *testing.T) {
	c := New(fireOpts())
	for _, it := range timedFire() {
		c.Assign(it)
	}
	if c.EventOf("b1") == c.EventOf("b2") {
		t.Fatalf("the brief joined the reports on arrival; the test needs it alone")
	}
	if c.EventOf("b2") != c.EventOf("b3") || c.EventOf("b2") != c.EventOf("b4") {
		t.Fatalf("the three reports are not one event: %s %s %s", c.EventOf("b2"), c.EventOf("b3"), c.EventOf("b4"))
	}
	lone := c.EventOf("b1")
	moved := c.Refine()
	if !slices.Equal(moved, []string{"b1"}) {
		t.Fatalf("Refine moved %q, want [b1]", moved)
	}
	if c.EventOf("b1") != c.EventOf("b2") {
		t.Errorf("after Refine the brief is in %s, the reports in %s", c.EventOf("b1"), c.EventOf("b2"))
	}
	if _, ok := c.Event(lone); ok {
		t.Errorf("the brief's old event %s still exists, empty", lone)
	}
	r, ok := c.Replaced("b1")
	if !ok || r.From != lone || !r.Alone || r.Similarity <= 0 || len(r.Shared) == 0 {
		t.Errorf("Replaced(b1) = %+v, %v", r, ok)
	}

	// Nothing was assigned since: a second pass does nothing.
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine moved %q", again)
	}
}

func TestRefineLeavesPinnedArticles(t *testing.T) {
	c := New(fireOpts())
	for i, it := range fire {
		it.Time = day0.Add(time.Duration(i) * time.Hour)
		if it.ID == "b2" {
			c.Pin("b1", "b2") // b2 turned out to copy b1... for the sake of the test
		}
		c.Assign(it)
	}
	if moved := c.Refine(); len(moved) != 0 {
		t.Errorf("Refine moved %q; a pinned article stays", moved)
	}
	off := fireOpts()
	off.RefineFactor = -1
	c = New(off)
	for _, it := range fire {
		c.Assign(it)
	}
	if moved := c.Refine(); len(moved) != 0 {
		t.Errorf("Refine with RefineFactor -1 moved %q", moved)
	}
}

// Unrelated reports that share only common words stay apart: a Refine that
// let a lone article join any event it is a little close to would chain
// them into one.
func TestRefineDoesNotChain(t *testing.T) {
	// Once at the end, and after every 25 articles, as a stream of small
	// batches would.
	for _, every := range []int{300, 25} {
		c := New(Options{})
		moved := 0
		for i, it := range randomItems(300) {
			c.Assign(it)
			if (i+1)%every == 0 {
				moved += len(c.Refine())
			}
		}
		largest := 0
		for _, g := range c.events {
			largest = max(largest, g.size)
		}
		if moved > 0 || largest > 2 {
			t.Errorf("Refine every %d articles moved %d unrelated articles; the largest event has %d", every, moved, largest)
		}
	}
}

// A reopened clusterer (Restore) refines as the one that placed the
// articles would.
func TestRefineAfterRestore(t *testing.T) {
	c := New(fireOpts())
	var got []Assignment
	for _, it := range timedFire() {
		got = append(got, c.Assign(it))
	}
	r := New(fireOpts())
	for i, it := range timedFire() {
		it.Similarity = got[i].Similarity
		r.Restore(it, got[i].Event, got[i].Story)
	}
	r.refine.dirty = true // as after an article assigned since the reopening
	if a, b := c.Refine(), r.Refine(); !slices.Equal(a, b) {
		t.Errorf("Refine moved %q, after Restore %q", a, b)
	}
	for _, it := range fire {
		if c.EventOf(it.ID) != r.EventOf(it.ID) {
			t.Errorf("%s: in %s, after Restore in %s", it.ID, c.EventOf(it.ID), r.EventOf(it.ID))
		}
	}
}

// randomItems returns n unrelated articles of invented words, 37 minutes
// apart.
func randomItems(n int) []Item {
	b := corpus.NewBabble(rand.New(rand.NewPCG(1, 2)))
	out := make([]Item, n)
	for i := range out {
		title := b.Sentence()
		var paras []string
		for range 4 {
			paras = append(paras, b.Sentence()+" "+b.Sentence())
		}
		out[i] = Item{ID: fmt.Sprintf("a%05d", i), Title: title, Text: strings.Join(paras, "\n\n"), Time: day0.Add(time.Duration(i) * 37 * time.Minute)}
	}
	return out
}

// A copy joins its original's event at a similarity near 1, which says
// nothing of how wide the event is: it does not count in the cohesion that
// lone articles and merges are measured against, placed or restored.
func TestCopiesLeaveCohesion(t *testing.T) {
	c := New(fireOpts())
	c.Assign(fire[1])
	ev := c.EventOf(fire[1].ID)
	cp := fire[1]
	cp.ID, cp.Join = "b2-copy", ev
	if a := c.Assign(cp); a.Event != ev || !a.Copy || a.Reason != reasonCopy || a.Similarity < 0.9 {
		t.Fatalf("the copy: %+v", a)
	}
	if got := c.events[ev].cohesion(); got != 0 {
		t.Errorf("cohesion after a copy joined: %.3f, want 0", got)
	}
	c.Assign(fire[2])
	if c.EventOf(fire[2].ID) != ev {
		t.Fatalf("a report of the same fire did not join")
	}
	want := c.events[ev].cohesion()
	if want <= 0 || want >= 0.9 {
		t.Errorf("cohesion with one report joined: %.3f", want)
	}
	r := New(fireOpts())
	r.Restore(Item{ID: fire[1].ID, Title: fire[1].Title, Text: fire[1].Text}, ev, "s1")
	r.Restore(Item{ID: cp.ID, Title: cp.Title, Text: cp.Text, Join: ev, Similarity: 1}, ev, "s1")
	r.Restore(Item{ID: fire[2].ID, Title: fire[2].Title, Text: fire[2].Text, Similarity: want}, ev, "s1")
	if got := r.events[ev].cohesion(); got != want {
		t.Errorf("restored cohesion %.3f, want %.3f", got, want)
	}
	if !r.copies.pinned[cp.ID] {
		t.Errorf("a restored copy is not pinned")
	}
}

// A word that is a term, a title word and a name is shown once.
func TestSharedNamesEachWordOnce(t *testing.T) {
	c := New(Options{})
	v := numbered(&c.terms, map[string]float64{"velt": 1, "@velt": 1, "^velt": 1, "fire": 1})
	got := c.terms.shared(v, sumsOf(v), 8)
	slices.Sort(got)
	if !slices.Equal(got, []string{"fire", "velt"}) {
		t.Errorf("shared terms %q, want [fire velt]", got)
	}
}

// An event that has gone quiet (older than the event window before the
// latest article) is reconsidered only when it was given an article since
// the last Refine: after Restore that is what Unrefined says.
func TestRefineOldEventsAfterRestore(t *testing.T) {
	later := Item{ID: "z1", Title: "Orchard festival opens in Kelby", Text: "The Kelby orchard festival opened on Saturday with cider tastings and a parade of growers' carts through the old market square.", Time: day0.Add(30 * 24 * time.Hour)}
	c := New(fireOpts())
	var got []Assignment
	for _, it := range append(timedFire(), later) {
		got = append(got, c.Assign(it))
	}
	if moved := c.Refine(); !slices.Equal(moved, []string{"b1"}) {
		t.Fatalf("the unbroken run refined %q, want [b1]", moved)
	}
	restore := func(unrefined bool) []string {
		r := New(fireOpts())
		for i, it := range append(timedFire(), later) {
			it.Similarity = got[i].Similarity
			r.Restore(it, got[i].Event, got[i].Story)
			if unrefined {
				r.Unrefined(it.ID)
			}
		}
		if moved := r.Refine(); len(moved) != 0 {
			t.Errorf("Refine right after Restore moved %q; only an assignment makes it due", moved)
		}
		r.refine.dirty = true // as after an article assigned since the reopening
		return r.Refine()
	}
	if moved := restore(true); !slices.Equal(moved, []string{"b1"}) {
		t.Errorf("restored with Unrefined: Refine moved %q, want [b1]", moved)
	}
	if moved := restore(false); len(moved) != 0 {
		t.Errorf("restored without Unrefined: Refine moved %q in an event that went quiet", moved)
	}
}

// A council overturns a parking rule, and three weeks later overturns it
// again after a court put it back: the reports of both days say nearly the
// same thing. A walkout at the same depot and the deal that ended it, the
// same three weeks apart, share the story but not the happening.
func TestRefineMergesLateRetelling(t *testing.T) {
	rule := func(id string, at time.Time, lead string) Item {
		return Item{ID: id, Time: at, Title: "Larkmoor council overturns parking rule",
			Text: lead + " The Larkmoor council voted to overturn the residents' parking rule on Harrow Street, councillor Ines Dray said. Shop owners on Harrow Street had asked for the vote; the parking rule limited visitors to one hour."}
	}
	walkout := func(id string, at time.Time, lead string) Item {
		return Item{ID: id, Time: at, Title: "Larkmoor bus drivers walk out",
			Text: lead + " Bus drivers at the Larkmoor depot walked out over night shifts, union steward Oren Pike said. No buses left the depot and schools on the eastern routes closed early."}
	}
	deal := func(id string, at time.Time, lead string) Item {
		return Item{ID: id, Time: at, Title: "Larkmoor depot deal ends strike",
			Text: lead + " A pay deal signed at the Larkmoor depot ends the strike, union steward Oren Pike said. Drivers accepted a bonus for night shifts and the first buses run on Monday."}
	}
	later := day0.Add(21 * 24 * time.Hour)
	items := []Item{
		rule("r1", day0, "Monday."), rule("r2", day0.Add(time.Hour), "In a late vote."), rule("r3", day0.Add(2*time.Hour), "Reported from the town hall."),
		walkout("w1", day0.Add(3*time.Hour), "Monday."), walkout("w2", day0.Add(4*time.Hour), "Early on."),
		rule("r4", later, "Again."), rule("r5", later.Add(time.Hour), "After the court ruling, once more."), rule("r6", later.Add(2*time.Hour), "A second time."),
		deal("d1", later.Add(3*time.Hour), "Monday."), deal("d2", later.Add(4*time.Hour), "Late on."),
	}
	for _, late := range []float64{-1, 0} {
		c := New(Options{LateMergeThreshold: late})
		for _, it := range items {
			c.Assign(it)
		}
		c.Refine()
		retold := c.EventOf("r1") == c.EventOf("r4")
		if want := late == 0; retold != want {
			t.Errorf("LateMergeThreshold %v: the rule's two days in one event %v, want %v", late, retold, want)
		}
		if c.EventOf("w1") == c.EventOf("d1") {
			t.Errorf("LateMergeThreshold %v: the walkout and the deal weeks later are one event", late)
		}
		if late == 0 {
			if r, ok := c.Replaced("r4"); !ok || !r.Merged || !r.Late {
				t.Errorf("Replaced(r4) = %+v, %v, want a late merge", r, ok)
			}
		}
		// Recluster, whose offline events stop at the event window too,
		// merges the retelling the same way.
		c.Recluster()
		if retold := c.EventOf("r1") == c.EventOf("r4"); retold != (late == 0) {
			t.Errorf("LateMergeThreshold %v, reclustered: the rule's two days in one event %v, want %v", late, retold, late == 0)
		}
		if c.EventOf("w1") == c.EventOf("d1") {
			t.Errorf("LateMergeThreshold %v, reclustered: the walkout and the deal weeks later are one event", late)
		}
		if moved := c.Recluster(); len(moved) != 0 {
			t.Errorf("LateMergeThreshold %v: a second Recluster moved %q", late, moved)
		}
	}
}

// clinicStay is a singer's court-ordered stay in a rehab clinic, three
// reports, and her leaving it forty days later, two reports that tell it in
// the stay's words but name others (a prosecutor, a lawyer, not her
// publicist or the judge).
func clinicStay() []Item {
	day := 24 * time.Hour
	in := func(id string, at time.Time, text string) Item {
		return Item{ID: id, Time: at, Title: "Singer Tova Rusk checks into rehab", Text: text}
	}
	later := day0.Add(40 * day)
	return []Item{
		in("i1", day0, "Singer Tova Rusk checked into the Marlow Springs rehab clinic on Monday for ninety days of treatment for alcohol, as the court in Fenby ordered after her drunk driving conviction, her publicist Ansel Drew said."),
		in("i2", day0.Add(2*time.Hour), "Tova Rusk has begun court-ordered rehab treatment for alcohol at Marlow Springs, a clinic near Fenby, her publicist Ansel Drew confirmed; the drunk driving sentence allowed ninety days in a clinic instead of jail."),
		in("i3", day0.Add(5*time.Hour), "The singer Tova Rusk entered rehab at the Marlow Springs clinic to serve ninety days of treatment for alcohol ordered by Judge Petra Valk after the drunk driving case in Fenby."),
		{ID: "o1", Time: later, Title: "Rusk leaves rehab clinic",
			Text: "Tova Rusk left the Marlow Springs rehab clinic on Monday after forty of the ninety days of court-ordered treatment for alcohol that her drunk driving conviction in Fenby allowed instead of jail, prosecutor Imre Soldan said."},
		{ID: "o2", Time: later.Add(3 * time.Hour), Title: "Singer leaves rehab clinic",
			Text: "The singer Tova Rusk left rehab at the Marlow Springs clinic after forty of her ninety days of court-ordered treatment for alcohol, a sentence for drunk driving in Fenby instead of jail, her lawyer Corin Bale said."},
	}
}

// A stay in a clinic and its end forty days later are one happening told in
// the same words; the end's reports name other people, so the cosine of all
// their terms (0.554) stays under what the late merge asked of it before
// (0.6), and the cosine of their words (0.590) passes
// Options.LateMergeThreshold: the end joins the stay, online and after
// Recluster, and says it merged late.
func TestRefineLateMergeByWords(t *testing.T) {
	for _, late := range []float64{-1, 0} {
		c := New(Options{LateMergeThreshold: late})
		for _, it := range clinicStay() {
			c.Assign(it)
		}
		c.Refine()
		if c.EventOf("o1") != c.EventOf("o2") {
			t.Fatalf("LateMergeThreshold %v: the two reports of the stay's end are apart", late)
		}
		if one := c.EventOf("i1") == c.EventOf("o1"); one != (late == 0) {
			t.Errorf("LateMergeThreshold %v: the stay and its end in one event %v, want %v", late, one, late == 0)
		}
		if late == 0 {
			if r, ok := c.Replaced("o1"); !ok || !r.Merged || !r.Late {
				t.Errorf("Replaced(o1) = %+v, %v, want a late merge", r, ok)
			}
		}
		c.Recluster()
		if one := c.EventOf("i1") == c.EventOf("o1"); one != (late == 0) {
			t.Errorf("LateMergeThreshold %v, reclustered: the stay and its end in one event %v, want %v", late, one, late == 0)
		}
	}
}

// Refine drops the cached lengths of every event (idf has moved since they
// were computed), but at each event's next use, not by walking the store:
// an event that went quiet keeps its lengths through a Refine that does not
// compare it, and has them recomputed when it is used again. A story's are
// kept.
func TestRefineExpiresLengthsAtUse(t *testing.T) {
	later := []Item{
		{ID: "z1", Title: "Orchard festival opens in Kelby", Text: "The Kelby orchard festival opened on Saturday with cider tastings and a parade of growers' carts through the old market square.", Time: day0.Add(30 * 24 * time.Hour)},
		{ID: "z2", Title: "Kelby orchard festival draws growers", Text: "Growers brought cider and carts to the Kelby orchard festival, which opened on Saturday in the old market square.", Time: day0.Add(30*24*time.Hour + time.Hour)},
	}
	c := New(fireOpts())
	for _, it := range append(timedFire(), later[0]) {
		c.Assign(it)
	}
	c.Refine()
	fire := c.events[c.EventOf("b2")]
	st := c.stories[fire.story]
	c.refresh(fire)
	c.refresh(st)
	before, stBefore := fire.normDocs, st.normDocs
	c.Assign(later[1])
	if c.openArticles()["b2"] {
		t.Fatalf("the fire event is still open; the test needs it quiet")
	}
	c.Refine()
	if fire.normDocs != before {
		t.Errorf("Refine reset the lengths of an event it did not compare: normDocs %d, was %d", fire.normDocs, before)
	}
	c.refresh(fire)
	if fire.normDocs != c.terms.docs || fire.normEpoch != c.terms.epoch {
		t.Errorf("at its next use the event's lengths were not recomputed: normDocs %d of %d docs, epoch %d of %d",
			fire.normDocs, c.terms.docs, fire.normEpoch, c.terms.epoch)
	}
	c.expire(st)
	if st.normDocs != stBefore {
		t.Errorf("a story's lengths were dropped after Refine: normDocs %d, was %d", st.normDocs, stBefore)
	}
}
