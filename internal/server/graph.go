package server

import (
	"slices"
	"strconv"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// The derivation graph of a story page, drawn twice from one forest: wide,
// left to right (originals in the first column, each copy one column to the
// right of its original), for screens that have the room, and tall, top to
// bottom (each article on a row of its own, each copy indented under its
// original), for phones; the style sheet shows one of the two. A story of
// more than collapseAbove articles in its graph draws each family (an
// original and every copy of it, of its copies and so on) on its own,
// folded, largest first, so that the page opens on a list of families
// rather than on a drawing many screens tall.

// collapseAbove is how many articles a story's graph holds before its
// families are folded.
const collapseAbove = 20

// family is one tree of the derivation forest, or the whole forest when it
// is small enough to be drawn in one piece.
type family struct {
	// Root names the original (Root.Source, Root.When), for the fold's
	// summary; Copies counts the other articles of the family.
	Root   graphNode
	Copies int
	// Open: the family is shown unfolded (the largest, when it is small).
	Open bool
	Wide *graph
	Tall *graph
}

// graph is a derivation forest laid out for inline SVG.
type graph struct {
	Tall          bool // drawn top to bottom
	Width, Height int
	NodeW, NodeH  int
	Nodes         []graphNode
	Edges         []graphEdge
}

type graphNode struct {
	X, Y          int
	ID            string
	Source, Title string // shortened to fit the box
	Tip           string // the full label, as a tooltip
	When          string // the publication time, "" when unknown
	// Via is the edge from the node's original, written in the box in the
	// tall drawing ("" for an original, and in the wide one, which labels
	// the edges).
	Via string
}

type graphEdge struct {
	Path           string
	LabelX, LabelY int
	Kind           copydesk.Kind
	Score          float64
	// Undetermined edges are drawn without a direction (dotted).
	Undetermined bool
}

// The graph's geometry, in SVG user units.
const (
	nodeW, nodeH = 210, 62
	colW, rowH   = 370, 78 // room between columns for a label like "near-duplicate 0.82"
	margin       = 8
	labelRunes   = 28
	// The tall drawing: boxes with a fourth line (the edge), indented by
	// indent per step from the original; four steps fit a 390-pixel phone.
	tallW, tallH = 250, 76
	tallRowH     = 86
	indent       = 22
)

// families lays out the derivation forest roots: one family for the whole
// forest when it holds at most collapseAbove articles, else one per tree,
// largest first (then by the original's place in roots); nil when roots is
// empty.
func families(roots []*view.Derivation, lookup func(string) *copydesk.Article) (fams []family, folded bool) {
	if len(roots) == 0 {
		return nil, false
	}
	sizes := make([]int, len(roots))
	total := 0
	seen := map[string]bool{}
	for i, d := range roots {
		sizes[i] = countTree(d, seen)
		total += sizes[i]
	}
	if total <= collapseAbove {
		return []family{{Root: node(lookup(roots[0].Article)), Copies: total - 1, Wide: layout(roots, lookup), Tall: layoutTall(roots, lookup)}}, false
	}
	order := make([]int, len(roots))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return sizes[b] - sizes[a] })
	for _, i := range order {
		if sizes[i] == 0 {
			continue // every article of it is drawn in an earlier tree
		}
		one := roots[i : i+1]
		fams = append(fams, family{Root: node(lookup(roots[i].Article)), Copies: sizes[i] - 1,
			Open: len(fams) == 0 && sizes[i] <= collapseAbove, Wide: layout(one, lookup), Tall: layoutTall(one, lookup)})
	}
	return fams, true
}

// countTree counts the articles of d's tree not yet in seen, and adds them.
func countTree(d *view.Derivation, seen map[string]bool) int {
	if seen[d.Article] {
		return 0
	}
	seen[d.Article] = true
	n := 1
	for _, c := range d.Copies {
		n += countTree(c, seen)
	}
	return n
}

// node is the box of article a, before it is placed.
func node(a *copydesk.Article) graphNode {
	source := a.DisplayName()
	tip := source
	if a.Title != "" {
		tip += ": " + a.Title
	}
	if t := date(a.Published); t != "" {
		tip += " (" + t + ")"
	}
	return graphNode{ID: a.ID, Source: view.Clip(source, labelRunes), Title: view.Clip(a.Title, labelRunes), When: date(a.Published), Tip: tip}
}

// layout places the derivation forest left to right, each leaf on a row
// of its own and each original level with the middle of its copies; nil
// when it is empty.
func layout(roots []*view.Derivation, lookup func(string) *copydesk.Article) *graph {
	if len(roots) == 0 {
		return nil
	}
	g := &graph{NodeW: nodeW, NodeH: nodeH}
	rows, depth := 0, 0
	seen := map[string]bool{}
	// place lays out d and its copies and returns the y of d's box.
	var place func(d *view.Derivation, col int) int
	place = func(d *view.Derivation, col int) int {
		seen[d.Article] = true
		depth = max(depth, col)
		x := margin + col*colW
		var kids []int
		var copies []*view.Derivation
		for _, c := range d.Copies {
			if !seen[c.Article] {
				copies = append(copies, c)
				kids = append(kids, place(c, col+1))
			}
		}
		y := margin + rows*rowH
		if len(kids) > 0 {
			y = (kids[0] + kids[len(kids)-1]) / 2
		} else {
			rows++
		}
		n := node(lookup(d.Article))
		n.X, n.Y = x, y
		g.Nodes = append(g.Nodes, n)
		for i, c := range copies {
			x1, y1 := x+nodeW, y+nodeH/2
			x2, y2 := x+colW, kids[i]+nodeH/2
			mid := (x1 + x2) / 2
			g.Edges = append(g.Edges, graphEdge{
				Path:   "M" + strconv.Itoa(x1) + " " + strconv.Itoa(y1) + " C" + strconv.Itoa(mid) + " " + strconv.Itoa(y1) + " " + strconv.Itoa(mid) + " " + strconv.Itoa(y2) + " " + strconv.Itoa(x2) + " " + strconv.Itoa(y2),
				LabelX: mid, LabelY: (y1+y2)/2 - 5, Kind: c.Kind, Score: c.Score, Undetermined: c.Undetermined,
			})
		}
		return y
	}
	for _, d := range roots {
		if !seen[d.Article] {
			place(d, 0)
		}
	}
	g.Width = 2*margin + depth*colW + nodeW
	g.Height = 2*margin + (rows-1)*rowH + nodeH
	return g
}

// layoutTall places the derivation forest top to bottom: each article on a
// row of its own, in the order of a walk from each original through its
// copies, each copy indented one step under its original and joined to it
// by a line down its left side; the edge's kind and score are written in
// the copy's box. Its width grows with the depth of the forest, not with
// the number of copies, so that it fits a phone.
func layoutTall(roots []*view.Derivation, lookup func(string) *copydesk.Article) *graph {
	if len(roots) == 0 {
		return nil
	}
	g := &graph{Tall: true, NodeW: tallW, NodeH: tallH}
	rows, depth := 0, 0
	seen := map[string]bool{}
	var place func(d *view.Derivation, level int, via string) (x, y int)
	place = func(d *view.Derivation, level int, via string) (int, int) {
		seen[d.Article] = true
		depth = max(depth, level)
		n := node(lookup(d.Article))
		n.X, n.Y, n.Via = margin+level*indent, margin+rows*tallRowH, via
		rows++
		g.Nodes = append(g.Nodes, n)
		for _, c := range d.Copies {
			if seen[c.Article] {
				continue
			}
			label := string(c.Kind) + " " + score(c.Score)
			if c.Undetermined {
				label += ", original undetermined"
			}
			cx, cy := place(c, level+1, label)
			x1 := n.X + indent/2
			g.Edges = append(g.Edges, graphEdge{
				Path: "M" + strconv.Itoa(x1) + " " + strconv.Itoa(n.Y+tallH) + " V" + strconv.Itoa(cy+tallH/2) + " H" + strconv.Itoa(cx),
				Kind: c.Kind, Score: c.Score, Undetermined: c.Undetermined,
			})
		}
		return n.X, n.Y
	}
	for _, d := range roots {
		if !seen[d.Article] {
			place(d, 0, "")
		}
	}
	g.Width = 2*margin + depth*indent + tallW
	g.Height = 2*margin + (rows-1)*tallRowH + tallH
	return g
}
