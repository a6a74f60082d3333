package facts

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/text"
)

// negations mark a clause as negated.
var negations = wordSet("not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "cannot",
	"didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "couldn't",
	"shouldn't", "hasn't", "haven't", "hadn't", "can't", "mustn't", "without", "n't", "unable",
	// the same without their apostrophe, as copies and quick typing drop it
	"didnt", "doesnt", "dont", "isnt", "wasnt", "werent", "arent", "wouldnt", "couldnt", "shouldnt", "hasnt",
	"havent", "hadnt", "cant", "mustnt")

// negationWord reports a negation word ("not", "never", "didn't").
func negationWord(w string) bool { return negations[w] || strings.HasSuffix(w, "n't") }

// negated reports whether a sentence holds a negation word.
func negated(s string) bool {
	for _, w := range wordsOf(s) {
		if negationWord(w) {
			return true
		}
	}
	return false
}

// negText returns the negation words of s, or "(none)".
func negText(s string) string {
	var out []string
	for _, w := range wordsOf(s) {
		if negationWord(w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return "(no negation)"
	}
	return strings.Join(out, " ")
}

// wordsOf returns the lower-case words of s, punctuation cut; an apostrophe
// that opens or closes a word is a quotation mark ('not encouraging'), cut
// too, while one inside a word stays (didn't).
func wordsOf(s string) []string {
	ws := strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘':
			return '\''
		case '.', ',', ';', ':', '"', '“', '”', '(', ')', '!', '?', '—', '–', '[', ']':
			return ' '
		}
		return r
	}, strings.ToLower(s)))
	out := ws[:0]
	for _, w := range ws {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// direction lexicon: +1 raises, -1 lowers. Phrasal forms are joined by a
// space and looked up before single words.
var direction = map[string]int{
	"increase": 1, "increased": 1, "increases": 1, "increasing": 1, "raise": 1, "raised": 1, "raises": 1,
	"raising": 1, "escalate": 1, "escalated": 1, "escalating": 1, "escalates": 1, "heighten": 1,
	"heightened": 1, "heightening": 1, "boost": 1, "boosted": 1, "boosting": 1, "boosts": 1,
	"ratchet up": 1, "ratcheted up": 1, "ramp up": 1, "ramped up": 1, "step up": 1, "stepped up": 1,
	"intensify": 1, "intensified": 1, "intensifying": 1, "inflame": 1, "inflamed": 1, "worsen": 1,
	"worsened": 1, "worsening": 1, "grow": 1, "grew": 1, "rise": 1, "rose": 1, "risen": 1, "rising": 1,
	"expand": 1, "expanded": 1, "expanding": 1, "strengthen": 1, "strengthened": 1, "tighten": 1,
	"tightened": 1, "accelerate": 1, "accelerated": 1, "double": 1, "doubled": 1, "soar": 1, "soared": 1,
	"surge": 1, "surged": 1, "climb": 1, "climbed": 1, "jump": 1, "jumped": 1, "hike": 1, "hiked": 1,
	"decrease": -1, "decreased": -1, "decreases": -1, "decreasing": -1, "reduce": -1, "reduced": -1,
	"reduces": -1, "reducing": -1, "lower": -1, "lowered": -1, "lowering": -1, "ease": -1, "eased": -1,
	"easing": -1, "de-escalate": -1, "de-escalated": -1, "de-escalating": -1, "deescalate": -1,
	"ratchet down": -1, "ratcheted down": -1, "tone down": -1, "toned down": -1, "calm": -1, "calmed": -1,
	"cut": -1, "cuts": -1, "cutting": -1, "defuse": -1, "defused": -1, "lessen": -1, "lessened": -1,
	"diminish": -1, "diminished": -1, "shrink": -1, "shrank": -1, "fall": -1, "fell": -1, "fallen": -1,
	"falling": -1, "decline": -1, "drop": -1, "dropped": -1, "dropping": -1, "slash": -1, "slashed": -1,
	"weaken": -1, "weakened": -1, "loosen": -1, "loosened": -1, "slow": -1, "slowed": -1, "halve": -1,
	"halved": -1, "plunge": -1, "plunged": -1, "sink": -1, "sank": -1, "relax": -1, "relaxed": -1,
	"wind down": -1, "scale back": -1, "scaled back": -1, "roll back": -1, "rolled back": -1,
	"dial down": -1, "dialed down": -1, "cool": -1, "cooled": -1, "abate": -1, "abated": -1,
}

// polarity lists the direction words of s (phrasal verbs first), with the
// direction of each.
func polarity(s string) map[string]int {
	w := wordsOf(s)
	out := map[string]int{}
	for i := 0; i < len(w); i++ {
		if i+1 < len(w) {
			if d, ok := direction[w[i]+" "+w[i+1]]; ok {
				out[w[i]+" "+w[i+1]] = d
				i++
				continue
			}
		}
		if d, ok := direction[w[i]]; ok {
			out[w[i]] = d
		}
	}
	return out
}

// antonyms are word pairs of opposite meaning (by stem), both ways.
var antonyms = func() map[string]string {
	pairs := [][2]string{
		{"accept", "reject"}, {"approv", "reject"}, {"support", "oppos"}, {"win", "lose"}, {"won", "lost"},
		{"victori", "defeat"}, {"allow", "ban"}, {"allow", "forbid"}, {"permit", "prohibit"},
		{"confirm", "deni"}, {"admit", "deni"}, {"agre", "disagre"}, {"open", "close"}, {"open", "clos"},
		{"begin", "end"}, {"start", "stop"}, {"legal", "illeg"}, {"safe", "danger"}, {"success", "failur"},
		{"succeed", "fail"}, {"rise", "fall"}, {"gain", "loss"}, {"profit", "loss"}, {"strong", "weak"},
		{"high", "low"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"}, {"ahead", "behind"},
		{"befor", "after"}, {"earlier", "later"}, {"friend", "enemi"}, {"alli", "rival"}, {"peac", "war"},
		{"guilti", "innoc"}, {"acquit", "convict"}, {"releas", "detain"}, {"releas", "arrest"},
		{"lift", "impos"}, {"welcom", "condemn"}, {"prais", "criticis"}, {"prais", "critic"},
		{"prais", "condemn"}, {"encourag", "discourag"}, {"includ", "exclud"}, {"true", "fals"},
		{"posit", "negat"}, {"optimist", "pessimist"}, {"calm", "tens"}, {"minor", "major"},
		{"privat", "public"}, {"resign", "appoint"}, {"hire", "fire"}, {"export", "import"},
		{"north", "south"}, {"east", "west"}, {"accept", "declin"}, {"ask", "refus"},
		{"resum", "end"}, {"resum", "halt"}, {"resum", "suspend"}, {"cold", "warm"}, {"cold", "hot"},
		{"wet", "dri"}, {"right", "wrong"}, {"correct", "wrong"}, {"full", "empti"}, {"increas", "decreas"}, {"rais", "lower"}, {"win", "lost"},
	}
	m := map[string]string{}
	for _, p := range pairs {
		m[p[0]+"|"+p[1]] = p[1]
		m[p[1]+"|"+p[0]] = p[0]
	}
	return m
}()

// oppositeWords finds a word of x replaced in y by one of opposite
// direction or meaning, where the two sentences part (replacedBy): a raise/lower verb of one direction only in x and
// one of the other only in y, or an antonym pair of stems. sx and sy are
// the stems of x and y (stemSet), which the caller already has.
func oppositeWords(x, y string, sx, sy map[string]bool) (string, string, bool) {
	if x == y {
		return "", "", false
	}
	px, py := polarity(x), polarity(y)
	dirs := func(p map[string]int, other map[string]int) (up, down []string) {
		for w, d := range p {
			if _, ok := other[w]; ok {
				continue
			}
			if d > 0 {
				up = append(up, w)
			} else {
				down = append(down, w)
			}
		}
		sort.Strings(up)
		sort.Strings(down)
		return
	}
	xu, xd := dirs(px, py)
	yu, yd := dirs(py, px)
	switch {
	case len(xd) > 0 && len(yu) > 0 && len(xu) == 0 && len(yd) == 0 && replacedBy(x, y, xd[0], yu[0]):
		return xd[0], yu[0], true
	case len(xu) > 0 && len(yd) > 0 && len(xd) == 0 && len(yu) == 0 && replacedBy(x, y, xu[0], yd[0]):
		return xu[0], yd[0], true
	}
	var onlyX, onlyY []string
	for w := range sx {
		if !sy[w] {
			onlyX = append(onlyX, w)
		}
	}
	for w := range sy {
		if !sx[w] {
			onlyY = append(onlyY, w)
		}
	}
	sort.Strings(onlyX)
	sort.Strings(onlyY)
	for _, a := range onlyX {
		for _, b := range onlyY {
			if _, ok := antonyms[a+"|"+b]; ok && replacedBy(x, y, a, b) {
				return surface(x, a), surface(y, b), true
			}
		}
	}
	return "", "", false
}

// surface finds the word of s whose stem is st.
func surface(s, st string) string {
	for _, w := range wordsOf(s) {
		if stemSet(w)[st] {
			return w
		}
	}
	return st
}

// MeaningFlags names what may change the meaning between two aligned
// passages of a compare view: a number only one side gives, a word one
// side turned to its opposite ("ratchet down" / "increase", as the facts'
// disagreements find it), and a negation only one side makes. The same number written in two ways ("six" and "6",
// "1,000" and "1000", "2.5 million" and "2,500,000", "5%" and "5 percent",
// "Feb. 1" and "February 1st") is the same number, a name with digits
// ("F-22") is matched whole, a length of time or a count in other words
// ("two weeks" and "a fortnight", "12" and "a dozen") is the same length,
// and a number or a negation that moved within the passage is no change.
// Each flag quotes the word as its side writes it.
func MeaningFlags(a, b string) []string {
	ta, tb := text.Tokens(a), text.Tokens(b)
	na, nb := passageNumbers(a, ta), passageNumbers(b, tb)
	ga, gb := negationWords(a, ta), negationWords(b, tb)
	var flags []string
	qa, qb := quantities(ta, na), quantities(tb, nb)
	for _, n := range na {
		if !hasNumber(nb, n.value) && !qb[n.value] && (n.qty == "" || !qb[n.qty]) {
			flags = append(flags, "number “"+n.form+"” only in A")
		}
	}
	for _, n := range nb {
		if !hasNumber(na, n.value) && !qa[n.value] && (n.qty == "" || !qa[n.qty]) {
			flags = append(flags, "number “"+n.form+"” only in B")
		}
	}
	if wa, wb, ok := oppositeWords(a, b, stemSet(a), stemSet(b)); ok {
		flags = append(flags, "“"+wa+"” in A, “"+wb+"” in B: opposite meanings")
	}
	switch {
	case len(ga) > 0 && len(gb) == 0:
		flags = append(flags, "negation “"+ga[0]+"” only in A")
	case len(gb) > 0 && len(ga) == 0:
		flags = append(flags, "negation “"+gb[0]+"” only in B")
	}
	return flags
}

// passageNumber is one number of a passage: its value in canonical digits
// (or the word itself for a name with digits, "f22"), how it is written,
// and, for a length of time ("two weeks"), that length in the unit of
// timeUnits ("14d").
type passageNumber struct{ value, form, qty string }

// timeUnits gives each word for a length of time as a number of days
// ("d") or of months ("m"): a month is no fixed number of days.
var timeUnits = map[string]struct {
	n    float64
	unit string
}{
	"hour": {1.0 / 24, "d"}, "hours": {1.0 / 24, "d"}, "day": {1, "d"}, "days": {1, "d"},
	"week": {7, "d"}, "weeks": {7, "d"}, "fortnight": {14, "d"}, "fortnights": {14, "d"},
	"month": {1, "m"}, "months": {1, "m"}, "year": {12, "m"}, "years": {12, "m"},
	"decade": {120, "m"}, "decades": {120, "m"},
}

// timeQty is n of the unit word w in the unit of timeUnits ("14d"), or ""
// when w is no unit of time.
func timeQty(n float64, w string) string {
	u, ok := timeUnits[w]
	if !ok {
		return ""
	}
	return strconv.FormatFloat(math.Round(n*u.n*1000)/1000, 'f', -1, 64) + u.unit
}

// quantities returns what the numbers nums of a passage (its tokens toks) count, in every form
// another passage may write them: each number's value and its length of
// time, and the counts written without a digit or a number word ("a
// fortnight", "a week", "a dozen", "half a dozen").
func quantities(toks []text.Token, nums []passageNumber) map[string]bool {
	q := map[string]bool{}
	for _, n := range nums {
		q[n.value] = true
		if n.qty != "" {
			q[n.qty] = true
		}
	}
	for i := 1; i < len(toks); i++ {
		switch w, prev := toks[i].Word, toks[i-1].Word; {
		case w == "dozen" && (prev == "a" || prev == "one"):
			n := 12.0
			if i >= 2 && toks[i-2].Word == "half" {
				n = 6
			}
			q[strconv.FormatFloat(n, 'f', -1, 64)] = true
		case prev == "a" || prev == "an" || prev == "one":
			if v := timeQty(1, w); v != "" {
				q[v] = true
			}
		}
	}
	return q
}

func hasNumber(ns []passageNumber, v string) bool {
	for _, n := range ns {
		if n.value == v {
			return true
		}
	}
	return false
}

// passageNumbers returns the exact numbers of s, whose tokens are toks, each
// value once, in order.
// Words for a rough number ("dozens", "half") and "one", more often a
// pronoun than a count, are left out, as are ordinal words ("first").
func passageNumbers(s string, toks []text.Token) []passageNumber {
	var out []passageNumber
	for i := 0; i < len(toks); i++ {
		w, start := toks[i].Word, toks[i].Start
		var v, qty string
		val, _, ok := numValue(w)
		switch {
		case ok && w == "one" || ok && !strings.ContainsFunc(w, unicode.IsDigit) && (ordinalWords[w] > 0 || strings.HasSuffix(w, "s") || val < 1):
			continue
		case ok:
			// "2.5 million", "two hundred": the scale word belongs to it.
			if i+1 < len(toks) {
				if m, scale := multipliers[toks[i+1].Word]; scale && len(toks[i+1].Word) > 2 {
					val *= m
					i++
				}
			}
			v = strconv.FormatFloat(val, 'f', -1, 64)
			if i+1 < len(toks) {
				qty = timeQty(val, toks[i+1].Word)
			}
		case strings.ContainsFunc(w, unicode.IsDigit):
			v = strings.NewReplacer("-", "", ",", "").Replace(w) // "f-22", "covid-19"
		default:
			continue
		}
		if !hasNumber(out, v) {
			out = append(out, passageNumber{value: v, form: s[start:toks[i].End], qty: qty})
		}
	}
	return out
}

// negationWords returns the negation words of s (tokens toks), as written.
func negationWords(s string, toks []text.Token) []string {
	var out []string
	for _, t := range toks {
		if negations[t.Word] || strings.HasSuffix(t.Word, "n't") {
			out = append(out, s[t.Start:t.End])
		}
	}
	return out
}
