package cluster

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"
)

// Recluster reconsiders every event and story with the whole corpus in
// view: the articles the clusterer holds are clustered again offline (see
// offline.go), whatever their online placement, and the clusterer takes
// the result as its state, so that the articles that come next are placed
// against it. An event or story keeps its id when it keeps most of its
// articles (the clusters that share most articles are matched first); a
// new one is named after its first article, as online. A story beyond
// the story window of an earlier one that keeps its people and places
// joins it, as online (see glueStories). It returns the
// articles whose event or story changed, in arrival order; Replaced says
// why each moved. Its cost is that of the corpus: the articles times their
// candidates (see offline.go), not the pairs of articles.
func (c *Clusterer) Recluster() []string {
	order := make([]string, 0, len(c.refine.order))
	for _, id := range c.refine.order {
		if c.refine.placed[id] != nil && c.articles[id] != "" {
			order = append(order, id)
		}
	}
	c.refine.order = order
	docs := make([]*offDoc, len(order))
	vs := make([]vector, len(order))
	words := map[string]int32{}
	for i, id := range order {
		p := c.refine.placed[id]
		vs[i] = c.refine.vector(p)
		docs[i] = c.offDoc(id, vs[i], p.time, p.titleOnly, words)
	}
	evOf, stOf := c.offline(docs, c.copies.root)
	// The online placement, before it is replaced.
	oldEvent, oldStory := make([]string, len(order)), make([]string, len(order))
	for i, id := range order {
		oldEvent[i] = c.EventOf(id)
		oldStory[i] = c.events[oldEvent[i]].story
	}
	evName := c.rename(order, evOf, oldEvent, "e", c.events)
	stName := c.rename(order, stOf, oldStory, "s", c.stories)
	oldSeq := map[string]int{}
	for id, g := range c.events {
		oldSeq[id] = g.seq
	}
	for id, g := range c.stories {
		oldSeq[id] = g.seq
	}
	// The state is rebuilt from the new placement.
	events, stories := map[string]*group{}, map[string]*group{}
	c.evPost, c.stPost = newPostings(), newPostings()
	members := map[string][]string{}
	fresh := func(groups map[string]*group, id string) *group {
		g := groups[id]
		if g == nil {
			g = &group{id: id}
			if s, ok := oldSeq[id]; ok {
				g.seq = s
			} else {
				c.seq++
				g.seq = c.seq
			}
			groups[id] = g
		}
		return g
	}
	for i, id := range order {
		p := c.refine.placed[id]
		it := Item{ID: id, Time: p.time, Title: p.title}
		ev := fresh(events, evName[evOf[i]])
		st := fresh(stories, stName[stOf[i]])
		if ev.story == "" {
			ev.story = st.id
			st.events = append(st.events, ev.id)
		}
		c.addSum(ev, it, vs[i])
		c.addSum(st, it, vs[i])
		members[ev.id] = append(members[ev.id], id)
		c.articles[id] = ev.id
	}
	// Postings, oldest clusters first, so that each term keeps the latest.
	for _, x := range []struct {
		groups map[string]*group
		post   *postings
	}{{events, c.evPost}, {stories, c.stPost}} {
		gs := make([]*group, 0, len(x.groups))
		for _, g := range x.groups {
			gs = append(gs, g)
		}
		slices.SortFunc(gs, func(a, b *group) int { return cmp.Compare(a.seq, b.seq) })
		for _, g := range gs {
			num := x.post.num(g.id)
			for _, t := range slices.Sorted(maps.Keys(maps.Collect(g.sum.all()))) {
				x.post.add(t, num)
			}
			for _, t := range slices.Sorted(maps.Keys(maps.Collect(g.anchors.all()))) {
				x.post.add(t, num)
			}
		}
	}
	// What an event or a story was is now the one that holds most of its
	// articles.
	for _, x := range []struct {
		old   []string
		now   func(int) string
		alive map[string]*group
	}{{oldEvent, func(i int) string { return evName[evOf[i]] }, events}, {oldStory, func(i int) string { return stName[stOf[i]] }, stories}} {
		for id := range x.alive {
			delete(c.merged, id)
		}
		most := map[string]map[string]int{}
		for i, o := range x.old {
			if x.alive[o] != nil {
				continue
			}
			if most[o] == nil {
				most[o] = map[string]int{}
			}
			most[o][x.now(i)]++
		}
		for o, to := range most {
			best, n := "", 0
			for id, k := range to {
				if k > n || k == n && id < best {
					best, n = id, k
				}
			}
			c.merged[o] = best
		}
	}
	c.events, c.stories, c.members = events, stories, members
	// Cohesion: how close each article is to the rest of its event.
	for i, id := range order {
		p := c.refine.placed[id]
		ev := events[c.articles[id]]
		p.sim = 0
		if ev.size > 1 && members[ev.id][0] != id {
			q := c.terms.query(vs[i])
			p.sim = float32(c.simWithout(q, vs[i], ev))
			ev.joinSim += float64(p.sim)
			ev.joins++
		}
	}
	// One happening reported again beyond the event window, which the
	// offline events cut there as the online ones do, merges as Refine
	// merges it (Options.LateMergeThreshold), every event being open.
	all := make(map[string]bool, len(order))
	for _, id := range order {
		all[id] = true
	}
	c.refine.replaced, c.refine.changed = map[string]Replacement{}, map[*group]bool{}
	late := map[string]bool{}
	for _, id := range c.mergeOpen(all, true) {
		late[id] = true
	}
	// A few headlines left apart join the larger event they are clearly
	// closest to, as Refine attaches them online (attachHeadlines): the
	// offline attachment judged them against the clusters of the event
	// level, before the stories and the late merge, and by the average
	// link's neighbours only.
	c.attachHeadlines(all)
	glued := map[string]bool{}
	for _, id := range c.glueStories() {
		glued[id] = true
	}
	c.refine.replaced = map[string]Replacement{}
	var moved []string
	for i, id := range order {
		ev := c.events[c.EventOf(id)]
		if ev.id != oldEvent[i] || ev.story != oldStory[i] {
			c.refine.replaced[id] = Replacement{From: oldEvent[i], FromStory: oldStory[i], Reclustered: true, Late: late[id], Glued: glued[id]}
			moved = append(moved, id)
		}
	}
	c.refine.dirty = false
	clear(c.refine.touched)
	return moved
}

// rename names the clusters of the offline clustering (numbered by their
// first article's index in order, as of gives for each article) after the
// online clusters they share most articles with (was gives each
// article's), each online cluster naming one at most, the pairs that share
// most first; the rest after their first article, prefixed, as online.
func (c *Clusterer) rename(order []string, of []int, was []string, prefix string, live map[string]*group) map[int]string {
	type pair struct {
		k    int
		old  string
		n    int
		oseq int
	}
	count := map[[2]any]int{}
	for i := range order {
		count[[2]any{of[i], was[i]}]++
	}
	pairs := make([]pair, 0, len(count))
	for key, n := range count {
		old := key[1].(string)
		s := 0
		if g := live[old]; g != nil {
			s = g.seq
		}
		pairs = append(pairs, pair{key[0].(int), old, n, s})
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		if a.oseq != b.oseq {
			return cmp.Compare(a.oseq, b.oseq)
		}
		if a.k != b.k {
			return cmp.Compare(a.k, b.k)
		}
		return strings.Compare(a.old, b.old)
	})
	name, taken := map[int]string{}, map[string]bool{}
	for _, p := range pairs {
		if _, ok := name[p.k]; ok || taken[p.old] || p.old == "" {
			continue
		}
		name[p.k], taken[p.old] = p.old, true
	}
	var rest []int
	for i := range order {
		if _, ok := name[of[i]]; !ok && of[i] == i {
			rest = append(rest, i)
		}
	}
	for _, k := range rest {
		id := prefix + strings.TrimPrefix(order[k], "a")
		for taken[id] || live[id] != nil {
			id += "x"
		}
		name[k], taken[id] = id, true
	}
	return name
}

// addSum adds an article's vector to g's centroid, size and span,
// without postings: Recluster writes them once g is whole.
func (c *Clusterer) addSum(g *group, it Item, v vector) {
	for t, w := range v {
		if c.terms.anchor(t) {
			g.anchors.add(t, w)
		} else {
			g.sum.add(t, w)
		}
	}
	g.size++
	g.normDocs = 0
	if !it.Time.IsZero() {
		if g.first.IsZero() || it.Time.Before(g.first) {
			g.first = it.Time
		}
		if it.Time.After(g.last) {
			g.last = it.Time
		}
	}
}

// glueStories joins each story of the offline clustering to an earlier
// story beyond the story window that its first article is glued to (see
// glued), as online a new event joins such a story: a story keeps its
// people and places past the window (Options.StoryGlue), so a shooting in
// one year and the trial in the next are one story, where the offline
// story level, which joins within the story window only, left them two.
// The stories are taken in the order of their first time (then of their
// creation), each looking back at those before it, and the earlier story
// keeps its id. It returns the articles that changed story, story by
// story. Its cost is a candidate search a dated story.
func (c *Clusterer) glueStories() []string {
	if c.opts.StoryGlue <= 0 {
		return nil
	}
	var sts []*group
	for _, g := range c.stories {
		if !g.first.IsZero() {
			sts = append(sts, g)
		}
	}
	slices.SortFunc(sts, func(a, b *group) int {
		if c := a.first.Compare(b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	var moved []string
	for _, st := range sts {
		// Its first article, as the first article of a new event is
		// what online decides whether an event joins a story.
		var first string
		var at time.Time
		for _, e := range st.events {
			for _, m := range c.members[e] {
				if p := c.refine.placed[m]; p != nil && !p.time.IsZero() && (first == "" || p.time.Before(at) || p.time.Equal(at) && m < first) {
					first, at = m, p.time
				}
			}
		}
		if first == "" {
			continue
		}
		q := c.terms.queryOf(c.refine.sorted(c.refine.placed[first]), nil, true)
		into, sim := c.closest(c.candidates(c.stPost, c.stories, q, maxCandidates), c.stories,
			func(g *group) bool {
				return g != st && !g.first.IsZero() && g.first.Before(st.first) && !overlap(g, st, c.opts.StoryWindow) && c.glued(q, g)
			},
			func(g *group) float64 { return c.storyCosine(q, g) })
		if into == nil || !c.lifted(sim, q, 1) {
			continue
		}
		moved = append(moved, c.absorbStory(into, st)...)
	}
	return moved
}
