package cluster

import (
	"testing"
	"time"
)

// damHeadlines are invented headlines: a dam breach at Kelvara ("d"), three
// rewrites of one follow-up on the engineers' old warnings ("w"), and
// other news, one headline each ("o").
var damHeadlines = []struct{ id, title string }{
	{"d0", "Kelvara dam breach floods valley towns"},
	{"d1", "Dam breach at Kelvara forces thousands to evacuate"},
	{"d2", "Kelvara dam bursts, valley towns evacuated"},
	{"d3", "Floods follow Kelvara dam breach overnight"},
	{"d4", "Thousands evacuate as Kelvara dam gives way"},
	{"d5", "Kelvara dam breach: rescuers reach flooded towns"},
	{"d6", "Valley towns under water after Kelvara dam breach"},
	{"d7", "Kelvara dam collapse floods farms and towns"},
	{"d8", "Rescuers search flooded valley after Kelvara dam breach"},
	{"d9", "Kelvara evacuees wait as dam floods recede"},
	{"w0", "Engineers warned of cracks in Kelvara dam for years, files show"},
	{"w1", "Files show engineers warned of Kelvara cracks years ago"},
	{"w2", "Engineers' warnings of cracks went unheeded for years, files show"},
	{"o0", "Orlenko wins marathon in record time"},
	{"o1", "Film festival in Carvel opens with war drama"},
	{"o2", "Grain prices climb as harvest fails in Tamsk"},
	{"o3", "Senator Malvey announces run for governor"},
	{"o4", "Museum returns stolen mask to Ulvani elders"},
	{"o5", "Teachers in Pellford vote to strike"},
}

// TestOfflineAttachesSmallClusters: the three rewrites of one follow-up
// join each other, and then, as a lone headline of the story would, the
// story's cluster, to which they are closer than to anything else though
// not as close as the story's threshold asks of two clusters.
func TestOfflineAttachesSmallClusters(t *testing.T) {
	var all []Item
	for i, h := range damHeadlines {
		all = append(all, Item{ID: h.id, Title: h.title, Text: h.title, Time: day0.Add(time.Duration(i) * time.Minute)})
	}
	ev, st := Offline(all, nil, Options{})
	for _, w := range []string{"w0", "w1", "w2"} {
		if ev[w] != ev["d0"] || st[w] != st["d0"] {
			t.Errorf("%s in event %s and story %s, the breach's are %s and %s", w, ev[w], st[w], ev["d0"], st["d0"])
		}
	}
	for _, h := range damHeadlines {
		if h.id[0] == 'o' && (ev[h.id] == ev["d0"] || st[h.id] == st["d0"]) {
			t.Errorf("%s joined the breach's event or story", h.id)
		}
	}
}

// TestRefineAttachesHeadlines: online, the three rewrites of the follow-up
// arrive before the breach's headlines and join each other, apart from
// the breach's event (a title threshold of 0.3 keeps them apart on
// arrival, 0.25 to 0.35 alike), which they are too close to each other to
// merge with (the merge test asks the newer event to be nearly as close to
// the older as its own members were to it); Refine then attaches them, as
// recluster does, and leaves the other news alone. It fails without
// attachHeadlines.
func TestRefineAttachesHeadlines(t *testing.T) {
	c := New(Options{TitleEventThreshold: 0.3})
	order := append(append([]int{10, 11, 12}, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 13, 14, 15, 16, 17, 18)
	for i, k := range order {
		h := damHeadlines[k]
		c.Assign(Item{ID: h.id, Title: h.title, Text: h.title, Time: day0.Add(time.Duration(i) * time.Minute)})
	}
	if c.EventOf("w0") != c.EventOf("w1") || c.EventOf("w0") != c.EventOf("w2") || c.EventOf("w0") == c.EventOf("d0") {
		t.Fatalf("on arrival the rewrites are in events %s %s %s and the breach in %s: the test needs the rewrites together, apart from it",
			c.EventOf("w0"), c.EventOf("w1"), c.EventOf("w2"), c.EventOf("d0"))
	}
	c.Refine()
	for _, w := range []string{"w0", "w1", "w2"} {
		if c.EventOf(w) != c.EventOf("d0") {
			t.Errorf("%s in event %s after Refine, the breach's is %s", w, c.EventOf(w), c.EventOf("d0"))
		} else if r, ok := c.Replaced(w); !ok || !r.Merged {
			t.Errorf("%s moved without saying its event merged: %+v", w, r)
		}
	}
	for _, h := range damHeadlines {
		if h.id[0] == 'o' && c.EventOf(h.id) == c.EventOf("d0") {
			t.Errorf("%s joined the breach's event", h.id)
		}
	}
}
