package dedup

import (
	"math/rand/v2"
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
