package view

import (
	"context"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/facts"
)

// Undetermined is Comparison.Original when a relation is stored but which
// of the two is the original is not known.
const Undetermined = "undetermined"

// Comparison is two articles side by side: how one copies the other, which
// is the original, and sentence by sentence what was kept and what was
// changed, each side in its own words.
type Comparison struct {
	A       ExportArticle `json:"a"`
	B       ExportArticle `json:"b"`
	Kind    copydesk.Kind `json:"kind"` // "" when the two are not copies
	Score   float64       `json:"score"`
	Jaccard float64       `json:"jaccard"`
	// ReusedOfA is the share of A's text that stands in B, ReusedOfB the
	// share of B's that stands in A: the measure the relations call
	// reused_of_original and reused_of_copy (dedup.Reused).
	ReusedOfA float64 `json:"reused_of_a"`
	ReusedOfB float64 `json:"reused_of_b"`
	// Original is "a" or "b": the side the stored relation between the two
	// takes as the original; "undetermined" when one is stored but nothing
	// decided which is the original; "" when none is stored.
	Original string `json:"original"`
	// Direction and Confidence are the stored relation's reasons for its
	// direction and how sure it is.
	Direction  []string `json:"direction,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
	Passages   []string `json:"passages,omitempty"`
	// Pairs are the aligned groups of sentences, in the order of both texts.
	Pairs []SentencePair `json:"pairs"`
	// OnlyA and OnlyB are the sentences that align with nothing.
	OnlyA []string `json:"only_a"`
	OnlyB []string `json:"only_b"`
}

// SentencePair is one aligned group of sentences: one sentence of each
// side, or one of one side with two of the other (a split or a merge). Each
// side is given in its own words: AWords joins back to AText, with the
// words B lacks marked "-", and BWords to BText, with the words A lacks
// marked "+".
type SentencePair struct {
	A          []int      `json:"a"` // indexes among A's sentences
	B          []int      `json:"b"`
	AText      string     `json:"a_text"`
	BText      string     `json:"b_text"`
	Similarity float64    `json:"similarity"`
	Identical  bool       `json:"identical"`
	AWords     []align.Op `json:"a_words"`
	BWords     []align.Op `json:"b_words"`
	// Flags name what may change the meaning: a number or a negation only
	// one side has (facts.MeaningFlags).
	Flags []string `json:"flags,omitempty"`
	// Anchors are what a translation's two sentences share (names, numbers,
	// dates), as A writes each and as B does; MarksA and MarksB are where
	// they stand in AText and BText (byte offsets, in the same order).
	// Empty for copies in one language, whose words say what changed.
	Anchors [][2]string `json:"anchors,omitempty"`
	MarksA  [][2]int    `json:"marks_a,omitempty"`
	MarksB  [][2]int    `json:"marks_b,omitempty"`
}

// Compare compares two stored articles.
func Compare(ctx context.Context, store copydesk.Store, idA, idB string) (*Comparison, error) {
	a, err := store.Article(ctx, idA)
	if err != nil {
		return nil, err
	}
	b, err := store.Article(ctx, idB)
	if err != nil {
		return nil, err
	}
	rels, err := store.Relations(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	fa, fb := dedup.NewFingerprint(a.Title, a.Text), dedup.NewFingerprint(b.Title, b.Text)
	m := dedup.Compare(fa, fb)
	c := &Comparison{A: exportArticle(a), B: exportArticle(b), Kind: m.Kind, Score: m.Score, Jaccard: m.Jaccard,
		Passages: m.Passages, Pairs: []SentencePair{}, OnlyA: []string{}, OnlyB: []string{}}
	c.ReusedOfA, c.ReusedOfB = dedup.Reused(fa, fb, m.AlignedSentences)
	var trans dedup.TranslationMatch
	if m.Kind == "" {
		trans = dedup.CompareTranslation(dedup.NewAnchors(a.Lang, a.Title, a.Text), dedup.NewAnchors(b.Lang, b.Title, b.Text))
	}
	for _, r := range rels {
		switch {
		case r.From == a.ID && r.To == b.ID:
			c.Original = "a"
		case r.From == b.ID && r.To == a.ID:
			c.Original = "b"
		default:
			continue
		}
		if r.Evidence.Undetermined {
			c.Original = Undetermined
		}
		c.Direction, c.Confidence = r.Evidence.Direction, r.Evidence.Confidence
	}
	if trans.Kind != "" {
		return translationComparison(c, a, b, fa, fb, trans), nil
	}
	usedA, usedB := map[int]bool{}, map[int]bool{}
	for _, g := range groups(m.AlignedSentences) {
		p := SentencePair{Similarity: g[0].Sim, Identical: true}
		for _, q := range g {
			if !usedA[q.A] {
				p.A = append(p.A, q.A)
			}
			if !usedB[q.B] {
				p.B = append(p.B, q.B)
			}
			usedA[q.A], usedB[q.B] = true, true
			p.Identical = p.Identical && q.Identical
		}
		p.Identical = p.Identical && len(p.A) == 1 && len(p.B) == 1
		p.AText, p.BText = span(fa, p.A), span(fb, p.B)
		p.AWords, p.BWords = align.Sides(p.AText, p.BText)
		if !p.Identical {
			p.Flags = facts.MeaningFlags(p.AText, p.BText)
		}
		c.Pairs = append(c.Pairs, p)
	}
	for i := range fa.Sentences {
		if !usedA[i] {
			c.OnlyA = append(c.OnlyA, span(fa, []int{i}))
		}
	}
	for i := range fb.Sentences {
		if !usedB[i] {
			c.OnlyB = append(c.OnlyB, span(fb, []int{i}))
		}
	}
	return c, nil
}

// groups gathers aligned sentence pairs into the groups alignment made: the
// pairs of a split or a merge share one sentence, and are diffed together so
// that a word moved to the other half is not taken for a change.
func groups(pairs []dedup.Pair) [][]dedup.Pair {
	var out [][]dedup.Pair
	for i, p := range pairs {
		if i > 0 {
			q := pairs[i-1]
			if p.A == q.A || p.B == q.B {
				out[len(out)-1] = append(out[len(out)-1], p)
				continue
			}
		}
		out = append(out, []dedup.Pair{p})
	}
	return out
}

// span is the text of fp from its first listed sentence to its last, as it
// reads (adjacent sentences of a group with the space between them).
func span(fp *dedup.Fingerprint, idx []int) string {
	lo, hi := fp.Sentences[idx[0]].Start, fp.Sentences[idx[0]].End
	for _, i := range idx[1:] {
		lo, hi = min(lo, fp.Sentences[i].Start), max(hi, fp.Sentences[i].End)
	}
	return fp.Text[lo:hi]
}
