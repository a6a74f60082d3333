package pipeline

import (
	"container/list"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
)

// spill holds the older articles of a memory index in a temporary file:
// each one's metadata (what provenance reads) and fingerprint (what
// verification reads), encoded, so that the index's memory stays bounded
// however many articles it holds. A few of the articles read back are kept
// decoded, the most recently used.
type spill struct {
	f    *os.File
	size int64

	mu    sync.Mutex
	cache map[int64]*list.Element // seq -> element of order, holding a *spilled
	order *list.List              // most recently used first
	limit int
	buf   []byte
}

type spilled struct {
	seq int64
	p   *Prepared
}

// newSpill opens an anonymous temporary file (removed at once where the
// system allows, so nothing is left behind by a killed process).
func newSpill(cache int) (*spill, error) {
	f, err := os.CreateTemp("", "copydesk-index-*")
	if err != nil {
		return nil, fmt.Errorf("copy index file: %w", err)
	}
	os.Remove(f.Name())
	return &spill{f: f, cache: map[int64]*list.Element{}, order: list.New(), limit: cache}, nil
}

// put appends p's record and returns where it is.
func (s *spill) put(p *Prepared) (off int64, n int32, err error) {
	b := appendArticleMeta(s.buf[:0], p.Article)
	if b, err = p.Fingerprint.AppendBinary(b); err != nil {
		return 0, 0, err
	}
	s.buf = b
	if _, err := s.f.WriteAt(b, s.size); err != nil {
		return 0, 0, fmt.Errorf("copy index file: %w", err)
	}
	off = s.size
	s.size += int64(len(b))
	return off, int32(len(b)), nil
}

// get reads back the record of article seq at off.
func (s *spill) get(seq, off int64, n int32) (*Prepared, error) {
	s.mu.Lock()
	if e, ok := s.cache[seq]; ok {
		s.order.MoveToFront(e)
		s.mu.Unlock()
		return e.Value.(*spilled).p, nil
	}
	s.mu.Unlock()
	b := make([]byte, n)
	if _, err := s.f.ReadAt(b, off); err != nil {
		return nil, fmt.Errorf("copy index file: %w", err)
	}
	a, rest, err := decodeArticleMeta(b)
	if err != nil {
		return nil, err
	}
	fp, err := dedup.DecodeFingerprint(rest)
	if err != nil {
		return nil, fmt.Errorf("copy index file: article %s: %w", a.ID, err)
	}
	p := &Prepared{Article: a, Fingerprint: fp, Seq: seq}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.cache[seq]; ok {
		return e.Value.(*spilled).p, nil
	}
	s.cache[seq] = s.order.PushFront(&spilled{seq, p})
	for s.order.Len() > s.limit {
		e := s.order.Back()
		s.order.Remove(e)
		delete(s.cache, e.Value.(*spilled).seq)
	}
	return p, nil
}

func (s *spill) close() error { return s.f.Close() }

// appendArticleMeta appends what provenance reads of a (the article without
// its text, paragraphs, extra fields or placement).
func appendArticleMeta(b []byte, a *copydesk.Article) []byte {
	for _, x := range []string{a.ID, a.Ref, a.URL, a.CanonicalURL, a.Source, a.Title, a.Byline, a.Lang, a.Format, a.RawHash} {
		b = appendString(b, x)
	}
	b = appendTime(b, a.Published)
	b = appendTime(b, a.Added)
	b = binary.AppendUvarint(b, uint64(a.Version))
	partial := byte(0)
	if a.Partial {
		partial = 1
	}
	b = append(b, partial)
	b = binary.AppendUvarint(b, uint64(len(a.Removed)))
	for _, r := range a.Removed {
		b = binary.AppendUvarint(b, uint64(r.Line))
		b = appendString(b, r.Text)
		b = appendString(b, r.Reason)
	}
	return b
}

var errMeta = errors.New("copy index file: malformed article record")

// decodeArticleMeta reads what appendArticleMeta wrote and returns the rest.
func decodeArticleMeta(b []byte) (*copydesk.Article, []byte, error) {
	r := metaReader{b: b}
	a := &copydesk.Article{}
	for _, x := range []*string{&a.ID, &a.Ref, &a.URL, &a.CanonicalURL, &a.Source, &a.Title, &a.Byline, &a.Lang, &a.Format, &a.RawHash} {
		*x = r.string()
	}
	a.Published = r.time()
	a.Added = r.time()
	a.Version = int(r.uvarint())
	a.Partial = r.byte() == 1
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
		a.Removed = make([]copydesk.Removed, n)
		for i := range a.Removed {
			a.Removed[i] = copydesk.Removed{Line: int(r.uvarint()), Text: r.string(), Reason: r.string()}
		}
	} else if n > 0 {
		r.bad = true
	}
	if r.bad {
		return nil, nil, errMeta
	}
	return a, r.b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendTime writes a UTC time as seconds and nanoseconds, zero as one byte.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

type metaReader struct {
	b   []byte
	bad bool
}

func (r *metaReader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *metaReader) byte() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *metaReader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad = true
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *metaReader) time() time.Time {
	if r.byte() == 0 {
		return time.Time{}
	}
	sec, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad = true
		return time.Time{}
	}
	r.b = r.b[n:]
	return time.Unix(sec, int64(r.uvarint())).UTC()
}
