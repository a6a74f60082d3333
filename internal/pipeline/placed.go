package pipeline

import (
	"encoding/binary"
	"math"
	"time"

	"github.com/copydesk/copydesk"
)

// placed is what the ordered part keeps of a processed article: where it
// is and why, and when it came. It is kept for every article of the store,
// so its placement (the reason, the similarities and some twenty shared
// words, about twenty objects as a copydesk.Placement) is kept packed
// (appendPlacement) in the engine's slab once its shared words are found:
// the garbage collector visits every live object on every cycle, and its
// marking was the cost of add that grew most with the store (docs/speed.md).
type placed struct {
	Event, Story string
	Added        time.Time
	// pending is the placement while its shared words are being found
	// (sharedWords); packed is the placement after that (nil: none).
	pending *copydesk.Placement
	packed  []byte
}

func placedOf(a *copydesk.Article) *placed {
	return &placed{Event: a.Event, Story: a.Story, Added: a.Added}
}

// placement returns the article's placement, nil when it has none: a copy
// of what is kept, to be changed at will.
func (p *placed) placement() *copydesk.Placement {
	if p.pending != nil {
		return p.pending
	}
	if p.packed == nil {
		return nil
	}
	return readPlacement(p.packed)
}

// isCopy reports whether the article joined its event as a copy.
func (p *placed) isCopy() bool {
	if p.pending != nil {
		return p.pending.Copy
	}
	return len(p.packed) > 0 && p.packed[0]&placedCopy != 0
}

// place sets p's placement to pl, packed into e's slab at once.
func (e *Engine) place(p *placed, pl *copydesk.Placement) {
	p.pending, p.packed = nil, nil
	if pl != nil {
		e.packBuf = appendPlacement(e.packBuf[:0], pl)
		p.packed = e.slab.Copy(e.packBuf)
	}
}

// placeLater sets p's placement to pl, whose shared words are being found
// (sharedWords): it is packed by packPending, once they are.
func (e *Engine) placeLater(p *placed, pl *copydesk.Placement) {
	p.pending, p.packed = pl, nil
	if pl != nil {
		e.unpacked = append(e.unpacked, p)
	}
}

// packPending packs the placements placeLater left, once every shared
// word is found (after e.words.Wait).
func (e *Engine) packPending() {
	for i, p := range e.unpacked {
		if p.pending != nil {
			e.place(p, p.pending)
		}
		e.unpacked[i] = nil
	}
	e.unpacked = e.unpacked[:0]
}

// The flags of a packed placement's first byte: which of its numbers
// follow, and Copy.
const (
	placedCopy = 1 << iota
	placedSimilarity
	placedStorySimilarity
	placedGap
)

// appendPlacement appends pl packed to b: a byte of flags, the numbers
// that are not zero as their 8 bytes (the same float64s read back), then
// the reason and the shared words, each its length as a uvarint and its
// bytes.
func appendPlacement(b []byte, pl *copydesk.Placement) []byte {
	var flags byte
	if pl.Copy {
		flags |= placedCopy
	}
	nums := []struct {
		flag byte
		v    float64
	}{{placedSimilarity, pl.Similarity}, {placedStorySimilarity, pl.StorySimilarity}, {placedGap, pl.GapHours}}
	for _, n := range nums {
		if math.Float64bits(n.v) != 0 {
			flags |= n.flag
		}
	}
	b = append(b, flags)
	for _, n := range nums {
		if flags&n.flag != 0 {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(n.v))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(pl.Reason)))
	b = append(b, pl.Reason...)
	b = binary.AppendUvarint(b, uint64(len(pl.Shared)))
	if pl.Shared == nil {
		// nil and empty read back as they were
		return append(b, 0)
	}
	b = append(b, 1)
	for _, w := range pl.Shared {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return b
}

// readPlacement reads back a placement appendPlacement packed.
func readPlacement(b []byte) *copydesk.Placement {
	flags := b[0]
	b = b[1:]
	pl := &copydesk.Placement{Copy: flags&placedCopy != 0}
	for _, n := range []struct {
		flag byte
		v    *float64
	}{{placedSimilarity, &pl.Similarity}, {placedStorySimilarity, &pl.StorySimilarity}, {placedGap, &pl.GapHours}} {
		if flags&n.flag != 0 {
			*n.v = math.Float64frombits(binary.LittleEndian.Uint64(b))
			b = b[8:]
		}
	}
	str := func() string {
		n, k := binary.Uvarint(b)
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s
	}
	pl.Reason = str()
	n, k := binary.Uvarint(b)
	b = b[k:]
	if b[0] == 1 {
		b = b[1:]
		pl.Shared = make([]string, n)
		for i := range pl.Shared {
			pl.Shared[i] = str()
		}
	}
	return pl
}
