package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// depthOf returns the depth of the deepest element under n.
func depthOf(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			d = max(d, 1+depthOf(c))
		}
	}
	return d
}

func TestFlatten(t *testing.T) {
	sentence := "The lock keeper of Millbrook opened the gates at dawn for the regatta."
	tests := []struct {
		name      string
		page      string
		wantDepth int // at most
		wantText  []string
	}{
		{"shallow page unchanged", "<div><p>" + sentence + "</p><p>Second one here.</p></div>", 5, []string{sentence, "Second one here."}},
		{"500 nested divs", strings.Repeat("<div>", 500) + "<p>" + sentence + "</p><p>Second one here.</p>", maxDepth + 1, []string{sentence, "Second one here."}},
		{"nested spans in a paragraph", "<p>" + strings.Repeat("<span>", 400) + sentence + "</p>", maxDepth, []string{sentence}},
		{"nested paragraphs-like content", strings.Repeat("<blockquote>", 300) + sentence, maxContentDepth, []string{sentence}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			flatten(doc, 0)
			if got := depthOf(doc); got > tt.wantDepth {
				t.Errorf("depth %d after flatten, want at most %d", got, tt.wantDepth)
			}
			got := strings.Join(textBlocks(doc, false), " ")
			if want := strings.Join(tt.wantText, " "); !strings.Contains(got, want) {
				t.Errorf("text %q, want it to hold %q", got, want)
			}
		})
	}
}

// BenchmarkHTMLDeep extracts a page of 500 nested divs around 100
// paragraphs: its cost is bounded by flatten (2 s a page before, on a loaded
// 2-core machine).
func BenchmarkHTMLDeep(b *testing.B) {
	para := "<p>The harbour board met on Tuesday to discuss the dredging of the outer channel and more.</p>\n"
	page := []byte(strings.Repeat("<div>", 500) + strings.Repeat(para, 100))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := HTML(page, "https://example.org/a"); err != nil {
			b.Fatal(err)
		}
	}
}
