package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int64
	}{
		{0, memoryFloor},
		{100 << 20, memoryFloor},
		{memoryFloor, memoryFloor * 3 / 2},
		{1 << 30, 3 << 29},
	} {
		if got := memoryLimit(tc.live); got != tc.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tc.live, got, tc.want)
		}
	}
}
