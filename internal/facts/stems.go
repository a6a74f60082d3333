package facts

// stemSet is the set of content-word stems of s.
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range contentStems(s) {
		switch w {
		case "u.s.", "u.s", "usa", "america", "unit":
			w = "us"
		}
		m[w] = true
	}
	return m
}

// shared counts the stems a and b have in common.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// overlap is |a∩b| / min(|a|,|b|), and dice 2|a∩b| / (|a|+|b|).
func overlap(a, b map[string]bool) (containment, dice float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b))), 2 * float64(n) / float64(len(a)+len(b))
}
