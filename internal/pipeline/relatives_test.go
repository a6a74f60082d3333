package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// fenmoor is the invented report the relatives tests copy and edit.
var fenmoor = []string{
	"The Fenmoor council voted on Tuesday to close the old ferry landing at the end of the summer.",
	"Councillors said the timber pier had rotted beyond repair after two wet winters.",
	"The ferry has carried farm workers across the estuary since the early years of the last century.",
	"Its last skipper, Odile Marchbank, said she would miss the morning crossings most of all.",
	"A new footbridge upstream is expected to open in the autumn if the weather holds.",
	"Traders in the harbour market worry that fewer walkers will pass their stalls once the landing shuts.",
	"The council promised a small grant to help them move closer to the footbridge.",
	"Local historians asked that the pier's iron bell be kept and shown in the town museum.",
	"The museum's keeper said there was room for it in the hall beside the old lifeboat.",
	"A farewell crossing is planned for the last Sunday of August, with music on the quay.",
}

// TestRelativesDecideDirection: an undated original and three undated
// copies, each of which rewrote two different sentences of it. Nothing but
// the family tells which is the original: each copy's relatives keep the
// sentences it changed, not its own. Whatever the order of arrival, every
// relation of the original names it as the original.
func TestRelativesDecideDirection(t *testing.T) {
	sentences := fenmoor
	edits := map[string]map[int]string{
		"copy-1": {1: "According to councillors, years of damp had left the wooden pier too weak to mend.", 5: "Stallholders fear the closure will cost them passing trade."},
		"copy-2": {3: "Skipper Odile Marchbank told reporters the dawn trips were what she would miss.", 7: "Historians want the old bell saved for the museum."},
		"copy-3": {4: "A footbridge further up the river should be ready by autumn, weather permitting.", 8: "There is space in the museum hall next to the lifeboat, its keeper said."},
	}
	text := func(ed map[int]string) string {
		var out []string
		for i, s := range sentences {
			if r, ok := ed[i]; ok {
				s = r
			}
			out = append(out, s)
		}
		return strings.Join(out, "\n\n")
	}
	orig := doc{"original", "Fenmoor Gazette", "Ferry landing to close", "", text(nil)}
	docs := []doc{orig}
	for _, id := range []string{"copy-1", "copy-2", "copy-3"} {
		docs = append(docs, doc{id, "Outlet " + id, "Ferry landing to close", "", text(edits[id])})
	}
	for _, order := range [][]doc{docs, {docs[1], docs[2], docs[3], docs[0]}, {docs[1], docs[0], docs[3], docs[2]}} {
		ref, rels := addFamily(t, order)
		n := 0
		for _, r := range rels {
			from, to := ref[r.From], ref[r.To]
			if from != "original" && to != "original" {
				continue
			}
			n++
			if from != "original" || r.Evidence.Undetermined {
				t.Errorf("order starting %s: %s -> %s (undetermined %v, reasons %q), want the original first and decided",
					order[0].ID, from, to, r.Evidence.Undetermined, r.Evidence.Direction)
			}
		}
		if n == 0 {
			t.Errorf("order starting %s: no relation of the original among %d", order[0].ID, len(rels))
		}
	}
}

// TestRelativesIgnoreTitlesAndTemplate: an untitled original and copies of
// it with the same body. Two copies made their headlines alike from its
// first words, and two come from one outlet whose sign-up line they both
// end with. What a relative keeps of a headline, or of its own outlet's
// template, tells nothing of descent, so no relation among identical bodies
// is decided (each was decided, wrongly for some, when headlines and
// template lines voted).
func TestRelativesIgnoreTitlesAndTemplate(t *testing.T) {
	body := strings.Join(fenmoor[:6], "\n\n")
	alike := "The Fenmoor council voted on Tuesday: what we know"
	promo := "\n\nNever miss a story: join the Estuary Post newsletter, free every weekday."
	docs := []doc{
		{"original", "Fenmoor Gazette", "", "", body},
		{"copy-1", "Marsh Herald", alike, "", body},
		{"copy-2", "Quay Times", alike, "", body},
		{"copy-3", "Estuary Post", "Ferry landing to shut", "", body + promo},
		{"copy-4", "Estuary Post", "Fenmoor ferry landing to shut", "", body + promo},
	}
	for _, order := range [][]doc{docs, {docs[1], docs[2], docs[3], docs[4], docs[0]}, {docs[3], docs[0], docs[4], docs[1], docs[2]}} {
		ref, rels := addFamily(t, order)
		if len(rels) == 0 {
			t.Fatalf("order starting %s: no relations", order[0].ID)
		}
		for _, r := range rels {
			if !r.Evidence.Undetermined {
				t.Errorf("order starting %s: %s -> %s decided (reasons %q), want undetermined",
					order[0].ID, ref[r.From], ref[r.To], r.Evidence.Direction)
			}
		}
	}
}

// TestRelativesIgnoreHeadlinePlacement: an untitled original whose first
// line is its headline (extraction takes it for the title) and copies with
// the same text under a headline cut short, which keeps the line in their
// bodies. The line is the same text on both sides, in the headline on one
// and the body on the other: no edit, so no relation among these identical
// texts is decided, in either order of arrival (the relatives once voted
// for the copies, which "kept" the line the original "lost").
func TestRelativesIgnoreHeadlinePlacement(t *testing.T) {
	body := "Fenmoor ferry landing to close after a century of crossings\n\n" + strings.Join(fenmoor[:6], "\n\n")
	cut := "Fenmoor ferry landing to close after a"
	docs := []doc{
		{"original", "Fenmoor Gazette", "", "", body},
		{"copy-1", "Marsh Herald", cut, "", body},
		{"copy-2", "Quay Times", cut, "", body},
		{"copy-3", "Estuary Post", cut, "", body},
	}
	for _, order := range [][]doc{docs, {docs[1], docs[2], docs[3], docs[0]}} {
		ref, rels := addFamily(t, order)
		if len(rels) == 0 {
			t.Fatalf("order starting %s: no relations", order[0].ID)
		}
		for _, r := range rels {
			if !r.Evidence.Undetermined {
				t.Errorf("order starting %s: %s -> %s decided (reasons %q), want undetermined",
					order[0].ID, ref[r.From], ref[r.To], r.Evidence.Direction)
			}
		}
	}
}

// addFamily adds docs in their order to a new store and returns the
// articles' refs by id and the relations stored.
func addFamily(t *testing.T, docs []doc) (map[string]string, []copydesk.Relation) {
	t.Helper()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	add(t, openEngine(t, db), writeJSONL(t, dir, "family.jsonl", docs))
	return storedFamily(t, db)
}

// storedFamily returns the articles' refs by id and the relations db
// stores.
func storedFamily(t *testing.T, db copydesk.Store) (map[string]string, []copydesk.Relation) {
	t.Helper()
	arts, err := db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ref := map[string]string{}
	for _, a := range arts {
		ref[a.ID] = a.Ref
	}
	rels, err := db.Relations(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	return ref, rels
}
