package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A Fingerprint takes tens of kilobytes in memory, most of it what
// verification reads (the text, its words, shingles and sentences) rather
// than what an Index keeps. A copy index over a large corpus therefore
// keeps the fingerprints of older articles encoded, out of memory, and
// decodes a candidate's when it is verified.

// codecVersion starts an encoded Fingerprint; a change of layout changes it.
const codecVersion = 2

// AppendBinary appends to b what verification reads of fp (Compare,
// Verify, Covered, Reused): its text, hash, shingles, words, stems and
// sentences. The index keys and the MinHash signature are left out: a
// decoded Fingerprint verifies as fp does, but cannot be added to an Index.
func (fp *Fingerprint) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, codecVersion)
	b = binary.AppendUvarint(b, uint64(len(fp.Text)))
	b = append(b, fp.Text...)
	b = binary.LittleEndian.AppendUint64(b, fp.Hash)
	b = binary.LittleEndian.AppendUint64(b, fp.wordsHash)
	b = binary.LittleEndian.AppendUint64(b, fp.bodyHash)
	b = appendSet(b, fp.Shingles)
	// Each word position's shingle, as its place in Shingles.
	b = binary.AppendUvarint(b, uint64(len(fp.seq)))
	for _, h := range fp.seq {
		b = binary.AppendUvarint(b, uint64(placeOf(fp.Shingles, h)))
	}
	// Words as offsets: the start after the previous end, and the length.
	b = binary.AppendUvarint(b, uint64(len(fp.tokens)))
	end := 0
	for _, t := range fp.tokens {
		b = binary.AppendUvarint(b, uint64(int(t.Start)-end))
		b = binary.AppendUvarint(b, uint64(t.End-t.Start))
		end = int(t.End)
	}
	b = appendSet(b, fp.Stems)
	b = appendSet(b, fp.classes)
	b = binary.AppendUvarint(b, uint64(len(fp.Sentences)))
	end = 0
	for i := range fp.Sentences {
		s := &fp.Sentences[i]
		b = binary.AppendUvarint(b, uint64(s.Start-end))
		b = binary.AppendUvarint(b, uint64(s.End-s.Start))
		end = s.End
		b = binary.LittleEndian.AppendUint64(b, s.Hash)
		content := byte(0)
		if s.Content {
			content = 1
		}
		b = append(b, content)
		b = appendSubset(b, s.Stems, fp.Stems)
		b = appendSubset(b, s.classes, fp.classes)
	}
	return b, nil
}

// DecodeFingerprint decodes what AppendBinary wrote.
func DecodeFingerprint(b []byte) (*Fingerprint, error) {
	d := decoder{b: b}
	if v := d.byte(); v != codecVersion {
		return nil, fmt.Errorf("decode fingerprint: version %d, want %d", v, codecVersion)
	}
	fp := &Fingerprint{}
	fp.Text = string(d.bytes(d.uvarint()))
	fp.Hash = d.uint64()
	fp.wordsHash = d.uint64()
	fp.bodyHash = d.uint64()
	fp.Shingles = d.set()
	fp.seq = make([]uint64, d.count())
	for i := range fp.seq {
		if k := d.uvarint(); k < uint64(len(fp.Shingles)) {
			fp.seq[i] = fp.Shingles[k]
		} else {
			d.fail()
		}
	}
	fp.tokens = make([]span, d.count())
	end := 0
	for i := range fp.tokens {
		start := end + int(d.uvarint())
		end = start + int(d.uvarint())
		fp.tokens[i] = span{int32(start), int32(end)}
	}
	fp.Stems = d.set()
	fp.classes = d.set()
	fp.Sentences = make([]Sentence, d.count())
	end = 0
	for i := range fp.Sentences {
		s := &fp.Sentences[i]
		s.Start = end + int(d.uvarint())
		s.End = s.Start + int(d.uvarint())
		end = s.End
		s.Hash = d.uint64()
		s.Content = d.byte() == 1
		s.Stems = d.subset(fp.Stems)
		s.classes = d.subset(fp.classes)
	}
	if d.err != nil || len(d.b) > 0 || end > len(fp.Text) {
		return nil, errors.New("decode fingerprint: malformed")
	}
	fp.stemWords = sentWords(fp.Sentences, func(s *Sentence) []uint64 { return s.Stems })
	fp.classWords = sentWords(fp.Sentences, func(s *Sentence) []uint64 { return s.classes })
	return fp, nil
}

// placeOf is the place of x in the sorted set s, which holds it.
func placeOf(s []uint64, x uint64) int {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func appendSet(b []byte, s []uint64) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	for _, x := range s {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return b
}

// appendSubset writes the sorted subset sub of the sorted set of as the
// gaps between the places of its elements in of.
func appendSubset(b []byte, sub, of []uint64) []byte {
	b = binary.AppendUvarint(b, uint64(len(sub)))
	last := 0
	for _, x := range sub {
		k := placeOf(of, x)
		b = binary.AppendUvarint(b, uint64(k-last))
		last = k
	}
	return b
}

// decoder reads what AppendBinary wrote; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errors.New("malformed")
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

// count reads a number of elements, each of at least one byte.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uint64() uint64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	x := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return x
}

func (d *decoder) set() []uint64 {
	n := d.count()
	if uint64(n)*8 > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	s := make([]uint64, n)
	for i := range s {
		s[i] = d.uint64()
	}
	return s
}

func (d *decoder) subset(of []uint64) []uint64 {
	n := d.count()
	if n == 0 {
		return nil
	}
	s := make([]uint64, n)
	k := 0
	for i := range s {
		k += int(d.uvarint())
		if k >= len(of) {
			d.fail()
			return nil
		}
		s[i] = of[k]
	}
	return s
}
