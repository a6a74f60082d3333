package facts

import (
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// StoryFacts is what the sources of one story (or event) say, together.
type StoryFacts struct {
	// Reference is the latest reference day of the articles: dates written
	// without a year in articles without a reference of their own take
	// their year from it.
	Reference     string          `json:"reference,omitempty"`
	Entities      []StoryEntity   `json:"entities"`
	Quotes        []StoryQuote    `json:"quotes"`
	Timeline      []TimelineEntry `json:"timeline"`
	Disagreements []Disagreement  `json:"disagreements"`
}

// StoryEntity is one person, organisation or place across the articles.
type StoryEntity struct {
	ID   string `json:"id"` // kind:key
	Kind string `json:"kind"`
	// Name is the fullest form; Forms every form written, sorted.
	Name     string      `json:"name"`
	Forms    []string    `json:"forms"`
	Country  string      `json:"country,omitempty"`
	Roles    []StoryRole `json:"roles,omitempty"`
	Sources  []string    `json:"sources"`
	Articles []string    `json:"articles"`
	Mentions int         `json:"mentions"`
}

// StoryRole is one role given to a person, with who gives it.
type StoryRole struct {
	Text     string   `json:"text"`
	Forms    []string `json:"forms,omitempty"`
	Key      string   `json:"key"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

// StoryQuote is one statement with its variants across the articles.
type StoryQuote struct {
	Speaker     string         `json:"speaker,omitempty"`
	SpeakerKey  string         `json:"speaker_key,omitempty"`
	SpeakerKind string         `json:"speaker_kind,omitempty"`
	Variants    []QuoteVariant `json:"variants"`
	// Changed is set when direct variants differ beyond case and punctuation.
	Changed bool `json:"changed"`
}

// QuoteVariant is one wording of a quote and the articles that give it.
type QuoteVariant struct {
	Text     string   `json:"text"`
	Direct   bool     `json:"direct"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

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

// source names an article's outlet, or its id when the outlet is unknown.
func source(f *Facts) string {
	if f.Source != "" {
		return f.Source
	}
	return f.ID
}

// Merge joins the facts of the articles of one story: one entity per person
// (organisation, place) across surface forms, one quote per statement with
// its variants, a timeline oldest first, and the disagreements between the
// sources, including the meaning changes of every copy in rels (From is the
// original, To the copy). The input is not modified; the output is the same
// for the same input in any order.
func Merge(arts []*Facts, rels []copydesk.Relation) *StoryFacts {
	fs := make([]*Facts, 0, len(arts))
	for _, a := range arts {
		if a != nil {
			fs = append(fs, a)
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID })
	sf := &StoryFacts{Entities: []StoryEntity{}, Quotes: []StoryQuote{}, Timeline: []TimelineEntry{}, Disagreements: []Disagreement{}}
	// The story's reference, and the dates re-resolved with it.
	var ref time.Time
	for _, f := range fs {
		if t, err := time.Parse(dateLayout, f.Reference); err == nil && t.After(ref) {
			ref = t
		}
	}
	if !ref.IsZero() {
		sf.Reference = ref.Format(dateLayout)
	}
	dates := make([][]Date, len(fs))
	for i, f := range fs {
		dates[i] = append([]Date(nil), f.Dates...)
		if f.Reference == "" && !ref.IsZero() {
			resolveDates(dates[i], time.Time{}, ref)
		}
	}
	m := &merger{fs: fs, dates: dates, ref: ref}
	sf.Entities = m.entities()
	sf.Quotes = m.quotes()
	sf.Timeline = m.timeline()
	sf.Disagreements = m.disagreements(sf, rels)
	return sf
}

type merger struct {
	fs    []*Facts
	dates [][]Date
	ref   time.Time
	// personID maps article index and person key to the story entity id.
	personID map[[2]string]string
	// sents caches the sentence facts of each article.
	sents map[int][]sentFacts
}

// addStr adds s to a sorted set.
func addStr(set []string, s string) []string {
	i := sort.SearchStrings(set, s)
	if i < len(set) && set[i] == s {
		return set
	}
	set = append(set, "")
	copy(set[i+1:], set[i:])
	set[i] = s
	return set
}

// firstName returns the first word of a multi-word name, lower case.
func firstName(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	return strings.ToLower(w[0])
}

// entities groups people by surname (split when their first names clearly
// differ), organisations by key and country, places by key.
func (m *merger) entities() []StoryEntity {
	m.personID = map[[2]string]string{}
	byID := map[string]*StoryEntity{}
	var ids []string
	get := func(id, kind string) *StoryEntity {
		e, ok := byID[id]
		if !ok {
			e = &StoryEntity{ID: id, Kind: kind, Forms: []string{}, Sources: []string{}, Articles: []string{}}
			byID[id] = e
			ids = append(ids, id)
		}
		return e
	}
	// First names seen per surname, to split different people.
	firsts := map[string][]string{}
	for _, f := range m.fs {
		for _, p := range f.People {
			if fn := firstName(p.Name); fn != "" {
				firsts[p.Key] = addStr(firsts[p.Key], fn)
			}
		}
	}
	for _, f := range m.fs {
		src := source(f)
		for _, p := range f.People {
			id := "person:" + p.Key
			if fn := firstName(p.Name); fn != "" && len(firsts[p.Key]) > 1 {
				// Similar first names are one person spelt two ways (a name
				// disagreement); clearly different ones are two people.
				canon := fn
				for _, o := range firsts[p.Key] {
					if editDistance(o, fn) <= 2 {
						canon = o
						break
					}
				}
				if canon != firsts[p.Key][0] {
					id += ":" + canon
				}
			}
			m.personID[[2]string{f.ID, p.Key}] = id
			e := get(id, kindPerson)
			if len(p.Name) > len(e.Name) || len(p.Name) == len(e.Name) && p.Name < e.Name {
				e.Name = p.Name
			}
			for _, mt := range p.Mentions {
				e.Forms = addStr(e.Forms, mt.Text)
			}
			e.Forms = addStr(e.Forms, p.Name)
			e.Sources = addStr(e.Sources, src)
			e.Articles = addStr(e.Articles, f.ID)
			e.Mentions += len(p.Mentions)
			for _, r := range p.Roles {
				found := false
				for k := range e.Roles {
					if e.Roles[k].Key == r.Key {
						found = true
						e.Roles[k].Forms = addStr(e.Roles[k].Forms, r.Text)
						e.Roles[k].Sources = addStr(e.Roles[k].Sources, src)
						e.Roles[k].Articles = addStr(e.Roles[k].Articles, f.ID)
					}
				}
				if !found {
					e.Roles = append(e.Roles, StoryRole{Text: r.Text, Forms: []string{r.Text}, Key: r.Key, Sources: []string{src}, Articles: []string{f.ID}})
				}
			}
		}
		for _, group := range []struct {
			kind string
			ents []Entity
		}{{kindOrg, f.Orgs}, {kindPlace, f.Places}} {
			for _, en := range group.ents {
				id := group.kind + ":" + en.Key
				e := get(id, group.kind)
				if e.Name == "" || len(en.Name) > len(e.Name) || len(en.Name) == len(e.Name) && en.Name < e.Name {
					e.Name = en.Name
				}
				if e.Country == "" {
					e.Country = en.Country
				}
				for _, mt := range en.Mentions {
					e.Forms = addStr(e.Forms, mt.Text)
				}
				e.Sources = addStr(e.Sources, src)
				e.Articles = addStr(e.Articles, f.ID)
				e.Mentions += len(en.Mentions)
			}
		}
	}
	out := make([]StoryEntity, 0, len(ids))
	for _, id := range ids {
		e := byID[id]
		sort.Slice(e.Roles, func(i, j int) bool { return e.Roles[i].Key < e.Roles[j].Key })
		out = append(out, *e)
	}
	// Most mentioned first, then by id.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return kindRank(out[i].Kind) < kindRank(out[j].Kind)
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func kindRank(k string) int {
	switch k {
	case kindPerson:
		return 0
	case kindOrg:
		return 1
	}
	return 2
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// stemSet is the set of content-word stems of s.
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range contentStems(s) {
		switch w {
		case "u.s.", "u.s", "usa", "america", "unit":
			w = "us"
		}
		m[w] = true
	}
	return m
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

// shared counts the stems a and b have in common.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// overlap is |a∩b| / min(|a|,|b|), and dice 2|a∩b| / (|a|+|b|).
func overlap(a, b map[string]bool) (containment, dice float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b))), 2 * float64(n) / float64(len(a)+len(b))
}

// quoteItem is one quote of one article while grouping.
type quoteItem struct {
	f     *Facts
	q     Quote
	stems map[string]bool
	spk   string
}

// quotes groups the quotes of all articles: two quotes are one when their
// speakers agree (or one is unknown and the words agree closely) and they
// share most of their content words (containment of stems at least 0.5,
// 0.7 without a common speaker).
func (m *merger) quotes() []StoryQuote {
	var items []quoteItem
	for _, f := range m.fs {
		for _, q := range f.Quotes {
			st := stemSet(q.Text)
			if len(st) < 2 {
				continue
			}
			spk := ""
			if q.SpeakerKey != "" {
				spk = q.SpeakerKind + ":" + q.SpeakerKey
				if id, ok := m.personID[[2]string{f.ID, q.SpeakerKey}]; ok && q.SpeakerKind == kindPerson {
					spk = id
				}
			}
			items = append(items, quoteItem{f: f, q: q, stems: st, spk: spk})
		}
	}
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			if a.f == b.f && normQuote(a.q.Text) != normQuote(b.q.Text) {
				continue
			}
			c, d := overlap(a.stems, b.stems)
			n := shared(a.stems, b.stems)
			same := a.spk != "" && a.spk == b.spk
			if same && (n >= 3 || n >= 2 && a.q.Direct && b.q.Direct) && c >= 0.5 && d >= 0.35 || (a.spk == "" || b.spk == "") && n >= 4 && c >= 0.7 {
				parent[find(j)] = find(i)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	out := []StoryQuote{}
	for _, r := range roots {
		var sq StoryQuote
		for _, i := range groups[r] {
			it := items[i]
			if sq.SpeakerKey == "" && it.q.SpeakerKey != "" || sq.Speaker == "" {
				sq.Speaker, sq.SpeakerKey, sq.SpeakerKind = it.q.Speaker, it.q.SpeakerKey, it.q.SpeakerKind
			}
			if it.q.SpeakerKey != "" && len(it.q.Speaker) > len(sq.Speaker) && it.q.SpeakerKey == sq.SpeakerKey {
				sq.Speaker = it.q.Speaker
			}
			found := false
			for k := range sq.Variants {
				v := &sq.Variants[k]
				if normQuote(v.Text) == normQuote(it.q.Text) && v.Direct == it.q.Direct {
					v.Sources = addStr(v.Sources, source(it.f))
					v.Articles = addStr(v.Articles, it.f.ID)
					found = true
				}
			}
			if !found {
				sq.Variants = append(sq.Variants, QuoteVariant{Text: it.q.Text, Direct: it.q.Direct, Sources: []string{source(it.f)}, Articles: []string{it.f.ID}})
			}
		}
		direct := 0
		for _, v := range sq.Variants {
			if v.Direct {
				direct++
			}
		}
		sq.Changed = direct > 1
		sort.SliceStable(sq.Variants, func(i, j int) bool { return sq.Variants[i].Articles[0] < sq.Variants[j].Articles[0] })
		out = append(out, sq)
	}
	// Most widely reported first, then by speaker and text.
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Variants) != len(out[j].Variants) {
			return len(out[i].Variants) > len(out[j].Variants)
		}
		if out[i].Speaker != out[j].Speaker {
			return out[i].Speaker < out[j].Speaker
		}
		return out[i].Variants[0].Text < out[j].Variants[0].Text
	})
	return out
}

// normQuote folds a quote for "the same words": case, punctuation and
// spacing do not count.
func normQuote(s string) string { return strings.Join(text.Words(s), " ") }

// timeline lists the resolved dates oldest first. Accounts of the same day
// whose descriptions share content words are one entry. A weekday an
// article could not resolve (no reference) joins an entry of another source
// on a day of that weekday within two weeks before the story's reference
// whose description it shares.
func (m *merger) timeline() []TimelineEntry {
	type acc struct {
		Account
		date, gran string
		stems      map[string]bool
		weekday    int
	}
	var resolved, pending []acc
	for i, f := range m.fs {
		for _, d := range m.dates[i] {
			a := acc{Account: Account{Article: f.ID, Source: source(f), Text: d.Text, What: d.What, Sentence: d.Sentence, Resolution: d.Resolution},
				date: d.Value, gran: d.Granularity, stems: eventStems(d.What), weekday: d.Parsed.Weekday}
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
	add := func(a acc) {
		for k := range entries {
			if entries[k].Date != a.date {
				continue
			}
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
		entries = append(entries, TimelineEntry{Date: a.date, Granularity: a.gran, What: a.What, Accounts: []Account{a.Account},
			Sources: []string{a.Source}, Articles: []string{a.Article}})
		estems = append(estems, st)
	}
	for _, a := range resolved {
		add(a)
	}
	for _, a := range pending {
		best, bestC := -1, 0.0
		for k, e := range entries {
			t, err := time.Parse(dateLayout, e.Date)
			if err != nil || int(t.Weekday())+1 != a.weekday || !m.ref.IsZero() && (t.After(m.ref) || t.Before(m.ref.AddDate(0, 0, -14))) {
				continue
			}
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
