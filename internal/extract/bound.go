package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The bounds on the cost of one HTML page. go-trafilatura and its fallbacks
// walk the ancestors of nodes and compare candidates, so their cost grows
// with the square of the nesting depth (500 nested divs around one sentence
// cost 0.4-0.8 s, 100 cost 30 ms) and with the page's size (about a
// microsecond a byte). Real news pages nest 15 to 40 deep and weigh well
// under 4 MiB.
const (
	// maxDepth is the deepest an element stays as it is: below it,
	// containers are replaced by their children (flatten).
	maxDepth = 64
	// maxContentDepth is the deepest a content element (a paragraph, a
	// heading, a link) stays below maxDepth; deeper, it too is unwrapped.
	maxContentDepth = maxDepth + 16
	// maxMainTextBytes is the largest page handed to go-trafilatura; a
	// larger one is read from its own prose blocks (the fallback), in time
	// linear in its size.
	maxMainTextBytes = 4 << 20
)

// keptDeep are the content elements that keep their place below maxDepth
// (down to maxContentDepth), so that paragraphs stay apart.
var keptDeep = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Br: true, atom.Img: true, atom.A: true,
	atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true, atom.Figcaption: true,
}

// flatten bounds the nesting depth of the tree under n, which stands at
// depth: an element deeper than maxDepth is replaced by its children
// (unwrapped), unless it is a content element no deeper than
// maxContentDepth. Text keeps its order; only the nesting goes.
func flatten(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; {
		d := depth + 1
		if c.Type == html.ElementNode && d > maxDepth && (d > maxContentDepth || !keptDeep[c.DataAtom]) {
			first := c.FirstChild
			for gc := c.FirstChild; gc != nil; {
				next := gc.NextSibling
				c.RemoveChild(gc)
				n.InsertBefore(gc, c)
				gc = next
			}
			next := c.NextSibling
			n.RemoveChild(c)
			if first != nil {
				c = first // look at the moved children at this depth
			} else {
				c = next
			}
			continue
		}
		flatten(c, d)
		c = c.NextSibling
	}
}
