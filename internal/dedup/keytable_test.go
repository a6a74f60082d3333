package dedup

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKeyTableAsMap checks the keyTable against a map given the same
// insertions and updates: keys spread over every shard, and keys crowded
// into one shard so that its tail is merged many times.
func TestKeyTableAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, spread := range []bool{true, false} {
		var tab keyTable
		want := map[uint64]int32{}
		var keys []uint64
		for i := range 60000 {
			var k uint64
			switch {
			case len(keys) > 0 && r.IntN(4) == 0:
				k = keys[r.IntN(len(keys))] // an update
			case spread:
				k = r.Uint64()
			default:
				k = 7<<(64-keyShardBits) | r.Uint64()>>keyShardBits
			}
			if _, ok := want[k]; !ok {
				keys = append(keys, k)
			}
			want[k] = int32(i)
			tab.set(k, int32(i))
			if i%997 == 0 {
				for _, k := range keys {
					if v, ok := tab.get(k); !ok || v != want[k] {
						t.Fatalf("spread %v, after %d: key %x gives %d, %v; want %d", spread, i, k, v, ok, want[k])
					}
				}
			}
		}
		if tab.Len() != len(want) {
			t.Fatalf("spread %v: %d keys, want %d", spread, tab.Len(), len(want))
		}
		for _, k := range keys {
			if v, ok := tab.get(k); !ok || v != want[k] {
				t.Fatalf("spread %v: key %x gives %d, %v; want %d", spread, k, v, ok, want[k])
			}
		}
		for range 1000 {
			k := r.Uint64()
			if _, in := want[k]; in {
				continue
			}
			if v, ok := tab.get(k); ok {
				t.Fatalf("spread %v: absent key %x gives %d", spread, k, v)
			}
		}
	}
}

// TestSearchKeys checks searchKeys against slices.BinarySearch on keys
// spread over a shard's range, crowded into a part of it, and repeated
// runs of nearby values, for keys present, absent, and past either end.
func TestSearchKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 15, 16, 17, 100, 1000, 5000} {
		for kind := range 3 {
			keys := make([]uint64, 0, n)
			for range n {
				k := 7<<(64-keyShardBits) | r.Uint64()>>keyShardBits
				switch kind {
				case 1:
					k = 7<<(64-keyShardBits) | 1<<40 | r.Uint64()>>30 // crowded low
				case 2:
					k = 7<<(64-keyShardBits) | ^uint64(0)>>keyShardBits - uint64(r.IntN(3*n+1)) // crowded at the top
				}
				keys = append(keys, k)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			probes := []uint64{0, ^uint64(0), 7 << (64 - keyShardBits), 8<<(64-keyShardBits) - 1}
			for _, k := range keys {
				probes = append(probes, k, k-1, k+1)
			}
			for range 200 {
				probes = append(probes, 7<<(64-keyShardBits)|r.Uint64()>>keyShardBits)
			}
			for _, p := range probes {
				wi, wok := slices.BinarySearch(keys, p)
				if i, ok := searchKeys(keys, p); i != wi || ok != wok {
					t.Fatalf("n %d, kind %d: key %x gives %d, %v; want %d, %v", n, kind, p, i, ok, wi, wok)
				}
			}
		}
	}
}
