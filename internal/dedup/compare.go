package dedup

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// Thresholds decide the Kind of a pair in Compare. A zero field takes its
// default, so Thresholds{} is DefaultThresholds(). The defaults were tuned on
// a generated corpus (see synth_test.go), on hand-written pairs
// (testdata/), on the seed articles and on ECB+ (independent reports of the
// same events) and Clough-Stevenson (rewrites of a source).
type Thresholds struct {
	// NearJaccard and NearContain: a near-duplicate has Jaccard at least
	// NearJaccard (0.7), or both containments at least NearContain (0.7).
	NearJaccard, NearContain float64
	// Excerpt: one text's shingles found in the other for at least this
	// share (0.8)...
	Excerpt float64
	// ...or, for an excerpt embedded in other text, shared passages of 20
	// words or more that make at least ExcerptWords words in all (60) and at
	// least ExcerptShare of one of the texts (0.25). Independent reports in
	// ECB+ share quoted statements of up to about 60 words.
	ExcerptWords int
	ExcerptShare float64
	// SentenceSim is the least Dice similarity of the stemmed content words
	// of two sentences (or of one sentence and two adjacent ones, for a
	// split) for them to align (0.4). Words of one synonym class count
	// half a match (see NoSynonyms).
	SentenceSim float64
	// RewriteShare is the least share of the shorter text's content
	// sentences that must align, each weighted by its similarity, for a
	// rewrite (0.46); with fewer than RewriteSentences aligned sentences (5)
	// the share must reach RewriteShortShare (0.55); never fewer than 3. A
	// spun passage embedded in other text (5 adjacent sentences aligned in
	// a row at a mean similarity of 0.5, and 3 or more sentences of the
	// shorter text not aligned) needs half of RewriteShare.
	RewriteShare      float64
	RewriteSentences  int
	RewriteShortShare float64
	// NoSynonyms aligns sentences on their stems only. By default they are
	// aligned on the WordNet synonym classes of the stems (package
	// synonym), so that a thesaurus swap ("purchased" for "bought") still
	// counts; duplicates, near-duplicates and excerpts are always verified
	// on exact words. (The index's sentence anchors are always made of
	// synonym classes.)
	NoSynonyms bool
}

// DefaultThresholds returns the thresholds Compare uses.
func DefaultThresholds() Thresholds { return Thresholds{}.withDefaults() }

func (t Thresholds) withDefaults() Thresholds {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&t.NearJaccard, 0.7)
	def(&t.NearContain, 0.7)
	def(&t.Excerpt, 0.8)
	def(&t.ExcerptShare, 0.25)
	def(&t.SentenceSim, 0.4)
	def(&t.RewriteShare, 0.46)
	def(&t.RewriteShortShare, 0.55)
	if t.ExcerptWords == 0 {
		t.ExcerptWords = 60
	}
	if t.RewriteSentences == 0 {
		t.RewriteSentences = 5
	}
	return t
}

// minRewriteSentences is the least number of aligned sentences of a rewrite.
const minRewriteSentences = 3

// minStemOverlap is the least share of the smaller text's distinct content
// stems that the other must have for the sentences to be aligned at all. A
// rewrite (at least 45% of the sentences aligned at a Dice of 0.4 or more)
// shares far more.
const minStemOverlap = 0.15

// minExcerptShingles is the fewest shingles (about 14 words) a text needs
// for its containment in another to make it an excerpt or a near-duplicate.
const minExcerptShingles = 10

// minEditedContain is the least share of its word 5-shingles that each of
// two texts keeps in the other for them to be one text edited rather than
// an excerpt of one in the other. On the real-text benchmark's tune half,
// excerpts keep at most 0.48 of the smaller share (a passage of at most
// 60% of its source, set among other text), near-duplicates and restated
// leads found excerpts 0.65 to 0.69.
const minEditedContain = 0.6

// minPassageWords is the shortest shared passage reported and counted.
const minPassageWords = 8

// Match is the verification of one pair: a's relation to b, an undirected
// kind plus directional containment.
type Match struct {
	Kind    copydesk.Kind // "" when the pair is not a copy
	Score   float64
	Jaccard float64 // of the word 5-shingles
	// AInB is the share of a's shingles found in b; BInA of b's in a.
	AInB, BInA float64
	// AlignedSentences are the sentence pairs aligned in order.
	AlignedSentences []Pair
	// Passages are the longest passages of a's text that b shares, longest
	// first, at most 5.
	Passages []string
	// Why says, for a shared-source pair, what in the two texts made it
	// one rather than a copy; "" for every other kind.
	Why string
}

// The reasons a pair is shared-source (Match.Why), one for each rule.
const (
	whyHereAndThere = "they share passages here and there, none a run of 40 words, and each has writing of its own: 3 sentences or more the other has nothing of"
	whyReworded     = "they share several passages of a sentence or more but reword most of the sentences they align, and each has writing of its own: 3 sentences or more the other has nothing of"
	whyOwnWriting   = "each has 3 sentences or more the other has nothing of, and neither is three quarters the other's"
	whyOwnInserted  = "each sets 3 sentences or more of its own among what they share, at points where the other has none"
	whyOwnReporting = "each sets sentences of its own among what they share, naming people or figures the other never mentions, at points where the other has none or in place of a passage the other kept"
	whyRetold       = "they tell fewer than 8 sentences alike and keep under a fifth of each other's wording: what any two reports of one statement share"
	whyOwnQuote     = "each quotes someone the other does not, among what they share, at a point where the other has nothing"
	whyOwnAccount   = "each sets an account of its own among what they share, at points where the other has nothing: one names people or figures the other never mentions or quotes someone it does not, the other does too or gives particulars the first never uses"
)

// Pair is one aligned pair of sentences: the index of the sentence in a's
// Sentences and in b's, the similarity of their stemmed content words (a
// word swapped for a WordNet synonym counting half, unless
// Thresholds.NoSynonyms), and whether their words are identical.
type Pair struct {
	A, B      int
	Sim       float64
	Identical bool
}

// Compare verifies the pair a, b with DefaultThresholds.
func Compare(a, b *Fingerprint) Match { return Thresholds{}.Compare(a, b) }

// Compare verifies the pair a, b: the shingle overlap, the shared passages
// and the sentence alignment, and from them the kind of copy. The kind is
// the most literal that applies: duplicate, near-duplicate, excerpt, then
// rewrite. It does not depend on the order of a and b.
func (t Thresholds) Compare(a, b *Fingerprint) Match { return t.verify(a, b, true) }

// Verify verifies the pair a, b with DefaultThresholds, as a copy search
// does: see Thresholds.Verify.
func Verify(a, b *Fingerprint) Match { return Thresholds{}.Verify(a, b) }

// Verify is Compare for a copy search, where most candidates are not
// copies: it finds the same Kind, Score and shares, and for a copy the same
// aligned sentences and passages; for a pair that is not a copy it leaves
// them out, and skips the sentence alignment when the sentences the two
// texts share could not make a rewrite whatever their order.
func (t Thresholds) Verify(a, b *Fingerprint) Match { return t.verify(a, b, false) }

// verify is Compare when full, else Verify.
func (t Thresholds) verify(a, b *Fingerprint, full bool) Match {
	t = t.withDefaults()
	if swap := order(a, b) > 0; swap {
		m := t.compare(b, a, full)
		m.AInB, m.BInA = m.BInA, m.AInB
		for i := range m.AlignedSentences {
			p := &m.AlignedSentences[i]
			p.A, p.B = p.B, p.A
		}
		if full || m.Kind != "" {
			m.Passages = passages(a, b)
		}
		return m
	}
	m := t.compare(a, b, full)
	if full || m.Kind != "" {
		m.Passages = passages(a, b)
	}
	return m
}

// order gives the pair a canonical order, so that Compare is symmetric.
func order(a, b *Fingerprint) int {
	if c := cmp.Compare(a.Hash, b.Hash); c != 0 {
		return c
	}
	if c := cmp.Compare(len(a.Text), len(b.Text)); c != 0 {
		return c
	}
	return cmp.Compare(a.Text, b.Text)
}

// NearPossible reports whether Verify could find a and b a duplicate or a
// near-duplicate, by the first, cheap tests of compare alone (hashes and
// shared shingles): when it is false, Verify's kind is neither, so a
// search for duplicates alone (copydesk dedup) skips the sentence
// alignment and passages that the other kinds need.
func NearPossible(a, b *Fingerprint) bool { return Thresholds{}.NearPossible(a, b) }

// NearPossible is the package's NearPossible under t.
func (t Thresholds) NearPossible(a, b *Fingerprint) bool {
	t = t.withDefaults()
	if order(a, b) > 0 {
		a, b = b, a
	}
	if len(a.Shingles)+len(b.Shingles) > 0 && (a.Hash == b.Hash || sameWords(a, b)) {
		return true // a duplicate, whatever the shingles share
	}
	// Every other test passes for a count of shared shingles from some
	// least count on (each share grows with it): that count is found on
	// the sizes alone, and the walk over the two sets stops as soon as it
	// is reached or can no longer be. Counting every shared shingle of
	// every candidate pair was a fifth of dedup's CPU on the
	// shared-sentence corpus (profile), where most pairs share a few
	// sentences of thousands of shingles.
	possible := func(inter int) bool {
		var m Match
		m.setShares(len(a.Shingles), len(b.Shingles), inter)
		// An excerpt that each text keeps minEditedContain of in the
		// other becomes a near-duplicate after the excerpt's tests.
		return t.nearKind(a, b, m) != "" || min(m.AInB, m.BInA) >= minEditedContain && min(len(a.Shingles), len(b.Shingles)) >= minExcerptShingles
	}
	most := min(len(a.Shingles), len(b.Shingles))
	need := sort.Search(most+1, possible)
	if need > most {
		return false
	}
	// The shingles of the smaller set that the larger's filter lets
	// through bound the count from above: most pairs fail on it, in one
	// pass without a branch to guess wrong, where the walk below stepped
	// through half of both sets (a tenth of dedup's CPU on the
	// shared-sentence corpus, profile).
	small, large := a, b
	if len(b.Shingles) < len(a.Shingles) {
		small, large = b, a
	}
	if !large.shingleFilter().mayShare(small.Shingles, need) {
		return false
	}
	return atLeast(a.Shingles, b.Shingles, need)
}

// shingleFilter is a filter of a set of shingles: bit h&4095 of every
// shingle h. Any value of another set that is one of the shingles passes
// it, so the values that pass bound how many the two sets share from
// above.
type shingleFilter [64]uint64

// addAll sets the bits of every shingle of set.
func (f *shingleFilter) addAll(set []uint64) {
	for _, h := range set {
		f[h>>6&63] |= 1 << (h & 63)
	}
}

// passes is 1 when h passes the filter, else 0.
func (f *shingleFilter) passes(h uint64) uint64 { return f[h>>6&63] >> (h & 63) & 1 }

// shingleFilter returns fp's filter, made on first use. Goroutines that
// ask at once may each make it; they make the same.
func (fp *Fingerprint) shingleFilter() *shingleFilter {
	if f := fp.shingleBits.Load(); f != nil {
		return f
	}
	f := new(shingleFilter)
	f.addAll(fp.Shingles)
	fp.shingleBits.Store(f)
	return f
}

// mayShare reports whether at least need values of s pass the filter: if
// not, the filter's set and s share fewer than need values.
func (f *shingleFilter) mayShare(s []uint64, need int) bool {
	misses := len(s) - need // the most values that may fail
	if misses < 0 {
		return false
	}
	// In blocks, so that the tests of the counts do not stand between
	// each value's look-up and the next.
	passed := 0
	for len(s) > 0 {
		block := s[:min(len(s), 64)]
		s = s[len(block):]
		n := 0
		for _, h := range block {
			n += int(f.passes(h))
		}
		if passed += n; passed >= need {
			return true
		}
		if misses -= len(block) - n; misses < 0 {
			return false
		}
	}
	return true
}

// atLeast reports whether the sorted, unique slices a and b have at least
// need values in common, walking them only until that is known.
func atLeast(a, b []uint64, need int) bool {
	n, i, j := 0, 0, 0
	for n < need {
		if n+min(len(a)-i, len(b)-j) < need {
			return false
		}
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return true
}

// shares sets m's Jaccard similarity of a's and b's shingles and the
// share of each text's shingles that the other has.
func (m *Match) shares(a, b *Fingerprint) {
	m.setShares(len(a.Shingles), len(b.Shingles), intersect(a.Shingles, b.Shingles))
}

// setShares sets m's shares for sets of la and lb shingles sharing inter.
func (m *Match) setShares(la, lb, inter int) {
	if union := la + lb - inter; union > 0 {
		m.Jaccard = float64(inter) / float64(union)
	}
	if la > 0 {
		m.AInB = float64(inter) / float64(la)
	}
	if lb > 0 {
		m.BInA = float64(inter) / float64(lb)
	}
}

// nearKind is the kind the shares and hashes alone give a pair (m holds
// its shares): a duplicate, a near-duplicate, or "" for every other pair.
// compare decides those first, and no later rule makes another kind one
// of them (a near-duplicate may become a rewrite, never the reverse), but
// for an excerpt each text keeps minEditedContain of (NearPossible allows
// for it).
func (t Thresholds) nearKind(a, b *Fingerprint, m Match) copydesk.Kind {
	switch {
	case len(a.Shingles) == 0 && len(b.Shingles) == 0:
		// Two empty texts are not copies of anything.
	case a.Hash == b.Hash || sameWords(a, b):
		// The same words, under the same title or another: a duplicate.
		// Any word of the body changed (a figure corrected, a typo, an
		// update line) makes a near-duplicate, however long the text.
		return copydesk.Duplicate
	case m.Jaccard >= t.NearJaccard:
		return copydesk.NearDuplicate
	case min(len(a.Shingles), len(b.Shingles)) < minExcerptShingles:
		// Too short for containment to mean anything: a headline alone.
	case min(m.AInB, m.BInA) >= t.NearContain:
		return copydesk.NearDuplicate
	}
	return ""
}

func (t Thresholds) compare(a, b *Fingerprint, full bool) Match {
	var m Match
	// The shingles both have, once: their count gives the shares, and the
	// runs of them (passages) are found among them only when a rule asks.
	buf := commonBufs.Get().(*[]uint64)
	both := appendCommon((*buf)[:0], a.Shingles, b.Shingles)
	defer func() {
		*buf = both[:0]
		commonBufs.Put(buf)
	}()
	m.setShares(len(a.Shingles), len(b.Shingles), len(both))
	var rs [][2]int
	ran := false
	shared := func() [][2]int {
		if !ran {
			rs, ran = runsOver(a, both), true
		}
		return rs
	}
	// Skip the sentence alignment when the two texts share too few content
	// words for any sentence-by-sentence paraphrase.
	syn := useSynonyms && !t.NoSynonyms
	as, bs := a.Stems, b.Stems
	if syn {
		as, bs = a.classes, b.classes
	}
	in := intersect(as, bs)
	canAlign := float64(in) >= minStemOverlap*float64(min(len(as), len(bs))) && in > 0 && len(a.Sentences) > 0 && len(b.Sentences) > 0
	// The table of sentence similarities is made when a rule first reads
	// it, not for a pair settled before.
	var tab *simTable
	table := func() *simTable {
		if tab == nil && canAlign {
			tab = newSimTable(a, b, t.SentenceSim, syn)
		}
		return tab
	}
	defer func() {
		if tab != nil {
			tab.release()
		}
	}()
	aligned := false
	alignment := func() []Pair {
		if !aligned && table() != nil {
			m.AlignedSentences = tab.align(a, b)
		}
		aligned = true
		return m.AlignedSentences
	}
	hi := max(m.AInB, m.BInA)
	switch near := t.nearKind(a, b, m); {
	case near == copydesk.Duplicate:
		m.Kind, m.Score = copydesk.Duplicate, 1
	case near == copydesk.NearDuplicate:
		m.Kind, m.Score = copydesk.NearDuplicate, m.Jaccard
	case len(a.Shingles) == 0 && len(b.Shingles) == 0, min(len(a.Shingles), len(b.Shingles)) < minExcerptShingles:
		// No copy (nearKind's empty and too short texts).
	case hi >= t.Excerpt || hi >= t.ExcerptShare && wordsInLong(a, shared()) >= t.ExcerptWords || longest(a, shared()) >= minEmbeddedRun:
		m.Kind, m.Score = copydesk.Excerpt, hi
		// A lightly spun text keeps long runs of words, but it changes
		// most sentences; an excerpt copies its sentences as they were.
		if share, ok := t.rewrite(a, b, alignment()); ok && mostlyChanged(m.AlignedSentences) && coversLonger(a, b, m.AlignedSentences) {
			m.Kind, m.Score = copydesk.Rewrite, share
		}
		// An excerpt is a part of its source set into other text; two
		// texts that each keep most of their words in the other are one
		// text edited: a near-duplicate, or a rewrite by its edits (below).
		if m.Kind == copydesk.Excerpt && min(m.AInB, m.BInA) >= minEditedContain {
			m.Kind, m.Score = copydesk.NearDuplicate, m.Jaccard
		}
		// Nor is a text with almost nothing of its own around what it
		// shares with the other, several of its sentences reworded: it is the other
		// cut and edited (a restated lead whose later sentences were
		// dropped), a near-duplicate or a rewrite by its edits (below).
		if m.Kind == copydesk.Excerpt && cutAndEdited(a, b, alignment()) {
			m.Kind, m.Score = copydesk.NearDuplicate, m.Jaccard
		}
	default:
		// Every rewrite aligns at least half of RewriteShare; when the
		// best each sentence could do falls short, no alignment can.
		if !full && (!canAlign || table().maxShare(a, b) < t.RewriteShare/2-1e-9) {
			break
		}
		if share, ok := t.rewrite(a, b, alignment()); ok || t.shortRestated(a, b, m, m.AlignedSentences) {
			m.Kind, m.Score = copydesk.Rewrite, share
		}
	}
	// Passages shared here and there (quotes, the sentences of a press
	// release), none of them a long run, while each text has writing of
	// its own: two reports written from one source, not a copy. A text
	// that is (nearly) all the other's, with a word changed here and there
	// (a shortened copy, a restated lead), stays a copy.
	if m.Kind == copydesk.Excerpt && hi < t.Excerpt && longest(a, shared()) < minExcerptRun && ownWriting(a, b, alignment()) {
		m.Kind, m.Score, m.Why = copydesk.SharedSource, hi, whyHereAndThere
	}
	// An excerpt copies its source's sentences as they were, in one
	// passage or a few. Two texts that share several passages of a
	// sentence or more but reworded most of the sentences they align,
	// while each has writing of its own, each took what they share from
	// one source and rewrote it among their own: shared-source.
	if m.Kind == copydesk.Excerpt && hi < t.Excerpt && longCount(a, shared()) >= 2 && mostlyChanged(alignment()) && ownWriting(a, b, m.AlignedSentences) {
		m.Kind, m.Score, m.Why = copydesk.SharedSource, hi, whyReworded
	}
	// An excerpt is one passage set into other text, which stands before
	// and after it. Two texts that each set reporting of their own among
	// what they share, naming what the other never mentions, each took it
	// from one source (reportsOwn); or each sets an account of its own
	// there (accountsOwn).
	if m.Kind == copydesk.Excerpt && hi < t.Excerpt {
		insA, insB := insertedOwn(a, b, alignment())
		switch {
		case reportsOwn(a, b, insA, insB, false):
			m.Kind, m.Score, m.Why = copydesk.SharedSource, hi, whyOwnReporting
		case accountsOwn(a, b, insA, insB):
			m.Kind, m.Score, m.Why = copydesk.SharedSource, hi, whyOwnAccount
		}
	}
	// A near-duplicate keeps its sentences, with a few small edits; a text
	// that rewords several of them, however many of its words it keeps
	// (clauses turned round, a lead restated), is a rewrite, and is
	// checked as one for writing of each text's own (below).
	if m.Kind == copydesk.NearDuplicate && (rewordedGroups(a, b, alignment()) >= minReworded || changedGroups(a, b, alignment())+replacedSentences(a, b, alignment()) >= minChanged) {
		share, _ := rewriteShare(a, b, m.AlignedSentences)
		m.Kind, m.Score = copydesk.Rewrite, share
	}
	// Two rewrites of one source, each with writing of its own around
	// what it took (an outlet's own background, reactions, local angle):
	// neither text is mostly the other's, and each has sentences the other
	// has nothing of. A copy is (nearly) all of its original, or its
	// original (nearly) all of it. Or, however much of the source both
	// kept, each set sentences of its own among it at points where the
	// other has none (ownInserted).
	if m.Kind == copydesk.Rewrite {
		switch {
		case ownWriting(a, b, m.AlignedSentences):
			m.Kind, m.Why = copydesk.SharedSource, whyOwnWriting
		default:
			insA, insB := insertedOwn(a, b, m.AlignedSentences)
			switch {
			case alone(insA) >= minOwnSentences && alone(insB) >= minOwnSentences:
				m.Kind, m.Why = copydesk.SharedSource, whyOwnInserted
			case reportsOwn(a, b, insA, insB, true):
				m.Kind, m.Why = copydesk.SharedSource, whyOwnReporting
			case quotesOwn(a, b, insA, insB, useSynonyms && !t.NoSynonyms, t.SentenceSim):
				m.Kind, m.Why = copydesk.SharedSource, whyOwnQuote
			case accountsOwn(a, b, insA, insB):
				m.Kind, m.Why = copydesk.SharedSource, whyOwnAccount
			}
		}
	}
	// Two reports of one event told each in its own words: the same few
	// facts in the order news gives them (what, who, a quote, what next),
	// with almost no run of words in common. Without kept wording, a few
	// aligned sentences are what any two reports of one release or one
	// statement share; a rewrite that rewords every sentence is told by
	// retelling a whole story.
	if m.Kind == copydesk.Rewrite && hi < maxRetoldContain {
		if _, n := rewriteShare(a, b, m.AlignedSentences); n < minRetoldSentences {
			m.Kind, m.Why = copydesk.SharedSource, whyRetold
		}
	}
	switch {
	case full || m.Kind != "":
		alignment()
	default:
		m.AlignedSentences = nil
	}
	return m
}

// rewrite returns the weighted share of the shorter text's content
// sentences aligned, and whether it makes a rewrite.
func (t Thresholds) rewrite(a, b *Fingerprint, pairs []Pair) (float64, bool) {
	share, n := rewriteShare(a, b, pairs)
	if n >= minRewriteSentences && share >= t.RewriteShare &&
		(n >= t.RewriteSentences || share >= t.RewriteShortShare) {
		return share, true
	}
	// A spun passage inside other text: a run of adjacent sentences
	// aligned with adjacent sentences, making at least half the share,
	// with at least spunRunSentences-2 sentences of the shorter text
	// unaligned around it.
	k, sum := spunRun(pairs)
	other := min(contentSentences(a), contentSentences(b)) - n
	return share, share >= t.RewriteShare/2 && k >= spunRunSentences && sum >= spunRunSim*float64(k) &&
		other >= spunRunSentences-2
}

// minShortKept is the least share of its word 5-shingles that a text of
// at most three content sentences, two of them aligned, keeps in the other
// for the pair to be a rewrite (shortRestated). On ECB+ dev, independent
// reports of one event keep at most 0.18; on the real-text copy
// benchmark's tune half, the restated leads of short stories that align
// two sentences keep 0.52 to 0.60 (a fourth, aligned at a share of 0.54,
// stays out).
const minShortKept = 0.35

// shortRestated reports whether a short text restates another: a restated
// lead of a story of a few sentences merges two of them and drops or adds
// one, which leaves two aligned where a rewrite asks for
// minRewriteSentences. It takes two aligned at RewriteShortShare (so the
// shorter text has at most three content sentences) when that text keeps
// minShortKept of its shingles in the other: wording kept, not only the
// facts any two reports of one event share.
func (t Thresholds) shortRestated(a, b *Fingerprint, m Match, pairs []Pair) bool {
	share, n := rewriteShare(a, b, pairs)
	return n == minRewriteSentences-1 && share >= t.RewriteShortShare && max(m.AInB, m.BInA) >= minShortKept
}

// A spun passage is at least spunRunSentences adjacent sentences aligned in
// a row with adjacent ones, at a mean similarity of spunRunSim.
const (
	spunRunSentences = 5
	spunRunSim       = 0.5
)

// spunRun returns the longest run of aligned groups that follow each other
// on both sides (no sentence skipped in between), in groups, and the sum
// of their similarities.
func spunRun(pairs []Pair) (int, float64) {
	best, bestSum := 0, 0.0
	k, sum := 0, 0.0
	for i, p := range pairs {
		if i > 0 {
			q := pairs[i-1]
			if q.A == p.A || q.B == p.B {
				continue // the second half of a split or merge
			}
			if p.A > q.A+1 || p.B > q.B+1 {
				k, sum = 0, 0
			}
		}
		k++
		sum += p.Sim
		if k > best {
			best, bestSum = k, sum
		}
	}
	return best, bestSum
}

// A text has writing of its own against another when at least
// minOwnSentences of its content sentences are aligned with none of the
// other's, and fewer than maxSharedCover of them are aligned.
const (
	minOwnSentences = 3
	maxSharedCover  = 0.75
)

// A rewrite whose texts keep less than maxRetoldContain of their word
// 5-shingles in each other (each sentence told anew) must align at least
// minRetoldSentences content sentences to be a copy; fewer make it
// shared-source. On ECB+ dev, independent reports of one event told this
// way align 3 to 6 sentences and keep at most 0.18; on the real-text copy
// benchmark's tune half, every rewrite aligning fewer than 8 keeps 0.25 or
// more; the seeds' heavy rewrite (001/002) aligns 22 sentences.
const (
	maxRetoldContain   = 0.2
	minRetoldSentences = 8
)

// ownWriting reports whether each of a and b has writing of its own
// against the other (minOwnSentences, maxSharedCover), by the aligned
// sentence pairs.
func ownWriting(a, b *Fingerprint, pairs []Pair) bool {
	sa, sb := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		if a.Sentences[p.A].Content {
			sa[p.A] = true
		}
		if b.Sentences[p.B].Content {
			sb[p.B] = true
		}
	}
	own := func(fp *Fingerprint, aligned int) bool {
		n := contentSentences(fp)
		return n-aligned >= minOwnSentences && float64(aligned) < maxSharedCover*float64(n)
	}
	if !own(a, len(sa)) || !own(b, len(sb)) {
		return false
	}
	// A sentence aligned with none of the other's but kept in it word for
	// word, moved out of the alignment's order (a paragraph set lower, a
	// quote moved down), is the other's text, not writing of its own.
	return own(a, len(sa)+keptUnaligned(a, Covered(a, b, pairs, true), sa)) &&
		own(b, len(sb)+keptUnaligned(b, Covered(b, a, pairs, false), sb))
}

// coveredIn counts the words of sentence s of fp (all) and those of them
// that cov marks (in), reading fp's words from *w on and leaving *w at the
// first word after s: called for each sentence in order, it reads every
// word once.
func coveredIn(fp *Fingerprint, s *Sentence, cov []bool, w *int) (in, all int) {
	for ; *w < len(fp.tokens) && int(fp.tokens[*w].Start) < s.End; *w++ {
		if int(fp.tokens[*w].Start) >= s.Start {
			all++
			if cov[*w] {
				in++
			}
		}
	}
	return in, all
}

// keptUnaligned counts the content sentences of fp that no pair aligns
// (aligned holds those that one does) with at least half of their words
// covered (Covered): kept in the other text word for word elsewhere.
func keptUnaligned(fp *Fingerprint, cov []bool, aligned map[int]bool) int {
	n, w := 0, 0
	for i, s := range fp.Sentences {
		in, all := coveredIn(fp, &s, cov, &w)
		if s.Content && !aligned[i] && all > 0 && 2*in >= all {
			n++
		}
	}
	return n
}

// ownInserted reports whether each of a and b has at least
// minOwnSentences content sentences of its own inserted where the other has
// nothing: aligned with none of the other's, standing between two aligned
// groups (or before the first, or after the last) where the other text has
// no unaligned content sentence, and with under half of its words in
// passages the two share word for word. Two outlets that each rewrote one
// release set their own reporting (reactions, background, a local angle)
// among its sentences at points of their own, and each drops parts of it
// the other keeps, so each has sentences standing where the other has
// none, however much of the release both kept. A copy's differences from
// its original stand where the original's sentences stood (a sentence
// reworded too far to align, a restated lead: a gap holding sentences on
// both sides), or on one side only (a cut tail, an added line). It is
// linear in the sentences and words of the two texts.
func ownInserted(a, b *Fingerprint, pairs []Pair) bool {
	sa, sb := insertedOwn(a, b, pairs)
	return alone(sa) >= minOwnSentences && alone(sb) >= minOwnSentences
}

// inserted is one content sentence of a text's own (insertedOwn): its
// index in the text's Sentences, whether it stands among what the two
// share (after the first aligned group and before the last) rather than
// before or after all of it, and whether it stands alone: in a gap of the
// alignment where the other text has no unaligned content sentence.
type inserted struct {
	sentence int
	among    bool
	alone    bool
	// inKept: among what the two share, between two aligned groups that
	// each keep their wording (minKeptSim).
	inKept bool
}

// minKeptSim is the least similarity at which an aligned sentence keeps
// its wording (most of its content words) rather than restating it.
const minKeptSim = 0.8

// alone counts the sentences of ins that stand where the other text has
// nothing.
func alone(ins []inserted) int {
	n := 0
	for _, x := range ins {
		if x.alone {
			n++
		}
	}
	return n
}

// insertedOwn returns the content sentences of its own that each of a and
// b has: aligned with none of the other's, with under half of its words in
// passages the two share word for word, each with the gap of the
// alignment it stands in (between two aligned groups, or before the first,
// or after the last) and whether the other text has an unaligned content
// sentence in that gap; none for either when one of them has every content
// sentence aligned.
func insertedOwn(a, b *Fingerprint, pairs []Pair) (ownA, ownB []inserted) {
	// Both rules that read this ask for sentences on both sides, so when
	// one text has every content sentence aligned it returns none for
	// either without reading the words.
	if !unaligned(a, pairs, func(p Pair) int { return p.A }) || !unaligned(b, pairs, func(p Pair) int { return p.B }) {
		return nil, nil
	}
	// kept[g] says whether the g-th aligned group keeps its wording.
	var kept []bool
	for k, p := range pairs {
		if k == 0 || (pairs[k-1].A != p.A && pairs[k-1].B != p.B) {
			kept = append(kept, false) // a split or merge is one group
		}
		if p.Identical || p.Sim >= minKeptSim {
			kept[len(kept)-1] = true
		}
	}
	groups := len(kept)
	// gaps returns the gap of the alignment (the number of aligned groups
	// before it) that each unaligned content sentence of fp stands in, and
	// those of them that are fp's own writing (under half of its words
	// covered), with their gaps.
	gaps := func(fp *Fingerprint, cov []bool, side func(Pair) int) (all map[int]bool, own [][2]int) {
		aligned := map[int]bool{}
		for _, p := range pairs {
			aligned[side(p)] = true
		}
		all = map[int]bool{}
		g, k, w := 0, 0, 0
		for i, s := range fp.Sentences {
			for k < len(pairs) && side(pairs[k]) < i {
				if k == 0 || (pairs[k-1].A != pairs[k].A && pairs[k-1].B != pairs[k].B) {
					g++
				}
				k++
			}
			in, n := coveredIn(fp, &s, cov, &w)
			if !s.Content || aligned[i] {
				continue
			}
			all[g] = true
			if 2*in < n {
				own = append(own, [2]int{g, i})
			}
		}
		return all, own
	}
	allA, gapsA := gaps(a, Covered(a, b, pairs, true), func(p Pair) int { return p.A })
	allB, gapsB := gaps(b, Covered(b, a, pairs, false), func(p Pair) int { return p.B })
	where := func(own [][2]int, other map[int]bool) []inserted {
		var out []inserted
		for _, gi := range own {
			g := gi[0]
			among := g > 0 && g < groups
			out = append(out, inserted{gi[1], among, !other[g], among && kept[g-1] && kept[g]})
		}
		return out
	}
	return where(gapsA, allB), where(gapsB, allA)
}

// unaligned reports whether fp has a content sentence that no pair aligns
// (side reads fp's sentence of a pair).
func unaligned(fp *Fingerprint, pairs []Pair, side func(Pair) int) bool {
	n := 0
	for k, p := range pairs {
		if (k == 0 || side(pairs[k-1]) != side(p)) && fp.Sentences[side(p)].Content {
			n++
		}
	}
	return n < contentSentences(fp)
}

// reportsOwn reports whether each of a and b sets, among what the two
// share (after the first aligned sentence and before the last), content
// sentences of its own (insA and insB, as insertedOwn gives them), at
// least minOwnSentences of them in the two texts together, and each
// text's name at least one thing (a
// name, a number) that the other text never mentions. A sentence counts
// where the other text has nothing, or, where the other has sentences of
// its own too, when it names such a thing itself and stands between two
// aligned sentences that keep their wording (minKeptSim): an outlet's own
// reporting set in place of a passage of the source that the other kept.
// Sentences naming what the other never mentions must then stand where the
// other has nothing on both sides, or at minAloneReporting points or more
// on one: a lone line there (a promotion, a date line) is no reporting of
// its own. An outlet that rewrote a
// release sets its own reporting among its sentences, and that reporting
// brings facts of its own: the people it spoke to, its own figures. What a
// copy adds among its original's sentences is made of the original (an
// attribution given again, a line of context, a promotion) and names
// nothing new; what it drops, the original still has; and a sentence it
// reworded too far to align stands where the original's stood, naming
// what that one names. Text set before or after what the two share is
// left out: an excerpt's host article stands there, and so do a copy's cut
// tail and the lines it adds at its end. It is linear in the words of the
// two texts.
//
// Between two rewrites (reworded), it also takes two texts that each set
// minAloneReporting sentences or more naming what the other never
// mentions in place of a passage the other kept (between two aligned
// sentences that keep their wording, where the other has sentences of its
// own too): each outlet's own reporting where the other ran a part of the
// release it dropped. It rests on the premise above, that a copy
// makes up no one's reporting: a copy that replaced one sentence of its
// original with reporting of its own leaves one such sentence on the
// original's side and stays a copy, but one that replaced two sentences or
// more naming what it never mentions would be taken for shared-source.
// Between an excerpt and its source the text around the passage is the
// host's, so it is not asked there.
func reportsOwn(a, b *Fingerprint, insA, insB []inserted, reworded bool) bool {
	// among counts the sentences of ins that may count (alone, or between
	// kept sentences) and those standing alone, before any name is read.
	among := func(ins []inserted) (n, alone int) {
		for _, x := range ins {
			if x.among && (x.alone || x.inKept) {
				n++
				if x.alone {
					alone++
				}
			}
		}
		return n, alone
	}
	na, aloneA := among(insA)
	nb, aloneB := among(insB)
	if na == 0 || nb == 0 || na+nb < minOwnSentences || (aloneA == 0 || aloneB == 0) && max(aloneA, aloneB) < minAloneReporting && (!reworded || min(na-aloneA, nb-aloneB) < minAloneReporting) {
		return false
	}
	// count tallies x's sentences among what the two share that count,
	// whether one of them names what y never mentions, and how many of
	// those standing alone do.
	type tally struct {
		n, aloneNew, inPlace int
		names                bool
	}
	count := func(x, y *Fingerprint, ins []inserted) (t tally) {
		nn := newNames(x, y)
		for _, s := range ins {
			if !s.among {
				continue
			}
			switch {
			case s.alone:
				t.n++
				if nn.in(s.sentence) {
					t.names, t.aloneNew = true, t.aloneNew+1
				}
			case s.inKept && nn.in(s.sentence):
				t.n, t.names, t.inPlace = t.n+1, true, t.inPlace+1
			}
		}
		return t
	}
	ta := count(a, b, insA)
	if !ta.names {
		return false
	}
	tb := count(b, a, insB)
	if !tb.names || ta.n+tb.n < minOwnSentences {
		return false
	}
	// Each sets reporting where the other has nothing, or one does at
	// several points (the other's own reporting standing where the first
	// dropped parts of the source), or, between rewrites, each does in
	// place of passages the other kept, at several sentences.
	return aloneA > 0 && aloneB > 0 || max(ta.aloneNew, tb.aloneNew) >= minAloneReporting ||
		reworded && min(ta.inPlace, tb.inPlace) >= minAloneReporting
}

// quotesOwn reports whether each of a and b sets a direct quotation of its
// own among what the two share: a content sentence of its own (insertedOwn)
// standing where the other text has nothing, after the first aligned
// sentence and before the last, that quotes minQuoteWords words or more
// (quotedWords), and no such quotation of one is like one of the other
// (pairSim under like, the SentenceSim at which sentences align: not one
// quote moved and reworded). A rewriter
// does not make up what someone said: what a copy sets among its
// original's sentences is made of the original (an attribution given
// again, a line of context, a promotion), and a quote it moves keeps the
// original's words. The original may quote someone where its copy, which
// dropped the quote, has nothing; but when each text quotes someone at a
// point where the other has nothing, each had a source besides the other:
// two outlets' reports of one release, each with the quotes it gathered.
// It is linear in the words of the two texts' own sentences.
func quotesOwn(a, b *Fingerprint, insA, insB []inserted, syn bool, like float64) bool {
	quotes := func(fp *Fingerprint, ins []inserted) []*Sentence {
		var out []*Sentence
		for _, x := range ins {
			s := &fp.Sentences[x.sentence]
			if x.among && x.alone && quotedWords(fp.Text[s.Start:s.End]) >= minQuoteWords {
				out = append(out, s)
			}
		}
		return out
	}
	qa := quotes(a, insA)
	if len(qa) == 0 {
		return false
	}
	qb := quotes(b, insB)
	if len(qb) == 0 || len(qa)*len(qb) > maxQuotePairs {
		return false
	}
	for _, x := range qa {
		for _, y := range qb {
			if pairSim(x, y, syn) >= like {
				return false
			}
		}
	}
	return true
}

// accountsOwn reports whether each of a and b sets, among what the two
// share and where the other has nothing (insertedOwn's among and alone),
// sentences of its own that report something, minOwnSentences such
// sentences of its own in the two texts together. A side reports when one
// of those sentences names what the other never mentions (newNames) or
// quotes minQuoteWords words or more (quotedWords), or when
// minAloneReporting of them or more each give a particular: a word the
// other never uses that ordinary English rarely does (specificWords). At
// least one side must name or quote; two quotations and nothing else are
// quotesOwn's to decide (a quote moved and reworded is no one's own).
//
// It joins the premises of reportsOwn and quotesOwn, each ruling out one
// direction: a copy makes up no one's reporting and no one's words, so
// neither side is the other's copy, and both took what they share from
// one source. What a copy sets among its original's sentences is a line
// of context, an attribution given again or a promotion: it names nothing
// the original does not, quotes no one, and is written of common words
// around the original's names ("The details came from the operator"), a
// rare word at most in one such line; what the copy dropped, the original
// still has. So a copy and its original fail it on the copy's side. It is
// linear in the words of the two texts' own sentences.
func accountsOwn(a, b *Fingerprint, insA, insB []inserted) bool {
	type account struct {
		n, particular int
		named, quoted bool
	}
	// tally reads x's own sentences among what the two share where y has
	// nothing.
	tally := func(x, y *Fingerprint, ins []inserted) (t account) {
		var nn *names
		for _, s := range ins {
			if !s.among || !s.alone {
				continue
			}
			t.n++
			st := &x.Sentences[s.sentence]
			sent := x.Text[st.Start:st.End]
			if !t.quoted && quotedWords(sent) >= minQuoteWords {
				t.quoted = true
			}
			if nn == nil {
				v := newNames(x, y)
				nn = &v
			}
			if !t.named {
				t.named = nn.in(s.sentence)
			}
			if specificWords(sent, y) > 0 {
				t.particular++
			}
		}
		return t
	}
	// The sentences are counted before any word is read.
	count := func(ins []inserted) (n int) {
		for _, s := range ins {
			if s.among && s.alone {
				n++
			}
		}
		return n
	}
	if na, nb := count(insA), count(insB); na == 0 || nb == 0 || na+nb < minOwnSentences {
		return false
	}
	reports := func(t account) bool { return t.named || t.quoted || t.particular >= minAloneReporting }
	ta := tally(a, b, insA)
	if !reports(ta) {
		return false
	}
	tb := tally(b, a, insB)
	if !reports(tb) || !ta.named && !ta.quoted && !tb.named && !tb.quoted {
		return false
	}
	quotesOnly := func(t account) bool { return t.quoted && !t.named && t.particular < minAloneReporting }
	return !quotesOnly(ta) || !quotesOnly(tb)
}

// maxSpecificCommonness bounds the Commonness of a particular
// (specificWords): a tagged count under 20 in WordNet's SemCor
// concordance ("wheelchair", "handcuffed", "playoff", "seasickness"; not
// "attention", "details", "reporters", "closely").
const maxSpecificCommonness = 3.0

// specificWords counts the words of sentence s written in lower case, of
// letters, not stop words, whose stems y never uses (Fingerprint.Stems)
// and whose Commonness is under maxSpecificCommonness.
func specificWords(s string, y *Fingerprint) int {
	n := 0
	for _, t := range text.Tokens(s) {
		if r, _ := utf8.DecodeRuneInString(s[t.Start:t.End]); !unicode.IsLower(r) {
			continue
		}
		in := infoOfCached(t.Word)
		if in.stop || !in.alpha || contains(y.Stems, in.keys.stem) {
			continue
		}
		if synonym.Commonness(t.Word) < maxSpecificCommonness {
			n++
		}
	}
	return n
}

// minQuoteWords is the fewest words a quotation must hold to count in
// quotesOwn: a title in quotation marks ("American Pie", "The Big
// Lebowski") or a scare-quoted word is no one's statement.
const minQuoteWords = 4

// maxQuotePairs bounds the quotations quotesOwn compares pairwise (a text
// that is mostly quotes of its own is decided by the other rules).
const maxQuotePairs = 64

// quotedWords returns the most words s holds inside one pair of quotation
// marks, counting the words before a closing mark that opens no quote (a
// quotation begun in an earlier sentence) and after an opening mark left
// unclosed (one continued in the next). A straight double quote opens at
// the start of s or after a space or an opening bracket, and closes
// elsewhere.
func quotedWords(s string) int {
	best, n := 0, 0
	in := false
	started := false // a mark was seen: words before it were in a quote only when it closes
	prev := ' '
	word := false
	for _, r := range s {
		opening, closing := false, false
		switch r {
		case '“', '«':
			opening = true
		case '”', '»':
			closing = true
		case '"':
			if unicode.IsSpace(prev) || prev == '(' || prev == '[' {
				opening = true
			} else {
				closing = true
			}
		}
		switch {
		case opening:
			in, started, n = true, true, 0
		case closing:
			if in || !started {
				best = max(best, n)
			}
			in, started, n = false, true, 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !word {
				n++
			}
		}
		word = unicode.IsLetter(r) || unicode.IsDigit(r) || word && (r == '\'' || r == '’' || r == '-')
		prev = r
	}
	if in {
		best = max(best, n)
	}
	return best
}

// minAloneReporting is the least number of sentences naming what the
// other never mentions that a text must set at points where the other has
// nothing, when the other's own sentences all stand where the first has
// sentences too: a single such line may be a promotion or a date line.
const minAloneReporting = 2

// names finds, in sentences of x, what y never mentions (newNames).
type names struct {
	x     *Fingerprint
	known map[string]bool
	lower map[string]int
}

// newNames reads what y mentions (names, numbers), to tell which of x's
// sentences name something y never mentions.
func newNames(x, y *Fingerprint) names {
	known := map[string]bool{}
	for _, m := range readAnchors("en", y.Text, text.Tokens(y.Text), lowerWords(y.Text)) {
		known[m.a.key] = true
		if m.a.alt != "" {
			known[m.a.alt] = true
		}
	}
	return names{x, known, lowerWords(x.Text)}
}

// in reports whether x's sentence i names something (a name, a number, not
// a capitalised common word) that y never mentions.
func (nn names) in(i int) bool {
	s := nn.x.Text[nn.x.Sentences[i].Start:nn.x.Sentences[i].End]
	for _, m := range readAnchors("en", s, text.Tokens(s), nn.lower) {
		if !m.weak && !nn.known[m.a.key] && (m.a.alt == "" || !nn.known[m.a.alt]) {
			return true
		}
	}
	return false
}

// lowerWords counts the words s writes in lower case somewhere: written
// capitalised elsewhere, such a word may be a common word at the start of
// a heading or a sentence, no name.
func lowerWords(s string) map[string]int {
	lower := map[string]int{}
	for _, t := range text.Tokens(s) {
		if r, _ := utf8.DecodeRuneInString(s[t.Start:t.End]); unicode.IsLower(r) {
			lower[t.Word]++
		}
	}
	return lower
}

// coversLonger reports whether the alignment covers at least half of the
// content sentences of the text with more of them: the texts are one story
// told twice, not a part of one in the other.
func coversLonger(a, b *Fingerprint, pairs []Pair) bool {
	ca, cb := contentSentences(a), contentSentences(b)
	seen := map[int]bool{}
	for _, p := range pairs {
		if cb > ca && b.Sentences[p.B].Content {
			seen[p.B] = true
		} else if cb <= ca && a.Sentences[p.A].Content {
			seen[p.A] = true
		}
	}
	return 2*len(seen) >= max(ca, cb)
}

// maxCutOwn is the most of its content text (by length) that a text may
// have of its own, outside the sentences it aligns with the other, and
// still be the other cut and edited rather than an excerpt set into text
// of its own: on the copy benchmark's tune part every excerpt has 0.38 or
// more of its own, the restated leads with sentences dropped that were
// called excerpts 0.13 or less.
const maxCutOwn = 0.2

// minCutEdits is the least number of aligned sentences a text cut from
// another must have reworded: more than the two that a passage cut out
// mid-sentence at each end leaves unlike.
const minCutEdits = 3

// cutAndEdited reports whether the text with fewer content sentences has
// less than maxCutOwn of its content text outside the sentences aligned
// with the other's, and at least minCutEdits aligned sentences are not
// identical.
func cutAndEdited(a, b *Fingerprint, pairs []Pair) bool {
	x, side := b, func(p Pair) int { return p.B }
	if contentSentences(a) < contentSentences(b) {
		x, side = a, func(p Pair) int { return p.A }
	}
	aligned := map[int]bool{}
	edited := 0
	for _, p := range pairs {
		aligned[side(p)] = true
		if !p.Identical {
			edited++
		}
	}
	own, all := 0, 0
	for i, s := range x.Sentences {
		if !s.Content {
			continue
		}
		all += s.End - s.Start
		if !aligned[i] {
			own += s.End - s.Start
		}
	}
	return edited >= minCutEdits && all > 0 && float64(own) < maxCutOwn*float64(all)
}

// mostlyChanged reports whether fewer than half of the aligned sentence
// groups are identical.
func mostlyChanged(pairs []Pair) bool {
	same := 0
	for _, p := range pairs {
		if p.Identical {
			same++
		}
	}
	return 2*same < len(pairs)
}

// intersect counts the common elements of two sorted, unique slices.
func intersect(a, b []uint64) int {
	n := 0
	eachCommon(a, b, func(uint64) { n++ })
	return n
}

// common returns the values of the sorted sets a and b that both hold.
func common(a, b []uint64) []uint64 { return appendCommon(nil, a, b) }

// appendCommon appends to out the values of the sorted sets a and b that
// both hold.
func appendCommon(out, a, b []uint64) []uint64 {
	eachCommon(a, b, func(x uint64) { out = append(out, x) })
	return out
}

// commonBufs hold the lists of shared shingles that compare makes for a
// pair and drops when it returns: growing a fresh one for every pair was
// 3% of the bytes add allocates (its memory profile on the shared-sentence
// corpus).
var commonBufs = sync.Pool{New: func() any { return new([]uint64) }}

// eachCommon calls f with each value both sorted, unique slices hold, in
// order, walking the two once.
func eachCommon(a, b []uint64, f func(uint64)) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			f(a[i])
			i++
			j++
		}
	}
}

func contains(set []uint64, x uint64) bool {
	_, ok := slices.BinarySearch(set, x)
	return ok
}

// filter answers whether a value is in a sorted set, a bit of 4,096 first:
// most values looked up are not in it.
type filter struct {
	bits shingleFilter
	set  []uint64
}

func newFilter(set []uint64) (f filter) {
	f.set = set
	f.bits.addAll(set)
	return f
}

func (f *filter) has(h uint64) bool {
	return f.bits.passes(h) != 0 && contains(f.set, h)
}

// runs returns the maximal runs [i, j) of a's shingle positions whose
// shingles b also has, of at least minPassageWords words.
func runs(a, b *Fingerprint) [][2]int {
	// The shingles both have, by one merge of the two sorted sets: most
	// pairs verified share few or none, and a look-up in b's whole set for
	// every position of a was 7% of add's CPU (profile).
	return runsOver(a, common(a.Shingles, b.Shingles))
}

// runsOver returns the maximal runs [i, j) of a's shingle positions whose
// shingles are in both (sorted), of at least minPassageWords words.
func runsOver(a *Fingerprint, both []uint64) [][2]int {
	if len(both) == 0 {
		return nil
	}
	// Most positions are not shared: a filter settles them without a
	// binary search.
	seen := newFilter(both)
	var out [][2]int
	minRun := max(minPassageWords-ShingleSize+1, 1)
	start := -1
	for i, h := range a.seq {
		if seen.has(h) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= minRun {
			out = append(out, [2]int{start, i})
		}
		start = -1
	}
	if start >= 0 && len(a.seq)-start >= minRun {
		out = append(out, [2]int{start, len(a.seq)})
	}
	return out
}

// runWords is the number of words a run of shingle positions covers.
func runWords(fp *Fingerprint, r [2]int) int {
	return min(r[1]-1+ShingleSize, len(fp.tokens)) - r[0]
}

// minEmbeddedRun is the length (in words) of a run of words shared in one
// piece that makes an excerpt whatever share of the texts it is: a passage
// set into a longer article. On the real-text benchmark's tune half,
// excerpts missed by the share rule kept runs of 49 words and more.
const minEmbeddedRun = 45

// minExcerptRun is the longest run of words (in words) an excerpt set into
// other text must share with its source: the real-text benchmark's excerpts
// are 50 words or more in a row; reports that quote one release share its
// sentences, each shorter.
const minExcerptRun = 40

// longestRun is the number of words of the longest passage of a that b
// shares.
func longestRun(a, b *Fingerprint) int { return longest(a, runs(a, b)) }

// longest is longestRun given the runs of a that b shares.
func longest(a *Fingerprint, rs [][2]int) int {
	n := 0
	for _, r := range rs {
		n = max(n, runWords(a, r))
	}
	return n
}

// minExcerptRunWords is the shortest shared passage that counts towards an
// embedded excerpt: a sentence or more. A spun rewrite keeps many shorter
// runs of words, an excerpt keeps whole sentences.
const minExcerptRunWords = 20

// sharedWords is the number of words of a in passages of at least
// minExcerptRunWords words that b shares.
func sharedWords(a, b *Fingerprint) int { return wordsInLong(a, runs(a, b)) }

// wordsInLong is sharedWords given the runs of a that b shares.
func wordsInLong(a *Fingerprint, rs [][2]int) int {
	n := 0
	for _, r := range rs {
		if w := runWords(a, r); w >= minExcerptRunWords {
			n += w
		}
	}
	return n
}

// longCount is the number of the runs rs of a, of at least
// minExcerptRunWords words each: the passages of a that the other text
// shares.
func longCount(a *Fingerprint, rs [][2]int) int {
	n := 0
	for _, r := range rs {
		if runWords(a, r) >= minExcerptRunWords {
			n++
		}
	}
	return n
}

// passages returns the longest passages of a's text that b shares, longest
// first, at most five.
func passages(a, b *Fingerprint) []string {
	rs := runs(a, b)
	slices.SortStableFunc(rs, func(x, y [2]int) int {
		return cmp.Compare(runWords(a, y), runWords(a, x))
	})
	var out []string
	for _, r := range rs {
		if len(out) == 5 {
			break
		}
		last := min(r[1]-1+ShingleSize, len(a.tokens)) - 1
		p := a.Text[a.tokens[r[0]].Start:a.tokens[last].End]
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// sentenceSim is the Dice coefficient of two sets of stems, 0 when they
// share fewer than two.
func sentenceSim(x, y []uint64) float64 {
	if len(x) < minSentenceStems || len(y) < minSentenceStems {
		return 0
	}
	n := intersect(x, y)
	if n < 2 {
		return 0
	}
	return 2 * float64(n) / float64(len(x)+len(y))
}

// synonymWeight is what a word matched only through its synonym class
// counts, against 1 for the same stem: a thesaurus swap is weaker evidence
// of copying than the same word.
const synonymWeight = 0.5

// pairSim is the similarity of two sentences: sentenceSim of their stems,
// or with syn the same Dice over the stems with matches of different stems
// of one synonym class added, each counting synonymWeight.
func pairSim(x, y *Sentence, syn bool) float64 {
	if !syn {
		return sentenceSim(x.Stems, y.Stems)
	}
	if len(x.Stems) < minSentenceStems || len(y.Stems) < minSentenceStems {
		return 0
	}
	nc := float64(intersect(x.classes, y.classes))
	ns := float64(intersect(x.Stems, y.Stems))
	n := ns + synonymWeight*max(0, nc-ns)
	if n < 2 {
		return 0
	}
	return min(1, 2*n/float64(len(x.Stems)+len(y.Stems)))
}

// joined is two adjacent sentences taken as one, for a split or merge.
func joined(x, y *Sentence) *Sentence {
	return &Sentence{Stems: union(x.Stems, y.Stems), classes: union(x.classes, y.classes)}
}

// union merges two sorted, unique slices.
func union(x, y []uint64) []uint64 {
	out := make([]uint64, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case j == len(y) || (i < len(x) && x[i] < y[j]):
			out = append(out, x[i])
			i++
		case i == len(x) || y[j] < x[i]:
			out = append(out, y[j])
			j++
		default:
			out = append(out, x[i])
			i++
			j++
		}
	}
	return out
}

// isPart reports whether part could be one half of whole split in two: it
// shares at least two stems, and at least 40% of its own, with whole.
func isPart(part, whole []uint64) bool {
	n := intersect(part, whole)
	return n >= 2 && float64(n) >= 0.4*float64(len(part))
}

// Alignment moves: one sentence with one, one with two (a split), two with
// one (a merge).
const (
	moveSkipA = iota + 1
	moveSkipB
	move11
	move12
	move21
)

// rewriteShare returns the share of the shorter text's content sentences
// that the alignment covers, each weighted by the similarity of its group,
// and how many of them are aligned.
func rewriteShare(a, b *Fingerprint, pairs []Pair) (float64, int) {
	ca, cb := contentSentences(a), contentSentences(b)
	if ca == 0 || cb == 0 {
		return 0, 0
	}
	x, side, n := a, func(p Pair) int { return p.A }, ca
	if cb < ca {
		x, side, n = b, func(p Pair) int { return p.B }, cb
	}
	sum, count, last := 0.0, 0, -1
	for _, p := range pairs {
		i := side(p)
		if i == last || !x.Sentences[i].Content {
			continue
		}
		last = i
		sum += p.Sim
		count++
	}
	return min(1, sum/float64(n)), count
}

func contentSentences(fp *Fingerprint) int {
	n := 0
	for i := range fp.Sentences {
		if fp.Sentences[i].Content {
			n++
		}
	}
	return n
}

// Reused returns the share of a's words that stand in b, and of b's words
// that stand in a: a word counts when it lies in a passage of at least
// minPassageWords words that the two share word for word, or in a sentence
// that pairs aligned with a sentence of the other (a paraphrase keeps the
// sentence, not its words). It is the one measure of overlap copydesk
// reports: the relations' reused_of_original and reused_of_copy, and the
// compare views. pairs are a Match's AlignedSentences for a and b.
func Reused(a, b *Fingerprint, pairs []Pair) (aInB, bInA float64) {
	return Share(Covered(a, b, pairs, true)), Share(Covered(b, a, pairs, false))
}

// Covered marks the words of x that stand in y, as Reused counts them;
// pairs are the aligned sentences of a Match, x's side first when first.
func Covered(x, y *Fingerprint, pairs []Pair, first bool) []bool {
	covered := make([]bool, len(x.tokens))
	for _, r := range runs(x, y) {
		for i := r[0]; i < r[0]+runWords(x, r); i++ {
			covered[i] = true
		}
	}
	for _, p := range pairs {
		si := p.B
		if first {
			si = p.A
		}
		s := x.Sentences[si]
		i, _ := slices.BinarySearchFunc(x.tokens, int32(s.Start), func(t span, start int32) int { return cmp.Compare(t.Start, start) })
		for ; i < len(x.tokens) && int(x.tokens[i].End) <= s.End; i++ {
			covered[i] = true
		}
	}
	return covered
}

// Share is the share of words a Covered marks.
func Share(bs []bool) float64 {
	if len(bs) == 0 {
		return 0
	}
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return float64(n) / float64(len(bs))
}

// Closeness is how close two texts are as relatives in a family of copies:
// the mean of the Jaccard similarities of their content words (by synonym
// class) and of their word 5-shingles. The words say how many of its words
// a copy kept (an original has all the words a copy kept, a sibling only
// those both kept), the shingles in what order (a copy that reordered its
// clauses keeps the words but not the runs of them).
func Closeness(a, b *Fingerprint) float64 {
	return closeness(a.classes, b.classes, a.Shingles, b.Shingles)
}

// BodyCloseness is Closeness of the bodies alone, after the titles the
// fingerprints were made with (as BodyShingles). Headlines are what every
// outlet rewrites, and copies of one text often make theirs alike (from its
// first words or its date line): counted, a copy that took another's
// headline way, or none, was closer to an exact duplicate of its original
// than to the original itself, whose body is the same.
func BodyCloseness(a, b *Fingerprint, titleA, titleB string) float64 {
	if a.bodyStart(titleA) == 0 && b.bodyStart(titleB) == 0 {
		return Closeness(a, b)
	}
	return CloseBodies(a.Body(titleA), b.Body(titleB))
}

// CloseBodies is BodyCloseness of two bodies (Fingerprint.Body).
func CloseBodies(a, b Body) float64 {
	return closeness(a.classes, b.classes, a.Shingles, b.Shingles)
}

func closeness(ac, bc, ash, bsh []uint64) float64 {
	j := func(x, y []uint64) float64 {
		n := intersect(x, y)
		if u := len(x) + len(y) - n; u > 0 {
			return float64(n) / float64(u)
		}
		return 0
	}
	return (j(ac, bc) + j(ash, bsh)) / 2
}

// minReworded is the fewest reworded sentence groups that make a rewrite of
// what would otherwise be a near-duplicate. Measured on real article bodies
// (the tune half of the real-text copy benchmark), near-duplicates with real
// edits reword at most 2, restated leads and reordered clauses mostly 3 or
// more.
const minReworded = 3

// rewordedGroups counts the aligned sentence groups that were reworded.
func rewordedGroups(a, b *Fingerprint, pairs []Pair) int {
	n := 0
	for _, p := range pairs {
		if reworded(a, b, p) {
			n++
		}
	}
	return n
}

// minChanged is the fewest aligned sentence groups with any word changed,
// and sentences replaced (replacedSentences), that make a rewrite of what
// would otherwise be a near-duplicate: a near-duplicate's few real edits (a
// corrected figure, a typo, an update line, a sentence cut) touch at most 3
// sentences on the real-text benchmark's tune half, a restated lead or a
// light spin 4 or more.
const minChanged = 4

// changedGroups counts the aligned sentence groups (a split or merge is
// one) of which either side lost a word, in order, in the other.
func changedGroups(a, b *Fingerprint, pairs []Pair) int {
	n := 0
	for i, p := range pairs {
		if i > 0 && (pairs[i-1].A == p.A || pairs[i-1].B == p.B) {
			continue // the second half of a split or merge
		}
		if p.Identical {
			continue
		}
		x, y := sentenceWords(a, p.A), sentenceWords(b, p.B)
		if inOrder(x, y) < len(x) || inOrder(y, x) < len(y) {
			n++
		}
	}
	return n
}

// replacedSentences counts the content sentences of one text that stand
// where the other has sentences of its own: the fewer of the two sides'
// content sentences that the alignment leaves out. A restated lead puts
// new sentences in place of the old ones, and a sentence moved elsewhere
// is left out on both sides (the alignment keeps the order); a
// near-duplicate's cut sentence or added update line has no counterpart
// on the other side (on the real-text benchmark's tune half, no
// near-duplicate has more than one on both sides).
func replacedSentences(a, b *Fingerprint, pairs []Pair) int {
	left := func(fp *Fingerprint, side func(Pair) int) int {
		n := contentSentences(fp)
		last := -1
		for _, p := range pairs {
			if i := side(p); i != last && fp.Sentences[i].Content {
				n--
				last = i
			}
		}
		return n
	}
	return min(left(a, func(p Pair) int { return p.A }), left(b, func(p Pair) int { return p.B }))
}

// maxEditWords is the most words an edit may change in a sentence for the
// sentence to count as kept rather than reworded (a corrected figure, a
// typo fixed, a word added).
const maxEditWords = 2

// reworded reports whether the aligned sentence group p was reworded rather
// than kept with a small edit: more than maxEditWords words (and a fifth
// of its words) of either side are not found, in order, in the other.
func reworded(a, b *Fingerprint, p Pair) bool {
	if p.Identical {
		return false
	}
	x, y := sentenceWords(a, p.A), sentenceWords(b, p.B)
	lost := func(x, y []string) bool {
		n := len(x) - inOrder(x, y)
		return n > maxEditWords && 5*n > len(x)
	}
	return lost(x, y) || lost(y, x)
}

// sentenceWords returns the lower-case words of sentence i of fp.
func sentenceWords(fp *Fingerprint, i int) []string {
	s := fp.Sentences[i]
	return strings.FieldsFunc(strings.ToLower(fp.Text[s.Start:s.End]), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// inOrder counts the words of x found in y in the same order, greedily:
// each word is matched to its next occurrence in y after the last match,
// when there is one. It costs time linear in the words (and the log of
// their repeats), not their product.
func inOrder(x, y []string) int {
	pos := map[string][]int{}
	for i, w := range y {
		pos[w] = append(pos[w], i)
	}
	n, at := 0, -1
	for _, w := range x {
		ps := pos[w]
		k, _ := slices.BinarySearch(ps, at+1)
		if k < len(ps) {
			n++
			at = ps[k]
		}
	}
	return n
}
