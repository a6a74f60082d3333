package view_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/view"
)

// An invented report and a rewrite of it: one sentence turned around, one
// split in two, a number written out in digits, a number changed and a
// negation dropped.
var (
	quayOriginal = doc{"harbour-7", "Harbour Times", "Storm damage closes Wellmouth quay", "2026-05-02T06:00:00Z",
		"The harbour board of Wellmouth didn't want to hear it.\n\n" +
			"After the storm tore six mooring posts from the north quay on Friday night, the board closed the quay to all boats until engineers could inspect the wall.\n\n" +
			"Harbour master Ilse Varga said the repairs would cost about 40,000 crowns and take three weeks.\n\n" +
			"Fishing crews will not be charged berth fees while the quay stays shut, the board said in a statement.\n\n" +
			"The quay, built in 1911, handles most of the town's fish landings in the spring season."}
	quayRewrite = doc{"digest-31", "Coast Digest", "Wellmouth quay shut after storm damage", "2026-05-02T09:30:00Z",
		"It was not what the harbour board of Wellmouth wanted to hear.\n\n" +
			"The storm tore 6 mooring posts from the north quay on Friday night. The board then closed the quay to all boats until engineers could inspect the wall.\n\n" +
			"According to harbour master Ilse Varga, the repairs would cost about 45,000 crowns and take three weeks.\n\n" +
			"Fishing crews will be charged berth fees while the quay stays shut, the board said in a statement.\n\n" +
			"The quay, built in 1911, handles most of the town's fish landings during the spring season."}
)

// side writes one side of an aligned group with its changed words in
// brackets.
func side(ops []align.Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case align.Delete:
			b.WriteString("[-" + op.Text + "-]")
		case align.Insert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// TestCompareFaithful: each side of the compare view is that side's own
// text word for word, the groups of a split are diffed together, the
// overlap is the one the relation stores, the original is named, and only
// changes of meaning are flagged.
func TestCompareFaithful(t *testing.T) {
	ctx := context.Background()
	store := build(t, writeJSONL(t, t.TempDir(), "quay.jsonl", []doc{quayOriginal, quayRewrite}))
	id := ids(t, store)
	rels, err := store.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || rels[0].From != id["harbour-7"] || rels[0].To != id["digest-31"] {
		t.Fatalf("got relations %+v, want the rewrite related to its original", rels)
	}
	c, err := view.Compare(ctx, store, id["harbour-7"], id["digest-31"])
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != "rewrite" || c.Original != "a" || c.A.Published != "2026-05-02T06:00:00Z" || c.B.Published != "2026-05-02T09:30:00Z" {
		t.Errorf("got kind %q, original %q, published %q and %q; want a rewrite whose original is A, with both times",
			c.Kind, c.Original, c.A.Published, c.B.Published)
	}
	if c.ReusedOfA != rels[0].Evidence.ReusedOfOriginal || c.ReusedOfB != rels[0].Evidence.ReusedOfCopy {
		t.Errorf("compare says %.3f and %.3f reused, the relation %.3f and %.3f: want one measure",
			c.ReusedOfA, c.ReusedOfB, rels[0].Evidence.ReusedOfOriginal, rels[0].Evidence.ReusedOfCopy)
	}
	if c.ReusedOfA < 0.9 {
		t.Errorf("got %.2f of the original reused, want nearly all of it", c.ReusedOfA)
	}
	got := map[string][2]string{}
	flags := map[string][]string{}
	for _, p := range c.Pairs {
		if align.Text(p.AWords) != p.AText || align.Text(p.BWords) != p.BText {
			t.Errorf("a side does not read as its text: %q / %q", align.Text(p.AWords), p.AText)
		}
		got[p.AText] = [2]string{side(p.AWords), side(p.BWords)}
		flags[p.AText] = p.Flags
	}
	want := []struct {
		a, sideA, sideB string
		flags           []string
	}{
		{"The harbour board of Wellmouth didn't want to hear it.",
			"The harbour board of Wellmouth [-didn't want-] to hear [-it.-]",
			"{+It was not what+} the harbour board of Wellmouth {+wanted+} to hear.", nil},
		// "six" and "6" differ in form, not in meaning: no flag.
		{"After the storm tore six mooring posts from the north quay on Friday night, the board closed the quay to all boats until engineers could inspect the wall.",
			"[-After-] the storm tore [-six-] mooring posts from the north quay on Friday night, the board closed the quay to all boats until engineers could inspect the wall.",
			"The storm tore {+6+} mooring posts from the north quay on Friday night. The board {+then+} closed the quay to all boats until engineers could inspect the wall.", nil},
		{"Harbour master Ilse Varga said the repairs would cost about 40,000 crowns and take three weeks.",
			"Harbour master Ilse Varga [-said-] the repairs would cost about [-40,000-] crowns and take three weeks.",
			"{+According to+} harbour master Ilse Varga, the repairs would cost about {+45,000+} crowns and take three weeks.",
			[]string{"number “40,000” only in A", "number “45,000” only in B"}},
		{"Fishing crews will not be charged berth fees while the quay stays shut, the board said in a statement.",
			"Fishing crews will [-not-] be charged berth fees while the quay stays shut, the board said in a statement.",
			"Fishing crews will be charged berth fees while the quay stays shut, the board said in a statement.",
			[]string{"negation “not” only in A"}},
	}
	for _, w := range want {
		g, ok := got[w.a]
		if !ok {
			t.Errorf("no aligned group starts with A's sentence %q", w.a)
			continue
		}
		if g[0] != w.sideA || g[1] != w.sideB {
			t.Errorf("A's sentence %q:\n got A %q\n     B %q\nwant A %q\n     B %q", w.a, g[0], g[1], w.sideA, w.sideB)
		}
		if strings.Join(flags[w.a], "; ") != strings.Join(w.flags, "; ") {
			t.Errorf("A's sentence %q: got flags %q, want %q", w.a, flags[w.a], w.flags)
		}
	}
}

// TestCompareSeeds checks the compare view on the real seed pair (001 and
// its spun copy 002): A's sentences read as A wrote them, the overlap is
// the one the relation stores, and F-22, on both sides, is not flagged.
func TestCompareSeeds(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("no shared/ folder: the seeds are not here")
	}
	ctx := context.Background()
	store := build(t, filepath.Join(shared, "seeds"))
	var orig, spun string
	for ref, id := range ids(t, store) {
		switch {
		case strings.Contains(ref, "001_"):
			orig = id
		case strings.Contains(ref, "002_"):
			spun = id
		}
	}
	a, err := store.Article(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	c, err := view.Compare(ctx, store, orig, spun)
	if err != nil {
		t.Fatal(err)
	}
	rels, err := store.Relations(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	// Neither seed is dated and no text signal decides (002's promotional
	// lines are its outlet's template, not a sign of copying), so the
	// direction is undetermined; 001 is never shown as the copy, and the
	// relation keeps it first, with its measure.
	if c.Original != view.Undetermined || len(rels) == 0 || rels[0].From != orig || c.ReusedOfA != rels[0].Evidence.ReusedOfOriginal {
		t.Errorf("got original %q, reused %.3f, relations %+v; want the direction undetermined, 001 kept first with the relation's measure", c.Original, c.ReusedOfA, rels)
	}
	seen := false
	for _, p := range c.Pairs {
		if !strings.Contains(a.Title+"\n\n"+a.Text, p.AText) || align.Text(p.AWords) != p.AText {
			t.Errorf("A's side %q is not A's text", align.Text(p.AWords))
		}
		seen = seen || p.AText == "The Chinese government didn't want to hear it."
		for _, f := range p.Flags {
			if strings.Contains(strings.ToLower(f), "f-22") {
				t.Errorf("flag %q: both sides say F-22", f)
			}
		}
	}
	if !seen {
		t.Error("the sentence \"The Chinese government didn't want to hear it.\" is not shown as A wrote it")
	}
	if testing.Verbose() {
		t.Logf("seeds 001/002: %s, %.0f%% of 001 reused in 002, %.0f%% of 002 in 001, %d groups", c.Kind, 100*c.ReusedOfA, 100*c.ReusedOfB, len(c.Pairs))
	}
}
