package cluster

import (
	"slices"
	"testing"
)

// The language-independent terms an article and its translation share:
// names across scripts and inflections, months, numbers in each language's
// writing.
func TestAnchorTerms(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Talks with Vladimir Putin ended on 14 March.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"ru", "Переговоры с Владимиром Путиным завершились 14 марта.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"de", "Die Gespräche mit Wladimir Putin endeten am 14. März.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"en", "Damage is put at 1.5 million euros and 38,000,000 roubles.", []string{"~1.5", "~38000000"}},
		{"ru", "Ущерб оценивается в 1,5 млн евро и 38 000 000 рублей.", []string{"~1.5", "~38000000"}},
		{"de", "Der Schaden beträgt 1,5 Millionen Euro und 38.000.000 Rubel.", []string{"~1.5", "~38000000"}},
		{"en", "A 41-year-old man from Moscow was held.", []string{"~41", "~@mskv"}},
		{"ru", "Задержан 41-летний житель Москвы.", []string{"~41", "~@mskv"}},
	}
	for _, tt := range tests {
		got := Terms(tt.lang, "", tt.body)
		for _, w := range tt.want {
			if got[w] == 0 {
				t.Errorf("Terms(%q, %q) lacks %q; got %v", tt.lang, tt.body, w, got)
			}
		}
	}
}

// The offline clustering looks for candidates of other languages through
// the anchors alone: a report and its translation share no other term, so
// without that search they are never compared. (The anchors were once
// picked out by their numbers, and when terms came to share one numbering
// the search silently found nothing.)
func TestOfflineCandidatesByAnchors(t *testing.T) {
	items := []Item{
		{ID: "a1", Lang: "en", Title: "Talks in Moscow", Text: "Talks with Vladimir Putin in Moscow ended in March without a deal."},
		{ID: "a2", Lang: "ru", Title: "Переговоры в Москве", Text: "Переговоры с Владимиром Путиным в Москве завершились в марте без соглашения."},
		{ID: "a3", Lang: "en", Title: "Harvest begins", Text: "Farmers near the river began the grape harvest early this year after a dry summer."},
	}
	c := New(Options{})
	vs := make([]vector, len(items))
	for i, it := range items {
		vs[i] = c.observe(it).vector()
	}
	docs := make([]*offDoc, len(items))
	for i, it := range items {
		docs[i] = c.offDoc(it.ID, vs[i], it.Time, titleOnly(it), map[string]int32{})
	}
	for i, x := range docs[:2] {
		if len(x.vec[kAll].t) == 0 {
			t.Fatalf("%s has no terms", x.id)
		}
		for _, y := range docs[:2] {
			if x != y && sharesPlain(x, y) {
				t.Fatalf("%s and %s share a term other than an anchor; the test needs them apart but for the anchors", x.id, y.id)
			}
		}
		cands := offCandidates(docs, c.terms.anchor)[i]
		if want := 1 - i; !slices.Contains(cands, want) {
			t.Errorf("candidates of %s: %v, want %s among them (its translation, through the anchors)", x.id, cands, items[want].ID)
		}
	}
}

// sharesPlain reports whether x and y share a term of their vectors without
// anchors.
func sharesPlain(x, y *offDoc) bool {
	for _, t := range x.vec[kAll].t {
		if y.vec[kAll].weight(t) != 0 {
			return true
		}
	}
	return false
}
