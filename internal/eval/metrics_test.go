package eval

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

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

func TestCopiesTrapsSharedSiblings(t *testing.T) {
	gold := []Pair{
		{Original: "o", Copy: "c1", Kind: copydesk.Rewrite, How: "spin"},
		{Original: "o", Copy: "c2", Kind: copydesk.Rewrite, How: "lead"},
		{Original: "c1", Copy: "c2", Kind: Sibling},
		{Original: "s1", Copy: "s2", Kind: copydesk.SharedSource},
		{Original: "s1", Copy: "s3", Kind: copydesk.SharedSource},
		{Original: "o", Copy: "p", Kind: None},
		{Original: "o", Copy: "q", Kind: None},
	}
	found := []Pair{
		{Original: "o", Copy: "c1", Kind: copydesk.Rewrite},
		{Original: "c1", Copy: "c2", Kind: copydesk.NearDuplicate}, // siblings: not scored
		{Original: "s1", Copy: "s2", Kind: copydesk.SharedSource},  // right
		{Original: "s3", Copy: "s1", Kind: copydesk.Rewrite},       // a false copy
		{Original: "o", Copy: "p", Kind: copydesk.Rewrite},         // a trap called a copy
		{Original: "x", Copy: "y", Kind: copydesk.SharedSource},    // not a copy claim
		{Original: "q", Copy: "o", Kind: copydesk.SharedSource},    // a trap called shared-source
	}
	s := Copies(found, gold)
	if s.Gold != 2 || s.Found != 3 {
		t.Errorf("got %d gold and %d found copy pairs, want 2 and 3", s.Gold, s.Found)
	}
	if !near(s.Overall.Precision, 1.0/3) || !near(s.Overall.Recall, 0.5) {
		t.Errorf("got overall %+v, want P=1/3 R=1/2", s.Overall)
	}
	if want := (Traps{Pairs: 2, CalledCopy: 1, CalledShared: 1}); s.Traps != want {
		t.Errorf("got traps %+v, want %+v", s.Traps, want)
	}
	if want := (Shared{Pairs: 2, Found: 1, CalledCopy: 1}); s.Shared != want {
		t.Errorf("got shared-source %+v, want %+v", s.Shared, want)
	}
	if want := (Found{Gold: 1, Found: 1}); s.ByHow["spin"] != want {
		t.Errorf("got spin %+v, want %+v", s.ByHow["spin"], want)
	}
	if want := (Found{Gold: 1, Found: 0}); s.ByHow["lead"] != want {
		t.Errorf("got lead %+v, want %+v", s.ByHow["lead"], want)
	}
	if got := s.Confusion[copydesk.SharedSource][copydesk.Rewrite]; got != 1 {
		t.Errorf("got confusion shared-source->rewrite %d, want 1", got)
	}
	if !near(s.KindAccuracy, 1) {
		t.Errorf("got kind accuracy %v, want 1", s.KindAccuracy)
	}
}

// TestCopiesUndetermined: a pair left undetermined counts as wrong in the
// headline accuracy (abstaining cannot raise it), is out of the accuracy of
// decided pairs and of the calibration.
func TestCopiesUndetermined(t *testing.T) {
	gold := []Pair{{Original: "o", Copy: "a", Kind: copydesk.Duplicate}, {Original: "o", Copy: "b", Kind: copydesk.Duplicate},
		{Original: "o", Copy: "c", Kind: copydesk.Duplicate}, {Original: "o", Copy: "d", Kind: copydesk.Duplicate}}
	found := []Pair{{Original: "o", Copy: "a", Kind: copydesk.Duplicate, Confidence: 0.9},
		{Original: "o", Copy: "b", Kind: copydesk.Duplicate, Confidence: 0.9},
		{Original: "c", Copy: "o", Kind: copydesk.Duplicate, Confidence: 0.9},
		{Original: "o", Copy: "d", Kind: copydesk.Duplicate, Confidence: 0.5, Undetermined: true}}
	s := Copies(found, gold)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"direction", s.Direction, 0.5}, {"coverage", s.DirectionCoverage, 0.75}, {"of decided", s.DirectionOfDecided, 2.0 / 3}} {
		if !near(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if want := []Bin{{0.9, 3, 2}}; !slices.Equal(s.Calibration, want) {
		t.Errorf("got calibration %v, want %v", s.Calibration, want)
	}
}

func TestByDating(t *testing.T) {
	gold := []Pair{{Original: "a", Copy: "b", Kind: copydesk.Duplicate}, {Original: "c", Copy: "d", Kind: copydesk.Rewrite},
		{Original: "e", Copy: "f", Kind: copydesk.Excerpt}, {Original: "g", Copy: "h", Kind: copydesk.Rewrite}}
	found := []Pair{{Original: "a", Copy: "b"}, {Original: "d", Copy: "c"}, {Original: "e", Copy: "f"}, {Original: "g", Copy: "h", Undetermined: true}}
	dated := map[string]bool{"a": true, "b": true, "c": true}
	got := ByDating(found, gold, dated)
	want := map[string]Direction{"both": {1, 1, 1}, "one": {1, 1, 0}, "none": {2, 1, 1}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %+v, want %+v", k, got[k], w)
		}
	}
}

// TestByTimes: only pairs both of whose articles came with a time count,
// apart from a minute on, else within a minute.
func TestByTimes(t *testing.T) {
	gold := []Pair{{Original: "a", Copy: "b", Kind: copydesk.Duplicate}, {Original: "c", Copy: "d", Kind: copydesk.Rewrite},
		{Original: "e", Copy: "f", Kind: copydesk.Excerpt}, {Original: "g", Copy: "h", Kind: copydesk.Rewrite}}
	found := []Pair{{Original: "a", Copy: "b"}, {Original: "d", Copy: "c"}, {Original: "e", Copy: "f"}, {Original: "g", Copy: "h", Undetermined: true}}
	t0 := time.Date(2031, 3, 3, 12, 0, 0, 0, time.UTC)
	given := map[string]time.Time{"a": t0, "b": t0.Add(time.Hour), "c": t0, "d": t0.Add(2 * time.Minute), "e": t0, "g": t0, "h": t0.Add(30 * time.Second)}
	got := ByTimes(found, gold, given)
	want := map[string]Direction{"apart": {2, 2, 1}, "within a minute": {1, 0, 0}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %+v, want %+v", k, got[k], w)
		}
	}
}

// A gold story of two events (a shooting and its trial) kept in one story
// scores recall 1 against the gold events, though it was cut into two
// events; a corpus whose events are its stories has no such score.
func TestStoriesByEvent(t *testing.T) {
	goldEvent := map[string]string{"a": "shooting", "b": "shooting", "c": "trial", "d": "other"}
	goldStory := map[string]string{"a": "s1", "b": "s1", "c": "s1", "d": "s2"}
	gotEvent := map[string]string{"a": "e1", "b": "e1", "c": "e2", "d": "e3"}
	gotStory := map[string]string{"a": "t1", "b": "t1", "c": "t1", "d": "t2"}
	c := score(gotEvent, gotStory, goldEvent, goldStory)
	if c.StoriesByEvent == nil || c.StoriesByEvent.Recall != 1 || c.StoriesByEvent.Precision >= 1 {
		t.Errorf("stories by event: got %+v, want recall 1 and precision under 1", c.StoriesByEvent)
	}
	if c := score(gotEvent, gotStory, goldEvent, goldEvent); c.StoriesByEvent != nil {
		t.Errorf("events equal to stories: got stories by event %+v, want none", c.StoriesByEvent)
	}
}

func TestDirectionErrors(t *testing.T) {
	gold := []Pair{
		{Original: "o", Copy: "c1", Kind: copydesk.Duplicate},
		{Original: "o", Copy: "c2", Kind: copydesk.Rewrite},
		{Original: "o", Copy: "c3", Kind: copydesk.Rewrite},
		{Original: "o", Copy: "c4", Kind: copydesk.Rewrite},
		{Original: "c1", Copy: "c2", Kind: Sibling},
		{Original: "x", Copy: "y", Kind: None},
	}
	found := []Pair{
		{Original: "o", Copy: "c1", Kind: copydesk.Duplicate},
		{Original: "c2", Copy: "o", Kind: copydesk.NearDuplicate, Reasons: []string{"why"}},
		{Original: "o", Copy: "c3", Kind: copydesk.Rewrite, Undetermined: true},
		{Original: "c2", Copy: "c1", Kind: copydesk.Rewrite},
		{Original: "y", Copy: "x", Kind: copydesk.Rewrite},
	}
	got := DirectionErrors(found, gold, "as dated")
	want := []string{"o c2 wrong near-duplicate", "o c3 undetermined rewrite"}
	var have []string
	for _, e := range got {
		have = append(have, fmt.Sprintf("%s %s %s %s", e.Gold.Original, e.Gold.Copy, e.Direction, e.Got))
		if e.Run != "as dated" || e.Found == nil {
			t.Errorf("%+v: want run and found pair set", e)
		}
	}
	if fmt.Sprint(have) != fmt.Sprint(want) {
		t.Errorf("DirectionErrors = %q, want %q", have, want)
	}
}

func TestCredit(t *testing.T) {
	gold := []Pair{
		{Original: "o", Copy: "d", Kind: copydesk.Duplicate},
		{Original: "o", Copy: "n", Kind: copydesk.NearDuplicate},
		{Original: "o", Copy: "r", Kind: copydesk.Rewrite},
		{Original: "o", Copy: "s", Kind: copydesk.Rewrite},
		{Original: "o", Copy: "e", Kind: copydesk.Excerpt},
		{Original: "p", Copy: "q", Kind: copydesk.Rewrite},
		{Original: "d", Copy: "r", Kind: Sibling},
		{Original: "n", Copy: "s", Kind: Sibling},
	}
	tests := []struct {
		name  string
		found []Pair
		want  []Pair
	}{
		{name: "a copy linked to a duplicate of its original, found related to it, is the original's copy",
			found: []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "d", Copy: "r", Kind: copydesk.Rewrite, Confidence: 0.9}},
			want:  []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "o", Copy: "r", Kind: copydesk.Rewrite, Confidence: 0.9, Via: "d"}}},
		{name: "taken for the duplicate's original, it is taken for the original's",
			found: []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "r", Copy: "d", Kind: copydesk.Rewrite}},
			want:  []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "r", Copy: "o", Kind: copydesk.Rewrite, Via: "d"}}},
		{name: "not when the duplicate is not found related to the original",
			found: []Pair{{Original: "d", Copy: "r", Kind: copydesk.Rewrite}},
			want:  []Pair{{Original: "d", Copy: "r", Kind: copydesk.Rewrite}}},
		{name: "not through a near-duplicate, whose own edits tell which it came from",
			found: []Pair{{Original: "o", Copy: "n", Kind: copydesk.NearDuplicate}, {Original: "n", Copy: "s", Kind: copydesk.Rewrite}},
			want:  []Pair{{Original: "o", Copy: "n", Kind: copydesk.NearDuplicate}, {Original: "n", Copy: "s", Kind: copydesk.Rewrite}}},
		{name: "not when the pair was found directly",
			found: []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "o", Copy: "r", Kind: copydesk.Rewrite}, {Original: "d", Copy: "r", Kind: copydesk.Rewrite}},
			want:  []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate}, {Original: "o", Copy: "r", Kind: copydesk.Rewrite}, {Original: "d", Copy: "r", Kind: copydesk.Rewrite}}},
	}
	for _, tt := range tests {
		if got := Credit(tt.found, gold); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
	// Scored: the credited pair counts as found, with its direction.
	found := []Pair{{Original: "o", Copy: "d", Kind: copydesk.Duplicate, Confidence: 0.9}, {Original: "d", Copy: "r", Kind: copydesk.Rewrite, Confidence: 0.9}}
	strict, credited := Copies(found, gold), Copies(Credit(found, gold), gold)
	if !near(strict.Overall.Recall, 1.0/6) || !near(credited.Overall.Recall, 2.0/6) || !near(credited.Overall.Precision, 1) || !near(credited.Direction, 1) {
		t.Errorf("strict %+v, credited %+v (direction %v); want recall 1/6 and 2/6, credited precision and direction 1", strict.Overall, credited.Overall, credited.Direction)
	}
	// Listed among the errors to read: a miss when strict, with the
	// duplicate it was found through.
	var via []string
	for _, e := range Errors(Credit(found, gold), gold) {
		if e.Found != nil && e.Found.Via != "" {
			via = append(via, e.Gold.Original+">"+e.Gold.Copy+" via "+e.Found.Via)
		}
	}
	if want := []string{"o>r via d"}; !reflect.DeepEqual(via, want) {
		t.Errorf("credited pairs among the errors: %v, want %v", via, want)
	}
}

// Outcomes splits the pairs DirectionByText counts; the strict figure is
// its right pairs alone, the figure by text adds the identical bodies left
// undetermined.
func TestOutcomes(t *testing.T) {
	s := &CopyScore{ByText: map[string]Direction{
		"identical": {Gold: 5, Decided: 1, Right: 1},
		"differ":    {Gold: 20, Decided: 17, Right: 15},
	}}
	right, wrong, idUndet, otherUndet := s.Outcomes()
	if right != 16 || wrong != 2 || idUndet != 4 || otherUndet != 3 {
		t.Errorf("Outcomes() = %d, %d, %d, %d; want 16, 2, 4, 3", right, wrong, idUndet, otherUndet)
	}
	n := right + wrong + idUndet + otherUndet
	if got, want := s.DirectionByText(), float64(right+idUndet)/float64(n); got != want {
		t.Errorf("DirectionByText() = %.3f, want (right + identical undetermined) / all = %.3f", got, want)
	}
}
