package facts

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// The pier reports below are invented: two outlets' reports of one council
// release ("pier-a", "pier-b") that give the cracked piles two counts, and
// three other outlets' reports of the last crossing ("crossing-*") that
// give its passengers two counts.
var (
	pierA = "The Westmoor harbour council said the north ferry pier will close for repairs from the first of May until the end of August. " +
		"Engineers found cracks in three of the timber piles that carry the pier deck during a routine inspection carried out last month. " +
		"Ferries to Calder Island will sail from the south quay while the work goes on. " +
		`"These piles have stood for sixty years, and the new ones will keep the pier open for the next fifty," harbour master Ellen Quayle said.`
	pierB = "The Westmoor harbour council said the north ferry pier will close for repairs from the first of May until the end of August. " +
		"Engineers found cracks in five of the timber piles that carry the pier deck during a routine inspection carried out last month. " +
		"Ferries to Calder Island will sail from the south quay while the work goes on. " +
		`"These piles have stood for seventy years, and the new ones will keep the pier open for the next fifty," harbour master Ellen Quayle said.`
	crossing = func(n string) string {
		return "The last ferry to leave the north pier before the closure carried " + n + " passengers to Calder Island on Sunday evening, the operator said."
	}
)

// pierFacts extracts the invented pier and crossing reports.
func pierFacts() []*Facts {
	pub := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)
	in := []ArticleInput{
		{ID: "pier-a", Source: "Westmoor Gazette", Text: pierA},
		{ID: "pier-b", Source: "Calder Radio", Text: pierB},
		{ID: "crossing-1", Source: "Island Echo", Text: crossing("120")},
		{ID: "crossing-2", Source: "Quay Daily", Text: crossing("120")},
		{ID: "crossing-3", Source: "Pier Post", Text: crossing("150")},
	}
	var fs []*Facts
	for _, a := range in {
		a.Published = pub
		fs = append(fs, Extract(a))
	}
	return fs
}

// rowOf is the index of the first row of kind whose versions mention word.
func rowOf(ds []Disagreement, kind, word string) int {
	return slices.IndexFunc(ds, func(d Disagreement) bool {
		return d.Kind == kind && slices.ContainsFunc(d.Values, func(v Version) bool { return strings.Contains(v.Text, word) })
	})
}

// TestSharedSourceRanksWithIndependent: the piles two pier reports count
// otherwise make one row naming the relation between the two. A copy
// (duplicate, near-duplicate, excerpt, rewrite, translation) changed that
// count: the row ranks first, before the passengers independent reports
// count otherwise. Two reports written separately from one release differ
// as independent reports do (or one misreports the release): the row names
// them as shared-source and ranks with the independent rows, after the
// passengers three outlets speak of. Each relation kind a case.
func TestSharedSourceRanksWithIndependent(t *testing.T) {
	fs := pierFacts()
	for _, kind := range []copydesk.Kind{copydesk.Duplicate, copydesk.NearDuplicate, copydesk.Excerpt, copydesk.Rewrite, copydesk.Translation, copydesk.SharedSource} {
		t.Run(string(kind), func(t *testing.T) {
			ds := Merge(fs, []copydesk.Relation{{From: "pier-b", To: "pier-a", Kind: kind}}).Disagreements
			piles, passengers := rowOf(ds, KindNumber, "piles"), rowOf(ds, KindNumber, "passengers")
			if piles < 0 || passengers < 0 {
				t.Fatalf("want a row of the piles and one of the passengers, got %+v", ds)
			}
			n := 0
			for _, d := range ds {
				if d.Kind == KindNumber && rowOf([]Disagreement{d}, KindNumber, "piles") == 0 {
					n++
				}
			}
			if n != 1 {
				t.Errorf("the piles make %d rows, want one: %+v", n, ds)
			}
			want := []PairRef{{From: "pier-b", To: "pier-a", Kind: kind}}
			if kind == copydesk.SharedSource {
				want[0].From, want[0].To = "pier-a", "pier-b" // no original: the lesser id first
			}
			if got := ds[piles].Relations; !slices.Equal(got, want) {
				t.Errorf("the piles row names %+v, want %+v", got, want)
			}
			if len(ds[passengers].Relations) != 0 {
				t.Errorf("the passengers row names relations %+v", ds[passengers].Relations)
			}
			if kind == copydesk.SharedSource {
				if piles < passengers {
					t.Errorf("two reports of one source rank at %d, before the passengers independent outlets give (%d): %+v", piles, passengers, ds)
				}
				if ds[piles].copied() {
					t.Errorf("the piles row of two reports of one source counts as a copy's change")
				}
			} else if piles != 0 {
				t.Errorf("a %s changed the piles: the row ranks %d, want first: %+v", kind, piles, ds)
			}
		})
	}
}

// TestSharedSourceQuotes: the harbour master's remark in the two pier
// reports, sixty years against seventy. Quoted by a copy, the wordings are
// the copy's change, first among the rows; quoted by two reports of one
// release, they are two reports' wordings that state a fact differently,
// a quote row naming the pair that ranks with the independent rows (last,
// as quotes do). And a rewording that states no fact differently ("stood"
// against "lasted") is a copy's change but no row between two reports.
func TestSharedSourceQuotes(t *testing.T) {
	fs := pierFacts()
	for _, kind := range []copydesk.Kind{copydesk.Rewrite, copydesk.SharedSource} {
		ds := Merge(fs, []copydesk.Relation{{From: "pier-a", To: "pier-b", Kind: kind}}).Disagreements
		q := rowOf(ds, KindQuote, "piles")
		if q < 0 {
			t.Fatalf("%s: no quote row: %+v", kind, ds)
		}
		if got := ds[q].Relations; len(got) != 1 || got[0].Kind != kind {
			t.Errorf("%s: the quote row names %+v", kind, got)
		}
		if kind == copydesk.Rewrite && q >= rowOf(ds, KindNumber, "passengers") {
			t.Errorf("a rewrite's changed quote ranks %d, after the independent rows: %+v", q, ds)
		}
		if kind == copydesk.SharedSource && q != len(ds)-1 {
			t.Errorf("two reports' quote ranks %d of %d, want last: %+v", q, len(ds), ds)
		}
	}
	// The same remark reworded in words of substance, no fact otherwise.
	pub := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)
	remark := func(id, outlet, verb, adj string) *Facts {
		return Extract(ArticleInput{ID: id, Source: outlet, Published: pub, Text: "The Westmoor harbour council said the north ferry pier will close for repairs in May. " +
			`"These piles have ` + verb + ` for sixty years, and the new ones will keep the pier ` + adj + ` for the next fifty," harbour master Ellen Quayle said.`})
	}
	two := []*Facts{remark("r-a", "Westmoor Gazette", "stood", "open"), remark("r-b", "Calder Radio", "lasted", "busy")}
	for _, tt := range []struct {
		kind copydesk.Kind
		rows int
	}{{copydesk.Rewrite, 1}, {copydesk.SharedSource, 0}} {
		ds := Merge(two, []copydesk.Relation{{From: "r-a", To: "r-b", Kind: tt.kind}}).Disagreements
		if n := len(ds); n != tt.rows {
			t.Errorf("%s: %d rows of the reworded remark, want %d: %+v", tt.kind, n, tt.rows, ds)
		}
	}
}

// TestSharedSourceAnyOrder: the rows of two reports of one source are the
// same whichever of the two was stored first (the relation's From) and in
// whatever order the relations and articles come.
func TestSharedSourceAnyOrder(t *testing.T) {
	fs := pierFacts()
	rels := []copydesk.Relation{
		{From: "pier-a", To: "pier-b", Kind: copydesk.SharedSource},
		{From: "crossing-1", To: "crossing-2", Kind: copydesk.NearDuplicate},
	}
	want, err := json.Marshal(Merge(fs, rels).Disagreements)
	if err != nil {
		t.Fatal(err)
	}
	swapped := []copydesk.Relation{rels[1], {From: "pier-b", To: "pier-a", Kind: copydesk.SharedSource}}
	rev := slices.Clone(fs)
	slices.Reverse(rev)
	got, err := json.Marshal(Merge(rev, swapped).Disagreements)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the reports' rows depend on the order:\n%s\n%s", got, want)
	}
}

// TestRankKinds: a copy's change first whatever its kind, then the rows no
// copy made by kind (numbers, roles, dates, places, a negation or a word
// of opposite meaning two reports of one source give, names, quotes),
// those of two reports of one source among them.
func TestRankKinds(t *testing.T) {
	row := func(kind, subject string, rel copydesk.Kind) Disagreement {
		d := Disagreement{Kind: kind, Subject: subject, Values: []Version{{Text: "x", Sources: []string{"s1"}}, {Text: "y", Sources: []string{"s2"}}}}
		if rel != "" {
			d.Relations = []PairRef{{From: "a", To: "b", Kind: rel}}
		}
		return d
	}
	rows := []Disagreement{
		row(KindQuote, "q", copydesk.SharedSource),
		row(KindNegation, "negation", copydesk.SharedSource),
		row(KindRole, "r", ""),
		row(KindPlace, "p", copydesk.SharedSource),
		row(KindQuote, "q2", copydesk.Rewrite),
		row(KindNumber, "n", copydesk.SharedSource),
		row(KindAntonym, "up / down", copydesk.SharedSource),
		row(KindRole, "r2", copydesk.NearDuplicate),
	}
	rankRows(rows)
	var got []string
	for _, d := range rows {
		got = append(got, d.Subject)
	}
	if want := []string{"q2", "r2", "n", "r", "p", "negation", "up / down", "q"}; !slices.Equal(got, want) {
		t.Errorf("ranked %q, want %q", got, want)
	}
}

// TestOneRoleRow: two reports that give one person two offices in aligned
// sentences make one role row, the one that names the pair (a copy's
// change, or two reports of one source), not a second from the story's
// people that lists the same versions.
func TestOneRoleRow(t *testing.T) {
	pub := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)
	say := func(id, outlet, title string) *Facts {
		return Extract(ArticleInput{ID: id, Source: outlet, Published: pub, Text: "The Westmoor harbour council said the north ferry pier will close for repairs in May. " +
			title + " Tom Berg said the south quay was ready for the ferries."})
	}
	fs := []*Facts{say("r-a", "Westmoor Gazette", "Assistant harbour master"), say("r-b", "Calder Radio", "Deputy harbour master")}
	for _, kind := range []copydesk.Kind{copydesk.Rewrite, copydesk.SharedSource} {
		ds := Merge(fs, []copydesk.Relation{{From: "r-a", To: "r-b", Kind: kind}}).Disagreements
		if len(ds) != 1 || ds[0].Kind != KindRole || len(ds[0].Relations) != 1 || ds[0].Relations[0].Kind != kind {
			t.Errorf("%s: want one role row naming the pair, got %+v", kind, ds)
		}
	}
	// Independent reports: the people's row.
	if ds := Merge(fs, nil).Disagreements; len(ds) != 1 || ds[0].Kind != KindRole || len(ds[0].Relations) != 0 {
		t.Errorf("independent: want the people's role row, got %+v", ds)
	}
}

// TestSharedSourceOwnWords: two reports of one release that each give the
// last crossing's passengers in words of their own (no sentence of one
// the other's, reworded) are independent reports of that count: a row,
// naming the pair. A copy's own line beside its original's is no
// statement of its original (no row), and independent reports give the
// row without a relation.
func TestSharedSourceOwnWords(t *testing.T) {
	pub := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)
	a := Extract(ArticleInput{ID: "o-a", Source: "Westmoor Gazette", Published: pub, Text: pierA +
		" Its operator said 120 passengers travelled on the last crossing, many of them islanders heading home with shopping from the mainland market."})
	b := Extract(ArticleInput{ID: "o-b", Source: "Calder Radio", Published: pub, Text: pierA +
		" A spokeswoman for the operator told us 150 passengers travelled on the last crossing, and the company laid on extra buses at the south quay."})
	for _, tt := range []struct {
		kind copydesk.Kind
		rows int
		rels []PairRef
	}{
		{"", 1, nil},
		{copydesk.SharedSource, 1, []PairRef{{From: "o-a", To: "o-b", Kind: copydesk.SharedSource}}},
		{copydesk.Rewrite, 0, nil},
	} {
		var rels []copydesk.Relation
		if tt.kind != "" {
			rels = []copydesk.Relation{{From: "o-b", To: "o-a", Kind: tt.kind}}
		}
		ds := Merge([]*Facts{a, b}, rels).Disagreements
		if len(ds) != tt.rows {
			t.Errorf("%q: %d rows, want %d: %+v", tt.kind, len(ds), tt.rows, ds)
			continue
		}
		if tt.rows > 0 && !slices.Equal(ds[0].Relations, tt.rels) {
			t.Errorf("%q: the row names %+v, want %+v", tt.kind, ds[0].Relations, tt.rels)
		}
	}
}

// TestSharedSourceBothWays: a rewrite ("c1") of a tanker report ("o")
// turned $100 million of crude oil into $100 billion of "rude oil"; a
// near-duplicate ("c2") of the same report kept the figure, and c1 and c2
// are related as two reports of one source. The change is one fact, one
// row: the rewrite's, naming the pair of reports too. Compared only from
// c1 (the lesser id), the pair's row would be about "rude oil" (c1's words)
// and stand beside the rewrite's row about crude oil.
func TestSharedSourceBothWays(t *testing.T) {
	pub := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)
	tanker := func(id, outlet, what string) *Facts {
		return Extract(ArticleInput{ID: id, Source: outlet, Published: pub, Text: "Among the captured vessels is a Kessel supertanker loaded with " + what +
			", the Tarn Star, seized by pirates off the coast last week. The owners said the crew of twenty-five were safe."})
	}
	fs := []*Facts{
		tanker("o", "Kessel Post", "$100 million of crude oil"),
		tanker("c1", "Spin Daily", "$100 billion of rude oil"),
		tanker("c2", "Tarn Times", "$100 million of crude oil"),
	}
	rels := []copydesk.Relation{
		{From: "o", To: "c1", Kind: copydesk.Rewrite},
		{From: "o", To: "c2", Kind: copydesk.NearDuplicate},
		{From: "c2", To: "c1", Kind: copydesk.SharedSource},
	}
	ds := Merge(fs, rels).Disagreements
	if len(ds) != 1 {
		t.Fatalf("want one row of the oil's worth, got %d: %+v", len(ds), ds)
	}
	want := []PairRef{{From: "o", To: "c1", Kind: copydesk.Rewrite}, {From: "c1", To: "c2", Kind: copydesk.SharedSource}}
	if !slices.Equal(ds[0].Relations, want) || !strings.Contains(ds[0].Values[0].Text, "million") {
		t.Errorf("the row %+v, want relations %+v and the original's value first", ds[0], want)
	}
}
