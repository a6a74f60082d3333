package facts

import (
	"sort"

	"github.com/copydesk/copydesk/internal/text"
)

// stemSet is the set of content-word stems of s.
func stemSet(s string) map[string]bool { return stemSetOf(text.Words(s)) }

// stemSetOf is stemSet of the text whose words (text.Words) are words.
func stemSetOf(words []string) map[string]bool {
	stems := contentStemsOf(words)
	m := make(map[string]bool, len(stems))
	for _, w := range stems {
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

// maxPostings is how many items a word may be shared by and still lead to
// comparisons: a word in more says little about which items are alike,
// and comparing all that hold it would cost the square of their number.
const maxPostings = 100

// similarPairs calls each(i, j), i < j, for every pair of the sets that
// share a word held by at most maxPostings of them: the pairs worth a
// closer look, found in time linear in the words, not in the pairs.
func similarPairs(sets []map[string]bool, each func(i, j int)) {
	df := map[string]int{}
	for _, s := range sets {
		for w := range s {
			df[w]++
		}
	}
	post := map[string][]int{}
	seen := make([]int, len(sets))
	for j, s := range sets {
		words := make([]string, 0, len(s))
		for w := range s {
			if df[w] <= maxPostings {
				words = append(words, w)
			}
		}
		sort.Strings(words)
		var cands []int
		for _, w := range words {
			for _, i := range post[w] {
				if seen[i] != j+1 {
					seen[i] = j + 1
					cands = append(cands, i)
				}
			}
			post[w] = append(post[w], j)
		}
		sort.Ints(cands)
		for _, i := range cands {
			each(i, j)
		}
	}
}
