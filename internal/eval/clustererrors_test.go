package eval

import (
	"strings"
	"testing"
	"time"
)

// The splits' losses add up to what BCubed recall misses and the merges'
// to what precision misses; each piece of a split says why it stayed apart.
func TestClusterErrors(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2030, 5, d, 12, 0, 0, 0, time.UTC) }
	gold := map[string]string{"a1": "ferry", "a2": "ferry", "a3": "ferry", "a4": "ferry", "a5": "ferry", "b1": "fair", "b2": "fair"}
	got := map[string]string{"a1": "e1", "a2": "e1", "a3": "e2", "a4": "e3", "a5": "e4", "b1": "e4", "b2": "e5"}
	arts := map[string]clusterArticle{
		"a1": {Published: day(1), Story: "s1"}, "a2": {Published: day(2), Story: "s1"},
		"a3": {Story: "s1"},                     // undated, in the story of the largest piece
		"a4": {Published: day(20), Story: "s2"}, // dated weeks later
		"a5": {Published: day(3), Story: "s3"},  // dated within the window: words kept it apart
		"b1": {Published: day(3), Story: "s3"}, "b2": {Published: day(3), Story: "s4"},
	}
	errs := ClusterErrors("event", got, gold, arts, 4*24*time.Hour)
	s := BCubed(got, gold)
	var split, merge float64
	whys := map[string]string{}
	for _, e := range errs {
		switch e.Kind {
		case "split":
			split += e.Loss
			if e.Gold == "ferry" {
				if e.Pieces[0].Cluster != "e1" || e.Pieces[0].Articles != 2 || e.Pieces[0].Dated != 2 {
					t.Errorf("largest piece of the ferry: %+v", e.Pieces[0])
				}
				for _, p := range e.Pieces[1:] {
					whys[p.Cluster] = strings.Join(p.Why, "+")
				}
			}
		case "merge":
			merge += e.Loss
			if e.Got != "e4" || len(e.Pieces) != 2 {
				t.Errorf("merge: %+v", e)
			}
		}
	}
	if !near(split, 1-s.Recall) || !near(merge, 1-s.Precision) {
		t.Errorf("losses split %.4f merge %.4f, want %.4f and %.4f", split, merge, 1-s.Recall, 1-s.Precision)
	}
	want := map[string]string{"e2": "no date+same story", "e3": "window", "e4": "similarity"}
	for c, w := range want {
		if whys[c] != w {
			t.Errorf("piece %s: why %q, want %q", c, whys[c], w)
		}
	}
	if errs[0].Loss < errs[len(errs)-1].Loss {
		t.Errorf("not the costliest first: %v then %v", errs[0].Loss, errs[len(errs)-1].Loss)
	}
}
