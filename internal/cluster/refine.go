package cluster

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"time"

	"github.com/copydesk/copydesk/internal/slab"
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
//     leave it together for an event of their own (see splitUndated), the
//     undated reports a dated event kept go to an event of undated reports
//     of its story that they are closer to than to that core (see
//     joinUndated), an event of undated reports joins the event of undated
//     reports of its story closest to it, or, when its story has nothing
//     dated, of another story that has (see mergeUndated), a lone undated
//     report joins the event of undated reports of its kind that it is
//     clearly closest to, in a story with a dated member (see
//     joinLoneUndated), an event of at
//     most attachTitleMax headlines joins the
//     larger event it is clearly closest to, as recluster attaches them
//     (see attachHeadlines), and an event of headlines whose two sides
//     would not have merged as events splits in two (see splitHeadlines);
//     then
//     each open event merges with a dated event of its story beyond the
//     event window when the two pass the stricter test of one happening
//     reported again weeks later (Options.LateMergeThreshold, by the
//     cosine of their words alone, which the names a story keeps naming
//     do not raise): after the split, so that undated reports do not ride
//     along;
//  4. a member of an event goes to another event that is closer to it
//     than the rest of its own event is, pass after pass in the order the
//     articles arrived until nothing moves (at most refinePasses); an
//     undated member only between events with nothing dated, the moves
//     between those and dated events being step 3's (see closer).
//
// Copies and the articles they copy (see Pin) stay together: steps 1 and 4
// leave them, and step 3 moves a family of copies only as a whole. Title-only
// items, whose few words make a poor second judgement, move only with their
// event in a merge or with one side of it in a headline split. Events keep their ids; an event left empty is gone, as
// after a merge.

// refineState is what Refine keeps between passes.
type refineState struct {
	placed   map[string]*placed     // article id -> what Refine needs of it
	weights  weightCodes            // the weights of the placed articles' terms, by code
	order    []string               // placed articles in arrival order
	dirty    bool                   // an article was assigned since the last Refine
	replaced map[string]Replacement // what the last Refine moved
	changed  map[*group]bool        // events a Refine pass changed
	touched  map[string]bool        // events given an article since the last Refine
	// slab holds the placed articles' packed terms, packed is keep's
	// scratch.
	slab   slab.Bytes
	packed []byte
}

// placed is what Refine needs of an article: its terms (interned) and
// their weights, time, the threshold of its form and the similarity with
// which it joined. It is kept for every article of the store, so its terms
// are packed (see appendTerms) into the slab: about 3 bytes a term, not 8.
type placed struct {
	terms []byte // packed: see appendTerms
	n     int32  // the number of terms
	time  time.Time
	title string // for the title of an event it may open when split off
	bar   float32
	sim   float32
	// titleOnly: Refine's steps leave it (see keep).
	titleOnly bool
}

// keep records an article for Refine and Recluster. A title-only item is
// kept for Recluster only: its few words make a poor second judgement
// against one event at a time, so Refine's steps leave it. A pinned
// article (a copy or one copied) is kept too, for splitUndated, which moves
// copies together; the other re-placements leave it where it is.
func (c *Clusterer) keep(it Item, v sparse, sim float64, f form) {
	p := &placed{time: it.Time, title: it.Title, bar: float32(f.bar), sim: float32(sim), titleOnly: f.titleOnly}
	ts := make([]termWeight, 0, len(v.t))
	if pr := c.prepared(it); pr != nil {
		for i, t := range pr.nums {
			ts = append(ts, termWeight{t, pr.ws[i]})
		}
	} else {
		for k, t := range v.t {
			ts = append(ts, termWeight{t, v.w[k]})
		}
	}
	c.refine.packed = c.refine.weights.appendTerms(c.refine.packed[:0], ts)
	p.terms, p.n = c.refine.slab.Copy(c.refine.packed), int32(len(ts))
	c.refine.placed[it.ID] = p
	c.refine.order = append(c.refine.order, it.ID)
}

// weightCodes numbers the distinct weights of the kept articles' terms,
// in the order they are met: a weight is 1 + log of a small count (see
// Terms), so a store holds a few hundred distinct ones, and the commonest
// come first, with codes of one byte.
type weightCodes struct {
	code map[float32]uint32
	ws   []float32 // code -> weight
}

// appendTerms appends to out the terms ts (distinct, each weight kept as a float32)
// in the order of their numbers: for each, the difference of its number
// from the one before (the first from 0) and its weight's code, as
// uvarints. An article's few hundred numbers among the store's hundreds of
// thousands are a few thousand apart, so a term takes about 3 bytes. It
// sorts ts.
func (wc *weightCodes) appendTerms(out []byte, ts []termWeight) []byte {
	if wc.code == nil {
		wc.code = map[float32]uint32{}
	}
	slices.SortFunc(ts, func(a, b termWeight) int { return cmp.Compare(a.t, b.t) })
	var last int32
	for _, tw := range ts {
		w := float32(tw.w)
		k, ok := wc.code[w]
		if !ok {
			k = uint32(len(wc.ws))
			wc.code[w] = k
			wc.ws = append(wc.ws, w)
		}
		out = binary.AppendUvarint(out, uint64(tw.t-last))
		out = binary.AppendUvarint(out, uint64(k))
		last = tw.t
	}
	return out
}

// eachTerm calls f with p's terms and their weights in the order of their
// numbers.
func (r *refineState) eachTerm(p *placed, f func(t int32, w float64)) {
	b, t := p.terms, int32(0)
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		k, m := binary.Uvarint(b[n:])
		b = b[n+m:]
		t += int32(d)
		f(t, float64(r.weights.ws[k]))
	}
}

// Unrefined marks a restored article as placed since the last Refine, so
// that the next Refine reconsiders its event even when the event is old: a
// reopened clusterer does not know what the last pass of the process that
// placed the article covered. It does not make Refine due: only an
// assignment does, so that reopening a store and adding nothing new changes
// nothing.
func (c *Clusterer) Unrefined(article string) {
	if ev := c.EventOf(article); ev != "" {
		c.refine.touched[ev] = true
	}
}

// Refine re-places the articles (see above), in the order they arrived, and
// returns those that moved, in that order; EventOf tells where each went. It
// does nothing when no article was assigned since the last pass, so that the
// caller can run it whenever its input runs dry.
func (c *Clusterer) Refine() []string {
	if c.opts.RefineFactor < 0 || !c.refine.dirty {
		return nil
	}
	return c.refineOpen()
}

// refineOpen runs the steps of Refine over the open articles.
func (c *Clusterer) refineOpen() []string {
	c.refine.dirty = false
	defer clear(c.refine.touched)
	// Lengths cached under older document frequencies would skew the
	// comparison of an article's own event with the others: every event's
	// are recomputed at its next use (see expire), not reset here one by
	// one, which would cost a walk of the whole store at every Refine.
	c.terms.epoch++
	var moved []string
	seen := map[string]bool{}
	record := func(id string) {
		if !seen[id] {
			seen[id] = true
			moved = append(moved, id)
		}
	}
	c.refine.replaced = map[string]Replacement{}
	c.refine.order = slices.DeleteFunc(c.refine.order, func(id string) bool { return c.refine.placed[id] == nil })
	open := c.openArticles()
	// Lone articles first, each judged against the events as they were
	// before any of them moved: an event that takes in lone articles grows
	// less particular, and judged one by one it would draw in more.
	var lone []placement
	for _, id := range c.refine.order {
		if !open[id] {
			continue
		}
		if pl, ok := c.closer(id, true, false); ok {
			lone = append(lone, pl)
		}
	}
	c.refine.changed = map[*group]bool{}
	for _, pl := range lone {
		c.apply(pl)
		record(pl.id)
	}
	// Then the open events that have come close to another merge, as they
	// would have had they grown to it; and the undated reports that stand
	// apart from their event's dated core leave it together, which also
	// takes back what such a merge glued wrongly.
	for _, id := range c.mergeOpen(open, false) {
		record(id)
	}
	for _, id := range c.splitUndated(open) {
		record(id)
	}
	for _, id := range c.joinUndated(open) {
		record(id)
	}
	for _, id := range c.mergeUndated(open) {
		record(id)
	}
	for _, id := range c.joinLoneUndated(open) {
		record(id)
	}
	for _, id := range c.attachHeadlines(open) {
		record(id)
	}
	for _, id := range c.splitHeadlines(open) {
		record(id)
	}
	// Then the open events that pass the stricter test of one happening
	// reported again weeks later merge with an event of their story
	// beyond the event window: after the split, so that undated reports
	// do not ride with them.
	for _, id := range c.mergeOpen(open, true) {
		record(id)
	}
	// Then members, pass after pass, as each move changes two centroids:
	// after the first, only in the events the last pass changed.
	for pass := 0; pass < refinePasses; pass++ {
		n := len(moved)
		last := c.refine.changed
		c.refine.changed = map[*group]bool{}
		for _, id := range c.refine.order {
			if !open[id] || pass > 0 && !last[c.events[c.resolve(c.articles[id])]] {
				continue
			}
			if pl, ok := c.closer(id, false, false); ok {
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
		if !g.last.IsZero() && g.last.Before(c.latest.Add(-c.opts.EventWindow)) && !c.refine.touched[g.id] {
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
	v       sparse
	own, to *group
	sim     float64
}

// closer finds the event article id should move to: among lone articles
// (the only one of their event) when lone is true, else among members of
// events of several. With undated set (lone articles only) it moves an
// undated article only to an event with nothing dated in a story with a
// dated member (see joinLoneUndated). ok is false when the article stays.
func (c *Clusterer) closer(id string, lone, undated bool) (placement, bool) {
	p := c.refine.placed[id]
	own := c.events[c.resolve(c.articles[id])]
	if p == nil || p.titleOnly || own == nil || c.copies.pinned[id] || (own.size == 1) != lone {
		return placement{}, false
	}
	// An undated member of an event of several moves only between events
	// with nothing dated: between a dated event and one of undated
	// reports it is the undated steps' (splitUndated, joinUndated,
	// mergeUndated), which weigh the undated reports against the event's
	// dated core and their kind's event as a whole. Judged alone by the
	// cosine of centroids, a report of a topic's other happening, which
	// shares the kind's common words, is closest to the larger, dated,
	// event of the topic, whose centroid is those words: on the ECB+ tune
	// half the members' step made one move, such a report taken from the
	// undated event of its own happening (ten reports) into the dated
	// event of the other (thirteen). Where nothing is dated, the undated
	// steps do nothing, and the members' step is all there is.
	undatedMember := !lone && p.time.IsZero()
	if undatedMember && !own.first.IsZero() {
		return placement{}, false
	}
	v := c.refine.sorted(p)
	q := c.terms.queryOf(v, nil, true)
	var stay float64 // what another event must beat
	if !lone {
		stay = c.simWithout(q, v, own)
	}
	best, bestSim := own, stay
	var sims map[*group]float64 // for a lone article, every candidate's
	if lone {
		sims = map[*group]float64{}
	}
	var hs []*group
	for _, eid := range c.candidates(c.evPost, c.events, q, maxCandidates) {
		h := c.events[eid]
		if h == nil || h == own || !inWindow(p.time, h, c.opts.EventWindow) {
			continue
		}
		c.ready(h)
		hs = append(hs, h)
	}
	for i, s := range scores(hs, func(h *group) float64 { return c.cosine(q, h) }) {
		h := hs[i]
		if undatedMember && !h.first.IsZero() {
			continue
		}
		if lone {
			sims[h] = s
			// A lone article joins only an event of several articles, and
			// only as close to it as a share of its members were; an
			// undated one (undated set) only an event with nothing dated,
			// at the share of its own threshold alone.
			bar := max(float64(p.bar), h.cohesion())
			if undated {
				if !h.first.IsZero() || c.stories[h.story].first.IsZero() {
					continue
				}
				bar = float64(p.bar)
			}
			if h.size < 2 || s < c.opts.RefineFactor*bar {
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
			if h != best && bestSim < loneRatio*s && c.cosineGroup(c.terms.groupQuery(h), best) < c.opts.EventThreshold {
				return placement{}, false
			}
		}
	}
	return placement{id: id, p: p, v: v, own: own, to: best, sim: bestSim}, true
}

// apply makes a move closer decided.
func (c *Clusterer) apply(pl placement) {
	if _, ok := c.refine.replaced[pl.id]; !ok {
		c.refine.replaced[pl.id] = Replacement{From: pl.own.id, Alone: pl.own.size == 1}
	}
	c.refine.changed[pl.own], c.refine.changed[pl.to] = true, true
	c.move(pl.id, pl.p, pl.v, pl.own, pl.to, pl.sim)
}

// simWithout is cosineGroup of an article's query q with g's centroid less
// the article's own vector v: how close it is to the rest of its event.
// The sums run over q's terms (v's but its anchors, with their weights in
// v), in the order of their numbers.
func (c *Clusterer) simWithout(q query, v weights, g *group) float64 {
	c.compared++
	c.refresh(g)
	n := [3]float64{g.norm * g.norm, g.nameNorm * g.nameNorm, g.titleNorm * g.titleNorm}
	var dot [3]float64
	// g's weight of each term, found among its sorted terms and its fresh
	// ones from where the term before was (the terms come in order), as
	// sums.get would find it.
	sum := &g.sum
	sum.sortFresh()
	var at, atFresh int
	for j, t := range q.all.t {
		w := q.raw[j]
		k := c.terms.kind[t]
		i := c.terms.idf(t)
		i2 := i * i
		var s float64
		if at = gallop(sum.ids, at, t); at < len(sum.ids) && sum.ids[at] == t {
			s = sum.ws[at]
		} else if len(sum.order) > 0 {
			if atFresh = gallop(sum.order, atFresh, t); atFresh < len(sum.order) && sum.order[atFresh] == t {
				s = sum.fresh[t]
			}
		}
		r := max(s-w, 0)
		addPart(&n, k, (r*r-s*s)*i2)
		addPart(&dot, k, w*i*i*r) // its weight in q.all
	}
	qn := [3]float64{q.norm, q.namesNorm, q.titleNorm}
	var cos [3]float64
	for k := range cos {
		if qn[k] > 0 && n[k] > 1e-12 {
			cos[k] = dot[k] / (qn[k] * math.Sqrt(n[k]))
		}
	}
	s := c.mix(cos[0], cos[1], cos[2])
	if !c.crossingWithout(q, v, g) {
		return s
	}
	// Anchors, the article's own taken out, count towards the rest of an
	// event of another language.
	an := [2]float64{g.anchorNorm * g.anchorNorm, g.keyNorm * g.keyNorm}
	var adot [2]float64
	for k, t := range q.anchors.t {
		w := q.anchors.w[k]
		i2 := c.terms.idf(t)
		i2 *= i2
		s := g.anchors.get(t)
		r := max(s-v.get(t), 0)
		d := (r*r - s*s) * i2
		an[0] += d
		adot[0] += w * r
		if c.terms.kind[t]&kindKey != 0 {
			an[1] += d
			adot[1] += w * r
		}
	}
	all := ratio(dot[0]+adot[0], math.Hypot(q.norm, q.anchorNorm)*math.Sqrt(max(n[0]+an[0], 0)))
	names := ratio(dot[1]+adot[1], math.Hypot(q.namesNorm, q.keyNorm)*math.Sqrt(max(n[1]+an[1], 0)))
	return max(s, c.mix(all, names, cos[2]))
}

// crossingWithout reports whether g less the article of query q (its
// vector v) holds an article of another language than the article's.
func (c *Clusterer) crossingWithout(q query, v weights, g *group) bool {
	if len(q.langs) != 1 || len(c.langs) < 2 {
		return false
	}
	for _, l := range c.langs {
		if l.name != q.langs[0] && g.anchors.get(l.mark)-v.get(l.mark) > 0.5 {
			return true
		}
	}
	return false
}

// move takes article id (its vector v) out of event from into event to,
// with their stories, retiring from (and its story) when left empty.
func (c *Clusterer) move(id string, p *placed, v sparse, from, to *group, sim float64) {
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
func (c *Clusterer) takeOut(g *group, v sparse) {
	for k, t := range v.t {
		sum := &g.sum
		if c.terms.anchor(t) {
			sum = &g.anchors
		}
		sum.sub(t, v.w[k])
	}
	g.size--
	g.normDocs = 0
}

// respan recomputes an event's time span from its members' times, or a
// story's from its events', after an article left it.
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
		p := c.refine.placed[m]
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
	// Apart: it left From with the other headlines of a side of From
	// too far from the rest to have merged with it (see splitHeadlines),
	// for an event and a story of their own.
	Apart bool
	// Merged: its event From merged into this one once events had settled;
	// Late: beyond the event window, as one happening reported again
	// weeks later (see Options.LateMergeThreshold).
	Merged, Late bool
	// Reclustered: Recluster put it here, with the whole corpus in view;
	// it was in event From and story FromStory.
	Reclustered bool
	FromStory   string
	// Glued: Recluster put its story in an earlier one beyond the story
	// window whose people and places it keeps naming (see glueStories).
	Glued      bool
	Similarity float64
	Shared     []string      // the terms it shares most with its new event
	Gap        time.Duration // to the new event's nearest edge
}

// Replaced returns why the last Refine moved article, or false when it did
// not move it.
func (c *Clusterer) Replaced(article string) (Replacement, bool) {
	r, ok := c.refine.replaced[article]
	ev := c.events[c.EventOf(article)]
	if !ok || ev == nil {
		return Replacement{}, false
	}
	p := c.refine.placed[article]
	if p == nil {
		return r, true
	}
	r.Similarity = float64(p.sim)
	r.Shared = c.terms.shared(c.refine.vector(p), &ev.sum, 8)
	r.Gap = gap(p.time, ev)
	return r, true
}

// loneRatio is how many times closer than to any other event a lone
// article must be to the event it joins. Reports that share only common
// words are about as close to every event; a report of one happening stands
// out towards its own.
const loneRatio = 1.5
