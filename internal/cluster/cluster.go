// Package cluster groups articles online into events (one happening) and
// stories (the ongoing topic an event belongs to).
//
// Each article becomes a sparse vector of weighted terms: stemmed content
// words of its title (counted twice) and body, and the names it mentions.
// An article joins the event whose centroid it is closest to, by cosine with
// inverse document frequencies computed as the corpus grows, when that
// similarity passes Options.EventThreshold and the article falls inside the
// event's time window; otherwise it opens a new event. A new event joins the
// closest story in the same way with the lower Options.StoryThreshold.
// Comparing with the centroid (the cluster as a whole) rather than with its
// nearest member is what keeps clusters from chaining friends of friends.
//
// Candidate clusters come from an inverted index of each cluster's terms,
// so an assignment costs time in the number of clusters sharing a rare
// term with the article, not in the size of the corpus.
package cluster

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Options tunes the clusterer. Its zero value gives the defaults.
type Options struct {
	EventThreshold float64       // minimum cosine to an event's centroid; default 0.25
	StoryThreshold float64       // minimum cosine of an event to a story; default 0.15
	EventWindow    time.Duration // an article joins an event within this gap; default 4 days
	StoryWindow    time.Duration // an event joins a story within this gap; default 60 days
	// NameWeight is the weight of shared names in an article's similarity
	// to an event; default 0.4.
	NameWeight float64
}

func (o Options) withDefaults() Options {
	if o.EventThreshold == 0 {
		o.EventThreshold = 0.25
	}
	if o.StoryThreshold == 0 {
		o.StoryThreshold = 0.15
	}
	if o.NameWeight == 0 {
		o.NameWeight = 0.4
	}
	if o.EventWindow == 0 {
		o.EventWindow = 4 * 24 * time.Hour
	}
	if o.StoryWindow == 0 {
		o.StoryWindow = 60 * 24 * time.Hour
	}
	return o
}

// Item is one article as the clusterer sees it.
type Item struct {
	ID    string
	Title string
	Text  string
	Time  time.Time // publication time, else the time it was added; zero when unknown
	// Join names an event the article must join, as when it is a copy of an
	// article already in that event.
	Join string
}

// Assignment is where an Item went, and why.
type Assignment struct {
	Event, Story       string
	NewEvent, NewStory bool
	// Similarity is the cosine between the article and its event's centroid
	// before it joined (0 for a new event); StorySimilarity is that of the
	// new event with its story (0 for a new story or a known event).
	Similarity      float64
	StorySimilarity float64
	// Shared lists the terms that weigh most in the article's similarity.
	Shared []string
	// Gap is the time between the article and its event's nearest edge.
	Gap time.Duration
	// Reason says in words why the article is where it is.
	Reason string
}

// Cluster is the state of one event or story as stored.
type Cluster struct {
	ID, Story, Title string
	First, Last      time.Time
	Size             int
}

type vector map[string]float64

// query is an article's vector prepared for comparison with clusters: each
// weight multiplied by idf squared, with its idf-weighted length, and the
// same for its names alone.
type query struct {
	all, names      vector
	norm, namesNorm float64
}

func (c *Clusterer) query(v vector) query {
	q := query{all: make(vector, len(v)), names: vector{}}
	for t, w := range v {
		i := c.idf(t)
		q.all[t] = w * i * i
		q.norm += w * w * i * i
		if strings.HasPrefix(t, "@") {
			q.names[t] = w * i * i
			q.namesNorm += w * w * i * i
		}
	}
	q.norm, q.namesNorm = math.Sqrt(q.norm), math.Sqrt(q.namesNorm)
	return q
}

// sim is the cosine of a prepared query and a cluster's centroid over the
// terms of weights (q.all or q.names) against the centroid length n.
func sim(weights vector, qn float64, g *group, gn float64) float64 {
	if qn == 0 || gn == 0 {
		return 0
	}
	var dot float64
	for t, w := range weights {
		dot += w * g.sum[t]
	}
	return dot / (qn * gn)
}

type group struct {
	id, story   string
	title       string
	titleTime   time.Time
	sum         vector
	size        int
	first, last time.Time
	events      []string // for stories

	// norm caches the idf-weighted length of sum: recomputed after sum
	// changes or the corpus grows by a tenth, since idf drifts slowly.
	norm, nameNorm float64
	normDocs       int
}

// Clusterer holds the online clustering state. It is not safe for concurrent
// use; the caller serialises Assign and Restore.
type Clusterer struct {
	opts     Options
	df       map[string]int
	docs     int
	events   map[string]*group
	stories  map[string]*group
	evPost   map[string][]string // term -> event ids, newest last
	stPost   map[string][]string // term -> story ids
	articles map[string]string   // article id -> event id
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:     opts.withDefaults(),
		df:       map[string]int{},
		events:   map[string]*group{},
		stories:  map[string]*group{},
		evPost:   map[string][]string{},
		stPost:   map[string][]string{},
		articles: map[string]string{},
	}
}

const postingCap = 256 // clusters remembered per term: the most recent ones

// Assign places a new article and returns where it went.
func (c *Clusterer) Assign(it Item) Assignment {
	v := c.observe(it)
	q := c.query(v)
	var best *group
	var bestSim float64
	if it.Join != "" {
		best = c.events[it.Join]
	}
	if best != nil {
		bestSim = c.cosineGroup(q, best)
	} else {
		for _, id := range c.candidates(c.evPost, q) {
			g := c.events[id]
			if !inWindow(it.Time, g, c.opts.EventWindow) {
				continue
			}
			if s := c.cosineGroup(q, g); s > bestSim || (s == bestSim && best != nil && id < best.id) {
				best, bestSim = g, s
			}
		}
		if bestSim < c.opts.EventThreshold {
			best = nil
		}
	}
	var a Assignment
	if best != nil {
		a = Assignment{Event: best.id, Story: best.story, Similarity: bestSim,
			Shared: c.shared(v, best.sum, 8), Gap: gap(it.Time, best)}
		if it.Join != "" {
			a.Reason = "copy of an article in this event"
		} else {
			a.Reason = "close to the event as a whole"
		}
		c.addTo(best, it, v, c.evPost)
		c.addTo(c.stories[best.story], it, v, c.stPost)
		c.articles[it.ID] = best.id
		return a
	}
	// A new event; find its story.
	ev := &group{id: "e" + strings.TrimPrefix(it.ID, "a"), sum: vector{}}
	var st *group
	var stSim float64
	for _, id := range c.candidates(c.stPost, q) {
		g := c.stories[id]
		if !inWindow(it.Time, g, c.opts.StoryWindow) {
			continue
		}
		if s := c.storySim(q, g); s > stSim || (s == stSim && st != nil && id < st.id) {
			st, stSim = g, s
		}
	}
	a = Assignment{NewEvent: true, Event: ev.id}
	if st == nil || stSim < c.opts.StoryThreshold {
		st = &group{id: "s" + strings.TrimPrefix(it.ID, "a"), sum: vector{}}
		c.stories[st.id] = st
		a.NewStory = true
		a.Reason = "first article of a new event and a new story"
	} else {
		a.StorySimilarity = stSim
		a.Shared = c.shared(v, st.sum, 8)
		a.Reason = "first article of a new event in a story it shares terms with"
	}
	ev.story = st.id
	st.events = append(st.events, ev.id)
	c.events[ev.id] = ev
	a.Story = st.id
	c.addTo(ev, it, v, c.evPost)
	c.addTo(st, it, v, c.stPost)
	c.articles[it.ID] = ev.id
	return a
}

// Restore puts an article back where an earlier run placed it, so that a
// reopened store continues the same clustering without deciding again.
func (c *Clusterer) Restore(it Item, event, story string) {
	v := c.observe(it)
	ev := c.events[event]
	if ev == nil {
		ev = &group{id: event, story: story, sum: vector{}}
		c.events[event] = ev
	}
	st := c.stories[story]
	if st == nil {
		st = &group{id: story, sum: vector{}}
		c.stories[story] = st
	}
	if ev.story != story {
		ev.story = story
	}
	if !slices.Contains(st.events, event) {
		st.events = append(st.events, event)
	}
	c.addTo(ev, it, v, c.evPost)
	c.addTo(st, it, v, c.stPost)
	c.articles[it.ID] = event
}

// EventOf returns the event an article was placed in.
func (c *Clusterer) EventOf(article string) string { return c.articles[article] }

// Event returns the state of one event.
func (c *Clusterer) Event(id string) (Cluster, bool) { return c.cluster(c.events[id]) }

// Story returns the state of one story.
func (c *Clusterer) Story(id string) (Cluster, bool) { return c.cluster(c.stories[id]) }

func (c *Clusterer) cluster(g *group) (Cluster, bool) {
	if g == nil {
		return Cluster{}, false
	}
	return Cluster{ID: g.id, Story: g.story, Title: g.title, First: g.first, Last: g.last, Size: g.size}, true
}

// observe turns an item into its vector and counts its terms in the
// document frequencies.
func (c *Clusterer) observe(it Item) vector {
	v := Terms(it.Title, it.Text)
	c.docs++
	for t := range v {
		c.df[t]++
	}
	return v
}

func (c *Clusterer) addTo(g *group, it Item, v vector, post map[string][]string) {
	for t, w := range v {
		if _, ok := g.sum[t]; !ok {
			p := post[t]
			p = append(p, g.id)
			if len(p) > postingCap {
				p = p[len(p)-postingCap:]
			}
			post[t] = p
		}
		g.sum[t] += w
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
	if g.title == "" || (!it.Time.IsZero() && (g.titleTime.IsZero() || it.Time.Before(g.titleTime))) {
		if it.Title != "" {
			g.title, g.titleTime = it.Title, it.Time
		}
	}
}

// maxCandidates bounds how many clusters are compared in full with one
// article: those that share the most weight of its distinctive terms.
const maxCandidates = 32

// maxQueryTerms bounds how many of an article's terms, the most distinctive
// first, look up clusters. It is high on purpose: in a small corpus the terms
// an article shares with its event (the place, the subject) are not its
// rarest.
const maxQueryTerms = 96

// candidates returns the clusters that share the article's most distinctive
// terms, best first by the weight they share, at most maxCandidates.
func (c *Clusterer) candidates(post map[string][]string, q query) []string {
	type tw struct {
		t string
		w float64
	}
	terms := make([]tw, 0, len(q.all))
	for t, w := range q.all {
		terms = append(terms, tw{t, w})
	}
	slices.SortFunc(terms, func(a, b tw) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(a.t, b.t)
	})
	if len(terms) > maxQueryTerms {
		terms = terms[:maxQueryTerms]
	}
	acc := map[string]float64{}
	for _, t := range terms {
		for _, id := range post[t.t] {
			acc[id] += t.w
		}
	}
	scored := make([]tw, 0, len(acc))
	for id, w := range acc {
		scored = append(scored, tw{id, w})
	}
	slices.SortFunc(scored, func(a, b tw) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(a.t, b.t)
	})
	if len(scored) > maxCandidates {
		scored = scored[:maxCandidates]
	}
	out := make([]string, len(scored))
	for i, s := range scored {
		out[i] = s.t
	}
	return out
}

func (c *Clusterer) idf(t string) float64 {
	return math.Log(float64(c.docs+1)/float64(c.df[t]+1)) + 1
}

func (c *Clusterer) cosine(a, b vector) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return c.dot(a, b) / (c.norm(a) * c.norm(b))
}

func (c *Clusterer) dot(a, b vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a {
		if x, ok := b[t]; ok {
			i := c.idf(t)
			dot += w * x * i * i
		}
	}
	return dot
}

// cosineGroup is the similarity of a query and g's centroid, g's lengths
// cached: the cosine over all terms, raised by the cosine over names when
// those agree more (reports of one happening name the same people and
// places even when their words differ).
func (c *Clusterer) cosineGroup(q query, g *group) float64 {
	c.refresh(g)
	all := sim(q.all, q.norm, g, g.norm)
	names := sim(q.names, q.namesNorm, g, g.nameNorm)
	return max(all, c.opts.NameWeight*names+(1-c.opts.NameWeight)*all)
}

func (c *Clusterer) refresh(g *group) {
	if g.normDocs > 0 && c.docs <= g.normDocs+g.normDocs/10 {
		return
	}
	g.norm = c.norm(g.sum)
	g.nameNorm = c.norm(namesOf(g.sum))
	g.normDocs = c.docs
}

// storySim weighs the names an article shares with a story as much as all
// their terms: the events of one story share their actors and places more
// than their words.
func (c *Clusterer) storySim(q query, g *group) float64 {
	c.refresh(g)
	all := sim(q.all, q.norm, g, g.norm)
	return max(all, 0.5*all+0.5*sim(q.names, q.namesNorm, g, g.nameNorm))
}

func namesOf(v vector) vector {
	out := vector{}
	for t, w := range v {
		if strings.HasPrefix(t, "@") {
			out[t] = w
		}
	}
	return out
}

func (c *Clusterer) norm(v vector) float64 {
	var s float64
	for t, w := range v {
		i := c.idf(t)
		s += w * w * i * i
	}
	return math.Sqrt(s)
}

// shared lists the n terms that contribute most to the cosine of a and b.
func (c *Clusterer) shared(a, b vector, n int) []string {
	type tw struct {
		t string
		w float64
	}
	var ts []tw
	for t, w := range a {
		if x, ok := b[t]; ok {
			i := c.idf(t)
			ts = append(ts, tw{t, w * x * i * i})
		}
	}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].w != ts[j].w {
			return ts[i].w > ts[j].w
		}
		return ts[i].t < ts[j].t
	})
	var out []string
	for _, t := range ts {
		if len(out) == n {
			break
		}
		out = append(out, strings.TrimPrefix(t.t, "@"))
	}
	return out
}

func inWindow(t time.Time, g *group, w time.Duration) bool {
	if t.IsZero() || g.first.IsZero() {
		return true
	}
	return gap(t, g) <= w
}

func gap(t time.Time, g *group) time.Duration {
	if t.IsZero() || g.first.IsZero() {
		return 0
	}
	switch {
	case t.Before(g.first):
		return g.first.Sub(t)
	case t.After(g.last):
		return t.Sub(g.last)
	}
	return 0
}

// resolve follows merges from a cluster id to the cluster that holds its
// articles now.
func (c *Clusterer) resolve(id string) string {
	return id
}
