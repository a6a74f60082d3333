package cluster

import (
	"maps"
	"slices"
	"strings"
)

// An undated report (one whose publication time is unknown) passes every
// time window, so it joins the closest event however far in time that
// event's happening lies: when two happenings of one kind (two rehab stays
// years apart, two contract offers) are reported, the undated reports of
// one can all settle, one after another, in the other's event. Time, the
// evidence that would have kept them apart, is missing; their words still
// tell. splitUndated tests each open event that has a dated core (members
// with a time) and at least splitMin undated members: seeded with the
// undated members on one side and the rest of the event on the other, it
// moves, one a round, the undated member (or family of copies) that gains
// most by changing side (it is closer to the other side than to its own
// without itself), until none would. When splitMin or more undated members,
// of two families or more, end up closer to each other than to the dated
// core, they leave together for a new event in the same story. Reports of
// the same happening, dated or not, come back to the core: they are closer
// to it than to the rest of the undated.

// splitMin is the fewest undated members that split off: two reports that
// are close to each other (an excerpt and its source) say little about a
// second happening.
const splitMin = 3

// splitRounds bounds the rounds of re-assignment in splitUndated; members
// still changing sides after them split nothing.
const splitRounds = 16

// openEvents are the events, in id order, that hold an open article (one
// Refine may move) of which test holds.
func (c *Clusterer) openEvents(open map[string]bool, test func(*placed) bool) []string {
	evs := map[string]bool{}
	for id := range open {
		if p := c.refine.placed[id]; p != nil && test(p) {
			evs[c.resolve(c.articles[id])] = true
		}
	}
	return slices.Sorted(maps.Keys(evs))
}

// splitUndated splits the open events as above and returns the articles
// that moved, event by event in id order.
func (c *Clusterer) splitUndated(open map[string]bool) []string {
	var moved []string
	for _, id := range c.openEvents(open, func(p *placed) bool { return !p.titleOnly && p.time.IsZero() }) {
		g := c.events[id]
		if g == nil || g.first.IsZero() {
			continue
		}
		apart, sims := c.undatedApart(g, func(m string) bool { return open[m] })
		if len(apart) < splitMin {
			continue
		}
		ng := c.newGroup("e" + strings.TrimPrefix(apart[0], "a"))
		for c.events[ng.id] != nil || c.merged[ng.id] != "" {
			ng.id += "x"
		}
		ng.story = g.story
		c.events[ng.id] = ng
		st := c.stories[g.story]
		st.events = append(st.events, ng.id)
		c.refine.changed[g], c.refine.changed[ng] = true, true
		moved = append(moved, c.moveApart(g, ng, apart, sims, Replacement{From: g.id, Undated: true})...)
	}
	return moved
}

// joinUndated moves the undated reports of a dated event to an event of
// undated reports in its story that they are closer to than to the event's
// dated core, and returns them, event by event in id order. Which event an
// undated report joins on arrival depends on what is there when it comes:
// arriving before its kind was split off, it settles in the dated event of
// whichever happening of the story is closest, and when too few of its kind
// settle there to split off on their own (splitMin), nothing took it back.
// Now each open event with a dated core and open undated members (families
// of copies all undated, as splitUndated moves them) looks, among the
// candidates of those members' summed terms, for the closest event of its
// story with no dated member and at least splitMin members, and
// re-divides its undated members between the two as splitUndated does,
// that event's articles on the side of the undated.
func (c *Clusterer) joinUndated(open map[string]bool) []string {
	var moved []string
	for _, id := range c.openEvents(open, func(p *placed) bool { return !p.titleOnly && p.time.IsZero() }) {
		g := c.events[id]
		if g == nil || g.first.IsZero() {
			continue
		}
		units := c.unitsOf(c.members[g.id], func(m string, p *placed) bool {
			return !p.titleOnly && p.time.IsZero() && open[m]
		})
		if len(units) == 0 {
			continue
		}
		all := vector{}
		for _, u := range units {
			u.q = c.terms.query(u.v)
			for t, w := range u.v {
				all[t] += w
			}
		}
		q := c.terms.query(all)
		to, _ := c.closest(c.candidates(c.evPost, c.events, q, maxCandidates), c.events,
			func(h *group) bool {
				return h != g && h.story == g.story && h.first.IsZero() && h.size >= splitMin
			},
			func(h *group) float64 { return c.cosine(q, h) })
		if to == nil || !c.anyCloser(units, g, to) {
			continue
		}
		apart := make([]bool, len(units))
		for i := range apart {
			apart[i] = true
		}
		sims, _, _, settled := c.twoSides(g, to, units, apart, false)
		if !settled {
			continue
		}
		ms, msims := apartInOrder(c.members[g.id], units, apart, sims)
		for i, m := range ms {
			p := c.refine.placed[m]
			if _, ok := c.refine.replaced[m]; !ok {
				c.refine.replaced[m] = Replacement{From: g.id, Undated: true}
			}
			c.move(m, p, c.refine.sorted(p), g, to, msims[i])
		}
		if len(ms) > 0 {
			c.refine.changed[g], c.refine.changed[to] = true, true
			moved = append(moved, ms...)
		}
	}
	return moved
}

// anyCloser reports whether one of the units (members of g) is closer to
// event to than to the rest of g: the re-division that joinUndated would
// run moves nothing otherwise, as a rule, and most events that hold an
// undated report keep it, so they cost two comparisons a unit, not the
// rounds of a re-division.
func (c *Clusterer) anyCloser(units []*unit, g, to *group) bool {
	for _, u := range units {
		if c.cosineGroup(u.q, to) > c.simWithout(u.q, u.v, g) {
			return true
		}
	}
	return false
}

// moveApart moves the members apart (with the similarity of each to its
// new side, sims) from event g to the new event ng, each recorded as
// replaced by rep unless a pass before moved it, and returns them. The
// first to arrive opened ng: it joined nothing.
func (c *Clusterer) moveApart(g, ng *group, apart []string, sims []float64, rep Replacement) []string {
	for i, m := range apart {
		p := c.refine.placed[m]
		if _, ok := c.refine.replaced[m]; !ok {
			c.refine.replaced[m] = rep
		}
		c.move(m, p, c.refine.sorted(p), g, ng, sims[i])
	}
	ng.joinSim -= sims[0]
	ng.joins--
	c.refine.placed[apart[0]].sim = 0
	return apart
}

// undatedApart runs the two-sided re-assignment of splitUndated on event g
// for its undated members that pass ok, and returns those that end up
// apart from the rest of g (in member order) with the similarity of each
// to the others apart, or nothing when fewer than splitMin do or g has no
// more than one member left on its dated side. A family of copies moves as
// one (its summed terms), and only when all of it is undated, in g and
// passes ok; two or more units must end up apart, since one report and its
// copies say little about a second happening.
func (c *Clusterer) undatedApart(g *group, ok func(string) bool) ([]string, []float64) {
	units := c.unitsOf(c.members[g.id], func(m string, p *placed) bool {
		return !p.titleOnly && p.time.IsZero() && ok(m)
	})
	n := 0
	for _, u := range units {
		n += len(u.members)
	}
	if len(units) < 2 || n < splitMin || g.size-n < 2 {
		return nil, nil
	}
	for _, u := range units {
		u.q = c.terms.query(u.v)
	}
	apart := make([]bool, len(units))
	for i := range apart {
		apart[i] = true
	}
	sims, _, _, settled := c.twoSides(g, nil, units, apart, false)
	if !settled {
		return nil, nil
	}
	return apartInOrder(c.members[g.id], units, apart, sims)
}

// apartInOrder returns the members of the units marked in apart, in the
// order of members (so that a new event's id is its first arrival's),
// with the similarity of each unit to its side.
func apartInOrder(members []string, units []*unit, apart []bool, sims []float64) ([]string, []float64) {
	sim := map[string]float64{}
	for i, x := range units {
		if apart[i] {
			for _, m := range x.members {
				sim[m] = sims[i]
			}
		}
	}
	var out []string
	var outSims []float64
	for _, m := range members {
		if s, ok := sim[m]; ok {
			out, outSims = append(out, m), append(outSims, s)
		}
	}
	return out, outSims
}

// unit is a family of copies among an event's members (or one member),
// with its summed terms, that changes side as one in twoSides.
type unit struct {
	members []string
	v       vector
	q       query
}

// unitsOf gathers the members that pass keep into units, a family of
// copies into one, dropping a family not all of whose members are among
// them (a family moves only as a whole). Anchors are left out: within one
// event they would count one language's terms twice.
func (c *Clusterer) unitsOf(members []string, keep func(string, *placed) bool) []*unit {
	var units []*unit
	byFamily := map[string]*unit{}
	for _, m := range members {
		p := c.refine.placed[m]
		if p == nil || !keep(m, p) {
			continue
		}
		root := c.copies.root(m)
		u := byFamily[root]
		if u == nil {
			u = &unit{v: vector{}}
			byFamily[root] = u
			units = append(units, u)
		}
		u.members = append(u.members, m)
		c.refine.eachTerm(p, func(t int32, w float64) {
			if !c.terms.anchor(t) {
				u.v[t] += w
			}
		})
	}
	return slices.DeleteFunc(units, func(u *unit) bool {
		return len(u.members) < c.copies.sizeOf(c.copies.root(u.members[0]))
	})
}

// twoSides re-divides event g between a side (the units marked in apart,
// which it updates, with the articles of event base when base is not nil)
// and its core (the rest of g, units or not): one round
// at a time, the unit that gains most by changing side (it is closer to
// the other side than to its own without itself) changes side, or with
// all set every unit that gains does, until none would. It returns each unit's similarity to its own side without itself
// and the two sides as clusters, or false when the side falls under two
// units or splitMin members (without base; with it, under one unit), the
// core under two members, or the units are still changing sides after
// splitRounds.
func (c *Clusterer) twoSides(g, base *group, units []*unit, apart []bool, all bool) (sims []float64, side, core *group, ok bool) {
	sims = make([]float64, len(units))
	var baseV vector
	if base != nil {
		baseV = vector{}
		base.sum.inOrder(func(t int32, w float64) { baseV[t] = w })
	}
	for range splitRounds {
		sideV, unitsV := maps.Clone(baseV), vector{}
		if sideV == nil {
			sideV = unitsV
		}
		size, k := 0, 0
		for i, x := range units {
			if apart[i] {
				for t, w := range x.v {
					unitsV[t] += w
					if base != nil {
						sideV[t] += w
					}
				}
				size += len(x.members)
				k++
			}
		}
		if base == nil && (k < 2 || size < splitMin) || k < 1 || g.size-size < 2 {
			return nil, nil, nil, false
		}
		side, core = &group{sum: *sumsOf(sideV)}, &group{sum: *rest(&g.sum, unitsV)}
		side.size, core.size = size, g.size-size
		if base != nil {
			side.size += base.size
		}
		// One unit changes side a round, the one that gains most: with
		// every unit moving at once, a stray member on the side (a
		// report of the core's happening that lacks a date) would drag
		// the others back with it.
		worst, gain := -1, 0.0
		var gainers []int
		for i, x := range units {
			own, other := core, side
			if apart[i] {
				own, other = side, core
			}
			in, out := c.simWithout(x.q, x.v, own), c.cosineGroup(x.q, other)
			if out > in {
				gainers = append(gainers, i)
			}
			if out-in > gain {
				worst, gain = i, out-in
			}
			sims[i] = in
		}
		if worst < 0 {
			return sims, side, core, true
		}
		if !all {
			gainers = []int{worst}
		}
		for _, i := range gainers {
			apart[i] = !apart[i]
		}
	}
	return nil, nil, nil, false
}

// rest is the centroid s less v, the terms it leaves at 1e-9 or less
// dropped: sumsOf of that difference, built in one walk of s's terms in
// order (its sorted run merged with its fresh one) rather than through a
// map of the event's every term at each round of twoSides.
func rest(s *sums, v vector) *sums {
	n := s.len()
	out := &sums{ids: make([]int32, 0, n), ws: make([]float64, 0, n)}
	keep := func(t int32, w float64) {
		if r := w - v[t]; r > 1e-9 {
			out.ids, out.ws = append(out.ids, t), append(out.ws, r)
		}
	}
	s.inOrder(keep)
	return out
}

// mergeUndated folds each open event of undated reports (no dated member)
// into the event of undated reports of its story that is closest to it,
// when that one is at least as large, their centroids' cosine reaches
// undatedMergeThreshold, the story has a dated member, and the event is
// closer to it than to any dated event of the story: the undated kind of
// a story against its dated core, as splitUndated and joinUndated judge
// it. The undated reports of one happening that arrived before their kind
// had gathered stay apart otherwise, since small events rarely reach a
// merge check. In a story with nothing dated, two undated events are as
// likely two happenings of one kind, and nothing merges within it; but an
// event of such a story (an orphan: undated reports that, arriving before
// their kind had gathered, shared too little with any story to join one)
// folds the same way into the event of undated reports of another story
// that has a dated member, the orphan going to that story: undated reports
// of one happening are found in a story of dated ones, so a pile where
// nothing is dated still merges nothing. It returns the articles that
// moved, event by event in id order.
func (c *Clusterer) mergeUndated(open map[string]bool) []string {
	var moved []string
	for _, id := range c.openEvents(open, func(p *placed) bool { return !p.titleOnly && p.time.IsZero() }) {
		g := c.events[id]
		if g == nil || !g.first.IsZero() {
			continue
		}
		orphan := c.stories[g.story].first.IsZero()
		if orphan && c.latest.IsZero() {
			continue // nothing is dated: no story has a dated member
		}
		q := c.terms.groupQuery(g)
		cands := c.candidates(c.evPost, c.events, q, maxCandidates)
		sim := func(h *group) float64 { return c.cosineGroup(q, h) }
		to, s := c.closest(cands, c.events, func(h *group) bool {
			if h == g || !h.first.IsZero() || h.size < g.size {
				return false
			}
			if orphan {
				return h.story != g.story && !c.stories[h.story].first.IsZero()
			}
			return h.story == g.story
		}, sim)
		if to == nil || s < undatedMergeThreshold {
			continue
		}
		if _, d := c.closest(cands, c.events, func(h *group) bool {
			return h.story == to.story && !h.first.IsZero()
		}, sim); d >= s {
			continue
		}
		// An orphan goes to the other story's event, whatever their ages:
		// the older surviving would take that event out of its story.
		into, gone := to, g
		if !orphan && gone.seq < into.seq {
			into, gone = gone, into
		}
		ms := slices.Clone(c.members[gone.id])
		c.absorb(into, gone)
		for _, m := range ms {
			if _, ok := c.refine.replaced[m]; !ok {
				c.refine.replaced[m] = Replacement{From: gone.id, Merged: true, Undated: true}
			}
		}
		c.refine.changed[into] = true
		moved = append(moved, ms...)
	}
	return moved
}

// undatedMergeThreshold: see mergeUndated. Chosen on the ECB+ tune half
// (events F1 0.934 at 0.3 and off, 0.938 at 0.25 down to 0.1, precision
// 0.987 throughout): the short undated reports of one happening meet at
// cosines of 0.19 to 0.30.
const undatedMergeThreshold = 0.2

// joinLoneUndated moves each open lone undated report (the only article of
// its event) to the event of undated reports it is closest to, among
// those of several articles in a story with a dated member, when it is
// Options.RefineFactor of its own threshold close to it and loneRatio
// times closer than to any other event, dated or not, lone or not. The lone
// step judged it earlier against the event's cohesion and against the
// events as they were: the short undated reports of one happening (ECB's
// one-sentence snippets) are closer to one another than a lone snippet is
// to them (a cohesion of 0.55 asks 0.22 of it), and a rival that was
// another lone snippet of the same kind has joined the event since. So an
// event of undated reports asks no more of a lone one than an event of one
// article would, and each is judged against the events as the ones
// before it left them, in arrival order: as recluster's average link
// asks less of a close-knit cluster, not more (it joins such snippets),
// online, at one candidate search for each open lone undated report, and
// none where nothing is dated. Dated events are left
// to the lone step (a dated report of a topic's other happening is as
// close to an undated event of the other kind), and in a pile where
// nothing is dated no story has a dated member. Chosen on the ECB+ tune
// half: it gathers the climber's two lone snippets (0.195 and 0.136 of
// their kind's event, whose cohesion 0.55 asked 0.22 of them) and nothing
// else. It returns the articles that moved, in arrival order.
func (c *Clusterer) joinLoneUndated(open map[string]bool) []string {
	if c.latest.IsZero() {
		return nil // nothing is dated
	}
	var moved []string
	for _, id := range c.refine.order {
		if p := c.refine.placed[id]; !open[id] || p == nil || !p.time.IsZero() {
			continue
		}
		if pl, ok := c.closer(id, true, true); ok {
			c.apply(pl)
			moved = append(moved, id)
		}
	}
	return moved
}
