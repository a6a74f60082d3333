package pipeline

import (
	"cmp"
	"math"
	"slices"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/provenance"
)

// Bounded relations. A new article verified against its candidates may
// match a whole family: its original, the original's other copies (its
// siblings), the copies of those. Relating it to every one of them made the
// relations quadratic in the size of a family (5,300 articles drawn from one
// small vocabulary gave 854k relations). So each article is linked to its
// nearest relative, and siblings are known through the family (the
// derivation graph, the article view), not through pairs of their own:
//
//   - a new article is linked to the closest article it matches
//     (dedup.BodyCloseness: the content words and the runs of words the two
//     share). A copy's original holds every word the copy kept, a sibling
//     only those both kept, so a copy is closer to its original than to its
//     siblings whatever order they came in. Of relatives as close (an
//     original and its duplicates), the one a signal shows to be the new
//     article's original, then one that is no one's copy, then the one most
//     others are nearest to (a family's original), then the first to come.
//     A duplicate family is one text: its first member (as the dates or the
//     text decided) ranks before a later one however much closer that is
//     (a headline of its own, a credit line), a later member does not take
//     the first one's copies, and the first, arriving last, takes them;
//   - and to another only when that one accounts for a part of the new text
//     the ones linked before do not (a round-up quoting two stories);
//   - a stored article the new one is closer to than to its nearest
//     relative so far takes the new one as its nearest instead: an original
//     that arrives after its copies gathers them. So does one the new one
//     is as close to, when a signal shows the new one to be its original
//     and none showed that of its nearest so far, or its nearest is shown
//     to be the new one's copy (an original arriving after identical
//     copies of it), unless the new one is shown to be a copy of that
//     nearest (an original's duplicate does not take its copies from it).
//     One that is only a copy of that nearest, keeping none
//     of the stored article's own text against it, does not (sibling);
//     the relation then records whose nearest it is (Evidence.NearestOf),
//     as every relation does, since the nearest is not always the closest
//     and a process that opens the store rebuilds it from that (load);
//   - a relation that is no longer any article's nearest, nor another part
//     of one, is unlinked in the same transaction.
//
// Every relation is some article's nearest or accounts for a part of one,
// and no article is made the copy of more than maxOriginals others by a
// nearest link, nor given more than maxOriginals relations of undetermined
// direction to articles that came before it, so relations grow with the
// articles, not with the pairs.

// match is one verified pair of the new article with a stored one, with its
// direction decided.
type match struct {
	id    string
	kind  copydesk.Kind
	score float64
	close float64 // dedup.BodyCloseness of the two texts; 0 for a translation
	ev    copydesk.Evidence
	// aInB is the share of the new article's text that stands in the
	// stored one's, bInA the other way (dedup.Reused); covered marks the
	// new article's words that stand in it (nil for a translation).
	aInB, bInA float64
	covered    []bool
	d          provenance.Decision
	// own holds, for other matches y of the new article, what is kept of
	// this stored article's own text against y (ownKept); nil for a
	// translation, and missing for a y too far down the list.
	own map[string]ownKept
	// votes holds, for other matches y of the new article (of a greater
	// id), the votes of the pair's relatives on this one and y: A what
	// each keeps of this one's own text, B of y's (recheckVotes).
	votes map[string][]provenance.Vote
	// family holds, for other matches y of the new article (of a greater
	// id), what the new article keeps of this one's own text (A) and of
	// y's (B) when it shows the two written from one source (oneSource,
	// familyVotes).
	family map[string]provenance.Vote
}

// ownKept is what is kept of the word 5-shingles a stored article x has
// and another article lacks: New counts those x has and another match y
// lacks that the new article keeps; Kin those x has and the new article
// lacks that y keeps; Own those the new article has and x lacks that y
// keeps. A new article keeping x's own text against y descends from x's
// text, not y's; y keeping x's own text against the new article descends
// from x's; y keeping none of the new article's own text against x shows
// nothing of descending from the new article rather than from x. Below
// provenance.MinKept each shows nothing.
type ownKept struct {
	New int `json:"new,omitempty"`
	Kin int `json:"kin,omitempty"`
	Own int `json:"mine,omitempty"`
}

// maxOwnKept is how many matches of a new article, the closest, have
// their ownKept counted against each other: two passes over three
// shingle sets per pair.
const maxOwnKept = 8

// ownKepts fills the ownKept counts of the maxOwnKept closest of ms (own:
// the new article's word 5-shingles; sh: each match's).
func ownKepts(own []uint64, ms []match, sh map[string][]uint64) {
	var top []int
	for i, m := range ms {
		if sh[m.id] != nil {
			top = append(top, i)
		}
	}
	slices.SortStableFunc(top, func(i, j int) int { return -cmp.Compare(ms[i].close, ms[j].close) })
	top = top[:min(len(top), maxOwnKept)]
	for _, i := range top {
		x := &ms[i]
		x.own = make(map[string]ownKept, len(top)-1)
		for _, j := range top {
			if j == i {
				continue
			}
			y := ms[j].id
			v := provenance.Kept(own, sh[x.id], sh[y])
			x.own[y] = ownKept{New: provenance.Kept(sh[x.id], sh[y], own).A, Kin: v.B, Own: v.A}
		}
	}
}

// closeTie is the difference of closeness within which two relatives are
// as close.
const closeTie = 0.02

// maxShared is the most shared-source relations a new article is given:
// reports of one event written from one release are many, and each is
// known through the others.
const maxShared = 2

// sharedSourceReason is the Evidence.Direction of a shared-source relation:
// it has no direction.
const sharedSourceReason = "written from a common source: the two share passages, neither is a copy of the other (no direction)"

// maxTies is the most relatives as close as its nearest that a new article
// is linked to besides it: which of an original and its duplicates is the
// original only a signal tells, and it may be silent.
const maxTies = 2

// maxOriginals is the most originals a nearest link gives one article, and
// the most relations of undetermined direction it is given to articles
// that came before it (see links.count): on input where everything
// resembles everything, an article that many others are nearest to is not
// made the copy of all of them.
const maxOriginals = 3

// minNewWords and minNewShare are what a further relative of a new article
// must account for beyond the ones linked before it: at least minNewWords
// words of it, and minNewShare of the words it accounts for in all.
const (
	minNewWords = 20
	minNewShare = 0.25
)

// decided reports whether a direction was decided by a signal rather than
// taken arbitrarily.
func decided(d provenance.Decision) bool { return d.Confidence > 0.5 }

// decidedRel reports whether a stored relation's direction was decided by a
// signal: only then is its To a copy of its From.
func decidedRel(r copydesk.Relation) bool {
	return r.Evidence.Confidence > 0.5 && !r.Evidence.Undetermined
}

// count adds delta to the originals of the article a stored relation makes
// a copy: its To when a signal decided the direction (originals); else the
// one that came later, which linked to the other, in undecided. An
// undetermined relation's From and To say nothing: counting it against its
// To made a family's first articles look like the copies of their later
// siblings, so that the original, arriving after them, found them full and
// was not linked to its own copies.
func (lk *links) count(r copydesk.Relation, delta int) {
	if t := r.Evidence.TieOf; t != "" {
		lk.ties[t] += delta
		if lk.ties[t] <= 0 {
			delete(lk.ties, t)
		}
	}
	if decidedRel(r) {
		lk.originals[r.To] += delta
		if delta > 0 {
			lk.from[r.To] = append(lk.from[r.To], r.From)
		} else if i := slices.Index(lk.from[r.To], r.From); i >= 0 {
			lk.from[r.To] = slices.Delete(lk.from[r.To], i, i+1)
			if len(lk.from[r.To]) == 0 {
				delete(lk.from, r.To)
			}
		}
		return
	}
	lk.undecided[lk.later(r.From, r.To)] += delta
}

// addedAt is when id was added, in the order of lk.added (0 without it).
func (lk *links) addedAt(id string) int64 {
	if lk.added == nil {
		return 0
	}
	return lk.added(id)
}

// later returns the one of x and y added later (of two added at once, the
// greater id).
func (lk *links) later(x, y string) string {
	{
		if ax, ay := lk.addedAt(x), lk.addedAt(y); ax != ay {
			if ax > ay {
				return x
			}
			return y
		}
	}
	return max(x, y)
}

// pairKey names a relation whatever its direction.
func pairKey(x, y string) [2]string { return [2]string{min(x, y), max(x, y)} }

// nearest is an article's nearest relative and how close it is.
type nearest struct {
	id    string
	close float64
}

// links is what the engine keeps of the stored relations to link new
// articles.
type links struct {
	near map[string]nearest // each article's nearest relative
	hub  map[string]int     // how many articles have each as their nearest
	// rels are the stored relations by pair; extra marks those kept as
	// another part of an article; originals counts each article's stored
	// originals, undecided its relations of undetermined direction to
	// articles that came before it (see count).
	rels      map[[2]string]copydesk.Relation
	extra     map[[2]string]bool
	originals map[string]int
	undecided map[string]int
	ties      map[string]int // stored tie links of each article (Evidence.TieOf)
	// from lists each article's stored originals by a relation of
	// decided direction.
	from map[string][]string
	// added gives the order in which articles came (nil: all at once).
	added func(id string) int64
}

func newLinks(added func(id string) int64) *links {
	return &links{added: added, near: map[string]nearest{}, hub: map[string]int{}, rels: map[[2]string]copydesk.Relation{},
		extra: map[[2]string]bool{}, originals: map[string]int{}, undecided: map[string]int{}, ties: map[string]int{}, from: map[string][]string{}}
}

// load takes the stored relations: each article's nearest is the latest
// relation naming it in Evidence.NearestOf (the one made when the later of
// its two articles came), so that a process opening a store goes on as the
// one that stored it would; an article no relation names (a store written
// before relations named them) takes its closest relation (of equally
// close ones, the first id). A relation that is no one's nearest was kept
// as another part.
func (lk *links) load(rels []copydesk.Relation, closeness func(x, y string) float64) {
	type made struct {
		id string
		at int64
	}
	named := map[string]made{} // each named article's latest nearest, and when it was made
	for _, r := range rels {
		if r.Kind == copydesk.SharedSource || r.Kind == copydesk.Translation {
			continue
		}
		at := lk.addedAt(lk.later(r.From, r.To))
		for _, x := range r.Evidence.NearestOf {
			y := r.From
			if x == r.From {
				y = r.To
			} else if x != r.To {
				continue
			}
			if cur, ok := named[x]; !ok || at > cur.at || at == cur.at && y < cur.id {
				named[x] = made{y, at}
			}
		}
	}
	for _, r := range rels {
		if r.Kind == copydesk.SharedSource {
			continue // no one's nearest, nor anyone's original
		}
		r = bare(r)
		lk.rels[pairKey(r.From, r.To)] = r
		lk.count(r, 1)
		if r.Kind == copydesk.Translation {
			// Linked as another part, never as an article's nearest (as
			// choose links it): taken for a nearest here, it was unlinked
			// when a closer relative came after a takeover.
			lk.extra[pairKey(r.From, r.To)] = true
			continue
		}
		c := closeness(r.From, r.To)
		for _, x := range [][2]string{{r.From, r.To}, {r.To, r.From}} {
			if n, ok := named[x[0]]; ok {
				if n.id == x[1] {
					lk.near[x[0]] = nearest{x[1], c}
				}
				continue
			}
			cur, ok := lk.near[x[0]]
			if !ok || c > cur.close || c == cur.close && x[1] < cur.id {
				lk.near[x[0]] = nearest{x[1], c}
			}
		}
	}
	for _, n := range lk.near {
		lk.hub[n.id]++
	}
	for k := range lk.rels {
		if lk.near[k[0]].id != k[1] && lk.near[k[1]].id != k[0] {
			lk.extra[k] = true
		}
	}
}

// plan is what linking one new article decides.
type plan struct {
	keep   []match           // the relations of the new article to record
	near   map[string]string // articles whose nearest becomes another (the new one, or the new one's own)
	closes map[string]float64
	extra  [][2]string
	ties   []string // stored articles linked to the new one as a tie
	unlink []copydesk.Link
	// redirect re-decides stored relations between matches of the new
	// article (recheck).
	redirect []copydesk.Redirect
}

// tieOf returns m when p links the new article to the stored article m as
// a tie of m (Evidence.TieOf), else "".
func (p plan) tieOf(m string) string {
	if slices.Contains(p.ties, m) {
		return m
	}
	return ""
}

// nearestOf returns which of the new article a and its relative m take
// their relation for their nearest in p (Evidence.NearestOf), a first.
func (p plan) nearestOf(a, m string) []string {
	var of []string
	if p.near[a] == m {
		of = append(of, a)
	}
	if p.near[m] == a {
		of = append(of, m)
	}
	return of
}

// choose decides which matches of the new article a to record, which stored
// articles take a as their nearest, and which stored relations that leaves
// unneeded. added gives the order in which articles came.
func (lk *links) choose(a string, ms []match) plan {
	p := plan{near: map[string]string{}, closes: map[string]float64{}}
	ms = lk.chained(a, ms)
	var same, trans, shared []match
	byID := map[string]match{}
	for _, m := range ms {
		byID[m.id] = m
		switch m.kind {
		case copydesk.Translation:
			trans = append(trans, m)
		case copydesk.SharedSource:
			shared = append(shared, m)
		default:
			same = append(same, m)
		}
	}
	// shown: a signal shows m to be a's original.
	shown := func(m match) int {
		if m.d.Original.ID == m.id && decided(m.d) {
			return 1
		}
		return 0
	}
	// full: m may take one more original (a) from a nearest link.
	newOrigs, newUndecided := 0, 0 // a's originals and undecided relations kept so far
	freed := map[string]int{}      // originals of stored articles that a replaces
	full := func(m match) bool {
		switch {
		case !decided(m.d):
			return lk.undecided[a]+newUndecided >= maxOriginals
		case m.d.Original.ID == a:
			return lk.originals[m.id]-freed[m.id] >= maxOriginals
		}
		return lk.originals[a]+newOrigs >= maxOriginals
	}
	rank, below := lk.rootFirst(same)
	slices.SortFunc(same, func(x, y match) int {
		return cmp.Or(
			-cmp.Compare(math.Round(rank[x.id]/closeTie), math.Round(rank[y.id]/closeTie)),
			cmp.Compare(below[x.id], below[y.id]),
			-cmp.Compare(shown(x), shown(y)),
			cmp.Compare(min(lk.originals[x.id], 1), min(lk.originals[y.id], 1)),
			-cmp.Compare(lk.hub[x.id], lk.hub[y.id]),
			-cmp.Compare(x.close, y.close),
			cmp.Compare(lk.addedAt(x.id), lk.addedAt(y.id)),
			cmp.Compare(x.id, y.id))
	})
	kept := map[string]bool{}
	keep := func(m match) {
		kept[m.id] = true
		p.keep = append(p.keep, m)
		switch {
		case !decided(m.d):
			newUndecided++
		case m.d.Copy.ID == a:
			newOrigs++
		}
	}
	var done []bool // a's words the relatives linked so far account for
	ties := 0
	for _, m := range same {
		if full(m) {
			continue
		}
		first := len(p.keep) == 0
		tie := !first && ties < maxTies && m.close >= same[0].close-closeTie
		if !first && !tie && (m.covered == nil || !accountsForMore(m.covered, done)) {
			continue // its part of a is accounted for: a sibling, or the family's
		}
		if tie {
			ties++
		}
		if done == nil {
			done = make([]bool, len(m.covered))
		}
		for i := range min(len(done), len(m.covered)) {
			done[i] = done[i] || m.covered[i]
		}
		keep(m)
		if first {
			p.near[a], p.closes[a] = m.id, m.close
		} else {
			p.extra = append(p.extra, pairKey(a, m.id))
		}
	}
	// A translation has one original in each other language; it is linked
	// when nothing in a's own language is.
	if len(p.keep) == 0 {
		for _, m := range trans {
			keep(m)
			p.extra = append(p.extra, pairKey(a, m.id))
		}
	}
	// Reports written from one source are listed, the most that share
	// first, up to maxShared; they are no one's copy, so no direction.
	slices.SortFunc(shared, func(x, y match) int { return cmp.Or(-cmp.Compare(x.score, y.score), cmp.Compare(x.id, y.id)) })
	for _, m := range shared[:min(len(shared), maxShared)] {
		// The reason first, then what in the texts made them shared-source
		// (dedup.Match.Why, which FindCopies puts in the evidence).
		m.d = provenance.Decision{Original: m.d.Copy, Copy: m.d.Original, Reasons: append([]string{sharedSourceReason}, m.ev.Direction...), Confidence: 0.5}
		if m.d.Copy.ID != a {
			m.d.Original, m.d.Copy = m.d.Copy, m.d.Original // listed from the earlier article
		}
		p.keep = append(p.keep, m)
	}
	// Stored articles a is nearer to than their nearest so far.
	var displaced [][2]string
	for _, m := range same {
		cur, ok := lk.near[m.id]
		relink := !ok || m.close > cur.close+closeTie
		if relink && ok && sibling(a, m, byID[cur.id]) {
			relink = false // m keeps its nearest; a may still be a tie
		}
		if c, in := byID[cur.id]; relink && ok && in && c.kind == copydesk.Duplicate && c.d.Original.ID == cur.id && decided(c.d) {
			// a is a later member of the duplicate family of m's nearest: a
			// family is one text, and m keeps its first member (a may
			// still be a tie).
			relink = false
		}
		if ok && !relink && m.close >= cur.close-closeTie && m.d.Original.ID == a && decided(m.d) {
			r := lk.rels[pairKey(m.id, cur.id)]
			c, ok := byID[cur.id]
			relink = !(r.From == cur.id && r.Evidence.Confidence > 0.5) || ok && c.d.Original.ID == a && decided(c.d)
			if ok && c.d.Original.ID == cur.id && decided(c.d) {
				relink = false // a copy of m's nearest, as close: m keeps the root (a tie at most)
			}
		}
		if !relink && ok && !kept[m.id] && m.close >= cur.close-closeTie && lk.ties[m.id] < maxTies && !full(m) {
			// As close as its nearest: linked as a tie, up to maxTies.
			keep(m)
			p.extra = append(p.extra, pairKey(a, m.id))
			p.ties = append(p.ties, m.id)
			continue
		}
		if !relink || !kept[m.id] && full(m) {
			continue
		}
		p.near[m.id], p.closes[m.id] = a, m.close
		if !kept[m.id] {
			keep(m)
		}
		if ok {
			displaced = append(displaced, [2]string{m.id, cur.id})
		}
	}
	// Stored copies of a that took a sibling for their original before a
	// came: a takes the sibling's place.
	var replaced []copydesk.Link
	for _, m := range same {
		if kept[m.id] || m.d.Original.ID != a || !decided(m.d) {
			continue
		}
		x := lk.sibling(a, m, byID, p)
		if x == "" {
			continue
		}
		if full(m) {
			r := lk.rels[pairKey(x, m.id)]
			replaced = append(replaced, copydesk.Link{From: r.From, To: r.To})
			freed[m.id]++
		}
		keep(m)
		if lk.near[m.id].id == x {
			p.near[m.id], p.closes[m.id] = a, m.close
			displaced = append(displaced, [2]string{m.id, x})
		} else {
			p.extra = append(p.extra, pairKey(a, m.id))
		}
	}
	// The relations the displaced nearest links were: unlinked unless still
	// the nearest of their other side, or another part.
	nearOf := func(x string) string {
		if n, ok := p.near[x]; ok {
			return n
		}
		return lk.near[x].id
	}
	gone := map[[2]string]bool{}
	for _, l := range replaced {
		gone[pairKey(l.From, l.To)] = true
		p.unlink = append(p.unlink, l)
	}
	for _, d := range displaced {
		x, y := d[0], d[1]
		if nearOf(x) == y || nearOf(y) == x || lk.extra[pairKey(x, y)] || gone[pairKey(x, y)] {
			continue
		}
		gone[pairKey(x, y)] = true
		if r, ok := lk.rels[pairKey(x, y)]; ok {
			p.unlink = append(p.unlink, copydesk.Link{From: r.From, To: r.To})
		}
	}
	p.redirect = lk.recheck(ms, p)
	return p
}

// chained returns ms with the undetermined direction of a match decided
// through another match x where a chain of decided directions runs
// through x (provenance.Chain): m the stored original of x and x the new
// article a's original, or a the original of x and x m's stored original.
// The texts of an original and its duplicate often tell nothing, while a
// third article that copied one and was copied by the other does. When
// chains disagree on the original, m stays undetermined; of those that
// agree, the surest decides (of equally sure ones, the first x by id).
func (lk *links) chained(a string, ms []match) []match {
	var out []match
	for i, m := range ms {
		if decided(m.d) || m.kind == copydesk.SharedSource || m.d.Original == nil || m.d.Copy == nil {
			continue
		}
		self, other := m.d.Original, m.d.Copy // a's article and m's
		if self.ID != a {
			self, other = other, self
		}
		var best provenance.Decision
		bestX, agree := "", true
		for _, x := range ms {
			if x.id == m.id || !decided(x.d) || x.kind == copydesk.SharedSource {
				continue
			}
			r, ok := lk.rels[pairKey(m.id, x.id)]
			if !ok || !decidedRel(r) {
				continue
			}
			var d provenance.Decision
			switch {
			case x.d.Original.ID == x.id && r.From == m.id: // m -> x -> a
				d, ok = provenance.Chain(other, x.d.Original, self, r.Evidence.Confidence, x.d.Confidence)
			case x.d.Original.ID == a && r.From == x.id: // a -> x -> m
				d, ok = provenance.Chain(self, x.d.Copy, other, x.d.Confidence, r.Evidence.Confidence)
			default:
				ok = false
			}
			if !ok {
				continue
			}
			if bestX != "" && d.Original.ID != best.Original.ID {
				agree = false
			}
			if bestX == "" || d.Confidence > best.Confidence || d.Confidence == best.Confidence && x.id < bestX {
				best, bestX = d, x.id
			}
		}
		if bestX == "" || !agree {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		out[i].d = best
	}
	if out == nil {
		return ms
	}
	return out
}

// sibling returns a stored original of m, a stored copy of the new article
// a, that a replaces as m's original: a is shown
// to be the original of both, and m keeps fewer than provenance.MinKept of
// the shingles that one has and a lacks, so nothing shows m was copied from
// it rather than from a; it is neither m's nor its own nearest's only
// link. Copies of one original that came before it take each other for
// originals, up to maxOriginals; the original, coming after, replaces one
// of them rather than being left out or adding a fourth. "" when there is
// none.
func (lk *links) sibling(a string, m match, byID map[string]match, p plan) string {
	for _, x := range lk.from[m.id] {
		xm, ok := byID[x]
		if !ok || xm.d.Original.ID != a || !decided(xm.d) {
			continue
		}
		if xm.kind == copydesk.Duplicate && (p.near[x] == a || p.near[a] == x) {
			// A duplicate family is one text: its copies link to its
			// first member, whatever else the later member carries (a
			// credit line, a headline of its own), and the later member
			// keeps a link to the first.
			return x
		}
		if lk.near[x].id == m.id {
			continue
		}
		if k, ok := xm.own[m.id]; ok && k.Kin < provenance.MinKept {
			return x
		}
	}
	return ""
}

// sibling reports whether the new article a, closer to a stored article m
// than m's nearest so far (c, a match of a too), is only m's sibling: a
// is not shown to be c's original and m keeps fewer than
// provenance.MinKept of the shingles a has and c lacks, so nothing shows m
// descends from a rather than from c. A copy of c that is closer to m by
// what the two share by chance (a near-duplicate cut down as an excerpt
// of c is) does not take m from c.
func sibling(a string, m, c match) bool {
	if c.id == "" || c.d.Original == nil || c.d.Original.ID == a && decided(c.d) {
		return false
	}
	k, ok := c.own[m.id]
	return ok && k.Own < provenance.MinKept
}

// rootMargin is how much closer to a new article a stored copy may be than
// its own original, both matched, and still rank after it when the new
// article keeps none of what that copy added (rootFirst).
const rootMargin = 0.1

// rootFirst ranks the matches of a new article for its nearest link. A match is ranked by its closeness, except that an
// original ranks as close as its copy, and before it, when both are
// matched, the copy is less than rootMargin closer, and the new article
// keeps fewer than provenance.MinKept of the shingles the copy has and its original
// lacks: the copy's own edits (a credit line, a retitle, a corrected
// figure) are not in the new text, so nothing shows it was copied from the
// copy rather than from the original, whose duplicates and near-duplicates
// are otherwise often the closer by what they and the new article share by
// chance. It returns each match's rank and whether it was put below its
// original. Only pairs of matches with a stored relation of decided
// direction are compared: at most a few per match (maxOriginals).
func (lk *links) rootFirst(same []match) (rank map[string]float64, below map[string]int) {
	rank, below = make(map[string]float64, len(same)), map[string]int{}
	byID := make(map[string]match, len(same))
	for _, m := range same {
		rank[m.id] = m.close
		byID[m.id] = m
	}
	// An original takes its copy's rank, and its own original that rank
	// in turn (a copy of a copy of the original): pass after pass until no
	// rank rises, at most one pass a match.
	for range same {
		rose := false
		for _, x := range same {
			for _, r := range lk.from[x.id] {
				y, ok := byID[r]
				if !ok || y.close < x.close-rootMargin {
					continue
				}
				// A duplicate family is one text: of its members the first
				// ranks first, whatever the later one added.
				dup := lk.rels[pairKey(x.id, y.id)].Kind == copydesk.Duplicate
				if k, ok := x.own[y.id]; !dup && (!ok || k.New >= provenance.MinKept) {
					continue // the new article keeps the copy's own text, or it was not counted
				}
				if rank[x.id] > rank[y.id] {
					rank[y.id], rose = rank[x.id], true
				}
				below[x.id] = 1
			}
		}
		if !rose {
			break
		}
	}
	return rank, below
}

// commit records a plan once it is saved: rels are the relations saved.
func (lk *links) commit(p plan, rels []copydesk.Relation) {
	for x, y := range p.near {
		if old, ok := lk.near[x]; ok {
			lk.hub[old.id]--
		}
		lk.near[x] = nearest{y, p.closes[x]}
		lk.hub[y]++
	}
	for _, k := range p.extra {
		lk.extra[k] = true
	}
	lk.redirect(p.redirect)
	for _, l := range p.unlink {
		k := pairKey(l.From, l.To)
		if r, ok := lk.rels[k]; ok {
			lk.count(r, -1)
			delete(lk.rels, k)
		}
		delete(lk.extra, k)
	}
	for _, r := range rels {
		if r.Kind == copydesk.SharedSource {
			continue
		}
		k := pairKey(r.From, r.To)
		if old, ok := lk.rels[k]; ok {
			lk.count(old, -1)
		}
		r = bare(r)
		lk.rels[k] = r
		lk.count(r, 1)
	}
}

// bare returns r without its evidence's lists (passages, anchors, the
// direction's reasons): what the engine keeps of every relation it stores
// reads none of them, and a passage holds the whole text it was cut from.
func bare(r copydesk.Relation) copydesk.Relation {
	r.Evidence.Passages, r.Evidence.Anchors, r.Evidence.Direction = nil, nil, nil
	return r
}

// accountsForMore reports whether covered marks enough words that done
// does not: minNewWords at least, and minNewShare of those it marks.
func accountsForMore(covered, done []bool) bool {
	fresh, own := 0, 0
	for i, c := range covered {
		if c {
			own++
			if i >= len(done) || !done[i] {
				fresh++
			}
		}
	}
	return fresh >= minNewWords && float64(fresh) >= minNewShare*float64(own)
}
