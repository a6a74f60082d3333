package dedup

import (
	"reflect"
	"testing"
)

// TestCodec checks that a decoded fingerprint verifies every pair as the
// fingerprint it was encoded from: same kind, score, shares, alignment,
// passages and words covered.
func TestCodec(t *testing.T) {
	pairs := alignPairs(t)
	decoded := map[*Fingerprint]*Fingerprint{}
	for _, p := range pairs {
		for _, fp := range p {
			if decoded[fp] != nil {
				continue
			}
			b, err := fp.AppendBinary(nil)
			if err != nil {
				t.Fatal(err)
			}
			d, err := DecodeFingerprint(b)
			if err != nil {
				t.Fatalf("%q: %v", clip(fp.Text), err)
			}
			decoded[fp] = d
		}
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		da, db := decoded[a], decoded[b]
		for _, c := range []struct {
			name string
			x, y *Fingerprint
		}{{"both decoded", da, db}, {"one decoded", a, db}} {
			want, got := Compare(a, b), Compare(c.x, c.y)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: %q / %q:\ngot  %+v\nwant %+v", c.name, clip(a.Text), clip(b.Text), got, want)
			}
			if w, g := Covered(a, b, want.AlignedSentences, true), Covered(c.x, c.y, want.AlignedSentences, true); !reflect.DeepEqual(g, w) {
				t.Fatalf("%s: Covered differs", c.name)
			}
			if w, g := Covered(b, a, want.AlignedSentences, false), Covered(c.y, c.x, want.AlignedSentences, false); !reflect.DeepEqual(g, w) {
				t.Fatalf("%s: Covered of b differs", c.name)
			}
		}
	}
}

// TestCodecFields fails when Fingerprint or Sentence gains a field the codec
// does not know: a copy index that keeps older articles encoded
// (pipeline's IndexWindow) would verify them without it, and so differently
// from the articles in memory. Encode the new field in AppendBinary and
// DecodeFingerprint (or make it again there from what is decoded), or list
// it below as left out when verification never reads it.
func TestCodecFields(t *testing.T) {
	known := map[string]map[string]string{
		"Fingerprint": {
			"Text": "encoded", "Hash": "encoded", "Shingles": "encoded", "Stems": "encoded", "Sentences": "encoded",
			"classes": "encoded", "tokens": "encoded", "seq": "encoded", "wordsHash": "encoded", "bodyHash": "encoded",
			"stemWords": "made again", "classWords": "made again", "shingleBits": "made again on first use, from Shingles",
			"Signature": "left out: index keys only", "anchors": "left out: index keys only", "sentKey": "left out: index keys only",
		},
		"Sentence": {"Start": "encoded", "End": "encoded", "Hash": "encoded", "Stems": "encoded", "Content": "encoded", "classes": "encoded"},
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[Fingerprint](), reflect.TypeFor[Sentence]()} {
		for f := range typ.Fields() {
			if _, ok := known[typ.Name()][f.Name]; !ok {
				t.Errorf("%s.%s is not in the codec (codec.go): encode it, or list it here as left out if verification never reads it", typ.Name(), f.Name)
			}
		}
	}
}

// TestDecodeMalformed checks that cut or altered encodings fail rather
// than panic.
func TestDecodeMalformed(t *testing.T) {
	fp := NewFingerprint("A title here", "One sentence of words here. Another sentence with other words.")
	b, err := fp.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		if _, err := DecodeFingerprint(b[:n]); err == nil {
			t.Fatalf("decoding the first %d of %d bytes: got no error", n, len(b))
		}
	}
	if _, err := DecodeFingerprint(append(b, 0)); err == nil {
		t.Fatal("decoding with a byte too many: got no error")
	}
}

func BenchmarkDecodeFingerprint(b *testing.B) {
	docs := newSynth(3).corpus(200)
	var enc [][]byte
	for _, d := range docs {
		x, _ := NewFingerprint(d.title, d.text).AppendBinary(nil)
		enc = append(enc, x)
	}
	n, size := 0, 0
	for b.Loop() {
		x := enc[n%len(enc)]
		size += len(x)
		if _, err := DecodeFingerprint(x); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(size)/float64(n), "bytes/fingerprint")
}
