package dedup

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// alignPairs are the pairs the sparse alignment is checked on: every copy
// of a generated corpus with its original, unrelated pairs, and every pair
// of the hand-written texts of testdata.
func alignPairs(t *testing.T) [][2]*Fingerprint {
	t.Helper()
	docs := newSynth(21).corpus(300)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	var pairs [][2]*Fingerprint
	for i, d := range docs {
		if d.of >= 0 {
			pairs = append(pairs, [2]*Fingerprint{fps[d.of], fps[i]})
		}
		pairs = append(pairs, [2]*Fingerprint{fps[i], fps[(i*7+3)%len(fps)]})
	}
	paths, _ := filepath.Glob("testdata/*.txt")
	var files []*Fingerprint
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, NewFingerprint("", string(b)))
	}
	for _, a := range files {
		for _, b := range files {
			pairs = append(pairs, [2]*Fingerprint{a, b})
		}
	}
	return pairs
}

// TestAlignSparse checks that the alignment over the sentence pairs that
// share words gives what comparing every pair gives, with and without
// synonym classes.
func TestAlignSparse(t *testing.T) {
	aligned := 0
	for _, p := range alignPairs(t) {
		for _, syn := range []bool{true, false} {
			got := align(p[0], p[1], 0.4, syn)
			want := alignDense(p[0], p[1], 0.4, syn)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("syn %v: align %q / %q:\ngot  %v\nwant %v", syn, clip(p[0].Text), clip(p[1].Text), got, want)
			}
			if len(got) > 0 {
				aligned++
			}
		}
	}
	if aligned < 100 {
		t.Fatalf("only %d pairs aligned anything: the test checks too little", aligned)
	}
}

// TestVerifyAgreesWithCompare checks that Verify finds the kind, score and
// shares Compare finds, and for copies the same evidence.
func TestVerifyAgreesWithCompare(t *testing.T) {
	kinds := map[string]int{}
	for _, p := range alignPairs(t) {
		c, v := Compare(p[0], p[1]), Verify(p[0], p[1])
		kinds[string(c.Kind)]++
		if c.Kind == "" {
			c.AlignedSentences, c.Passages = nil, nil
		}
		if !reflect.DeepEqual(c, v) {
			t.Fatalf("%q / %q:\nCompare %+v\nVerify  %+v", clip(p[0].Text), clip(p[1].Text), c, v)
		}
	}
	if kinds[""] == 0 || kinds["rewrite"] == 0 || kinds["excerpt"] == 0 {
		t.Fatalf("kinds %v: want copies of each kind and pairs that are not", kinds)
	}
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}
