package facts

import (
	"sort"
	"strings"
	"time"
)

// TimelineEntry is one dated happening and the articles that date it.
type TimelineEntry struct {
	Date        string    `json:"date"`
	Granularity string    `json:"granularity"`
	What        string    `json:"what"`
	Accounts    []Account `json:"accounts"`
	Sources     []string  `json:"sources"`
	Articles    []string  `json:"articles"`
}

// Account is how one article dates a timeline entry.
type Account struct {
	Article    string `json:"article"`
	Source     string `json:"source"`
	Text       string `json:"text"` // the date words
	What       string `json:"what"`
	Sentence   int    `json:"sentence"`
	Resolution string `json:"resolution"`
}

// mergeTimeline lists the resolved dates (dates, by article of fs) oldest first. Accounts of the same day
// whose descriptions share content words are one entry. A weekday an
// article could not resolve (no reference) joins an entry of another source
// on a day of that weekday within two weeks before the story's reference
// whose description it shares.
func mergeTimeline(fs []*Facts, dates [][]Date, ref time.Time) []TimelineEntry {
	type acc struct {
		Account
		date, gran string
		stems      map[string]bool
		weekday    int
	}
	var resolved, pending []acc
	for i, f := range fs {
		w := f.words()
		for k, d := range dates[i] {
			a := acc{Account: Account{Article: f.ID, Source: source(f), Text: d.Text, What: d.What, Sentence: d.Sentence, Resolution: d.Resolution},
				date: d.Value, gran: d.Granularity, stems: w.whatStems[k], weekday: d.Parsed.Weekday}
			switch {
			case d.Time != "":
				// A date with a clock time is a dateline or time stamp.
			case !d.Unresolved && d.Value != "":
				resolved = append(resolved, a)
			case d.Kind == "weekday":
				pending = append(pending, a)
			}
		}
	}
	var entries []TimelineEntry
	var estems []map[string]bool
	// The entries of each day (a happening is looked for among its day's
	// entries only) and, for the weekdays to place, of each weekday.
	byDate := map[string][]int{}
	byWeekday := map[int][]int{}
	add := func(a acc) {
		for _, k := range byDate[a.date] {
			c, _ := overlap(estems[k], a.stems)
			if c >= 0.25 && shared(estems[k], a.stems) >= 2 {
				entries[k].Accounts = append(entries[k].Accounts, a.Account)
				entries[k].Sources = addStr(entries[k].Sources, a.Source)
				entries[k].Articles = addStr(entries[k].Articles, a.Article)
				for w := range a.stems {
					estems[k][w] = true
				}
				return
			}
		}
		st := map[string]bool{}
		for w := range a.stems {
			st[w] = true
		}
		if len(byDate[a.date]) >= maxPostings {
			return // a day of more happenings than anyone reads: the rest is left out
		}
		byDate[a.date] = append(byDate[a.date], len(entries))
		if t, err := time.Parse(dateLayout, a.date); err == nil {
			byWeekday[int(t.Weekday())+1] = append(byWeekday[int(t.Weekday())+1], len(entries))
		}
		entries = append(entries, TimelineEntry{Date: a.date, Granularity: a.gran, What: a.What, Accounts: []Account{a.Account},
			Sources: []string{a.Source}, Articles: []string{a.Article}})
		estems = append(estems, st)
	}
	for _, a := range resolved {
		add(a)
	}
	for _, a := range pending {
		best, bestC := -1, 0.0
		// The days of that weekday within two weeks before the reference,
		// or any (the first maxPostings) without one.
		cands := byWeekday[a.weekday][:min(len(byWeekday[a.weekday]), maxPostings)]
		if !ref.IsZero() {
			cands = nil
			for d := 0; d <= 14; d++ {
				if t := ref.AddDate(0, 0, -d); int(t.Weekday())+1 == a.weekday {
					cands = append(cands, byDate[t.Format(dateLayout)]...)
				}
			}
			sort.Ints(cands)
		}
		for _, k := range cands {
			if c, _ := overlap(estems[k], a.stems); c >= 0.25 && shared(estems[k], a.stems) >= 2 && c > bestC {
				best, bestC = k, c
			}
		}
		if best >= 0 {
			a.Resolution = "the same weekday as another source's dated account"
			e := &entries[best]
			e.Accounts = append(e.Accounts, a.Account)
			e.Sources = addStr(e.Sources, a.Source)
			e.Articles = addStr(e.Articles, a.Article)
		}
	}
	for k := range entries {
		e := &entries[k]
		sort.SliceStable(e.Accounts, func(i, j int) bool {
			if e.Accounts[i].Article != e.Accounts[j].Article {
				return e.Accounts[i].Article < e.Accounts[j].Article
			}
			return e.Accounts[i].Sentence < e.Accounts[j].Sentence
		})
		// The description: the longest account's (most said), ties by text.
		e.What = e.Accounts[0].What
		for _, a := range e.Accounts {
			if len(a.What) > len(e.What) {
				e.What = a.What
			}
		}
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].Date != entries[j].Date {
			return entries[i].Date < entries[j].Date
		}
		return entries[i].What < entries[j].What
	})
	if entries == nil {
		entries = []TimelineEntry{}
	}
	return entries
}

// eventStems are the stems of a description without the words of dates
// (months, weekdays, numbers), which say when, not what.
func eventStems(s string) map[string]bool {
	m := stemSet(s)
	for w := range m {
		if _, ok := months[w]; ok || isWeekday(w) || w == "us" || w == "februari" || w == "januari" || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			delete(m, w)
		}
	}
	return m
}
