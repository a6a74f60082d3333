package cluster

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// samePartition reports whether two clusterings group the ids alike,
// whatever the clusters' names.
func samePartition(ids []string, a, b map[string]string) bool {
	ab, ba := map[string]string{}, map[string]string{}
	for _, id := range ids {
		x, y := a[id], b[id]
		if x == "" || y == "" {
			return false
		}
		if v, ok := ab[x]; ok && v != y {
			return false
		}
		if v, ok := ba[y]; ok && v != x {
			return false
		}
		ab[x], ba[y] = y, x
	}
	return true
}

// The offline clustering finds the labelled events and stories of the dam
// and the ferry strike in any arrival order, and the same partition in
// every order.
func TestOffline(t *testing.T) {
	var all []Item
	for _, it := range items {
		all = append(all, Item{ID: it.id, Title: it.title, Text: it.text, Time: day0.Add(time.Duration(it.hours) * time.Hour)})
	}
	ids := make([]string, len(all))
	for i, it := range all {
		ids[i] = it.ID
	}
	firstEv, firstSt := Offline(all, nil, Options{})
	r := rand.New(rand.NewPCG(5, 6))
	for k := range 6 {
		order := slices.Clone(all)
		if k > 0 {
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		ev, st := Offline(order, nil, Options{})
		for i := range items {
			for j := range items {
				a, b := items[i], items[j]
				if got, want := ev[a.id] == ev[b.id], a.event == b.event; got != want {
					t.Errorf("order %d: %s and %s in one event = %v, want %v", k, a.id, b.id, got, want)
				}
				if got, want := st[a.id] == st[b.id], a.story == b.story; got != want {
					t.Errorf("order %d: %s and %s in one story = %v, want %v", k, a.id, b.id, got, want)
				}
			}
		}
		if !samePartition(ids, ev, firstEv) || !samePartition(ids, st, firstSt) {
			t.Errorf("order %d: events %v and stories %v, in file order %v and %v", k, ev, st, firstEv, firstSt)
		}
	}
}

// Undated reports of a second strike of the same kind stay apart from the
// dated reports of the first, as Refine's split keeps them online.
func TestOfflineKeepsUndatedHappeningApart(t *testing.T) {
	var all []Item
	for i, it := range strikes {
		if it.ID[0] == 'p' {
			it.Time = day0.Add(time.Duration(i) * time.Hour)
		}
		all = append(all, it)
	}
	ev, _ := Offline(all, nil, strikeOpts())
	for _, a := range all {
		for _, b := range all {
			if got, want := ev[a.ID] == ev[b.ID], a.ID[0] == b.ID[0]; got != want {
				t.Errorf("%s and %s in one event = %v, want %v (events %v)", a.ID, b.ID, got, want, ev)
			}
		}
	}
}

// Recluster takes the offline clustering as the clusterer's state: the
// brief that opened an event alone online joins the fire's reports, it
// says where it came from, the articles placed next are placed against
// the new state, and a second Recluster moves nothing.
func TestRecluster(t *testing.T) {
	opts := fireOpts()
	opts.RefineFactor = -1
	c := New(opts)
	fire := timedFire()
	before := map[string]string{}
	for _, it := range fire {
		before[it.ID] = c.Assign(it).Event
	}
	brief, report := fire[0].ID, fire[1]
	if before[brief] == before[report.ID] {
		t.Fatalf("the brief joined the fire online (%v): the test needs it apart", before)
	}
	moved := c.Recluster()
	if !slices.Contains(moved, brief) || c.EventOf(brief) != c.EventOf(report.ID) {
		t.Fatalf("Recluster moved %v; the brief is in %s and the fire in %s, want them together", moved, c.EventOf(brief), c.EventOf(report.ID))
	}
	if r, ok := c.Replaced(brief); !ok || !r.Reclustered || r.From != before[brief] {
		t.Errorf("the brief's move: %+v, want reclustered from %s", r, before[brief])
	}
	if len(c.events) != 1 || len(c.stories) != 1 {
		t.Errorf("%d events and %d stories after Recluster, want 1 and 1", len(c.events), len(c.stories))
	}
	if again := c.Recluster(); len(again) != 0 {
		t.Errorf("a second Recluster moved %v, want nothing", again)
	}
	next := report
	next.ID, next.Time = "next", fire[len(fire)-1].Time.Add(time.Hour)
	if a := c.Assign(next); a.Event != c.EventOf(report.ID) {
		t.Errorf("a report like the fire's after Recluster went to %s, want the fire's event %s", a.Event, c.EventOf(report.ID))
	}
}

// The offline clustering does not chain unrelated articles, in English or
// written with another language's commonest words.
func TestOfflineDoesNotChain(t *testing.T) {
	piles := map[string][]Item{"en": randomItems(300)}
	for lang := range functionWords {
		piles[lang] = languageItems(lang, 300)
	}
	for _, lang := range slices.Sorted(maps.Keys(piles)) {
		ev, st := Offline(piles[lang], nil, Options{})
		for what, got := range map[string]map[string]string{"event": ev, "story": st} {
			size := map[string]int{}
			for _, g := range got {
				size[g]++
			}
			if largest := slices.Max(slices.Collect(maps.Values(size))); largest > len(piles[lang])/20 {
				t.Errorf("%s: the largest %s holds %d of %d unrelated articles, want at most %d", lang, what, largest, len(piles[lang]), len(piles[lang])/20)
			}
		}
	}
}
