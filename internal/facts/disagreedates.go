package facts

import (
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// dateRows gives one row of kind date per timeline entry whose articles
// date the one happening differently (TimelineEntry.Dates): each version
// is a date with the words that gave it, a sentence saying it, and who
// says it. Two versions count as different only when they cannot be one
// date told two ways: neither holds the other ("2031-03" holds
// "2031-03-04"), and two days a day apart are both written out ("March 4"
// against "March 5"), since a weekday or "yesterday" counts from a
// publication time each outlet gives in its own time zone. Versions only a
// copy and its original give, or only articles of different events, are
// left to the rows that compare those (a copy row; none across events).
// A row that repeats one the statements already give (the same articles on
// both sides) is left out: one row per fact.
func dateRows(fs []*Facts, dates [][]Date, tl []TimelineEntry, rels []copydesk.Relation, events map[string]string, have []Disagreement) []Disagreement {
	idx := make(map[string]int, len(fs))
	for i, f := range fs {
		idx[f.ID] = i
	}
	copies := map[[2]string]bool{}
	for _, r := range rels {
		copies[[2]string{r.From, r.To}], copies[[2]string{r.To, r.From}] = true, true
	}
	at := make([]map[sentText]string, len(fs)) // by article, made when first needed
	short := make([]bool, len(fs))
	for i, f := range fs {
		short[i] = shortText(f)
	}
	var out []Disagreement
	for _, e := range tl {
		if len(e.Dates) < 2 {
			continue
		}
		rw := newRow(KindDate, clipWords(e.What, 16))
		written := map[string]bool{} // the versions some article writes out in full
		// The words of each version that count from a publication time
		// ("Friday", "last night"): the same words in two articles
		// published days apart resolve to two days and say one.
		wordings := map[string]map[string]bool{}
		// What each version's short texts say the date dates (their
		// accounts' clauses); a version any article that is no short text
		// gives is told by its sentence.
		told := map[string][]toldDate{}
		for _, a := range e.Accounts {
			i, ok := idx[a.Article]
			if !ok {
				continue
			}
			key := versionOf(e.Dates, a.Date)
			if key == "" {
				continue
			}
			sentence := ""
			if a.Sentence >= 0 && a.Sentence < len(fs[i].Sentences) {
				sentence = fs[i].Sentences[a.Sentence].Text
			}
			if !happeningDate(sentence, a.Text) {
				continue
			}
			if at[i] == nil {
				at[i] = datesAt(dates[i])
			}
			if at[i][sentText{a.Sentence, a.Text}] == "absolute" {
				written[key] = true
			} else {
				if wordings[key] == nil {
					wordings[key] = map[string]bool{}
				}
				wordings[key][strings.ToLower(a.Text)] = true
			}
			rw.add(key, a.Text+" ("+key+")", sentence, fs[i])
			told[key] = append(told[key], toldOf(fs[i], short[i], a, sentence))
		}
		d, ok := rw.disagreement()
		if !ok || !datesDiffer(rw.keys, written, wordings) || !independentVersions(d.Values, copies, events) || repeats(d, have) {
			continue
		}
		// A version that differs from none of the others ("in March"
		// beside "Wednesday" and "Saturday" of that month) is no side of
		// the disagreement: left out.
		// Nor is one that dates another thing than the others say (short
		// texts whose clauses are about two subjects: sameSubject).
		var kept []Version
		for k, v := range d.Values {
			for m := range d.Values {
				if m != k && datesDiffer([]string{rw.keys[k], rw.keys[m]}, written, wordings) && oneSubject(told[rw.keys[k]], told[rw.keys[m]]) {
					kept = append(kept, v)
					break
				}
			}
		}
		if len(kept) < 2 {
			continue
		}
		d.Values = kept
		out = append(out, d)
	}
	return out
}

// happeningDate reports whether the date written text in sentence can date
// the happening itself: not when the verb just before it reports the news
// ("the agency reported on September 26": the report's date) or sets a plan
// ("scheduled for December 15": a date to come).
func happeningDate(sentence, text string) bool {
	i := strings.Index(sentence, text)
	if i < 0 {
		return true
	}
	before := strings.Fields(strings.ToLower(sentence[:i]))
	for len(before) > 0 && datePreps[strings.Trim(before[len(before)-1], ".,")] {
		before = before[:len(before)-1]
	}
	if len(before) == 0 {
		return true
	}
	w := strings.Trim(before[len(before)-1], ".,;:\"“”'’")
	return !indirectVerbs[w] && !futureAlone[w] && !futureTo[w]
}

// datePreps stand between a verb and the date it takes.
var datePreps = wordSet("on", "for", "by", "at", "in", "until", "late", "early", "last")

// versionOf is the version of vs an account's date is ("" for none: every
// account of a joined entry keeps the date of the entry it came from).
func versionOf(vs []DateVersion, date string) string {
	for _, v := range vs {
		if v.Date == date {
			return date
		}
	}
	return ""
}

// sentText is a date's sentence and words.
type sentText struct {
	sentence int
	text     string
}

// datesAt gives the kind of each date of ds by its sentence and words.
func datesAt(ds []Date) map[sentText]string {
	m := make(map[sentText]string, len(ds))
	for _, d := range ds {
		k := sentText{d.Sentence, d.Text}
		if _, ok := m[k]; !ok {
			m[k] = d.Kind
		}
	}
	return m
}

// datesDiffer reports two of the dates that cannot be one date told two
// ways: neither holds the other, not written in the same words counted
// from two publication times (wordings), and days more than one apart
// unless both are written out.
func datesDiffer(keys []string, written map[string]bool, wordings map[string]map[string]bool) bool {
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			if compatible(a, b) || sharesKey(wordings[a], wordings[b]) {
				continue
			}
			ta, ea := time.Parse(dateLayout, a)
			tb, eb := time.Parse(dateLayout, b)
			if ea == nil && eb == nil && !(written[a] && written[b]) {
				if d := ta.Sub(tb); d <= 24*time.Hour && d >= -24*time.Hour {
					continue
				}
			}
			return true
		}
	}
	return false
}

// independentVersions reports two versions given by two articles that are
// not a copy and its original, of one event (or of no known event):
// articles of two happenings of one story date each its own. Each version
// is looked at through its first maxPerSentence articles.
func independentVersions(vs []Version, copies map[[2]string]bool, events map[string]string) bool {
	for i, a := range vs {
		for _, b := range vs[i+1:] {
			for _, x := range a.Articles[:min(len(a.Articles), maxPerSentence)] {
				for _, y := range b.Articles[:min(len(b.Articles), maxPerSentence)] {
					ex, ey := events[x], events[y]
					if !copies[[2]string{x, y}] && (ex == "" || ey == "" || ex == ey) {
						return true
					}
				}
			}
		}
	}
	return false
}

// repeats reports a row of kind date in have whose versions two of d's
// versions' articles already give, each a different one.
func repeats(d Disagreement, have []Disagreement) bool {
	for _, h := range have {
		if h.Kind != KindDate {
			continue
		}
		used := map[int]bool{}
		n := 0
		for _, v := range d.Values {
			for k, w := range h.Values {
				if !used[k] && intersect(v.Articles, w.Articles) {
					used[k] = true
					n++
					break
				}
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// sharesKey reports whether two sets have an element in common.
func sharesKey(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// toldDate is what an account's sentence says its date dates: the clause
// words around the date and the sentence's words, for an article that is a
// short text (shortText); nil sets for one that is not.
type toldDate struct {
	short         bool
	clause, stems map[string]bool
}

// toldOf reads account a of article f (short: a short text), said in
// sentence.
func toldOf(f *Facts, short bool, a Account, sentence string) toldDate {
	if !short {
		return toldDate{}
	}
	t := toldDate{short: true, stems: map[string]bool{}}
	if a.Sentence >= 0 && a.Sentence < len(f.Sentences) {
		t.stems = f.words().sentStems[a.Sentence]
	}
	if k := strings.Index(sentence, a.Text); k >= 0 {
		t.clause = clauseStems(sentence, text.Tokens(sentence), k, k+len(a.Text))
	}
	return t
}

// oneSubject reports two versions of a date of which some two accounts can
// date one happening: either is not a short text, or their clauses say the
// same of it (sameSubject).
func oneSubject(x, y []toldDate) bool {
	for _, a := range x {
		for _, b := range y {
			if !a.short && !b.short || sameSubject(a.clause, b.clause, a.stems, b.stems) {
				return true
			}
		}
	}
	return false
}
