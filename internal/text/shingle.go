package text

import (
	"slices"

	"github.com/zeebo/xxh3"
)

// Shingles returns the xxh3 hashes of every run of k consecutive words,
// sorted and without repeats. A text shorter than k words gives one shingle
// of all its words; no words give none. k below 1 is taken as 1.
func Shingles(words []string, k int) []uint64 {
	hs := ShingleSeq(words, k)
	slices.Sort(hs)
	return slices.Compact(hs)
}

// ShingleSeq returns the hash of the k-word shingle starting at every word
// position, in text order with repeats (len(words)-k+1 of them), so that
// shared passages can be located. Hashes equal those of Shingles.
func ShingleSeq(words []string, k int) []uint64 {
	if k < 1 {
		k = 1
	}
	if len(words) == 0 {
		return nil
	}
	if len(words) < k {
		k = len(words)
	}
	out := make([]uint64, 0, len(words)-k+1)
	var buf []byte
	for i := 0; i+k <= len(words); i++ {
		buf = buf[:0]
		for j, w := range words[i : i+k] {
			if j > 0 {
				buf = append(buf, 0x1f)
			}
			buf = append(buf, w...)
		}
		out = append(out, xxh3.Hash(buf))
	}
	return out
}
