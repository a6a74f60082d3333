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

func TestSynsetLemmas(t *testing.T) {
	// A data.adj line in WordNet's layout (offset, lex file, pos, word count
	// in hex, then word and lex id pairs, then the pointers), invented words.
	f := strings.Fields("00012345 00 s 03 Brisk(a) 0 quick_paced 0 snappy(p) 0 001 & 00012300 a 0000 | lively")
	lemmas, rest, err := SynsetLemmas(f)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Brisk", "quick_paced", "snappy"}; !slices.Equal(lemmas, want) {
		t.Errorf("SynsetLemmas = %q, want %q", lemmas, want)
	}
	if rest[0] != "001" {
		t.Errorf("rest starts %q, want the pointer count", rest[0])
	}
	words, _, _ := SynsetWords(f)
	if words[0] != "brisk" {
		t.Errorf("SynsetWords lower-cases: got %q", words[0])
	}
	if _, _, err := SynsetLemmas(strings.Fields("00012345 00 s 09 brisk 0")); err == nil {
		t.Error("a word count beyond the line is an error")
	}
}

func TestIndexSynsets(t *testing.T) {
	// lemma pos synset_cnt p_cnt ptr... sense_cnt tagsense_cnt offset...
	offs, err := IndexSynsets(strings.Fields("harbourmaster n 2 2 @ ~ 2 1 10000001 10000002"))
	if err != nil || strings.Join(offs, " ") != "10000001 10000002" {
		t.Errorf("got %q, %v", offs, err)
	}
	for _, l := range []string{"harbourmaster n 2", "harbourmaster n x 0 0 0", "harbourmaster n 2 1 @ 2 1 10000001"} {
		if _, err := IndexSynsets(strings.Fields(l)); err == nil {
			t.Errorf("%q: no error", l)
		}
	}
}

func TestWriteSorted(t *testing.T) {
	in := []string{"said\tsay", "argued\targue", "quipped\tquip"}
	path := filepath.Join(t.TempDir(), "t.txt")
	if err := WriteSorted(path, in); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "argued\targue\nquipped\tquip\nsaid\tsay\n"; string(b) != want {
		t.Errorf("file %q, want %q", b, want)
	}
	if in[0] != "said\tsay" {
		t.Errorf("the caller's lines were reordered: %q", in)
	}
}
