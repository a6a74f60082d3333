package dedup

import "testing"

// Two outlets that each set an account of their own into one release, at a
// point where the other has nothing: the gazette names the harbour master,
// whom the radio never mentions; the radio names no one new and quotes no
// one, but tells of seasickness and oxygen, particulars the gazette never
// gives. A copy names nothing new and makes up no one's words, and what it
// sets among its original's sentences is a line of context or an
// attribution written of common words: neither side is the other's copy,
// so they wrote from a common source. The radio with such lines in place
// of its account stays a rewrite (the line of context has one rare word,
// "unclear"), and so does a radio with one sentence of particulars and an
// attribution.
func TestOwnAccountMakesSharedSource(t *testing.T) {
	gazette := NewFingerprint("Ferry breaks down in the estuary", insert(ferryReport, 3, []string{
		"Harbour master Idris Penhallow said the tide had turned against the lifeboat as it reached the ferry.",
	}))
	tests := []struct {
		name  string
		other string
		want  string
		why   string
	}{
		{"particulars of its own", insert(ferryRetold, 7, []string{
			"Several passengers complained of seasickness during the long wait on the open deck.",
			"One elderly traveller was given oxygen by the lifeboat crew before the tow began.",
		}), "shared-source", whyOwnAccount},
		{"a quotation of its own", insert(ferryRetold, 7, []string{
			`"I have never been so cold in all my life," one commuter told the station.`,
			"Many of the passengers were on their way to work in the town.",
		}), "shared-source", whyOwnAccount},
		{"a line of context and an attribution", insert(ferryRetold, 7, []string{
			"The Saltmarsh ferry has drawn wide attention in recent days, though much remains unclear.",
			"The details came from the operator.",
		}), "rewrite", ""},
		{"one sentence of particulars and an attribution", insert(ferryRetold, 7, []string{
			"Several passengers complained of seasickness during the long wait on the open deck.",
			"The details came from the operator.",
		}), "rewrite", ""},
	}
	for _, tt := range tests {
		other := NewFingerprint("Ninety stranded as estuary ferry fails", tt.other)
		for _, m := range []Match{Compare(gazette, other), Compare(other, gazette)} {
			if string(m.Kind) != tt.want || m.Why != tt.why {
				t.Errorf("%s: got %q (%q), want %s (%q)", tt.name, m.Kind, m.Why, tt.want, tt.why)
			}
		}
		// The earlier rules leave every case a rewrite.
		m := Compare(gazette, other)
		insA, insB := insertedOwn(gazette, other, m.AlignedSentences)
		if ownWriting(gazette, other, m.AlignedSentences) || ownInserted(gazette, other, m.AlignedSentences) ||
			reportsOwn(gazette, other, insA, insB, true) || quotesOwn(gazette, other, insA, insB, useSynonyms, DefaultThresholds().SentenceSim) {
			t.Errorf("%s: an earlier shared-source rule holds: the test needs a pair they do not decide", tt.name)
		}
	}
}

// specificWords counts the lower-case words the other text never uses and
// ordinary English rarely does.
func TestSpecificWords(t *testing.T) {
	other := NewFingerprint("", "The lifeboat crew towed the ferry.")
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"Several passengers complained of seasickness during the long wait.", 2},
		{"One elderly traveller was given oxygen before the tow began.", 1},
		{"The ferry has drawn wide attention in recent days.", 0},
		{"The Lifeboat crew towed the ferry, the Operator said.", 0},
	} {
		if got := specificWords(tt.s, other); got != tt.want {
			t.Errorf("specificWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
