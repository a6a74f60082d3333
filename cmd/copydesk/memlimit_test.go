package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int64
	}{
		{0, memorySpare},
		{100 << 20, 100<<20 + memorySpare},
		{2 * memorySpare, 3 * memorySpare},
		{4 << 30, 6 << 30},
	} {
		if got := memoryLimit(tc.live); got != tc.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tc.live, got, tc.want)
		}
	}
}
