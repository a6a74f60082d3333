package extract

import (
	"slices"
	"strings"
	"testing"
)

// splitSentencesRunes is splitSentences as it was written first, over a
// copy of the text as runes: the reference the byte walk must match.
func splitSentencesRunes(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if !strings.ContainsRune(".!?", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"'”’)", rs[j]) {
			j++
		}
		if j+1 < len(rs) && rs[j] == ' ' && (isUpperRune(rs[j+1]) || strings.ContainsRune("\"“‘'", rs[j+1])) {
			out = append(out, strings.TrimSpace(string(rs[start:j])))
			start = j + 1
			i = j
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

func TestSplitSentencesAsRunes(t *testing.T) {
	for _, s := range []string{
		"", " ", ".", "A.", "A. B", "A. b. C! D? E", "He said “Go.” Then left.", "“Stop!” ‘No.’ 'Yes.' \"Why?\" (Now.) Ok",
		"Dr. Smith arrived. Mr. Jones left.  Two spaces. É accent. Ünter den Linden.", "end.\xff Next. Broken \xe2\x80 bytes. Ǆ title",
		"…ellipsis… Done. ”Closing first. ’ apostrophe", "A.\"", "A. ", "A. \xff", "日本語。 文. X. Y",
	} {
		if got, want := splitSentences(s), splitSentencesRunes(s); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("He said “Go.” Then left. Dr. Who? Yes!")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitSentences(s), splitSentencesRunes(s); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	})
}
