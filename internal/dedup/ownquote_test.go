package dedup

import "testing"

// Two outlets that each set a quotation of their own into one release, at
// a point where the other has nothing, each quoted someone the other did
// not: they wrote from a common source, though each aligns nearly all its
// sentences with the other and neither quotation names anything new (what
// reportsOwn asks). A copy makes up no one's words: the same release with
// a line made of its own words in place of the second quotation, or with
// the first outlet's quotation moved and reworded, stays a rewrite.
func TestOwnQuoteMakesSharedSource(t *testing.T) {
	gazetteQuote := `"We were frightened at first, but the crew kept every one of us calm," said one passenger.`
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, []string{gazetteQuote}))
	tests := []struct {
		name  string
		other string
		want  string
	}{
		{"each quotes someone at a point of its own", insert(ferryRetold, 7, []string{
			`“It was a long and bitterly cold wait out on the water for all of us,” a commuter told the station.`,
		}), "shared-source"},
		{"a line made of the release's words in place of the second quotation", insert(ferryRetold, 7, []string{
			"Passengers waited on the stranded ferry for nearly three hours before the lifeboat towed it in.",
		}), "rewrite"},
		{"the first quotation moved and reworded", insert(ferryRetold, 7, []string{
			`"We were scared at first, yet the crew kept all of us calm," a passenger said.`,
		}), "rewrite"},
	}
	for _, tt := range tests {
		other := NewFingerprint("Ninety stranded as estuary ferry fails", tt.other)
		m := Compare(gazette, other)
		if string(m.Kind) != tt.want {
			t.Errorf("%s: got %q, want %s (%d groups aligned)", tt.name, m.Kind, tt.want, len(m.AlignedSentences))
		}
		if m.Kind == "shared-source" && m.Why != whyOwnQuote {
			t.Errorf("%s: reason %q, want %q", tt.name, m.Why, whyOwnQuote)
		}
		// The earlier rules leave every case a rewrite.
		insA, insB := insertedOwn(gazette, other, m.AlignedSentences)
		if ownWriting(gazette, other, m.AlignedSentences) || ownInserted(gazette, other, m.AlignedSentences) || reportsOwn(gazette, other, insA, insB, true) {
			t.Errorf("%s: an earlier shared-source rule holds: the test needs a pair they do not decide", tt.name)
		}
	}
}

// quotedWords counts the words of the longest quotation in a sentence,
// one begun in an earlier sentence or continued in the next included;
// titles in quotation marks are short.
func TestQuotedWords(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{`“Nobody was hurt, and that is what matters tonight.`, 9},
		{`The crossing will reopen on Friday," the operator told us.`, 6},
		{`"We thank the lifeboat crew (all volunteers) for their help," she said.`, 10},
		{`The councillor has seen "Ferry Tales" and "The Long Crossing" twice.`, 3},
		{`Nobody was quoted in this sentence.`, 0},
	} {
		if got := quotedWords(tt.s); got != tt.want {
			t.Errorf("quotedWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
