package facts

import (
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
// that holds the span [a, b) (byte offsets in text): the words from the
// last clause mark before the span to the first after it, the span's own
// words (the value, the counted thing) and numbers left out.
func clauseStems(sentence string, toks []text.Token, a, b int) map[string]bool {
	out := map[string]bool{}
	first := 0
	for first < len(toks) && toks[first].End <= a {
		first++
	}
	last := first
	for last < len(toks) && toks[last].Start < b {
		last++
	}
	if first == last {
		return out
	}
	gap := func(i int) string { return sentence[toks[i-1].End:toks[i].Start] } // before token i > 0
	from, to := first, last
	for from > 0 && !clauseMark(gap(from)) {
		from--
	}
	for to < len(toks) && !clauseMark(gap(to)) {
		to++
	}
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
