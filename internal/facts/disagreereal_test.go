package facts

import (
	"strings"
	"testing"
	"time"
)

// TestNumberGroupMarks: a number whose digit groups a mark other than the
// comma parts (a low mark like a comma, an apostrophe, a narrow no-break
// space) is one number, and a group left alone by a plain space ("000")
// counts nothing; two numbers a plain space parts stay two.
func TestNumberGroupMarks(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64 // the count of attacks; 0 for none read
	}{
		{"The Kessel exchange faced 150\u201a000 attacks a second.", 150000},
		{"The Kessel exchange faced 150'000 attacks a second.", 150000},
		{"The Kessel exchange faced 150\u2019000 attacks a second.", 150000},
		{"The Kessel exchange faced 1\u202f150\u202f000 attacks a second.", 1150000},
		{"The Kessel exchange faced 150,000 attacks a second.", 150000},
		{"The Kessel exchange faced 150 000 attacks a second.", 0},
	} {
		f := Extract(ArticleInput{ID: "a", Text: c.text})
		var got []string
		for _, n := range f.Numbers {
			got = append(got, n.Text)
			if n.Head == "attack" && n.Value != c.value {
				t.Errorf("%q: %q is %v, want %v", c.text, n.Text, n.Value, c.value)
			}
			if n.Value == 0 {
				t.Errorf("%q: %q read as a count of nothing", c.text, n.Text)
			}
		}
		if c.value > 0 && len(f.Numbers) != 1 {
			t.Errorf("%q: numbers %q, want one", c.text, got)
		}
	}
	f := Extract(ArticleInput{ID: "a", Text: "In 2008 100 people left the Kessel valley."})
	if len(f.Numbers) != 1 || f.Numbers[0].Value != 100 {
		t.Errorf("a year and a count parted by a space: %+v", f.Numbers)
	}
	// Two outlets give one count, one with the low mark: no row.
	pub := time.Date(2031, 3, 10, 12, 0, 0, 0, time.UTC)
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub, Text: "The Kessel exchange faced 150\u201a000 attacks a second."})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub, Text: "The Kessel exchange faced 150000 attacks per second."})
	for _, d := range Merge([]*Facts{a, b}, nil).Disagreements {
		t.Errorf("one count written two ways: %+v", d)
	}
}

// TestPossessiveDateNamesThing: a possessive date before capitalised words,
// as a headline writes it, dates a happening only when one of them names
// one ("Monday's Harbour Bridge Collapse"); "Today's Grain Market" names a
// thing, no timeline entry.
func TestPossessiveDateNamesThing(t *testing.T) {
	pub := time.Date(2031, 3, 12, 12, 0, 0, 0, time.UTC) // a Wednesday
	for _, c := range []struct {
		text, words string
		entry       bool
	}{
		{"Today's Grain Market: Kessel Wheat Index, Tarn Barley Index", "Today's", false},
		{"Today's Grain Market News and Harvest Calendar", "Today's", false},
		{"Monday's Harbour Bridge Collapse Leaves Two Dead", "Monday's", true},
		{"Monday's collapse of the harbour bridge left two dead.", "Monday's", true},
	} {
		f := Extract(ArticleInput{ID: "a", Published: pub, Title: c.text, Text: c.text})
		found := false
		for _, d := range f.Dates {
			if !strings.EqualFold(d.Text, c.words) {
				continue
			}
			found = true
			if d.Entry != c.entry {
				t.Errorf("%q: %q entry %v (%s), want %v", c.text, d.Text, d.Entry, d.NotEntry, c.entry)
			}
		}
		if !found {
			t.Errorf("%q: no date %q in %+v", c.text, c.words, f.Dates)
		}
	}
	// Two headlines that share the market's words, one dating a gain last
	// week, one naming today's market: no date row.
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub, Title: "Today's Grain Market: Kessel Wheat Index, Tarn Barley Index",
		Text: "Today's Grain Market: Kessel Wheat Index, Tarn Barley Index"})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub, Title: "Kessel Wheat Index Gained Last Week",
		Text: "Kessel Wheat Index Gained Last Week"})
	for _, d := range Merge([]*Facts{a, b}, nil).Disagreements {
		t.Errorf("today's market and last week's gain are two facts: %+v", d)
	}
}

// TestAcronymInQuote: a quote that names a body by its acronym where the
// other wording spells the name out says the same; another body named is
// a change.
func TestAcronymInQuote(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"There have been contacts made with the NRF on the flooded weir,",
			"contacts with the Northern River Federation because of the flooded weir", false},
		{"We handed the report to the U.N.L.C. last week",
			"We handed the report to the United Nations Land Commission last week", false},
		{"There have been contacts made with the NRF on the flooded weir,",
			"contacts with the Southern Lake Authority because of the flooded weir", true},
	} {
		if got := substantiveQuote(c.a, c.b, substantive); got != c.want {
			t.Errorf("substantiveQuote(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if k, n := spelledOut("nrf", []string{"the", "northern", "river", "federation"}, make([]bool, 4)); k != 1 || n != 3 {
		t.Errorf("spelledOut(nrf) = %d, %d, want 1, 3", k, n)
	}
	if _, n := spelledOut("it", []string{"in", "time"}, make([]bool, 2)); n != 0 {
		t.Errorf("a stop word is no acronym")
	}
}
