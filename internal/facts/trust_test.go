package facts

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// rowsOf merges one article per text (published at the matching time, or
// undated when pubs is short) and renders its disagreements as
// "kind: value / value".
func rowsOf(pubs []time.Time, texts ...string) []string {
	var fs []*Facts
	for i, s := range texts {
		id := string(rune('a' + i))
		var pub time.Time
		if i < len(pubs) {
			pub = pubs[i]
		}
		fs = append(fs, Extract(ArticleInput{ID: id, Source: "outlet-" + id, Published: pub, Text: s}))
	}
	var out []string
	for _, d := range Merge(fs, nil).Disagreements {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, v.Text)
		}
		out = append(out, d.Kind+": "+strings.Join(vs, " / "))
	}
	return out
}

// TestCountVerbAfter: a count that is the subject of its verb ("10 people
// died", "five people were injured") counts what the verb says: the dead
// and the injured are two facts, two counts of the dead one.
func TestCountVerbAfter(t *testing.T) {
	pub := []time.Time{time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)}
	if got := rowsOf(pub, "At least 10 people died when the tremor shook the Marrowby valley towns on the coast.",
		"Five people were injured when the tremor shook the Marrowby valley towns on the coast."); len(got) > 0 {
		t.Errorf("the dead and the injured are two facts, got rows %q", got)
	}
	got := rowsOf(pub, "At least 10 people died when the tremor shook the Marrowby valley towns on the coast.",
		"Twelve people died when the tremor shook the Marrowby valley towns on the coast.")
	if want := []string{"number: 10 people / Twelve people"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one count of the dead told two ways: rows %q, want %q", got, want)
	}
}

// TestCountsOfTwoHappenings: counts of one story's two happenings (a quake
// of one year and a quake of another) are no versions of one fact, whether
// the sentences name two days or the articles are dated far apart.
func TestCountsOfTwoHappenings(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 9, 0, 0, 0, time.UTC) }
	if got := rowsOf([]time.Time{d(2021, 3, 2), d(2024, 6, 10)},
		"A strong tremor hit the Marrowby coast on Sunday, killing 10 people in the valley towns.",
		"A strong tremor hit the Marrowby coast on Sunday, killing three people in the valley towns."); len(got) > 0 {
		t.Errorf("articles three years apart tell two quakes, got rows %q", got)
	}
	if got := rowsOf(nil,
		"A strong tremor hit the Marrowby coast on 7 March 2021, killing 10 people in the valley towns.",
		"A strong tremor hit the Marrowby coast on 9 June 2024, killing three people in the valley towns."); slicesHasKind(got, "number") {
		t.Errorf("sentences that name two days tell two quakes, got rows %q", got)
	}
	got := rowsOf([]time.Time{d(2024, 6, 10), d(2024, 6, 12)},
		"A strong tremor hit the Marrowby coast on Sunday, killing 10 people in the valley towns.",
		"A strong tremor hit the Marrowby coast on Sunday, killing three people in the valley towns.")
	if want := []string{"number: 10 people / three people"}; !reflect.DeepEqual(got, want) {
		t.Errorf("articles two days apart of one quake: rows %q, want %q", got, want)
	}
}

func slicesHasKind(rows []string, kind string) bool {
	for _, r := range rows {
		if strings.HasPrefix(r, kind+":") {
			return true
		}
	}
	return false
}

// TestQuoteOneRemark: a reworded quote is one remark in two wordings, its
// words of substance shared in order; one speaker's two remarks that share
// a few words in another order are no row.
func TestQuoteOneRemark(t *testing.T) {
	variant := func(text, src string) QuoteVariant {
		return QuoteVariant{Text: text, Direct: true, Sources: []string{src}, Articles: []string{src}}
	}
	rows := func(a, b string) []Disagreement {
		return quoteRows([]StoryQuote{{Speaker: "Ada Brill", Variants: []QuoteVariant{variant(a, "Orig Post"), variant(b, "Bay Times")}}}, nil, oneFamily("Orig Post", "Bay Times"), nil)
	}
	if got := rows("We will find the people who set this fire and we will bring them before a court.",
		"The people here are not afraid, and we will find them."); len(got) > 0 {
		t.Errorf("two remarks of one speaker: want no row, got %+v", got)
	}
	got := rows("We will find the people who set this fire and we will bring them before a court.",
		"We will find the people who set this fire and we will let them go free.")
	if len(got) != 1 {
		t.Errorf("one remark whose end says another thing: want one row, got %+v", got)
	}
}

// TestCountTeller: a verb of saying before a count tells who gives it, not
// what it counts: "quoted as saying 10 people were killed" and "quoted as
// saying five people were treated" are two facts.
func TestCountTeller(t *testing.T) {
	pub := []time.Time{time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)}
	if got := rowsOf(pub, "State radio quoted the Marrowby governor as saying 10 people were killed by the tremor in the valley.",
		"A news agency quoted the Marrowby governor as saying five people were treated after the tremor in the valley."); len(got) > 0 {
		t.Errorf("the dead and the treated are two facts, got rows %q", got)
	}
	got := rowsOf(pub, "State radio quoted the Marrowby governor as saying 10 people were killed by the tremor in the valley.",
		"A news agency quoted the Marrowby governor as saying 12 people were killed by the tremor in the valley.")
	if want := []string{"number: 10 people / 12 people"}; !reflect.DeepEqual(got, want) {
		t.Errorf("one count of the dead told two ways: rows %q, want %q", got, want)
	}
}

// TestVagueCountLeads: a word that leads a count told without a number
// ("killing at least 10 people and injuring many others") leads another
// count: "injuring five people" is not the dead of that sentence.
func TestVagueCountLeads(t *testing.T) {
	pub := []time.Time{time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)}
	if got := rowsOf(pub, "A strong tremor hit the Marrowby coast on Sunday, killing at least 10 people and injuring many others in the valley towns.",
		"A strong tremor hit the Marrowby coast on Sunday, injuring five people in the valley towns."); len(got) > 0 {
		t.Errorf("a count led by a word that leads a vague count of the other sentence is another fact, got rows %q", got)
	}
}
