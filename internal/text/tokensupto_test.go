package text

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTokensUpTo checks TokensUpTo and AllTokens against Tokens: the first
// n tokens, and all of them in order, on texts of every joiner Tokens reads
// (abbreviations, decimals, apostrophes, hyphens next to digits), cut at
// every length.
func TestTokensUpTo(t *testing.T) {
	parts := []string{"U.S.", "a.m.", "3.5", "1,000", "didn't", "China's", "f-22", "high-altitude", " ", ". ", "\n",
		"Élan", "東京", "“quoted”", "—", "x", "", "'", "9", "-", ","}
	texts := []string{"", "   ", benchText}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		all := Tokens(s)
		if got := slices.Collect(AllTokens(s)); !reflect.DeepEqual(got, all) && len(got)+len(all) > 0 {
			t.Fatalf("AllTokens(%q) = %v, Tokens %v", s, got, all)
		}
		for n := -1; n <= len(all)+1; n++ {
			want := all
			if n > 0 && n < len(all) {
				want = all[:n]
			}
			if got := TokensUpTo(s, n); !reflect.DeepEqual(got, want) {
				t.Fatalf("TokensUpTo(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
