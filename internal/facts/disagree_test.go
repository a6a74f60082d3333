package facts

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// TestOneRowPerFact: independent articles that give a count three ways
// make one row listing the three versions with their sources, and values
// written differently but equal (six and 6, 23 October and October 23,
// 5 miles and 8 km) are no disagreement.
func TestOneRowPerFact(t *testing.T) {
	pub := time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	texts := map[string]string{
		"a": "Police in Kestrel seized 12 rifles from the warehouse on 23 October, the inspector said. The convoy drove 5 miles to the depot.",
		"b": "Police in Kestrel seized six rifles from the warehouse on October 23, the inspector said. The convoy drove 8 km to the depot.",
		"c": "Police in Kestrel seized 6 rifles from the warehouse on 23 October, the inspector said.",
		"d": "Police in Kestrel seized 14 rifles from the warehouse on October 23, the inspector said.",
		"e": "Police in Kestrel seized fourteen rifles from the warehouse on October 23, according to the inspector.",
	}
	var fs []*Facts
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Text: texts[id]}))
	}
	sf := Merge(fs, nil)
	var rows []Disagreement
	for _, d := range sf.Disagreements {
		if d.Kind == KindNumber {
			rows = append(rows, d)
		}
		if d.Kind == KindDate {
			t.Errorf("23 October and October 23 are one day: %+v", d)
		}
	}
	if len(rows) != 1 {
		t.Fatalf("want one number row (the rifles; 5 miles is 8 km), got %d: %+v", len(rows), rows)
	}
	var got []string
	for _, v := range rows[0].Values {
		got = append(got, strings.Join(v.Articles, ","))
	}
	sort.Strings(got)
	if want := []string{"a", "b,c", "d,e"}; !reflect.DeepEqual(got, want) {
		t.Errorf("versions by article %q, want %q: %+v", got, want, rows[0].Values)
	}
}

// TestCopyChainOneRow: a count that several originals give one way and a
// copy another, and that a copy of the copy changes again, is one row
// listing every version and every copy pair.
func TestCopyChainOneRow(t *testing.T) {
	pub := time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	say := func(n string) string {
		return "Should the Kestrel club pay more than $" + n + " million a season for the striker? The board met on the quay to weigh the bid."
	}
	texts := map[string]string{"a": say("22"), "b": say("25"), "c": say("25"), "d": say("28")}
	var fs []*Facts
	for _, id := range []string{"a", "b", "c", "d"} {
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Text: texts[id]}))
	}
	rels := relList{{From: "a", To: "b", Kind: "near-duplicate"}, {From: "a", To: "c", Kind: "near-duplicate"},
		{From: "b", To: "d", Kind: "near-duplicate"}, {From: "c", To: "d", Kind: "near-duplicate"}}.rel()
	var rows []Disagreement
	for _, d := range Merge(fs, rels).Disagreements {
		if d.Kind == KindNumber {
			rows = append(rows, d)
		}
	}
	if len(rows) != 1 {
		t.Fatalf("want one row for the fee, got %d: %+v", len(rows), rows)
	}
	var got []string
	for _, v := range rows[0].Values {
		got = append(got, v.Text+" "+strings.Join(v.Articles, ","))
	}
	if want := []string{"$22 million a", "$25 million b,c", "$28 million d"}; !reflect.DeepEqual(got, want) {
		t.Errorf("versions %q, want %q", got, want)
	}
	if len(rows[0].Relations) != 4 {
		t.Errorf("want the four copy pairs listed, got %+v", rows[0].Relations)
	}
}

// TestSubstantive: two wordings of one quote are a disagreement when they
// differ in what they say, not when one is a longer excerpt, fills the
// other's elision, or changes only small words, tense or spelling.
func TestSubstantive(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"nothing in the plan relieves the council of its duty", "nothing in this plan relieves the council of its duty", false},
		{"the flood progressed rapidly through the mill", "the flood has progressed rapidly through the mill", false},
		{"the work of our engineers including right here in the harbour office will be respected",
			"the work of our engineers including here at the harbour office will be respected", false},
		{"i chose to act because i felt we were not improving the way we wanted to improve",
			"i felt we were not improving the way we had wanted to improve", false},
		{"with careful budgets we can grow the port today and keep the marsh",
			"we can grow the port today … and keep the marsh for our children and their children", false},
		{"he probably realized it was over", "he probably realised it was over", false},
		{"our thoughts are with the ferryman who lost his wife", "our thoughts go out to the ferryman and his wife", true},
		{"we will ratchet down tensions in the strait", "we will increase tensions in the strait", true},
		{"the bridge is safe to cross", "the bridge is not safe to cross", true},
		{"we counted 12 boats in the bay", "we counted 14 boats in the bay", true},
		{"the mayor said the dam will hold", "the mayor said the dam may fail", true},
		{"she passed away at 6:41pm PST this evening (0241 GMT Friday)", "she passed away at 18:41 this evening (02:41 GMT Friday)", false},
		{"the ferry left at 6.15 a.m. sharp", "the ferry left at 06:15 sharp", false},
		{"the ferry left at 6:15 am sharp", "the ferry left at 8:15 am sharp", true},
		{"lanterns and rakes aren't going to be needed", "lanterns and rakes are not going to be needed", false},
		{"we won't stop and we can't stop", "we will not stop and we cannot stop", false},
		{"we're sure", "we are not sure", true},
		{"we saw three boats near the pier", "we saw several boats near the pier", false},
		{"we saw three boats near the pier", "we saw five boats near the pier", true},
		// A partial quote that starts later: only as many words as it has
		// before the shared part are compared.
		{"our harbour is on the brink of ruin", "reached the brink of ruin", false},
		{"ten sailors drowned in the storm", "twelve sailors drowned in the storm", true},
		{"the mayor said the levee broke at dawn", "the levee broke at dawn and flooded the mill", false},
	}
	for _, c := range cases {
		if got := substantive(foldQuote(c.a), foldQuote(c.b)); got != c.want {
			t.Errorf("substantive(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Whole quotes, sentence by sentence: a sentence only one quotes is
	// an excerpt's choice; sentences alike are compared.
	quotes := []struct {
		a, b string
		want bool
	}{
		{"The cutter immediately altered course towards the skiffs and challenged them. On seeing its resolve, the skiffs turned and fled.",
			"The cutter immediately altered towards the skiffs and challenged them. While two escaped, the cutter stopped the other three.", false},
		{"The flares, being unstable, were thrown overboard. The 23 smugglers were taken on board, to be handed over to appropriate ashore authorities.",
			"handed over to appropriate authorities ashore.", false},
		{"I've done enough of everything for a lifetime! I sailed. I sang. I don't need to do any of that anymore.",
			"No. I've done enough for a lifetime of everything. I don't need to do anything anymore.", false},
		{"Our thoughts are with the ferryman who lost his wife. We will rebuild.", "Our thoughts go out to the ferryman and his wife.", true},
	}
	for _, c := range quotes {
		if got := substantiveQuote(c.a, c.b, substantive); got != c.want {
			t.Errorf("substantiveQuote(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Past maxAligned words the wordings are compared as bags, in bounded
	// time: the same long quote with one word changed is none.
	long := strings.Repeat("the tide came over the wall and ", maxAligned/7+10)
	if substantive(long+"the town held", long+"this town held") {
		t.Errorf("a long quote with one small word changed is no disagreement")
	}
	if !substantive(long+"the town held", long+"the town drowned quickly") {
		t.Errorf("a long quote with its ending changed is a disagreement")
	}
}

// TestDisagreementsAsRead: rows that reading real stories showed wrong are
// gone (two people of one surname, a partial quote), and rows a reader
// wants appear (a count stated with the same words next to it, two chief
// officer titles).
func TestDisagreementsAsRead(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	texts := map[string]string{
		"a": "The gunman shot Deputy Sheriff Jerry Halloran outside a Marrowby apartment building in 2019. " +
			"The Harbour Board proposed the new quay rules in May and since has received nearly 3,000 objections, the vast majority opposing the changes. " +
			"\"We cannot keep building where the tide decides,\" said Harbour Board CEO Anna Pell.",
		"b": "The agency received nearly 2,400 objections on the quay proposal, at least 2,000 of which were form letters decrying the rule. " +
			"\"I'm relieved that it's over,\" said 17-year-old Jeremy Halloran, the deputy's son. " +
			"\"He murdered Deputy Sheriff Jerry Halloran,\" the prosecutor said. " +
			"\"We cannot keep building where the tide decides for us, and we will not,\" said Harbour Board COO Anna Pell.",
		"c": "\"It was kind of reliving the nightmare,\" said Jeremy Halloran. " +
			"Early in March the Lowland navy had captured eight smugglers near the harbour.",
		"d": "The coast guard has captured 23 smugglers who threatened a ferry off Marrowby.",
	}
	var fs []*Facts
	for _, id := range []string{"a", "b", "c", "d"} {
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Text: texts[id]}))
	}
	sf := Merge(fs, nil)
	got := map[string][]string{}
	for _, d := range sf.Disagreements {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, v.Text)
		}
		got[d.Kind] = append(got[d.Kind], d.Subject+": "+strings.Join(vs, " / "))
	}
	want := map[string][]string{
		KindNumber: {"objections: 3,000 objections / 2,400 objections"},
		KindRole:   {"Anna Pell: Harbour Board CEO / Harbour Board COO"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}

// TestNameSpellings: one person's name spelt two ways by two articles
// ("Jon" and "John", a transliteration "Yiannis" and "Giannis") is one
// name, not a disagreement.
func TestNameSpellings(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, names := range [][2]string{{"Jon Marsh", "John Marsh"}, {"Yiannis Pelloras", "Giannis Pelloras"}} {
		a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub, Text: "\"The quay will hold through the winter,\" said " + names[0] + "."})
		b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub, Text: "\"The quay will hold through the winter,\" said " + names[1] + "."})
		for _, d := range Merge([]*Facts{a, b}, nil).Disagreements {
			t.Errorf("%s / %s: want no row, got %+v", names[0], names[1], d)
		}
	}
}

// TestCopyRoleChanges: a copy that calls an inspector the police
// spokesman changed no fact (an inspector may speak for the police); a
// copy that makes the mayor a governor did.
func TestCopyRoleChanges(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	orig := "Two climbers died on the Tarn ridge this weekend. Inspector Dave Colley said the deaths were a reminder that climbers needed extreme caution. Mayor Ruth Annand said the hut would close."
	copied := "Two climbers died on the Tarn ridge this weekend. Police spokesman Dave Colley said the deaths were a reminder that climbers needed extreme caution. Governor Ruth Annand said the hut would close."
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub, Text: orig})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub, Text: copied})
	rels := []copydesk.Relation{{From: "a", To: "b", Kind: copydesk.Rewrite}}
	var got []string
	for _, d := range Merge([]*Facts{a, b}, rels).Disagreements {
		if d.Kind == KindRole {
			got = append(got, d.Values[0].Text+" / "+d.Values[1].Text)
		}
	}
	if want := []string{"Mayor / Governor"}; !reflect.DeepEqual(got, want) {
		t.Errorf("role rows %q, want %q", got, want)
	}
}
