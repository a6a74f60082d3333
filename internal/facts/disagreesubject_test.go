package facts

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// headlineRows is the rows of a story of headline-only items (each text is
// its own title, as a feed gives them), one outlet each, published at pub:
// "kind: version / version".
func headlineRows(pub time.Time, titles ...string) []string {
	var fs []*Facts
	for i, t := range titles {
		id := string(rune('a' + i))
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Title: t, Text: t}))
	}
	return rowTexts(Merge(fs, nil).Disagreements)
}

func rowTexts(ds []Disagreement) []string {
	var out []string
	for _, d := range ds {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, v.Text)
		}
		out = append(out, d.Kind+": "+strings.Join(vs, " / "))
	}
	return out
}

// TestShortTextSubject: between headline-only items a number is one fact
// only when the clause that gives it on one side holds nothing the other
// headline lacks: two lists, the dead of two disasters, are two facts; a
// count both say of one thing in their own words is one.
func TestShortTextSubject(t *testing.T) {
	pub := time.Date(2031, 3, 11, 12, 0, 0, 0, time.UTC)
	for _, c := range [][2]string{
		{"7 Things to Know About the Zentra Fold Phone", "10 Things We Learned at the Zentra Fold Launch"},
		{"5 Reasons the Zentra Fold Will Sell", "3 Reasons to Skip the Zentra Fold"},
		{"Kessel quake kills 40 people in Tarn", "Kessel floods kill 12 people in Tarn"},
		{"Kessel rains leave 40 dead in Tarn valley", "Tarn mudslide leaves 12 dead as Kessel rains go on"},
	} {
		if got := headlineRows(pub, c[0], c[1]); len(got) > 0 {
			t.Errorf("%q and %q are about two things, got rows %q", c[0], c[1], got)
		}
	}
	got := headlineRows(pub, "This Zentra App Can Help You Read Up to 900 Words a Minute", "Reading app Zentra helps readers to read 500 words per minute")
	if want := []string{"number: 900 Words / 500 words"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one reading speed told two ways: rows %q, want %q", got, want)
	}
	// The same sentences as the text of articles with a body: not short
	// texts, the rule does not reach them.
	if !shortText(Extract(ArticleInput{ID: "a", Title: "Kessel quake kills 40", Text: "Kessel quake kills 40"})) ||
		shortText(Extract(ArticleInput{ID: "a", Title: "Kessel quake kills 40", Text: "Kessel quake kills 40. Rescuers dug through the night in Tarn."})) ||
		shortText(Extract(ArticleInput{ID: "a", Text: "Kessel quake kills 40"})) {
		t.Errorf("shortText: a headline-only item is one whose text is no longer than its title")
	}
}

// TestShortTextDates: a headline that dates no happening in the clause of
// its date ("Market Recap: March 11") gives no side of a date row; two that
// date one happening in their own words ("reaches orbit Wednesday", "to
// reach orbit Saturday") do.
func TestShortTextDates(t *testing.T) {
	pub := time.Date(2031, 3, 11, 12, 0, 0, 0, time.UTC)
	for _, c := range [][2]string{
		{"Kessel Grain Market Recap for March 10, 2031", "Kessel Grain Market Recap: March 11, 2031"},
		{"Kessel Grain Market Report, March 10, 2031", "Kessel Grain Market Report March 7, 2031"},
	} {
		if got := headlineRows(pub, c[0], c[1]); len(got) > 0 {
			t.Errorf("%q and %q date two recaps, got rows %q", c[0], c[1], got)
		}
	}
	got := headlineRows(pub, "Tarn Lander Reaches Orbit Wednesday", "Tarn's new lander to reach orbit Saturday")
	if want := []string{"date: Wednesday (2031-03-05) / Saturday (2031-03-08)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one arrival dated two ways: rows %q, want %q", got, want)
	}
	if c := clauseStems("Grain Market Recap: March 11", text.Tokens("Grain Market Recap: March 11"), 20, 28); len(c) != 0 {
		t.Errorf("a date alone in its clause: clause words %v, want none", c)
	}
}

// TestVersionAfterMixedCase: a number after a name written in mixed case is
// its version, no count: "zOS 4.2 update" and "zOS 4 update" are no
// disagreement.
func TestVersionAfterMixedCase(t *testing.T) {
	pub := time.Date(2031, 3, 11, 12, 0, 0, 0, time.UTC)
	if got := headlineRows(pub, "Zentra zOS 4.2 update brings split screen", "Zentra zOS 4 update brings split screen to tablets"); len(got) > 0 {
		t.Errorf("two versions' names are no disagreement, got rows %q", got)
	}
	for _, s := range []string{"zOS 4.2 update brings split screen", "Zentra ships eDesk 7 with a new keyboard"} {
		if f := Extract(ArticleInput{ID: "a", Text: s}); len(f.Numbers) > 0 {
			t.Errorf("%q: a version read as a count: %+v", s, f.Numbers)
		}
	}
	if f := Extract(ArticleInput{ID: "a", Text: "Zentra shipped 7 keyboards to Tarn."}); len(f.Numbers) != 1 {
		t.Errorf("a count after a plain word: numbers %+v, want one", f.Numbers)
	}
}

// TestTwoBodies: one person's offices in two bodies each role names are two
// offices, not two versions of one; two offices in one body disagree.
func TestTwoBodies(t *testing.T) {
	pub := []time.Time{time.Date(2031, 3, 11, 0, 0, 0, 0, time.UTC), time.Date(2031, 3, 11, 0, 0, 0, 0, time.UTC)}
	if got := rowsOf(pub, "Zentra CEO Ada Brisk stepped down on Tuesday after the loss.", "Ada Brisk, Kessel Bank CFO, joined the Zentra board on Tuesday."); len(got) > 0 {
		t.Errorf("offices of two bodies: got rows %q", got)
	}
	got := rowsOf(pub, "Zentra CEO Ada Brisk stepped down on Tuesday after the loss.", "Zentra CFO Ada Brisk stepped down on Tuesday after the loss.")
	if want := []string{"role: Zentra CEO / Zentra CFO"}; !reflect.DeepEqual(got, want) {
		t.Errorf("two offices of one body: rows %q, want %q", got, want)
	}
}

// TestCopyQuoteRanksFirst: a quote a copy reworded in substance is a
// meaning a copy changed: its row carries the copy relation, gives the
// original's wording first and ranks before the numbers independent
// outlets differ on.
func TestCopyQuoteRanksFirst(t *testing.T) {
	pub := time.Date(2031, 3, 11, 9, 0, 0, 0, time.UTC)
	orig := `The Tarn ferry ran aground near the Kessel quay on Monday, stranding 140 passengers for hours. "We will hold the harbour master to account for every hour of this delay," said Ada Brisk, the mayor of Kessel.`
	cp := `The Tarn ferry ran aground near the Kessel quay on Monday, stranding 140 passengers for hours. "We will thank the harbour master for every hour of his help," said Ada Brisk, the mayor of Kessel.`
	other := `The Tarn ferry ran aground near the Kessel quay on Monday, stranding 90 passengers for hours, the coast guard said.`
	fs := []*Facts{
		Extract(ArticleInput{ID: "a", Source: "Orig Post", Published: pub, Text: orig}),
		Extract(ArticleInput{ID: "b", Source: "Spin Daily", Published: pub.Add(time.Hour), Text: cp}),
		Extract(ArticleInput{ID: "c", Source: "Bay Times", Published: pub, Text: other}),
	}
	rels := []copydesk.Relation{{From: "a", To: "b", Kind: copydesk.Rewrite}}
	ds := Merge(fs, rels).Disagreements
	if len(ds) == 0 || ds[0].Kind != KindQuote {
		t.Fatalf("the copy's reworded quote ranks first: rows %q", rowTexts(ds))
	}
	if want := []PairRef{{From: "a", To: "b", Kind: copydesk.Rewrite}}; !reflect.DeepEqual(ds[0].Relations, want) {
		t.Errorf("the quote row's relations %+v, want %+v", ds[0].Relations, want)
	}
	if !strings.HasPrefix(ds[0].Values[0].Text, "We will hold") {
		t.Errorf("the original's wording first: %q", ds[0].Values[0].Text)
	}
	// Rows are ranked with their relations.
	rows := []Disagreement{{Kind: KindNumber, Subject: "passengers", Values: []Version{{Text: "140"}, {Text: "90"}}},
		{Kind: KindQuote, Subject: "Ada Brisk", Values: []Version{{Text: "x"}, {Text: "y"}}, Relations: []PairRef{{From: "a", To: "b"}}}}
	rankRows(rows)
	if rows[0].Kind != KindQuote {
		t.Errorf("rankRows: a copy's quote row after an independent number: %q", rowTexts(rows))
	}
}

// TestOtherNames: two counts whose clauses each name who they are about,
// neither sentence naming the other's, are two facts; one body's count
// told two ways is one.
func TestOtherNames(t *testing.T) {
	pub := []time.Time{time.Date(2031, 3, 11, 0, 0, 0, 0, time.UTC), time.Date(2031, 3, 11, 0, 0, 0, 0, time.UTC)}
	if got := rowsOf(pub, "Kessel Airways cancelled 40 flights on Monday as the storm neared the coast.",
		"Tarn Airways cancelled 120 flights on Monday as the storm neared the coast."); len(got) > 0 {
		t.Errorf("two airlines' flights: got rows %q", got)
	}
	got := rowsOf(pub, "Kessel Airways cancelled 40 flights on Monday as the storm neared the coast.",
		"Kessel Airways cancelled 120 flights on Monday as the storm neared the coast.")
	if want := []string{"number: 40 flights / 120 flights"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one airline's flights told two ways: rows %q, want %q", got, want)
	}
}
