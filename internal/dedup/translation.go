package dedup

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Anchors are the parts of an article that survive translation: names
// (capitalised words that do not start a sentence), numbers (in figures,
// "38,000", "38.000" and "38 000" alike; times on the 24-hour clock, "9 p.m."
// is 21; and, in English, German, French and Spanish, written as words),
// and the names of months and days in those languages, sentence by
// sentence. Two articles in different languages whose anchors line up in
// order over most of their sentences, in sentences of alike length, are the
// same text translated; two independent reports of one event share names
// and numbers too, but not in the same order sentence after sentence.
type Anchors struct {
	Lang  string
	sents [][]string // each sentence's anchors, in order
	sizes []float64  // each sentence's length in letters and digits, scaled to English
	all   map[string]int
}

// NewAnchors reads the anchors of an article in language lang.
func NewAnchors(lang, title, body string) *Anchors {
	a := &Anchors{Lang: lang, all: map[string]int{}}
	for _, part := range []string{title, body} {
		for _, sp := range text.Sentences(part) {
			s := anchorsOf(lang, sp.Text)
			if len(s) == 0 {
				continue
			}
			a.sents = append(a.sents, s)
			a.sizes = append(a.sizes, sentenceSize(lang, sp.Text))
			for _, x := range s {
				a.all[x]++
			}
		}
	}
	return a
}

// anchorsOf reads the anchors of one sentence in language lang.
func anchorsOf(lang, sentence string) []string {
	toks := text.Tokens(sentence)
	var out []string
	// The index in out of a number read from the token before (else -1),
	// of one written as a word, and of an hour waiting for its minutes.
	lastNum, wordNum, hour := -1, -1, -1
	for i, t := range toks {
		raw := sentence[t.Start:t.End]
		first := []rune(raw)[0]
		prevNum, prevWord, prevHour := lastNum, wordNum, hour
		lastNum, wordNum, hour = -1, -1, -1
		gap := ""
		if i > 0 {
			gap = sentence[toks[i-1].End:t.Start]
		}
		switch {
		case unicode.IsDigit(first):
			d := digits(raw)
			if prevNum >= 0 && prevWord < 0 && len(d) == 3 && (gap == " " || gap == "\u00a0" || gap == "\u202f") {
				// "2 100" (French thousands, also with a no-break space)
				// reads as one number.
				out[prevNum] += d
				lastNum = prevNum
				continue
			}
			if len(d) == 2 && (prevNum >= 0 && gap == ":" && len(out[prevNum]) <= 2 || prevHour >= 0) {
				// "6:45" and "6 h 45" read as "6.45" does: one time, 645.
				if prevHour >= 0 {
					prevNum = prevHour
				}
				out[prevNum] += d
				lastNum = prevNum
				continue
			}
			out = append(out, d)
			lastNum = len(out) - 1
		case prevNum >= 0 && (t.Word == "h" || t.Word == "heures" || t.Word == "uhr"):
			// "6 h 45": the minutes join the hour; "21 Uhr" is 21.
			hour = prevNum
		case prevNum >= 0 && lang == "en" && isMeridiem(raw):
			// "9 p.m." is 21, as German, French and Spanish write it.
			if strings.HasPrefix(strings.ToLower(raw), "p") {
				out[prevNum] = afternoon(out[prevNum])
			}
		default:
			if w := transWord(lang, raw); w != "" {
				if prevWord >= 0 && gap == "-" && isDigits(w) {
					// "soixante-dix" is 70, "dix-sept" 17, "quatre-vingts" 80.
					out[prevWord] = compound(out[prevWord], w)
					lastNum, wordNum = prevWord, prevWord
					continue
				}
				out = append(out, w)
				if isDigits(w) {
					lastNum, wordNum = len(out)-1, len(out)-1
				}
				continue
			}
			if unicode.IsUpper(first) && i > 0 && len([]rune(raw)) >= 3 {
				out = append(out, t.Word)
			}
		}
	}
	return out
}

// compound joins two number words written with a hyphen: a smaller one
// first multiplies ("quatre-vingts"), a larger one first adds.
func compound(a, b string) string {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return a
	}
	if x < y {
		return strconv.Itoa(x * y)
	}
	return strconv.Itoa(x + y)
}

func isMeridiem(raw string) bool {
	switch strings.ToLower(strings.ReplaceAll(raw, ".", "")) {
	case "am", "pm":
		return true
	}
	return false
}

// afternoon turns an hour (or hour and minutes, "645") before noon into the
// 24-hour clock.
func afternoon(d string) string {
	h, m := d, ""
	if len(d) >= 3 {
		h, m = d[:len(d)-2], d[len(d)-2:]
	}
	n, err := strconv.Atoi(h)
	if err != nil || n < 1 || n > 11 {
		return d
	}
	return strconv.Itoa(n+12) + m
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
	m.Aligned = alignAnchors(a, b)
	m.Score = float64(m.Aligned) / float64(min(len(a.sents), len(b.sents)))
	if m.Aligned >= minAligned && m.Score >= minAlignedShare && m.Coverage >= minCoverage {
		m.Kind = copydesk.Translation
	}
	return m
}

// alignAnchors counts the sentences of x and y that pair up in order (a
// longest common subsequence where two sentences match when most of the
// anchors of the one with fewer are in the other and their lengths are
// alike). One sentence may pair with two in a row on the other side, as a
// translator splits or joins sentences; such a pair counts once. One block
// of sentences moved as a whole (a paragraph put elsewhere) counts too.
func alignAnchors(x, y *Anchors) int {
	best := alignTable(x, y)
	return best[len(x.sents)][len(y.sents)].n + movedBlock(x, y, best)
}

// alignment is the best alignment of two prefixes: n pairs, and among
// alignments of as many pairs the one sharing the most anchors (w), so
// that a sentence pairs with its translation rather than with another that
// merely names the same place.
type alignment struct{ n, w int }

func (a alignment) plus(w int) alignment { return alignment{a.n + 1, a.w + w} }

func better(a, b alignment) alignment {
	if b.n > a.n || b.n == a.n && b.w > a.w {
		return b
	}
	return a
}

// alignTable returns the alignments of every prefix of x with every prefix
// of y: [i][j] holds the best among the first i sentences of x and j of y.
func alignTable(x, y *Anchors) [][]alignment {
	nx, ny := len(x.sents), len(y.sents)
	best := make([][]alignment, nx+1)
	for i := range best {
		best[i] = make([]alignment, ny+1)
	}
	for i := 1; i <= nx; i++ {
		for j := 1; j <= ny; j++ {
			b := better(best[i-1][j], best[i][j-1])
			if w := pairWeight(x, y, i-1, j-1); w > 0 {
				b = better(b, best[i-1][j-1].plus(w))
			}
			if w := mergeWeight(x, i-2, y, j-1); w > 0 {
				b = better(b, best[i-2][j-1].plus(w))
			}
			if w := mergeWeight(y, j-2, x, i-1); w > 0 {
				b = better(b, best[i-1][j-2].plus(w))
			}
			best[i][j] = b
		}
	}
	return best
}

// pairWeight is the number of anchors sentences i of x and j of y share
// when they match, else 0.
func pairWeight(x, y *Anchors, i, j int) int {
	if !sizesMatch(x.sizes[i], y.sizes[j]) {
		return 0
	}
	return sharedAnchors(x.sents[i], nil, y.sents[j])
}

// mergeWeight is the number of anchors sentences k and k+1 of a, read as
// one, share with sentence j of b when they match, else 0.
func mergeWeight(a *Anchors, k int, b *Anchors, j int) int {
	if k < 0 || !sizesMatch(a.sizes[k]+a.sizes[k+1], b.sizes[j]) {
		return 0
	}
	return sharedAnchors(a.sents[k], a.sents[k+1], b.sents[j])
}

// movedBlock finds, among the sentences the in-order alignment left out, the
// longest run of two or more that pair up one to one in order on both sides:
// a paragraph the translator moved. It returns the run's length, or 0.
func movedBlock(x, y *Anchors, best [][]alignment) int {
	nx, ny := len(x.sents), len(y.sents)
	usedX, usedY := make([]bool, nx), make([]bool, ny)
	for i, j := nx, ny; i > 0 && j > 0; {
		b := best[i][j]
		switch {
		case b == best[i-1][j]:
			i--
		case b == best[i][j-1]:
			j--
		case b == best[i-1][j-1].plus(pairWeight(x, y, i-1, j-1)):
			usedX[i-1], usedY[j-1] = true, true
			i, j = i-1, j-1
		case i >= 2 && b == best[i-2][j-1].plus(mergeWeight(x, i-2, y, j-1)):
			usedX[i-1], usedX[i-2], usedY[j-1] = true, true, true
			i, j = i-2, j-1
		case j >= 2: // one sentence of x with two of y
			usedX[i-1], usedY[j-1], usedY[j-2] = true, true, true
			i, j = i-1, j-2
		default:
			i--
		}
	}
	longest := 0
	for i := range nx {
		for j := range ny {
			k := 0
			for i+k < nx && j+k < ny && !usedX[i+k] && !usedY[j+k] && pairWeight(x, y, i+k, j+k) > 0 {
				k++
			}
			longest = max(longest, k)
		}
	}
	if longest < 2 {
		return 0
	}
	return longest
}

// sharedAnchors counts the anchors of a (sentence a1, followed by a2 when
// not nil) and b have in common, counted on the side with fewer anchors; it
// returns 0 unless that is at least one and at least half of that side's:
// then the sentences match.
func sharedAnchors(a1, a2, b []string) int {
	n, small := 0, len(a1)+len(a2)
	if small <= len(b) {
		for _, x := range a1 {
			if slices.Contains(b, x) {
				n++
			}
		}
		for _, x := range a2 {
			if slices.Contains(b, x) {
				n++
			}
		}
	} else {
		small = len(b)
		for _, x := range b {
			if slices.Contains(a1, x) || slices.Contains(a2, x) {
				n++
			}
		}
	}
	if n >= 1 && 2*n >= small {
		return n
	}
	return 0
}

// Sentences in German, French and Spanish run longer than in English; the
// factors scale them to English (letters and digits per sentence, measured
// on the tune half of testdata/translations).
var sizeScale = map[string]float64{"de": 1.15, "fr": 1.14, "es": 1.12}

// maxSizeRatio is how much longer one of two aligned sentences may be
// (chosen on the tune half: 1.7 and 1.5 keep the independent reports
// furthest from the threshold without losing a translation).
const maxSizeRatio = 1.7

// sentenceSize is the length of sentence s in language lang in letters
// and digits, scaled to English.
func sentenceSize(lang, s string) float64 {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	f := sizeScale[lang]
	if f == 0 {
		f = 1
	}
	return float64(n) / f
}

func sizesMatch(a, b float64) bool {
	return max(a, b) <= maxSizeRatio*min(a, b)
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

// keys are the anchors worth indexing: names of four letters or more (not
// months or days) and numbers of two digits or more, the most frequent
// first, at most maxTransKeys.
func (a *Anchors) keys() []string {
	var ks []string
	for x := range a.all {
		if len([]rune(x)) >= 4 && !isDigits(x) && !calendar[x] || isDigits(x) && len(x) >= 2 {
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
