package dedup

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// TestNearPossible checks, on every pair of a generated corpus of copies of
// all kinds (and the fixtures' texts), that a pair NearPossible rules out is
// neither a duplicate nor a near-duplicate for Verify, both ways round, and
// that it rules out most of the pairs that are neither.
func TestNearPossible(t *testing.T) {
	docs := newSynth(9).corpus(150)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	for _, name := range []string{"original", "spun", "independent", "brief", "host", "unrelated"} {
		title, lines := article(t, name)
		fps = append(fps, NewFingerprint(title, body(lines)), NewFingerprint("", body(lines)), NewFingerprint(title, ""))
	}
	fps = append(fps, NewFingerprint("", ""))
	near, other, ruledOut := 0, 0, 0
	for i, a := range fps {
		for _, b := range fps[i+1:] {
			possible := NearPossible(a, b)
			if possible != NearPossible(b, a) {
				t.Fatalf("NearPossible is not symmetric for %q and %q", a.Text, b.Text)
			}
			for _, m := range []Match{Verify(a, b), Verify(b, a)} {
				isNear := m.Kind == copydesk.Duplicate || m.Kind == copydesk.NearDuplicate
				if isNear && !possible {
					t.Fatalf("NearPossible ruled out a %s: %q and %q", m.Kind, a.Text, b.Text)
				}
			}
			if m := Verify(a, b); m.Kind == copydesk.Duplicate || m.Kind == copydesk.NearDuplicate {
				near++
			} else if other++; !possible {
				ruledOut++
			}
		}
	}
	if near == 0 || ruledOut*10 < other*9 {
		t.Errorf("%d duplicate or near pairs, %d of the %d others ruled out: the test checks too little", near, ruledOut, other)
	}
}

// TestNearPossibleCounts checks NearPossible, which stops counting shared
// shingles once the answer is known, against the tests it stands for run on
// the full count, on every pair of a generated corpus and on pairs cut to
// sit at the thresholds.
func TestNearPossibleCounts(t *testing.T) {
	docs := newSynth(11).corpus(120)
	var fps []*Fingerprint
	for _, d := range docs {
		fps = append(fps, NewFingerprint(d.title, d.text))
		// The text cut at several lengths: pairs whose shares fall just
		// above and below each threshold.
		words := strings.Fields(d.text)
		for _, f := range []float64{0.55, 0.6, 0.62, 0.7, 0.72, 0.9} {
			fps = append(fps, NewFingerprint(d.title, strings.Join(words[:int(f*float64(len(words)))], " ")))
		}
	}
	fps = append(fps, NewFingerprint("", ""), NewFingerprint("Only a title", ""))
	full := func(a, b *Fingerprint) bool {
		tr := Thresholds{}.withDefaults()
		if order(a, b) > 0 {
			a, b = b, a
		}
		var m Match
		m.shares(a, b)
		return tr.nearKind(a, b, m) != "" || min(m.AInB, m.BInA) >= minEditedContain && min(len(a.Shingles), len(b.Shingles)) >= minExcerptShingles
	}
	yes := 0
	for i, a := range fps {
		for _, b := range fps[i:] {
			got, want := NearPossible(a, b), full(a, b)
			if got != want {
				t.Fatalf("NearPossible(%.40q, %.40q) = %v, want %v", a.Text, b.Text, got, want)
			}
			if got {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Fatal("no pair possible: the test checks too little")
	}
}

// TestShingleFilterBound checks that the filter NearPossible tries first
// never rules out a count the two sets reach: on random sets of many sizes
// and overlaps, mayShare is true at every count up to what they share, and
// it rules some counts out above it (else it would settle nothing).
func TestShingleFilterBound(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 3))
	ruledOut := 0
	for range 400 {
		shared := make([]uint64, r.IntN(300))
		for i := range shared {
			shared[i] = r.Uint64()
		}
		set := func() []uint64 {
			s := slices.Clone(shared)
			for range r.IntN(2000) {
				s = append(s, r.Uint64())
			}
			slices.Sort(s)
			return slices.Compact(s)
		}
		a, b := &Fingerprint{Shingles: set()}, &Fingerprint{Shingles: set()}
		inter := intersect(a.Shingles, b.Shingles)
		for need := 0; need <= len(b.Shingles)+1; need++ {
			may := a.shingleFilter().mayShare(b.Shingles, need)
			if need <= inter && !may {
				t.Fatalf("sets of %d and %d sharing %d: mayShare(%d) false", len(a.Shingles), len(b.Shingles), inter, need)
			}
			if !may {
				ruledOut++
			}
		}
	}
	if ruledOut == 0 {
		t.Fatal("no count ruled out: the test checks too little")
	}
}

// BenchmarkNearPossibleCorpus measures NearPossible on the candidate pairs
// of a corpus (COPYDESK_BENCH_CORPUS), as copydesk dedup tests them before
// Verify, in CPU an article and a pair:
//
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/dedup -run '^$' -bench NearPossibleCorpus -benchtime 3x
func BenchmarkNearPossibleCorpus(b *testing.B) {
	fps, pairs := corpusPairs(b)
	for _, p := range pairs {
		p[0].shingleFilter() // made once an article in dedup, not a pair
		p[1].shingleFilter()
	}
	possible := 0
	cpu0 := cpuTime()
	for b.Loop() {
		possible = 0
		for _, p := range pairs {
			if NearPossible(p[1], p[0]) {
				possible++
			}
		}
	}
	cpu := float64((cpuTime() - cpu0).Nanoseconds())
	b.ReportMetric(cpu/float64(b.N*len(fps)), "cpu-ns/article")
	b.ReportMetric(cpu/float64(b.N*len(pairs)), "cpu-ns/pair")
	b.ReportMetric(float64(possible)/float64(len(pairs)), "possible/pair")
}
