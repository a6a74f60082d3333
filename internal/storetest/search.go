package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
)

// testSearch checks SearchArticles (a word starting with every term, in
// the title or the text, through the index) and the outlet filter and
// counts.
func testSearch(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	arts := []struct{ id, source, title, text string }{
		{"q-1", "The Lakeside Courier", "Harbour works begin in Oskton", "The port director spoke on Tuesday."},
		{"q-2", "Brell Evening Post", "Ferries return", "The harbourmaster of Brell said the ferries return on Friday."},
		{"q-3", "Brell Evening Post", "Council meets", "The council of Brell met; Zoë Varga chaired it."},
		{"q-4", "", "Untitled dispatch", "Nothing about ports here."},
	}
	for i, a := range arts {
		x := newArticle(a.id, "ref-"+a.id, at(float64(i)))
		x.Source, x.Title, x.Text = a.source, a.title, a.text
		put(t, s, x)
	}
	tests := []struct {
		terms []string
		limit int
		want  []string
	}{
		{[]string{"harbour"}, 0, []string{"q-1", "q-2"}},    // a whole word and a word's start
		{[]string{"harb", "brell"}, 0, []string{"q-2"}},     // every term
		{[]string{"oskton"}, 0, []string{"q-1"}},            // a title word
		{[]string{"zoë"}, 0, []string{"q-3"}},               // accents kept
		{[]string{"zoe"}, 0, nil},                           //   and not folded
		{[]string{"port"}, 0, []string{"q-1", "q-4"}},       // "ports" starts with it
		{[]string{"arbour"}, 0, nil},                        // no word starts with it
		{[]string{"the"}, 2, []string{"q-1", "q-2", "q-3"}}, // at most 2 of these
	}
	for _, tt := range tests {
		got, err := s.SearchArticles(ctx, tt.terms, tt.limit)
		if err != nil {
			t.Fatalf("SearchArticles(%q, %d): %v", tt.terms, tt.limit, err)
		}
		ids := ids(got)
		if tt.limit > 0 {
			if len(ids) != tt.limit {
				t.Errorf("SearchArticles(%q, %d) = %v, want %d of %v", tt.terms, tt.limit, ids, tt.limit, tt.want)
			}
			for _, id := range ids {
				if !slices.Contains(tt.want, id) {
					t.Errorf("SearchArticles(%q, %d) = %v, want only ones of %v", tt.terms, tt.limit, ids, tt.want)
				}
			}
			continue
		}
		slices.Sort(ids)
		if !slices.Equal(ids, tt.want) && !(len(ids) == 0 && len(tt.want) == 0) {
			t.Errorf("SearchArticles(%q) = %v, want %v", tt.terms, ids, tt.want)
		}
	}
	for _, bad := range [][]string{nil, {"har*"}, {"a b"}, {"Harbour"}, {`x" OR "y`}} {
		if _, err := s.SearchArticles(ctx, bad, 0); copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("SearchArticles(%q) error = %v, want EInvalid", bad, err)
		}
	}
	got, err := s.Articles(ctx, copydesk.ArticleFilter{Source: "Brell Evening Post"})
	if err != nil {
		t.Fatal(err)
	}
	if g := ids(got); !slices.Equal(g, []string{"q-2", "q-3"}) {
		t.Errorf("Articles(Source) = %v, want [q-2 q-3]", g)
	}
	counts, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []copydesk.SourceCount{{Name: "", Articles: 1}, {Name: "Brell Evening Post", Articles: 2}, {Name: "The Lakeside Courier", Articles: 1}}
	if !slices.Equal(counts, want) {
		t.Errorf("Sources = %v, want %v", counts, want)
	}
}
