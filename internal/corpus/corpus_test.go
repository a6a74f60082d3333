package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInPart(t *testing.T) {
	tune, held := 0, 0
	for i := range 200 {
		label := string(rune('a'+i%26)) + string(rune('a'+i/26))
		a, b := InPart("tune", label), InPart("heldout", label)
		if a == b {
			t.Fatalf("label %q: tune %v and heldout %v, want exactly one", label, a, b)
		}
		if !InPart("", label) {
			t.Fatalf("label %q: not in the whole corpus", label)
		}
		if a {
			tune++
		} else {
			held++
		}
	}
	if tune < 60 || held < 60 {
		t.Errorf("got %d tune and %d heldout of 200, want a rough half each", tune, held)
	}
}

// TestLabelsCorpus: a labels folder names its corpus in corpus.txt, a path
// inside the shared folder; without one it is ECB+ dev's.
func TestLabelsCorpus(t *testing.T) {
	for _, tc := range []struct {
		name, file, wantRel string
		wantErr             bool
	}{
		{"no corpus.txt", "", ECBPlusDevPath, false},
		{"a path in shared", "eval/wmt14-ru-en/corpus.jsonl\n", filepath.Join("eval", "wmt14-ru-en", "corpus.jsonl"), false},
		{"missing file", "eval/nowhere/corpus.jsonl", filepath.Join("eval", "nowhere", "corpus.jsonl"), false},
		{"outside shared", "../secrets.jsonl", "", true},
		{"absolute", "/etc/passwd", "", true},
		{"empty", "\n", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != "" {
				if err := os.WriteFile(filepath.Join(dir, "corpus.txt"), []byte(tc.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path, rel, err := LabelsCorpus(dir)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want an error: %v", err, tc.wantErr)
			}
			if rel != tc.wantRel {
				t.Errorf("rel %q, want %q", rel, tc.wantRel)
			}
			if tc.name == "missing file" && path != "" {
				t.Errorf("path %q for a file that is not there, want \"\"", path)
			}
			if path != "" && !strings.HasSuffix(path, rel) {
				t.Errorf("path %q does not end in %q", path, rel)
			}
		})
	}
}

// TestLabelsPages: a labels folder without module.txt has no pages folder; one
// whose module.txt is not "MODULE FOLDER" is an error; one naming a module the
// go command does not know is found but has no folder (the evaluation skips).
func TestLabelsPages(t *testing.T) {
	for _, tc := range []struct {
		name, file    string
		wantOK, isErr bool
	}{
		{"no module.txt", "", false, false},
		{"one field", "example.com/nowhere\n", true, true},
		{"outside the module", "example.com/nowhere ../up\n", true, true},
		{"unknown module", "example.com/nowhere test-files/comparison\n", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != "" {
				if err := os.WriteFile(filepath.Join(dir, "module.txt"), []byte(tc.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			pages, want, ok, err := LabelsPages(dir)
			if ok != tc.wantOK || (err != nil) != tc.isErr {
				t.Fatalf("ok %v err %v, want ok %v and an error: %v", ok, err, tc.wantOK, tc.isErr)
			}
			if tc.name == "unknown module" && (pages != "" || !strings.Contains(want, "example.com/nowhere")) {
				t.Errorf("pages %q want %q: want no folder, and what is missing named", pages, want)
			}
		})
	}
}
