package main

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"unicode"
)

// spinStop are words the spinner never touches: function words and the
// auxiliaries, whose synonyms would break every sentence.
var spinStop = setOf(`a an the and or but nor so yet for of in on at to from by with about as into onto upon
over under than then that this these those there here which who whom whose what when where why how
is are was were be been being am do does did done have has had having will would shall should can could
may might must not no never also just very more most less least much many some any all each every
other another such own same both either neither only even still already again ever he she it they we you i
me him her us them his hers its their theirs our ours your yours my mine one two three four five six
seven eight nine ten first second last next new old mr mrs ms dr`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// SpinOptions are one spinner's habits for one article.
type SpinOptions struct {
	// Rate is the chance a word the thesaurus knows is swapped.
	Rate float64
	// Quotes is the share of Rate applied inside quotation marks (a
	// careful spinner leaves quotes alone).
	Quotes float64
	// RareSense is the chance of taking a sense other than the first.
	RareSense float64
}

var (
	tokenRe    = regexp.MustCompile(`[A-Za-z]+(?:'[a-z]+)?`)
	determiner = setOf("the a an his her their its this that these those my our your some any each every no")
	toVerb     = setOf("to will would can could should may might must not did does do don't didn't won't")
)

// Spin swaps words for WordNet synonyms, keeping their inflection and case,
// and returns the new Doc and the share of the content words it swapped.
// The same word is spun the same way throughout an article, as spinners
// with a per-article dictionary do. Names (capitalised words inside a
// sentence), numbers and short words are kept.
func Spin(th *Thesaurus, d Doc, rng *rand.Rand, o SpinOptions) (Doc, float64) {
	out := d.Clone()
	chosen := map[string]string{} // lower-case word -> replacement ("" when kept)
	content, swapped := 0, 0
	for pi, p := range out.Paras {
		for si, s := range p {
			var b strings.Builder
			last := 0
			inQuote := false
			prev := ""
			locs := tokenRe.FindAllStringIndex(s, -1)
			for _, loc := range locs {
				w := s[loc[0]:loc[1]]
				// Track quotation marks between tokens.
				gap := s[last:loc[0]]
				inQuote = toggleQuotes(gap, inQuote)
				b.WriteString(gap)
				last = loc[1]
				lw := strings.ToLower(w)
				first := strings.TrimLeft(s[:loc[0]], " \"“‘'(") == ""
				if len(lw) < 4 || spinStop[lw] || (unicode.IsUpper(rune(w[0])) && !first) || w == strings.ToUpper(w) && len(w) > 1 {
					b.WriteString(w)
					prev = lw
					continue
				}
				content++
				rate := o.Rate
				if inQuote {
					rate *= o.Quotes
				}
				rep, seen := chosen[lw]
				if !seen {
					rep = ""
					if rng.Float64() < rate {
						rep = pickSynonym(th, lw, prev, rng, o.RareSense)
					}
					chosen[lw] = rep
				}
				prev = lw
				if rep == "" {
					b.WriteString(w)
					continue
				}
				swapped++
				if unicode.IsUpper(rune(w[0])) {
					rep = Upper(rep)
				}
				b.WriteString(rep)
			}
			b.WriteString(s[last:])
			out.Paras[pi][si] = b.String()
		}
	}
	if content == 0 {
		return out, 0
	}
	return out, float64(swapped) / float64(content)
}

// pickSynonym chooses a replacement for the lower-case word w, "" when none
// fits. The part of speech comes from the form and the word before; the
// sense is the first, or with chance rare a later one; the synonym is any
// of the sense's lemmas, put in w's form.
func pickSynonym(th *Thesaurus, w, prev string, rng *rand.Rand, rare float64) string {
	as := th.Analyse(w)
	if len(as) == 0 {
		return ""
	}
	best, bestScore := Analysis{}, -1
	for _, a := range as {
		score := th.Tagged(a.Pos, a.Lemma) + 1
		switch {
		case determiner[prev] && a.Pos == 'v':
			score = 0
		case toVerb[prev] && a.Pos != 'v':
			score = 0
		case a.Form != Base && a.Lemma != w:
			score += 2 // an inflected reading is likelier than a rare lemma that happens to match
		}
		if score > bestScore {
			best, bestScore = a, score
		}
	}
	if bestScore == 0 {
		return ""
	}
	senses := th.Senses(best.Pos, best.Lemma)
	k := 0
	if len(senses) > 1 && rng.Float64() < rare {
		k = 1 + rng.IntN(len(senses)-1)
	}
	syns := senses[k]
	for range 3 {
		s := syns[rng.IntN(len(syns))]
		if strings.EqualFold(s, w) {
			continue
		}
		if r, ok := th.Inflect(s, best.Pos, best.Form); ok && r != w {
			return r
		}
	}
	return ""
}
