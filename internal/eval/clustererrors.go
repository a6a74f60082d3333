package eval

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// ClusterError is one gold cluster that copydesk split, or one cluster of
// copydesk's that holds several gold clusters, at one level ("event" or
// "story"): Kind "split" lists the pieces the gold cluster was cut into,
// Kind "merge" the gold clusters found together. It is for reading the
// errors of a tune half.
type ClusterError struct {
	Level string `json:"level"`
	Kind  string `json:"kind"`
	// Gold is the gold label of a split; Got the cluster of a merge.
	Gold   string         `json:"gold,omitempty"`
	Got    string         `json:"got,omitempty"`
	Pieces []ClusterPiece `json:"pieces"`
	// Loss is what the error costs BCubed: recall for a split, precision
	// for a merge, as a share of the corpus scored.
	Loss float64 `json:"loss"`
}

// ClusterPiece is one part of a ClusterError: for a split, the articles of
// the gold cluster in one found cluster (Cluster); for a merge, those of one
// gold label (Gold) in the found cluster. Why says, for each piece of a split
// but its largest, what kept it apart from the largest: "no date" (none of
// its articles is dated), "window" (dated, and its dates lie farther from the
// largest piece's than the event window), "same story" (a piece of an event
// in the largest piece's story: the story holds them), else "similarity".
type ClusterPiece struct {
	Cluster  string    `json:"cluster,omitempty"`
	Gold     string    `json:"gold,omitempty"`
	Story    string    `json:"story,omitempty"`
	Articles int       `json:"articles"`
	Dated    int       `json:"dated"`
	First    time.Time `json:"first,omitzero"`
	Last     time.Time `json:"last,omitzero"`
	Refs     []string  `json:"refs"`
	Why      []string  `json:"why,omitempty"`
	// Reason is the placement reason of the piece's first ref.
	Reason string `json:"reason,omitempty"`
}

// clusterArticle is what ClusterErrors reads of one scored article.
type clusterArticle struct {
	Published time.Time
	Story     string
	Reason    string
}

// ClusterErrors lists the splits and merges of got against gold at one
// level, the costliest first (ties by label). window is the event window:
// farther apart than it, two dated pieces are said to be cut by it.
func ClusterErrors(level string, got, gold map[string]string, arts map[string]clusterArticle, window time.Duration) []ClusterError {
	var out []ClusterError
	n := float64(len(gold))
	group := func(outer, inner map[string]string) map[string]map[string][]string {
		m := map[string]map[string][]string{}
		for ref, o := range outer {
			i, ok := inner[ref]
			if !ok {
				continue
			}
			if m[o] == nil {
				m[o] = map[string][]string{}
			}
			m[o][i] = append(m[o][i], ref)
		}
		return m
	}
	piece := func(refs []string) ClusterPiece {
		slices.Sort(refs)
		p := ClusterPiece{Articles: len(refs), Refs: refs}
		for _, r := range refs {
			a := arts[r]
			if a.Published.IsZero() {
				continue
			}
			p.Dated++
			if p.First.IsZero() || a.Published.Before(p.First) {
				p.First = a.Published
			}
			if a.Published.After(p.Last) {
				p.Last = a.Published
			}
		}
		if len(refs) > 0 {
			p.Reason = arts[refs[0]].Reason
		}
		if len(p.Refs) > 8 {
			p.Refs = p.Refs[:8]
		}
		return p
	}
	bySize := func(ps []ClusterPiece, key func(ClusterPiece) string) {
		slices.SortFunc(ps, func(a, b ClusterPiece) int {
			return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(key(a), key(b)))
		})
	}
	// BCubed loss of cutting (or joining) groups of these sizes: each
	// article loses the share of its cluster in the other groups.
	loss := func(ps []ClusterPiece) float64 {
		total := 0
		for _, p := range ps {
			total += p.Articles
		}
		l := 0.0
		for _, p := range ps {
			l += float64(p.Articles) * float64(total-p.Articles) / float64(total)
		}
		return l / n
	}
	for g, byGot := range group(gold, got) {
		if len(byGot) < 2 {
			continue
		}
		var ps []ClusterPiece
		for c, refs := range byGot {
			p := piece(refs)
			p.Cluster = c
			p.Story = arts[refs[0]].Story
			ps = append(ps, p)
		}
		bySize(ps, func(p ClusterPiece) string { return p.Cluster })
		for i := 1; i < len(ps); i++ {
			ps[i].Why = why(ps[0], ps[i], level, window)
		}
		out = append(out, ClusterError{Level: level, Kind: "split", Gold: g, Pieces: ps, Loss: loss(ps)})
	}
	for c, byGold := range group(got, gold) {
		if len(byGold) < 2 {
			continue
		}
		var ps []ClusterPiece
		for g, refs := range byGold {
			p := piece(refs)
			p.Gold = g
			ps = append(ps, p)
		}
		bySize(ps, func(p ClusterPiece) string { return p.Gold })
		out = append(out, ClusterError{Level: level, Kind: "merge", Got: c, Pieces: ps, Loss: loss(ps)})
	}
	slices.SortFunc(out, func(a, b ClusterError) int {
		return cmp.Or(cmp.Compare(b.Loss, a.Loss), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Gold+a.Got, b.Gold+b.Got))
	})
	return out
}

// why says what kept piece p apart from the largest piece of its gold
// cluster (see ClusterPiece).
func why(largest, p ClusterPiece, level string, window time.Duration) []string {
	var w []string
	switch {
	case p.Dated == 0:
		w = append(w, "no date")
	case largest.Dated > 0 && (p.First.Sub(largest.Last) > window || largest.First.Sub(p.Last) > window):
		w = append(w, "window")
	}
	if strings.HasSuffix(level, "event") && p.Story != "" && p.Story == largest.Story {
		w = append(w, "same story")
	}
	if len(w) == 0 {
		w = append(w, "similarity")
	}
	return w
}

// clusterErrors lists the event and story errors of arts, their levels
// named with prefix ("" online, "reclustered " after recluster).
func clusterErrors(prefix string, arts []*copydesk.Article, goldEvent, goldStory map[string]string, popt pipeline.Options) []ClusterError {
	gotEvent, gotStory := map[string]string{}, map[string]string{}
	by := map[string]clusterArticle{}
	for _, a := range arts {
		gotEvent[a.Ref], gotStory[a.Ref] = a.Event, a.Story
		ca := clusterArticle{Published: a.Published, Story: a.Story}
		if a.Placement != nil {
			ca.Reason = a.Placement.Reason
		}
		by[a.Ref] = ca
	}
	ew, sw := popt.Cluster.Windows()
	var out []ClusterError
	if len(goldEvent) > 0 {
		out = append(out, ClusterErrors(prefix+"event", gotEvent, goldEvent, by, ew)...)
	}
	if len(goldStory) > 0 {
		out = append(out, ClusterErrors(prefix+"story", gotStory, goldStory, by, sw)...)
	}
	return out
}
