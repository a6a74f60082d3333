package main

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// The collector's default lets the heap grow to twice what is live before it
// collects (GOGC 100), and the memory a collection frees goes back to the
// system slowly: a run of add that keeps 300 MB live held 700 MB resident.
// watchMemory sets, every memoryWatchEvery, a soft limit on the memory the
// runtime holds (memoryLimit of the heap live after the last collection),
// which the runtime meets by collecting sooner and returning freed memory
// sooner: the limit follows what the input makes live, and a large heap
// trades some collector time for resident memory (at most memoryHeadroom
// times the live heap, roomyHeadroom for add: the 100k add's peak is 20 KB
// an article).
//
// For add the watch also raises the collector's percent to roomyPercent, so
// that the limit, not the percent, says when to collect, and gives the heap
// at least memorySpare of room above what is live: an add of 1,400 articles
// keeps 100 to 180 MB live, and under a limit of 256 MB in all it was
// collected every 30 to 80 MB, 51 times, a sixth of its CPU (docs/speed.md).
// The room is thus a percent that shrinks as the heap grows, from
// roomyPercent down to 60 (roomyHeadroom, from 427 MB live on): a little
// more than the other commands' 50, since add's live heap grows with the
// store and every collection marks all of it (at 100k articles the
// collector's marking was the cost an article that grew most,
// docs/speed.md), and the 100k add's peak stays under 20 KB an article.
// Dedup keeps the default percent and memoryFloor: its heap is smaller and
// short-lived, it was collected 19 times, and more room cost it more in
// fresh pages than it saved.
// A GOMEMLIMIT or GOGC in the environment is left to rule.
const (
	memoryWatchEvery = time.Second
	memoryHeadroom   = 1.5
	roomyHeadroom    = 1.6
	memoryFloor      = 256 << 20
	memorySpare      = 256 << 20
	roomyPercent     = 400
)

// watchMemory keeps the soft memory limit at memoryLimit of the live heap
// (and, when roomy, the collector's percent at roomyPercent) until stop is
// closed, then puts back the runtime's defaults (the watch runs only when
// the environment sets neither) and closes done. Each tick sets both
// again, so that a watch of another command run in the same process
// (tests) that stopped first undoes nothing for long.
func watchMemory(stop <-chan struct{}, done chan<- struct{}, roomy bool) {
	defer close(done)
	defer debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetGCPercent(100)
	percent := 100
	if roomy {
		percent = roomyPercent
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(memoryWatchEvery)
	defer t.Stop()
	for {
		metrics.Read(sample)
		debug.SetMemoryLimit(memoryLimit(sample[0].Value.Uint64(), roomy))
		debug.SetGCPercent(percent)
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64, roomy bool) int64 {
	if roomy {
		return max(int64(float64(live)*roomyHeadroom), int64(live)+memorySpare)
	}
	return max(int64(float64(live)*memoryHeadroom), memoryFloor)
}

// startMemoryWatch starts watchMemory unless the environment sets
// GOMEMLIMIT or GOGC, and returns what stops it; roomy gives the heap
// add's room.
func (c *cli) startMemoryWatch(roomy bool) func() {
	if c.Getenv("GOMEMLIMIT") != "" || c.Getenv("GOGC") != "" {
		return func() {}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go watchMemory(stop, done, roomy)
	return func() {
		close(stop)
		<-done
	}
}
