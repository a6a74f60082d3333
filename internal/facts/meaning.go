package facts

import (
	"sort"
	"strings"
	"unicode"
)

// negations mark a clause as negated.
var negations = wordSet("not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "cannot",
	"didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "couldn't",
	"shouldn't", "hasn't", "haven't", "hadn't", "can't", "mustn't", "without", "n't", "unable")

// negated reports whether a sentence holds a negation word.
func negated(s string) bool {
	for _, w := range wordsOf(s) {
		if negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// negText returns the negation words of s, or "(none)".
func negText(s string) string {
	var out []string
	for _, w := range wordsOf(s) {
		if negations[w] || strings.HasSuffix(w, "n't") {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return "(no negation)"
	}
	return strings.Join(out, " ")
}

func wordsOf(s string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘':
			return '\''
		case '.', ',', ';', ':', '"', '“', '”', '(', ')', '!', '?':
			return ' '
		}
		return r
	}, strings.ToLower(s)))
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
// direction or meaning: a raise/lower verb of one direction only in x and
// one of the other only in y, or an antonym pair of stems.
func oppositeWords(x, y string) (string, string, bool) {
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
	case len(xd) > 0 && len(yu) > 0 && len(xu) == 0 && len(yd) == 0:
		return xd[0], yu[0], true
	case len(xu) > 0 && len(yd) > 0 && len(xd) == 0 && len(yu) == 0:
		return xu[0], yd[0], true
	}
	sx, sy := stemSet(x), stemSet(y)
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
			if _, ok := antonyms[a+"|"+b]; ok {
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

// DiffStep is one step of a word diff of two sentences: Kind "-" for words
// only the first has, "+" for words only the second has, anything else for
// words both have.
type DiffStep struct {
	Kind string
	Text string
}

// MeaningFlags names the changes of a word diff that may alter the meaning:
// a negation or a number only one side has. Word forms are compared in
// lower case without surrounding punctuation, a number written out as its
// digits ("six" and "6" are one number), and a word both removed and added
// has moved, not changed.
func MeaningFlags(diff []DiffStep) []string {
	side := map[string]map[string]bool{"-": {}, "+": {}}
	var order []string
	for _, op := range diff {
		if op.Kind != "-" && op.Kind != "+" {
			continue
		}
		for _, f := range strings.Fields(op.Text) {
			w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }))
			if d, ok := digits(w); ok {
				w = d
			}
			if w != "" && !side[op.Kind][w] {
				side[op.Kind][w] = true
				order = append(order, op.Kind+w)
			}
		}
	}
	var flags []string
	for _, k := range order {
		kind, w := k[:1], k[1:]
		other, verb := "+", "removed"
		if kind == "+" {
			other, verb = "-", "added"
		}
		if side[other][w] {
			continue // moved, not removed
		}
		switch {
		case negations[w]:
			flags = append(flags, "negation “"+w+"” "+verb)
		case strings.ContainsFunc(w, unicode.IsDigit):
			flags = append(flags, "number “"+w+"” "+verb)
		}
	}
	return flags
}
