package corpus

import (
	"math/rand/v2"
	"strings"
)

// Babble writes sentences of invented words, drawn with a Zipf law over a
// vocabulary of 4,000, a third of them function words: text for unrelated
// articles that share only their common words, as tests of chaining and of
// speed need.
type Babble struct {
	rng      *rand.Rand
	vocab    []string
	zipf     *rand.Zipf
	function []string
	fzipf    *rand.Zipf
}

var (
	syllables = strings.Fields("ka lo mi ren ta vos pel dar ing ul bre sto min ga hel tor ney lis fa rum ost ber cal den")
	function  = strings.Fields("the of and in a to said on for with at by from that was")
)

// NewBabble makes a vocabulary from rng and writes with it.
func NewBabble(rng *rand.Rand) *Babble {
	b := newBabble(rng, function, 2)
	b.fzipf = nil // its few function words equally common, as it always wrote
	return b
}

// NewBabbleIn is NewBabble with the function words of another language: a
// third of the words are drawn from function, the commonest first (Zipf),
// as a real language's articles share their commonest words.
func NewBabbleIn(rng *rand.Rand, function []string) *Babble { return newBabble(rng, function, 50) }

// newBabble draws content words with a Zipf law whose head is flatter the
// larger v is.
func newBabble(rng *rand.Rand, function []string, v float64) *Babble {
	b := &Babble{rng: rng, vocab: make([]string, 4000), function: function}
	for i := range b.vocab {
		var w strings.Builder
		for range 2 + rng.IntN(2) {
			w.WriteString(syllables[rng.IntN(len(syllables))])
		}
		b.vocab[i] = w.String()
	}
	b.zipf = rand.NewZipf(rng, 1.1, v, uint64(len(b.vocab)-1))
	b.fzipf = rand.NewZipf(rng, 1.01, 1, uint64(len(function)-1))
	return b
}

// Sentence returns one sentence of 10 to 21 words.
func (b *Babble) Sentence() string {
	w := make([]string, 10+b.rng.IntN(12))
	for i := range w {
		if b.rng.IntN(3) == 0 {
			if b.fzipf != nil {
				w[i] = b.function[b.fzipf.Uint64()]
			} else {
				w[i] = b.function[b.rng.IntN(len(b.function))]
			}
		} else {
			w[i] = b.vocab[b.zipf.Uint64()]
		}
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}
