package dedup

import (
	"strings"
	"testing"
)

// Two outlets that each set a little reporting of their own into one
// release, among its sentences (two sentences each: fewer than ownInserted
// asks of each side), each naming what the other never mentions (a
// newspaper that spoke to passengers, a radio station's listeners), wrote from a common source: shared-source. The same
// release with lines made of its own words (an attribution given again, a
// line of context), or with the other outlet's reporting after the last
// sentence the two share, where a copy's added tail stands, stays a
// rewrite.
func TestOwnReportingMakesSharedSource(t *testing.T) {
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, gazetteOwn[:2]))
	madeOfText := []string{
		"Estuary Lines confirmed that the Saltmarsh ferry had broken down on Tuesday, the operator said.",
		"Passengers on the stranded ferry were towed to the harbour after hours on the open deck.",
	}
	tests := []struct {
		name  string
		other string
		want  string
	}{
		{"each outlet's own reporting among the release, naming what the other does not", insert(ferryRetold, 7, radioOwn[:2]), "shared-source"},
		{"lines made of the release's own words among it", insert(ferryRetold, 7, madeOfText), "rewrite"},
		{"the other's own reporting after the last shared sentence", insert(ferryRetold, len(ferryRetold), radioOwn[:2]), "rewrite"},
	}
	for _, tt := range tests {
		other := NewFingerprint("Ninety stranded as estuary ferry fails", tt.other)
		m := Compare(gazette, other)
		if string(m.Kind) != tt.want {
			t.Errorf("%s: got %q, want %s (%d groups aligned)", tt.name, m.Kind, tt.want, len(m.AlignedSentences))
		}
		if m.Kind == "shared-source" && m.Why != whyOwnReporting {
			t.Errorf("%s: reason %q, want %q", tt.name, m.Why, whyOwnReporting)
		}
		// The earlier rules leave every case a rewrite: each text aligns
		// more than three quarters of its sentences, and neither sets three
		// of its own where the other has none.
		if ownWriting(gazette, other, m.AlignedSentences) || ownInserted(gazette, other, m.AlignedSentences) {
			t.Errorf("%s: ownWriting or ownInserted holds: the test needs a pair they do not decide", tt.name)
		}
	}
}

// A text that keeps part of another word for word (an excerpt by its
// shares) while each sets reporting of its own among what they share,
// naming what the other never mentions, is shared-source too: two outlets'
// versions of one release, one of them reposting it nearly as it was.
func TestOwnReportingInExcerpt(t *testing.T) {
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, gazetteOwn[:2]))
	s := append(append(append([]string{}, ferryReport[:4]...), radioOwn[:2]...), ferryReport[4:6]...)
	s = append(append(s, radioOwn[2:]...), ferryRetold[6:8]...)
	other := NewFingerprint("Ninety stranded as estuary ferry fails", strings.Join(s, " "))
	m := Compare(gazette, other)
	if m.Kind != "shared-source" || m.Why != whyOwnReporting {
		t.Errorf("got %q (%q), want shared-source by its own reporting", m.Kind, m.Why)
	}
	// The earlier rules leave it an excerpt: it shares runs of 40 words
	// and more, and keeps most of the sentences it aligns as they were.
	if longestRun(gazette, other) < minExcerptRun || mostlyChanged(m.AlignedSentences) {
		t.Errorf("the test needs an excerpt the earlier shared-source rules do not decide")
	}
}
