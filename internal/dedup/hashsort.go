package dedup

import (
	"cmp"
	"slices"
)

// sortHashesInto puts the values of src into dst (as long) sorted, for
// values that are hashes (spread evenly): see sortByHashInto.
func sortHashesInto(dst, src []uint64) {
	sortByHashInto(dst, src, func(h uint64) uint64 { return h }, cmp.Compare[uint64])
}

// sortByHashInto puts the elements of src into dst (as long) sorted by
// order, whose first criterion is the element's hash (hash), a value
// spread evenly. The elements are dealt by the top byte of their hash into
// 256 buckets in one pass, and each bucket, a few elements, is then sorted
// on its own: for the hashes of an article (shingles, stems, sentence
// anchors) a third of what pdqsort cost. A bucket of more than
// bucketInsertMax elements (a long text, or hashes that are not spread)
// is sorted with slices.SortFunc, so the cost is never worse than n log n.
func sortByHashInto[T any](dst, src []T, hash func(T) uint64, order func(a, b T) int) {
	if len(dst) != len(src) {
		panic("dedup: sortByHashInto of unequal lengths")
	}
	if len(src) < 2*bucketInsertMax {
		copy(dst, src)
		slices.SortFunc(dst, order)
		return
	}
	var start [257]int32
	for _, x := range src {
		start[hash(x)>>56+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	next := start
	for _, x := range src {
		b := hash(x) >> 56
		dst[next[b]] = x
		next[b]++
	}
	for b := range 256 {
		bucket := dst[start[b]:start[b+1]]
		if len(bucket) > bucketInsertMax {
			slices.SortFunc(bucket, order)
			continue
		}
		for i := 1; i < len(bucket); i++ {
			for j := i; j > 0 && order(bucket[j], bucket[j-1]) < 0; j-- {
				bucket[j], bucket[j-1] = bucket[j-1], bucket[j]
			}
		}
	}
}

// bucketInsertMax is the largest bucket sortByHashInto sorts by insertion.
const bucketInsertMax = 12
