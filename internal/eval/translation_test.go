package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// TestTranslationsWMT runs real translated news through the whole pipeline:
// wmt14-ru-en (../shared/eval, absent in CI: the test skips), Russian
// originals with their professional English translations, every other
// cross-language pair of a half a negative. It holds the figures measured
// on both halves (the rules were chosen on tune; the held-out half was only
// measured): translation precision and recall, and direction accuracy with
// no dates (a pair whose direction no text signal decides counts as wrong).
func TestTranslationsWMT(t *testing.T) {
	if testing.Short() {
		t.Skip("runs wmt14-ru-en twice")
	}
	dir := filepath.Join(corpus.SharedDir(), "eval", "wmt14-ru-en")
	if _, err := os.Stat(filepath.Join(dir, "corpus.jsonl")); corpus.SharedDir() == "" || err != nil {
		t.Skip("wmt14-ru-en is not in ../shared/eval")
	}
	pairs, err := ReadPairs(filepath.Join(dir, "pairs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]struct{ p, r, dir float64 }{
		"tune":    {1, 0.94, 0.94},
		"heldout": {1, 0.91, 0.77},
	}
	for _, part := range []string{"tune", "heldout"} {
		t.Run(part, func(t *testing.T) {
			ctx := context.Background()
			store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "eval.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			rep, err := Run(ctx, store, filepath.Join(dir, "corpus.jsonl"), Options{Pairs: pairs, Part: part})
			if err != nil {
				t.Fatal(err)
			}
			cs := rep.Copies
			s := cs.PerKind["translation"]
			fl := floors[part]
			if s.Precision < fl.p || s.Recall < fl.r || cs.Direction < fl.dir {
				t.Errorf("translation P %.3f R %.3f, direction %.3f; want at least P %.2f R %.2f, direction %.2f", s.Precision, s.Recall, cs.Direction, fl.p, fl.r, fl.dir)
			}
			t.Logf("%d gold, %d found: translation P %.3f R %.3f F1 %.3f; direction %.3f; calibration%s", cs.Gold, cs.Found, s.Precision, s.Recall, s.F1, cs.Direction, calibration(cs.Calibration))
		})
	}
}
