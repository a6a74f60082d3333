package cluster

import (
	"math"
	"slices"
	"strings"
	"time"
)

// An article's first placement is made against clusters that are still
// small: an early report may open an event of its own for want of a better
// one, or join the event of a similar happening before its own exists. Once
// the input runs dry (the end of an add, or an empty queue) Refine
// re-places the articles of the open events against the events as they
// have grown, in this order:
//
//  1. a lone article (the only one of its event) goes to the closest event
//     of several articles when it is close enough to it:
//     Options.RefineFactor times both the threshold it missed and the
//     event's cohesion (how close its members were when they joined), and
//     loneRatio times closer than to any other event. Lone articles are
//     judged against the events as they were before any of them moved.
//     Without these guards a grown event would draw in reports that merely
//     share common words, and grow less particular with each, chaining
//     unrelated reports into one event;
//  2. each open event merges with its closest neighbour when the two pass
//     the merge test an event meets when it grows (see mergeClosest);
//  3. the undated reports of an event that stand apart from its dated core
//     leave it together for an event of their own (see splitUndated);
//  4. a member of an event goes to another event that is closer to it than
//     the rest of its own event is, pass after pass in the order the
//     articles arrived until nothing moves (at most refinePasses).
//
// Copies and the articles they copy (see Pin) stay together: steps 1 and 4
// leave them, and step 3 moves a family of copies only as a whole. Title-only
// items, whose few words make a poor second judgement, move only with their
// event in a merge. Events keep their ids; an event left empty is gone, as
// after a merge.

// placed is what Refine needs of an article: its terms (interned), time,
// the threshold of its form and the similarity with which it joined.
type placed struct {
	terms []int32
	w     []float32
	time  time.Time
	title string // for the title of an event it may open when split off
	bar   float32
	sim   float32
}

func (c *Clusterer) intern(t string) int32 {
	if id, ok := c.termID[t]; ok {
		return id
	}
	id := int32(len(c.termStr))
	c.termID[t] = id
	c.termStr = append(c.termStr, t)
	return id
}

// keep records an article for Refine, unless it is title-only. A pinned
// article (a copy or one copied) is kept too, for splitUndated, which moves
// copies together; the other re-placements leave it where it is.
func (c *Clusterer) keep(it Item, v vector, sim float64) {
	if c.opts.RefineFactor < 0 || titleOnly(it) {
		return
	}
	p := &placed{terms: make([]int32, 0, len(v)), w: make([]float32, 0, len(v)), time: it.Time,
		title: it.Title, bar: float32(c.eventThreshold(it)), sim: float32(sim)}
	keys := make([]string, 0, len(v))
	for t := range v {
		keys = append(keys, t)
	}
	slices.Sort(keys)
	for _, t := range keys {
		p.terms = append(p.terms, c.intern(t))
		p.w = append(p.w, float32(v[t]))
	}
	c.placed[it.ID] = p
	c.order = append(c.order, it.ID)
}

func (c *Clusterer) vectorOf(p *placed) vector {
	v := make(vector, len(p.terms))
	for i, id := range p.terms {
		v[c.termStr[id]] = float64(p.w[i])
	}
	return v
}

// Unrefined marks a restored article as placed since the last Refine, so
// that the next Refine reconsiders its event even when the event is old: a
// reopened clusterer does not know what the last pass of the process that
// placed the article covered. It does not make Refine due: only an
// assignment does, so that reopening a store and adding nothing new changes
// nothing.
func (c *Clusterer) Unrefined(article string) {
	if ev := c.EventOf(article); ev != "" {
		c.touched[ev] = true
	}
}

// EventWindow is the event window in effect (Options.EventWindow or its
// default).
func (c *Clusterer) EventWindow() time.Duration { return c.opts.EventWindow }

// Pin keeps a copy and the article it copies in one event for good: the
// copy relation put them there. Re-placement leaves both, and splitUndated
// moves a family of copies only as a whole.
func (c *Clusterer) Pin(original, copy string) {
	c.pinned[original], c.pinned[copy] = true, true
	a, b := c.family(original), c.family(copy)
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	c.families[b] = a
	c.familySize[a] = c.familySizeOf(a) + c.familySizeOf(b)
	delete(c.familySize, b)
}

// family returns the representative of the family of copies id belongs to
// (the least id of the family, or id itself when it has no copies).
func (c *Clusterer) family(id string) string {
	for {
		up, ok := c.families[id]
		if !ok {
			return id
		}
		if upper, ok := c.families[up]; ok {
			c.families[id] = upper // path halving
		}
		id = up
	}
}

func (c *Clusterer) familySizeOf(root string) int {
	if n, ok := c.familySize[root]; ok {
		return n
	}
	return 1
}

// Refine re-places the articles (see above), in the order they arrived, and
// returns those that moved, in that order; EventOf tells where each went. It
// does nothing when no article was assigned since the last pass, so that the
// caller can run it whenever its input runs dry.
func (c *Clusterer) Refine() []string {
	if c.opts.RefineFactor < 0 || !c.dirty {
		return nil
	}
	c.dirty = false
	defer clear(c.touched)
	// Lengths cached under older document frequencies would skew the
	// comparison of an article's own event with the others.
	for _, g := range c.events {
		g.normDocs = 0
	}
	var moved []string
	seen := map[string]bool{}
	record := func(id string) {
		if !seen[id] {
			seen[id] = true
			moved = append(moved, id)
		}
	}
	c.replaced = map[string]Replacement{}
	c.order = slices.DeleteFunc(c.order, func(id string) bool { return c.placed[id] == nil })
	open := c.openArticles()
	// Lone articles first, each judged against the events as they were
	// before any of them moved: an event that takes in lone articles grows
	// less particular, and judged one by one it would draw in more.
	var lone []placement
	for _, id := range c.order {
		if !open[id] {
			continue
		}
		if pl, ok := c.closer(id, true); ok {
			lone = append(lone, pl)
		}
	}
	c.changed = map[*group]bool{}
	for _, pl := range lone {
		c.apply(pl)
		record(pl.id)
	}
	// Then the open events that have come close to another merge, as they
	// would have had they grown to it; and the undated reports that stand
	// apart from their event's dated core leave it together, which also
	// takes back what such a merge glued wrongly.
	for _, id := range c.mergeOpen(open) {
		record(id)
	}
	for _, id := range c.splitUndated(open) {
		record(id)
	}
	// Then members, pass after pass, as each move changes two centroids:
	// after the first, only in the events the last pass changed.
	for pass := 0; pass < refinePasses; pass++ {
		n := len(moved)
		last := c.changed
		c.changed = map[*group]bool{}
		for _, id := range c.order {
			if !open[id] || pass > 0 && !last[c.events[c.resolve(c.articles[id])]] {
				continue
			}
			if pl, ok := c.closer(id, false); ok {
				c.apply(pl)
				record(id)
			}
		}
		if len(moved) == n {
			break
		}
	}
	return moved
}

// openArticles returns the articles Refine reconsiders: those of events
// still open (undated, active within Options.EventWindow of the latest
// article, or given an article since the last Refine), at most
// refineMembers of each, the latest to arrive. The rest settled in earlier
// passes, and leaving them keeps the cost of a pass bounded by the flow of
// news rather than the size of the store.
func (c *Clusterer) openArticles() map[string]bool {
	open := map[string]bool{}
	for _, g := range c.events {
		if !g.last.IsZero() && g.last.Before(c.latest.Add(-c.opts.EventWindow)) && !c.touched[g.id] {
			continue
		}
		members := c.members[g.id]
		for _, id := range members[max(0, len(members)-refineMembers):] {
			open[id] = true
		}
	}
	return open
}

// refineMembers bounds how many of an open event's members Refine
// reconsiders: its latest ones.
const refineMembers = 64

// refinePasses bounds the passes of Refine: a move changes two centroids,
// which can make other moves worthwhile, and a few passes settle it.
const refinePasses = 4

// placement is a move Refine decided: article id (its vector v) from
// event own to event to, with similarity sim.
type placement struct {
	id      string
	p       *placed
	v       vector
	own, to *group
	sim     float64
}

// closer finds the event article id should move to: among lone articles
// (the only one of their event) when lone is true, else among members of
// events of several. ok is false when the article stays.
func (c *Clusterer) closer(id string, lone bool) (placement, bool) {
	p := c.placed[id]
	own := c.events[c.resolve(c.articles[id])]
	if p == nil || own == nil || c.pinned[id] || (own.size == 1) != lone {
		return placement{}, false
	}
	v := c.vectorOf(p)
	q := c.query(v)
	var stay float64 // what another event must beat
	if !lone {
		stay = c.simWithout(q, v, own)
	}
	best, bestSim := own, stay
	var sims map[*group]float64 // for a lone article, every candidate's
	if lone {
		sims = map[*group]float64{}
	}
	for _, eid := range c.candidates(c.evPost, q, maxCandidates) {
		h := c.events[eid]
		if h == nil || h == own || !inWindow(p.time, h, c.opts.EventWindow) {
			continue
		}
		s := c.cosineGroup(q, h)
		if lone {
			sims[h] = s
			// A lone article joins only an event of several articles, and
			// only as close to it as a share of its members were.
			if h.size < 2 || s < c.opts.RefineFactor*max(float64(p.bar), h.cohesion()) {
				continue
			}
		}
		if s > bestSim || (s == bestSim && best != own && h.id < best.id) {
			best, bestSim = h, s
		}
	}
	if best == own {
		return placement{}, false
	}
	if lone {
		// A rival nearly as close blocks the move, unless it is so close
		// to best that the two are one happening in pieces.
		for h, s := range sims {
			if h != best && bestSim < loneRatio*s && c.cosineGroup(c.query(h.sum), best) < c.opts.EventThreshold {
				return placement{}, false
			}
		}
	}
	return placement{id: id, p: p, v: v, own: own, to: best, sim: bestSim}, true
}

// apply makes a move closer decided.
func (c *Clusterer) apply(pl placement) {
	if _, ok := c.replaced[pl.id]; !ok {
		c.replaced[pl.id] = Replacement{From: pl.own.id, Alone: pl.own.size == 1}
	}
	c.changed[pl.own], c.changed[pl.to] = true, true
	c.move(pl.id, pl.p, pl.v, pl.own, pl.to, pl.sim)
}

// simWithout is cosineGroup of an article's query q with g's centroid less
// the article's own vector v: how close it is to the rest of its event.
func (c *Clusterer) simWithout(q query, v vector, g *group) float64 {
	c.refresh(g)
	n := [3]float64{g.norm * g.norm, g.nameNorm * g.nameNorm, g.titleNorm * g.titleNorm}
	var dot [3]float64
	for t, w := range v {
		i2 := c.idf(t)
		i2 *= i2
		s := g.sum[t]
		r := max(s-w, 0)
		k := 0
		switch {
		case strings.HasPrefix(t, "@"):
			k = 1
		case strings.HasPrefix(t, "^"):
			k = 2
		}
		d := (r*r - s*s) * i2
		n[0] += d
		dot[0] += q.all[t] * r
		if k > 0 {
			n[k] += d
			dot[k] += q.all[t] * r
		}
	}
	qn := [3]float64{q.norm, q.namesNorm, q.titleNorm}
	var cos [3]float64
	for k := range cos {
		if qn[k] > 0 && n[k] > 1e-12 {
			cos[k] = dot[k] / (qn[k] * math.Sqrt(n[k]))
		}
	}
	return c.mix(cos[0], cos[1], cos[2])
}

// move takes article id (its vector v) out of event from into event to,
// with their stories, retiring from (and its story) when left empty.
func (c *Clusterer) move(id string, p *placed, v vector, from, to *group, sim float64) {
	it := Item{ID: id, Time: p.time, Title: p.title}
	c.takeOut(from, v)
	if p.sim > 0 {
		// It joined from (the article that opened an event has no
		// similarity to it and never counted in its cohesion).
		from.joinSim -= float64(p.sim)
		from.joins--
	}
	c.members[from.id] = slices.DeleteFunc(c.members[from.id], func(x string) bool { return x == id })
	fromStory, toStory := c.stories[from.story], c.stories[to.story]
	c.takeOut(fromStory, v)
	c.addTo(to, it, v, c.evPost)
	c.addTo(toStory, it, v, c.stPost)
	to.joinSim += sim
	to.joins++
	p.sim = float32(sim)
	c.members[to.id] = append(c.members[to.id], id)
	c.articles[id] = to.id
	if from.size > 0 {
		c.respan(from)
		c.respan(fromStory)
		return
	}
	delete(c.events, from.id)
	delete(c.members, from.id)
	c.merged[from.id] = to.id
	fromStory.events = slices.DeleteFunc(fromStory.events, func(x string) bool { return x == from.id })
	if len(fromStory.events) == 0 {
		delete(c.stories, fromStory.id)
		c.merged[fromStory.id] = toStory.id
	} else {
		c.respan(fromStory)
	}
}

// takeOut subtracts v from g's centroid.
func (c *Clusterer) takeOut(g *group, v vector) {
	for t, w := range v {
		if g.sum[t] -= w; g.sum[t] <= 1e-9 {
			delete(g.sum, t)
		}
	}
	g.size--
	g.normDocs = 0
}

// respan recomputes an event's time span from its members' times, or a
// story's from its events', after an article left it. Members refine does
// not track (copies, title-only items) keep the span they gave.
func (c *Clusterer) respan(g *group) {
	if g.events != nil {
		g.first, g.last = time.Time{}, time.Time{}
		for _, id := range g.events {
			if ev := c.events[id]; ev != nil {
				mergeSpan(g, ev)
			}
		}
		return
	}
	var first, last time.Time
	for _, m := range c.members[g.id] {
		p := c.placed[m]
		if p == nil {
			return
		}
		if !p.time.IsZero() && (first.IsZero() || p.time.Before(first)) {
			first = p.time
		}
		if p.time.After(last) {
			last = p.time
		}
	}
	g.first, g.last = first, last
}

// Replacement says why Refine moved an article.
type Replacement struct {
	From  string // the event it left (the first, if it moved twice)
	Alone bool   // it was the only article of From
	// Undated: it left From with the other undated reports that stand
	// apart from From's dated core (see splitUndated).
	Undated bool
	// Merged: its event From merged into this one once events had settled.
	Merged     bool
	Similarity float64
	Shared     []string      // the terms it shares most with its new event
	Gap        time.Duration // to the new event's nearest edge
}

// Replaced returns why the last Refine moved article, or false when it did
// not move it.
func (c *Clusterer) Replaced(article string) (Replacement, bool) {
	r, ok := c.replaced[article]
	ev := c.events[c.EventOf(article)]
	if !ok || ev == nil {
		return Replacement{}, false
	}
	p := c.placed[article]
	if p == nil {
		return r, true // a title-only member of a merged event
	}
	r.Similarity = float64(p.sim)
	r.Shared = c.shared(c.vectorOf(p), ev.sum, 8)
	r.Gap = gap(p.time, ev)
	return r, true
}

// loneRatio is how many times closer than to any other event a lone
// article must be to the event it joins. Reports that share only common
// words are about as close to every event; a report of one happening stands
// out towards its own.
const loneRatio = 1.5

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

// splitUndated splits the open events as above and returns the articles
// that moved, event by event in id order.
func (c *Clusterer) splitUndated(open map[string]bool) []string {
	evs := map[string]bool{}
	for id := range open {
		if c.placed[id] != nil && c.placed[id].time.IsZero() {
			evs[c.resolve(c.articles[id])] = true
		}
	}
	ids := make([]string, 0, len(evs))
	for id := range evs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var moved []string
	for _, id := range ids {
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
		c.changed[g], c.changed[ng] = true, true
		for i, m := range apart {
			p := c.placed[m]
			if _, ok := c.replaced[m]; !ok {
				c.replaced[m] = Replacement{From: g.id, Undated: true}
			}
			c.move(m, p, c.vectorOf(p), g, ng, sims[i])
			moved = append(moved, m)
		}
		// The first to arrive opened the new event: it joined nothing.
		ng.joinSim -= sims[0]
		ng.joins--
		c.placed[apart[0]].sim = 0
	}
	return moved
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
	type unit struct {
		members []string
		v       vector
		q       query
	}
	var units []*unit
	byFamily := map[string]*unit{}
	for _, m := range c.members[g.id] {
		p := c.placed[m]
		if p == nil || !p.time.IsZero() || !ok(m) {
			continue
		}
		root := c.family(m)
		u := byFamily[root]
		if u == nil {
			u = &unit{v: vector{}}
			byFamily[root] = u
			units = append(units, u)
		}
		u.members = append(u.members, m)
		for i, id := range p.terms {
			u.v[c.termStr[id]] += float64(p.w[i])
		}
	}
	units = slices.DeleteFunc(units, func(u *unit) bool {
		return len(u.members) < c.familySizeOf(c.family(u.members[0]))
	})
	n := 0
	for _, u := range units {
		n += len(u.members)
	}
	if len(units) < 2 || n < splitMin || g.size-n < 2 {
		return nil, nil
	}
	for _, u := range units {
		u.q = c.query(u.v)
	}
	apart := make([]bool, len(units))
	for i := range apart {
		apart[i] = true
	}
	sims := make([]float64, len(units))
	settled := false
	for range splitRounds {
		// The undated side and the dated core (the rest of g).
		side := &group{sum: vector{}}
		size, k := 0, 0
		for i, x := range units {
			if apart[i] {
				for t, w := range x.v {
					side.sum[t] += w
				}
				size += len(x.members)
				k++
			}
		}
		if k < 2 || size < splitMin || g.size-size < 2 {
			return nil, nil
		}
		core := &group{sum: make(vector, len(g.sum))}
		for t, w := range g.sum {
			if r := w - side.sum[t]; r > 1e-9 {
				core.sum[t] = r
			}
		}
		side.size, core.size = size, g.size-size
		// One unit changes side a round, the one that gains most: with
		// every unit moving at once, a stray member on the undated side
		// (a report of the dated happening that lacks a date) would drag
		// the others back with it.
		worst, gain := -1, 0.0
		for i, x := range units {
			own, other := core, side
			if apart[i] {
				own, other = side, core
			}
			in, out := c.simWithout(x.q, x.v, own), c.cosineGroup(x.q, other)
			if out-in > gain {
				worst, gain = i, out-in
			}
			sims[i] = in
		}
		if worst < 0 {
			settled = true
			break
		}
		apart[worst] = !apart[worst]
	}
	if !settled {
		return nil, nil
	}
	// In member order, so that the new event's id is its first arrival's.
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
	for _, m := range c.members[g.id] {
		if s, ok := sim[m]; ok {
			out, outSims = append(out, m), append(outSims, s)
		}
	}
	return out, outSims
}

// mergeOpen tries a merge (mergeClosest) for each event with an open
// article, oldest first, and returns the articles that changed event.
func (c *Clusterer) mergeOpen(open map[string]bool) []string {
	seen := map[*group]bool{}
	var evs []*group
	for id := range open {
		if g := c.events[c.resolve(c.articles[id])]; g != nil && !seen[g] {
			seen[g] = true
			evs = append(evs, g)
		}
	}
	slices.SortFunc(evs, func(a, b *group) int { return a.seq - b.seq })
	var moved []string
	for _, g := range evs {
		if c.events[g.id] != g {
			continue // absorbed by an earlier merge
		}
		into, gone, ms := c.mergeClosest(g, true)
		if gone == "" {
			continue
		}
		for _, m := range ms {
			if _, ok := c.replaced[m]; !ok {
				c.replaced[m] = Replacement{From: gone, Merged: true}
			}
			moved = append(moved, m)
		}
		c.changed[into] = true
	}
	return moved
}
