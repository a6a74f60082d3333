package pipeline

import (
	"math"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk"
)

// TestPackPlacement reads back every field of placements packed into the
// slab: numbers zero, negative zero and not, shared words nil, empty and
// long, and placements packed after others into the same chunk.
func TestPackPlacement(t *testing.T) {
	long := make([]string, 300)
	for i := range long {
		long[i] = string(rune('a'+i%26)) + "ørd"
	}
	pls := []*copydesk.Placement{
		{},
		{Reason: "first article of a new event and a new story"},
		{Reason: "close to the event as a whole", Similarity: 0.4172, Shared: []string{"Vasvastur", "harbour", "", "New Belsa"}, GapHours: 3.5},
		{Reason: "moved; first placed: copy", StorySimilarity: math.Copysign(0, -1), Copy: true, Shared: []string{}},
		{Similarity: math.SmallestNonzeroFloat64, StorySimilarity: -2.25, GapHours: 1e300, Shared: long},
	}
	var e Engine
	var got []*placed
	for _, pl := range pls {
		p := &placed{}
		e.place(p, pl)
		got = append(got, p)
	}
	for i, p := range got {
		back := p.placement()
		if !reflect.DeepEqual(back, pls[i]) || math.Signbit(back.StorySimilarity) != math.Signbit(pls[i].StorySimilarity) {
			t.Errorf("placement %d: read back %+v, packed %+v", i, back, pls[i])
		}
		if p.isCopy() != pls[i].Copy {
			t.Errorf("placement %d: isCopy %v, want %v", i, p.isCopy(), pls[i].Copy)
		}
	}
	p := &placed{}
	e.place(p, nil)
	if p.placement() != nil || p.isCopy() {
		t.Errorf("no placement read back as %+v", p.placement())
	}
	// A pending placement is read as it is until packed.
	pl := &copydesk.Placement{Reason: "r", Copy: true}
	e.placeLater(p, pl)
	pl.Shared = []string{"later"}
	if p.placement() != pl || !p.isCopy() {
		t.Errorf("pending placement read as %+v", p.placement())
	}
	e.packPending()
	if p.pending != nil || !reflect.DeepEqual(p.placement(), pl) {
		t.Errorf("packed pending placement read back as %+v, want %+v", p.placement(), pl)
	}
}
