package dedup

import (
	"strings"
	"testing"
)

// ferryMore continues ferryReport: a release long enough that two outlets
// keeping most of it word for word keep two thirds of each other's words.
var ferryMore = []string{
	"The Saltmarsh ferry carries about four hundred people a day between Port Ellery and the island of Keld.",
	"It was built in 1998 and refitted in the spring of last year after a survey found rust in its hull.",
	"Estuary Lines has run the crossing for eleven years under a contract with the county council.",
	"The contract comes up for renewal next year, and two other operators have said they will bid for it.",
	"Islanders have complained for years about cancelled sailings in winter storms.",
	"A petition calling for a second ferry on the route was signed by more than two thousand people last autumn.",
	"The council said it would discuss the breakdown at its transport committee next month.",
	"Estuary Lines apologised to passengers and said tickets for Tuesday's crossing would be refunded in full.",
}

// Two outlets that each kept most of one release word for word, one of
// them rewording three of its sentences, are one text edited by their
// shares (a near-duplicate turned rewrite by its rewordings); when each
// also set three sentences of its own at a point of its own, they wrote
// from a common source, as with any other rewrite (ownInserted). Without
// their own sentences they stay a rewrite.
func TestRewordedNearDuplicateCheckedForOwnWriting(t *testing.T) {
	release := append(append([]string{}, ferryReport...), ferryMore...)
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(release, 3, gazetteOwn))
	reworded := append([]string{}, release...)
	reworded[1], reworded[4], reworded[8] = ferryRetold[1], ferryRetold[4], ferryRetold[8]
	tests := []struct {
		name  string
		other string
		want  string
	}{
		{"each outlet's own sentences at a point of its own", insert(reworded, 13, radioOwn), "shared-source"},
		{"no sentences of the second outlet's own", strings.Join(reworded, " "), "rewrite"},
	}
	for _, tt := range tests {
		other := NewFingerprint("Ninety stranded as estuary ferry fails", tt.other)
		m := Compare(gazette, other)
		if string(m.Kind) != tt.want {
			t.Errorf("%s: got %q, want %s", tt.name, m.Kind, tt.want)
		}
		// The pair keeps two thirds of each other's words: one text
		// edited by its shares, not an excerpt.
		if min(m.AInB, m.BInA) < minEditedContain {
			t.Errorf("%s: shares %.2f / %.2f: the test needs a near-duplicate by its shares", tt.name, m.AInB, m.BInA)
		}
	}
}

// A copy that moved three of its original's sentences, word for word, out
// of the alignment's order (a paragraph set lower) has them aligned with
// none of the original's, and the original has them where the copy has
// nothing: by the alignment alone each has three sentences the other lacks.
// They are the same sentences, kept in the other word for word, so neither
// is writing of its own: a rewrite, not shared-source.
func TestMovedSentencesAreNotOwnWriting(t *testing.T) {
	orig := NewFingerprint("Ferry breaks down in the estuary", strings.Join(ferryReport, " "))
	moved := append(append(append([]string{}, ferryRetold[3:7]...), ferryReport[0:3]...), ferryRetold[7:]...)
	cp := NewFingerprint("Ninety stranded as estuary ferry fails", strings.Join(moved, " "))
	m := Compare(orig, cp)
	if m.Kind != "rewrite" {
		t.Errorf("got %q (%q), want rewrite", m.Kind, m.Why)
	}
	for _, side := range []struct {
		fp *Fingerprint
		of func(Pair) int
	}{{orig, func(p Pair) int { return p.A }}, {cp, func(p Pair) int { return p.B }}} {
		aligned := map[int]bool{}
		for _, p := range m.AlignedSentences {
			if side.fp.Sentences[side.of(p)].Content {
				aligned[side.of(p)] = true
			}
		}
		if n := contentSentences(side.fp); n-len(aligned) < minOwnSentences || float64(len(aligned)) >= maxSharedCover*float64(n) {
			t.Errorf("%d of %d content sentences aligned: the test needs a pair the alignment alone gives writing of its own", len(aligned), n)
		}
	}
}
