// Package slab cuts small arrays from large shared chunks: what a store
// keeps of each of its articles (packed terms, placements, sketches) is then
// a few hundred allocations instead of one or more an article, and the
// garbage collector, which visits every live object on every cycle, visits
// those few (profiles of add at 30k-100k articles: marking was the cost that
// grew most with the store). It imports nothing.
package slab

// Cut returns the next n zero elements of the chunk *buf, capacity n (so
// appending to one never reaches the next), starting a new chunk of at
// least chunk elements when *buf has no room.
func Cut[T any](buf *[]T, n, chunk int) []T {
	if len(*buf)+n > cap(*buf) {
		*buf = make([]T, 0, max(chunk, n))
	}
	k := len(*buf)
	*buf = (*buf)[:k+n]
	return (*buf)[k : k+n : k+n]
}

// ChunkBytes is the size of a Bytes' chunks: a few hundred to a thousand
// articles' packed terms or placements.
const ChunkBytes = 1 << 18

// Bytes cuts byte strings from chunks of ChunkBytes.
type Bytes struct{ buf []byte }

// Copy returns a copy of b in the slab, its capacity its length.
func (s *Bytes) Copy(b []byte) []byte {
	dst := Cut(&s.buf, len(b), ChunkBytes)
	copy(dst, b)
	return dst
}
