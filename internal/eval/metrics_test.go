package eval

import (
	"math"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestBCubed(t *testing.T) {
	gold := map[string]string{"1": "x", "2": "x", "3": "y", "4": "y"}
	tests := []struct {
		name  string
		got   map[string]string
		wantP float64
		wantR float64
	}{
		{"perfect", map[string]string{"1": "a", "2": "a", "3": "b", "4": "b"}, 1, 1},
		{"all in one", map[string]string{"1": "a", "2": "a", "3": "a", "4": "a"}, 0.5, 1},
		{"singletons", map[string]string{"1": "a", "2": "b", "3": "c", "4": "d"}, 1, 0.5},
		{"one misplaced", map[string]string{"1": "a", "2": "a", "3": "a", "4": "b"}, (2.0/3*2 + 1.0/3 + 1) / 4, (1 + 1 + 0.5 + 0.5) / 4},
	}
	for _, tt := range tests {
		got := BCubed(tt.got, gold)
		if !near(got.Precision, tt.wantP) || !near(got.Recall, tt.wantR) {
			t.Errorf("%s: got P=%v R=%v, want P=%v R=%v", tt.name, got.Precision, got.Recall, tt.wantP, tt.wantR)
		}
	}
}

func TestCopies(t *testing.T) {
	gold := []Pair{{Original: "o", Copy: "c1", Kind: copydesk.Duplicate}, {Original: "o", Copy: "c2", Kind: copydesk.Rewrite},
		{Original: "p", Copy: "c3", Kind: copydesk.Excerpt}}
	found := []Pair{{Original: "o", Copy: "c1", Kind: copydesk.Duplicate, Confidence: 0.9}, {Original: "c2", Copy: "o", Kind: copydesk.NearDuplicate, Confidence: 0.6},
		{Original: "x", Copy: "y", Kind: copydesk.Duplicate, Confidence: 0.9}}
	s := Copies(found, gold)
	if !near(s.Overall.Precision, 2.0/3) || !near(s.Overall.Recall, 2.0/3) {
		t.Errorf("got overall %+v, want P=R=2/3", s.Overall)
	}
	if !near(s.Direction, 0.5) {
		t.Errorf("got direction %v, want 0.5", s.Direction)
	}
	if want := []Bin{{0.6, 1, 0}, {0.9, 1, 1}}; !slices.Equal(s.Calibration, want) {
		t.Errorf("got calibration %v, want %v", s.Calibration, want)
	}
	if got := s.Confusion[copydesk.Rewrite][copydesk.NearDuplicate]; got != 1 {
		t.Errorf("got confusion rewrite->near-duplicate %d, want 1", got)
	}
	if got := s.Confusion[copydesk.Excerpt][None]; got != 1 {
		t.Errorf("got confusion excerpt->none %d, want 1", got)
	}
	if got := s.Confusion[None][copydesk.Duplicate]; got != 1 {
		t.Errorf("got confusion none->duplicate %d, want 1", got)
	}
	if d := s.PerKind[copydesk.Duplicate]; !near(d.Precision, 0.5) || !near(d.Recall, 1) {
		t.Errorf("got duplicate %+v, want P=0.5 R=1", d)
	}
}
