package text

import (
	"strings"
	"testing"
)

// benchText is an invented news paragraph repeated to article length.
var benchText = strings.Repeat("A passenger ferry struck the north pier of Marrowby harbour early on Tuesday, "+
	"injuring twelve people, the Tollan River Authority said. \u201cThe crew had radar, but the fog came down "+
	"like a wall,\u201d harbour master Odile Brankovic told reporters at 7 a.m. in the U.S.-style terminal. "+
	"Gen. Ivo Marek said repairs would cost $3.5 million.\n\n", 6)

func BenchmarkWords(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Words(benchText)
	}
}

func BenchmarkSentences(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Sentences(benchText)
	}
}

func BenchmarkStem(b *testing.B) {
	words := Words(benchText)
	n := 0
	for b.Loop() {
		Stem(words[n%len(words)])
		n++
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText)
	}
}

// BenchmarkStemText stems every word of an article-length text in order,
// as a stage reads an article (most words come again), through Stem (its
// cache warm, as in a run) and through stem alone (the cost before the
// cache).
func BenchmarkStemText(b *testing.B) {
	words := Words(benchText)
	for _, bb := range []struct {
		name string
		f    func(string) string
	}{{"cached", Stem}, {"uncached", stem}} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					bb.f(w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}

// BenchmarkStemTextParallel is BenchmarkStemText's cached run on every
// core at once, as the unordered step's goroutines stem their articles.
func BenchmarkStemTextParallel(b *testing.B) {
	words := Words(benchText)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, w := range words {
				Stem(w)
			}
		}
	})
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

// BenchmarkTokens measures Tokens on an invented article, and the rune
// scan it replaced (tokensRunes, in fastpath_test.go) for comparison:
//
//	go test ./internal/text -run '^$' -bench 'Tokens(Runes)?$'
func BenchmarkTokens(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tokens(benchText)
	}
}

func BenchmarkTokensRunes(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		tokensRunes(benchText)
	}
}
