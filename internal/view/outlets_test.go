package view_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/view"
)

func TestOutletNames(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Outlets of 3, 2, 2 and 1 articles, and one article without.
	for i, src := range []string{"Brell Post", "Brell Post", "Brell Post", "Oskton Courier", "Oskton Courier", "Varn Ledger", "Varn Ledger", "Fenmoor Post", ""} {
		ref := string(rune('a' + i))
		raw := []byte(ref)
		a := &copydesk.Article{ID: copydesk.ArticleID(ref, copydesk.HashRaw(raw)), Ref: ref, Source: src, Title: "T " + ref,
			Text: "Text " + ref, Format: "text", RawHash: copydesk.HashRaw(raw)}
		if _, err := db.PutArticle(ctx, a, raw); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		typed string
		n     int
		want  []string
	}{
		{"", 10, []string{"Brell Post", "Fenmoor Post", "Oskton Courier", "Varn Ledger"}},
		{"", 2, []string{"Brell Post", "Oskton Courier"}},    // the largest, by name
		{"post", 10, []string{"Brell Post", "Fenmoor Post"}}, // holding it, any case
		{"Fenmoor Post", 1, []string{"Fenmoor Post"}},        // the one typed, though small
		{"nowhere", 10, []string{}},                          // none
	}
	for _, tt := range tests {
		got, err := view.OutletNames(ctx, db, tt.typed, tt.n)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("OutletNames(%q, %d) = %q, want %q", tt.typed, tt.n, got, tt.want)
		}
	}
}

func TestSortOutlets(t *testing.T) {
	outs := []view.Outlet{
		{Name: "A", Articles: 1, Originals: 5, CopyShare: 0.5},
		{Name: "B", Articles: 3, Originals: 0, CopyShare: 1},
		{Name: "C", Articles: 3, Originals: 2, CopyShare: 0},
	}
	for _, tt := range []struct{ by, want string }{
		{"", "BCA"}, {"articles", "BCA"}, {"name", "ABC"}, {"copied", "ACB"}, {"copying", "BAC"},
	} {
		if err := view.SortOutlets(outs, tt.by); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, o := range outs {
			got += o.Name
		}
		if got != tt.want {
			t.Errorf("SortOutlets(%q) = %s, want %s", tt.by, got, tt.want)
		}
	}
	if err := view.SortOutlets(outs, "newest"); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("SortOutlets(newest) = %v, want an invalid error", err)
	}
	if got := view.FilterOutlets(slices.Clone(outs), " b "); len(got) != 1 || got[0].Name != "B" {
		t.Errorf("FilterOutlets(b) = %v, want B", got)
	}
}
