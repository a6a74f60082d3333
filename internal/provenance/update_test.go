package provenance

import (
	"testing"

	"github.com/copydesk/copydesk"
)

// The Marrow Valley Courier and the Tolland Weekly are invented outlets;
// the texts are our own words.
const (
	ferryBody = "The Marrow Valley ferry will run twice a day from Monday, the harbour board said.\n\nThe board voted 6 to 2 after a meeting that lasted four hours.\n\nTickets will cost 4 pounds for adults."
	ferryNote = "Correction, 6:20 a.m.: A figure was corrected and a statement from the harbour board added after publication."
)

func TestDirectUpdateNote(t *testing.T) {
	runDirect(t, []directCase{
		{
			name:       "near-duplicate: the text that notes a later edit is the later version",
			a:          copydesk.Article{ID: "a", Source: "Marrow Valley Courier"},
			b:          copydesk.Article{ID: "b", Source: "Tolland Weekly"},
			pair:       Pair{Kind: copydesk.NearDuplicate, AInB: 1, BInA: 0.9, AText: ferryBody, BText: ferryBody + "\n\n" + ferryNote},
			wantOrig:   "a",
			wantReason: "notes a later edit",
		},
		{
			name:     "a note extraction stripped counts as one left in the text",
			a:        copydesk.Article{ID: "a", Source: "Marrow Valley Courier", Removed: []copydesk.Removed{{Text: "Editor's note: this story has been updated with the result of the harbour board's vote.", Reason: copydesk.RemovedWidget}}},
			b:        copydesk.Article{ID: "b", Source: "Tolland Weekly"},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: ferryBody, BText: ferryBody},
			wantOrig: "b", wantReason: "notes a later edit",
		},
		{
			name:     "both carry the note: no decision",
			a:        copydesk.Article{ID: "a", Source: "Marrow Valley Courier"},
			b:        copydesk.Article{ID: "b", Source: "Tolland Weekly"},
			pair:     Pair{Kind: copydesk.NearDuplicate, AInB: 1, BInA: 1, AText: ferryNote + "\n\n" + ferryBody, BText: ferryBody + "\n\n" + ferryNote},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
		{
			// A rewrite leaves out what it likes, the note with the rest.
			name:     "rewrite: a note does not decide",
			a:        copydesk.Article{ID: "a", Source: "Marrow Valley Courier"},
			b:        copydesk.Article{ID: "b", Source: "Tolland Weekly"},
			pair:     Pair{Kind: copydesk.Rewrite, AInB: 0.8, BInA: 0.8, AText: ferryBody, BText: ferryBody + "\n\n" + ferryNote},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
		{
			// One relative alone keeps what b has and a changed.
			name:       "one relative's vote alone decides, below a point",
			a:          copydesk.Article{ID: "a"},
			b:          copydesk.Article{ID: "b"},
			pair:       Pair{Kind: copydesk.NearDuplicate, Relatives: []Vote{{A: 0, B: 4}}},
			wantOrig:   "b",
			wantReason: "edits accumulate on the copy",
		},
	})
}

func TestUpdateNote(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Correction, 6:20 a.m.: A figure was corrected and a statement from the harbour board added.", true},
		{"UPDATE: The ferry service has been suspended until further notice, the board said.", true},
		{"Editor's note (3 May): This story now includes comment from the Tolland ferry company.", true},
		{"Clarification: An earlier version gave the wrong day for the harbour board's vote.", true},
		{"This article has been updated to include the result of the vote.", true},
		{"An earlier version of this story misstated the price of a ticket.", true},
		{"Updated: 12:30 PM EST, May 3, 2031", false},
		{"Last updated at 13:42 GMT", false},
		{"The update to the timetable: ferries will run twice a day from Monday.", false},
		{"Corrections officers said the inmate was moved on Tuesday.", false},
	}
	for _, tt := range tests {
		if got := isNote(tt.line); got != tt.want {
			t.Errorf("isNote(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	// A note is looked for only at the start and the end of a text.
	mid := "One.\n\nTwo.\n\nThree.\n\n" + ferryNote + "\n\nFour.\n\nFive.\n\nSix.\n\nSeven."
	if got := updateNote(&copydesk.Article{}, mid); got != "" {
		t.Errorf("updateNote found %q in the middle of a text, want none", got)
	}
	if got := updateNote(&copydesk.Article{}, ferryBody+"\n\n"+ferryNote); got != ferryNote {
		t.Errorf("updateNote = %q, want %q", got, ferryNote)
	}
}
