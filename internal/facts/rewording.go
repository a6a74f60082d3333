package facts

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// What a rewording keeps: the tests a copy's sentence passes when it says
// its original's fact in other words, leaves a clause out, or names a
// person or an office another way. A copy changes a meaning when a
// negation, a word of opposite meaning, a number, a date, a place or a name
// changes in what both sentences say, not when it only drops or adds a
// clause or puts a synonym in a word's place.

// titleSynonyms are titles that name one office ("IMF head", "IMF chief"),
// as WordNet's synsets of titles group them (head, chief, leader; lawyer,
// attorney, counsel; chairman, chairwoman, chair; director, manager),
// beside the synonym classes derived from WordNet (synonym.Of), which keep
// only each word's most frequent sense.
var titleSynonyms = map[string]string{
	"head": "head", "chief": "head", "leader": "head", "boss": "head",
	"lawyer": "lawyer", "attorney": "lawyer", "counsel": "lawyer",
	"chairman": "chair", "chairwoman": "chair", "chair": "chair", "chairperson": "chair",
	"director": "director", "manager": "director",
	"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes", "spokesmen": "spokes",
}

// wordClass is the class of a lower-case word for comparing two wordings:
// its title class, else its WordNet synonym class (a stem when it has none).
func wordClass(w string) string {
	if c, ok := titleSynonyms[w]; ok {
		return "t:" + c
	}
	return synonym.Of(w, text.Stem(w))
}

// synonyms reports two words of one meaning: one stem, one synonym class,
// or one title.
func synonyms(a, b string) bool {
	return a == b || text.Stem(a) == text.Stem(b) || wordClass(a) == wordClass(b)
}

// namedHere reports a quote whose speaker its own sentence names ("said
// Mr. Colley", "according to the navy", "the county police said"), not
// one found through a pronoun or a role noun resolved to a name of the
// text around: around an excerpt, that text is another article's.
func namedHere(q Quote) bool {
	return q.Via == "named" || q.Via == "according to" || q.Via == "transcript" || q.Via == "role noun" && q.Antecedent == nil
}

// oneName reports two names that can name one speaker: every word of the
// shorter (numbers and small words left out: "2005 Authorities") matches
// one of the longer's, as a synonym, a spelling a letter or two apart
// ("Yiannis", "Giannis") or a shared beginning ("navy", "naval forces").
func oneName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return true
	}
	for _, x := range wa {
		found := false
		for _, y := range wb {
			if synonyms(x, y) || len(x) >= 4 && len(y) >= 4 && editDistance(x, y) <= 2 || sharedStart(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameWords are the lower-case words of a name, without numbers and
// function words.
func nameWords(s string) []string {
	var out []string
	for _, w := range text.Words(s) {
		if text.IsStop(w) || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sharedStart reports two words that begin alike over three letters and
// most of the shorter ("navy", "naval").
func sharedStart(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 3 && 4*n >= 3*min(len(a), len(b))
}

// copyRoleChanged reports whether a copy that gives a person role b where
// its original gave role a (both role keys) names another office: two
// chief officers ("CEO", "COO"), or titles that differ in title words on
// both sides ("Mayor", "Governor"; "Assistant Secretary", "Deputy
// Secretary"). Not when one holds the other ("Gen.", "Air Force Gen."),
// when one only says the person speaks for others ("Inspector", "police
// spokesman"), when the words that differ are synonyms ("lawyer",
// "attorney"; "head", "chief") or when on one side they are not title
// words (a copy's "Acrobatic director" for "Athletic director" is a
// rewriter's word, not another office).
func copyRoleChanged(a, b string) bool {
	if a == b || roleHolds(a, b) || roleHolds(b, a) || spokesRole(a) != spokesRole(b) || rankOnly(a) != rankOnly(b) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if otherOfficers(setOf(wa), setOf(wb)) {
		return true
	}
	wa, wb = spellOfficers(wa), spellOfficers(wb)
	if sa, sb := strings.Join(wa, " "), strings.Join(wb, " "); sa == sb || roleHolds(sa, sb) || roleHolds(sb, sa) {
		return false
	}
	title := func(ws []string) bool {
		for _, w := range ws {
			if titleHeads[w] || rankQualifiers[w] {
				return true
			}
		}
		return false
	}
	return title(unmatched(wa, wb)) && title(unmatched(wb, wa))
}

// unmatched are the words of xs that no word of ys matches as a synonym,
// each word of ys matching once.
func unmatched(xs, ys []string) []string {
	used := make([]bool, len(ys))
	var out []string
	for _, x := range xs {
		found := false
		for k, y := range ys {
			if !used[k] && synonyms(x, y) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// sameOffice reports two role keys whose words match one for one as
// synonyms ("defense lawyer", "defense attorney"; "general manager",
// "general director"): one office worded two ways.
func sameOffice(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	return len(wa) == len(wb) && len(unmatched(wa, wb)) == 0
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// quantityNo are the words after "no" that make it a bound, not a
// negation ("no fewer than 14 vessels", "no more than six").
var quantityNo = wordSet("fewer", "less", "more")

// negationKept reports whether the clause a negation belongs to is in both
// sentences: the words of substance that follow the negation (up to three,
// within its clause) are mostly in the other sentence too. A copy that
// leaves out "but they have not made him an offer" or adds "who has not
// lost in four years" changed no meaning of what both say.
func negationKept(x, y string) bool {
	nx := negated(x)
	s, o := x, y
	if !nx {
		s, o = y, x
	}
	other := stemSet(o)
	toks := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s)))
	kept := false
	for i, raw := range toks {
		w := strings.Trim(raw, ".,;:!?\"“”()[]—–")
		if !negationWord(w) {
			continue
		}
		if w == "no" && i+1 < len(toks) && quantityNo[strings.Trim(toks[i+1], ".,;:")] {
			continue
		}
		var words []string
		if !strings.ContainsAny(raw, ",;:.!?") {
			for _, r := range toks[i+1:] {
				v := strings.Trim(r, ".,;:!?\"“”()[]—–'")
				if v != "" && !text.IsStop(v) && !negationWord(v) && len(v) > 1 {
					words = append(words, v)
				}
				if len(words) == 3 || strings.ContainsAny(r, ",;:.!?") {
					break
				}
			}
		}
		if len(words) == 0 {
			// Nothing follows in its clause ("he did not."): the negation
			// stands for the clause, which the other sentence has.
			return true
		}
		n := 0
		for _, v := range words {
			if other[text.Stem(v)] {
				n++
			}
		}
		if 2*n >= len(words) {
			kept = true
		}
	}
	return kept
}

// replacedBy reports whether, where sentences x and y part (their words
// aligned), a word of x whose stem is a stands where y has one whose stem
// is b: a word replaced, not one that only one sentence has elsewhere ("ran
// a stop sign when police began" and "ran a halt sign when police
// started" replace stop by halt and began by started, not stop by
// started). Past maxAligned words a side the sentences are not aligned and
// any place counts.
func replacedBy(x, y, a, b string) bool {
	wx, wy := wordsOf(x), wordsOf(y)
	if len(wx) > maxAligned || len(wy) > maxAligned {
		return true
	}
	has := func(ws []string, st string) bool {
		for _, w := range ws {
			if text.Stem(w) == st || w == st || strings.HasPrefix(st, w+" ") {
				return true
			}
		}
		return false
	}
	for _, g := range innerGaps(wx, wy) {
		if has(g.a, a) && has(g.b, b) {
			return true
		}
	}
	return false
}

// numberHedges are words before a count that say how exact it is, not
// what it counts ("nearly 300,000", "some 235,000").
var numberHedges = wordSet("nearly", "almost", "about", "around", "roughly", "approximately", "some", "more", "than",
	"least", "over", "under", "up", "just", "only", "fewer", "less", "estimated", "total")

// leadWords are the stems of the content words just before number n in
// sentence s (up to width, within its clause: no comma, colon or bracket
// between), hedges left out: what does or undergoes what is counted
// ("killed 12 people", "injured 14 people").
func leadWords(s sentFacts, n Number, width int) []string {
	toks := s.tokens()
	a := min(max(0, n.Start-s.start), len(s.text))
	first := 0
	for first < len(toks) && toks[first].End <= a {
		first++
	}
	var out []string
	next := a
	for i := first - 1; i >= 0 && len(out) < width; i-- {
		if strings.ContainsAny(s.text[toks[i].End:next], ",;:()[]") {
			break
		}
		next = toks[i].Start
		w := toks[i].Word
		// A verb of saying tells who gives the count, not what it counts
		// ("quoted as saying 10 people were killed"): the words before it
		// are the teller's.
		if tellerWord(w) && !numberHedges[w] {
			break
		}
		if text.IsStop(w) || numberHedges[w] || len(w) < 2 {
			continue
		}
		if _, _, isNum := numValue(w); isNum {
			continue
		}
		out = append(out, text.Stem(w))
	}
	return out
}

// tellerWord reports a verb of saying, or a word that names who tells
// ("quoted", "according").
func tellerWord(w string) bool {
	return speechVerbs[w] || w == "quoted" || w == "according" || w == "citing"
}

// verbAdverbs are words that may stand between a count and its verb,
// beside the auxiliaries ("10 people were reportedly killed").
var verbAdverbs = wordSet("reportedly", "also", "all", "later", "since", "now", "so", "far")

// trailWord is the stem of the verb just after number n in sentence s when
// the count is its subject ("10 people died", "five people were
// injured"): the first word after the number, auxiliaries passed, when it
// is a word of substance and no clause break comes first. Nil when the
// next word is a small word ("in", "of") or a number, or the clause ends.
func trailWord(s sentFacts, n Number) []string {
	toks := s.tokens()
	b := min(max(0, n.End-s.start), len(s.text))
	prevEnd := b
	for _, t := range toks {
		if t.Start < b {
			continue
		}
		if strings.ContainsAny(s.text[prevEnd:t.Start], ",;:()[]") {
			return nil
		}
		prevEnd = t.End
		w := t.Word
		if auxiliaries[w] || verbAdverbs[w] {
			continue
		}
		if _, _, isNum := numValue(w); isNum || text.IsStop(w) || len(w) < 2 {
			return nil
		}
		return []string{text.Stem(w)}
	}
	return nil
}

// sameLead reports whether two numbers of independent statements, led by
// the words leadX and leadY (leadWords) in sentences of stems stemsX and
// stemsY, can count one thing: not when each is led by a word of
// substance the other sentence nowhere has, nor the other's lead as a
// synonym ("killed 12 people" and "injured 14 people" are two facts; "has
// received nearly 300,000 comments" and "the agency received nearly
// 235,000 comments" may be one). A word that leads another count of the
// other sentence (exceptX, exceptY: otherLeads) does not count as had:
// "injuring five people" is not the "killing 10 people" of a sentence that
// goes on "and injuring 80". A synonym elsewhere in the other sentence
// does not count either: "a quake hit the island" says nothing of whom it
// killed.
func sameLead(leadX []string, stemsY, exceptY map[string]bool, leadY []string, stemsX, exceptX map[string]bool) bool {
	own := func(lead []string, other, except map[string]bool, otherLead []string) bool {
		for _, st := range lead {
			if other[st] && !except[st] {
				continue
			}
			c := synonym.Class(st)
			if !slices.ContainsFunc(otherLead, func(o string) bool { return c != st && synonym.Class(o) == c }) {
				return true
			}
		}
		return false
	}
	return !own(leadX, stemsY, exceptY, leadY) || !own(leadY, stemsX, exceptX, leadX)
}

// otherLeads are the lead stems (leadWords, one word) of the numbers of
// sentence s other than n, and of its counts told without a number ("many",
// "dozens"), that are not n's own lead. One pass over the
// words: the lead of a number is the last word of substance since the last
// clause break.
func otherLeads(s sentFacts, n Number, lead []string) map[string]bool {
	var out map[string]bool
	last, prevEnd := "", 0
	for _, t := range s.tokens() {
		if strings.ContainsAny(s.text[prevEnd:t.Start], ",;:()[]") {
			last = ""
		}
		prevEnd = t.End
		w := t.Word
		// A count told without a number ("injuring many others", "dozens
		// more") is another count too.
		if _, _, isNum := numValue(w); isNum || isVague(w) && !numberHedges[w] {
			if a := s.start + t.Start; (a < n.Start || a >= n.End) && last != "" && !slices.Contains(lead, last) {
				if out == nil {
					out = map[string]bool{}
				}
				out[last] = true
			}
			continue
		}
		if tellerWord(w) && !numberHedges[w] {
			last = ""
		} else if !text.IsStop(w) && !numberHedges[w] && len(w) >= 2 {
			last = text.Stem(w)
		}
	}
	return out
}

// misspelt reports two writings of a number that differ only in a word of
// letters spelt a letter or two otherwise ("$160 milloin", "$160
// million"): a typo, not another value ("million" and "billion" are two).
func misspelt(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) || a == b {
		return false
	}
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		letters := func(w string) bool {
			return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
		}
		_, scaleA := multipliers[wa[i]]
		_, scaleB := multipliers[wb[i]]
		if !letters(wa[i]) || !letters(wb[i]) || len(wa[i]) < 4 || editDistance(wa[i], wb[i]) > 2 || scaleA && scaleB {
			return false
		}
	}
	return true
}

// spanWords say that a count runs over a period or a whole ("so far",
// "in total", "ever"; and "since" a time), not one happening: such a
// count and one without them are two facts, a total and a part.
var spanWords = wordSet("total", "totals", "overall", "ever", "altogether", "cumulative", "career", "all-time", "so far", "to date", "this year", "in all")

// spans reports whether the clause of number n of sentence s (up to
// width words each side, within semicolons, colons and brackets, and
// after it to a comma) says it counts over a period or a whole
// (spanWords).
func spans(s sentFacts, n Number, width int) bool {
	toks := s.tokens()
	a, b := n.Start-s.start, n.End-s.start
	first := sort.Search(len(toks), func(i int) bool { return toks[i].End > a })
	last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	// Before the number the clause may open with a phrase set off by a
	// comma ("In five operations so far, the crew seized 14 rifles");
	// after it, a comma ends what is said of it.
	stop := func(i, j int, marks string) bool { // punctuation between tokens i < j
		return i >= 0 && j < len(toks) && strings.ContainsAny(s.text[toks[i].End:toks[j].Start], marks)
	}
	hit := func(i int) bool {
		w := toks[i].Word
		if i+1 < len(toks) && w == "since" {
			// "since October", "since 2005", "since the raid"; not the
			// adverb ("and since has received").
			next := toks[i+1].Word
			_, month := months[next]
			return month || next == "the" || next == "last" || strings.IndexFunc(next, unicode.IsDigit) == 0
		}
		return spanWords[w] || i+1 < len(toks) && spanWords[w+" "+toks[i+1].Word]
	}
	for i := first - 1; i >= 0 && i >= first-width && !stop(i, i+1, ";:()"); i-- {
		if hit(i) {
			return true
		}
	}
	for i := last; i < len(toks) && i < last+width && !(i > last && stop(i-1, i, ",;:()")); i++ {
		if hit(i) {
			return true
		}
	}
	return false
}
