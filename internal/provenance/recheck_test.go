package provenance

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// TestRecheck: a stored pair re-decided by the relatives asked later. The
// pair's own points stand and the relatives' vote is taken again: a pair
// nothing decided is decided when three relatives keep the second's text
// (and the points follow the new original), stays undetermined when none
// votes, keeps its original when its own signals outweigh a lone vote
// against it, and is undetermined when five votes against it cancel them.
func TestRecheck(t *testing.T) {
	first, second := &copydesk.Article{ID: "a"}, &copydesk.Article{ID: "b"}
	forSecond := []Vote{{A: 0, B: 6}, {A: 1, B: 9}, {A: 0, B: 4}}
	tests := []struct {
		name         string
		own          float64
		votes        []Vote
		original     string
		undetermined bool
		ownAfter     float64
		reason       string
	}{
		{"relatives decide", 0.25, forSecond, "b", false, -0.25, "keep what the original has"},
		{"nobody votes", 0.25, []Vote{{A: 1, B: 1}, {}}, "a", true, 0.25, "which is the original is undetermined"},
		{"own signals outweigh", 1.5, []Vote{{A: 0, B: 5}}, "a", false, 1.5, "outweighed by the pair's own signals"},
		{"signals cancel", 3, []Vote{{B: 6}, {B: 6}, {B: 6}, {B: 6}, {B: 6}}, "a", true, 3, "cancel out"},
	}
	for _, tt := range tests {
		d := Recheck(first, second, tt.own, tt.votes)
		if d.Original.ID != tt.original || d.Undetermined != tt.undetermined {
			t.Errorf("%s: original %s (undetermined %v), want %s (%v); reasons %q", tt.name, d.Original.ID, d.Undetermined, tt.original, tt.undetermined, d.Reasons)
		}
		if d.Recheck == nil || d.Recheck.Own != tt.ownAfter || d.Recheck.Relatives != len(tt.votes) {
			t.Errorf("%s: recheck %+v, want own %.2f for the original, %d relatives", tt.name, d.Recheck, tt.ownAfter, len(tt.votes))
		}
		if !strings.Contains(strings.Join(d.Reasons, " | "), tt.reason) || !strings.Contains(strings.Join(d.Reasons, " | "), "re-decided when a later article matched both") {
			t.Errorf("%s: reasons %q, want %q and the re-check said", tt.name, d.Reasons, tt.reason)
		}
		if !d.Undetermined && d.Confidence < MinConfidence {
			t.Errorf("%s: decided at confidence %.2f", tt.name, d.Confidence)
		}
	}
}

// TestDirectRecheck: Direct keeps what a re-check needs: the pair's own
// points for the original (the relatives' vote aside), how many relatives
// were asked, and how many reasons are the pair's own (the relatives' reason
// after them).
func TestDirectRecheck(t *testing.T) {
	a, b := &copydesk.Article{ID: "a", Source: "Fenmoor Gazette"}, &copydesk.Article{ID: "b", Source: "Marsh Herald"}
	d := Direct(a, b, Pair{Kind: copydesk.NearDuplicate, Relatives: []Vote{{A: 0, B: 6}, {A: 0, B: 7}, {A: 1, B: 8}}})
	if d.Original != b || d.Recheck == nil {
		t.Fatalf("original %s, recheck %+v; want b, set", d.Original.ID, d.Recheck)
	}
	if d.Recheck.Own != 0 || d.Recheck.Relatives != 3 || d.Recheck.Reasons != 0 || len(d.Reasons) != 1 {
		t.Errorf("recheck %+v, reasons %q; want own 0, 3 relatives, no own reason before the relatives' one", d.Recheck, d.Reasons)
	}
	a.Published = time.Date(2031, 3, 14, 9, 0, 0, 0, time.UTC)
	b.Published = a.Published.Add(2 * time.Hour)
	if d := Direct(a, b, Pair{Kind: copydesk.NearDuplicate}); d.Recheck != nil {
		t.Errorf("decided by times: recheck %+v, want none", d.Recheck)
	}
}
