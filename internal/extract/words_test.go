package extract

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

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
