package view_test

import (
	"context"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/view"
)

// An invented report whose headline repeats its lead's words, and an
// excerpt of it that starts at the lead, with a headline of its own and
// without one.
var (
	ferryLead     = "The captain of the Harwick ferry was praised on Monday for a calm rescue of forty passengers off the Harwick coast."
	ferryOriginal = doc{"harwick-1", "Harwick Post", "Ferry captain praised for calm rescue off Harwick", "2026-05-04T07:00:00Z",
		ferryLead + "\n\n" +
			"The vessel lost power in a storm shortly after leaving the harbour, and its crew handed out life jackets while lifeboats from two villages approached.\n\n" +
			"Nobody was injured, the coastguard said in a statement on Monday evening after the last passengers had been brought ashore.\n\n" +
			"The operator said the ferry would stay in dock until engineers had inspected the engine and the steering gear.\n\n" +
			"Passengers booked for the rest of the week will be carried on a chartered boat from the southern pier, the operator added."}
	ferryExcerpt = doc{"roundup-9", "Coast Roundup", "", "2026-05-04T11:00:00Z",
		ferryLead + "\n\n" +
			"The vessel lost power in a storm shortly after leaving the harbour, and its crew handed out life jackets while lifeboats from two villages approached.\n\n" +
			"Nobody was injured, the coastguard said in a statement on Monday evening after the last passengers had been brought ashore.\n\n" +
			"Read the full report in the Harwick Post."}
)

// TestCompareExcerptFromLead: when the excerpt starts at the original's
// first sentence, that sentence is shown against itself, identical, and the
// original's headline stands alone; not the headline and the lead joined
// against the lead, marked changed.
func TestCompareExcerptFromLead(t *testing.T) {
	ctx := context.Background()
	for _, title := range []string{"", "Rescue at sea"} {
		excerpt := ferryExcerpt
		excerpt.Title = title
		store := build(t, writeJSONL(t, t.TempDir(), "ferry.jsonl", []doc{ferryOriginal, excerpt}))
		id := ids(t, store)
		c, err := view.Compare(ctx, store, id["harwick-1"], id["roundup-9"])
		if err != nil {
			t.Fatal(err)
		}
		if c.Kind != "excerpt" {
			t.Errorf("title %q: got kind %q, want excerpt", title, c.Kind)
		}
		found := false
		for _, p := range c.Pairs {
			if p.AText != ferryLead && p.BText != ferryLead {
				continue
			}
			found = true
			if p.AText != ferryLead || p.BText != ferryLead || !p.Identical || len(p.A) != 1 || len(p.B) != 1 || len(p.Flags) > 0 {
				t.Errorf("title %q: the lead is shown as %q / %q (identical %v, flags %q), want itself on both sides, identical",
					title, p.AText, p.BText, p.Identical, p.Flags)
			}
		}
		if !found {
			t.Errorf("title %q: the lead is not aligned", title)
		}
		if !slices.Contains(c.OnlyA, ferryOriginal.Title) {
			t.Errorf("title %q: the original's headline is not shown alone: only in A %q", title, c.OnlyA)
		}
	}
}
