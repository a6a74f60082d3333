package slab

import (
	"slices"
	"testing"
)

// TestBytesCopies checks that the slab's copies read back as given, that
// each is capped at its length (appending to one leaves the next as it
// was), and that one longer than a chunk is whole.
func TestBytesCopies(t *testing.T) {
	var s Bytes
	var got [][]byte
	var want [][]byte
	for i := range 3000 {
		n := i % 700
		if i == 10 {
			n = ChunkBytes + 5
		}
		b := make([]byte, n)
		for k := range b {
			b[k] = byte(i + k)
		}
		want = append(want, b)
		got = append(got, s.Copy(b))
	}
	for i := range got {
		if cap(got[i]) != len(got[i]) {
			t.Fatalf("copy %d: capacity %d, length %d", i, cap(got[i]), len(got[i]))
		}
		_ = append(got[i], 0xff, 0xff)
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("copy %d differs from what was given", i)
		}
	}
}

// TestCutZeroed checks that Cut's arrays are zero, capped and disjoint,
// across a chunk's end.
func TestCutZeroed(t *testing.T) {
	var buf []uint64
	var cuts [][]uint64
	for i := range 50 {
		c := Cut(&buf, 7, 32)
		if len(c) != 7 || cap(c) != 7 {
			t.Fatalf("cut %d: length %d capacity %d", i, len(c), cap(c))
		}
		for _, v := range c {
			if v != 0 {
				t.Fatalf("cut %d not zero: %v", i, c)
			}
		}
		for k := range c {
			c[k] = uint64(i)
		}
		cuts = append(cuts, c)
	}
	for i, c := range cuts {
		for _, v := range c {
			if v != uint64(i) {
				t.Fatalf("cut %d overwritten: %v", i, c)
			}
		}
	}
}
