package provenance

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/text"
)

// TestCloughStevensonSpin measures the word signals (spinner swaps and
// fluency) on real paraphrase: Clough and Stevenson's students rewrote
// Wikipedia paragraphs (heavily, lightly, or by cut and paste). That is not
// a content farm's thesaurus, and the signals should mostly stay silent on
// it (people rebuild sentences rather than swap words); where they speak,
// they must point at the student's answer, the copy, at least twice as
// often as at the source, and they may speak on at most one answer in
// seven.
func TestCloughStevensonSpin(t *testing.T) {
	dir := corpus.SharedDir()
	f, err := os.Open(filepath.Join(dir, "eval", "clough-stevenson", "plagiarism-clough&stevenson.csv"))
	if dir == "" || err != nil {
		t.Skipf("Clough-Stevenson corpus not found beside the repository: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read Clough-Stevenson: %v", err)
	}
	type tally struct{ n, swaps, right, wrong, silent int }
	by := map[string]*tally{}
	for _, row := range rows {
		if len(row) < 3 {
			continue
		}
		label := strings.TrimSpace(row[2])
		if label != "1" && label != "2" && label != "3" {
			continue
		}
		source, answer := row[1], row[0]
		aligned := alignGreedy(source, answer)
		if by[label] == nil {
			by[label] = &tally{}
		}
		tl := by[label]
		tl.n++
		s := Spin(aligned)
		tl.swaps += s.Swaps
		// Direct, given the aligned sentences alone, speaks only through
		// the spinner signal here.
		a, b := &copydesk.Article{ID: "source"}, &copydesk.Article{ID: "answer"}
		switch d := Direct(a, b, Pair{Kind: copydesk.Rewrite, Aligned: aligned}); {
		case d.Confidence <= 0.5:
			tl.silent++
		case d.Original == a:
			tl.right++
		default:
			tl.wrong++
		}
	}
	names := map[string]string{"1": "heavy revision", "2": "light revision", "3": "cut and paste"}
	var right, wrong, n int
	for _, l := range []string{"1", "2", "3"} {
		tl := by[l]
		if tl == nil {
			t.Fatalf("no answers labelled %s", l)
		}
		right += tl.right
		wrong += tl.wrong
		n += tl.n
		t.Logf("%s: %d answers, %d synonym swaps; Direct calls the answer the copy %d times, the source %d times, silent %d",
			names[l], tl.n, tl.swaps, tl.right, tl.wrong, tl.silent)
	}
	if 2*wrong > right || 7*(right+wrong) > n {
		t.Errorf("the word signals called the answer the copy %d times and the source %d times of %d answers, want the answer at least twice as often and at most %d calls", right, wrong, n, n/7)
	}
}

// alignGreedy pairs every sentence of b with the sentence of a that shares
// the most content stems with it (at least a third of the smaller), a
// stand-in for dedup's alignment, which a stage's test may not import.
func alignGreedy(a, b string) []Sentences {
	stems := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range text.Words(s) {
			if len(w) >= 3 && !text.IsStop(w) {
				out[text.Stem(w)] = true
			}
		}
		return out
	}
	as := text.Sentences(a)
	ak := make([]map[string]bool, len(as))
	for i, s := range as {
		ak[i] = stems(s.Text)
	}
	var out []Sentences
	for _, sb := range text.Sentences(b) {
		bk := stems(sb.Text)
		best, bestN := -1, 0
		for i, k := range ak {
			n := 0
			for w := range bk {
				if k[w] {
					n++
				}
			}
			if n > bestN {
				best, bestN = i, n
			}
		}
		if best >= 0 && 3*bestN >= min(len(bk), len(ak[best])) {
			out = append(out, Sentences{A: as[best].Text, B: sb.Text})
		}
	}
	return out
}
