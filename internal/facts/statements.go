package facts

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk"
)

// Independent articles disagree on a fact when they state it in sentences
// alike enough to be one statement (alignOther, or for a number, enough
// shared words around the counted thing) and give it different values.
// Sentences written alike by several articles (wire copies) are one
// statement given by all of them, so a sentence shared by hundreds of
// articles costs what one does; statements are compared only with those
// that share a word with them.

// statement is one sentence as one or more articles write it, with what in
// it can disagree.
type statement struct {
	text  string
	stems map[string]bool
	arts  []int // the articles (indexes) that write it, ascending
	// nums: the values of each counted thing (head|dimension) when the
	// sentence gives exactly one, days the day it names when exactly one,
	// place the one place it names.
	nums  map[string]keyedNumber
	day   *keyedDay
	place string // kind:key
	where string // the place's name as written
}

// independentStatements lists the numbers, days and places on which
// statements of independent articles (not a copy and its original)
// disagree: one row per fact, every value with who gives it. changed are
// the sentences a copy row already covers.
func independentStatements(fs []*Facts, sents [][]sentFacts, rels []copydesk.Relation, changed map[sentKind]bool) []Disagreement {
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
				}
				continue
			}
			st.arts = []int{i}
			byText[key] = st
			sts = append(sts, st)
		}
	}
	// independent reports whether two statements are given by two articles
	// that are not a copy and its original.
	independent := func(a, b *statement) bool {
		for _, x := range a.arts[:min(len(a.arts), maxPerSentence)] {
			for _, y := range b.arts[:min(len(b.arts), maxPerSentence)] {
				if x != y && !copies[[2]int{x, y}] {
					return true
				}
			}
		}
		return false
	}
	// Statements of one fact are joined: a node is a statement and the fact
	// it states (a counted thing, "day" or "place").
	type node struct {
		st   int
		fact string
	}
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
		for thing := range a.nums {
			if _, ok := b.nums[thing]; !ok {
				continue
			}
			head := strings.SplitN(thing, "|", 2)[0]
			// One statement, or enough words in common around the counted
			// thing to be about the same count.
			if aligned || head != "" && a.stems[head] && b.stems[head] && n >= 3 {
				union(node{i, thing}, node{j, thing})
			}
		}
		if aligned && a.day != nil && b.day != nil && a.day.gran == b.day.gran {
			union(node{i, "day"}, node{j, "day"})
		}
		if aligned && a.place != "" && b.place != "" {
			union(node{i, "place"}, node{j, "place"})
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
		for _, n := range g {
			st := sts[n.st]
			var key, text string
			switch n.fact {
			case "day":
				key, text = st.day.key, st.day.text
			case "place":
				key, text = st.place, st.where
			default:
				key, text = st.nums[n.fact].key, st.nums[n.fact].n.Text
			}
			if rw == nil {
				rw = newRow(factKind(n.fact), statementSubject(st, n.fact))
			}
			if n.fact == "day" {
				// A day written without its year is the day of the same date
				// with one.
				for k := range rw.byKey {
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
		if d, ok := rw.disagreement(); ok && apart(d) {
			out = append(out, d)
		}
	}
	return out
}

// apart reports whether the versions of a row come from different
// articles: an article giving two values is no disagreement between
// sources.
func apart(d Disagreement) bool {
	for i := range d.Values {
		for j := i + 1; j < len(d.Values); j++ {
			if !sameSet(d.Values[i].Articles, d.Values[j].Articles) {
				return true
			}
		}
	}
	return false
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
	st := &statement{text: s.text, stems: s.stems, nums: map[string]keyedNumber{}}
	for thing, vs := range numbersByThing(s.numbers) {
		if len(vs) == 1 && strings.SplitN(thing, "|", 2)[0] != "" {
			st.nums[thing] = vs[0]
		}
	}
	var days []keyedDay
	for _, d := range s.dates[:min(len(s.dates), maxPerSentence)] {
		if k, ok := dayKey(d, f); ok {
			days = append(days, keyedDay{d.Text, k, d.Granularity})
		}
	}
	if len(days) == 1 {
		st.day = &days[0]
	}
	var placesIn []string
	for k := range s.ents {
		if strings.HasPrefix(k, kindPlace+":") && solidPlace(strings.TrimPrefix(k, kindPlace+":")) {
			placesIn = append(placesIn, k)
		}
	}
	if len(placesIn) == 1 {
		st.place, st.where = placesIn[0], s.ents[placesIn[0]]
	}
	if len(st.nums) == 0 && st.day == nil && st.place == "" || len(s.stems) < 4 {
		return nil
	}
	return st
}
