package dedup

import (
	"strings"
	"testing"
)

// Two outlets' versions of the ferry release, each with its own reporting
// set in place of a passage of the release the other kept: the gazette
// drops the engineers' inspection and sets its reporter's two witnesses
// there; the radio, which retells most of the release, drops the
// councillor's sentence and sets its listeners' two reports there. Each
// side's own sentences stand in a gap of the alignment where the other has
// a sentence of its own too (the release's sentence it kept), none where
// the other has nothing, so before the rule neither side counted as
// reporting of its own and the pair stayed a rewrite. Each names what the
// other never mentions, at two sentences or more: a copy makes up no one's
// reporting, so two texts that each set such reporting among what they
// share each had a source besides the other.
//
// A copy that replaced one passage of its original with two sentences of
// its own reporting stays a rewrite: the original's side there is the
// passage the copy dropped, one sentence (naming the councillor). So does
// the pair whose second outlet's lines are made of the release's words,
// and the same shape between an excerpt and its source is left alone (an
// excerpt's host text stands around a passage taken in pieces).
// ferryLater is the rest of the release, as the gazette kept it and as
// the radio retold it.
var (
	ferryLater = []string{
		"Estuary Lines said it would refund the fares of every passenger on board and offer each a free return crossing.",
		"The company also said it would publish the findings of the engineers' inspection on its website next week.",
		"The Saltmarsh crossing carries about four hundred people a day in summer and half as many in winter.",
		"Passengers with questions about refunds were asked to call the company's office at the harbour.",
	}
	ferryLaterRetold = []string{
		"Every passenger on board will have the fare refunded and be offered a free return crossing, Estuary Lines said.",
		"Findings of the engineers' inspection will be published on the company website next week, it added.",
		"About four hundred people a day use the Saltmarsh crossing in summer, and half as many in winter.",
		"Anyone with questions about refunds was asked to call the company's harbour office.",
	}
)

func TestOwnReportingWhereEachReplaced(t *testing.T) {
	gazette := func(own []string) *Fingerprint {
		s := append(append([]string{}, ferryReport[:4]...), own...)
		s = append(append(s, ferryReport[5:]...), ferryLater...)
		return NewFingerprint("Ferry breaks down in the estuary", strings.Join(s, " "))
	}
	radio := func(own []string) *Fingerprint {
		s := append(append([]string{}, ferryRetold[:3]...), ferryReport[3:6]...)
		s = append(append(s, own...), ferryReport[7])
		s = append(append(s, ferryRetold[8:]...), ferryLaterRetold...)
		return NewFingerprint("Ninety stranded as estuary ferry fails", strings.Join(s, " "))
	}
	whole := NewFingerprint("Ferry breaks down in the estuary", strings.Join(append(append([]string{}, ferryReport...), ferryLater...), " "))
	tests := []struct {
		name      string
		a, b      *Fingerprint
		shared    bool
		needsRule bool
	}{
		{"each outlet's reporting where the other kept the release", gazette(gazetteWitnesses), radio(radioListeners), true, true},
		{"a copy that replaced the councillor with its listeners", whole, radio(radioListeners), false, false},
		{"the radio's lines made of the release's words", gazette(gazetteWitnesses), radio(releaseWords), false, false},
	}
	for _, tt := range tests {
		m := Compare(tt.a, tt.b)
		checkOwnReporting(t, tt.name, m, tt.shared)
		if !tt.needsRule {
			continue
		}
		// Without the rule the pair is a rewrite: neither side sets a
		// sentence of its own where the other has nothing, and no
		// earlier rule decides it.
		insA, insB := insertedOwn(tt.a, tt.b, m.AlignedSentences)
		if ownWriting(tt.a, tt.b, m.AlignedSentences) || alone(insA) >= minOwnSentences && alone(insB) >= minOwnSentences ||
			aloneAmong(insA) > 0 || aloneAmong(insB) > 0 || reportsOwn(tt.a, tt.b, insA, insB, false) {
			t.Errorf("%s: an earlier rule decides it; the test needs a pair they do not", tt.name)
		}
	}
}
