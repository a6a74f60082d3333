package facts

import "strings"

// datePrep are the words that only carry a date ("on Monday", "in 1968",
// "by March 3") and go with it when it is left out.
var datePrep = map[string]bool{"on": true, "early": true, "late": true, "last": true, "since": true, "until": true,
	"in": true, "by": true, "from": true, "during": true, "of": true, "at": true, "before": false, "after": false}

// what returns the clause around words [i, j) of s with the date words
// left out: the part between the nearest clause breaks (commas, semicolons,
// dashes), or the whole sentence when that part is too short to say
// anything, cut to at most 24 words around the date.
func what(s *sent, i, j int, skip map[int]bool) string {
	brk := func(k int) bool {
		g := strings.TrimSpace(s.toks[k].gap)
		return strings.ContainsAny(g, ",;:|—–") || g == "-" || strings.Contains(g, "(")
	}
	a := i
	for a > 0 && !brk(a) && i-a < maxClause {
		a--
	}
	b := j
	for b < len(s.toks) && !brk(b) && b-j < maxClause {
		b++
	}
	// A date that only dates a statement ("..., an official said on
	// February 12", "China said on Thursday it refused ...") dates what
	// was said: take the sentence without that attribution.
	attr := false
	for k := a; k < i; k++ {
		if speechVerbs[s.toks[k].low] && i-k <= 2 {
			attr = true
		}
	}
	// "Two days after the discovery, a jet shot down the balloon": the
	// event is the next clause.
	after := j > 0 && (s.toks[j-1].low == "after" || s.toks[j-1].low == "before") && a == i
	// After "said on Thursday": the reported words that follow, when there
	// are enough of them.
	if attr && len(s.toks)-j >= 5 {
		var w []string
		k := j
		for k < len(s.toks) && (s.toks[k].low == "that" || isTimeWord(s.toks[k].low)) && k-j < 2 {
			k++
		}
		for ; k < len(s.toks) && len(w) < 26; k++ {
			w = append(w, s.toks[k].raw)
		}
		return strings.Join(w, " ")
	}
	switch {
	case after && b < len(s.toks):
		e := b + 1
		for e < len(s.toks) && !brk(e) && e-b < maxClause {
			e++
		}
		a, b = b, e
	case attr && a > 0 && b-j <= 1:
		a, b = 0, a
	case attr:
		a, b = 0, len(s.toks)
	case (i-a)+(b-j) < 6:
		a, b = 0, len(s.toks)
	}
	if b-a > 26 {
		if i-a > 16 {
			a = max(a, i-16)
		}
		b = min(b, a+26)
	}
	var w []string
	for k := a; k < b; k++ {
		if k >= i && k < j || skip[k] {
			continue
		}
		// Drop the preposition that only carried the date.
		if (skip[k+1] || k+1 == i) && datePrep[s.toks[k].low] {
			continue
		}
		w = append(w, s.toks[k].raw)
	}
	return strings.Join(w, " ")
}
