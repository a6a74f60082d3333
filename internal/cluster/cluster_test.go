package cluster

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

var day0 = time.Date(2031, 3, 3, 8, 0, 0, 0, time.UTC)

// Two stories of our own: a dam failure at Velmora (two events: the breach,
// then the inquiry) and a ferry strike at Portmere (one event).
var items = []struct {
	id, title, text, event, story string
	hours                         int
}{
	{"a1", "Velmora dam breaches after week of heavy rain", "The Velmora dam on the Ostra river breached on Monday, flooding three villages. Engineer Tomas Reval said the spillway had been blocked for days.", "breach", "dam", 0},
	{"a2", "Floods sweep villages below Velmora dam", "Water from the breached Velmora dam swept through villages along the Ostra river on Monday. Rescue teams evacuated hundreds of residents.", "breach", "dam", 3},
	{"a3", "Velmora dam collapse: hundreds evacuated", "Hundreds were evacuated after the Velmora dam on the Ostra river gave way on Monday following heavy rain, officials said.", "breach", "dam", 6},
	{"a4", "Inquiry opens into Velmora dam failure", "A parliamentary inquiry into the failure of the Velmora dam opened on Thursday. Minister Ilse Varga told the inquiry that warnings about the spillway were ignored.", "inquiry", "dam", 240},
	{"a5", "Minister Varga tells inquiry dam warnings were ignored", "Minister Ilse Varga said at the Velmora dam inquiry on Thursday that engineers' warnings about the blocked spillway had gone unheeded.", "inquiry", "dam", 243},
	{"a6", "Portmere ferry crews walk out over pay", "Ferry crews in Portmere went on strike on Tuesday over pay, stranding passengers at the harbour. Union leader Mara Quell said talks had failed.", "strike", "ferry", 30},
	{"a7", "Strike halts Portmere ferries", "No ferries left Portmere harbour on Tuesday as crews began a strike over wages, union leader Mara Quell said.", "strike", "ferry", 33},
}

func run(order []int) map[string]Assignment {
	c := New(Options{})
	out := map[string]Assignment{}
	for _, i := range order {
		it := items[i]
		out[it.id] = c.Assign(Item{ID: it.id, Title: it.title, Text: it.text, Time: day0.Add(time.Duration(it.hours) * time.Hour)})
	}
	return out
}

func TestAssign(t *testing.T) {
	orders := [][]int{{0, 1, 2, 3, 4, 5, 6}}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		orders = append(orders, r.Perm(len(items)))
	}
	for _, order := range orders {
		got := run(order)
		for i := range items {
			for j := range items {
				a, b := items[i], items[j]
				sameEvent := got[a.id].Event == got[b.id].Event
				if want := a.event == b.event; sameEvent != want {
					t.Errorf("order %v: %s and %s in one event = %v, want %v", order, a.id, b.id, sameEvent, want)
				}
				sameStory := got[a.id].Story == got[b.id].Story
				if want := a.story == b.story; sameStory != want {
					t.Errorf("order %v: %s and %s in one story = %v, want %v", order, a.id, b.id, sameStory, want)
				}
			}
		}
	}
}

func TestExplains(t *testing.T) {
	got := run([]int{0, 1, 2, 3})
	if a := got["a2"]; a.NewEvent || a.Similarity == 0 || len(a.Shared) == 0 || a.Reason == "" {
		t.Errorf("got %+v, want a2 to join a1's event with a similarity, shared terms and a reason", a)
	}
	if a := got["a4"]; !a.NewEvent || a.NewStory || a.StorySimilarity == 0 {
		t.Errorf("got %+v, want a4 to open a new event in the dam story", a)
	}
	if a := got["a1"]; !a.NewEvent || !a.NewStory {
		t.Errorf("got %+v, want a1 to open an event and a story", a)
	}
}

func TestJoinAndRestore(t *testing.T) {
	c := New(Options{})
	first := c.Assign(Item{ID: "a1", Title: items[0].title, Text: items[0].text, Time: day0})
	// A copy with nothing in common lexically still lands in its original's event.
	cp := c.Assign(Item{ID: "a9", Title: "Unrelated words", Text: "Nothing alike here at all.", Time: day0, Join: first.Event})
	if cp.Event != first.Event || cp.Story != first.Story {
		t.Errorf("got %s/%s, want the original's %s/%s", cp.Event, cp.Story, first.Event, first.Story)
	}
	// Restoring the same placement into a new clusterer places a new related
	// article the same way.
	r := New(Options{})
	r.Restore(Item{ID: "a1", Title: items[0].title, Text: items[0].text, Time: day0}, first.Event, first.Story)
	got := r.Assign(Item{ID: "a2", Title: items[1].title, Text: items[1].text, Time: day0.Add(time.Hour)})
	if got.Event != first.Event {
		t.Errorf("after restore: got event %s, want %s", got.Event, first.Event)
	}
}

func TestTimeWindow(t *testing.T) {
	c := New(Options{})
	a := c.Assign(Item{ID: "a1", Title: items[0].title, Text: items[0].text, Time: day0})
	b := c.Assign(Item{ID: "a2", Title: items[1].title, Text: items[1].text, Time: day0.Add(30 * 24 * time.Hour)})
	if a.Event == b.Event {
		t.Errorf("got one event for articles a month apart, want two")
	}
}

func BenchmarkAssign(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 7))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	topics := make([][]string, 2000)
	for i := range topics {
		for range 12 {
			topics[i] = append(topics[i], vocab[r.IntN(len(vocab))])
		}
	}
	docs := make([]Item, 4096)
	for i := range docs {
		tp := topics[r.IntN(len(topics))]
		var sb strings.Builder
		for range 120 {
			if r.IntN(3) == 0 {
				sb.WriteString(tp[r.IntN(len(tp))])
			} else {
				sb.WriteString(vocab[r.IntN(len(vocab))])
			}
			sb.WriteByte(' ')
		}
		docs[i] = Item{ID: fmt.Sprintf("a%06d", i), Title: tp[0] + " " + tp[1], Text: sb.String(), Time: day0.Add(time.Duration(i) * time.Minute)}
	}
	b.ResetTimer()
	c := New(Options{})
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		d.ID = fmt.Sprintf("a%09d", i)
		c.Assign(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestTitleOnly(t *testing.T) {
	for _, tc := range []struct {
		title, text string
		want        bool
	}{
		{"Ferry crews strike in Portmere", "Ferry crews strike in Portmere", true},
		{"Ferry crews strike in Portmere", "  ferry crews  STRIKE in Portmere ", true},
		{"Ferry crews strike in Portmere", "", true},
		{"Ferry crews strike in Portmere", "Ferry crews went on strike in Portmere on Tuesday.", false},
		{"", "Ferry crews went on strike.", false},
		{"Ferry crews strike", "ferry crews", false},
		{"Ferry crews", "ferry crews strike", false},
		{"ÉTÉ chaud à Portmere", "été CHAUD À portmere", true},
		{"Забастовка паромщиков", "забастовка ПАРОМЩИКОВ", true},
		{"Ferry \xff crews", "ferry \xef\xbf\xbd CREWS", true},
		{"Ferry crews", "Ferry\u00a0crews", true},
		{"Ferry crews", "Ferrycrews", false},
	} {
		it := Item{Title: tc.title, Text: tc.text}
		if got := titleOnly(it); got != tc.want {
			t.Errorf("titleOnly(%q, %q) = %v, want %v", tc.title, tc.text, got, tc.want)
		}
		// The words compared in lower case one at a time read as the
		// lowered texts' words do.
		lowered := strings.Fields(strings.ToLower(tc.text))
		if want := len(lowered) == 0 || slices.Equal(lowered, strings.Fields(strings.ToLower(tc.title))); titleOnly(it) != want {
			t.Errorf("titleOnly(%q, %q) = %v, the lowered words say %v", tc.title, tc.text, titleOnly(it), want)
		}
	}
}

func TestEventThreshold(t *testing.T) {
	c := New(Options{EventThreshold: 0.25, TitleEventThreshold: 0.1, LongEventThreshold: 0.4, LongWords: 5})
	for _, tc := range []struct {
		title, text string
		want        form
	}{
		{"Dam breaches", "Dam breaches", form{0.1, true}},
		{"Dam breaches", "dam  BREACHES ", form{0.1, true}},
		{"Dam breaches", "The dam breached on Monday.", form{0.25, false}},
		{"Dam breaches", "The Velmora dam breached on Monday after rain.", form{0.4, false}},
		{"Dam breaches", "The Velmora dam breached\non Monday.", form{0.4, false}},
	} {
		if got := c.formOf(Item{Title: tc.title, Text: tc.text}); got != tc.want {
			t.Errorf("formOf(%q) = %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// Two reports of one happening that share too little to meet at first
// become one event when a third report bridges them: the newer event folds
// into the older, and the assignment says so.
func TestMerge(t *testing.T) {
	docs := []Item{
		{ID: "a1", Title: "Velmora dam breaches", Text: "The Velmora dam breached on Monday. Engineer Tomas Reval blamed the blocked spillway."},
		{ID: "a2", Title: "Villages flooded along the Ostra", Text: "Floods swept villages along the Ostra river on Monday. Rescue teams evacuated hundreds."},
		{ID: "a3", Title: "Velmora dam breach floods Ostra villages", Text: "The Velmora dam breached on Monday and floods swept villages along the Ostra river. Engineer Tomas Reval blamed the blocked spillway; rescue teams evacuated hundreds."},
		{ID: "a4", Title: "Ostra villages flooded after Velmora dam breach", Text: "Floods from the breached Velmora dam swept villages along the Ostra river on Monday; rescue teams evacuated hundreds as engineer Tomas Reval blamed the spillway."},
	}
	for _, mt := range []float64{-1, 0.3} {
		c := New(Options{EventThreshold: 0.3, MergeThreshold: mt})
		var got []Assignment
		for i, d := range docs {
			d.Time = day0.Add(time.Duration(i) * time.Hour)
			got = append(got, c.Assign(d))
		}
		if got[0].Event == got[1].Event {
			t.Fatalf("merge %v: a1 and a2 share event %s at once, want them apart until bridged", mt, got[0].Event)
		}
		var merged []string
		for _, a := range got {
			merged = append(merged, a.Merged...)
		}
		if mt < 0 {
			if len(merged) != 0 {
				t.Errorf("merge off: got merges %v, want none", merged)
			}
			continue
		}
		if want := []string{got[1].Event}; !slices.Equal(merged, want) {
			t.Errorf("got merges %v, want %v", merged, want)
		}
		var moved []string
		for _, a := range got {
			moved = append(moved, a.Moved...)
		}
		if want := []string{"a2"}; !slices.Equal(moved, want) {
			t.Errorf("got moved articles %v, want %v (the absorbed event's)", moved, want)
		}
		last := got[len(got)-1]
		for _, id := range []string{"a1", "a2", "a3", "a4"} {
			if e := c.EventOf(id); e != got[0].Event || e != last.Event {
				t.Errorf("EventOf(%s) = %s, want the older event %s (last assignment %s)", id, e, got[0].Event, last.Event)
			}
		}
		if _, ok := c.Event(got[1].Event); ok {
			t.Errorf("absorbed event %s still exists", got[1].Event)
		}
		if ev, _ := c.Event(got[0].Event); ev.Size != 4 {
			t.Errorf("surviving event has %d articles, want 4", ev.Size)
		}
	}
}

// Two stories whose first reports share too little become one when later
// reports of each make them alike: the newer story folds into the older,
// its events keep their ids and its articles are reported as moved.
func TestStoryMerge(t *testing.T) {
	docs := []Item{
		{ID: "a1", Title: "Kessin dockworkers walk out", Text: "Dockworkers at the port of Kessin walked out on Monday over a pay offer. Union leader Ilse Marrow said cranes would stand idle."},
		{ID: "a2", Title: "Fruit rots on Brask quays", Text: "Crates of fruit are rotting on the quays of Brask as ships wait offshore. Importer Odo Fenn counted losses in the thousands."},
		{ID: "a3", Title: "Kessin port strike strands ships bound for Brask", Text: "The strike by Kessin dockworkers has left ships waiting offshore, and fruit is rotting on the quays of Brask. Union leader Ilse Marrow said the walkout over pay would go on; importer Odo Fenn counted losses."},
		{ID: "a4", Title: "Brask importers count cost of Kessin port strike", Text: "Importer Odo Fenn said fruit rotting on the Brask quays was the cost of the Kessin dockworkers' walkout over pay, which union leader Ilse Marrow vowed to continue while ships wait offshore."},
	}
	days := []int{0, 7, 14, 21}
	for _, smt := range []float64{-1, 0.3} {
		c := New(Options{StoryMergeThreshold: smt})
		var got []Assignment
		for i, d := range docs {
			d.Time = day0.Add(time.Duration(days[i]) * 24 * time.Hour)
			got = append(got, c.Assign(d))
		}
		last := got[len(got)-1]
		if smt < 0 {
			if len(last.MergedStories) != 0 || len(last.Moved) != 0 {
				t.Errorf("story merges off: got merged %v, moved %v", last.MergedStories, last.Moved)
			}
			continue
		}
		if !slices.Equal(last.MergedStories, []string{"s2"}) || !slices.Equal(last.Moved, []string{"a2"}) || last.Story != "s1" {
			t.Errorf("got story %s, merged %v, moved %v; want s2 folded into s1 and a2 moved", last.Story, last.MergedStories, last.Moved)
		}
		if e := c.EventOf("a2"); e != "e2" {
			t.Errorf("a2 in event %s, want its own event e2 kept", e)
		}
		if ev, _ := c.Event("e2"); ev.Story != "s1" {
			t.Errorf("event e2 in story %s, want s1", ev.Story)
		}
		if _, ok := c.Story("s2"); ok {
			t.Errorf("absorbed story s2 still exists")
		}
	}
}

// A report that shares a place and a word with a story is glued to it at
// first; as the story grows around its own subject, the report no longer
// fits and leaves for a story of its own. The story keeps its id.
func TestStorySplit(t *testing.T) {
	docs := []Item{
		{ID: "a1", Title: "Kessin dockworkers walk out over pay", Text: "Dockworkers at the port of Kessin walked out on Monday over a pay offer. Union leader Ilse Marrow said cranes would stand idle until the harbour board raised wages."},
		{ID: "a2", Title: "Kessin marathon runners cross the harbour bridge", Text: "Runners in the Kessin marathon crossed the harbour bridge on Sunday. Winner Pavo Linden finished in two hours and nine minutes, cheered by crowds along the course."},
		{ID: "a3", Title: "Harbour board makes new pay offer to Kessin dockworkers", Text: "The Kessin harbour board made a new pay offer to striking dockworkers. Union leader Ilse Marrow said members would vote on the offer, while cranes stood idle for a second week."},
		{ID: "a4", Title: "Kessin dockworkers accept pay deal, cranes move again", Text: "Dockworkers in Kessin voted to accept the harbour board's pay deal, ending the walkout. Union leader Ilse Marrow said cranes would move again on Thursday and ships would be unloaded."},
		{ID: "a5", Title: "Ships unloaded in Kessin after dock strike ends", Text: "Cranes in the port of Kessin unloaded the first ships since the dockworkers' strike ended. The harbour board said the backlog of ships would clear within days, union leader Ilse Marrow said."},
	}
	for _, split := range []float64{-1, 0} {
		c := New(Options{StorySplitThreshold: split})
		var got []Assignment
		for i, d := range docs {
			d.Time = day0.Add(time.Duration(6*i) * 24 * time.Hour)
			got = append(got, c.Assign(d))
		}
		if got[1].Story != got[0].Story {
			t.Fatalf("split %v: the marathon report was not glued to the strike story at first (story %s, want %s); the fixture no longer tests splitting", split, got[1].Story, got[0].Story)
		}
		e2, _ := c.Event(got[1].Event)
		e1, _ := c.Event(got[0].Event)
		if split < 0 {
			if e2.Story != e1.Story {
				t.Errorf("splits off: the marathon event went to story %s", e2.Story)
			}
			continue
		}
		if e1.Story != got[0].Story {
			t.Errorf("the strike story changed id: %s, want %s", e1.Story, got[0].Story)
		}
		if e2.Story == e1.Story {
			t.Errorf("the marathon event is still in the strike story %s", e1.Story)
		}
		var moved []string
		for _, a := range got {
			moved = append(moved, a.Moved...)
		}
		if !slices.Equal(moved, []string{"a2"}) {
			t.Errorf("moved %v, want [a2]", moved)
		}
		for _, id := range []string{"a3", "a4", "a5"} {
			if ev, _ := c.Event(c.EventOf(id)); ev.Story != e1.Story {
				t.Errorf("%s in story %s, want the strike story %s", id, ev.Story, e1.Story)
			}
		}
	}
}

// A story counts, for containment, only the names its articles keep
// naming: a spokesman quoted once in a story of four does not make every
// later article that quotes him part of it.
func TestContainmentCountsRecurringNames(t *testing.T) {
	x := newTermIndex()
	story := numbered(&x, map[string]float64{"@kessin": 4, "@ilse marrow": 2.7, "@odo fenn": 1})
	for _, tc := range []struct {
		names map[string]float64
		want  float64
	}{
		{map[string]float64{"@kessin": 1, "@ilse marrow": 1}, 1},
		{map[string]float64{"@odo fenn": 1}, 0},
		{map[string]float64{"@kessin": 1, "@odo fenn": 1}, 0.5},
		{map[string]float64{"@brask": 1}, 0},
	} {
		if got := containment(sortedOf(numbered(&x, tc.names)), story, 4); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("containment(%v) = %.3f, want %.3f", tc.names, got, tc.want)
		}
	}
}

// sortedOf is v sorted by term.
func sortedOf(v vector) sparse {
	var s sparse
	for _, t := range slices.Sorted(maps.Keys(v)) {
		s.t, s.w = append(s.t, t), append(s.w, v[t])
	}
	return s
}

// numbered is the vector of terms m, numbered by x.
func numbered(x *termIndex, m map[string]float64) vector {
	v := vector{}
	for t, w := range m {
		v[x.intern(t)] = w
	}
	return v
}

// Two events of headlines of one story share fewer terms than two events of
// reports would: they merge at Options.TitleMergeThreshold, not at
// Options.MergeThreshold, and only when both are mostly title-only items.
func TestTitleMergeThreshold(t *testing.T) {
	heads := []string{
		"Velmora dam breaches after heavy rain",
		"Heavy rain breaches Velmora dam",
		"Ostra villages evacuated as Velmora dam gives way",
		"Velmora dam gives way, Ostra villages evacuated",
	}
	run := func(bodies bool, tmt, mt float64) (*Clusterer, []string) {
		// A high join threshold keeps the two pairs apart on arrival.
		c := New(Options{TitleEventThreshold: 0.5, EventThreshold: 0.5, MergeThreshold: mt, TitleMergeThreshold: tmt, MergeCohesion: 0.01, TitleMergeCohesion: 0.01})
		var evs []string
		for i, h := range heads {
			it := Item{ID: fmt.Sprintf("h%d", i), Title: h, Text: h, Time: day0.Add(time.Duration(i) * time.Hour)}
			if bodies {
				it.Text = h + ". The reservoir above the valley had risen for a week."
			}
			evs = append(evs, c.Assign(it).Event)
		}
		return c, evs
	}
	c, evs := run(false, -1, 0.99)
	if evs[0] != evs[1] || evs[2] != evs[3] || evs[0] == evs[2] {
		t.Fatalf("events on arrival %v: the test needs two pairs apart", evs)
	}
	a, b := c.events[c.EventOf("h0")], c.events[c.EventOf("h2")]
	sim := c.cosineGroup(c.terms.groupQuery(b), a)
	if sim <= 0.05 || sim >= 0.9 {
		t.Fatalf("the two events' cosine is %.3f; the test needs it between the thresholds it sets", sim)
	}
	c.Refine()
	if c.EventOf("h0") == c.EventOf("h2") {
		t.Errorf("without a title threshold the events merged at %.3f under the merge threshold 0.99", sim)
	}
	c, _ = run(false, sim-0.05, 0.99)
	c.Refine()
	if c.EventOf("h0") != c.EventOf("h2") {
		t.Errorf("headline events at %.3f stayed apart under a title merge threshold of %.3f", sim, sim-0.05)
	}
	c, evs = run(true, -1, 0.99)
	if evs[0] == evs[2] {
		t.Fatalf("with bodies the pairs met on arrival (%v): the test needs them apart", evs)
	}
	a, b = c.events[c.EventOf("h0")], c.events[c.EventOf("h2")]
	bodySim := c.cosineGroup(c.terms.groupQuery(b), a)
	c, _ = run(true, bodySim-0.05, 0.99)
	c.Refine()
	if c.EventOf("h0") == c.EventOf("h2") {
		t.Errorf("events of articles with a body merged at %.3f under the title merge threshold %.3f", bodySim, bodySim-0.05)
	}
}

// A small event of headlines is a few rewrites of one headline, so close to
// each other that 0.8 of their cohesion asks more of a merge than the title
// merge threshold: two such events of one story merge at
// Options.TitleMergeCohesion of the newer one's cohesion, not at
// Options.MergeCohesion, and events of articles with a body keep
// MergeCohesion.
func TestTitleMergeCohesion(t *testing.T) {
	heads := []string{
		"Velmora dam breaches after heavy rain",
		"Velmora dam breaches after heavy rain, officials say",
		"Ostra villages evacuated as Velmora dam gives way",
		"Ostra villages evacuated as Velmora dam gives way overnight",
	}
	run := func(bodies bool, tmc float64) *Clusterer {
		// A high join threshold keeps the two pairs apart on arrival; a
		// low title merge threshold leaves the cohesion test to decide.
		c := New(Options{TitleEventThreshold: 0.6, EventThreshold: 0.6, MergeThreshold: 0.99, TitleMergeThreshold: 0.01, TitleMergeCohesion: tmc})
		for i, h := range heads {
			it := Item{ID: fmt.Sprintf("h%d", i), Title: h, Text: h, Time: day0.Add(time.Duration(i) * time.Hour)}
			if bodies {
				it.Text = h + ". The reservoir above the valley had risen for a week."
			}
			c.Assign(it)
		}
		return c
	}
	c := run(false, -1)
	if c.EventOf("h0") != c.EventOf("h1") || c.EventOf("h2") != c.EventOf("h3") || c.EventOf("h0") == c.EventOf("h2") {
		t.Fatalf("events on arrival %v %v %v %v: the test needs two pairs apart", c.EventOf("h0"), c.EventOf("h1"), c.EventOf("h2"), c.EventOf("h3"))
	}
	a, b := c.events[c.EventOf("h0")], c.events[c.EventOf("h2")]
	sim, coh := c.cosineGroup(c.terms.groupQuery(b), a), b.cohesion()
	if sim >= 0.8*coh || sim < 0.1*coh {
		t.Fatalf("the two events' cosine %.3f against the newer one's cohesion %.3f: the test needs it under 0.8 of it", sim, coh)
	}
	c.Refine()
	if c.EventOf("h0") == c.EventOf("h2") {
		t.Errorf("with the merge cohesion the headline events merged at %.3f, under 0.8 of the cohesion %.3f", sim, coh)
	}
	share := sim/coh - 0.05
	c = run(false, share)
	c.Refine()
	if c.EventOf("h0") != c.EventOf("h2") {
		t.Errorf("headline events at %.3f stayed apart with a title merge cohesion of %.3f (cohesion %.3f)", sim, share, coh)
	}
	c = run(true, 0.01)
	if c.EventOf("h0") == c.EventOf("h2") {
		t.Fatal("with bodies the pairs met on arrival: the test needs them apart")
	}
	c.Refine()
	if c.EventOf("h0") == c.EventOf("h2") {
		t.Error("events of articles with a body merged with the title merge cohesion")
	}
}
