package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		live  uint64
		roomy bool
		want  int64
	}{
		{0, false, memoryFloor},
		{100 << 20, false, memoryFloor},
		{memoryFloor, false, memoryFloor * 3 / 2},
		{1 << 30, false, 3 << 29},
		{0, true, memorySpare},
		{100 << 20, true, 100<<20 + memorySpare},
		{memorySpare, true, 2 * memorySpare},
		{5 * memorySpare, true, 8 * memorySpare},
		{5 << 30, true, 8 << 30},
	} {
		if got := memoryLimit(tc.live, tc.roomy); got != tc.want {
			t.Errorf("memoryLimit(%d, %v) = %d, want %d", tc.live, tc.roomy, got, tc.want)
		}
	}
}
