package cluster

import (
	"cmp"
	"slices"
	"strings"
)

// Prepared is an item's part of the ordered step made beforehand, on any
// goroutine (Clusterer.Prepare): what depends on the item alone, and the
// numbers of its terms that the clusterer knew then. A term's number never
// changes once given, so the ordered step looks up only the terms that
// were new then (observe), and numbers the unseen ones as it always does:
// in the order of their strings, when the item is assigned. The numbers,
// and so every result, are those of an item without it.
type Prepared struct {
	owner *Clusterer // whose numbers nums are
	terms []string   // the item's terms, in the order of their strings
	ws    []float64  // their weights
	// nums are the terms' numbers, -1 for a term the clusterer had not
	// seen when the item was prepared; observe fills those in.
	nums []int32
	// byNum lists the positions of the terms that had numbers, in the
	// order of their numbers; observe appends those it numbers, whose
	// numbers come after all of these.
	byNum []int32
	form  form
}

// Prepare makes it ready for Assign (Item.Prepared): its terms (Item.Terms,
// or Terms of it) sorted by their strings, the numbers of those already
// known, and its form (the threshold it needs to join an event). It reads
// only it, the options and the term numbers, under a read lock, so any
// number of Prepare may run beside the ordered step.
func (c *Clusterer) Prepare(it Item) *Prepared {
	terms := it.Terms
	if terms == nil {
		terms = Terms(it.Lang, it.Title, it.Text)
	}
	p := &Prepared{owner: c, terms: make([]string, 0, len(terms)), form: c.formOf(it)}
	for t := range terms {
		p.terms = append(p.terms, t)
	}
	slices.SortFunc(p.terms, strings.Compare)
	p.ws, p.nums = make([]float64, len(p.terms)), make([]int32, len(p.terms))
	for i, t := range p.terms {
		p.ws[i] = terms[t]
	}
	c.terms.mu.RLock()
	for i, t := range p.terms {
		id, ok := c.terms.ids[t]
		if !ok {
			id = -1
		}
		p.nums[i] = id
	}
	c.terms.mu.RUnlock()
	p.byNum = make([]int32, 0, len(p.nums))
	for i, id := range p.nums {
		if id >= 0 {
			p.byNum = append(p.byNum, int32(i))
		}
	}
	slices.SortFunc(p.byNum, func(a, b int32) int { return cmp.Compare(p.nums[a], p.nums[b]) })
	return p
}

// prepared is it.Prepared when this clusterer made it, else nil.
func (c *Clusterer) prepared(it Item) *Prepared {
	if p := it.Prepared; p != nil && p.owner == c {
		return p
	}
	return nil
}
