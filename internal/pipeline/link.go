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
// small vocabulary gave 854k relations). So a copy links to its closest
// original, and siblings are known through the family (the derivation
// graph), not through pairs of their own:
//
//   - of the stored articles the new one copies, the closest is linked, and
//     another only when it accounts for a part of the new text the ones
//     linked before do not (a round-up quoting two stories has two
//     originals);
//   - a stored article the new one is the original of is linked when it has
//     no original yet, or when the new one takes the place of an original it
//     had: one that is itself a copy of the new article (a sibling), no
//     closer to it than the new one is. It is also linked when the new one
//     accounts for a part of its text its originals do not. Otherwise its
//     own originals already account for it.
//
// Each relation thus accounts for a part of the copy's text: an article has
// at most a handful of originals, and relations grow with the articles, not
// with the pairs.

// match is one verified pair of the new article with a stored one, with its
// direction decided.
type match struct {
	id    string
	kind  copydesk.Kind
	score float64
	ev    copydesk.Evidence
	// aInB is the share of the new article's text that stands in the
	// stored one's, bInA the other way (dedup.Reused); covered marks the
	// new article's words that stand in it, coveredB the stored one's words
	// that stand in the new one (both nil for a translation).
	aInB, bInA        float64
	covered, coveredB []bool
	d                 provenance.Decision
}

// original is one stored relation seen from its copy: the original's id
// and the share of the copy's text that stands in it.
type original struct {
	id     string
	reused float64
}

// Closeness ties: shares of reuse within closeTie are taken as equal.
const closeTie = 0.02

// minNewWords and minNewShare are what a further original of a new copy
// must account for beyond the originals linked before it: at least
// minNewWords words of the copy, and minNewShare of the words it accounts
// for in all.
const (
	minNewWords = 20
	minNewShare = 0.25
)

// literal ranks the kinds, the most literal first: of two originals that
// account for as much of a copy, the more literal copy is the closer.
func literal(k copydesk.Kind) int {
	if i := slices.Index(copydesk.Kinds, k); i >= 0 {
		return i
	}
	return len(copydesk.Kinds)
}

// maxDepth bounds the walk up a family towards its root.
const maxDepth = 32

// depthOf is how many originals lie between id and the root of its family,
// following each article's first original.
func depthOf(id string, originals func(string) []original) int {
	seen := map[string]bool{id: true}
	for d := 0; d < maxDepth; d++ {
		ps := originals(id)
		if len(ps) == 0 || seen[ps[0].id] {
			return d
		}
		id = ps[0].id
		seen[id] = true
	}
	return maxDepth
}

// choose picks, of the matches of the new article a, the relations to
// record and the stored ones they replace. originals gives the stored
// originals of a stored article, covers the words of a stored copy that
// stand in a stored original, added the order in which articles came.
func choose(a string, ms []match, originals func(string) []original, covers func(copy, original string) []bool, added func(string) int64) (keep []match, unlink []copydesk.Link) {
	var copies, origins []match // a copies them; a is their original
	for _, m := range ms {
		if m.d.Copy.ID == a {
			copies = append(copies, m)
		} else {
			origins = append(origins, m)
		}
	}
	// The originals of a, the closest first: the most literal copy; of
	// equally literal ones, the one nearest its family's root (two copies
	// of one original often resemble each other more than either resembles
	// it, when one tool made both); then the one that accounts for most of
	// a.
	depth := map[string]int{}
	for _, m := range copies {
		depth[m.id] = depthOf(m.id, originals)
	}
	slices.SortFunc(copies, func(x, y match) int {
		return cmp.Or(
			cmp.Compare(literal(x.kind), literal(y.kind)),
			cmp.Compare(depth[x.id], depth[y.id]),
			-cmp.Compare(math.Round(x.aInB/closeTie), math.Round(y.aInB/closeTie)),
			-cmp.Compare(x.score, y.score),
			cmp.Compare(added(x.id), added(y.id)),
			cmp.Compare(x.id, y.id))
	})
	var done []bool // a's words the originals linked so far account for
	for _, m := range copies {
		if len(keep) > 0 && (m.covered == nil || !accountsForMore(m.covered, done)) {
			continue // its part of a is accounted for: a sibling or an ancestor (or a translation among same-language originals)
		}
		if done == nil {
			done = make([]bool, len(m.covered))
		}
		for i, c := range m.covered {
			done[i] = done[i] || c
		}
		keep = append(keep, m)
	}
	// The stored copies of a.
	copyOfA := map[string]bool{}
	for _, m := range origins {
		copyOfA[m.id] = true
	}
	for _, m := range origins {
		ps := originals(m.id)
		if len(ps) == 0 {
			keep = append(keep, m)
			continue
		}
		// Its originals that a takes the place of (siblings no closer
		// to it), and what the others account for.
		var replace []copydesk.Link
		var rest []bool
		for _, p := range ps {
			if copyOfA[p.id] && m.bInA >= p.reused-closeTie {
				replace = append(replace, copydesk.Link{From: p.id, To: m.id})
				continue
			}
			c := covers(m.id, p.id)
			if rest == nil {
				rest = make([]bool, len(c))
			}
			for i := range min(len(c), len(rest)) {
				rest[i] = rest[i] || c[i]
			}
		}
		if len(replace) > 0 || rest == nil || m.coveredB != nil && accountsForMore(m.coveredB, rest) {
			keep = append(keep, m)
			unlink = append(unlink, replace...)
		}
	}
	return keep, unlink
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
