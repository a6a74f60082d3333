package dedup

import (
	"strings"
	"testing"
)

// An outlet's own reporting set where the other outlet kept a part of the
// release it dropped: two invented outlets' versions of the ferry release.
// The gazette sets two sentences of its own (naming its reporter's
// witnesses) where the radio has nothing; the radio drops the
// councillor's sentence and sets its own listeners' report in its place,
// between two sentences both keep word for word. Before the rule the
// radio's sentences stood in a gap where the gazette has a sentence too
// (the councillor's), so only the gazette counted as reporting of its own,
// and the pair stayed a copy. The same with the radio's sentences made of
// the release's words, or with the gazette's own reporting one line, stays
// a copy.
var (
	gazetteWitnesses = []string{
		"The Brackwater Gazette spoke to Tobias Wren, a retired teacher, as he came ashore at the harbour wall.",
		"Another passenger, Ilse Morrow, said she had missed a hospital appointment in Kingsferry because of the delay.",
	}
	radioListeners = []string{
		"Listeners to Coastline FM reported seeing the lifeboat leave the harbour shortly after nine.",
		"One of them, Dafydd Pryce, said the ferry had been drifting towards the Greystone sandbanks.",
	}
	releaseWords = []string{
		"The ferry that broke down on Tuesday was towed back to the harbour by the lifeboat crew, the operator said.",
		"Passengers on the ferry waited on the open deck for nearly three hours before the lifeboat towed it back.",
	}
)

func TestOwnReportingWhereTheOtherDropped(t *testing.T) {
	gazette := func(own []string) *Fingerprint {
		return NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, own))
	}
	radio := func(own []string) *Fingerprint {
		s := append(append([]string{}, ferryRetold[:3]...), ferryReport[3:6]...)
		s = append(append(s, own...), ferryReport[7])
		s = append(s, ferryRetold[8:]...)
		return NewFingerprint("Ninety stranded as estuary ferry fails", strings.Join(s, " "))
	}
	tests := []struct {
		name      string
		a, b      *Fingerprint
		shared    bool
		needsRule bool
	}{
		{"the radio's own reporting where the gazette kept the councillor", gazette(gazetteWitnesses), radio(radioListeners), true, true},
		{"the radio's lines made of the release's words", gazette(gazetteWitnesses), radio(releaseWords), false, false},
		{"the gazette's own reporting one line", gazette(gazetteWitnesses[:1]), radio(radioListeners), false, false},
	}
	for _, tt := range tests {
		m := Compare(tt.a, tt.b)
		checkOwnReporting(t, tt.name, m, tt.shared)
		// Without the rule the pair is a copy: the radio sets nothing of
		// its own where the gazette has nothing.
		if tt.needsRule {
			insA, insB := insertedOwn(tt.a, tt.b, m.AlignedSentences)
			if ownWriting(tt.a, tt.b, m.AlignedSentences) || alone(insA) >= minOwnSentences && alone(insB) >= minOwnSentences || aloneAmong(insB) > 0 {
				t.Errorf("%s: an earlier rule decides it; the test needs a pair they do not", tt.name)
			}
		}
	}
}

// aloneAmong counts the sentences of ins standing among what the two
// texts share where the other has nothing.
func aloneAmong(ins []inserted) int {
	n := 0
	for _, x := range ins {
		if x.among && x.alone {
			n++
		}
	}
	return n
}

// checkOwnReporting checks that m relates the pair, as shared-source for
// its own reporting when shared, else as something else.
func checkOwnReporting(t *testing.T, name string, m Match, shared bool) {
	t.Helper()
	if got := m.Kind == "shared-source"; got != shared {
		t.Errorf("%s: got %q (%q), want shared-source %v", name, m.Kind, m.Why, shared)
	}
	if shared && m.Why != whyOwnReporting {
		t.Errorf("%s: reason %q, want %q", name, m.Why, whyOwnReporting)
	}
	if m.Kind == "" {
		t.Errorf("%s: no relation, want one", name)
	}
}
