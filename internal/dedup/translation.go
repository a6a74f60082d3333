package dedup

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Anchors are the parts of an article that survive translation: names
// (capitalised words that do not start a sentence) and numbers, sentence by
// sentence. Two articles in different languages whose anchors line up in
// order over most of their sentences are the same text translated; two
// independent reports of one event share names and numbers too, but not in
// the same order sentence after sentence.
type Anchors struct {
	Lang  string
	sents [][]string // each sentence's anchors, in order
	all   map[string]int
}

// NewAnchors reads the anchors of an article in language lang.
func NewAnchors(lang, title, body string) *Anchors {
	a := &Anchors{Lang: lang, all: map[string]int{}}
	for _, part := range []string{title, body} {
		for _, sp := range text.Sentences(part) {
			s := anchorsOf(sp.Text)
			if len(s) == 0 {
				continue
			}
			a.sents = append(a.sents, s)
			for _, x := range s {
				a.all[x]++
			}
		}
	}
	return a
}

func anchorsOf(sentence string) []string {
	toks := text.Tokens(sentence)
	var out []string
	for i, t := range toks {
		raw := sentence[t.Start:t.End]
		first := []rune(raw)[0]
		switch {
		case unicode.IsDigit(first):
			d := digits(raw)
			// "2 100" (French thousands) reads as one number.
			if i > 0 && len(d) == 3 && len(out) > 0 && isDigits(out[len(out)-1]) && t.Start-toks[i-1].End == 1 && isDigits(digits(sentence[toks[i-1].Start:toks[i-1].End])) {
				out[len(out)-1] += d
				continue
			}
			out = append(out, d)
		case unicode.IsUpper(first) && i > 0 && len([]rune(raw)) >= 3:
			out = append(out, t.Word)
		}
	}
	return out
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// TranslationMatch is the verdict on a pair in two languages.
type TranslationMatch struct {
	Kind copydesk.Kind // Translation, or "" when the pair is not one
	// Score is the share of the shorter text's anchored sentences that align.
	Score float64
	// Coverage is the share of the smaller anchor set found in the other.
	Coverage float64
	Aligned  int
	Shared   []string // the anchors the two share, most frequent first, at most 12
}

// The translation thresholds.
const (
	minAligned      = 4
	minAlignedShare = 0.75
	minCoverage     = 0.65
)

// CompareTranslation decides whether a and b are one text in two languages.
// Articles in the same (or an unknown) language are never translations.
func CompareTranslation(a, b *Anchors) TranslationMatch {
	var m TranslationMatch
	if a.Lang == "" || b.Lang == "" || a.Lang == b.Lang || len(a.all) == 0 || len(b.all) == 0 {
		return m
	}
	shared := 0
	small, big := a.all, b.all
	if len(big) < len(small) {
		small, big = big, small
	}
	for x := range small {
		if big[x] > 0 {
			shared++
			m.Shared = append(m.Shared, x)
		}
	}
	slices.SortFunc(m.Shared, func(x, y string) int {
		if c := cmp.Compare(a.all[y]+b.all[y], a.all[x]+b.all[x]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	if len(m.Shared) > 12 {
		m.Shared = m.Shared[:12]
	}
	m.Coverage = float64(shared) / float64(len(small))
	m.Aligned = alignAnchors(a.sents, b.sents)
	m.Score = float64(m.Aligned) / float64(min(len(a.sents), len(b.sents)))
	if m.Aligned >= minAligned && m.Score >= minAlignedShare && m.Coverage >= minCoverage {
		m.Kind = copydesk.Translation
	}
	return m
}

// alignAnchors counts the sentences of x and y that pair up in order (a
// longest common subsequence where two sentences match when most of the
// anchors of the one with fewer are in the other).
func alignAnchors(x, y [][]string) int {
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			best := max(prev[j+1], cur[j])
			if sentencesMatch(x[i], y[j]) {
				best = max(best, prev[j]+1)
			}
			cur[j+1] = best
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

func sentencesMatch(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n >= 1 && 2*n >= len(a)
}

// TranslationIndex finds candidate translations: articles in another
// language sharing rare anchors. Posting lists are capped, so a query costs
// at most maxTransKeys * anchorPosting lookups whatever the corpus size.
type TranslationIndex struct {
	post map[string][]int32
	ids  []string
	lang []string
}

const (
	maxTransKeys  = 24
	anchorPosting = 512
	maxTransCands = 16
)

// NewTranslationIndex returns an empty index.
func NewTranslationIndex() *TranslationIndex {
	return &TranslationIndex{post: map[string][]int32{}}
}

// Add indexes an article's anchors.
func (ix *TranslationIndex) Add(id string, a *Anchors) {
	n := int32(len(ix.ids))
	ix.ids = append(ix.ids, id)
	ix.lang = append(ix.lang, a.Lang)
	for _, x := range a.keys() {
		p := append(ix.post[x], n)
		if len(p) > anchorPosting {
			p = p[len(p)-anchorPosting:]
		}
		ix.post[x] = p
	}
}

// Candidates returns indexed articles in another language that share the
// most anchors with a, best first, at most maxTransCands.
func (ix *TranslationIndex) Candidates(a *Anchors) []string {
	if a.Lang == "" {
		return nil
	}
	score := map[int32]int{}
	for _, x := range a.keys() {
		for _, n := range ix.post[x] {
			if ix.lang[n] != "" && ix.lang[n] != a.Lang {
				score[n]++
			}
		}
	}
	type cand struct {
		n int32
		s int
	}
	var cs []cand
	for n, s := range score {
		if s >= 3 {
			cs = append(cs, cand{n, s})
		}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if x.s != y.s {
			return cmp.Compare(y.s, x.s)
		}
		return cmp.Compare(x.n, y.n)
	})
	if len(cs) > maxTransCands {
		cs = cs[:maxTransCands]
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = ix.ids[c.n]
	}
	return out
}

// keys are the anchors worth indexing: names of four letters or more and
// numbers of two digits or more, the most frequent first, at most maxTransKeys.
func (a *Anchors) keys() []string {
	var ks []string
	for x := range a.all {
		if len([]rune(x)) >= 4 || isDigits(x) && len(x) >= 2 {
			ks = append(ks, x)
		}
	}
	slices.SortFunc(ks, func(x, y string) int {
		if c := cmp.Compare(a.all[y], a.all[x]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	if len(ks) > maxTransKeys {
		ks = ks[:maxTransKeys]
	}
	return ks
}
