package pipeline_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// westmoor is the invented council release on a ferry pier of
// onesource_test.go; the three reports below are written from it, none
// from another.
var westmoor = pipeline.PierRelease

// westmoorReport is an outlet's report of the release: one sentence of it
// dropped, two reworded, and a line of its own at the end.
func westmoorReport(id, outlet string, drop int, reworded map[int]string, own string) doc {
	var ss []string
	for i, s := range westmoor {
		if i == drop {
			continue
		}
		if r, ok := reworded[i]; ok {
			s = r
		}
		ss = append(ss, s)
	}
	return doc{id, outlet, "Ferry pier to close for repairs", "", strings.Join(append(ss, own), "\n\n")}
}

// TestThreeReportsOfOneSource: three outlets' reports of one release, each
// of which dropped a sentence the others ran, reworded two and added a
// line of its own at its end. Each pair alone reads as a rewrite (most of
// the release kept, in its order, the own lines after everything shared),
// but each report keeps what the other two dropped or reworded, which no
// relative of a copy and its original can: every relation among them is
// shared-source, the one stored as a copy before the third came
// re-decided when it does, and the relations are the same whatever the
// order of arrival.
func TestThreeReportsOfOneSource(t *testing.T) {
	docs := []doc{
		westmoorReport("gazette", "Westmoor Gazette", 6, map[int]string{
			2: "Ferries to Calder Island will leave from the south quay while the work goes on, and the timetable will not change for passengers.",
			7: "The council will hold an open session at the ferry terminal on the twelfth of April for anyone who wishes to look at the plans in detail.",
		}, "Gazette readers who use the ferry every day told us they would rather have the south quay than a longer crossing."),
		westmoorReport("radio", "Calder Radio", 8, map[int]string{
			0: "The Westmoor harbour council announced on Tuesday that the north ferry pier will shut for repairs from the first of May until the end of August.",
			5: "Harbour master Ellen Quayle said the piles had lasted sixty years and that changing them now would keep the pier working for decades.",
		}, "Calder Radio listeners asked whether the island's school trips in June would still run on time."),
		westmoorReport("weekly", "Harbour Weekly", 4, map[int]string{
			1: "Engineers found cracks in three of the wooden piles that hold up the pier deck during a regular inspection carried out last month.",
			3: "The council expects the work to cost roughly four hundred thousand pounds, paid out of the harbour upkeep fund set aside last year.",
		}, "The Harbour Weekly understands that a contractor from Brennick has already been chosen for the work."),
	}
	var first []string
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		// One add each, so that they come in this order (a batch is
		// processed by publication time, then by ref).
		dir := t.TempDir()
		db := openStore(t, filepath.Join(dir, "c.db"))
		eng := openEngine(t, db)
		for k, i := range order {
			add(t, eng, writeJSONL(t, dir, fmt.Sprintf("report-%d.jsonl", k), []doc{docs[i]}))
		}
		ref, rels := storedFamily(t, db)
		var got []string
		for _, r := range rels {
			pair := []string{ref[r.From], ref[r.To]}
			slices.Sort(pair)
			got = append(got, strings.Join(pair, "-")+" "+string(r.Kind))
			if r.Kind != copydesk.SharedSource {
				t.Errorf("order %v: %s -> %s is a %s (reasons %q), want shared-source", order, ref[r.From], ref[r.To], r.Kind, r.Evidence.Direction)
			}
		}
		slices.Sort(got)
		if len(got) == 0 {
			t.Errorf("order %v: no relation among the three reports", order)
		}
		if first == nil {
			first = got
		} else if !slices.Equal(got, first) {
			t.Errorf("order %v: relations %q, the first order's %q", order, got, first)
		}
	}
}
