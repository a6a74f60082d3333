package dedup

import (
	"strings"
	"testing"
)

// ferryRetold is ferryReport told by another outlet: each sentence in
// other words, the same facts in the same order.
var ferryRetold = []string{
	"On Tuesday morning the Saltmarsh ferry broke down mid-estuary carrying ninety passengers.",
	"After waiting almost three hours, the vessel was towed back to harbour by a Port Ellery lifeboat crew.",
	"No one was injured; passengers waited on the open deck with blankets and hot drinks.",
	"Estuary Lines, which runs the service, blamed a fault in the main engine's cooling system for the breakdown.",
	"Before the ferry returns to its timetable, company engineers will inspect the engine this week.",
	"Commuters who depend on the crossing were advised to use the coastal bus, adding forty minutes to their trip.",
	"Mara Quint, a local councillor, said the ferry had already broken down twice this year and called for a full review.",
	"Last winter the company replaced the ferry's second engine for more than two hundred thousand pounds.",
	"The lifeboat crew acted quickly in difficult conditions, a harbour authority spokesman said.",
	"If repairs are finished in time, the operator expects the service to resume on Friday.",
}

// Each outlet's own reporting.
var (
	gazetteOwn = []string{
		"The Brackwater Gazette spoke to passengers as they came ashore at the harbour wall.",
		"One of them, a retired teacher, said the crew had kept everyone calm and well informed.",
		"Another passenger said she had missed a hospital appointment on the mainland because of the delay.",
	}
	radioOwn = []string{
		"Listeners to Coastline FM reported seeing the lifeboat leave the harbour shortly after nine.",
		"The estuary has strong tides in spring, and sailors say a stalled boat can drift quickly towards the sandbanks.",
		"The coastguard confirmed that it had been told of the breakdown but was not asked to send a helicopter.",
	}
)

// insert returns s with own set in after its first at sentences.
func insert(s []string, at int, own []string) string {
	out := append(append(append([]string{}, s[:at]...), own...), s[at:]...)
	return strings.Join(out, " ")
}

// Two outlets that each told one release (nearly) whole and set three
// sentences of their own reporting into it, each at a point of its own,
// wrote from a common source: shared-source, though each aligns three
// quarters of its sentences with the other (what ownWriting alone asks
// less of). The same three sentences of each standing at one point, in
// place of each other, are a passage the copy rewrote: a rewrite.
func TestOwnInsertedMakesSharedSource(t *testing.T) {
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, gazetteOwn))
	tests := []struct {
		name  string
		other string
		want  string
	}{
		{"each outlet's own sentences at a point of its own", insert(ferryRetold, 7, radioOwn), "shared-source"},
		{"the other's own sentences where the gazette has its own", insert(ferryRetold, 3, radioOwn), "rewrite"},
	}
	for _, tt := range tests {
		other := NewFingerprint("Ninety stranded as estuary ferry fails", tt.other)
		m := Compare(gazette, other)
		if string(m.Kind) != tt.want {
			t.Errorf("%s: got %q, want %s (%d groups aligned, own inserted %v)", tt.name, m.Kind, tt.want,
				len(m.AlignedSentences), ownInserted(gazette, other, m.AlignedSentences))
		}
		if m.Kind == "shared-source" && m.Why != whyOwnInserted {
			t.Errorf("%s: reason %q, want %q", tt.name, m.Why, whyOwnInserted)
		}
		// Without the rule both would be rewrites: each aligns three
		// quarters of its sentences, which ownWriting takes for a copy.
		if ownWriting(gazette, other, m.AlignedSentences) {
			t.Errorf("%s: ownWriting holds: the test needs a pair it does not decide", tt.name)
		}
		if _, n := rewriteShare(gazette, other, m.AlignedSentences); n < minRetoldSentences {
			t.Errorf("%s: %d sentences aligned: the test needs a rewrite by its alignment", tt.name, n)
		}
	}
}
