package dedup

import "math/bits"

// postLists holds the posting lists of the keys that several articles
// share (see Index.put) in fixed-size chunks of int32s rather than one Go
// slice each: a list is 8 bytes of head (where it starts, how long it is)
// and its block, against a 24-byte slice header and an allocation of its
// own. An article makes about 30 such lists on the shared-sentence corpus,
// most of two or three articles, so their heads were a quarter of the copy
// index's memory and millions of small objects for the collector to scan;
// the chunks hold no pointers.
//
// A list's block holds capOf(n) article numbers, a power of two; a full
// list moves to a block twice as large and its old block goes to the free
// blocks of its size, which the next list of that size reuses (the first
// int32 of a free block is the next free one of its size, plus one). A
// block never crosses a chunk, so a list is one slice of one chunk. Where a
// block stands changes nothing but memory: a list reads the same wherever
// it is.
type postLists struct {
	heads     []listHead
	chunks    [][]int32
	chunkBits uint      // a chunk holds 1<<chunkBits entries
	used      int32     // the entries of the last chunk in use
	free      [32]int32 // by size class, a free block's start plus one
}

// newPostLists returns empty lists of at most maxLen articles each.
func newPostLists(maxLen int) postLists {
	p := postLists{chunkBits: minChunkBits}
	for 1<<p.chunkBits < capOf(int32(min(maxLen, 1<<30))) {
		p.chunkBits++
	}
	return p
}

type listHead struct {
	at, n int32 // where the block starts (chunk<<chunkBits | offset), the articles in it
}

// minChunkBits makes chunks of 64K article numbers (256 KB): large enough
// that the space a chunk's end leaves unused is small, small enough that a
// new chunk does not add much at once.
const minChunkBits = 16

// capOf is the size of the block of a list of n articles: the least power
// of two that holds n, at least 2.
func capOf(n int32) int32 {
	if n <= 2 {
		return 2
	}
	return 1 << bits.Len32(uint32(n-1))
}

// class is the size class of a block of size c (a power of two).
func class(c int32) int { return bits.TrailingZeros32(uint32(c)) }

// newList makes a list of a and b and returns its number.
func (p *postLists) newList(a, b int32) int32 {
	at := p.alloc(2)
	blk := p.block(at, 2)
	blk[0], blk[1] = a, b
	p.heads = append(p.heads, listHead{at: at, n: 2})
	return int32(len(p.heads) - 1)
}

// get returns list i's articles: a view into a chunk, valid until the next
// add.
func (p *postLists) get(i int32) []int32 {
	h := p.heads[i]
	return p.block(h.at, h.n)
}

// len returns the number of articles in list i.
func (p *postLists) len(i int32) int32 { return p.heads[i].n }

// last returns the latest article of list i.
func (p *postLists) last(i int32) int32 {
	h := p.heads[i]
	return p.block(h.at, h.n)[h.n-1]
}

// add appends article v to list i.
func (p *postLists) add(i int32, v int32) {
	h := &p.heads[i]
	if c := capOf(h.n); h.n == c {
		at := p.alloc(2 * c)
		copy(p.block(at, c), p.block(h.at, c))
		p.release(h.at, c)
		h.at = at
	}
	p.block(h.at, h.n+1)[h.n] = v
	h.n++
}

// block returns the n entries of the block at at.
func (p *postLists) block(at, n int32) []int32 {
	c := p.chunks[at>>p.chunkBits]
	off := at & (1<<p.chunkBits - 1)
	return c[off : off+n : off+n]
}

// alloc returns the start of a free block of size c: a released one of
// that size, or the next c entries of the last chunk (a new chunk when they
// do not fit).
func (p *postLists) alloc(c int32) int32 {
	k := class(c)
	if f := p.free[k]; f != 0 {
		at := f - 1
		p.free[k] = p.block(at, 1)[0]
		return at
	}
	size := int32(1) << p.chunkBits
	if len(p.chunks) == 0 || p.used+c > size {
		p.chunks = append(p.chunks, make([]int32, size))
		p.used = 0
	}
	at := int32(len(p.chunks)-1)<<p.chunkBits | p.used
	p.used += c
	return at
}

// release gives back the block of size c at at.
func (p *postLists) release(at, c int32) {
	k := class(c)
	p.block(at, 1)[0] = p.free[k]
	p.free[k] = at + 1
}
