package dedup

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPostListsAsSlices checks postLists against a slice a list, over
// lists that grow through every block size (their blocks released and
// reused by others), with small chunks so that blocks meet chunk ends.
func TestPostListsAsSlices(t *testing.T) {
	for _, maxLen := range []int{2, 5, 128, 300} {
		p := newPostLists(maxLen)
		p.chunkBits = 9 // 512 entries a chunk: at least the largest block here
		for 1<<p.chunkBits < capOf(int32(maxLen)) {
			p.chunkBits++
		}
		var want [][]int32
		r := rand.New(rand.NewPCG(1, uint64(maxLen)))
		next := int32(0)
		for range 20000 {
			next++
			if len(want) == 0 || r.IntN(4) == 0 {
				want = append(want, []int32{next, next + 1})
				if got := p.newList(next, next+1); got != int32(len(want)-1) {
					t.Fatalf("newList = %d, want %d", got, len(want)-1)
				}
				next++
				continue
			}
			i := r.IntN(len(want))
			if len(want[i]) >= maxLen {
				continue
			}
			want[i] = append(want[i], next)
			p.add(int32(i), next)
		}
		for i, w := range want {
			got := p.get(int32(i))
			if !slices.Equal(got, w) || p.len(int32(i)) != int32(len(w)) || p.last(int32(i)) != w[len(w)-1] {
				t.Fatalf("maxLen %d: list %d = %v, want %v", maxLen, i, got, w)
			}
			if cap(got) != len(got) {
				t.Fatalf("maxLen %d: list %d has room past its end (cap %d, len %d): an append would write into another list", maxLen, i, cap(got), len(got))
			}
		}
	}
}

func TestCapOf(t *testing.T) {
	for n, want := range map[int32]int32{1: 2, 2: 2, 3: 4, 4: 4, 5: 8, 8: 8, 9: 16, 128: 128, 129: 256} {
		if got := capOf(n); got != want {
			t.Errorf("capOf(%d) = %d, want %d", n, got, want)
		}
	}
}
