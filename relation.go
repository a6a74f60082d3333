package copydesk

import "fmt"

// Kind is the kind of copy one article is of another.
type Kind string

// The relation kinds, from the most to the least literal.
const (
	Duplicate     Kind = "duplicate"      // the same text, boilerplate aside
	NearDuplicate Kind = "near-duplicate" // light edits
	Excerpt       Kind = "excerpt"        // a part of the original stands inside the copy
	Rewrite       Kind = "rewrite"        // paraphrased (spun) sentence by sentence
	Translation   Kind = "translation"    // the same text in another language
)

// SharedSource relates two articles written independently from one common
// source (a press release, an agency text): not a copy of each other, so it
// is not one of Kinds.
const SharedSource Kind = "shared-source"

// Kinds lists every relation kind in a stable order.
var Kinds = []Kind{Duplicate, NearDuplicate, Excerpt, Rewrite, Translation}

// Relation says that To is a copy of From (the original), of some Kind.
type Relation struct {
	From     string   `json:"from"`
	To       string   `json:"to"`
	Kind     Kind     `json:"kind"`
	Score    float64  `json:"score"`
	Evidence Evidence `json:"evidence"`
}

// Evidence is what a journalist can check behind a Relation.
type Evidence struct {
	// Jaccard is the resemblance of the two shingle sets.
	Jaccard float64 `json:"jaccard"`
	// ReusedOfOriginal is the share of the original's shingles found in the copy;
	// ReusedOfCopy is the share of the copy's shingles found in the original.
	ReusedOfOriginal float64 `json:"reused_of_original"`
	ReusedOfCopy     float64 `json:"reused_of_copy"`
	// Passages are the longest passages the two texts share, longest first.
	Passages []string `json:"passages,omitempty"`
	// Anchors are the names and numbers a translation shares with its
	// original, most frequent first.
	Anchors []string `json:"anchors,omitempty"`
	// Direction gives why From is taken as the original, and how sure that is.
	Direction  []string `json:"direction,omitempty"`
	Confidence float64  `json:"confidence"`
	// Undetermined is set when nothing decides which of the two is the
	// original: From and To are then only the order the pair is kept in
	// (the one stored first as From), no claim, and the relation is shown
	// without a direction.
	Undetermined bool `json:"undetermined,omitempty"`
	// NearestOf names the articles (From, To or both) that took this
	// relation for their nearest relative when it was made: a copy's link
	// to its original, or an original's to the copy that came closest to
	// it. An article's nearest is the latest relation naming it, which is
	// not always its closest (a copy of its nearest that came closer by
	// chance does not take it), so a process that opens a store rebuilds
	// each article's nearest from this, and from closeness only for
	// relations stored without it.
	NearestOf []string `json:"nearest_of,omitempty"`
	// TieOf names the stored article (From or To) this relation was made
	// a tie of: a new article linked to it besides its nearest relative,
	// as close to it as that one. An article holds a few such links at
	// most, so a process that opens a store counts them from this.
	TieOf string `json:"tie_of,omitempty"`
	// Recheck, when set, is what lets a later relative of the pair
	// re-decide its direction (the pipeline's bounded re-check); nil when
	// publication times decided it, or a chain of decided relations.
	Recheck *Recheck `json:"recheck,omitempty"`
}

// Recheck is what a direction decided from the text keeps so that the
// relatives that come later can re-decide it: the pair's own signals
// stand, the relatives' vote is taken again.
type Recheck struct {
	// Own is the net points of the pair's own text signals (the relatives'
	// vote aside) for From being the original.
	Own float64 `json:"own"`
	// Relatives is how many related articles were asked when the
	// direction was last decided; a re-check asking fewer changes nothing.
	Relatives int `json:"relatives"`
	// Reasons is how many of Direction's first lines give the pair's own
	// signals: a re-check keeps them and replaces the rest.
	Reasons int `json:"reasons"`
}

// Redirect re-decides the direction of a stored relation: Link names it as
// stored; Flip makes its To the original; Direction holds the reasons to
// put after the pair's own (Recheck.Reasons of them are kept).
type Redirect struct {
	Link
	Flip         bool
	Direction    []string
	Confidence   float64
	Undetermined bool
	Recheck      *Recheck
	// Kind, when set, re-decides the relation's kind as well: a copy
	// found to be one of two reports of one source (SharedSource, when a
	// later relative keeps each side's own text). Direction then replaces
	// every reason, Flip is not read, and the relation keeps no re-check
	// and is no one's nearest or tie.
	Kind Kind
}

// Redirected returns r re-decided by d (d.Link names r as stored): From and
// To swapped with the shares of reuse when d.Flip, the direction's reasons
// the pair's own ones that r keeps followed by d's.
func (r Relation) Redirected(d Redirect) Relation {
	ev := &r.Evidence
	if d.Kind != "" {
		r.Kind = d.Kind
		ev.Direction = append([]string(nil), d.Direction...)
		ev.Confidence, ev.Undetermined, ev.Recheck = d.Confidence, d.Undetermined, nil
		ev.NearestOf, ev.TieOf = nil, ""
		return r
	}
	kept := 0
	if ev.Recheck != nil {
		kept = ev.Recheck.Reasons
	}
	ev.Direction = append(append([]string(nil), ev.Direction[:min(kept, len(ev.Direction))]...), d.Direction...)
	ev.Confidence, ev.Undetermined, ev.Recheck = d.Confidence, d.Undetermined, nil
	if d.Recheck != nil {
		rc := *d.Recheck
		rc.Reasons = kept // the pair's own lines stay first
		ev.Recheck = &rc
	}
	if d.Flip {
		r.From, r.To = r.To, r.From
		ev.ReusedOfOriginal, ev.ReusedOfCopy = ev.ReusedOfCopy, ev.ReusedOfOriginal
	}
	return r
}

// DirectionText says how a relation's direction stands, for people:
// "undetermined", or the confidence that From is the original.
func (e Evidence) DirectionText() string {
	if e.Undetermined {
		return "undetermined"
	}
	return fmt.Sprintf("confidence %.2f", e.Confidence)
}
