package dedup

import (
	"slices"
	"testing"
)

func TestSynonymClasses(t *testing.T) {
	a := NewFingerprint("", "The company bought a big factory near the harbour.")
	b := NewFingerprint("", "The company purchased a large factory near the harbour.")
	if slices.Equal(a.Stems, b.Stems) {
		t.Fatalf("stems equal, want different")
	}
	if !slices.Equal(a.classes, b.classes) {
		t.Errorf("classes differ: %v and %v", a.classes, b.classes)
	}
	x, y := &a.Sentences[0], &b.Sentences[0]
	if s, n := pairSim(x, y, true), pairSim(x, y, false); s <= n {
		t.Errorf("similarity with synonyms %.2f, without %.2f, want higher with", s, n)
	}
	// A sentence about something else gains nothing.
	c := NewFingerprint("", "The company sold a small office near the station.")
	if s, n := pairSim(x, &c.Sentences[0], true), pairSim(x, &c.Sentences[0], false); s != n {
		t.Errorf("unrelated sentence: similarity %.2f with synonyms, %.2f without, want equal", s, n)
	}
}
