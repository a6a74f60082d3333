package dedup

import (
	"slices"
	"testing"
)

// The texts are invented.
func TestBodyShingles(t *testing.T) {
	body := "The Tolland ferry will run twice a day from Monday, the harbour board said on Friday."
	bare := NewFingerprint("", body)
	titled := NewFingerprint("Ferry to run twice a day: what we know", body)
	if got := titled.BodyShingles("Ferry to run twice a day: what we know"); !slices.Equal(got, bare.Shingles) {
		t.Errorf("BodyShingles of a titled text = %d shingles, want the %d of its body alone", len(got), len(bare.Shingles))
	}
	if len(titled.Shingles) <= len(bare.Shingles) {
		t.Fatalf("the title adds no shingles (%d vs %d): the test proves nothing", len(titled.Shingles), len(bare.Shingles))
	}
	// No title: every shingle is the body's.
	if got := bare.BodyShingles(""); !slices.Equal(got, bare.Shingles) {
		t.Errorf("BodyShingles without a title changed the shingles")
	}
	// A title cut from the lead's first words is not a line of the body:
	// it stands before it, and the body's shingles are the body's alone.
	lead := NewFingerprint("The Tolland ferry will run twice a day", body)
	if got := lead.BodyShingles("The Tolland ferry will run twice a day"); !slices.Equal(got, bare.Shingles) {
		t.Errorf("BodyShingles with a title cut from the lead = %d shingles, want the %d of its body alone", len(got), len(bare.Shingles))
	}
	// A decoded fingerprint gives the same.
	enc, err := titled.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := DecodeFingerprint(enc)
	if err != nil {
		t.Fatal(err)
	}
	if got := dec.BodyShingles("Ferry to run twice a day: what we know"); !slices.Equal(got, bare.Shingles) {
		t.Errorf("BodyShingles of a decoded fingerprint = %d shingles, want %d", len(got), len(bare.Shingles))
	}
}
