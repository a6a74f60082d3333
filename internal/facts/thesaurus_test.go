package facts

import (
	"slices"
	"testing"
)

// TestThesaurusSwaps: a quote whose words a thesaurus put for others, in
// any of their senses, a phrase for a word or a word for a phrase, says
// the same; a word of another meaning, a number or a negation still differs.
func TestThesaurusSwaps(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"we put a conference table in front of the door", "we put a conference mesa in front of the door", false},
		{"for more than three decades the act has protected the marsh", "for more than three decennia the act has protected the marsh", false},
		{"i am not somebody that is above scrutiny", "i am not somebody that is in a higher place scrutiny", false},
		{"a revolver was recovered near the pier", "a six-gun was found near the pier", false},
		{"the task is to keep her there for the 90 days", "the task is to keep her there for the 90 twenty-four hour periods", false},
		{"we put a conference table in front of the door", "we put a conference chair in front of the door", true},
		{"the ferry was seized near the pier", "the ferry was sunk near the pier", true},
		{"we counted 12 boats in the bay", "we counted 14 boats in the bay", true},
		{"the bridge is safe to cross", "the bridge is not safe to cross", true},
	}
	for _, c := range cases {
		if got := substantive(foldQuote(c.a), foldQuote(c.b)); got != c.want {
			t.Errorf("substantive(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestCloseSwaps: a translator's or a thesaurus's word one step from the
// other's in WordNet, a verb for its hypernym or an adjective for another
// of its small cluster, says the same; an antonym's neighbour, a word built
// on the other, a colour for a colour, a noun for a noun of the same kind,
// a light verb for a small one, still differ.
func TestCloseSwaps(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"the harbour board will safeguard the rights of the crews concerned", "the harbour board will protect the rights of the crews involved", false},
		{"a huge crowd of ferry workers gathered", "a large crowd of ferry workers gathered", false},
		{"the marsh wardens identified the driver", "the marsh wardens misidentified the driver", true},
		{"the ferry was painted red in the yard", "the ferry was painted blue in the yard", true},
		{"a rifle was recovered near the pier", "a pistol was recovered near the pier", true},
		{"our thoughts are with the ferryman who lost his wife", "our thoughts go out to the ferryman and his wife", true},
	}
	for _, c := range cases {
		if got := substantive(foldQuote(c.a), foldQuote(c.b)); got != c.want {
			t.Errorf("substantive(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Through quoteRows: one statement in two translations is no row.
	variant := func(text, src string) QuoteVariant {
		return QuoteVariant{Text: text, Direct: true, Sources: []string{src}, Articles: []string{src}}
	}
	rows := quoteRows([]StoryQuote{{Speaker: "Harbour Board", Variants: []QuoteVariant{
		variant("The board will resolutely safeguard the lawful interests of the crews concerned.", "Orig Post"),
		variant("The board will resolutely protect the lawful interests of the crews involved.", "Spin Daily"),
	}}}, nil, oneFamily("Orig Post", "Spin Daily"), nil)
	if len(rows) != 0 {
		t.Errorf("one statement, a verb for its hypernym and an adjective for its cluster's: want no row, got %+v", rows)
	}
}

// TestQuoteRowsThroughThird: two copies that each changed a quote of their
// original in nothing of substance (one a typo, the other synonyms) differ
// only through their two changes: no row. A number one copy changed is a
// row, whatever the third wording.
func TestQuoteRowsThroughThird(t *testing.T) {
	variant := func(text, src string) QuoteVariant {
		return QuoteVariant{Text: text, Direct: true, Sources: []string{src}, Articles: []string{src}}
	}
	rows := quoteRows([]StoryQuote{{Speaker: "Ada Brill", Variants: []QuoteVariant{
		variant("This is such a departure from the spirit of the harbour act that we wonder who wrote it.", "Orig Post"),
		variant("This is such a depatrure from the spirit of the harbour act that we wonder who wrote it.", "Typo Times"),
		variant("This is such a going from the spirit of the harbour act that we admiration who wrote it.", "Spin Daily"),
	}}}, nil, oneFamily("Orig Post", "Typo Times", "Spin Daily"), nil)
	if len(rows) != 0 {
		t.Errorf("a typo and a spin of one quote: want no row, got %+v", rows)
	}
	rows = quoteRows([]StoryQuote{{Speaker: "Ada Brill", Variants: []QuoteVariant{
		variant("The 170,000-square-foot hall houses a number of shops, including law offices.", "Orig Post"),
		variant("The 170,004-square-foot hall houses a number of shops, including law offices.", "Edit Times"),
		variant("The 170,000-square-foot hall houses a number of shops, including law business offices.", "Spin Daily"),
	}}}, nil, oneFamily("Orig Post", "Edit Times", "Spin Daily"), nil)
	if len(rows) != 1 || len(rows[0].Values) < 2 {
		t.Fatalf("a number changed in one copy: want one row, got %+v", rows)
	}
	var srcs []string
	for _, v := range rows[0].Values {
		srcs = append(srcs, v.Sources...)
	}
	if !slices.Contains(srcs, "Edit Times") {
		t.Errorf("the row leaves out the changed wording: %+v", rows[0].Values)
	}
}

// TestRespeltNumbers: a number a digit apart is another number, not a
// spelling; a contraction whose apostrophe was lost is the contraction.
func TestRespeltNumbers(t *testing.T) {
	if respelt(foldQuote("the 170,000-square-foot hall"), foldQuote("the 170,004-square-foot hall")) {
		t.Error("170,000 and 170,004 taken for one number respelt")
	}
	if !respelt(foldQuote("he probably realized it"), foldQuote("he probably realised it")) {
		t.Error("realized and realised: want one word respelt")
	}
	// A prefix that makes the opposite is a letter or two, but another word.
	for _, p := range [][2]string{{"we will increase the levy on imported steel next spring", "we will decrease the levy on imported steel next spring"}, {"the count of ballots in the northern district was correct", "the count of ballots in the northern district was incorrect"}, {"the strike by the harbour pilots was legal", "the strike by the harbour pilots was illegal"}} {
		if respelt(foldQuote(p[0]), foldQuote(p[1])) {
			t.Errorf("%q and %q taken for one wording respelt", p[0], p[1])
		}
		if !substantiveQuote(p[0], p[1], substantive) {
			t.Errorf("substantiveQuote(%q, %q) = false: a word turned to its opposite is a change of substance", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"I cant speak for the first", "I can't speak for the first"}, {"we dont know", "we don't know"}, {"it wasnt ours", "it was not ours"}} {
		if a, b := foldQuote(p[0]), foldQuote(p[1]); a != b {
			t.Errorf("foldQuote(%q) = %q, foldQuote(%q) = %q: want one wording", p[0], a, p[1], b)
		}
	}
	if got := foldQuote("as was his wont"); got != "as was his wont" {
		t.Errorf("foldQuote(wont) = %q, want the word kept", got)
	}
}
