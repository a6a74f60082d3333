package view

import (
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/text"
)

// translationComparison fills c with a translation's sentences, aligned by
// their anchors: each pair of sentences with the names, numbers and dates
// they share marked, and the sentences left over on each side. Each side
// reads in its own words, none struck: there is no word diff between two
// languages. The share reused is the share of anchors found on both sides,
// as the relation's evidence gives it.
func translationComparison(c *Comparison, a, b *copydesk.Article, fa, fb *dedup.Fingerprint, t dedup.TranslationMatch) *Comparison {
	c.Kind, c.Score = t.Kind, t.Score
	c.Jaccard, c.Passages = 0, nil
	c.ReusedOfA, c.ReusedOfB = t.Coverage, t.Coverage
	c.Pairs, c.OnlyA, c.OnlyB = []SentencePair{}, []string{}, []string{}
	placeA, placeB := sentencePlaces(a, fa), sentencePlaces(b, fb)
	usedA, usedB := map[int]bool{}, map[int]bool{}
	for _, p := range t.Pairs {
		sp := SentencePair{A: []int{}, B: []int{}, AText: p.A, BText: p.B, Similarity: p.Share,
			AWords: []align.Op{{Kind: align.Equal, Text: p.A}}, BWords: []align.Op{{Kind: align.Equal, Text: p.B}},
			Anchors: p.Shared, MarksA: p.MarksA, MarksB: p.MarksB}
		for i := p.SentencesA[0]; i <= p.SentencesA[1]; i++ {
			if k, ok := placeA[i]; ok && !usedA[k] {
				sp.A = append(sp.A, k)
				usedA[k] = true
			}
		}
		for i := p.SentencesB[0]; i <= p.SentencesB[1]; i++ {
			if k, ok := placeB[i]; ok && !usedB[k] {
				sp.B = append(sp.B, k)
				usedB[k] = true
			}
		}
		c.Pairs = append(c.Pairs, sp)
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
	return c
}

// sentencePlaces maps the places of an article's sentences as
// dedup.AnchorPair numbers them (those of the title, then those of the
// body) to the fingerprint's, by their text.
func sentencePlaces(a *copydesk.Article, fp *dedup.Fingerprint) map[int]int {
	byText := map[string][]int{}
	for i := range fp.Sentences {
		s := strings.TrimSpace(span(fp, []int{i}))
		byText[s] = append(byText[s], i)
	}
	out := map[int]int{}
	k := 0
	for _, part := range []string{a.Title, a.Text} {
		for _, sp := range text.Sentences(part) {
			if is := byText[strings.TrimSpace(sp.Text)]; len(is) > 0 {
				out[k] = is[0]
				byText[strings.TrimSpace(sp.Text)] = is[1:]
			}
			k++
		}
	}
	return out
}
