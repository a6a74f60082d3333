package dedup

import (
	"slices"
	"testing"
)

// A Lookup read before a batch of additions and refreshed after each gives
// what a fresh Candidates gives, also when the additions fill posting lists
// (MaxPosting) and push older candidates past the cap (MaxCandidates).
func TestLookupRefresh(t *testing.T) {
	docs := newSynth(5).corpus(600)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	for _, opts := range []Options{{}, {MaxPosting: 4, MaxCandidates: 3}} {
		ix := NewIndex(opts)
		refreshed := 0
		for start := 0; start < len(docs); start += 40 {
			batch := fps[start:min(start+40, len(fps))]
			ix.Mark()
			ls := make([]*Lookup, len(batch))
			for i, fp := range batch {
				ls[i] = ix.Lookup(fp)
			}
			for i, fp := range batch {
				before := ls[i].Candidates(ix)
				ix.Refresh(ls[i])
				got, want := ls[i].Candidates(ix), ix.Candidates(fp)
				if !slices.Equal(got, want) {
					t.Fatalf("%+v: article %d: refreshed %v, fresh %v", opts, start+i, got, want)
				}
				if !slices.Equal(before, want) {
					refreshed++
				}
				if i%3 != 2 { // leave some out, as dedup adds only new clusters
					ix.Add(docs[start+i].id, fp)
				}
			}
		}
		if refreshed == 0 {
			t.Errorf("%+v: no refresh changed the candidates: the test does not test it", opts)
		}
	}
}
