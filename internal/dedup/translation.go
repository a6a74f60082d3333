package dedup

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Anchors are the parts of an article that survive translation, sentence
// by sentence: names (capitalised words, compared by their consonant keys
// across scripts and inflections: Путина and Putin, Sýrii and Syria),
// numbers read in each language's own formats ("38,000", "38.000" and
// "38 000" alike, "5,2 млн" as 5.2 million, times on the 24-hour clock:
// "9 p.m." is 21:00; and numbers written as words), and the names of
// months and days. Two articles in different languages whose anchors line
// up in order over most of their sentences, in sentences of alike length,
// are the same text translated; two independent reports of one event share
// names and numbers too, but not in the same order sentence after sentence.
type Anchors struct {
	Lang  string
	uniq  []anchor   // the article's distinct anchors
	sents [][]occurs // each anchored sentence's anchors, in order
	sizes []float64  // each anchored sentence's length in letters and digits, scaled to English
	count []int      // per distinct anchor: its mentions
	named []int      // per distinct anchor: its mentions that count whether or not matched
	texts []string   // each anchored sentence as written
	index []int      // each anchored sentence's place among all sentences of the title and the body
	// counted[i] says whether sentence i has an anchor that counts whether
	// or not it is matched (not only weak ones); only those sentences make
	// the share of sentences aligned.
	counted  []bool
	nCounted int
	// letters is the article's length in letters and digits.
	letters int
	// common are the article's commonest lower-case words (at most
	// commonWords): mostly function words, which two texts in one language
	// share and two in different languages do not.
	common []string
}

// commonWords is how many of an article's commonest lower-case words are
// kept; two articles that share minCommon of them are in one language,
// whatever their labels say (language detection errs on short texts).
const commonWords, minCommon = 12, 6

// minLetters is the least length, in letters and digits, of each of two
// articles that can be found to be one text in two languages: a headline
// or two (three "sentences" when a name is abbreviated, "Jos. A. Bank")
// share their names with every other headline on the same news, in any
// language detection may give them.
const minLetters = 200

// oneLanguage reports whether a and b share most of their commonest words.
func oneLanguage(a, b *Anchors) bool {
	n := 0
	for _, w := range a.common {
		if slices.Contains(b.common, w) {
			n++
		}
	}
	return n >= minCommon
}

// occurs is one mention of a distinct anchor in a sentence.
type occurs struct {
	id         int32
	weak       bool
	start, end int32 // the mention's byte offsets in its sentence
}

// NewAnchors reads the anchors of an article in language lang.
func NewAnchors(lang, title, body string) *Anchors {
	a := &Anchors{Lang: lang}
	// The words the article writes in lower case somewhere are common
	// words wherever they are capitalised: read every sentence's tokens
	// once, then their anchors.
	type sentence struct {
		text string
		toks []text.Token
	}
	var sents []sentence
	lower := map[string]int{} // the words written in lower case, and how often
	for _, part := range []string{title, body} {
		for _, sp := range text.Sentences(part) {
			toks := text.Tokens(sp.Text)
			a.letters += int(sentenceSize("", sp.Text))
			for _, t := range toks {
				if r, _ := utf8.DecodeRuneInString(sp.Text[t.Start:]); unicode.IsLower(r) {
					lower[t.Word]++
				}
			}
			sents = append(sents, sentence{sp.Text, toks})
		}
	}
	for w, n := range lower {
		if n >= 2 {
			a.common = append(a.common, w)
		}
	}
	slices.SortFunc(a.common, func(x, y string) int { return cmp.Or(cmp.Compare(lower[y], lower[x]), strings.Compare(x, y)) })
	a.common = a.common[:min(len(a.common), commonWords)]
	ids := map[anchor]int32{}
	for k, sp := range sents {
		ms := readAnchors(lang, sp.text, sp.toks, lower)
		if len(ms) == 0 {
			continue
		}
		s := make([]occurs, len(ms))
		counted := false
		for i, m := range ms {
			counted = counted || !m.weak
			k := m.a
			k.text = ""
			id, ok := ids[k]
			if !ok {
				id = int32(len(a.uniq))
				ids[k] = id
				a.uniq = append(a.uniq, m.a)
				a.count = append(a.count, 0)
				a.named = append(a.named, 0)
			}
			a.count[id]++
			if !m.weak {
				a.named[id]++
			}
			s[i] = occurs{id, m.weak, int32(m.start), int32(m.end)}
		}
		a.sents = append(a.sents, s)
		a.sizes = append(a.sizes, sentenceSize(lang, sp.text))
		a.texts = append(a.texts, sp.text)
		a.index = append(a.index, k)
		a.counted = append(a.counted, counted)
		if counted {
			a.nCounted++
		}
	}
	return a
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
	// Pairs are the aligned sentences, in the order of a's sentences (a
	// moved block last); set only for a translation.
	Pairs []AnchorPair
	// Names are the names the two share, each once: as a writes it (its
	// first mention) and as b does. Abbreviations are the abbreviations
	// (names written in capitals) each side has and the other lacks, a's
	// then b's. Both bear on direction (provenance).
	Names         [][2]string
	Abbreviations [2][]string
}

// AnchorPair is one pair of aligned sentences of a translation: a's
// sentence and b's (one or two sentences each, when the translator split or
// joined them) and the anchors they share.
type AnchorPair struct {
	// A and B are the sentences as written, two joined by a space.
	A, B string
	// SentencesA and SentencesB are the places of the first and the last
	// of those sentences among all sentences of the title and the body
	// (text.Sentences of each).
	SentencesA, SentencesB [2]int
	// Shared are the anchors the two share, as a writes them and as b does.
	Shared [][2]string
	// MarksA and MarksB are where those anchors stand in A and in B: byte
	// offsets, in the order of Shared.
	MarksA, MarksB [][2]int
	// Share is the share of the anchors of the side with fewer that the
	// other side has (the side's weak mentions counting only when shared).
	Share float64
}

// The translation thresholds.
const (
	minAligned      = 3
	minAlignedShare = 0.75
	minCoverage     = 0.5
)

// CompareTranslation decides whether a and b are one text in two languages.
// Articles in the same (or an unknown) language are never translations, nor
// are two that share most of their commonest words, whatever their labels,
// nor one shorter than minLetters (a headline alone).
func CompareTranslation(a, b *Anchors) TranslationMatch {
	var m TranslationMatch
	if a.Lang == "" || b.Lang == "" || a.Lang == b.Lang || len(a.uniq) == 0 || len(b.uniq) == 0 {
		return m
	}
	if oneLanguage(a, b) || min(a.letters, b.letters) < minLetters {
		return m
	}
	p := newAnchorPair(a, b)
	m.Coverage, m.Shared = p.coverage()
	m.Names, m.Abbreviations = p.names()
	best := p.table()
	m.Aligned = p.alignedCounted(best)
	if n := min(a.nCounted, b.nCounted); n > 0 {
		m.Score = min(1, float64(m.Aligned)/float64(n))
	}
	if m.Aligned >= minAligned && m.Score >= minAlignedShare && m.Coverage >= minCoverage {
		m.Kind = copydesk.Translation
		m.Pairs = p.pairs(best)
	}
	return m
}

// pairs returns the aligned sentence pairs of the best alignment, with the
// moved block after them.
func (p *anchorPairing) pairs(best [][]alignment) []AnchorPair {
	steps := p.path(best)
	at, k := p.moved(best)
	for d := range k {
		steps = append(steps, step{at[0] + d, at[0] + d, at[1] + d, at[1] + d})
	}
	out := make([]AnchorPair, 0, len(steps))
	for _, st := range steps {
		out = append(out, p.pair(st))
	}
	return out
}

// pair writes out one aligned pair: its sentences and the anchors they
// share, each mention paired once, as shared pairs them.
func (p *anchorPairing) pair(st step) AnchorPair {
	type mentionAt struct {
		o   occurs
		off int // where its sentence starts in the joined text
	}
	join := func(x *Anchors, i0, i1 int) (string, []mentionAt) {
		var b strings.Builder
		var ms []mentionAt
		for i := i0; i <= i1; i++ {
			if i > i0 {
				b.WriteByte(' ')
			}
			off := b.Len()
			b.WriteString(x.texts[i])
			for _, o := range x.sents[i] {
				ms = append(ms, mentionAt{o, off})
			}
		}
		return b.String(), ms
	}
	at, xs := join(p.a, st.a0, st.a1)
	bt, ys := join(p.b, st.b0, st.b1)
	ap := AnchorPair{A: at, B: bt,
		SentencesA: [2]int{p.a.index[st.a0], p.a.index[st.a1]},
		SentencesB: [2]int{p.b.index[st.b0], p.b.index[st.b1]}}
	used := make([]bool, len(ys))
	for _, x := range xs {
		for k, y := range ys {
			if used[k] || !p.matches(x.o.id, y.o.id) {
				continue
			}
			used[k] = true
			ma := [2]int{x.off + int(x.o.start), x.off + int(x.o.end)}
			mb := [2]int{y.off + int(y.o.start), y.off + int(y.o.end)}
			ap.Shared = append(ap.Shared, [2]string{at[ma[0]:ma[1]], bt[mb[0]:mb[1]]})
			ap.MarksA = append(ap.MarksA, ma)
			ap.MarksB = append(ap.MarksB, mb)
			break
		}
	}
	cx, cy := 0, 0
	for _, x := range xs {
		if !x.o.weak {
			cx++
		}
	}
	for k, y := range ys {
		if !y.o.weak || used[k] {
			cy++
		}
	}
	n := len(ap.Shared)
	for _, x := range xs { // a's weak mentions that were paired
		if x.o.weak && slices.ContainsFunc(ap.MarksA, func(m [2]int) bool { return m[0] == x.off+int(x.o.start) }) {
			cx++
		}
	}
	if small := min(cx, cy); small > 0 {
		ap.Share = min(1, float64(n)/float64(small))
	}
	return ap
}

// anchorPairing holds what comparing two articles' anchors needs: which
// distinct anchors of a match which of b, and the weights of every pair of
// sentences (and of two sentences of one side read as one).
type anchorPairing struct {
	a, b  *Anchors
	match []uint64 // bit i*len(b.uniq)+j: a's anchor i matches b's j
	// w[i][j] is what sentences i of a and j of b share when they match,
	// else 0; wa[i][j] the same for sentences i and i+1 of a read as one,
	// wb[i][j] for sentences j and j+1 of b.
	w, wa, wb [][]int32
}

func newAnchorPair(a, b *Anchors) *anchorPairing {
	p := &anchorPairing{a: a, b: b, match: make([]uint64, (len(a.uniq)*len(b.uniq)+63)/64)}
	// Anchors compare by their readings (a name by its key and its folded
	// spelling): an index of b's. Names also compare fuzzily (an inflected
	// ending, a letter spelled otherwise), pair by pair, among the
	// maxFuzzyNames most mentioned of each side, so that the cost stays
	// bounded however many names a long article holds.
	byKey := map[string][]int32{}
	for j, y := range b.uniq {
		byKey[string(rune('0'+y.kind))+y.key] = append(byKey[string(rune('0'+y.kind))+y.key], int32(j))
		if y.alt != "" {
			byKey[string(rune('0'+y.kind))+y.alt] = append(byKey[string(rune('0'+y.kind))+y.alt], int32(j))
		}
	}
	nb := len(b.uniq)
	fuzzyB := b.topNames(maxFuzzyNames)
	for _, i := range a.topNames(maxFuzzyNames) {
		for _, j := range fuzzyB {
			if a.uniq[i].matches(b.uniq[j]) {
				k := int(i)*nb + int(j)
				p.match[k/64] |= 1 << (k % 64)
			}
		}
	}
	for i, x := range a.uniq {
		for _, r := range []string{x.key, x.alt} {
			if r == "" {
				continue
			}
			for _, j := range byKey[string(rune('0'+x.kind))+r] {
				if x.matches(b.uniq[j]) {
					k := i*nb + int(j)
					p.match[k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	na, nbs := len(a.sents), len(b.sents)
	p.w, p.wa, p.wb = grid(na, nbs), grid(na, nbs), grid(na, nbs)
	for i := range na {
		for j := range nbs {
			if sizesMatch(a.sizes[i], b.sizes[j]) {
				p.w[i][j] = p.shared(a.sents[i], nil, b.sents[j], nil)
			}
			if i+1 < na && sizesMatch(a.sizes[i]+a.sizes[i+1], b.sizes[j]) {
				p.wa[i][j] = p.shared(a.sents[i], a.sents[i+1], b.sents[j], nil)
			}
			if j+1 < nbs && sizesMatch(a.sizes[i], b.sizes[j]+b.sizes[j+1]) {
				p.wb[i][j] = p.shared(a.sents[i], nil, b.sents[j], b.sents[j+1])
			}
		}
	}
	return p
}

// maxFuzzyNames is how many of an article's names, the most mentioned,
// are compared fuzzily with the other article's.
const maxFuzzyNames = 128

// topNames returns the indexes of the article's distinct names, the most
// mentioned first, at most n.
func (a *Anchors) topNames(n int) []int32 {
	var out []int32
	for i, x := range a.uniq {
		if x.kind == nameAnchor {
			out = append(out, int32(i))
		}
	}
	if len(out) > n {
		slices.SortStableFunc(out, func(x, y int32) int { return cmp.Compare(a.count[y], a.count[x]) })
		out = out[:n]
	}
	return out
}

func grid(n, m int) [][]int32 {
	cells := make([]int32, n*m)
	g := make([][]int32, n)
	for i := range g {
		g[i] = cells[i*m : (i+1)*m]
	}
	return g
}

func (p *anchorPairing) matches(i, j int32) bool {
	k := int(i)*len(p.b.uniq) + int(j)
	return p.match[k/64]&(1<<(k%64)) != 0
}

// shared counts the anchors a sentence of a (x1, followed by x2 when not
// nil) and one of b (y1, y2) have in common, each mention paired once. It
// returns 0 unless that is at least one and at least half of the anchors
// of the side with fewer: then the sentences match. A weak mention counts
// on its side only when it is paired.
func (p *anchorPairing) shared(x1, x2, y1, y2 []occurs) int32 {
	// used marks the mentions of y1 and then y2 already paired; mentions
	// past the 128th of a sentence (there are never so many) are not read.
	var used [128]bool
	ny := min(len(y1)+len(y2), len(used))
	yAt := func(k int) occurs {
		if k < len(y1) {
			return y1[k]
		}
		return y2[k-len(y1)]
	}
	n, cx, cy := 0, 0, 0
	for _, xs := range [2][]occurs{x1, x2} {
		for _, x := range xs {
			paired := false
			for k := range ny {
				if !used[k] && p.matches(x.id, yAt(k).id) {
					used[k], paired = true, true
					n++
					break
				}
			}
			if paired || !x.weak {
				cx++
			}
		}
	}
	for k := range ny {
		if used[k] || !yAt(k).weak {
			cy++
		}
	}
	if small := min(cx, cy); n >= 1 && 2*n >= small {
		return int32(n)
	}
	return 0
}

// coverage returns the share of the smaller side's counted anchors (those
// mentioned at least once other than weakly) that the other side has, and
// the shared anchors as people read them, most mentioned first, at most 12.
func (p *anchorPairing) coverage() (float64, []string) {
	a, b := p.a, p.b
	inB := make([]bool, len(a.uniq))
	inA := make([]bool, len(b.uniq))
	for i := range a.uniq {
		for j := range b.uniq {
			if p.matches(int32(i), int32(j)) {
				inB[i], inA[j] = true, true
			}
		}
	}
	share := func(named []int, in []bool) (float64, int) {
		n, hit := 0, 0
		for i, c := range named {
			if c > 0 {
				n++
				if in[i] {
					hit++
				}
			}
		}
		if n == 0 {
			return 0, 0
		}
		return float64(hit) / float64(n), n
	}
	ca, na := share(a.named, inB)
	cb, nb := share(b.named, inA)
	cov := ca
	if nb < na || na == 0 {
		cov = cb
	}
	var shared []int
	for i, ok := range inB {
		if ok {
			shared = append(shared, i)
		}
	}
	slices.SortStableFunc(shared, func(x, y int) int { return cmp.Compare(a.count[y], a.count[x]) })
	if len(shared) > 12 {
		shared = shared[:12]
	}
	out := make([]string, len(shared))
	for k, i := range shared {
		out[k] = a.uniq[i].text
	}
	return cov, out
}

// names returns the names a and b share, each once (a's first mention and
// the first of b's it matches), and each side's abbreviations the other
// lacks.
func (p *anchorPairing) names() ([][2]string, [2][]string) {
	var names [][2]string
	var only [2][]string
	inA := make([]bool, len(p.b.uniq))
	for i, x := range p.a.uniq {
		if x.kind != nameAnchor {
			continue
		}
		hit := false
		for j, y := range p.b.uniq {
			if y.kind == nameAnchor && p.matches(int32(i), int32(j)) {
				if !hit {
					names = append(names, [2]string{x.text, y.text})
				}
				hit, inA[j] = true, true
			}
		}
		if !hit && p.a.named[i] > 0 && abbreviation(x.text) {
			only[0] = append(only[0], x.text)
		}
	}
	for j, y := range p.b.uniq {
		if y.kind == nameAnchor && !inA[j] && p.b.named[j] > 0 && abbreviation(y.text) {
			only[1] = append(only[1], y.text)
		}
	}
	return names, only
}

// abbreviation reports whether a name is written in capitals: "МВД", "NATO".
func abbreviation(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// alignment is the best alignment of two prefixes: n pairs, and among
// alignments of as many pairs the one sharing the most anchors (w), so
// that a sentence pairs with its translation rather than with another that
// merely names the same place.
type alignment struct{ n, w int }

// plus adds one aligned pair sharing w anchors; it counts in n only when
// one of its sentences has an anchor that counts (two sentences that share
// only their first words say little).
func (a alignment) plus(w int32, counted bool) alignment {
	if !counted {
		return alignment{a.n, a.w + int(w)}
	}
	return alignment{a.n + 1, a.w + int(w)}
}

func better(a, b alignment) alignment {
	if b.n > a.n || b.n == a.n && b.w > a.w {
		return b
	}
	return a
}

// table returns the alignments of every prefix of a with every prefix of
// b: [i][j] holds the best among the first i sentences of a and j of b (a
// longest common subsequence where two sentences match when most of the
// anchors of the one with fewer are in the other and their lengths are
// alike). One sentence may pair with two in a row on the other side, as a
// translator splits or joins sentences; such a pair counts once.
func (p *anchorPairing) table() [][]alignment {
	nx, ny := len(p.a.sents), len(p.b.sents)
	best := make([][]alignment, nx+1)
	for i := range best {
		best[i] = make([]alignment, ny+1)
	}
	for i := 1; i <= nx; i++ {
		for j := 1; j <= ny; j++ {
			b := better(best[i-1][j], best[i][j-1])
			if w := p.w[i-1][j-1]; w > 0 {
				b = better(b, best[i-1][j-1].plus(w, p.counted(i-1, i-1, j-1, j-1)))
			}
			if i >= 2 {
				if w := p.wa[i-2][j-1]; w > 0 {
					b = better(b, best[i-2][j-1].plus(w, p.counted(i-2, i-1, j-1, j-1)))
				}
			}
			if j >= 2 {
				if w := p.wb[i-1][j-2]; w > 0 {
					b = better(b, best[i-1][j-2].plus(w, p.counted(i-1, i-1, j-2, j-1)))
				}
			}
			best[i][j] = b
		}
	}
	return best
}

// step is one aligned pair of the best alignment: sentences a0..a1 of a
// with b0..b1 of b (inclusive).
type step struct{ a0, a1, b0, b1 int }

// path walks the table back and returns the aligned pairs in order.
func (p *anchorPairing) path(best [][]alignment) []step {
	var out []step
	for i, j := len(p.a.sents), len(p.b.sents); i > 0 && j > 0; {
		b := best[i][j]
		switch {
		case b == best[i-1][j]:
			i--
		case b == best[i][j-1]:
			j--
		case p.w[i-1][j-1] > 0 && b == best[i-1][j-1].plus(p.w[i-1][j-1], p.counted(i-1, i-1, j-1, j-1)):
			out = append(out, step{i - 1, i - 1, j - 1, j - 1})
			i, j = i-1, j-1
		case i >= 2 && p.wa[i-2][j-1] > 0 && b == best[i-2][j-1].plus(p.wa[i-2][j-1], p.counted(i-2, i-1, j-1, j-1)):
			out = append(out, step{i - 2, i - 1, j - 1, j - 1})
			i, j = i-2, j-1
		case j >= 2: // one sentence of a with two of b
			out = append(out, step{i - 1, i - 1, j - 2, j - 1})
			i, j = i-1, j-2
		default:
			i--
		}
	}
	slices.Reverse(out)
	return out
}

// counted reports whether sentences a0..a1 of a or b0..b1 of b have an
// anchor that counts.
func (p *anchorPairing) counted(a0, a1, b0, b1 int) bool {
	for i := a0; i <= a1; i++ {
		if p.a.counted[i] {
			return true
		}
	}
	for j := b0; j <= b1; j++ {
		if p.b.counted[j] {
			return true
		}
	}
	return false
}

// alignedCounted counts the aligned pairs, in order and in a moved block,
// that count (see plus).
func (p *anchorPairing) alignedCounted(best [][]alignment) int {
	n := best[len(p.a.sents)][len(p.b.sents)].n
	at, k := p.moved(best)
	for d := range k {
		if p.counted(at[0]+d, at[0]+d, at[1]+d, at[1]+d) {
			n++
		}
	}
	return n
}

// movedBlock finds, among the sentences the in-order alignment left out, the
// longest run of two or more that pair up one to one in order on both sides:
// a paragraph the translator moved. It returns the run's length, or 0.
func (p *anchorPairing) movedBlock(best [][]alignment) int {
	_, n := p.moved(best)
	return n
}

// moved returns the moved block's first sentences (of a and of b) and its
// length (0 when there is none).
func (p *anchorPairing) moved(best [][]alignment) ([2]int, int) {
	nx, ny := len(p.a.sents), len(p.b.sents)
	usedX, usedY := make([]bool, nx), make([]bool, ny)
	for _, s := range p.path(best) {
		for i := s.a0; i <= s.a1; i++ {
			usedX[i] = true
		}
		for j := s.b0; j <= s.b1; j++ {
			usedY[j] = true
		}
	}
	longest, at := 0, [2]int{}
	for i := range nx {
		for j := range ny {
			k := 0
			for i+k < nx && j+k < ny && !usedX[i+k] && !usedY[j+k] && p.w[i+k][j+k] > 0 {
				k++
			}
			if k > longest {
				longest, at = k, [2]int{i, j}
			}
		}
	}
	if longest < 2 {
		return at, 0
	}
	return at, longest
}

// Sentences in German, French and Spanish run longer than in English,
// Russian ones shorter; the factors scale them to English (letters and
// digits per sentence, measured on the tune halves of testdata/translations
// and of wmt14-ru-en).
var sizeScale = map[string]float64{"de": 1.15, "fr": 1.14, "es": 1.12, "ru": 0.94}

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
	long []string // keys whose list grew past anchorPosting since Trim
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

// Add indexes an article's anchors. A posting list keeps the latest
// anchorPosting articles; it is cut back to them by Trim, or by Add once it
// holds twice as many.
func (ix *TranslationIndex) Add(id string, a *Anchors) {
	n := int32(len(ix.ids))
	ix.ids = append(ix.ids, id)
	ix.lang = append(ix.lang, a.Lang)
	for _, x := range a.keys() {
		p := append(ix.post[x], n)
		switch {
		case len(p) > 2*anchorPosting:
			p = p[len(p)-anchorPosting:]
		case len(p) == anchorPosting+1:
			ix.long = append(ix.long, x)
		}
		ix.post[x] = p
	}
}

// Trim cuts every posting list back to its latest anchorPosting articles.
func (ix *TranslationIndex) Trim() {
	for _, x := range ix.long {
		if p := ix.post[x]; len(p) > anchorPosting {
			ix.post[x] = slices.Clone(p[len(p)-anchorPosting:])
		}
	}
	ix.long = ix.long[:0]
}

// Candidates returns indexed articles in another language that share the
// most anchors with a, best first, at most maxTransCands.
func (ix *TranslationIndex) Candidates(a *Anchors) []string {
	return ix.CandidatesBefore(a, len(ix.ids))
}

// CandidatesBefore is Candidates as it was when only the first n articles
// had been added. It finds what adding and querying one article at a time
// would as long as Trim runs between rounds of additions of at most
// anchorPosting articles.
func (ix *TranslationIndex) CandidatesBefore(a *Anchors, n int) []string {
	if a.Lang == "" {
		return nil
	}
	before := int32(n)
	keys := a.keys()
	lists := make([][]int32, len(keys))
	for i, x := range keys {
		p := ix.post[x]
		p = p[:sort.Search(len(p), func(i int) bool { return p[i] >= before })]
		if len(p) > anchorPosting {
			p = p[len(p)-anchorPosting:]
		}
		lists[i] = p
	}
	cs := RankTranslations(a.Lang, lists, func(n int32) string { return ix.lang[n] })
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = ix.ids[c]
	}
	return out
}

// TranslationPosting is how many articles a translation key keeps: its
// latest, in the order they were added.
const TranslationPosting = anchorPosting

// Keys returns the anchors of a that a translation index files it under
// (and looks up for it), the most mentioned first.
func (a *Anchors) Keys() []string { return a.keys() }

// RankTranslations ranks the articles found under the Keys of an article in
// language lang: lists[i] holds the articles under the i-th key that came
// before it, by their number in the order they were added, increasing, at
// most the latest TranslationPosting; langOf gives an article's language. It
// returns the candidate translations (in another language, sharing three
// keys at least), the most likely first, at most 16: a TranslationIndex and
// an index kept elsewhere rank alike.
func RankTranslations(lang string, lists [][]int32, langOf func(int32) string) []int32 {
	if lang == "" {
		return nil
	}
	score := map[int32]int{}
	for _, p := range lists {
		for _, n := range p {
			if l := langOf(n); l != "" && l != lang {
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
	out := make([]int32, len(cs))
	for i, c := range cs {
		out[i] = c.n
	}
	return out
}

// keys are the anchors worth indexing, the most mentioned first, at most
// maxTransKeys: names of at least two consonants (by the first three
// letters of their keys, which an inflected ending leaves alone), and
// numbers of two digits or more (by each reading). Months, days and
// names mentioned only weakly are too common.
func (a *Anchors) keys() []string {
	type key struct {
		k string
		n int
	}
	seen := map[string]int{}
	for i, x := range a.uniq {
		switch {
		case x.kind == nameAnchor && a.named[i] > 0 && len(strings.TrimPrefix(x.key, "a")) >= 2:
			seen["n"+x.key[:min(3, len(x.key))]] += a.count[i]
		case x.kind == numberAnchor:
			for _, r := range []string{x.key, x.alt} {
				if len(r) >= 2 {
					seen["#"+r] += a.count[i]
				}
			}
		}
	}
	ks := make([]key, 0, len(seen))
	for k, n := range seen {
		ks = append(ks, key{k, n})
	}
	slices.SortFunc(ks, func(x, y key) int {
		if c := cmp.Compare(y.n, x.n); c != 0 {
			return c
		}
		return strings.Compare(x.k, y.k)
	})
	out := make([]string, 0, min(len(ks), maxTransKeys))
	for _, k := range ks[:min(len(ks), maxTransKeys)] {
		out = append(out, k.k)
	}
	return out
}
