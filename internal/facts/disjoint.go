package facts

// disjoint is a union-find over 0..n-1 with path halving, for grouping the
// accounts of one happening and the quotes of one statement. Callers join
// two roots by setting parent, so each keeps its own rule of which root
// stays (the lower index, or the representative it chose).
type disjoint struct{ parent []int }

func newDisjoint(n int) *disjoint {
	d := &disjoint{parent: make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

// find returns the root of i's group.
func (d *disjoint) find(i int) int {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}
