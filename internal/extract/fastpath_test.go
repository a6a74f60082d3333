package extract

import (
	"math/rand/v2"
	"testing"
)

// TestLineFastPaths checks that the fast paths of normalise and
// collapseSpace give what the rune-by-rune versions give, on invented lines
// and on random strings of the characters that matter to them.
func TestLineFastPaths(t *testing.T) {
	lines := []string{"", " ", "  ", "a", " a", "a ", "a  b", "a b", "Harbour Master SAID, \"No.\"",
		"tab\there", "line\r", "x\x00y", "del\x7f", "caf\u00e9 au lait", "no\u00a0break", "zero\u200bwidth",
		"THE 12 FERRIES -- left", "  lead and trail  ", "a\nb"}
	alphabet := []rune{' ', ' ', 'a', 'B', '7', '.', '"', '\t', '\n', '\x01', '\x7f', '\u00a0', '\u00e9', '\u200b', '\ufeff', '-'}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		rs := make([]rune, r.IntN(12))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		lines = append(lines, string(rs))
	}
	for _, s := range lines {
		if got, want := normalise(s), normaliseRunes(s); got != want {
			t.Fatalf("normalise(%q) = %q, want %q", s, got, want)
		}
		if got, want := collapseSpace(s), collapseRunes(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
