package facts

import (
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Independent articles disagree on a fact when they state it in sentences
// alike enough to be one statement (alignOther, or for a number, enough
// shared words around the counted thing) and give it different values.
// Sentences written alike by several articles (wire copies) are one
// statement given by all of them, so a sentence shared by hundreds of
// articles costs what one does; statements are compared only with those
// that share a word with them.

// factNode is a statement and a fact it states (a counted thing, "day" or
// "place"): statements of one fact are joined.
type factNode struct {
	st   int
	fact string
}

// statement is one sentence as one or more articles write it, with what in
// it can disagree.
type statement struct {
	text  string
	stems map[string]bool
	arts  []int // the articles (indexes) that write it, ascending
	// nums: the values of each counted thing (head|dimension) when the
	// sentence gives exactly one, days the day it names when exactly one,
	// place the one place it names.
	nums map[string]keyedNumber
	// values are every number value the sentence gives, whatever it
	// counts ("23 pirates (12 Somali and 11 Yemeni)").
	values map[string]bool
	day    *keyedDay
	place  string // kind:key
	where  string // the place's name as written
	// dayClause and placeClause are the clause words of the day and the
	// place (clauseStems).
	dayClause, placeClause map[string]bool
	// short: every article that writes it is a short text (shortText).
	short bool
	// ents are the people, organisations and places it names (kind:key).
	ents map[string]string
}

// independentStatements lists the numbers, days and places on which
// statements of independent articles (not a copy and its original)
// disagree: one row per fact, every value with who gives it. changed are
// the sentences a copy row already covers.
func independentStatements(fs []*Facts, sents [][]sentFacts, rels []copydesk.Relation, changed map[sentKind]bool, events map[string]string,
	common map[string]bool) []Disagreement {
	idx := map[string]int{}
	for i, f := range fs {
		idx[f.ID] = i
	}
	copies := map[[2]int]bool{}
	for _, r := range rels {
		a, okA := idx[r.From]
		b, okB := idx[r.To]
		if okA && okB {
			copies[[2]int{a, b}], copies[[2]int{b, a}] = true, true
		}
	}
	var sts []*statement
	byText := map[string]*statement{}
	for i := range fs {
		short := shortText(fs[i])
		for k, s := range sents[i] {
			st := valueStatement(fs[i], s)
			if st == nil {
				continue
			}
			if changed[sentKind{i, k, KindNumber}] {
				st.nums = map[string]keyedNumber{}
			}
			if changed[sentKind{i, k, KindDate}] {
				st.day = nil
			}
			if changed[sentKind{i, k, KindPlace}] {
				st.place = ""
			}
			key := s.norm
			if prev := byText[key]; prev != nil {
				if prev.arts[len(prev.arts)-1] != i {
					prev.arts = append(prev.arts, i)
					prev.short = prev.short && short
				}
				continue
			}
			st.arts, st.short = []int{i}, short
			byText[key] = st
			sts = append(sts, st)
		}
	}
	// independent reports whether two statements are given by two articles
	// of one event that are not a copy and its original.
	independent := func(a, b *statement) bool {
		for _, x := range a.arts[:min(len(a.arts), maxPerSentence)] {
			for _, y := range b.arts[:min(len(b.arts), maxPerSentence)] {
				ex, ey := events[fs[x].ID], events[fs[y].ID]
				if x != y && !copies[[2]int{x, y}] && (ex == "" || ey == "" || ex == ey) {
					return true
				}
			}
		}
		return false
	}
	// refs are the articles' reference days (Facts.Reference), zero when
	// unknown.
	refs := make([]time.Time, len(fs))
	for i, f := range fs {
		if f.Reference != "" {
			refs[i], _ = time.Parse(dateLayout, f.Reference)
		}
	}
	// twoHappenings reports statements that cannot tell of one happening:
	// they name two different days, or every article of the one is dated
	// more than happeningGap from every article of the other (the quake of
	// one year and the quake of another, in one story of quakes).
	twoHappenings := func(a, b *statement) bool {
		if a.day != nil && b.day != nil && a.day.gran == b.day.gran && !sameDay(a.day.key, b.day.key) {
			return true
		}
		known := false
		for _, x := range a.arts[:min(len(a.arts), maxPerSentence)] {
			for _, y := range b.arts[:min(len(b.arts), maxPerSentence)] {
				if refs[x].IsZero() || refs[y].IsZero() {
					continue
				}
				known = true
				if d := refs[x].Sub(refs[y]); d <= happeningGap && d >= -happeningGap {
					return false
				}
			}
		}
		return known
	}
	type node = factNode
	parent := map[node]node{}
	var find func(n node) node
	find = func(n node) node {
		p, ok := parent[n]
		if !ok || p == n {
			return n
		}
		r := find(p)
		parent[n] = r
		return r
	}
	union := func(a, b node) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if rb.st < ra.st {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
		if _, ok := parent[ra]; !ok {
			parent[ra] = ra
		}
	}
	// against marks the statements compared directly with one of another
	// value: only they make versions, not one that joined a fact through
	// others that agree with it.
	against := map[node]bool{}
	// faced marks the pairs of values (fact, value, value) stated by two
	// statements compared directly: two versions that never met, each
	// contested by a third that turned out to be another fact, are none.
	faced := map[string]bool{}
	stems := make([]map[string]bool, len(sts))
	for k, st := range sts {
		stems[k] = st.stems
	}
	similarPairs(stems, func(i, j int) {
		a, b := sts[i], sts[j]
		if !independent(a, b) {
			return
		}
		n := shared(a.stems, b.stems)
		_, dice := overlap(a.stems, b.stems)
		aligned := dice >= alignOther
		// Counts are compared only within one happening.
		nums := a.nums
		if len(nums) > 0 && len(b.nums) > 0 && twoHappenings(a, b) {
			nums = nil
		}
		for thing, p := range nums {
			q, ok := b.nums[thing]
			if !ok {
				continue
			}
			// One statement, or the same words around the number: "killed
			// 12 people" and "14 people were killed", not "ordered to serve
			// 90 days" and "finished 30 days of treatment". A sentence that
			// gives the other's value too ("23 pirates (12 Somali and 11
			// Yemeni)") states another fact, and so does a count of a kind
			// of the thing ("seven AK-47 assault rifles", "nine assault
			// rifles"), and so does a total against one happening's count
			// ("14 rifles so far", "six rifles").
			if p.key != q.key && (a.values[q.key] || b.values[p.key]) || !sameKind(p.n, q.n) || p.span != q.span || misspelt(p.n.Text, q.n.Text) {
				continue
			}
			// A short text says what its number counts in its one clause:
			// the other must say it too ("7 things to know about the
			// phone" and "10 things we learned at its launch" count two
			// lists).
			if (a.short || b.short) && !sameSubject(p.clause, q.clause, a.stems, b.stems) {
				continue
			}
			// Nor are two counts one fact when each clause names who it is
			// about and neither sentence names the other's.
			if otherNames(p.names, q.names, a.ents, b.ents) {
				continue
			}
			if (aligned || n >= 3 && (alike(p.around, q.around, common) || alike(p.near, q.near, common))) && sameLead(p.lead, b.stems, q.otherLeads, q.lead, a.stems, p.otherLeads) {
				union(node{i, thing}, node{j, thing})
				if p.key != q.key {
					against[node{i, thing}], against[node{j, thing}] = true, true
					faced[thing+"\x00"+p.key+"\x00"+q.key], faced[thing+"\x00"+q.key+"\x00"+p.key] = true, true
				}
			}
		}
		// Between short texts, a day dates one happening when the clauses
		// that give it say the same of it (sameSubject).
		subject := func(x, y map[string]bool) bool { return !a.short && !b.short || sameSubject(x, y, a.stems, b.stems) }
		if aligned && a.day != nil && b.day != nil && a.day.gran == b.day.gran && subject(a.dayClause, b.dayClause) {
			union(node{i, "day"}, node{j, "day"})
			if !sameDay(a.day.key, b.day.key) {
				against[node{i, "day"}], against[node{j, "day"}] = true, true
				faced["day\x00"+a.day.key+"\x00"+b.day.key], faced["day\x00"+b.day.key+"\x00"+a.day.key] = true, true
			}
		}
		if aligned && a.place != "" && b.place != "" && subject(a.placeClause, b.placeClause) && (a.place == b.place ||
			otherPlaces(strings.TrimPrefix(a.place, kindPlace+":"), strings.TrimPrefix(b.place, kindPlace+":"), a.where, b.where)) {
			union(node{i, "place"}, node{j, "place"})
			if a.place != b.place {
				against[node{i, "place"}], against[node{j, "place"}] = true, true
				faced["place\x00"+a.place+"\x00"+b.place], faced["place\x00"+b.place+"\x00"+a.place] = true, true
			}
		}
	})
	groups := map[node][]node{}
	var roots []node
	for n := range parent {
		r := find(n)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], n)
	}
	sort.Slice(roots, func(i, j int) bool {
		if roots[i].st != roots[j].st {
			return roots[i].st < roots[j].st
		}
		return roots[i].fact < roots[j].fact
	})
	var out []Disagreement
	for _, r := range roots {
		g := groups[r]
		sort.Slice(g, func(i, j int) bool { return g[i].st < g[j].st })
		var rw *row
		// The values of the statements compared directly with another
		// value; a statement that only agrees with one of them is one more
		// source of it.
		contested := map[string]bool{}
		for _, n := range g {
			if against[n] {
				k, _ := factValue(sts[n.st], n.fact)
				contested[k] = true
			}
		}
		for _, n := range g {
			st := sts[n.st]
			key, text := factValue(st, n.fact)
			if !against[n] && !contested[key] {
				continue
			}
			if rw == nil {
				rw = newRow(factKind(n.fact), statementSubject(st, n.fact))
			}
			if n.fact == "day" {
				// A day written without its year is the day of the same date
				// with one.
				for _, k := range rw.keys {
					if sameDay(k, key) {
						key = k
						break
					}
				}
			}
			for _, a := range st.arts {
				rw.add(key, text, st.text, fs[a])
			}
		}
		if rw == nil {
			continue
		}
		if d, ok := rw.disagreement(); ok {
			var keys []string
			var vs []Version
			for k, v := range d.Values {
				if contradicts(d.Values, k) {
					keys, vs = append(keys, rw.keys[k]), append(vs, v)
				}
			}
			d.Values = nil
			for k, v := range vs {
				for m := range vs {
					if m != k && (faced[g[0].fact+"\x00"+keys[k]+"\x00"+keys[m]] || g[0].fact == "day" && sameDay(keys[k], keys[m])) {
						d.Values = append(d.Values, v)
						break
					}
				}
			}
			if len(d.Values) > 1 {
				out = append(out, d)
			}
		}
	}
	return out
}

// contradicts reports whether no article gives version i of vs beside
// another: an article that says both "six rifles" (in this operation) and
// "14 rifles" (so far) shows they are two facts, not two versions of one.
func contradicts(vs []Version, i int) bool {
	for j, w := range vs {
		if i != j && intersect(vs[i].Articles, w.Articles) {
			return false
		}
	}
	return true
}

// intersect reports whether two sorted lists share an element.
func intersect(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// alike reports whether the words around two numbers say they count the
// same: at least two in common that the whole story does not use
// ("pirates" in a story of pirates), and half of the fewer.
func alike(a, b, common map[string]bool) bool {
	n := 0
	for w := range a {
		if b[w] && !common[w] {
			n++
		}
	}
	return n >= 2 && 2*n >= min(len(a), len(b))
}

// factValue is the normal form and the words of what st says of fact.
func factValue(st *statement, fact string) (key, text string) {
	switch fact {
	case "day":
		return st.day.key, st.day.text
	case "place":
		return st.place, st.where
	}
	return st.nums[fact].key, st.nums[fact].n.Text
}

// durations are the stems of units of time.
var durations = wordSet("year", "month", "week", "day", "hour", "minut", "second", "season", "decad", "centuri", "term")

// remainder reports a count of the rest of something ("three other
// rifles", "two more boats"): no version of a total (nor is a part, "200,000
// of the comments", which valueStatement leaves out too).
func remainder(n Number) bool {
	for _, w := range strings.Fields(strings.ToLower(n.Text)) {
		switch w {
		case "other", "more", "additional", "another", "further", "remaining":
			return true
		}
	}
	return false
}

// sameKind reports whether two numbers of one counted thing count the same
// kind of it: the same words before the thing, or none on one side ("12
// pirates" and "14 Somali pirates" may; "seven AK-47 assault rifles" and
// "nine assault rifles" count different sets).
func sameKind(a, b Number) bool {
	mods := func(n Number) string {
		w := strings.Fields(strings.ToLower(n.Counts))
		if len(w) < 2 {
			return ""
		}
		return strings.Join(w[:len(w)-1], " ")
	}
	ma, mb := mods(a), mods(b)
	return ma == mb || ma == "" || mb == ""
}

func factKind(fact string) string {
	switch fact {
	case "day":
		return KindDate
	case "place":
		return KindPlace
	}
	return KindNumber
}

// statementSubject says what a fact of st is about: the counted thing, or
// the statement itself for a day or a place.
func statementSubject(st *statement, fact string) string {
	if fact == "day" || fact == "place" {
		return clipWords(st.text, 16)
	}
	n := st.nums[fact].n
	if n.Counts != "" {
		return n.Counts
	}
	return n.Unit
}

// aroundWords is how many words each side of a number say what it counts;
// nearWords, the nearest of them: the verb and what follows the thing
// ("has received nearly 300,000 comments, the vast majority" and "the
// agency received nearly 235,000 comments on the endangered").
const (
	aroundWords = 6
	nearWords   = 3
	// clauseWords bounds the clause of a number read for what it spans.
	clauseWords = 12
	// leadWidth is how many words of substance before a number say what
	// does or undergoes what it counts: the nearest ("received", "killed").
	leadWidth = 1
	// happeningGap is how far apart two articles' reference days may be
	// for their counts to be of one happening: a toll is told and revised
	// within days or weeks, another happening of the story (a quake of
	// another year) is months or years away.
	happeningGap = 30 * 24 * time.Hour
)

// wordsAround is the set of content stems of the words next to number n in
// sentence s, up to width each side, the counted thing and numbers left
// out.
func wordsAround(s sentFacts, n Number, width int) map[string]bool {
	return stemsAround(s, n.Start, n.End, n.Head, width)
}

// stemsAround is the set of content stems of the words within width of
// the span [start, end) of sentence s (offsets in its article), the span's
// words, numbers and the stem head left out.
func stemsAround(s sentFacts, start, end int, head string, width int) map[string]bool {
	out := map[string]bool{}
	toks := s.tokens()
	a, b := start-s.start, end-s.start
	first := sort.Search(len(toks), func(i int) bool { return toks[i].End > a })
	last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	for i := max(0, first-width); i < min(len(toks), last+width); i++ {
		w := toks[i].Word
		if i >= first && i < last || text.IsStop(w) || len(w) < 2 {
			continue
		}
		if _, _, isNum := numValue(w); isNum {
			continue
		}
		if st := text.Stem(w); st != head {
			out[st] = true
		}
	}
	return out
}

// clipWords cuts s after n words.
func clipWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return s
	}
	return strings.Join(w[:n], " ") + " …"
}

// valueStatement reads what a sentence states that can disagree: the
// numbers of each counted thing it gives one value for, the one day it
// names, the one solid place it names. Nil when it states none.
func valueStatement(f *Facts, s sentFacts) *statement {
	st := &statement{text: s.text, stems: s.stems, nums: map[string]keyedNumber{}, values: map[string]bool{}, ents: s.ents}
	if len(s.numbers) > 0 {
		// Each number below reads the sentence's words several times
		// (around it, its lead, its verb, the other counts, its clause).
		s.toks = text.Tokens(s.text)
	}
	var bySurface map[string]string
	if len(s.numbers) > 0 {
		bySurface = namesBySurface(s.ents)
	}
	for thing, vs := range numbersByThing(s.numbers) {
		for _, v := range vs {
			st.values[v.key] = true
		}
		// Ordinals ("third base", "fifth coach fired") and durations ("seven
		// years", "19 seasons") say which and how long of many things, too
		// often of different ones, to compare across articles.
		if len(vs) == 1 && strings.SplitN(thing, "|", 2)[0] != "" && !remainder(vs[0].n) && !strings.Contains(vs[0].n.Text, " of ") &&
			!vs[0].n.Ordinal && !durations[vs[0].n.Head] {
			vs[0].around = wordsAround(s, vs[0].n, aroundWords)
			vs[0].near = wordsAround(s, vs[0].n, nearWords)
			vs[0].lead = leadWords(s, vs[0].n, leadWidth)
			// A count with no word of substance before it in its clause is
			// the subject of the verb after it: that verb says what it
			// counts ("10 people died", "five people were injured").
			if len(vs[0].lead) == 0 {
				vs[0].lead = trailWord(s, vs[0].n)
			}
			vs[0].otherLeads = otherLeads(s, vs[0].n, vs[0].lead)
			vs[0].span = spans(s, vs[0].n, clauseWords)
			vs[0].clause = clauseStems(s.text, s.tokens(), vs[0].n.Start-s.start, vs[0].n.End-s.start)
			vs[0].names = clauseNames(s.text, s.tokens(), vs[0].n.Start-s.start, vs[0].n.End-s.start, bySurface)
			st.nums[thing] = vs[0]
		}
	}
	var days []keyedDay
	for _, d := range s.dates[:min(len(s.dates), maxPerSentence)] {
		if k, ok := dayKey(d, f); ok && happeningDate(s.text, d.Text) {
			days = append(days, keyedDay{d.Text, k, d.Granularity, d.Start, d.End})
		}
	}
	if len(days) == 1 {
		st.day = &days[0]
		st.dayClause = clauseStems(s.text, s.tokens(), days[0].start-s.start, days[0].end-s.start)
	}
	var placesIn []string
	for k := range s.ents {
		// Where a thing happened is written after "in", "at", "near":
		// the U.S. of "a U.S. Customs agent" is no place of the happening.
		if strings.HasPrefix(k, kindPlace+":") && solidPlace(strings.TrimPrefix(k, kindPlace+":")) && s.placed[k] {
			placesIn = append(placesIn, k)
		}
	}
	if len(placesIn) == 1 {
		st.place, st.where = placesIn[0], s.ents[placesIn[0]]
		if k := strings.Index(s.text, st.where); k >= 0 {
			st.placeClause = clauseStems(s.text, s.tokens(), k, k+len(st.where))
		}
	}
	if len(st.nums) == 0 && st.day == nil && st.place == "" || len(s.stems) < 4 {
		return nil
	}
	return st
}
