package cluster

import (
	"slices"
	"testing"
	"unsafe"
)

func TestWords(t *testing.T) {
	title := "Spy balloon: Chinese officials decline a call"
	body := "The Chinese government said on Monday that the spying claims were false. Officials in Beijing " +
		"declined the call from Defence Secretary Lloyd Austin. The U.S. military shot the balloon down."
	for _, tc := range []struct {
		terms, want []string
	}{
		{[]string{"chines", "spi", "offici", "beij", "balloon"}, []string{"Chinese", "spy", "officials", "Beijing", "balloon"}},
		// The name and the stem of one word are given once; a name keeps its capitals.
		{[]string{"lloyd austin", "chinese", "chines"}, []string{"Lloyd Austin", "Chinese"}},
		{[]string{"u.s.", "u.s"}, []string{"U.S."}},
		// A term the text does not hold stays as it is.
		{[]string{"zzyzx"}, []string{"zzyzx"}},
		{nil, nil},
	} {
		got := Words("en", title, body, tc.terms)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.terms, got, tc.want)
		}
		// A placement keeps the words for the whole run: a word that
		// shared the body's memory would keep the whole body.
		for _, w := range got {
			for _, s := range []string{title, body} {
				if within(w, s) {
					t.Errorf("Words(%q): %q is a slice of the text given, not a copy", tc.terms, w)
				}
			}
		}
	}
}

// within reports whether w's bytes lie in s's memory.
func within(w, s string) bool {
	if len(w) == 0 || len(s) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(w))), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= lo && p < lo+uintptr(len(s))
}

// TestHeadlineNames: a headline in title case capitalises its common words
// too, so each capitalised word is a name of its own; a headline in
// sentence case keeps its runs; a headline's possessive is cut from a name.
func TestHeadlineNames(t *testing.T) {
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		// Title case, no body beyond the title (as a headline list gives
		// it): each word a name, stop words none.
		{"Ferry Operator Halts Crossings After Harbour Strike", "Ferry Operator Halts Crossings After Harbour Strike",
			[]string{"@crossings", "@ferry", "@halts", "@harbour", "@operator", "@strike"}},
		// Sentence case: the runs (a capitalised first word too, as
		// in a body), the possessive cut.
		{"Harbour strike stops the ferries to Calder Bay's islands", "Harbour strike stops the ferries to Calder Bay's islands",
			[]string{"@calder bay", "@harbour"}},
		// Title case with a body: names come from the body, as runs.
		{"Ferry Operator Halts Crossings", "The operator said Calder Bay Ferries would resume on Monday.",
			[]string{"@calder bay ferries"}},
		// A body keeps its possessives (it names its actors in both forms).
		{"Strike ends", "The strike at Calder Bay's harbour ended.",
			[]string{"@calder bay's"}},
	} {
		var got []string
		for term := range Terms("en", tc.title, tc.body) {
			if term[0] == '@' {
				got = append(got, term)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("names of %q / %q = %q, want %q", tc.title, tc.body, got, tc.want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Ferry Operator Halts Crossings After Harbour Strike", true},
		{"Harbour strike stops the ferries to Calder Bay's islands", false},
		{"Calder Bay Ferries halts crossings", true}, // half of the longer words
		{"a b c", false},
		{"", false},
	} {
		if got := titleCase(tc.title); got != tc.want {
			t.Errorf("titleCase(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
