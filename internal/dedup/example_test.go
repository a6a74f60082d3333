package dedup_test

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/dedup"
)

func Example() {
	original := dedup.NewFingerprint("Ferry hits pier in fog",
		"A passenger ferry struck the north pier of Marrowby harbour early on Tuesday, injuring twelve people. "+
			"The vessel was carrying 140 passengers from Lisk Island when it hit the pier in thick fog. "+
			"The harbour master said visibility had fallen below fifty metres before the collision.")
	copied := dedup.NewFingerprint("",
		"Local news in brief. The vessel was carrying 140 passengers from Lisk Island when it hit the pier in thick fog. "+
			"The harbour master said visibility had fallen below fifty metres before the collision.")

	ix := dedup.NewIndex(dedup.Options{})
	ix.Add("original", original)
	for _, id := range ix.Candidates(copied) {
		m := dedup.Compare(copied, original)
		fmt.Printf("%s: %s, %.0f%% of the copy found in the original\n", id, m.Kind, 100*m.AInB)
	}
	// Output:
	// original: excerpt, 87% of the copy found in the original
}
