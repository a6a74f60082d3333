package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// storedRows is the disagreements the store holds for its stories, with
// the article ids of versions and relations put as refs (an id does not
// depend on the order of arrival, but a ref reads better).
func storedRows(t *testing.T, db copydesk.Store) []facts.Disagreement {
	t.Helper()
	ctx := context.Background()
	ref, _ := storedFamily(t, db)
	sts, err := db.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []facts.Disagreement
	for _, s := range sts {
		f, err := db.StoryFacts(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var sf facts.StoryFacts
		if err := json.Unmarshal(f.Data, &sf); err != nil {
			t.Fatal(err)
		}
		for _, d := range sf.Disagreements {
			for i := range d.Values {
				for k, a := range d.Values[i].Articles {
					d.Values[i].Articles[k] = ref[a]
				}
			}
			for i := range d.Relations {
				d.Relations[i].From, d.Relations[i].To = ref[d.Relations[i].From], ref[d.Relations[i].To]
			}
			out = append(out, d)
		}
	}
	return out
}

// TestOneSourceRowsMove: three outlets' reports of the pier release (as in
// TestThreeReportsOfOneSource). Calder Radio misreports it twice: five
// cracked piles where the release says three, and a timetable that will
// "not" stay the same; the gazette and the radio each name the deputy
// harbour master in a line of their own, with two titles. The first two
// reports alone are stored as a rewrite and its original: every row is
// that copy's change, ranked first, the negation among them. The third
// report makes every relation shared-source, and the rows move: each
// names its two reports of one source, and they rank as independent
// reports' rows do (the count, then the title, then the negation). The
// rows are the same whatever the order of arrival.
func TestOneSourceRowsMove(t *testing.T) {
	docs := []doc{
		westmoorReport("gazette", "Westmoor Gazette", 6, map[int]string{
			7: "The council will hold an open session at the ferry terminal on the twelfth of April for anyone who wishes to look at the plans in detail.",
			9: "The north pier was last rebuilt in nineteen sixty-four, after a winter storm swept away the old stone landing stage and two of its sheds.",
		}, "Assistant harbour master Tom Berg said the south quay was ready for the ferries and their passengers."),
		westmoorReport("radio", "Calder Radio", 8, map[int]string{
			0: "The Westmoor harbour council announced on Tuesday that the north ferry pier will shut for repairs from the first of May until the end of August.",
			1: "Engineers found cracks in five of the timber piles that carry the pier deck during a routine inspection carried out last month.",
			2: "Ferries to Calder Island will sail from the south quay while the work goes on, and the timetable will not stay the same for passengers.",
			5: "Harbour master Ellen Quayle said the piles had lasted sixty years and that changing them now would keep the pier working for decades.",
		}, "Deputy harbour master Tom Berg told listeners the south quay was ready for the ferries and their passengers."),
		westmoorReport("weekly", "Harbour Weekly", 4, map[int]string{
			1: "Engineers found cracks in three of the wooden piles that hold up the pier deck during a regular inspection carried out last month.",
			3: "The council expects the work to cost roughly four hundred thousand pounds, paid out of the harbour upkeep fund set aside last year.",
		}, "The Harbour Weekly understands that a contractor from Brennick has already been chosen for the work."),
	}
	kinds := func(rows []facts.Disagreement) []string {
		var out []string
		for _, d := range rows {
			var rels []string
			for _, r := range d.Relations {
				rels = append(rels, string(r.Kind))
			}
			slices.Sort(rels)
			out = append(out, d.Kind+" ("+strings.Join(slices.Compact(rels), ", ")+")")
		}
		return out
	}
	var first []byte
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		dir := t.TempDir()
		db := openStore(t, filepath.Join(dir, "c.db"))
		eng := openEngine(t, db)
		for k, i := range order {
			add(t, eng, writeJSONL(t, dir, fmt.Sprintf("report-%d.jsonl", k), []doc{docs[i]}))
			// The gazette and the radio alone: a rewrite's changes.
			if k == 1 && order[2] == 2 {
				got := kinds(storedRows(t, db))
				if want := []string{"negation (rewrite)", "number (rewrite)", "role (rewrite)"}; !slices.Equal(got, want) {
					t.Errorf("order %v, two reports: rows %q, want %q", order, got, want)
				}
			}
		}
		rows := storedRows(t, db)
		if got, want := kinds(rows), []string{"number (shared-source)", "role (shared-source)", "negation (shared-source)"}; !slices.Equal(got, want) {
			t.Errorf("order %v, three reports: rows %q, want %q", order, got, want)
		}
		b, err := json.Marshal(rows)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b
		} else if string(b) != string(first) {
			t.Errorf("order %v: rows\n%s\nthe first order's\n%s", order, b, first)
		}
	}
}
