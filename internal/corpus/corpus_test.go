package corpus

import "testing"

func TestInPart(t *testing.T) {
	tune, held := 0, 0
	for i := range 200 {
		label := string(rune('a'+i%26)) + string(rune('a'+i/26))
		a, b := InPart("tune", label), InPart("heldout", label)
		if a == b {
			t.Fatalf("label %q: tune %v and heldout %v, want exactly one", label, a, b)
		}
		if !InPart("", label) {
			t.Fatalf("label %q: not in the whole corpus", label)
		}
		if a {
			tune++
		} else {
			held++
		}
	}
	if tune < 60 || held < 60 {
		t.Errorf("got %d tune and %d heldout of 200, want a rough half each", tune, held)
	}
}
