package dedup

import "testing"

func TestRewordedGroups(t *testing.T) {
	orig := "Council closes the harbour road.\n\nThe council closed the harbour road on Friday after the storm damaged the sea wall. " +
		"Engineers will inspect the wall next week, the harbour master said. Fishing crews moved their boats to the north quay. " +
		"Repairs could take until the spring, according to a statement from the board. The road carries 4,000 cars a day."
	tests := []struct {
		name, copy string
		kind       string
	}{
		{"a figure corrected and a typo fixed", "Council closes the harbour road.\n\nThe council closed the harbour road on Friday after the storm damaged the sea wall. " +
			"Engineers will inspect the wall next week, the harbour master said. Fishing crews moved their boats to the north quay. " +
			"Repairs could take until the spring, acording to a statement from the board. The road carries 4,500 cars a day.", "near-duplicate"},
		{"clauses turned round", "Council closes the harbour road.\n\nAfter the storm damaged the sea wall, the council closed the harbour road on Friday. " +
			"The harbour master said engineers will inspect the wall next week. To the north quay, fishing crews moved their boats. " +
			"According to a statement from the board, repairs could take until the spring. The road carries 4,000 cars a day.", "rewrite"},
	}
	a := NewFingerprint("", orig)
	for _, tt := range tests {
		m := Verify(a, NewFingerprint("", tt.copy))
		if string(m.Kind) != tt.kind {
			t.Errorf("%s: got %q (%d reworded), want %s", tt.name, m.Kind, rewordedGroups(a, NewFingerprint("", tt.copy), m.AlignedSentences), tt.kind)
		}
	}
}
