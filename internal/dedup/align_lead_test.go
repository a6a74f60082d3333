package dedup

import (
	"strings"
	"testing"
)

// leadStory is an invented report whose headline repeats most of the words
// of its first sentence, as headlines do.
var leadStory = struct{ title, lead, rest, other string }{
	title: "Ferry captain praised for calm rescue off Harwick",
	lead:  "The captain of the Harwick ferry was praised on Monday for a calm rescue of forty passengers off the Harwick coast.",
	rest: "The vessel lost power in a storm shortly after leaving the harbour. " +
		"Crew members handed out life jackets while lifeboats from two villages approached. " +
		"Nobody was injured, the coastguard said in a statement on Monday evening. " +
		"The operator said the ferry would stay in dock until engineers had inspected the engine.",
	other: "Local news from the coast, gathered by our own reporters every day. " +
		"Our weekly market column returns on Friday with prices from the fish auction.",
}

// TestAlignExcerptFromFirstSentence: an excerpt that begins at the
// original's first sentence aligns that sentence with itself, one to one
// and identical, whether or not the original's headline is kept, and
// whether or not the excerpt has a headline of its own.
func TestAlignExcerptFromFirstSentence(t *testing.T) {
	s := leadStory
	orig := NewFingerprint(s.title, s.lead+" "+s.rest)
	cases := []struct{ name, title, body string }{
		{"no title", "", s.lead + " " + s.rest},
		{"own title", "Harwick rescue: what happened", s.lead + " " + s.rest},
		{"same title", s.title, s.lead + " " + s.rest},
		{"set into other text", "Coast roundup", s.other + " " + s.lead + " " + s.rest},
	}
	for _, c := range cases {
		cp := NewFingerprint(c.title, c.body)
		for _, syn := range []bool{true, false} {
			for _, swap := range []bool{false, true} {
				a, b := orig, cp
				if swap {
					a, b = cp, orig
				}
				pairs := align(a, b, 0.4, syn)
				for _, p := range pairs {
					x, y := sentenceText(a, p.A), sentenceText(b, p.B)
					if strings.Contains(x, "calm rescue of forty") || strings.Contains(y, "calm rescue of forty") {
						if x != y || !p.Identical {
							t.Errorf("%s (syn %v, swapped %v): the first sentence aligns as %q / %q (identical %v), want itself, one to one",
								c.name, syn, swap, x, y, p.Identical)
						}
					}
				}
				want := 5
				if c.title == s.title {
					want = 6 // the headline aligns with itself too
				}
				identical := 0
				for _, p := range pairs {
					if p.Identical {
						identical++
					}
				}
				if identical != want {
					t.Errorf("%s (syn %v, swapped %v): %d identical pairs, want %d: %v", c.name, syn, swap, identical, want, pairs)
				}
				if got := alignDense(a, b, 0.4, syn); !equalPairs(got, pairs) {
					t.Errorf("%s: sparse %v, dense %v", c.name, pairs, got)
				}
			}
		}
	}
}

func sentenceText(fp *Fingerprint, i int) string {
	s := fp.Sentences[i]
	return fp.Text[s.Start:s.End]
}

func equalPairs(x, y []Pair) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}
