package view

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/copydesk/copydesk"
)

// Outlet is what one outlet (an article's Source) publishes and how it
// copies: the signal that tells a content farm from a newsroom.
type Outlet struct {
	// Name is the outlet as the articles give it; "" gathers the articles
	// without one.
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Stories  int    `json:"stories"`
	// Originals counts the relations whose original (From) is an article
	// of this outlet, Copies those whose copy (To) is.
	Originals int `json:"originals"`
	Copies    int `json:"copies"`
	// OriginalsByKind and CopiesByKind break those down by kind; every
	// kind is present.
	OriginalsByKind map[copydesk.Kind]int `json:"originals_by_kind"`
	CopiesByKind    map[copydesk.Kind]int `json:"copies_by_kind"`
	// CopyingArticles counts the outlet's articles that copy another;
	// CopyShare is their share of its articles.
	CopyingArticles int     `json:"copying_articles"`
	CopyShare       float64 `json:"copy_share"`
}

// Outlets counts per outlet, most articles first, then by name, from the
// store's counts (it reads no article).
func Outlets(ctx context.Context, store copydesk.Store) ([]Outlet, error) {
	counts, err := store.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Outlet, 0, len(counts))
	for _, c := range counts {
		o := Outlet{Name: c.Name, Articles: c.Articles, Stories: c.Stories,
			OriginalsByKind: c.Originals, CopiesByKind: c.Copies, CopyingArticles: c.CopyingArticles}
		for _, n := range c.Originals {
			o.Originals += n
		}
		for _, n := range c.Copies {
			o.Copies += n
		}
		if o.Articles > 0 {
			o.CopyShare = float64(o.CopyingArticles) / float64(o.Articles)
		}
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b Outlet) int { return cmp.Or(b.Articles-a.Articles, strings.Compare(a.Name, b.Name)) })
	return out, nil
}

// OutletSorts are the orders SortOutlets knows, the first the default.
var OutletSorts = []string{"articles", "name", "copied", "copying"}

// SortOutlets orders outs in place: "articles" most articles first,
// "name" by name, "copied" most copied by others first, "copying" the
// largest share of articles that copy first; ties by name. Another sort
// is an EInvalid error.
func SortOutlets(outs []Outlet, by string) error {
	var f func(a, b Outlet) int
	switch by {
	case "", "articles":
		f = func(a, b Outlet) int { return b.Articles - a.Articles }
	case "name":
		f = func(a, b Outlet) int { return 0 }
	case "copied":
		f = func(a, b Outlet) int { return b.Originals - a.Originals }
	case "copying":
		f = func(a, b Outlet) int { return cmp.Compare(b.CopyShare, a.CopyShare) }
	default:
		return copydesk.Errorf(copydesk.EInvalid, "sort must be one of %s, not %q", strings.Join(OutletSorts, ", "), by)
	}
	slices.SortFunc(outs, func(a, b Outlet) int { return cmp.Or(f(a, b), strings.Compare(a.Name, b.Name)) })
	return nil
}

// FilterOutlets keeps the outlets whose name holds typed, ignoring case.
func FilterOutlets(outs []Outlet, typed string) []Outlet {
	want := strings.ToLower(strings.TrimSpace(typed))
	if want == "" {
		return outs
	}
	return slices.DeleteFunc(outs, func(o Outlet) bool { return !strings.Contains(strings.ToLower(o.Name), want) })
}

// OutletNames returns at most n outlet names for a filter to offer, by
// name: when typed is not empty the outlets whose name holds it (ignoring
// case), else every outlet, the n with most articles; typed itself when it
// is an outlet. It reads the store's counts, not the articles.
func OutletNames(ctx context.Context, store copydesk.Store, typed string, n int) ([]string, error) {
	counts, err := store.Sources(ctx)
	if err != nil {
		return nil, err
	}
	want := strings.ToLower(strings.TrimSpace(typed))
	counts = slices.DeleteFunc(counts, func(c copydesk.SourceCount) bool {
		return c.Name == "" || want != "" && !strings.Contains(strings.ToLower(c.Name), want)
	})
	slices.SortStableFunc(counts, func(a, b copydesk.SourceCount) int {
		// The outlet typed first, then the largest.
		return cmp.Or(boolFirst(a.Name == typed, b.Name == typed), b.Articles-a.Articles, strings.Compare(a.Name, b.Name))
	})
	out := []string{}
	for _, c := range counts[:min(n, len(counts))] {
		out = append(out, c.Name)
	}
	slices.Sort(out)
	return out, nil
}

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
