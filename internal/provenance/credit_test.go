package provenance

import (
	"testing"

	"github.com/copydesk/copydesk"
)

// TestCreditLine: a line saying the text ran elsewhere first (a
// republication note, or a line naming the other article's outlet as its
// source) points from the copy to the original; a line an original carries
// as readily as a copy is none. Invented outlets and text.
func TestCreditLine(t *testing.T) {
	other := &copydesk.Article{ID: "o", Source: "The Evening Register", URL: "https://www.eveningregister.example/news/bridge"}
	tests := []struct {
		line string
		want bool
	}{
		{"This story was first published by The Evening Register.", true},
		{"Originally published at eveningregister.example.", true},
		{"This article was originally published on", true}, // the link's name lost
		{"This article is republished from The Evening Register under a free licence.", true},
		{"Republished with permission.", true},
		{"Source: Evening Register", true},
		{"via eveningregister.example", true},
		{"Courtesy of the Evening Register", true},
		// A stamp of the page's own first publication names no one else.
		{"Originally published 05/03/2031 at 10:20 AM EDT", false},
		{"First published: June 13, 2031 4:59 PM EDT", false},
		// A report, not a note.
		{"The fever first appeared in southern Norland in May.", false},
		// Lines an original carries as readily as its copy.
		{"(Reporting by Alma Vance; editing by Hugo Brekke)", false},
		{"Sign up for the Quay Times morning briefing and get the day's top stories in your inbox.", false},
		// A source that is not the other article's outlet.
		{"Source: Quay Times", false},
		{"via the harbour board", false},
		{"Via the new bridge the walk to the market takes ten minutes.", false},
	}
	for _, tt := range tests {
		got := creditLine(&copydesk.Article{ID: "c", Source: "Quay Times"}, other, "The bridge opened.\n\n"+tt.line) != ""
		if got != tt.want {
			t.Errorf("creditLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	// A note that is one sentence of a longer stripped line.
	c := &copydesk.Article{ID: "c", Removed: []copydesk.Removed{{Text: "© 2031 The Evening Register. All rights reserved. Republished with permission.", Reason: copydesk.RemovedCredit}}}
	if creditLine(c, other, "") == "" {
		t.Errorf("a republication note inside a copyright line was not found")
	}
	// A date line extraction stripped is never a credit.
	c = &copydesk.Article{ID: "c", Removed: []copydesk.Removed{{Text: "Originally published at Evening Register, May 3", Reason: copydesk.RemovedDateLine}}}
	if l := creditLine(c, other, ""); l != "" {
		t.Errorf("a date line was taken for a credit: %q", l)
	}
}

// TestCreditDirection: between two literal copies, only a line saying the
// text ran elsewhere first decides; credits and promotions both sides could
// carry leave the pair undetermined.
func TestCreditDirection(t *testing.T) {
	body := "Bridge opens\n\nThe Norland bridge opened on Tuesday after two years of work."
	runDirect(t, []directCase{
		{
			name:       "a source line naming the other's outlet decides",
			a:          copydesk.Article{ID: "a", Source: "The Harbor Gazette"},
			b:          copydesk.Article{ID: "b", Source: "Quay Times"},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: body, BText: body + "\n\nSource: Harbor Gazette"},
			wantOrig:   "a",
			wantReason: "carries a credit line to an earlier publication (\"Source: Harbor Gazette\")",
		},
		{
			name:     "an agency's reporting credit on one side does not decide",
			a:        copydesk.Article{ID: "a", Source: "The Harbor Gazette"},
			b:        copydesk.Article{ID: "b", Source: "Quay Times"},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: body, BText: body + "\n\n(Reporting by Alma Vance; editing by Hugo Brekke)"},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
		{
			name:     "a stamp of the first publication left in the text does not decide",
			a:        copydesk.Article{ID: "a", Source: "The Harbor Gazette"},
			b:        copydesk.Article{ID: "b", Source: "Quay Times"},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: body, BText: body + "\n\nOriginally published 05/03/2031 at 10:20 AM EDT"},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
	})
}
