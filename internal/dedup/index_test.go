package dedup

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// TestCandidatesFindEveryCopy is the recall property of the Index: on a
// generated corpus, every earlier article that Compare relates to a new one
// is among the new one's candidates. It also checks Compare against how the
// copies were made.
func TestCandidatesFindEveryCopy(t *testing.T) {
	docs := newSynth(1).corpus(300)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	family := func(i int) int {
		if docs[i].of >= 0 {
			return docs[i].of
		}
		return i
	}
	ix := NewIndex(Options{})
	related := map[copydesk.Kind]int{}
	type key struct{ made, got copydesk.Kind }
	confusion := map[key]int{}
	strangers := 0
	for j := range docs {
		cands := ix.Candidates(fps[j])
		for i := range j {
			m := Compare(fps[i], fps[j])
			if docs[j].of == i {
				confusion[key{docs[j].made, m.Kind}]++
			}
			if m.Kind == "" {
				continue
			}
			related[m.Kind]++
			if family(i) != family(j) {
				strangers++
				t.Errorf("%s and %s are unrelated but Compare says %q", docs[i].id, docs[j].id, m.Kind)
			}
			if !slices.Contains(cands, docs[i].id) {
				t.Errorf("Candidates(%s) misses %s, a %s (J %.2f, containment %.2f/%.2f)",
					docs[j].id, docs[i].id, m.Kind, m.Jaccard, m.AInB, m.BInA)
			}
		}
		if got := ix.Len(); got != j {
			t.Fatalf("Len() = %d before adding article %d, want %d", got, j, j)
		}
		ix.Add(docs[j].id, fps[j])
	}
	t.Logf("related pairs by kind: %v; unrelated pairs called copies: %d", related, strangers)
	for _, k := range []copydesk.Kind{copydesk.Duplicate, copydesk.NearDuplicate, copydesk.Excerpt, copydesk.Rewrite} {
		made, right := 0, confusion[key{k, k}]
		for kk, n := range confusion {
			if kk.made == k {
				made += n
			}
		}
		t.Logf("made as %s: %d, classified so: %d", k, made, right)
		if made < 10 {
			t.Errorf("the corpus has %d copies made as %s, want at least 10", made, k)
		}
		if float64(right) < 0.9*float64(made) {
			t.Errorf("copies made as %s classified so: %d of %d, want at least 90%%", k, right, made)
		}
	}
	var wrong []key
	for kk := range confusion {
		if kk.made != kk.got {
			wrong = append(wrong, kk)
		}
	}
	slices.SortFunc(wrong, func(a, b key) int {
		if c := strings.Compare(string(a.made), string(b.made)); c != 0 {
			return c
		}
		return strings.Compare(string(a.got), string(b.got))
	})
	for _, kk := range wrong {
		t.Logf("made as %q, classified %q: %d", kk.made, kk.got, confusion[kk])
	}
}

func TestCandidatesOrder(t *testing.T) {
	docs := newSynth(2).corpus(60)
	ix := NewIndex(Options{})
	for _, d := range docs {
		ix.Add(d.id, NewFingerprint(d.title, d.text))
	}
	for _, d := range docs[:10] {
		fp := NewFingerprint(d.title, d.text)
		first, again := ix.Candidates(fp), ix.Candidates(fp)
		if !slices.Equal(first, again) {
			t.Errorf("Candidates(%s) not stable: %q then %q", d.id, first, again)
		}
		if len(first) == 0 || first[0] != d.id {
			t.Errorf("Candidates(%s) = %q, want itself first", d.id, first)
		}
	}
}

func TestCandidatesBounded(t *testing.T) {
	// Many copies of one text: posting lists and answers stay capped.
	ix := NewIndex(Options{MaxPosting: 8, MaxCandidates: 5})
	fp := NewFingerprint("Same", "One text stored many times over, word for word, in every paper of the land.")
	for i := range 50 {
		ix.Add(string(rune('A'+i%26))+string(rune('a'+i/26)), fp)
	}
	got := ix.Candidates(fp)
	if len(got) != 5 {
		t.Errorf("Candidates returned %d ids, want MaxCandidates = 5", len(got))
	}
	for i := range ix.lists.heads {
		if l := ix.lists.get(int32(i)); len(l) > 8 {
			t.Fatalf("a posting list holds %d articles, want at most MaxPosting = 8", len(l))
		}
	}
	if ix.Len() != 50 {
		t.Errorf("Len() = %d, want 50", ix.Len())
	}
	if got := NewIndex(Options{}).Candidates(fp); len(got) != 0 {
		t.Errorf("Candidates on an empty index = %q, want none", got)
	}
}

// TestRankSums checks Rank against the scores summed one by one, on random
// queries: duplicates within and across lists, full lists of both kinds,
// ties, article numbers Rank's array takes, large ones of a small span, and
// spans wider than the array.
func TestRankSums(t *testing.T) {
	opts := Options{MaxPosting: 8, MaxCandidates: 5}.withDefaults()
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var keys []Key
		var lists [][]int32
		base := int32(0)
		switch r.IntN(8) {
		case 0:
			base = maxDenseRank - 3 // large numbers of a small span: the array from the lowest
		case 1:
			// numbers a span wider than Rank's array apart: it sorts
			keys = append(keys, Key{r.Uint64(), weightShingle})
			lists = append(lists, []int32{1, maxDenseRank + 1})
		}
		for range r.IntN(20) {
			w := weightShingle
			if r.IntN(4) == 0 {
				w = weightBand
			}
			keys = append(keys, Key{r.Uint64(), w})
			var ps []int32
			for n := int32(r.IntN(3)); len(ps) < r.IntN(10); n += int32(1 + r.IntN(3)) {
				ps = append(ps, base+n)
			}
			lists = append(lists, ps)
		}
		score := map[int32]int{}
		for i, k := range keys {
			if k.Weight != weightBand && len(lists[i]) >= opts.MaxPosting {
				continue
			}
			for _, n := range lists[i] {
				score[n] += k.Weight
			}
		}
		var want []int32
		for n, s := range score {
			if s >= opts.MinScore {
				want = append(want, n)
			}
		}
		slices.SortFunc(want, func(a, b int32) int {
			if c := cmp.Compare(score[b], score[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		if len(want) > opts.MaxCandidates {
			want = want[:opts.MaxCandidates]
		}
		if got := Rank(opts, keys, lists); !slices.Equal(got, want) {
			t.Fatalf("Rank = %v, want %v (keys %v, lists %v)", got, want, keys, lists)
		}
		// The sums by sorting, which Rank falls back to for article
		// numbers its array does not take, rank alike.
		if got := rankSorted(opts, keys, lists); !slices.Equal(got, want) {
			t.Fatalf("rankSorted = %v, want %v (keys %v, lists %v)", got, want, keys, lists)
		}
	}
}
