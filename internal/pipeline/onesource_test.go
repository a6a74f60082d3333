package pipeline

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// PierRelease holds the sentences of an invented council release on a
// ferry pier; each report below keeps some of them, and so do the reports
// of the external tests (onesource_family_test.go), which is why it is
// exported (to the package's tests only).
var PierRelease = []string{
	"The Westmoor harbour council said on Tuesday that the north ferry pier will close for repairs from the first of May until the end of August.",
	"Engineers found cracks in three of the timber piles that carry the pier deck during a routine inspection carried out last month.",
	"Ferries to Calder Island will sail from the south quay while the work goes on, and the timetable will stay the same for passengers.",
	"The council expects the repairs to cost about four hundred thousand pounds, paid from the harbour maintenance fund set aside last year.",
	"A temporary footbridge will link the car park with the south quay so that passengers with luggage do not have to walk along the road.",
	"Harbour master Ellen Quayle said the piles had lasted sixty years and that replacing them now would keep the pier open for decades.",
	"Fishing boats that land their catch at the north pier will be moved to the east basin, where the council is putting in two new cranes.",
	"The council will hold a drop-in session at the ferry terminal on the twelfth of April for anyone who wants to see the plans in detail.",
	"Residents can also send questions about the closure to the harbour office by post or through the council website until the end of April.",
	"The north pier was last rebuilt in nineteen sixty-four after a winter storm swept away the old stone landing stage and two of its sheds.",
}

// report is an article made of the release's sentences but those dropped,
// with the words of edits swapped and its own lines added at the end.
func report(id, outlet string, drop []int, edits map[string]string, own ...string) *Prepared {
	var ss []string
	for i, s := range PierRelease {
		if !containsInt(drop, i) {
			ss = append(ss, s)
		}
	}
	text := strings.Join(append(ss, own...), " ")
	for from, to := range edits {
		text = strings.ReplaceAll(text, from, to)
	}
	return Prepare(&copydesk.Article{ID: id, Source: outlet, Title: "Ferry pier to close for repairs", Text: text})
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// oneSourceOf asks oneSource about the pair of ps[0] with ps[1], the others
// its relatives.
func oneSourceOf(ps ...*Prepared) bool {
	body := make([][]uint64, len(ps))
	for i, p := range ps {
		body[i] = p.Fingerprint.BodyShingles(p.Article.Title)
	}
	_, ok := oneSource(ps[0], body[0], ps[1:], body[1:], 0)
	return ok
}

// TestOneSource: three outlets' reports of one release, each of which ran
// a part of it the others dropped, are written from one source whichever
// pair is asked; two copies of one original that each cut a part of it and
// changed some words, asked with the original as the relative, are not
// (the original keeps what each dropped, but neither copy keeps the other's
// edits); nor is a copy and its original asked with another copy of it.
func TestOneSource(t *testing.T) {
	gazette := report("gazette", "Westmoor Gazette", []int{1, 6}, nil,
		"Gazette readers who use the ferry every day told us they would rather have the south quay than a longer crossing.")
	radio := report("radio", "Calder Radio", []int{3, 8}, nil,
		"Calder Radio listeners asked whether the island's school trips in June would still run on time.")
	weekly := report("weekly", "Harbour Weekly", []int{4, 9}, nil,
		"The Harbour Weekly understands that a contractor from Brennick has already been chosen for the work.")
	for _, tt := range []struct {
		name string
		ps   []*Prepared
	}{
		{"gazette and radio, the weekly asked", []*Prepared{gazette, radio, weekly}},
		{"radio and weekly, the gazette asked", []*Prepared{radio, weekly, gazette}},
		{"weekly and gazette, the radio asked", []*Prepared{weekly, gazette, radio}},
	} {
		if !oneSourceOf(tt.ps...) {
			t.Errorf("%s: not found written from one source", tt.name)
		}
	}

	original := report("original", "Westmoor Harbour Council", nil, nil)
	copyA := report("copy-a", "Quay Daily", []int{1, 6}, map[string]string{"routine inspection": "regular check", "temporary footbridge": "makeshift walkway", "timber piles": "wooden posts"})
	copyB := report("copy-b", "Pier Post", []int{3, 8}, map[string]string{"drop-in session": "public meeting", "winter storm": "heavy gale", "harbour maintenance fund": "port upkeep budget"})
	for _, tt := range []struct {
		name string
		ps   []*Prepared
	}{
		{"two copies, their original asked", []*Prepared{copyA, copyB, original}},
		{"a copy and its original, another copy asked", []*Prepared{copyA, original, copyB}},
		{"the original and a copy, another copy asked", []*Prepared{original, copyB, copyA}},
	} {
		if oneSourceOf(tt.ps...) {
			t.Errorf("%s: found written from one source", tt.name)
		}
	}
	// The same outlet's page is not asked: its template is no evidence.
	sameOutlet := report("gazette-2", "Westmoor Gazette", []int{4, 9}, nil,
		"The Harbour Weekly understands that a contractor from Brennick has already been chosen for the work.")
	if oneSourceOf(gazette, radio, sameOutlet) {
		t.Errorf("a page of the gazette's own outlet counted as a relative")
	}
}
