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
