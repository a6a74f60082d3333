package cluster

// families keeps which articles are copies of which: copies and their
// originals are pinned (never re-placed alone), and each belongs to a
// family of copies (a union-find towards the least id) that splitUndated
// moves only as a whole.
type families struct {
	pinned map[string]bool
	up     map[string]string // a member towards the family's least id
	size   map[string]int    // members of a family, under its least id
}

func newFamilies() families {
	return families{pinned: map[string]bool{}, up: map[string]string{}, size: map[string]int{}}
}

// Pin keeps a copy and the article it copies in one event for good: the
// copy relation put them there. Re-placement leaves both, and splitUndated
// moves a family of copies only as a whole.
func (c *Clusterer) Pin(original, copy string) { c.copies.pin(original, copy) }

func (f *families) pin(original, copy string) {
	f.pinned[original], f.pinned[copy] = true, true
	a, b := f.root(original), f.root(copy)
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	f.up[b] = a
	f.size[a] = f.sizeOf(a) + f.sizeOf(b)
	delete(f.size, b)
}

// root returns the representative of the family of copies id belongs to
// (the least id of the family, or id itself when it has no copies).
func (f *families) root(id string) string {
	for {
		up, ok := f.up[id]
		if !ok {
			return id
		}
		if upper, ok := f.up[up]; ok {
			f.up[id] = upper // path halving
		}
		id = up
	}
}

// sizeOf is the number of members of the family whose root is root.
func (f *families) sizeOf(root string) int {
	if n, ok := f.size[root]; ok {
		return n
	}
	return 1
}
