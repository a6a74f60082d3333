package extract

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// TestWordsCounts checks the one-pass word count against its definition:
// the fields of strings.Fields, plus one per extra character of the
// scripts written without spaces.
func TestWordsCounts(t *testing.T) {
	slow := func(s string) int {
		n := 0
		for _, f := range strings.Fields(s) {
			n++
			extra := 0
			for _, r := range f {
				if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
					extra++
				}
			}
			if extra > 1 {
				n += extra - 1
			}
		}
		return n
	}
	for _, s := range []string{"", "  ", "one", " two  words ", "tab\tand\nnewline", "東京で 会議", "ภาษาไทย คำ", "a\u00a0b", "bad \xff bytes", "mixed日本語text here", "\u3000全角\u3000空白"} {
		if got, want := words(s), slow(s); got != want {
			t.Errorf("words(%q) = %d, want %d", s, got, want)
		}
		if got, want := fields(s), len(strings.Fields(s)); got != want {
			t.Errorf("fields(%q) = %d, want %d", s, got, want)
		}
	}
	// Random strings of ASCII, Latin-1 spaces, ideographic spaces and
	// characters of the scripts counted a character a word.
	for c := range rune(0x80) {
		if text.SpaceByte(byte(c)) != unicode.IsSpace(c) {
			t.Errorf("text.SpaceByte(%q) = %v, unicode.IsSpace %v", c, text.SpaceByte(byte(c)), unicode.IsSpace(c))
		}
	}
	parts := []string{"a", "Bc", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u3000", "東", "京", "ก", "x", ".", "\xff", "é"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := words(s), slow(s); got != want {
			t.Errorf("words(%q) = %d, want %d", s, got, want)
		}
		if got, want := fields(s), len(strings.Fields(s)); got != want {
			t.Errorf("fields(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestGatedPatterns checks that the keyword gates of the unanchored line
// patterns never hide a match: on every line of the repository's corpora and
// on lines written to match, the gated search finds what the pattern finds.
func TestGatedPatterns(t *testing.T) {
	lines := []string{
		"The harbour at dawn | Photo: Jane Roe", "PHOTOGRAPH BY ANA LIMA", "Image credit: Example Images",
		"Courtesy of the Portmere Museum", "(Video: Harbor Gazette)", "Credits: staff", "Pictures by Omar Sy",
		"Sign up for our free Daily newsletter", "Subscriber-exclusive: the full report", "Cancel anytime.",
		"Get the news IN YOUR INBOX", "Unlimited digital access for $1", "24/7 Coverage of the storm",
	}
	b, err := os.ReadFile("../../testdata/copies/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, strings.Split(string(b), "\\n")...)
	for _, l := range strings.Split(string(b), "\n") {
		lines = append(lines, strings.Split(l, ". ")...)
	}
	for _, c := range []struct {
		re   *regexp.Regexp
		keys []string
	}{{photoCreditRE, photoCreditKeys}, {promoRE, promoKeys}} {
		found := 0
		for _, l := range lines {
			got, want := matchGated(c.re, c.keys, l), c.re.FindStringIndex(l)
			if !slices.Equal(got, want) {
				t.Errorf("%s on %.80q: gated %v, pattern %v", c.re, l, got, want)
			}
			if want != nil {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%s matched none of the lines", c.re)
		}
	}
}

// TestMayBeNear checks that the signatures' test never rules out a pair
// of lines whose words are as alike as a threshold asks: lines drawn from
// small vocabularies, so that many pairs are near the thresholds.
func TestMayBeNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vocab := strings.Fields("council budget lanes mayor plan city work spring weather debate cost hoped said would the a of and to in Tuesday €5m «quoted»")
	line := func() string {
		w := make([]string, 1+rng.IntN(25))
		for i := range w {
			w[i] = vocab[rng.IntN(3+rng.IntN(len(vocab)-2))]
		}
		return strings.Join(w, " ")
	}
	ruledOut, near := 0, 0
	for range 20000 {
		a, b := &kept{norm: line()}, &kept{norm: line()}
		if rng.IntN(2) == 0 {
			// b is a with a word changed, added or dropped.
			w := strings.Fields(a.norm)
			switch i := rng.IntN(len(w)); rng.IntN(3) {
			case 0:
				w[i] = vocab[rng.IntN(len(vocab))]
			case 1:
				w = append(w, vocab[rng.IntN(len(vocab))])
			default:
				w = append(w[:i], w[i+1:]...)
			}
			b = &kept{norm: strings.Join(w, " ")}
		}
		for _, pct := range []int{70, 85} {
			j := jaccard(a.distinct(), b.distinct())
			may := mayBeNear(a, b, pct)
			if j >= float64(pct)/100 {
				near++
				if !may {
					t.Errorf("%q, %q: jaccard %.3f, but mayBeNear(%d) = false", a.norm, b.norm, j, pct)
				}
			} else if !may {
				ruledOut++
			}
		}
	}
	if near == 0 || ruledOut == 0 {
		t.Errorf("%d pairs near, %d ruled out: the test does not exercise both", near, ruledOut)
	}
}

// TestFoldASCII checks the line rules' lowering without a copy against
// strings.ToLower, on random mixes of ASCII, the two characters whose lower
// case is ASCII (İ and the Kelvin sign), the long s, accents, other
// scripts and stray bytes, short lines and lines past foldBuf: mayHold
// against the keys in the lowered line, lowerHasPrefix against its prefix,
// and the signature of a line against the rune loop it replaced.
func TestFoldASCII(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != '\u0130' && r != '\u212a' {
			t.Errorf("%U lowers to ASCII %q, which foldASCII does not know", r, l)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	parts := []string{"a", "B", "c", "(C)", "COPYRİGHT", "copyright", "Copy", "right", "photo", "PHOTO", "\u212aEY",
		"news", "NEWSLETTER", "letter", "inbox", "IN YOUR İNBOX", "staff", "STAFF", "wrİter", "cancel any", "24/7 coverage",
		" ", "  ", "\t", "é", "É", "ſ", "Ж", "中", "\xff", "\xc3", "“", "—", ":", "/", "İ", "ı", "\u212a", "k"}
	keys := append(append(append([]string{}, photoCreditKeys...), promoKeys...), roleKeys...)
	slowSig := func(s string) (uint64, int) {
		h, in, sig, n := uint64(fnvOffset), false, uint64(0), 0
		end := func() {
			if in {
				sig |= 1 << (h >> 58)
				n++
			}
			h, in = fnvOffset, false
		}
		for _, r := range s {
			if unicode.IsSpace(r) {
				end()
				continue
			}
			in = true
			h = (h ^ uint64(r)) * fnvPrime
		}
		end()
		return sig, n
	}
	held, prefixed := 0, 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(40) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if rng.IntN(10) == 0 {
			b.WriteString(strings.Repeat("x ", foldBuf/2))
		}
		s := b.String()
		lower := strings.ToLower(s)
		for _, k := range keys {
			if got, want := mayHold(s, []string{k}), strings.Contains(lower, k) || strings.ContainsRune(s, 'ſ'); got != want {
				t.Errorf("mayHold(%q, %q) = %v, want %v", s, k, got, want)
			} else if want {
				held++
			}
		}
		for _, p := range []string{"(c)", "copyright", "c", "photo"} {
			if got, want := lowerHasPrefix(s, p), strings.HasPrefix(lower, p); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, p, got, want)
			} else if want {
				prefixed++
			}
		}
		k := kept{norm: s}
		sig, n := k.signature()
		if ws, wn := slowSig(s); sig != ws || n != wn {
			t.Errorf("signature(%q) = %x, %d, want %x, %d", s, sig, n, ws, wn)
		}
	}
	if held == 0 || prefixed == 0 {
		t.Errorf("%d keys held, %d prefixes: the test does not exercise both answers", held, prefixed)
	}
}
