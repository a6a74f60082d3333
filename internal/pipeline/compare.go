package pipeline

import (
	"context"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/facts"
)

// Comparison is two articles side by side: how one copies the other, and
// sentence by sentence what was kept and what was changed.
type Comparison struct {
	A       ExportArticle `json:"a"`
	B       ExportArticle `json:"b"`
	Kind    copydesk.Kind `json:"kind"` // "" when the two are not copies
	Score   float64       `json:"score"`
	Jaccard float64       `json:"jaccard"`
	// AInB is the share of A's text found in B; BInA the share of B's in A.
	AInB     float64        `json:"a_in_b"`
	BInA     float64        `json:"b_in_a"`
	Passages []string       `json:"passages,omitempty"`
	Pairs    []SentencePair `json:"pairs"`
	// OnlyA and OnlyB are the sentences that align with nothing.
	OnlyA []string `json:"only_a"`
	OnlyB []string `json:"only_b"`
}

// SentencePair is one aligned pair of sentences with its word diff.
type SentencePair struct {
	A          int        `json:"a"` // index among A's sentences
	B          int        `json:"b"`
	AText      string     `json:"a_text"`
	BText      string     `json:"b_text"`
	Similarity float64    `json:"similarity"`
	Identical  bool       `json:"identical"`
	Diff       []align.Op `json:"diff"`
	// Flags name the changes that may alter the meaning: a negation or a
	// number only one side has.
	Flags []string `json:"flags,omitempty"`
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
	fa, fb := dedup.NewFingerprint(a.Title, a.Text), dedup.NewFingerprint(b.Title, b.Text)
	m := dedup.Compare(fa, fb)
	c := &Comparison{A: exportArticle(a), B: exportArticle(b), Kind: m.Kind, Score: m.Score, Jaccard: m.Jaccard,
		AInB: m.AInB, BInA: m.BInA, Passages: m.Passages, Pairs: []SentencePair{}, OnlyA: []string{}, OnlyB: []string{}}
	if m.Kind == "" {
		if t := dedup.CompareTranslation(dedup.NewAnchors(a.Lang, a.Title, a.Text), dedup.NewAnchors(b.Lang, b.Title, b.Text)); t.Kind != "" {
			c.Kind, c.Score = t.Kind, t.Score
		}
	}
	sent := func(fp *dedup.Fingerprint, i int) string { return fp.Text[fp.Sentences[i].Start:fp.Sentences[i].End] }
	usedA, usedB := map[int]bool{}, map[int]bool{}
	for _, p := range m.AlignedSentences {
		at, bt := sent(fa, p.A), sent(fb, p.B)
		diff := align.Words(at, bt)
		steps := make([]facts.DiffStep, len(diff))
		for i, op := range diff {
			steps[i] = facts.DiffStep{Kind: op.Kind, Text: op.Text}
		}
		c.Pairs = append(c.Pairs, SentencePair{A: p.A, B: p.B, AText: at, BText: bt, Similarity: p.Sim, Identical: p.Identical,
			Diff: diff, Flags: facts.MeaningFlags(steps)})
		usedA[p.A], usedB[p.B] = true, true
	}
	for i := range fa.Sentences {
		if !usedA[i] {
			c.OnlyA = append(c.OnlyA, sent(fa, i))
		}
	}
	for i := range fb.Sentences {
		if !usedB[i] {
			c.OnlyB = append(c.OnlyB, sent(fb, i))
		}
	}
	return c, nil
}
