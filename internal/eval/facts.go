package eval

// The facts evaluation: stories we wrote with planted quotes, dates and
// disagreements (internal/facts/testdata), scored against what
// internal/facts finds.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/text"
)

// FactsStory is one story of the labelled set: its articles, the copy
// relations between them, and the gold facts.
type FactsStory struct {
	Name      string              `json:"name"`
	Articles  []FactsArticle      `json:"articles"`
	Relations []copydesk.Relation `json:"relations,omitempty"`
	Gold      FactsGold           `json:"gold"`
}

// FactsArticle is one article of the labelled set.
type FactsArticle struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339 or YYYY-MM-DD; empty: unknown
	Text      string `json:"text"`
}

// FactsGold holds the labels of a story. Quotes and dates list every quote and
// every resolvable date of every article (so that anything else found
// counts against precision); Disagreements lists every disagreement.
type FactsGold struct {
	Quotes        []GoldQuote        `json:"quotes"`
	Dates         []GoldDate         `json:"dates"`
	Disagreements []GoldDisagreement `json:"disagreements"`
}

// GoldQuote: a quote of Article holding the words Contains, said by the
// speaker whose key is (or, for an organisation, contains) Speaker.
type GoldQuote struct {
	Article  string `json:"article"`
	Contains string `json:"contains"`
	Speaker  string `json:"speaker"`
}

// GoldDate: the date words Text of Article resolve to Value (empty: they
// must stay unresolved).
type GoldDate struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Value   string `json:"value"`
}

// GoldDisagreement: a disagreement of Kind whose two versions hold A and B
// (in either order).
type GoldDisagreement struct {
	Kind string `json:"kind"`
	A    string `json:"a"`
	B    string `json:"b"`
}

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"` // predictions that are right
	Gold      int     `json:"gold"`
	Found     int     `json:"found"` // gold items found
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) finish() {
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Found) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// FactsPart scores one part (tune or heldout) of the labelled set.
type FactsPart struct {
	Part          string   `json:"part"`
	Stories       int      `json:"stories"`
	Articles      int      `json:"articles"`
	Speakers      Score    `json:"speakers"`
	Dates         Score    `json:"dates"`
	Disagreements Score    `json:"disagreements"`
	Errors        []string `json:"errors,omitempty"`
}

// FactsReport scores every part of a labelled set.
type FactsReport struct {
	Parts []FactsPart `json:"parts"`
}

// Facts reads the labelled stories under dir/tune and dir/heldout (one
// JSON FactsStory a file) and scores quote speakers, resolved dates and
// disagreements on each part.
func Facts(dir string) (FactsReport, error) {
	var rep FactsReport
	for _, part := range []string{"tune", "heldout"} {
		files, err := filepath.Glob(filepath.Join(dir, part, "*.json"))
		if err != nil {
			return rep, fmt.Errorf("%s: %v", dir, err)
		}
		if len(files) == 0 {
			return rep, fmt.Errorf("%s: no labelled stories", filepath.Join(dir, part))
		}
		sort.Strings(files)
		pr := FactsPart{Part: part}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				return rep, fmt.Errorf("%s: %v", file, err)
			}
			var ls FactsStory
			if err := json.Unmarshal(b, &ls); err != nil {
				return rep, fmt.Errorf("%s: not a labelled story: %v", file, err)
			}
			if err := scoreStory(&ls, &pr); err != nil {
				return rep, fmt.Errorf("%s: %v", file, err)
			}
		}
		pr.Speakers.finish()
		pr.Dates.finish()
		pr.Disagreements.finish()
		rep.Parts = append(rep.Parts, pr)
	}
	return rep, nil
}

func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Parse("2006-01-02", s)
}

func contains(hay, needle string) bool {
	return needle != "" && strings.Contains(folded(hay), folded(needle))
}

func scoreStory(ls *FactsStory, pr *FactsPart) error {
	pr.Stories++
	var fs []*facts.Facts
	byID := map[string]*facts.Facts{}
	for _, a := range ls.Articles {
		pub, err := parsePublished(a.Published)
		if err != nil {
			return fmt.Errorf("article %s: bad published %q", a.ID, a.Published)
		}
		f := facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: pub, Lang: "en"})
		fs = append(fs, f)
		byID[a.ID] = f
		pr.Articles++
	}
	for _, g := range ls.Gold.Quotes {
		if byID[g.Article] == nil {
			return fmt.Errorf("gold quote names unknown article %s", g.Article)
		}
	}
	errf := func(format string, args ...any) {
		pr.Errors = append(pr.Errors, ls.Name+": "+fmt.Sprintf(format, args...))
	}
	// Speakers.
	spkOK := func(q facts.Quote, g GoldQuote) bool {
		return q.SpeakerKey != "" && (q.SpeakerKey == g.Speaker || q.SpeakerKind == "org" && strings.Contains(q.SpeakerKey, g.Speaker))
	}
	for _, f := range fs {
		for _, q := range f.Quotes {
			if q.SpeakerKey == "" {
				continue
			}
			pr.Speakers.Predicted++
			ok, any := false, false
			for _, g := range ls.Gold.Quotes {
				if g.Article == f.ID && contains(q.Text, g.Contains) {
					any = true
					ok = ok || spkOK(q, g)
				}
			}
			if ok {
				pr.Speakers.Correct++
			} else if any {
				errf("quote %s %q: speaker %q is wrong", f.ID, short(q.Text), q.SpeakerKey)
			} else {
				errf("quote %s %q (speaker %q) is not in the gold", f.ID, short(q.Text), q.SpeakerKey)
			}
		}
	}
	for _, g := range ls.Gold.Quotes {
		pr.Speakers.Gold++
		found := false
		for _, q := range byID[g.Article].Quotes {
			if contains(q.Text, g.Contains) && spkOK(q, g) {
				found = true
			}
		}
		if found {
			pr.Speakers.Found++
		} else {
			errf("quote %s %q by %s missed", g.Article, g.Contains, g.Speaker)
		}
	}
	// Dates.
	dateMatch := func(d facts.Date, g GoldDate) bool {
		return strings.Contains(strings.ToLower(d.Text), strings.ToLower(g.Text)) || strings.Contains(strings.ToLower(g.Text), strings.ToLower(d.Text))
	}
	for _, f := range fs {
		for _, d := range f.Dates {
			if d.Value == "" {
				continue
			}
			pr.Dates.Predicted++
			ok := false
			for _, g := range ls.Gold.Dates {
				if g.Article == f.ID && dateMatch(d, g) && g.Value == d.Value {
					ok = true
				}
			}
			if ok {
				pr.Dates.Correct++
			} else {
				errf("date %s %q resolved to %s: wrong or not in the gold", f.ID, d.Text, d.Value)
			}
		}
	}
	for _, g := range ls.Gold.Dates {
		if g.Value == "" {
			continue
		}
		pr.Dates.Gold++
		found := false
		for _, d := range byID[g.Article].Dates {
			if dateMatch(d, g) && d.Value == g.Value {
				found = true
			}
		}
		if found {
			pr.Dates.Found++
		} else {
			errf("date %s %q = %s missed", g.Article, g.Text, g.Value)
		}
	}
	// Disagreements.
	sf := facts.Merge(fs, ls.Relations)
	dMatch := func(d facts.Disagreement, g GoldDisagreement) bool {
		if d.Kind != g.Kind {
			return false
		}
		// A row holds a gold disagreement when two of its versions say A
		// and B.
		ga, gb := strings.ToLower(g.A), strings.ToLower(g.B)
		for i, x := range d.Values {
			for j, y := range d.Values {
				a, b := strings.ToLower(x.Text), strings.ToLower(y.Text)
				if i != j && strings.Contains(a, ga) && strings.Contains(b, gb) {
					return true
				}
			}
		}
		return false
	}
	for _, d := range sf.Disagreements {
		pr.Disagreements.Predicted++
		ok := false
		for _, g := range ls.Gold.Disagreements {
			ok = ok || dMatch(d, g)
		}
		if ok {
			pr.Disagreements.Correct++
		} else {
			errf("disagreement %s %q <> %q is not in the gold", d.Kind, short(d.Values[0].Text), short(d.Values[1].Text))
		}
	}
	for _, g := range ls.Gold.Disagreements {
		pr.Disagreements.Gold++
		found := false
		for _, d := range sf.Disagreements {
			found = found || dMatch(d, g)
		}
		if found {
			pr.Disagreements.Found++
		} else {
			errf("disagreement %s %q <> %q missed", g.Kind, g.A, g.B)
		}
	}
	return nil
}

// folded is s in lower case without punctuation, for "holds the words".
func folded(s string) string { return strings.Join(text.Words(s), " ") }

func short(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
