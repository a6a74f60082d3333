package facts

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func TestOneName(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"2005 Authorities", "authorities", true},
		{"the navy", "the naval forces", true},
		{"Yiannis Pelloras", "Giannis Pelloras", true},
		{"Pelloras", "Yiannis Pelloras", true},
		{"Ruth Annand", "Dave Colley", false},
		{"Harbour Board", "Coast Guard", false},
	}
	for _, c := range cases {
		if got := oneName(c.a, c.b); got != c.want {
			t.Errorf("oneName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestCopyRoleChanged(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"mayor", "governor", true},
		{"assistant secretary", "deputy secretary", true},
		{"ceo", "coo", true},
		{"lawyer", "attorney", false},
		{"defense lawyer", "defense attorney", false},
		{"fund head", "fund chief", false},
		{"athletic director", "acrobatic director", false},
		{"gen", "air force gen", false},
		{"inspector", "police spokesman", false},
		{"chairman", "chairwoman", false},
		{"general manager", "general director", false},
	}
	for _, c := range cases {
		if got := copyRoleChanged(c.a, c.b); got != c.want {
			t.Errorf("copyRoleChanged(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestNegationKept(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		// The negation's clause is in both: the copy negated it.
		{"The bridge is safe to cross, the engineer said.", "The bridge is not safe to cross, the engineer said.", true},
		{"The council approved the plan.", "The council did not approve the plan.", true},
		// The copy left the negated clause out, or added one.
		{"Lowe is of interest to the Rovers, but they have not made him an offer.", "Lowe is of interest to the Rovers.", false},
		{"Marek hit Pohl at will throughout.", "Marek, who has not lost in four years, hit Pohl at will throughout.", false},
		// "no fewer than" is a bound, not a negation.
		{"They hold at least 14 vessels.", "They hold no fewer than 14 vessels.", false},
	}
	for _, c := range cases {
		if got := negationKept(c.a, c.b); got != c.want {
			t.Errorf("negationKept(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestReplacedBy(t *testing.T) {
	x, y := "He ran a stop sign when police began to chase him.", "He ran a halt sign when police started to follow him."
	if replacedBy(x, y, "stop", "start") {
		t.Errorf("stop was replaced by halt, not by started")
	}
	if _, _, ok := oppositeWords(x, y, stemSet(x), stemSet(y)); ok {
		t.Errorf("no word of x is replaced by its opposite in y")
	}
	x, y = "The envoy came to ratchet down tensions in the strait.", "The envoy came to increase tensions in the strait."
	if a, b, ok := oppositeWords(x, y, stemSet(x), stemSet(y)); !ok || a != "ratchet down" || b != "increase" {
		t.Errorf("oppositeWords = %q, %q, %v; want ratchet down, increase", a, b, ok)
	}
}

// TestRewordedCopy: a copy that puts synonyms in words' places, names the
// speaker another way and leaves a clause out lists no disagreement; one
// that changes a number, negates a clause it keeps or names another office
// lists each.
func TestRewordedCopy(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	orig := "The harbour lawyer Mark Pellow said the ferry would sail on Friday. " +
		"\"The crossing is safe and the crew is ready,\" the navy said. " +
		"Lowe is of interest to the Rovers, but they have not made him an offer and may do so only if he drops his price. " +
		"The storm damaged 14 boats in the bay, harbour master Ruth Annand said."
	reworded := "The harbour attorney Mark Pellow said the ferry would sail on Friday. " +
		"\"The crossing is safe and the crew is ready,\" the naval forces said. " +
		"Lowe is of interest to the Rovers. " +
		"The storm damaged 14 boats in the bay, harbour master Ruth Annand said."
	changed := "The harbour lawyer Mark Pellow said the ferry would not sail on Friday. " +
		"\"The crossing is safe and the crew is ready,\" the navy said. " +
		"Lowe is of interest to the Rovers, but they have not made him an offer and may do so only if he drops his price. " +
		"The storm damaged 19 boats in the bay, deputy harbour master Ruth Annand said."
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub, Text: orig})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub, Text: reworded})
	c := Extract(ArticleInput{ID: "c", Source: "three", Published: pub, Text: changed})
	if rows := Merge([]*Facts{a, b}, []copydesk.Relation{{From: "a", To: "b", Kind: copydesk.Rewrite}}).Disagreements; len(rows) > 0 {
		t.Errorf("a reworded copy: want no row, got %+v", rows)
	}
	var got []string
	for _, d := range Merge([]*Facts{a, c}, []copydesk.Relation{{From: "a", To: "c", Kind: copydesk.NearDuplicate}}).Disagreements {
		got = append(got, d.Kind)
	}
	if want := "negation number role"; strings.Join(got, " ") != want {
		t.Errorf("a changed copy: rows of kinds %q, want %q", got, want)
	}
}

func TestMisspelt(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"$160 milloin offer", "$160 million offer", true},
		{"$22 million", "$25 million", false},
		{"1,500 people", "1,502 people", false},
		{"four hours", "four minutes", false},
		{"$82 million", "$82 billion", false},
	}
	for _, c := range cases {
		if got := misspelt(c.a, c.b); got != c.want {
			t.Errorf("misspelt(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTwoFactsOneCount: independent articles that count the dead and the
// injured with the same words around are two facts, and so are a count
// since a date and one of a day; two that count one
// thing with other words before it are one.
func TestTwoFactsOneCount(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	rows := func(texts ...string) []string {
		pubs := make([]time.Time, len(texts))
		for i := range pubs {
			pubs[i] = pub
		}
		return rowsOf(pubs, texts...)
	}
	if got := rows("The storm killed 12 people in the valley towns of Marrowby on the coast.",
		"The storm injured 40 people in the valley towns of Marrowby on the coast."); len(got) > 0 {
		t.Errorf("the dead and the injured are two facts, got rows %q", got)
	}
	if got := rows("In five operations so far, coast guards have seized 14 rifles from smugglers in the Marrowby operation.",
		"Coast guards seized six rifles from smugglers in the Marrowby operation on the quay."); len(got) > 0 {
		t.Errorf("a count so far and one of a day are two facts, got rows %q", got)
	}
	if got := rows("Coast guards have seized 14 rifles from smugglers in the Marrowby operation since October.",
		"Coast guards seized six rifles from smugglers in the Marrowby operation on the quay."); len(got) > 0 {
		t.Errorf("a count since October and one of a day are two facts, got rows %q", got)
	}
	if got := rows("A strong tremor hit the Marrowby coast on Sunday, killing 10 people and injuring 80 in the valley towns.",
		"A strong tremor hit the Marrowby coast on Sunday, injuring five people in the valley towns."); len(got) > 0 {
		t.Errorf("a count led by a word that leads another count of the other sentence is another fact, got rows %q", got)
	}
	got := rows("The harbour board has received nearly 3,000 objections to the quay plan, the vast majority against it.",
		"The board received some 2,400 objections to the quay plan from residents of the bay.")
	if want := []string{"number: 3,000 objections / 2,400 objections"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one count worded two ways: rows %q, want %q", got, want)
	}
}

// TestSameDayWords: a day two copies write with the same words ("on
// Friday"), resolved from publication times a week apart, is one date.
func TestSameDayWords(t *testing.T) {
	text := "The gunman bought the shotgun at a Marrowby store on Friday, police said. He walked into the office on Monday and shot three people."
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC), Text: text})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: time.Date(2024, 3, 19, 9, 0, 0, 0, time.UTC), Text: text})
	for _, d := range Merge([]*Facts{a, b}, nil).Disagreements {
		t.Errorf("the same words of a day resolved from two publication times are one date: %+v", d)
	}
}

// A negation inside single quotation marks is the same negation as inside
// double ones: a copy that changes the marks changes no meaning.
func TestNegationInSingleQuotes(t *testing.T) {
	a := "Harbour board says the quay's repair is 'not urgent'"
	b := `Harbour board says the quay's repair is "not urgent"`
	if got, want := negText(a), negText(b); got != want || got != "not" {
		t.Errorf("negText: %q and %q, want both \"not\"", got, want)
	}
	if !negated(a) {
		t.Errorf("negated(%q) = false", a)
	}
	if got := wordsOf("the quay's 'old' wall didn't fall"); strings.Join(got, " ") != "the quay's old wall didn't fall" {
		t.Errorf("wordsOf kept the quotation marks or lost an apostrophe: %q", got)
	}
}
