package facts

import (
	"testing"

	"github.com/copydesk/copydesk"
)

// oneFamily makes the articles ids one family: an original and its copies.
func oneFamily(ids ...string) map[string]string {
	out := map[string]string{}
	for _, id := range ids {
		out[id] = ids[0]
	}
	return out
}

// quoteRowsOf is the quote rows of one speaker's remark given in two
// wordings by the articles "one" and "two", with fam the articles'
// families (nil: independent reports).
func quoteRowsOf(a, b string, fam map[string]string) []Disagreement {
	variant := func(text, id string) QuoteVariant {
		return QuoteVariant{Text: text, Direct: true, Sources: []string{id}, Articles: []string{id}}
	}
	return quoteRows([]StoryQuote{{Speaker: "Ada Brill", Variants: []QuoteVariant{variant(a, "one"), variant(b, "two")}}}, nil, fam, nil)
}

// TestIndependentQuoteFacts: two independent reports' wordings of one
// remark are a row only where they state a fact differently (a number, a
// name or place, a title, a day, a word and its opposite, a negation); a
// copy that rewords its original's quote in words of substance is a row
// whatever it changed.
func TestIndependentQuoteFacts(t *testing.T) {
	cases := []struct {
		name, a, b string
		row        bool // between independent reports
		copyRow    bool // between a copy and its original
	}{
		{"near-synonym nouns and a rephrased close",
			"Staying in jail is not in her nature, which is what she can expect for the rest of her days.",
			"Staying in prison is not her nature. Now she can expect a life in prison.", false, true},
		{"two translations of one statement",
			"The ministry's reckless and gravely misguided course has not fostered a fitting climate for talks between the two navies.",
			"This reckless and gravely wrong course by the ministry did not foster a proper climate for talks between the two fleets.", false, true},
		{"a count put for another",
			"We counted forty boats in the harbour at dawn, and more came in later.",
			"We counted 14 boats in the harbour at dawn, and more came in later.", true, true},
		{"a count added on one side only is a detail",
			"We counted the boats in the harbour at dawn, and more came in later.",
			"We counted 40 boats in the harbour at dawn, and more came in later.", false, true},
		{"a count told exactly and vaguely",
			"We counted three boats in the harbour at dawn, and more came in later.",
			"We counted several boats in the harbour at dawn, and more came in later.", false, false},
		{"a place put for another",
			"The order to close the yard came from Kessel, not from the board.",
			"The order to close the yard came from Tarnow, not from the board.", true, true},
		{"a name spelt two ways",
			"I spoke with Yiannis about the yard before the vote.",
			"I spoke with Giannis about the yard before the vote.", false, true},
		{"ordinary words that can head a title",
			"That is a major problem for the crews in the yard this winter.",
			"That is a general problem for the crews in the yard this winter.", false, true},
		{"a sentence's first word is no name",
			"Crowds gathered at the gate of the yard before the vote.",
			"Workers gathered at the gate of the yard before the vote.", false, true},
		{"a title put for another",
			"I told the mayor about the leak before anyone else knew about it.",
			"I told the governor about the leak before anyone else knew about it.", true, true},
		{"a day put for another",
			"The crews will return to the yard on Tuesday, once the repairs are done.",
			"The crews will return to the yard on Friday, once the repairs are done.", true, true},
		{"a day named by its distance from today",
			"The crews will return to the yard tomorrow, once the repairs are done.",
			"The crews will return to the yard today, once the repairs are done.", true, true},
		{"a number against a vague count beside another number put for another",
			"We counted forty boats and several barges in the harbour at dawn.",
			"We counted 14 boats and several barges in the harbour at dawn.", true, true},
		{"a word put for its opposite",
			"The council rejected the harbour plan after a long night of talks.",
			"The council accepted the harbour plan after a long night of talks.", true, true},
		{"a negation one side makes",
			"We will sign the harbour deal with the crews this week.",
			"We will not sign the harbour deal with the crews this week.", true, true},
		{"one negation in two wordings",
			"We have no word on the cause or the timing of the collapse.",
			"We just don't have any clue at all about the cause or the timing of the collapse.", false, true},
	}
	for _, c := range cases {
		if got := len(quoteRowsOf(c.a, c.b, nil)) > 0; got != c.row {
			t.Errorf("%s, independent reports: row %v, want %v", c.name, got, c.row)
		}
		if got := len(quoteRowsOf(c.a, c.b, oneFamily("one", "two"))) > 0; got != c.copyRow {
			t.Errorf("%s, a copy and its original: row %v, want %v", c.name, got, c.copyRow)
		}
	}
}

// TestTwoRemarksNoRow: one speaker's two remarks that share a few words
// and give two numbers are two remarks, not one in two wordings: no row,
// however the reports relate. They are matched on what they say, not on
// who says it.
func TestTwoRemarksNoRow(t *testing.T) {
	a := "Forty officers searched the depot overnight."
	b := "We found 12 stolen cars at the depot, and their owners were told overnight."
	if got := quoteRowsOf(a, b, nil); len(got) > 0 {
		t.Errorf("two remarks of one speaker, independent reports: want no row, got %+v", got)
	}
	if got := quoteRowsOf(a, b, oneFamily("one", "two")); len(got) > 0 {
		t.Errorf("two remarks of one speaker, a copy and its original: want no row, got %+v", got)
	}
}

// TestQuoteFamilies: a copy's copy is in its original's family, whatever
// order the relations come in, so a quote the second copy reworded against
// the original (the first copy left the quote out) is a copy's change, not
// an independent wording.
func TestQuoteFamilies(t *testing.T) {
	rels := []copydesk.Relation{{From: "two", To: "three"}, {From: "one", To: "two"}, {From: "four", To: "five"}}
	fam := families(rels)
	if fam["one"] != fam["three"] || fam["one"] != fam["two"] {
		t.Errorf("a chain of copies is one family: %v", fam)
	}
	if fam["one"] == fam["four"] {
		t.Errorf("two chains are two families: %v", fam)
	}
	rev := families([]copydesk.Relation{rels[2], rels[1], rels[0]})
	for a, f := range fam {
		if rev[a] != f {
			t.Errorf("families depend on the relations' order: %v and %v", fam, rev)
			break
		}
	}
	variant := func(text, id string) QuoteVariant {
		return QuoteVariant{Text: text, Direct: true, Sources: []string{id}, Articles: []string{id}}
	}
	q := []StoryQuote{{Speaker: "Ada Brill", Variants: []QuoteVariant{
		variant("It is not in her nature to sit in a cell for the rest of her life.", "one"),
		variant("It is not in her nature to sit in a cell until the harbour board meets again.", "three"),
	}}}
	if got := quoteRows(q, nil, fam, nil); len(got) != 1 {
		t.Errorf("a copy's copy reworded the quote: want one row, got %+v", got)
	}
	if got := quoteRows(q, nil, families(nil), nil); len(got) != 0 {
		t.Errorf("independent reports that state no fact differently: want no row, got %+v", got)
	}
}
