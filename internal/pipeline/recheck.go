package pipeline

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/provenance"
)

// Re-deciding a stored direction. The relatives' vote on a pair (edits
// accumulate on the copy: provenance.Kept) sees only the relatives that
// came before the pair was stored, so a copy stored before its original's
// other copies kept an undetermined or a wrong direction whatever came
// after. Now a new article that matches both articles of a stored pair
// votes on it again with its other matches: FindCopies counts what each
// keeps of either side's own text for the pairs among its maxRecheck
// closest matches (recheckVotes), and the ordered step re-decides the pairs
// among them that are stored relations decided from the text or not at all
// (Evidence.Recheck; provenance.Recheck): the pair's own signals stand, the
// relatives' vote is taken again when at least as many relatives are asked
// as were last time. The cost is bounded per new article (maxRecheck
// matches, maxRelatives voters a pair), whatever the size of the store or
// of the family; and the last vote on a pair is the one of the widest
// family that matched both of it, so a family whose members all match each
// other ends with one answer whatever order they came in.

// maxRecheck is how many of a new article's closest matches have the
// stored relations among them re-checked: 15 pairs, up to maxRelatives
// votes each.
const maxRecheck = 6

// recheckVotes counts, for the pairs among the maxRecheck closest of the
// verified matches (ms, as found: found[i] is ms[i]), what each relative
// keeps of either side's own body text (provenance.KeptBodies): the new article (own: its word
// 5-shingles) and the pair's other matches, the closest first, up to
// maxRelatives, none of either side's outlet. body holds each match's body
// shingles (dedup.Fingerprint.BodyShingles), shingles its word 5-shingles.
// The votes are put on the match of the smaller id, keyed by the other.
// kinds[i] is the kind dedup found for ms[i]: a match it found written from
// one source with the new article is neither a pair nor a voter, but one
// made shared-source by a third report (oneSource) keeps its place, as it
// does among the relatives of the new article's own pairs: a copy of the
// original's text, as the family's other copies are.
func recheckVotes(a *copydesk.Article, own []uint64, ms []match, kinds []copydesk.Kind, arts []*copydesk.Article, body, shingles [][]uint64) {
	pair := func(i int) bool { return kinds[i] != copydesk.SharedSource && kinds[i] != copydesk.Translation }
	top := closestMatches(ms, maxRecheck, func(i int) bool { return pair(i) && body[i] != nil })
	// Voters, the closest first: the new article, then every other match.
	voters := closestMatches(ms, len(ms), pair)
	for i, p := range top {
		for _, q := range top[i+1:] {
			x, y := p, q
			if ms[y].id < ms[x].id {
				x, y = y, x
			}
			var zs [][]uint64
			if !sameOutlet(a, arts[x], arts[y]) {
				zs = append(zs, own)
			}
			for _, z := range voters {
				if len(zs) >= maxRelatives {
					break
				}
				if z != x && z != y && !sameOutlet(arts[z], arts[x], arts[y]) {
					zs = append(zs, shingles[z])
				}
			}
			var votes []provenance.Vote
			if len(zs) > 0 {
				votes = provenance.KeptBy(body[x], shingles[x], body[y], shingles[y], zs)
			}
			if ms[x].votes == nil {
				ms[x].votes = map[string][]provenance.Vote{}
			}
			ms[x].votes[ms[y].id] = votes
		}
	}
}

// recheck re-decides the stored relations between two matches of a new
// article whose votes FindCopies counted (recheckVotes), except those p
// unlinks: the redirects to save, in the order of their pairs.
func (lk *links) recheck(ms []match, p plan) []copydesk.Redirect {
	gone := map[[2]string]bool{}
	for _, l := range p.unlink {
		gone[pairKey(l.From, l.To)] = true
	}
	var out []copydesk.Redirect
	// A stored copy the new article shows to be one of two reports of one
	// source (familyVotes) is re-decided as such, and its direction is not.
	for _, m := range ms {
		for _, y := range slices.Sorted(maps.Keys(m.family)) {
			k := pairKey(m.id, y)
			r, ok := lk.rels[k]
			if !ok || gone[k] || !fromOneSource(r.Kind) {
				continue
			}
			gone[k] = true
			v := m.family[y]
			out = append(out, copydesk.Redirect{Link: copydesk.Link{From: r.From, To: r.To}, Kind: copydesk.SharedSource, Confidence: 0.5, Undetermined: true,
				Direction: []string{sharedSourceReason, fmt.Sprintf(whyFamily, min(v.A, v.B), max(v.A, v.B)), rekindReason}})
		}
	}
	for _, m := range ms {
		for _, y := range slices.Sorted(maps.Keys(m.votes)) {
			k := pairKey(m.id, y)
			r, ok := lk.rels[k]
			rc := r.Evidence.Recheck
			if !ok || gone[k] || rc == nil || r.Kind == copydesk.SharedSource || r.Kind == copydesk.Translation {
				continue
			}
			votes := m.votes[y]
			if len(votes) < rc.Relatives {
				continue // fewer relatives asked than last time
			}
			if r.From != m.id {
				votes = swapped(votes)
			}
			d := provenance.Recheck(&copydesk.Article{ID: r.From}, &copydesk.Article{ID: r.To}, rc.Own, votes)
			flip := d.Original.ID != r.From
			if !flip && d.Undetermined == r.Evidence.Undetermined && math.Abs(d.Confidence-r.Evidence.Confidence) < 1e-9 &&
				d.Recheck.Relatives == rc.Relatives {
				continue // nothing changes
			}
			out = append(out, copydesk.Redirect{Link: copydesk.Link{From: r.From, To: r.To}, Flip: flip,
				Direction: d.Reasons, Confidence: d.Confidence, Undetermined: d.Undetermined, Recheck: d.Recheck})
		}
	}
	slices.SortFunc(out, func(x, y copydesk.Redirect) int {
		kx, ky := pairKey(x.From, x.To), pairKey(y.From, y.To)
		return cmp.Or(cmp.Compare(kx[0], ky[0]), cmp.Compare(kx[1], ky[1]))
	})
	return out
}

// closestMatches are the indices of ms that keep holds, the closest first
// (the greater Close, then the smaller id), at most n of them.
func closestMatches(ms []match, n int, keep func(i int) bool) []int {
	var out []int
	for i := range ms {
		if keep(i) {
			out = append(out, i)
		}
	}
	slices.SortFunc(out, func(i, j int) int {
		return cmp.Or(-cmp.Compare(ms[i].close, ms[j].close), cmp.Compare(ms[i].id, ms[j].id))
	})
	return out[:min(len(out), n)]
}

// swapped returns votes with each side's count swapped.
func swapped(votes []provenance.Vote) []provenance.Vote {
	out := make([]provenance.Vote, len(votes))
	for i, v := range votes {
		out[i] = provenance.Vote{A: v.B, B: v.A}
	}
	return out
}

// rekindReason closes the reasons of a copy relation re-decided as
// shared-source (links.recheck).
const rekindReason = "re-decided when a later article matched both: first stored as a copy"

// redirect records re-decided directions in what the engine keeps of the
// stored relations. A relation re-decided as shared-source leaves them, as
// load leaves it: no one's nearest, nor anyone's original.
func (lk *links) redirect(ds []copydesk.Redirect) {
	for _, d := range ds {
		k := pairKey(d.From, d.To)
		r, ok := lk.rels[k]
		if !ok {
			continue
		}
		lk.count(r, -1)
		if d.Kind == copydesk.SharedSource {
			delete(lk.rels, k)
			delete(lk.extra, k)
			for _, x := range [][2]string{{d.From, d.To}, {d.To, d.From}} {
				if n, ok := lk.near[x[0]]; ok && n.id == x[1] {
					delete(lk.near, x[0])
					lk.hub[x[1]]--
				}
			}
			continue
		}
		r = bare(r.Redirected(d))
		lk.rels[k] = r
		lk.count(r, 1)
	}
}
