package dedup

import (
	"slices"
	"strings"
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

// BodyCloseness leaves the headlines out: a copy under another outlet's
// headline is as close to its original's body as to a duplicate of it
// under that headline. The texts are invented.
func TestBodyCloseness(t *testing.T) {
	body := "The Tolland ferry will run twice a day from Monday, the harbour board said on Friday.\n\n" +
		"Crossings had been cut to one a day in March after an engine fault.\n\n" +
		"The board said a new engine had been fitted and tested over the winter."
	const retitle = "Tolland ferry back to two crossings"
	orig := NewFingerprint("Ferry timetable restored", body)
	dup := NewFingerprint(retitle, body)
	cp := NewFingerprint(retitle, strings.Replace(body, "in March", "in February", 1))
	if Closeness(cp, dup) <= Closeness(cp, orig) {
		t.Fatalf("with headlines the copy is not closer to the duplicate (%.3f vs %.3f): the test proves nothing", Closeness(cp, dup), Closeness(cp, orig))
	}
	if o, d := BodyCloseness(cp, orig, retitle, "Ferry timetable restored"), BodyCloseness(cp, dup, retitle, retitle); o != d {
		t.Errorf("BodyCloseness to the original %.3f, to its duplicate %.3f; want the same", o, d)
	}
}
