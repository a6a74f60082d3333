package facts

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestOneRowPerFact: independent articles that give a count three ways
// make one row listing the three versions with their sources, and values
// written differently but equal (six and 6, 23 October and October 23,
// 5 miles and 8 km) are no disagreement.
func TestOneRowPerFact(t *testing.T) {
	pub := time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	texts := map[string]string{
		"a": "Police in Kestrel seized 12 rifles from the warehouse on 23 October, the inspector said. The convoy drove 5 miles to the depot.",
		"b": "Police in Kestrel seized six rifles from the warehouse on October 23, the inspector said. The convoy drove 8 km to the depot.",
		"c": "Police in Kestrel seized 6 rifles from the warehouse on 23 October, the inspector said.",
		"d": "Police in Kestrel seized 14 rifles from the warehouse on October 23, the inspector said.",
		"e": "Police in Kestrel seized fourteen rifles from the warehouse on October 23, according to the inspector.",
	}
	var fs []*Facts
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Text: texts[id]}))
	}
	sf := Merge(fs, nil)
	var rows []Disagreement
	for _, d := range sf.Disagreements {
		if d.Kind == KindNumber {
			rows = append(rows, d)
		}
		if d.Kind == KindDate {
			t.Errorf("23 October and October 23 are one day: %+v", d)
		}
	}
	if len(rows) != 1 {
		t.Fatalf("want one number row (the rifles; 5 miles is 8 km), got %d: %+v", len(rows), rows)
	}
	var got []string
	for _, v := range rows[0].Values {
		got = append(got, strings.Join(v.Articles, ","))
	}
	sort.Strings(got)
	if want := []string{"a", "b,c", "d,e"}; !reflect.DeepEqual(got, want) {
		t.Errorf("versions by article %q, want %q: %+v", got, want, rows[0].Values)
	}
}
