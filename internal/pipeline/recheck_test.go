package pipeline_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// TestRecheckOneAnswer: an undated original and four undated copies, each
// of which rewrote two sentences of its own. A copy that comes before the
// original's other copies is stored with no relative to vote on it, so its
// direction was undetermined for good when the copy and the original came
// first. A later copy matching both re-decides it (Evidence.Recheck), so
// every order of arrival ends with the same relations of the original,
// each naming it the original, for a reason it records.
func TestRecheckOneAnswer(t *testing.T) {
	edits := map[string]map[int]string{
		"copy-1": {1: "According to councillors, years of damp had left the wooden pier too weak to mend.", 5: "Stallholders fear the closure will cost them passing trade."},
		"copy-2": {3: "Skipper Odile Marchbank told reporters the dawn trips were what she would miss.", 7: "Historians want the old bell saved for the museum."},
		"copy-3": {4: "A footbridge further up the river should be ready by autumn, weather permitting.", 8: "There is space in the museum hall next to the lifeboat, its keeper said."},
		"copy-4": {2: "Farm hands have ridden the ferry over the estuary for more than a hundred years.", 9: "On the final Sunday in August a last crossing will sail, with a band playing on the quay."},
	}
	text := func(ed map[int]string) string {
		var out []string
		for i, s := range fenmoor {
			if r, ok := ed[i]; ok {
				s = r
			}
			out = append(out, s)
		}
		return strings.Join(out, "\n\n")
	}
	docs := []doc{{"original", "Fenmoor Gazette", "Ferry landing to close", "", text(nil)}}
	for _, id := range []string{"copy-1", "copy-2", "copy-3", "copy-4"} {
		docs = append(docs, doc{id, "Outlet " + id, "Ferry landing to close", "", text(edits[id])})
	}
	orders := [][]doc{
		{docs[1], docs[0], docs[2], docs[3], docs[4]}, // a copy and the original first: nothing to vote at first
		{docs[0], docs[1], docs[2], docs[3], docs[4]},
		{docs[4], docs[3], docs[2], docs[1], docs[0]},
		{docs[2], docs[0], docs[4], docs[1], docs[3]},
	}
	var want []string
	for i, order := range orders {
		ref, rels := addOneByOne(t, order)
		var got []string
		rechecked := false
		for _, r := range rels {
			from, to := ref[r.From], ref[r.To]
			if from != "original" && to != "original" {
				continue // siblings: which of them are linked depends on the order (the links' choice, not direction)
			}
			if r.Evidence.Undetermined {
				from, to = min(from, to)+" ~", max(from, to)
			}
			got = append(got, fmt.Sprintf("%s -> %s %s (%.2f)", from, to, r.Kind, r.Evidence.Confidence))
			if from != "original" && to == "original" {
				t.Errorf("order %d: %s -> %s (reasons %q), want the original first", i, from, to, r.Evidence.Direction)
			}
			for _, d := range r.Evidence.Direction {
				rechecked = rechecked || strings.HasPrefix(d, "re-decided when a later article matched both")
			}
		}
		slices.Sort(got)
		if i == 0 {
			want = got
			if !rechecked {
				t.Errorf("order %d: no relation re-decided: %q", i, got)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %d: relations %q, want those of order 0, %q", i, got, want)
		}
	}
}

// addOneByOne adds docs to a new store one at a time, in their order (the
// articles of one input are processed in an order of their own: by
// publication, then by ref), and returns the articles' refs by id and the
// relations stored.
func addOneByOne(t *testing.T, docs []doc) (map[string]string, []copydesk.Relation) {
	t.Helper()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	e := openEngine(t, db)
	for i, d := range docs {
		add(t, e, writeJSONL(t, dir, fmt.Sprintf("doc%d.jsonl", i), []doc{d}))
	}
	return storedFamily(t, db)
}
