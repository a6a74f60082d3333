package cluster

import (
	"cmp"
	"slices"
	"strings"
)

// A headline joins the closest event at a low similarity
// (Options.TitleEventThreshold: a few words that agree say much), so
// which event it joins depends on what has arrived before it. When the
// first headline of a story ("Pizza chain files for bankruptcy") arrives
// while only another story's event shares its words ("Exchange files for
// bankruptcy"), it joins that event, and the next headlines of its story,
// closest to the event that now holds one of theirs, follow it: the two
// stories are one event for good, where in another order they would have
// stayed two, since two events of headlines merge only when their
// centroids pass Options.TitleMergeThreshold. splitHeadlines takes that
// back when Refine runs: an open event of headlines is re-divided as
// splitUndated divides undated reports, seeded with the members that
// carry one of its names on one side and the rest on the other (each of
// the event's headSeeds commonest names carried by at least splitMin
// members and at most half of them, tried in turn); when the two sides
// settle with centroids further apart than the threshold at which they
// would have merged, the side leaves for an event and a story of its
// own. An event's own story does not come apart this way: the pieces of
// one story share its words, and their centroids pass the threshold.

// headSeeds is how many names seed a headline split, the commonest first.
const headSeeds = 3

// headMembers bounds the members of an event that a headline split
// re-divides: its latest ones, so that the cost of a split does not grow
// with the event.
const headMembers = 256

// splitHeadlines splits the open events of headlines as above and returns
// the articles that moved, event by event in id order.
func (c *Clusterer) splitHeadlines(open map[string]bool) []string {
	threshold := c.opts.HeadlineSplitThreshold
	if threshold <= 0 || c.opts.RefineFactor < 0 {
		return nil
	}
	var moved []string
	for _, id := range c.openEvents(open, func(p *placed) bool { return p.titleOnly }) {
		g := c.events[id]
		if g == nil || g.size < 2*splitMin || !c.headlines(g) {
			continue
		}
		apart, sims := c.headlinesApart(g, threshold)
		if len(apart) == 0 {
			continue
		}
		ng := c.newGroup("e" + strings.TrimPrefix(apart[0], "a"))
		for c.events[ng.id] != nil || c.merged[ng.id] != "" {
			ng.id += "x"
		}
		ns := c.newGroup("s" + strings.TrimPrefix(apart[0], "a"))
		for c.stories[ns.id] != nil || c.merged[ns.id] != "" {
			ns.id += "x"
		}
		ng.story, ns.events = ns.id, []string{ng.id}
		c.events[ng.id], c.stories[ns.id] = ng, ns
		c.refine.changed[g], c.refine.changed[ng] = true, true
		moved = append(moved, c.moveApart(g, ng, apart, sims, Replacement{From: g.id, FromStory: g.story, Apart: true})...)
	}
	return moved
}

// headlinesApart re-divides event g of headlines (see splitHeadlines) and
// returns the members that leave it, in member order, with the similarity
// of each to its new side, or nothing.
func (c *Clusterer) headlinesApart(g *group, threshold float64) ([]string, []float64) {
	ms := c.members[g.id]
	units := c.unitsOf(ms[max(0, len(ms)-headMembers):], func(_ string, p *placed) bool { return p.titleOnly })
	if len(units) < 2*splitMin {
		return nil, nil
	}
	// The names the units carry, by how many carry each.
	carriers := map[int32]int{}
	for _, u := range units {
		u.q = c.terms.query(u.v)
		for t := range u.v {
			if c.terms.kind[t]&kindName != 0 {
				carriers[t]++
			}
		}
	}
	var seeds []int32
	for t, n := range carriers {
		if n >= splitMin && 2*n <= len(units) {
			seeds = append(seeds, t)
		}
	}
	slices.SortFunc(seeds, func(a, b int32) int {
		if d := cmp.Compare(carriers[b], carriers[a]); d != 0 {
			return d
		}
		return strings.Compare(c.terms.strs[a], c.terms.strs[b])
	})
	var best []bool
	var bestSims []float64
	bestSim := threshold
	for _, t := range seeds[:min(len(seeds), headSeeds)] {
		apart := make([]bool, len(units))
		for i, u := range units {
			apart[i] = u.v[t] > 0
		}
		sims, side, core, ok := c.twoSides(g, nil, units, apart, true)
		if !ok || core.size < splitMin {
			continue
		}
		if s := c.cosineGroup(c.terms.groupQuery(side), core); s < bestSim {
			best, bestSims, bestSim = apart, sims, s
		}
	}
	if best == nil {
		return nil, nil
	}
	// The event keeps its first member, and with it its id, when the
	// other side can leave whole (all of it among the units).
	n := 0
	for _, u := range units {
		n += len(u.members)
	}
	if n == g.size {
		for i, u := range units {
			if slices.Contains(u.members, ms[0]) && best[i] {
				for j := range best {
					best[j] = !best[j]
				}
				break // each unit's similarity to its own side stands
			}
		}
	}
	return apartInOrder(ms, units, best, bestSims)
}

// attachHeadlines merges each open event of at most attachTitleMax
// mostly title-only items into the larger event it is closest to, when
// their centroids' cosine reaches attachShare of Options.TitleMergeThreshold
// and is attachLead times the cosine to any other event: recluster's
// attachment (see agglomerate), online. A few headlines that rewrite one
// another (a wire headline and its updates) join each other on arrival, and
// their event then meets the merge test's cohesion, which their closeness
// to each other sets high, only when their story's event was there first;
// in another order they stay apart from it. Each event is judged against
// the events as they were before any of them moved, so that an event grown
// by one attachment does not draw in the next. It returns the articles
// that moved.
func (c *Clusterer) attachHeadlines(open map[string]bool) []string {
	t := c.opts.TitleMergeThreshold
	if t <= 0 || c.opts.RefineFactor < 0 {
		return nil
	}
	type attach struct{ g, to *group }
	var moves []attach
	for _, id := range c.openEvents(open, func(p *placed) bool { return p.titleOnly }) {
		g := c.events[id]
		if g == nil || g.size > attachTitleMax || !c.headlines(g) {
			continue
		}
		q := c.terms.groupQuery(g)
		var best *group
		var bestS, second float64
		var hs []*group
		for _, hid := range c.candidates(c.evPost, c.events, q, mergeCandidates) {
			if h := c.events[hid]; h != nil && h != g && overlap(g, h, c.opts.EventWindow) {
				c.ready(h)
				hs = append(hs, h)
			}
		}
		for i, s := range scores(hs, func(h *group) float64 { return c.cosine(q, h) }) {
			h := hs[i]
			if h.size <= attachTitleMax {
				second = max(second, s)
				continue
			}
			if s > bestS || s == bestS && best != nil && h.seq < best.seq {
				if best != nil {
					second = max(second, bestS)
				}
				best, bestS = h, s
			} else {
				second = max(second, s)
			}
		}
		if best != nil && bestS >= attachShare*t && bestS >= attachLead*second {
			moves = append(moves, attach{g, best})
		}
	}
	var moved []string
	for _, m := range moves {
		ms := slices.Clone(c.members[m.g.id])
		c.absorb(m.to, m.g)
		for _, id := range ms {
			if _, ok := c.refine.replaced[id]; !ok {
				c.refine.replaced[id] = Replacement{From: m.g.id, Merged: true}
			}
		}
		c.refine.changed[m.to] = true
		moved = append(moved, ms...)
	}
	return moved
}
