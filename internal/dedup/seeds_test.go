package dedup

import (
	"github.com/copydesk/copydesk/internal/corpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// sharedDir returns the shared/ folder found by walking up from the working
// directory, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := corpus.SharedDir()
	if dir == "" {
		t.Skip("no shared/ folder above the working directory")
	}
	return dir
}

// seed reads one seed article: its first line is the title.
func seed(t *testing.T, prefix string) *Fingerprint {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "seeds")
	matches, err := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Skipf("seed %s not found in %s", prefix, dir)
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatalf("read seed %s: %v", matches[0], err)
	}
	title, body, _ := strings.Cut(string(raw), "\n")
	return NewFingerprint(title, body)
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		a, b string
		want copydesk.Kind
	}{
		{"001", "002", copydesk.Rewrite},
		{"003", "004", ""},
		{"000", "001", ""},
		{"000", "003", ""},
		{"001", "003", ""},
		{"001", "004", ""},
		{"002", "004", ""},
	}
	for _, tt := range tests {
		a, b := seed(t, tt.a), seed(t, tt.b)
		ab, ba := Compare(a, b), Compare(b, a)
		share, _ := rewriteShare(a, b, ab.AlignedSentences)
		t.Logf("share %.2f %s/%s: kind %q score %.2f J %.3f AInB %.2f BInA %.2f aligned %d of %d/%d sentences",
			share, tt.a, tt.b, ab.Kind, ab.Score, ab.Jaccard, ab.AInB, ab.BInA, len(ab.AlignedSentences), contentSentences(a), contentSentences(b))
		if ab.Kind != tt.want || ba.Kind != tt.want {
			t.Errorf("Compare(seed %s, seed %s).Kind = %q (reversed %q), want %q", tt.a, tt.b, ab.Kind, ba.Kind, tt.want)
		}
	}
	// The rewrite must also be found by the index.
	ix := NewIndex(Options{})
	ix.Add("001", seed(t, "001"))
	ix.Add("003", seed(t, "003"))
	got := ix.Candidates(seed(t, "002"))
	if len(got) == 0 || got[0] != "001" {
		t.Errorf("Candidates(seed 002) = %q, want 001 first", got)
	}
}
