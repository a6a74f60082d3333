package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// Number is one quantity an article gives, with what it counts.
type Number struct {
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Ordinal  bool    `json:"ordinal,omitempty"`
	Unit     string  `json:"unit,omitempty"` // percent, dollars, euros, pounds, or the measure ("feet")
	Counts   string  `json:"counts,omitempty"`
	Head     string  `json:"head,omitempty"` // stem of what is counted, for matching
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
}

// measures are units a number measures in, not things it counts.
var measures = wordSet("feet", "foot", "ft", "meters", "metres", "meter", "metre", "miles", "mile",
	"kilometers", "kilometres", "km", "kilometer", "kilometre", "inches", "inch", "pounds", "lbs", "kg",
	"kilograms", "tons", "tonnes", "percent", "per", "degrees", "hours", "minutes", "seconds", "mph",
	"acres", "hectares", "yards", "litres", "liters", "gallons", "points", "knots")

// findNumbers reads numbers in digits ("200", "52%", "$1.2 million",
// "1,000") and words ("three", "a dozen", "fourth"), skipping the words of
// date expressions and of names ("F-22").
func findNumbers(sents []sent, dates []Date) []Number {
	out := []Number{}
	// Words come in text order, and so do dates: one pass over both.
	next := 0
	inDate := func(a, b int) bool {
		for next < len(dates) && dates[next].End <= a {
			next++
		}
		return next < len(dates) && dates[next].Start < b
	}
	for si := range sents {
		s := &sents[si]
		for i := 0; i < len(s.toks); i++ {
			t := s.toks[i]
			val, ord, ok := numValue(t.low)
			if !ok || inDate(t.start, t.end) || i > 0 && modelName(s.toks[i-1], t) {
				continue
			}
			// Digits led by a zero ("000", "007") count nothing: a group of
			// a number parted by a plain space ("150 000"), a code or a
			// clock.
			if len(t.low) > 1 && t.low[0] == '0' && isDigits(t.low) {
				continue
			}
			// A year alone is a date, not a count; a clock time neither.
			if !ord && val >= 1900 && val <= 2099 && !strings.Contains(t.low, ",") && !strings.HasPrefix(strings.TrimSpace(t.gap), "$") {
				continue
			}
			if i+1 < len(s.toks) && s.toks[i+1].gap == ":" || i > 0 && t.gap == ":" {
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(t.gap), "/") || i+1 < len(s.toks) && strings.HasPrefix(s.toks[i+1].gap, "/") {
				continue // "24/7", "3/4"
			}
			if i+1 < len(s.toks) {
				switch s.toks[i+1].low {
				case "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc":
					continue
				}
			}
			j := i + 1
			unit := ""
			g := strings.TrimSpace(t.gap)
			switch {
			case strings.HasSuffix(g, "$"):
				unit = "dollars"
			case strings.HasSuffix(g, "€"):
				unit = "euros"
			case strings.HasSuffix(g, "£"):
				unit = "pounds"
			}
			if halfInWords(s, i) {
				continue // "5.four", "ten,000": a number half spelt out is misspelt, no value
			}
			mul, words, vague := scale(s, j)
			if vague {
				continue // "32 gazillion": no count
			}
			val *= mul
			j += words
			a, b := s.span(i, j)
			if unit == "dollars" || unit == "euros" || unit == "pounds" {
				// From the currency sign on, wherever it stands in the gap
				// ("$5", "€ 5"): a sign is one to three bytes.
				_, n := utf8.DecodeLastRuneInString(g)
				a = t.start - len(t.gap) + strings.LastIndex(t.gap, g[len(g)-n:])
			}
			nEnd := b
			if j < len(s.toks) && strings.HasPrefix(s.toks[j].gap, "%") || j == len(s.toks) && strings.HasPrefix(s.Text[b-s.Start:], "%") {
				unit = "percent"
				nEnd = b + 1
			}
			if j < len(s.toks) && (s.toks[j].low == "percent" || s.toks[j].low == "per") && strings.TrimSpace(s.toks[j].gap) == "" {
				unit = "percent"
				if s.toks[j].low == "per" && j+1 < len(s.toks) && s.toks[j+1].low == "cent" {
					j++
				}
				_, nEnd = s.span(i, j+1)
				j++
			}
			// What it counts: the words after it up to a stop word or a break.
			k := j
			for k < len(s.toks) && k-j < 4 && (k == j || strings.TrimSpace(s.toks[k].gap) == "") && strings.TrimSpace(s.toks[k].gap) == "" &&
				!text.IsStop(s.toks[k].low) && !indirectVerbs[s.toks[k].low] && !isVerbish(s.toks[k].low) {
				if _, isNum, ok := numValue(s.toks[k].low); ok && !isNum && !modelName(s.toks[k-1], s.toks[k]) {
					break
				}
				// A preposition or a verb in the past ends the noun phrase.
				if k > j && locPreps[s.toks[k].low] || pastVerb(s, k) {
					break
				}
				k++
			}
			// "more", "other" before the noun are stop words: look past them.
			if k == j && j < len(s.toks) && (s.toks[j].low == "more" || s.toks[j].low == "other" || s.toks[j].low == "of") {
				k = j + 1
				if s.toks[j].low == "of" && k < len(s.toks) && (s.toks[k].low == "its" || s.toks[k].low == "the" || s.toks[k].low == "their" || s.toks[k].low == "his" || s.toks[k].low == "her") {
					k++
				}
				for k < len(s.toks) && k-j < 4 && strings.TrimSpace(s.toks[k].gap) == "" && !text.IsStop(s.toks[k].low) && !isVerbish(s.toks[k].low) &&
					!(strings.HasSuffix(s.toks[k].low, "ed") && len(s.toks[k].low) > 4) {
					k++
				}
				if k == j+1 {
					k = j
				}
			}
			n := Number{Value: val, Ordinal: ord, Unit: unit, Sentence: si, Start: a, End: nEnd}
			if k > j {
				words := rawWords(s, j, k)
				for len(words) > 1 && (words[0] == "more" || words[0] == "other" || words[0] == "of" || words[0] == "its" || words[0] == "the" || words[0] == "their" || words[0] == "his" || words[0] == "her") {
					words = words[1:]
				}
				head := strings.ToLower(words[len(words)-1])
				if unit == "" && measures[head] || unit == "" && measures[strings.ToLower(words[0])] {
					unit = strings.ToLower(words[0])
					words = words[1:]
				}
				n.Unit = unit
				if len(words) > 0 {
					n.Counts = strings.Join(words, " ")
					n.Head = text.Stem(strings.ToLower(words[len(words)-1]))
				}
				_, e := s.span(i, k)
				n.End = max(e, nEnd)
			}
			if n.Ordinal && n.Head == "time" {
				continue // "for the first time"
			}
			if n.Unit == "" && n.Counts == "" {
				continue // a bare number with nothing counted tells little
			}
			n.Text = srcSlice(s, n.Start, n.End)
			out = append(out, n)
			i = max(i, j-1)
		}
	}
	return out
}

// pastVerb reports a word in -ed that ends what a number counts ("40
// people died in", "12 were killed"), not one inside it ("a rocket
// propelled grenade", "fully loaded magazines"): it is followed by a
// function word, a capital, punctuation or nothing.
func pastVerb(s *sent, k int) bool {
	t := s.toks[k]
	if !strings.HasSuffix(t.low, "ed") || len(t.low) < 4 {
		return false
	}
	if k+1 >= len(s.toks) {
		return true
	}
	n := s.toks[k+1]
	return strings.TrimSpace(n.gap) != "" || n.cap || text.IsStop(n.low)
}

// modelName reports a number that is part of a name with the word before
// it, written apart: "AK 47", "F 22", "Boeing 747", "Route 66", and a
// version after a name written in mixed case ("zOS 4.2", "eDesk 7"),
// wherever it stands: a capital after a small letter marks a name even
// at a sentence's start.
func modelName(prev, t tok) bool {
	if strings.TrimSpace(t.gap) != "" && t.gap != "-" {
		return false
	}
	if mixedCase(prev.raw) {
		return true
	}
	if !prev.cap || months[prev.low] > 0 || isWeekday(prev.low) {
		return false
	}
	upper := len(prev.raw) <= 4 && strings.ToUpper(prev.raw) == prev.raw
	return upper || prev.start > 0 && !strings.ContainsAny(prev.gap, ".!?") && !isStopCap(prev.low) && !titleHeads[prev.low]
}

// mixedCase reports a word of letters with a capital after a small letter
// ("zOS", "eDesk", "PonoPlayer"): a name as a brand writes it.
func mixedCase(w string) bool {
	small := false
	for _, r := range w {
		switch {
		case !unicode.IsLetter(r):
			return false
		case unicode.IsLower(r):
			small = true
		case small:
			return true
		}
	}
	return false
}

// isVerbish guesses past participles and auxiliaries that end a noun phrase.
func isVerbish(l string) bool {
	switch l {
	case "had", "have", "has", "was", "were", "is", "are", "did", "do", "does", "will", "would", "could",
		"can", "may", "might", "been", "later", "ago", "earlier", "after", "before":
		return true
	}
	return false
}

// numValue reads one word as a number: digits with separators, number
// words, ordinals.
func numValue(l string) (val float64, ordinal, ok bool) {
	if v, ok := numberWords[l]; ok && l != "half" {
		return v, false, true
	}
	if v, ok := ordinalWords[l]; ok && l != "second" {
		return v, true, true
	}
	c := strings.ReplaceAll(l, ",", "")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(c, suf) && len(c) > 2 {
			if v, err := parseFloat(strings.TrimSuffix(c, suf)); err == nil {
				return v, true, true
			}
		}
	}
	v, err := parseFloat(c)
	if err != nil || strings.ContainsAny(c, "eE") {
		return 0, false, false
	}
	return v, false, true
}

// numberWords are spelled-out numbers.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
	"hundreds": 200, "thousands": 2000, "half": 0.5, "a dozen": 12,
}

// ordinalWords are spelled-out ordinals.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}

// multipliers scale a number ("$1.2 million"), also as WordNet writes
// them ("meg" for a million).
var multipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "bn": 1e9, "k": 1e3, "meg": 1e6}

// indefinite are words for a huge number that give no count.
var indefinite = wordSet("zillion", "zillions", "jillion", "jillions", "gazillion", "gazillions", "bazillion", "bazillions")

// scale reads the words that multiply the number ending before token j:
// one or several multipliers ("million", "thousand million": their
// product), each perhaps after "one" or "a" ("one thousand million"), as
// m and how many words n they take. vague is set when the word after the
// number is an indefinite one ("gazillion").
func scale(s *sent, j int) (m float64, n int, vague bool) {
	m = 1
	blank := func(k int) bool { return k < len(s.toks) && strings.TrimSpace(s.toks[k].gap) == "" }
	for k := j; blank(k); k++ {
		w := s.toks[k].low
		if k == j && indefinite[w] {
			return 1, 0, true
		}
		if (w == "one" || w == "a") && blank(k+1) && multipliers[s.toks[k+1].low] > 1e2 {
			continue
		}
		f, ok := multipliers[w]
		if !ok || k > j && (w == "m" || w == "k" || w == "bn") {
			break
		}
		m *= f
		n = k + 1 - j
	}
	return m, n, false
}

// halfInWords reports a number token joined to another by a point or a
// comma where one of the two is spelt out ("5.four", "ten,000"): a number
// misspelt (as a synonym spinner writes it), not a value.
func halfInWords(s *sent, i int) bool {
	joined := func(a, b int) bool {
		if a < 0 || b >= len(s.toks) {
			return false
		}
		g := s.toks[b].gap
		if g != "." && g != "," {
			return false
		}
		_, _, okA := numValue(s.toks[a].low)
		_, _, okB := numValue(s.toks[b].low)
		return okA && okB && (isLetters(s.toks[a].low) || isLetters(s.toks[b].low))
	}
	return joined(i-1, i) || joined(i, i+1)
}

// isLetters reports a word of letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
