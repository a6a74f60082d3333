package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// TestTranslationDirectionMirror: the direction of translations from the
// text, on the Russian mirror set, where half of the Russian articles are
// originals and half are translations of English ones. Each pair is
// ingested alone and undated. A text signal may stay silent, but it must
// never take the translation for the original: that would be a signal that
// learnt "Russian is the original" from wmt14-ru-en, where it always is.
func TestTranslationDirectionMirror(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "translations")
	lines := map[string]string{}
	for _, f := range []string{"corpus.jsonl", "ru.jsonl"} {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var d map[string]any
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			delete(d, "published")
			line, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			lines[d["id"].(string)] = string(line)
		}
		fh.Close()
	}
	pf, err := os.ReadFile(filepath.Join(dir, "ru-pairs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	right, silent := 0, 0
	for line := range strings.Lines(string(pf)) {
		var p struct{ Original, Copy string }
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		tmp := t.TempDir()
		path := filepath.Join(tmp, "pair.jsonl")
		// The translation first, so that arrival order alone would get
		// the direction wrong.
		if err := os.WriteFile(path, []byte(lines[p.Copy]+"\n"+lines[p.Original]+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		db := openStore(t, filepath.Join(tmp, "c.db"))
		add(t, openEngine(t, db), path)
		byRef := ids(t, db)
		rels, err := db.Relations(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) != 1 || rels[0].Kind != copydesk.Translation {
			t.Fatalf("%s -> %s: got %d relations, want one translation", p.Original, p.Copy, len(rels))
		}
		r := rels[0]
		reasons := strings.Join(r.Evidence.Direction, "; ")
		switch {
		case r.From == byRef[p.Original]:
			right++
		case strings.Contains(reasons, "no signal"):
			silent++
		default:
			t.Errorf("%s -> %s: the translation is taken as the original (confidence %.2f): %s", p.Original, p.Copy, r.Evidence.Confidence, reasons)
		}
		t.Logf("%s -> %s: original %v, confidence %.2f: %s", p.Original, p.Copy, r.From == byRef[p.Original], r.Evidence.Confidence, reasons)
	}
	t.Logf("right %d, no signal %d, of 8", right, silent)
}
