package pipeline_test

import (
	"strings"
	"testing"
)

// TestCopyLinksToOriginalNotDuplicate: an original, an exact duplicate of
// it that another outlet published later under a headline of its own, and a
// copy with a corrected figure under that same headline. The copy's body
// is as close to the original's as to the duplicate's (the two bodies are
// one), so it is linked to the original, the family's root, and the
// duplicate is known through the family. Counted with the headlines, the
// copy was closer to the duplicate and linked to it alone. The texts are
// invented.
func TestCopyLinksToOriginalNotDuplicate(t *testing.T) {
	body := strings.Join(fenmoor, "\n\n")
	edited := strings.Replace(body, "two wet winters", "three wet winters", 1)
	const retitle = "Fenmoor votes on the ferry landing"
	docs := []doc{
		{"original", "Fenmoor Gazette", "Ferry landing to close", "2024-05-01T08:00:00Z", body},
		{"duplicate", "Estuary Courier", retitle, "2024-05-01T14:00:00Z", body},
		{"copy", "Harbour Weekly", retitle, "2024-05-02T09:00:00Z", edited},
	}
	ref, rels := addFamily(t, docs)
	linked := map[[2]string]bool{}
	for _, r := range rels {
		linked[[2]string{ref[r.From], ref[r.To]}] = true
	}
	if !linked[[2]string{"original", "copy"}] {
		t.Errorf("the copy is not linked to its original; relations %v", linked)
	}
	if !linked[[2]string{"original", "duplicate"}] {
		t.Errorf("the duplicate is not linked to the original; relations %v", linked)
	}
}
