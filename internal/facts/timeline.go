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
	// Dates lists every date the accounts give when they disagree (Date
	// is then the one most sources give): one happening, dated two ways.
	Dates []DateVersion `json:"dates,omitempty"`
}

// DateVersion is one date a happening is given, and who gives it.
type DateVersion struct {
	Date        string   `json:"date"`
	Granularity string   `json:"granularity"`
	Sources     []string `json:"sources"`
	Articles    []string `json:"articles"`
}

// Account is how one article dates a timeline entry.
type Account struct {
	Article    string `json:"article"`
	Source     string `json:"source"`
	Text       string `json:"text"` // the date words
	What       string `json:"what"`
	Sentence   int    `json:"sentence"`
	Resolution string `json:"resolution"`
	// Date is the date this account gives, at its Granularity.
	Date        string `json:"date"`
	Granularity string `json:"granularity"`
	// Statement: the date dates a statement ("said on Monday"). Statements
	// made on different days are different statements.
	Statement bool `json:"statement,omitempty"`
}

// mergeTimeline lists the dated happenings (the entries among dates, by
// article of fs) oldest first. Accounts of the same day whose descriptions
// share content words are one entry. A weekday an article could not
// resolve (no reference) joins an entry of another source on a day of that
// weekday within two weeks before the story's reference whose description
// it shares. Entries of other articles told in much the same words and
// dated close together (within a week, or one date holding the other) are
// one happening: it keeps the date most sources give, the finer one when
// they agree, and lists the dates when they do not.
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
			a := acc{Account: Account{Article: f.ID, Source: source(f), Text: d.Text, What: d.What, Sentence: d.Sentence, Resolution: d.Resolution,
				Date: d.Value, Granularity: d.Granularity, Statement: d.Parsed.Speech},
				date: d.Value, gran: d.Granularity, stems: w.whatStems[k], weekday: d.Parsed.Weekday}
			switch {
			case d.Entry:
				resolved = append(resolved, a)
			case d.Kind == "weekday" && d.Unresolved && d.Parsed.Not == "":
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
			a.Date, a.Granularity = entries[best].Date, entries[best].Granularity
			e := &entries[best]
			e.Accounts = append(e.Accounts, a.Account)
			e.Sources = addStr(e.Sources, a.Source)
			e.Articles = addStr(e.Articles, a.Article)
		}
	}
	entries = joinHappenings(entries, estems)
	for k := range entries {
		e := &entries[k]
		sort.SliceStable(e.Accounts, func(i, j int) bool {
			if e.Accounts[i].Article != e.Accounts[j].Article {
				return e.Accounts[i].Article < e.Accounts[j].Article
			}
			return e.Accounts[i].Sentence < e.Accounts[j].Sentence
		})
		e.What = description(e.Accounts)
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

// description picks the account that says what most accounts say: the
// one sharing most words with the others, then the longest, then the
// first in order.
func description(as []Account) string {
	if len(as) == 1 {
		return as[0].What
	}
	stems := make([]map[string]bool, len(as))
	for i, a := range as {
		stems[i] = eventStems(a.What)
	}
	best, bestN := 0, -1
	for i := range as {
		n := 0
		for j := range as {
			if j != i && j < i+maxPostings && i < j+maxPostings {
				n += shared(stems[i], stems[j])
			}
		}
		if n > bestN || n == bestN && len(as[i].What) > len(as[best].What) {
			best, bestN = i, n
		}
	}
	return as[best].What
}

// joinHappenings joins the entries that are one happening dated by
// different articles a little differently: told in much the same words
// (half their words shared, three at least), by other articles, dated
// within a week of each other or one date holding the other ("2031-03"
// and "2031-03-03"). The entry with more accounts keeps its date (the finer
// when the dates agree); dates that disagree are listed in Dates. Each
// entry is compared with the entries that share a word with it, at most
// maxPostings a word.
func joinHappenings(entries []TimelineEntry, estems []map[string]bool) []TimelineEntry {
	sets := newDisjoint(len(entries))
	parent, find := sets.parent, sets.find
	post := map[string][]int{}
	for k := range entries {
		seen := map[int]bool{}
		words := make([]string, 0, len(estems[k]))
		for w := range estems[k] {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			for _, o := range post[w] {
				if seen[o] {
					continue
				}
				seen[o] = true
				if _, dice := overlap(estems[k], estems[o]); dice < 0.5 || shared(estems[k], estems[o]) < 3 {
					continue
				}
				if !near(entries[k], entries[o]) || sharesArticle(entries[k], entries[o]) ||
					!compatible(entries[k].Date, entries[o].Date) && (statements(entries[k]) || statements(entries[o])) {
					continue
				}
				if a, b := find(k), find(o); a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
			if len(post[w]) < maxPostings {
				post[w] = append(post[w], k)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for k := range entries {
		r := find(k)
		if len(groups[r]) == 0 {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], k)
	}
	if len(roots) == len(entries) {
		return entries
	}
	out := make([]TimelineEntry, 0, len(roots))
	for _, r := range roots {
		g := groups[r]
		if len(g) == 1 {
			out = append(out, entries[r])
			continue
		}
		out = append(out, joined(entries, g))
	}
	return out
}

// joined makes one entry of the entries g: the date most sources give
// (the finer of dates that agree, then the earlier), every account, and
// the dates when they disagree.
func joined(entries []TimelineEntry, g []int) TimelineEntry {
	var e TimelineEntry
	var versions []DateVersion
	for _, k := range g {
		x := entries[k]
		e.Accounts = append(e.Accounts, x.Accounts...)
		for _, src := range x.Sources {
			e.Sources = addStr(e.Sources, src)
		}
		for _, a := range x.Articles {
			e.Articles = addStr(e.Articles, a)
		}
		found := false
		for v := range versions {
			if versions[v].Date == x.Date {
				for _, src := range x.Sources {
					versions[v].Sources = addStr(versions[v].Sources, src)
				}
				for _, a := range x.Articles {
					versions[v].Articles = addStr(versions[v].Articles, a)
				}
				found = true
			}
		}
		if !found {
			versions = append(versions, DateVersion{Date: x.Date, Granularity: x.Granularity,
				Sources: append([]string(nil), x.Sources...), Articles: append([]string(nil), x.Articles...)})
		}
	}
	// A date holding another ("2031-03" and "2031-03-03") agrees with it:
	// its sources count for the finer one.
	sort.SliceStable(versions, func(i, j int) bool { return versions[i].Date < versions[j].Date })
	best, bestN := 0, -1
	for i, v := range versions {
		n := 0
		for _, w := range versions {
			if v.Date == w.Date || strings.HasPrefix(v.Date, w.Date) {
				n += len(w.Sources)
			}
		}
		if n > bestN || n == bestN && len(v.Date) > len(versions[best].Date) {
			best, bestN = i, n
		}
	}
	e.Date, e.Granularity = versions[best].Date, versions[best].Granularity
	for _, v := range versions {
		if !strings.HasPrefix(e.Date, v.Date) {
			e.Dates = versions
			break
		}
	}
	return e
}

// compatible reports two dates of which one holds the other.
func compatible(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }

// statements reports an entry dated by statements only.
func statements(e TimelineEntry) bool {
	for _, a := range e.Accounts {
		if !a.Statement {
			return false
		}
	}
	return true
}

// near reports two entries dated close enough to be one happening told
// twice: one date holding the other, or days within a week.
func near(a, b TimelineEntry) bool {
	if compatible(a.Date, b.Date) {
		return true
	}
	ta, ea := time.Parse(dateLayout, a.Date)
	tb, eb := time.Parse(dateLayout, b.Date)
	if ea != nil || eb != nil {
		return false
	}
	d := ta.Sub(tb)
	return d < 8*24*time.Hour && d > -8*24*time.Hour
}

// sharesArticle reports an article giving both entries: one article that
// dates two happenings alike tells two happenings.
func sharesArticle(a, b TimelineEntry) bool {
	// Both lists are sorted sets (addStr).
	for i, j := 0, 0; i < len(a.Articles) && j < len(b.Articles); {
		switch {
		case a.Articles[i] == b.Articles[j]:
			return true
		case a.Articles[i] < b.Articles[j]:
			i++
		default:
			j++
		}
	}
	return false
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
