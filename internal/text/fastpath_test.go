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

// TestTokensASCII checks Tokens, whose word scan reads ASCII a byte at a
// time, against the rune-by-rune scan it replaced (tokensRunes: the loops
// as they were, folding as foldRunes), on random mixes of ASCII, joiners,
// accented and other scripts' letters, marks and bad bytes.
func TestTokensASCII(t *testing.T) {
	for c := range byte(utf8.RuneSelf) {
		if asciiWord[c] && c <= '9' && !unicode.IsDigit(rune(c)) {
			t.Fatalf("asciiWord[%q] below '9' is no digit: scanWord's hasDigit would be wrong", c)
		}
	}
	parts := []string{"U.S.", "a.m.", "3.5", "1,000", "didn't", "China’s", "f-22", "high-altitude", "COVID-19", " ", ". ", "\n",
		"Élan", "ÉLAN", "東京", "“quoted”", "—", "x", "X", "'", "9", "-", ",", ".", "\u0301", "e\u0301", "Straße", "ﬁ", "\xff", "\xe2\x80",
		"A.B.C.", "x.y", "1.", "‑", "–", "ǅ", "Ⅻ", "٣", "the", "Ferry", "a", "Z"}
	texts := []string{"", "   ", benchText}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Tokens(s), tokensRunes(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokens(%q) = %v, the rune scan %v", s, got, want)
		}
	}
}

// tokensRunes is Tokens as it was before its ASCII paths: each rune
// decoded, unicode.IsDigit asked of each, foldWord's two passes.
func tokensRunes(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		end := scanWordRunes(s, i)
		toks = append(toks, Token{Start: start, End: end, Word: foldWordRunes(s[start:end])})
		i = end
	}
	return toks
}

func scanWordRunes(s string, i int) int {
	segStart := i
	hasDigit := false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if unicode.IsDigit(r) {
				hasDigit = true
			}
			i += n
			continue
		}
		next, nn := utf8.DecodeRuneInString(s[min(i+n, len(s)):])
		if i+n >= len(s) {
			next, nn = utf8.RuneError, 0
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '.' && isLetter(prev) && i-segStart == utf8.RuneLen(prev) && isLetter(next):
			j := i + n + nn
			if j < len(s) && s[j] == '.' {
				i = j + 1
				for i+1 < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[i:])
					if !isLetter(r2) || i+n2 >= len(s) || s[i+n2] != '.' {
						break
					}
					i += n2 + 1
				}
				return i
			}
			return i
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			i += n
			segStart = i
		case (r == '\'' || r == '\u2019') && isLetter(prev) && isLetter(next):
			i += n
			segStart = i
		case isHyphen(r) && isWordRune(prev) && isWordRune(next) && (hasDigit || unicode.IsDigit(next)):
			i += n
			segStart = i
		default:
			return i
		}
	}
	return i
}

func foldWordRunes(w string) string {
	if IsASCII(w) {
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'A' && c <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	w = norm.NFKC.String(w)
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = foldRune(r)
		if r < 0 {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
