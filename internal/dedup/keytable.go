package dedup

import "slices"

// keyTable maps an index key to its posting (an article number, or a
// list's: see Index.put) in sorted arrays rather than a Go map: 12 bytes a
// key and a little slack, against some 26 for a map[uint64]int32 (its
// slots are 16 bytes, at most seven in eight full and half of that after
// it grows). An article files about 250 keys, most of them its own, so the
// keys are what the copy index's memory grows with.
//
// The keys are spread over keyShards shards by their top bits; a shard
// holds its keys sorted, and the latest in a short sorted tail that is
// merged into them once it grows past tailLimit: an insertion moves a
// tail's worth of entries, and a merge the shard's, once per
// tailLimit insertions. Look-ups are two binary searches. Nothing depends
// on the order of insertion but the values, so the postings are those of
// a map.
type keyTable struct {
	shards []keyShard
	n      int
}

// keyShard is one shard of a keyTable: keys and vals sorted by key, and a
// sorted tail of the keys inserted since the last merge.
type keyShard struct {
	keys  []uint64
	vals  []int32
	tkeys []uint64
	tvals []int32
}

const keyShardBits = 12

// tailLimit is the longest a shard's tail grows before it is merged: at
// least 32, and the square root of the shard, so that the moves of an
// insertion into the tail and those of a merge, shared by the tail's
// insertions, stay alike as the shard grows.
func tailLimit(n int) int {
	t := 32
	for t*t < n {
		t *= 2
	}
	return t
}

func (t *keyTable) shard(key uint64) *keyShard {
	if t.shards == nil {
		t.shards = make([]keyShard, 1<<keyShardBits)
	}
	return &t.shards[key>>(64-keyShardBits)]
}

// Len returns the number of keys.
func (t *keyTable) Len() int { return t.n }

// get returns the value of key.
func (t *keyTable) get(key uint64) (int32, bool) {
	if t.shards == nil {
		return 0, false
	}
	if v, _, _ := t.find(key); v != nil {
		return *v, true
	}
	return 0, false
}

// find returns where key's value is, or nil and, for insert, the shard
// and the place in its tail where key would go.
func (t *keyTable) find(key uint64) (v *int32, s *keyShard, at int) {
	s = t.shard(key)
	if i, ok := searchKeys(s.keys, key); ok {
		return &s.vals[i], s, 0
	}
	i, ok := slices.BinarySearch(s.tkeys, key)
	if ok {
		return &s.tvals[i], s, 0
	}
	return nil, s, i
}

// set gives key the value v, adding the key when new.
func (t *keyTable) set(key uint64, v int32) {
	if p, s, at := t.find(key); p != nil {
		*p = v
	} else {
		t.insert(s, at, key, v)
	}
}

// insert adds key, which s does not hold, with the value v at its place
// at in s's tail (as find gave it).
func (t *keyTable) insert(s *keyShard, at int, key uint64, v int32) {
	t.n++
	if lim := tailLimit(len(s.keys)); cap(s.tkeys) <= lim {
		// The tail's arrays are made once at their full length (they
		// would otherwise double past it), and again only as the
		// shard's limit grows.
		s.tkeys = append(make([]uint64, 0, lim+1), s.tkeys...)
		s.tvals = append(make([]int32, 0, lim+1), s.tvals...)
	}
	s.tkeys = slices.Insert(s.tkeys, at, key)
	s.tvals = slices.Insert(s.tvals, at, v)
	if len(s.tkeys) > tailLimit(len(s.keys)) {
		s.merge()
	}
}

// searchKeys is slices.BinarySearch(keys, key) for the sorted keys of one
// shard, which are hashes spread evenly: it starts where the key's bits
// below the shard's put it, and widens its steps from there until the key
// is bracketed, then searches that bracket. A look-up thus reads one or two
// cache lines of the shard instead of a binary search's dozen, which were
// most of what filing and looking up an article's keys cost (profile of
// copydesk dedup); keys not spread only cost the search its steps.
func searchKeys(keys []uint64, key uint64) (int, bool) {
	n := len(keys)
	if n < 16 {
		return slices.BinarySearch(keys, key)
	}
	// The guess: the fraction of the shard's range below key, times n.
	g := int((key << keyShardBits >> 32) * uint64(n) >> 32)
	lo, hi := 0, n // keys[lo-1] < key <= keys[hi], as far as known
	if keys[g] < key {
		lo = g + 1
		for step := 4; ; step *= 2 {
			if lo+step >= n {
				break
			}
			if keys[lo+step] >= key {
				hi = lo + step
				break
			}
			lo += step + 1
		}
	} else {
		hi = g
		for step := 4; ; step *= 2 {
			if hi-step < 0 {
				break
			}
			if keys[hi-step] < key {
				lo = hi - step + 1
				break
			}
			hi -= step
		}
	}
	i, ok := slices.BinarySearch(keys[lo:hi], key)
	if !ok && lo+i < n && keys[lo+i] == key {
		ok = true // key at hi
	}
	return lo + i, ok
}

// merge moves the tail into the sorted keys, merging from the end in
// place; the arrays grow by an eighth when full, so that their slack stays
// small.
func (s *keyShard) merge() {
	n, m := len(s.keys), len(s.tkeys)
	if need := n + m; need > cap(s.keys) {
		c := need + need/8
		s.keys = append(make([]uint64, 0, c), s.keys...)
		s.vals = append(make([]int32, 0, c), s.vals...)
	}
	s.keys, s.vals = s.keys[:n+m], s.vals[:n+m]
	i, j := n-1, m-1
	for k := n + m - 1; j >= 0; k-- {
		if i >= 0 && s.keys[i] > s.tkeys[j] {
			s.keys[k], s.vals[k] = s.keys[i], s.vals[i]
			i--
		} else {
			s.keys[k], s.vals[k] = s.tkeys[j], s.tvals[j]
			j--
		}
	}
	s.tkeys, s.tvals = s.tkeys[:0], s.tvals[:0]
}
