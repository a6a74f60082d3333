package facts

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// A value's subject: what a number counts, whom an office is held in,
// what a date dates, read from the words of the value's own clause. An
// article that is only its headline (a feed item's title) says its facts in
// one short clause, and two headlines of one story are often about
// different things: "7 Things to Know About the Fold" and "10 Things We
// Learned at the Fold Launch" count two lists; "Kessel quake kills 40" and
// "Kessel floods kill 12" count the dead of two disasters; "Grain Market
// Recap: March 11" dates the recap, no happening. Where one of two values
// is a short text's, they are compared only when the clause of one holds
// nothing the other's sentence does not (the same subject words on both
// sides), and a clause with no word of its own beside the value says of
// nothing what the value is.

// shortText reports an article that is only its headline (a feed item's
// title): its text has no more words than its title.
func shortText(f *Facts) bool {
	if f.Title == "" {
		return false
	}
	n := 0
	for _, s := range f.Sentences {
		n += len(strings.Fields(s.Text))
	}
	return n <= len(strings.Fields(f.Title))
}

// clauseStems is the set of content stems of the clause of sentence text
// that holds the span [a, b) (byte offsets in text; clauseTokens), the
// span's own words (the value, the counted thing) and numbers left out.
func clauseStems(sentence string, toks []text.Token, a, b int) map[string]bool {
	out := map[string]bool{}
	first, last, from, to := clauseTokens(sentence, toks, a, b)
	for i := from; i < to; i++ {
		if i >= first && i < last {
			continue
		}
		w := toks[i].Word
		if text.IsStop(w) || len(w) < 2 {
			continue
		}
		if _, _, isNum := numValue(w); isNum {
			continue
		}
		out[text.Stem(w)] = true
	}
	return out
}

// maxValueClause is the most words read each side of a value for its clause, so
// that a sentence of thousands of words and numbers costs what its words
// do: a headline's clause is shorter.
const maxValueClause = 16

// clauseTokens finds the tokens [first, last) of the span [a, b) of
// sentence and their clause [from, to): from the last clause mark before
// them to the first after, at most maxValueClause words each side.
func clauseTokens(sentence string, toks []text.Token, a, b int) (first, last, from, to int) {
	first = sort.Search(len(toks), func(i int) bool { return toks[i].End > a })
	last = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	if last < first {
		last = first
	}
	gap := func(i int) string { return sentence[toks[i-1].End:toks[i].Start] } // before token i > 0
	from, to = first, last
	for from > 0 && first-from < maxValueClause && !clauseMark(gap(from)) {
		from--
	}
	for to < len(toks) && to-last < maxValueClause && !clauseMark(gap(to)) {
		to++
	}
	return first, last, from, to
}

// namesBySurface maps the people and organisations of ents (kind:key to
// the surface a sentence writes) by their surface.
func namesBySurface(ents map[string]string) map[string]string {
	out := map[string]string{}
	for k, surface := range ents {
		if surface != "" && (strings.HasPrefix(k, kindPerson+":") || strings.HasPrefix(k, kindOrg+":")) {
			out[surface] = k
		}
	}
	return out
}

// maxNameWords is the most words of a name clauseNames looks up.
const maxNameWords = 5

// clauseNames are the people and organisations (kind:key, by surface:
// namesBySurface) named inside the clause of the span [a, b) of sentence
// (clauseTokens), outside the span: who does or undergoes what a value
// there says.
func clauseNames(sentence string, toks []text.Token, a, b int, bySurface map[string]string) map[string]bool {
	if len(bySurface) == 0 {
		return nil
	}
	first, last, from, to := clauseTokens(sentence, toks, a, b)
	var out map[string]bool
	for i := from; i < to; i++ {
		for j := i; j < to && j < i+maxNameWords; j++ {
			if i < last && j >= first {
				break
			}
			if k, ok := bySurface[sentence[toks[i].Start:toks[j].End]]; ok {
				if out == nil {
					out = map[string]bool{}
				}
				out[k] = true
			}
		}
	}
	return out
}

// otherNames reports two values whose clauses each name who they are
// about (clauseNames x and y) where neither sentence (names nx, ny) names
// the other's: "Kessel Air cancelled 40 flights" and "Tarn Airways
// cancelled 120 flights" count two airlines' flights.
func otherNames(x, y map[string]bool, nx, ny map[string]string) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	for k := range x {
		if _, ok := ny[k]; ok {
			return false
		}
	}
	for k := range y {
		if _, ok := nx[k]; ok {
			return false
		}
	}
	return true
}

// clauseMark reports a gap between two words that parts clauses.
func clauseMark(gap string) bool { return strings.ContainsAny(gap, ",;:()[]?!") }

// sameSubject reports whether two values, one of a short text, are about
// one subject: the clause words of the side with fewer (x of a sentence of
// stems sx, y of sy) are all in the other's sentence, as the same stem, a
// word spelt a letter or two otherwise ("reader", "read") or a synonym. A
// clause with no word but the value's is about nothing that can be told
// apart: no subject.
func sameSubject(x, y, sx, sy map[string]bool) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	within := func(c, other map[string]bool) bool {
		for w := range c {
			if !hasWord(other, w) {
				return false
			}
		}
		return true
	}
	switch {
	case len(x) < len(y):
		return within(x, sy)
	case len(y) < len(x):
		return within(y, sx)
	}
	return within(x, sy) || within(y, sx)
}

// hasWord reports whether the stem w is in the set of stems m: itself, a
// stem spelt a letter or two otherwise, or one of its synonym class.
func hasWord(m map[string]bool, w string) bool {
	if m[w] {
		return true
	}
	c := synonym.Class(w)
	for o := range m {
		if respelling(w, o) || c != w && synonym.Class(o) == c {
			return true
		}
	}
	return false
}

// twoBodies reports two role keys that each name the body the office is
// in, and no body in common: "Zentra CEO" and "Kessel Bank CFO" are two
// offices one person may hold, not two versions of one. A body is a word
// of the role that is no title, rank or qualifier of one ("zentra",
// "kessel bank"; not "deputy", "defense", "secretary").
func twoBodies(a, b string) bool {
	bodies := func(key string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(key) {
			if !titleHeads[w] && !roleModifiers[w] && !rankQualifiers[w] && !ranks[w] && !chiefOfficers[w] && !honorifics[w] {
				out[w] = true
			}
		}
		return out
	}
	ba, bb := bodies(a), bodies(b)
	return len(ba) > 0 && len(bb) > 0 && shared(ba, bb) == 0
}
