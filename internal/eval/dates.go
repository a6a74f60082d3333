package eval

// The dates evaluation: date expressions and timeline entries in real news
// (ECB+ dev), labelled by reading (testdata/facts/ecbplus/dates-*.jsonl),
// scored against what internal/facts resolves and puts on a timeline, and
// against go-dateparser's search as a point of comparison. Each article is
// read alone with its labelled publication date as the anchor (none, the
// zero time, for an article whose text gives no date to count from).

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/text"
)

// DateLabels is one labelled article of dates-PART.jsonl.
type DateLabels struct {
	Article string `json:"article"`
	Topic   string `json:"topic"`
	// Published is the publication day read from the article's dateline
	// (YYYY-MM-DD), PublishedFrom the words it was read from; both are ""
	// when the text gives no date to count from (its relative dates are
	// then labelled without a value, so resolving them is wrong).
	Published     string         `json:"published"`
	PublishedFrom string         `json:"published_from"`
	Dates         []DateGoldExpr `json:"dates"`
}

// DateGoldExpr is one date expression as a reader labelled it.
type DateGoldExpr struct {
	Text    string `json:"text"`
	Context string `json:"context"` // 5-10 words around Text, as in the article
	// Value is what Text resolves to (YYYY-MM-DD, YYYY-MM or YYYY), "" when
	// the text cannot resolve it (a duration, "the near future").
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	// Entry says the expression dates a happening the article reports; What
	// is that happening as a whole clause.
	Entry bool   `json:"entry"`
	What  string `json:"what"`
}

// FoundDate is one date expression a system found: a byte span of the
// article text, the value it resolved to ("" for none) and its granularity
// (day, week given by its Monday, month, year), and whether the system puts
// it on the timeline, with the happening it dates.
type FoundDate struct {
	Start, End  int
	Value       string
	Granularity string
	Entry       bool
	What        string
}

// DateSystem finds and resolves the date expressions of one article, the
// relative ones against anchor.
type DateSystem func(id, title, text string, anchor time.Time) []FoundDate

// DateScore is what one system scores on one part.
type DateScore struct {
	System string `json:"system"`
	// Resolved: of the expressions the system resolves, the share resolved
	// to the labelled value at a compatible granularity (precision), and of
	// the labelled expressions with a value, the share found so (recall).
	// Values agree when they are equal down to the coarser of the two
	// granularities ("2009-12" and "2009-12-07"); a week agrees with a day
	// inside it and with a month or year it overlaps.
	Resolved Score `json:"resolved"`
	// Exact is Resolved with the same value and granularity only.
	Exact Score `json:"exact"`
	// Entries: of the dates the system puts on the timeline, the share that
	// date a labelled entry (precision), and of the labelled entries, the
	// share on the timeline (recall); EntriesDated also wants the value to
	// agree.
	Entries      Score `json:"entries"`
	EntriesDated Score `json:"entries_dated"`
	// WhatF1 is the mean word F1 (content words) between the system's
	// description and the labelled clause, over the labelled entries it
	// found; WhatRecall the mean share of the labelled clause's content
	// words the description holds.
	WhatF1     float64  `json:"what_f1"`
	WhatRecall float64  `json:"what_recall"`
	Errors     []string `json:"errors,omitempty"`
}

// DatesReport is the dates evaluation of one part.
type DatesReport struct {
	Part        string      `json:"part"`
	Articles    int         `json:"articles"`
	Expressions int         `json:"expressions"` // labelled date expressions
	Resolvable  int         `json:"resolvable"`  // of them, with a value
	Entries     int         `json:"entries"`     // of them, timeline entries
	Systems     []DateScore `json:"systems"`
}

// ReadDateLabels reads one dates labels file, one JSON object a line.
func ReadDateLabels(path string) ([]DateLabels, error) {
	var out []DateLabels
	err := readJSONL(path, func(n int, l *DateLabels) error {
		if l.Article == "" {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: no article id", path, n)
		}
		if _, err := time.Parse("2006-01-02", l.Published); err != nil && (l.Published != "" || l.PublishedFrom != "") {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: article %s: published %q is not YYYY-MM-DD", path, n, l.Article, l.Published)
		}
		out = append(out, *l)
		return nil
	})
	return out, err
}

// CopydeskDates is the facts stage as a DateSystem: the dates Extract
// resolves, and the ones the timeline of the article alone (Merge) lists.
func CopydeskDates(id, title, txt string, anchor time.Time) []FoundDate {
	f := facts.Extract(facts.ArticleInput{ID: id, Title: title, Text: txt, Published: anchor, Lang: "en"})
	out := make([]FoundDate, len(f.Dates))
	for i, d := range f.Dates {
		out[i] = FoundDate{Start: d.Start, End: d.End, Value: d.Value, Granularity: d.Granularity}
	}
	// An account names its date by sentence and words: the first date of
	// that sentence with those words not taken yet.
	taken := map[int]bool{}
	for _, e := range facts.Merge([]*facts.Facts{f}, nil).Timeline {
		for _, a := range e.Accounts {
			for i, d := range f.Dates {
				if !taken[i] && d.Sentence == a.Sentence && d.Text == a.Text {
					taken[i] = true
					out[i].Entry, out[i].What = true, a.What
					break
				}
			}
		}
	}
	return out
}

// DateparserDates is go-dateparser's Search (the "ngram" strategy, English,
// past dates preferred, the anchor as the current time) as a DateSystem: a
// point of comparison that puts every date it finds on the timeline.
func DateparserDates(_, _, txt string, anchor time.Time) []FoundDate {
	cfg := &dps.Configuration{Languages: []string{"en"}, SearchStrategy: "ngram", CurrentTime: anchor.Add(12 * time.Hour),
		PreferredDateSource: dps.Past, PreferredDayOfMonth: dps.First, PreferredMonthOfYear: dps.FirstMonth}
	_, res, err := dps.Search(cfg, txt)
	if err != nil {
		return nil
	}
	var out []FoundDate
	at := 0
	for _, r := range res {
		k := strings.Index(txt[at:], r.Text)
		if k < 0 || r.Text == "" {
			continue
		}
		start := at + k
		at = start + len(r.Text)
		fd := FoundDate{Start: start, End: at, Entry: true}
		switch r.Date.Period {
		case date.Year:
			fd.Value, fd.Granularity = r.Date.Time.Format("2006"), "year"
		case date.Month:
			fd.Value, fd.Granularity = r.Date.Time.Format("2006-01"), "month"
		case date.None:
		default:
			fd.Value, fd.Granularity = r.Date.Time.Format("2006-01-02"), "day"
		}
		out = append(out, fd)
	}
	return out
}

// DateParts are the labelled parts of the dates evaluation: tune, a second
// tune part labelled later (other articles of the tune topics, fresh text to
// develop rules on), the held-out part labelled with the first, and a second
// and a third held-out part labelled later (other articles of the held-out
// topics), scored once a round's rules are final.
var DateParts = []string{"tune", "tune2", "heldout", "heldout2", "heldout3"}

// Dates scores each system on the labelled part (one of DateParts) of the
// dates labels in dir, reading the article texts from corpusPath. With
// errs, each score lists its misses and wrong values (for a tune part only).
func Dates(dir, corpusPath, part string, systems map[string]DateSystem, errs bool) (DatesReport, error) {
	rep := DatesReport{Part: part}
	if err := checkPartArgs(DateParts, part, errs); err != nil {
		return rep, err
	}
	labels, texts, err := readLabelled(dir, corpusPath, part, filepath.Join(dir, "dates-"+part+".jsonl"),
		ReadDateLabels, func(l DateLabels) string { return l.Article })
	if err != nil {
		return rep, err
	}
	type located struct {
		g          DateGoldExpr
		start, end int
	}
	golds := make([][]located, len(labels))
	for i, l := range labels {
		a := texts[l.Article]
		used := map[int]bool{}
		for _, g := range l.Dates {
			s, e, ok := locate(a.Text, g, used)
			if !ok {
				return rep, copydesk.Errorf(copydesk.EInvalid, "article %s: date %q in %q is not in the text", l.Article, g.Text, g.Context)
			}
			golds[i] = append(golds[i], located{g, s, e})
			rep.Expressions++
			if g.Value != "" {
				rep.Resolvable++
			}
			if g.Entry {
				rep.Entries++
			}
		}
	}
	rep.Articles = len(labels)
	for _, name := range sortedKeys(systems) {
		sc := DateScore{System: name}
		var whatF1, whatRec float64
		var whatN int
		for i, l := range labels {
			a := texts[l.Article]
			anchor, _ := time.Parse("2006-01-02", l.Published)
			found := systems[name](l.Article, a.Title, a.Text, anchor)
			errf := func(format string, args ...any) {
				if errs {
					sc.Errors = append(sc.Errors, l.Article+": "+fmt.Sprintf(format, args...))
				}
			}
			// Each found date is matched to the labelled expression it
			// overlaps most.
			match := make([]int, len(found))
			for k, f := range found {
				match[k] = -1
				best := 0
				for gi, g := range golds[i] {
					if o := min(f.End, g.end) - max(f.Start, g.start); o > best {
						best, match[k] = o, gi
					}
				}
			}
			for k, f := range found {
				words := a.Text[f.Start:f.End]
				var g *located
				if match[k] >= 0 {
					g = &golds[i][match[k]]
				}
				if f.Value != "" {
					sc.Resolved.Predicted++
					sc.Exact.Predicted++
					switch {
					case g == nil:
						errf("%q resolved to %s: not a labelled date expression", words, f.Value)
					case agree(f.Value, f.Granularity, g.g.Value):
						sc.Resolved.Correct++
						if f.Value == g.g.Value && f.Granularity == g.g.Granularity {
							sc.Exact.Correct++
						}
					default:
						errf("%q resolved to %s (%s), labelled %q", words, f.Value, f.Granularity, g.g.Value)
					}
				}
				if f.Entry {
					sc.Entries.Predicted++
					sc.EntriesDated.Predicted++
					if g != nil && g.g.Entry {
						sc.Entries.Correct++
						if agree(f.Value, f.Granularity, g.g.Value) {
							sc.EntriesDated.Correct++
						}
					} else {
						errf("%q on the timeline, not an entry: %q", words, f.What)
					}
				}
			}
			for gi, g := range golds[i] {
				var resolved, exact, entry, entryDated bool
				what := ""
				for k, f := range found {
					if match[k] != gi {
						continue
					}
					ok := agree(f.Value, f.Granularity, g.g.Value)
					resolved = resolved || ok
					exact = exact || ok && f.Value == g.g.Value && f.Granularity == g.g.Granularity
					if f.Entry && !entry {
						entry, what = true, f.What
					}
					entryDated = entryDated || f.Entry && ok
				}
				if g.g.Value != "" {
					sc.Resolved.Gold++
					sc.Exact.Gold++
					if resolved {
						sc.Resolved.Found++
					} else {
						errf("%q = %s missed", g.g.Text, g.g.Value)
					}
					if exact {
						sc.Exact.Found++
					}
				}
				if g.g.Entry {
					sc.Entries.Gold++
					sc.EntriesDated.Gold++
					if entry {
						sc.Entries.Found++
						p, r := wordF1(what, g.g.What)
						whatF1 += 2 * p * r / max(p+r, 1e-9)
						whatRec += r
						whatN++
						if r < 0.5 {
							errf("entry %q: %q, labelled %q", g.g.Text, what, g.g.What)
						}
					} else {
						errf("entry %q (%s) missed: %q", g.g.Text, g.g.Value, g.g.What)
					}
					if entryDated {
						sc.EntriesDated.Found++
					}
				}
			}
		}
		sc.Resolved.finish()
		sc.Exact.finish()
		sc.Entries.finish()
		sc.EntriesDated.finish()
		if whatN > 0 {
			sc.WhatF1, sc.WhatRecall = whatF1/float64(whatN), whatRec/float64(whatN)
		}
		rep.Systems = append(rep.Systems, sc)
	}
	return rep, nil
}

// locate finds the byte span of a labelled expression: its context in the
// text (the first occurrence not used by an earlier label of the same
// words), and its words inside the context.
func locate(txt string, g DateGoldExpr, used map[int]bool) (int, int, bool) {
	for from := 0; ; {
		c := strings.Index(txt[from:], g.Context)
		if c < 0 {
			return 0, 0, false
		}
		c += from
		k := strings.Index(g.Context, g.Text)
		if k < 0 {
			return 0, 0, false
		}
		if s := c + k; !used[s] {
			used[s] = true
			return s, s + len(g.Text), true
		}
		from = c + 1
	}
}

// agree reports whether a found value of granularity gran agrees with the
// labelled value: equal down to the coarser of the two, a week holding the
// labelled day or overlapping the labelled month or year.
func agree(v, gran, gold string) bool {
	if v == "" || gold == "" {
		return false
	}
	if gran == "week" {
		mon, err := time.Parse("2006-01-02", v)
		if err != nil {
			return false
		}
		for d := range 7 {
			day := mon.AddDate(0, 0, d).Format("2006-01-02")
			if strings.HasPrefix(day, gold) {
				return true
			}
		}
		return false
	}
	n := min(len(v), len(gold))
	return v[:n] == gold[:n]
}

// wordF1 gives the precision and recall of got's content words against
// want's.
func wordF1(got, want string) (p, r float64) {
	g, w := contentWords(got), contentWords(want)
	if len(g) == 0 || len(w) == 0 {
		return 0, 0
	}
	common := 0
	for x := range g {
		if w[x] {
			common++
		}
	}
	return float64(common) / float64(len(g)), float64(common) / float64(len(w))
}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range text.Words(s) {
		if !text.IsStop(w) {
			m[text.Stem(w)] = true
		}
	}
	return m
}
