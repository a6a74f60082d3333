package dedup

import (
	"testing"

	"github.com/copydesk/copydesk"
)

// TestNearPossible checks, on every pair of a generated corpus of copies of
// all kinds (and the fixtures' texts), that a pair NearPossible rules out is
// neither a duplicate nor a near-duplicate for Verify, both ways round, and
// that it rules out most of the pairs that are neither.
func TestNearPossible(t *testing.T) {
	docs := newSynth(9).corpus(150)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	for _, name := range []string{"original", "spun", "independent", "brief", "host", "unrelated"} {
		title, lines := article(t, name)
		fps = append(fps, NewFingerprint(title, body(lines)), NewFingerprint("", body(lines)), NewFingerprint(title, ""))
	}
	fps = append(fps, NewFingerprint("", ""))
	near, other, ruledOut := 0, 0, 0
	for i, a := range fps {
		for _, b := range fps[i+1:] {
			possible := NearPossible(a, b)
			if possible != NearPossible(b, a) {
				t.Fatalf("NearPossible is not symmetric for %q and %q", a.Text, b.Text)
			}
			for _, m := range []Match{Verify(a, b), Verify(b, a)} {
				isNear := m.Kind == copydesk.Duplicate || m.Kind == copydesk.NearDuplicate
				if isNear && !possible {
					t.Fatalf("NearPossible ruled out a %s: %q and %q", m.Kind, a.Text, b.Text)
				}
			}
			if m := Verify(a, b); m.Kind == copydesk.Duplicate || m.Kind == copydesk.NearDuplicate {
				near++
			} else if other++; !possible {
				ruledOut++
			}
		}
	}
	if near == 0 || ruledOut*10 < other*9 {
		t.Errorf("%d duplicate or near pairs, %d of the %d others ruled out: the test checks too little", near, ruledOut, other)
	}
}
