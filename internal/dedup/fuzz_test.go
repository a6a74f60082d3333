package dedup

import (
	"strings"
	"testing"
)

func FuzzCompare(f *testing.F) {
	f.Add("A ferry hit the pier. Twelve were hurt.", "Twelve were hurt when a ferry hit the pier.")
	f.Add("", "x")
	f.Add("Gen. Ryder said. \u201cNo.\u201d", "Gen. Ryder said. \u201cNo.\u201d")
	f.Add("a b c d e f g h i j k l m n o p", "k l m n o p q r s")
	f.Add("\xff\xfe\n\n.", "U.S. U.S. U.S.")
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := NewFingerprint("", a), NewFingerprint(b, a+" "+b)
		ab, ba := Compare(fa, fb), Compare(fb, fa)
		if ab.Kind != ba.Kind {
			t.Fatalf("Compare(a, b).Kind = %q, Compare(b, a).Kind = %q", ab.Kind, ba.Kind)
		}
		for _, p := range ab.Passages {
			if !strings.Contains(fa.Text, p) {
				t.Fatalf("passage %q not in a's text %q", p, fa.Text)
			}
		}
		for _, v := range []float64{ab.Jaccard, ab.AInB, ab.BInA, ab.Score} {
			if v < 0 || v > 1 {
				t.Fatalf("Compare gives %v outside [0, 1]: %+v", v, ab)
			}
		}
		ix := NewIndex(Options{})
		ix.Add("a", fa)
		ix.Candidates(fb)
	})
}
