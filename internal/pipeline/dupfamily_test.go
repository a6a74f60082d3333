package pipeline_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// A duplicate family is one text: a copy links to its first-published
// member, not to a later duplicate of it, whichever of the two came to the
// store first. The original has no headline (its first line is taken for
// one), so the duplicate, which kept that line in its body, is the closer
// to the copy by its body. The texts are invented.
func TestCopyLinksToFirstOfDuplicateFamily(t *testing.T) {
	body := "The last summer of the Fenmoor ferry\n\n" + strings.Join(fenmoor, "\n\n")
	edited := strings.Replace(body, "two wet winters", "three wet winters", 1)
	original := doc{"original", "Fenmoor Gazette", "", "2024-05-01T08:00:00Z", body}
	duplicate := doc{"duplicate", "Estuary Courier", "Fenmoor ferry landing: the last summer", "2024-05-01T14:00:00Z", body + "\n\nThis story was first published by the Fenmoor Gazette."}
	copied := doc{"copy", "Harbour Weekly", "Ferry landing to shut after the summer", "2024-05-02T09:00:00Z", edited}
	for _, tt := range []struct {
		name string
		docs []doc
	}{
		// The later duplicate, closer to the copy, does not take the copy
		// from the original.
		{"the duplicate last", []doc{original, copied, duplicate}},
		// The original, coming after its duplicate and the copy, takes
		// the copy from the duplicate.
		{"the original last", []doc{duplicate, copied, original}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// One at a time, in this order of arrival.
			dir := t.TempDir()
			db := openStore(t, filepath.Join(dir, "c.db"))
			e := openEngine(t, db)
			for i, d := range tt.docs {
				add(t, e, writeJSONL(t, dir, fmt.Sprintf("%d.jsonl", i), []doc{d}))
			}
			ref, rels := storedFamily(t, db)
			linked := map[[2]string]bool{}
			for _, r := range rels {
				linked[[2]string{ref[r.From], ref[r.To]}] = true
			}
			if !linked[[2]string{"original", "copy"}] {
				t.Errorf("the copy is not linked to the original; relations %v", linked)
			}
			if !linked[[2]string{"original", "duplicate"}] {
				t.Errorf("the duplicate is not linked to the original; relations %v", linked)
			}
		})
	}
}
