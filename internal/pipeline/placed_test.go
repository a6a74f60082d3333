package pipeline

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

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

// BenchmarkPlacedHeap reports what the placements of 100,000 articles
// (each with a reason and twenty shared words, as cluster.Words gives them:
// a string each) leave on the heap kept as copydesk.Placements and packed
// in the engine's slab: the heap objects and bytes an article, and the time
// a full collection takes with them live, an article (the engine keeps a
// placement for every article of the store, and every collection marks
// them all).
//
//	go test ./internal/pipeline -run '^$' -bench PlacedHeap -benchtime 3x
func BenchmarkPlacedHeap(b *testing.B) {
	const n = 100000
	words := func(i int) []string {
		out := make([]string, 20)
		for k := range out {
			out[k] = strings.Clone(fmt.Sprintf("word%d-%d", k, i%977))
		}
		return out
	}
	live := func(keep func() any) (objects, bytes, gcNs float64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		kept := keep()
		runtime.GC()
		runtime.ReadMemStats(&after)
		start := time.Now()
		runtime.GC()
		gcNs = float64(time.Since(start).Nanoseconds())
		runtime.KeepAlive(kept)
		return float64(after.HeapObjects-before.HeapObjects) / n, float64(after.HeapAlloc-before.HeapAlloc) / n, gcNs / n
	}
	placement := func(i int) *copydesk.Placement {
		return &copydesk.Placement{Reason: "close to the event as a whole", Similarity: 0.3 + float64(i%100)/1000, Shared: words(i), GapHours: float64(i % 48)}
	}
	for _, packed := range []bool{false, true} {
		name := "Placement"
		if packed {
			name = "packed"
		}
		b.Run(name, func(b *testing.B) {
			var objects, bytes, gcNs float64
			for b.Loop() {
				objects, bytes, gcNs = live(func() any {
					var e Engine
					arts := make([]*placed, n)
					pls := make([]*copydesk.Placement, n)
					for i := range arts {
						arts[i] = &placed{}
						if packed {
							e.place(arts[i], placement(i))
						} else {
							pls[i] = placement(i)
						}
					}
					return []any{arts, pls, &e}
				})
			}
			b.ReportMetric(objects, "objects/article")
			b.ReportMetric(bytes, "B/article")
			b.ReportMetric(gcNs, "GC-ns/article")
		})
	}
}
