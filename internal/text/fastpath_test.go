package text

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// TestNormalizeASCII checks Normalize's ASCII path against the rune path
// it stands for (normalizeRunes, the loop as it was), on random mixes of
// ASCII, typographic marks, invisible characters, spaces and bad bytes.
func TestNormalizeASCII(t *testing.T) {
	normalizeRunes := func(s string) string {
		if !IsASCII(s) {
			s = norm.NFKC.String(s)
		}
		var b strings.Builder
		space := false
		for _, r := range s {
			r = foldRune(r)
			switch {
			case r < 0:
				continue
			case unicode.IsSpace(r):
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		}
		return b.String()
	}
	for c := range rune(utf8.RuneSelf) {
		if asciiSpace[c] != unicode.IsSpace(c) {
			t.Errorf("asciiSpace[%q] = %v, unicode.IsSpace %v", c, asciiSpace[c], unicode.IsSpace(c))
		}
	}
	parts := []string{"A", "z", "Q", "`", "'", " ", "\t", "\n\n", "\r", "\v\f", "\u00a0", "\u00ad", "\u200b", "\u2019", "\u201c",
		"\u2014", "É", "ﬁ", "Ⅻ", "東", "\xff", "1,5", ".", "x"}
	rng := rand.New(rand.NewPCG(7, 8))
	texts := []string{"", " ", benchText}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Normalize(s), normalizeRunes(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
