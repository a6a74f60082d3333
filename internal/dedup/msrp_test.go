package dedup

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// msrpPair is one sentence pair of the Microsoft Research Paraphrase Corpus.
type msrpPair struct {
	para bool
	a, b *Sentence
}

func readMSRP(t *testing.T, name string) []msrpPair {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir(t), "eval", "msrp", name))
	if err != nil {
		t.Skipf("MSRP: %v", err)
	}
	defer f.Close()
	sent := func(s string) *Sentence {
		fp := NewFingerprint("", s)
		return &Sentence{Stems: fp.Stems, classes: fp.classes}
	}
	var out []msrpPair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 0; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if n == 0 || len(f) != 5 {
			continue // header
		}
		out = append(out, msrpPair{para: f[0] == "1", a: sent(f[3]), b: sent(f[4])})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("MSRP %s: %v", name, err)
	}
	return out
}

type prf1 struct{ p, r, f, acc float64 }

func scoreAt(pairs []msrpPair, syn bool, th float64) prf1 {
	tp, fp, fn, ok := 0, 0, 0, 0
	for _, p := range pairs {
		got := pairSim(p.a, p.b, syn) >= th
		switch {
		case got && p.para:
			tp++
		case got:
			fp++
		case p.para:
			fn++
		}
		if got == p.para {
			ok++
		}
	}
	var s prf1
	if tp+fp > 0 {
		s.p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		s.r = float64(tp) / float64(tp+fn)
	}
	if s.p+s.r > 0 {
		s.f = 2 * s.p * s.r / (s.p + s.r)
	}
	s.acc = float64(ok) / float64(len(pairs))
	return s
}

// TestMSRP measures the sentence matcher of the rewrite path (pairSim, the
// similarity align uses) on MSRP: the threshold that maximises accuracy on
// the training part is applied to the test part, with and without synonym
// classes. MSRP's negatives are mostly sentences about the same event, so
// it measures how much WordNet merges unrelated words too.
func TestMSRP(t *testing.T) {
	train := readMSRP(t, "msr_paraphrase_train.txt")
	test := readMSRP(t, "msr_paraphrase_test.txt")
	var f1 [2]float64
	for i, syn := range []bool{false, true} {
		best, bestTh := prf1{}, 0.0
		for th := 0.2; th <= 0.9; th += 0.01 {
			if s := scoreAt(train, syn, th); s.acc > best.acc {
				best, bestTh = s, th
			}
		}
		s := scoreAt(test, syn, bestTh)
		at := scoreAt(test, syn, DefaultThresholds().SentenceSim)
		t.Logf("MSRP synonyms %v: threshold %.2f (train accuracy %.3f); test P %.3f R %.3f F1 %.3f accuracy %.3f; at SentenceSim %.2f: P %.3f R %.3f F1 %.3f accuracy %.3f",
			syn, bestTh, best.acc, s.p, s.r, s.f, s.acc, DefaultThresholds().SentenceSim, at.p, at.r, at.f, at.acc)
		f1[i] = s.f
		if s.acc < 0.68 {
			t.Errorf("synonyms %v: test accuracy %.3f, want at least 0.68 (all-positive baseline 0.665)", syn, s.acc)
		}
	}
	// What the classes change: pairs made more similar by a match through a
	// synonym class, and pairs pushed over the tuned threshold by it.
	th := 0.59 // the threshold tuned on the training part, either way
	var merged, flipped [2]int
	for _, p := range test {
		i := 0
		if p.para {
			i = 1
		}
		if pairSim(p.a, p.b, true) > pairSim(p.a, p.b, false) {
			merged[i]++
		}
		if pairSim(p.a, p.b, true) >= th && pairSim(p.a, p.b, false) < th {
			flipped[i]++
		}
	}
	t.Logf("MSRP test: more similar through synonym classes: %d of the negatives and %d of the positives; over %.2f only through them: %d negatives, %d positives",
		merged[0], merged[1], th, flipped[0], flipped[1])
	if f1[1] < f1[0]-0.01 {
		t.Errorf("synonym classes lower MSRP test F1 from %.3f to %.3f", f1[0], f1[1])
	}
}
