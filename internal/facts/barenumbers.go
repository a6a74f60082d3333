package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// Numbers a copy changed that count nothing named: an age ("a 56-year-old
// woman", "Arcade Comeaux Jr., 50,"), a time of day ("at 10 a.m."), a
// score or a record ("a 10-14 start", "60-3"), a length of time written as
// one word ("her 90-day treatment"). Between independent articles such a
// number has no counted thing to say which fact it states; in a copy it
// stands where its original's stood, the same words on each side, and a
// copy that put another value there changed the fact whatever it is.

// barePart is one word, number or punctuation mark of a sentence, for
// walking a copy's sentence beside its original's.
type barePart struct {
	text       string // lowered
	num        bool   // digits, with points or commas between them
	cap        bool   // a word written with a capital first
	start, end int    // byte offsets in the sentence
}

// bareParts cuts s into words (runs of letters), numbers (runs of digits
// with a point or comma between two digits) and single marks; spaces part
// them and are dropped. One pass: linear in s.
func bareParts(s string) []barePart {
	var out []barePart
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' || (c == '.' || c == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			out = append(out, barePart{text: s[i:j], num: true, start: i, end: j})
			i = j
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
					break
				}
				j += n2
			}
			out = append(out, barePart{text: strings.ToLower(s[i:j]), cap: unicode.IsUpper(r), start: i, end: j})
			i = j
		default:
			out = append(out, barePart{text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}

// bareResync is how far the walk looks ahead, on either side, for the two
// sentences to agree again after words that differ (a typo, a word cut).
const bareResync = 3

// stampWords mark a line that stamps a version ("Last updated at 13:42
// GMT", "POSTED: 1051 GMT"): its numbers date the page, not the story, and
// an updated copy changes them without changing a fact.
var stampWords = wordSet("updated", "posted", "published", "modified")

// bareNumberChanges walks a copy's sentence y beside its original's x and
// lists each number in digits that the copy replaced by another where the
// word before it and the two after it are the same on both sides. Numbers
// inside a counted number or a date of either sentence are left to the
// rules of counts and dates. Each step of the walk looks at most
// bareResync parts ahead, so the cost is linear in the sentences.
func bareNumberChanges(x, y sentFacts) []change {
	// The same text twice, or a side without a digit, has no number the
	// other replaced: the walk below would find none.
	if x.text == y.text || !hasDigit(x.text) || !hasDigit(y.text) || stamped(x.text) || stamped(y.text) {
		return nil
	}
	a, b := bareParts(x.text), bareParts(y.text)
	same := func(i, j, n int) bool { // the n parts from i and from j agree (or both end)
		for k := 0; k < n; k++ {
			if i+k >= len(a) || j+k >= len(b) {
				return i+k >= len(a) && j+k >= len(b)
			}
			if a[i+k].text != b[j+k].text {
				return false
			}
		}
		return true
	}
	var out []change
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i].text == b[j].text {
			i, j = i+1, j+1
			continue
		}
		if a[i].num && b[j].num && (i > 0 && j > 0 && a[i-1].text == b[j-1].text || i == 0 && j == 0) && same(i+1, j+1, 2) &&
			!inValue(x, a[i]) && !inValue(y, b[j]) && numKey(a[i].text) != numKey(b[j].text) && sameJoined(a, i, b, j) {
			subj := bareSubject(x.text, a, i)
			va, vb := bareValue(x.text, a, i), bareValue(y.text, b, j)
			out = append(out, change{kind: KindNumber, subject: subj, a: va, b: vb, ka: "bare:" + numKey(a[i].text), kb: "bare:" + numKey(b[j].text)})
			i, j = i+1, j+1
			continue
		}
		// Resync: the nearest place (fewest parts skipped) from which the
		// next two parts agree.
		found := false
		for skip := 1; skip <= 2*bareResync && !found; skip++ {
			for di := max(0, skip-bareResync); di <= min(skip, bareResync); di++ {
				if dj := skip - di; same(i+di, j+dj, 2) && i+di < len(a) {
					i, j, found = i+di, j+dj, true
					break
				}
			}
		}
		if !found {
			break // the sentences part for good: no place to compare
		}
	}
	return out
}

// hasDigit reports whether s holds a digit, which each number part of
// bareParts begins with.
func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// stamped reports a line that stamps a version of the page.
func stamped(s string) bool {
	for _, w := range wordsOf(s) {
		if stampWords[w] {
			return true
		}
	}
	return false
}

// inValue reports whether part p of sentence s lies in one of its counted
// numbers or dates.
func inValue(s sentFacts, p barePart) bool {
	a, b := s.start+p.start, s.start+p.end
	for _, n := range s.numbers {
		if n.Start < b && a < n.End {
			return true
		}
	}
	for _, d := range s.dates {
		if d.Start < b && a < d.End {
			return true
		}
	}
	return false
}

// numKey is a number in digits without its thousands commas.
func numKey(s string) string { return strings.ReplaceAll(s, ",", "") }

// hyphenGroup is the group of parts around part i that hyphens join to it
// without spaces ("56-year-old", "10-14", "2004-05"): its first and last
// part.
func hyphenGroup(ps []barePart, i int) (int, int) {
	first, last := i, i
	for first-2 >= 0 && ps[first-1].text == "-" && ps[first-1].end == ps[first].start && ps[first-2].end == ps[first-1].start {
		first -= 2
	}
	for last+2 < len(ps) && ps[last+1].text == "-" && ps[last+1].start == ps[last].end && ps[last+2].start == ps[last+1].end {
		last += 2
	}
	return first, last
}

// sameJoined reports whether the words joined to the changed numbers are
// the same on both sides: "15,800-square-metre" against
// "170,000-square-foot" is one area in two units, no change.
func sameJoined(a []barePart, i int, b []barePart, j int) bool {
	fa, la := hyphenGroup(a, i)
	fb, lb := hyphenGroup(b, j)
	if i-fa != j-fb || la-i != lb-j {
		return false
	}
	for k := fa; k <= la; k++ {
		if k != i && a[k].text != b[k-fa+fb].text {
			return false
		}
	}
	return true
}

// bareValue is the number at part i as written with what hyphens join to
// it.
func bareValue(s string, ps []barePart, i int) string {
	first, last := hyphenGroup(ps, i)
	return s[ps[first].start:ps[last].end]
}

// bareSubject says what a bare number of sentence s is, from the words
// around it: an age (whose, when the words beside it name the person: "years
// of age (Ada Brisk)", "years of age (ferryman)"), an hour of the day, a
// score or record, else the words before and after it with the number as N
// ("before N").
func bareSubject(s string, ps []barePart, i int) string {
	at := func(k int) string {
		if k < 0 || k >= len(ps) {
			return ""
		}
		return ps[k].text
	}
	switch {
	case at(i+2) == "year" && (at(i+4) == "old" || at(i+3) == "old"):
		o := i + 3
		if at(i+4) == "old" {
			o = i + 4
		}
		return ageOf(s, ps, o+1, 1)
	case at(i+1) == "years" && at(i+2) == "old":
		return "years of age"
	case at(i-1) == "," && at(i+1) == "," && (named(ps, i-2) || at(i-2) == "." && named(ps, i-3)):
		return ageOf(s, ps, i-2, -1)
	case at(i+1) == "a" && at(i+2) == "." && at(i+3) == "m", at(i+1) == "p" && at(i+2) == "." && at(i+3) == "m",
		at(i+1) == "am" || at(i+1) == "pm" || at(i+1) == "gmt" || at(i+1) == "o'clock" || at(i+1) == ":" || at(i-1) == ":":
		return "the hour"
	case (at(i+1) == "-" && i+2 < len(ps) && ps[i+2].num || at(i-1) == "-" && i > 1 && ps[i-2].num) && !yearLike(ps, i):
		return "a score or record"
	}
	var before, after []string
	for k := i - 1; k >= 0 && len(before) < 2; k-- {
		if w := ps[k].text; isWordPart(w) {
			before = append([]string{w}, before...)
		}
	}
	for k := i + 1; k < len(ps) && len(after) < 2; k++ {
		if w := ps[k].text; isWordPart(w) {
			after = append(after, w)
		}
	}
	return "“" + strings.Join(append(append(before, "N"), after...), " ") + "”"
}

// ageOf is the subject of an age: "years of age" and whom it is of, the
// name of up to three capitalised words from part k on in direction step
// (after "59-year-old", before ", 59,"), or after the age a noun
// ("59-year-old ferryman").
func ageOf(s string, ps []barePart, k, step int) string {
	first, last := -1, -1
	if step < 0 && k > 0 && ps[k].text == "." {
		k-- // "Arcade Comeaux Jr., 50,"
	}
	for n := 0; n < 3 && k >= 0 && k < len(ps) && named(ps, k); n, k = n+1, k+step {
		if first < 0 {
			first = k
		}
		last = k
	}
	// "a 42-year-old Kestrel man": the capitals are where the person is
	// from; the noun after them says who.
	if first >= 0 && step > 0 && k < len(ps) && noun(ps[k]) {
		last = k
	}
	switch {
	case first >= 0:
		a, b := ps[min(first, last)].start, ps[max(first, last)].end
		return "years of age (" + s[a:b] + ")"
	case step > 0 && k < len(ps) && noun(ps[k]):
		return "years of age (" + ps[k].text + ")"
	}
	return "years of age"
}

// noun reports a part that can be a noun: a word in lower case, no small
// word and no verb ("said", "was", "died").
func noun(p barePart) bool {
	return !p.cap && !p.num && isWordPart(p.text) && !text.IsStop(p.text) && !isVerbish(p.text) && !speechVerbs[p.text] &&
		!strings.HasSuffix(p.text, "ed")
}

// yearLike reports a number joined to a year ("2004-05"): a season or a
// span of years, not a score.
func yearLike(ps []barePart, i int) bool {
	first, last := hyphenGroup(ps, i)
	for k := first; k <= last; k++ {
		if v, _, ok := numValue(ps[k].text); ok && ps[k].num && v >= 1900 && v <= 2099 {
			return true
		}
	}
	return false
}

// isWordPart reports a part that is a word or a number, not a mark.
func isWordPart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// named reports a part that may end a name: a word with a capital that
// is no function word ("Comeaux, 50,", "Jr., 50,").
func named(ps []barePart, k int) bool {
	return k >= 0 && ps[k].cap && !isStopCap(ps[k].text)
}
