package cluster

import (
	"math"
	"slices"
	"time"
)

// A cluster's title is that of its most central titled article: the one
// whose terms are closest to the cluster's centroid (the cosine under the
// corpus's idf; ties to the earlier article, then the lower id). It is
// chosen again only when the centre may have moved: when the cluster has
// doubled or halved in size since it was chosen, or when the article that
// gives it left. So one new article does not rename a story (as the first-
// dated title did, when an earlier article was added), the title does not
// hinge on which article arrived first, and choosing it costs, over a
// cluster's life, about twice its size. A reopened store chooses each
// title afresh on first use, from the whole cluster.

// titled chooses g's title when it is due.
func (c *Clusterer) titled(g *group) {
	if g.titleAt > 0 && g.size < 2*g.titleAt && 2*g.size > g.titleAt && c.holds(g, g.titleID) {
		return
	}
	g.title, g.titleID, g.titleAt = "", "", max(g.size, 1)
	var best float64
	var bestTime time.Time
	c.eachMember(g, func(id string) {
		p := c.refine.placed[id]
		if p == nil || p.title == "" {
			return
		}
		s := c.centrality(g, p)
		if g.titleID == "" || s > best || s == best && earlier(p.time, bestTime, id, g.titleID) {
			g.title, g.titleID, best, bestTime = p.title, id, s, p.time
		}
	})
}

// holds reports whether article id is in g (an event, or a story through
// its events).
func (c *Clusterer) holds(g *group, id string) bool {
	if id == "" {
		return false
	}
	ev := c.EventOf(id)
	if g.events == nil {
		return ev == g.id
	}
	e := c.events[ev]
	return e != nil && e.story == g.id
}

// eachMember calls f with every article of g, an event or a story.
func (c *Clusterer) eachMember(g *group, f func(id string)) {
	events := g.events
	if events == nil {
		events = []string{g.id}
	}
	for _, e := range events {
		for _, id := range c.members[e] {
			f(id)
		}
	}
}

// centrality is the cosine of an article's terms with g's centroid, up to
// g's length, which all its articles share.
func (c *Clusterer) centrality(g *group, p *placed) float64 {
	// In the order of the terms' strings, as the article's terms came.
	ts := make([]termWeight, 0, p.n)
	c.refine.eachTerm(p, func(t int32, w float64) {
		if !c.terms.anchor(t) {
			ts = append(ts, termWeight{t, w})
		}
	})
	slices.SortFunc(ts, func(a, b termWeight) int { return c.terms.compare(a.t, b.t) })
	var dot, norm float64
	for _, tw := range ts {
		idf := c.terms.idf(tw.t)
		w := tw.w * idf
		norm += w * w
		dot += w * g.sum.get(tw.t) * idf
	}
	if norm == 0 {
		return 0
	}
	return dot / math.Sqrt(norm)
}

// earlier orders two articles for a tie: the dated before the undated, the
// earlier time, then the lower id.
func earlier(t time.Time, u time.Time, id, other string) bool {
	switch {
	case t.IsZero() != u.IsZero():
		return !t.IsZero()
	case !t.Equal(u):
		return t.Before(u)
	}
	return id < other
}
