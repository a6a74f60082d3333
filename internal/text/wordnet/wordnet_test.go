package wordnet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cntlist.rev")
	os.WriteFile(path, []byte("  1 This software and database is provided\n\nharbour%1:15:00:: 1 3\nquay%1:06:00:: 1 0\n"), 0o644)
	var got []string
	if err := Lines(path, func(f []string) error { got = append(got, strings.Join(f, "|")); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"harbour%1:15:00::|1|3", "quay%1:06:00::|1|0"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	err := Lines(path, func(f []string) error {
		if f[0] == "quay%1:06:00::" {
			return os.ErrInvalid
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "cntlist.rev:4:") {
		t.Errorf("got error %v, want one naming line 4", err)
	}
}

func TestSingleWord(t *testing.T) {
	for w, want := range map[string]bool{"harbour": true, "a": false, "take_off": false, "B52": false, "Quay": false, "ox": true} {
		if got := SingleWord(w); got != want {
			t.Errorf("SingleWord(%q) = %v, want %v", w, got, want)
		}
	}
}
