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
// sooner, and raises the collector's percent to gcPercent, so that the limit,
// not the percent, says when to collect: the limit follows what the input
// makes live, with at least memorySpare of room above it (a small heap is
// collected seldom: an add of 1,400 articles keeps 100 to 180 MB live, and
// under a limit of 256 MB in all it was collected every 30 to 80 MB, 51
// times, a sixth of its CPU: docs/speed.md) and at most memoryHeadroom times
// it once that is more (a large heap trades some collector time for resident
// memory: the 100k run's peak is 20 KB an article, and from a live heap of
// 512 MB up, 30k articles and more, the limit is what it was). The room
// above the live heap is thus a percent that shrinks as the heap grows, from
// gcPercent down to 50. A GOMEMLIMIT or GOGC in the environment is left to
// rule.
const (
	memoryWatchEvery = time.Second
	memoryHeadroom   = 1.5
	memorySpare      = 256 << 20
	gcPercent        = 400
)

// watchMemory keeps the collector's percent at gcPercent and the soft
// memory limit at memoryLimit of the live heap until stop is closed, then
// puts back the runtime's defaults (the watch runs only when the environment
// sets neither) and closes done. Each tick sets both again, so that a watch
// of another command run in the same process (tests) that stopped first
// undoes nothing for long.
func watchMemory(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	defer debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetGCPercent(100)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(memoryWatchEvery)
	defer t.Stop()
	for {
		metrics.Read(sample)
		debug.SetMemoryLimit(memoryLimit(sample[0].Value.Uint64()))
		debug.SetGCPercent(gcPercent)
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	return max(int64(float64(live)*memoryHeadroom), int64(live)+memorySpare)
}

// startMemoryWatch starts watchMemory unless the environment sets
// GOMEMLIMIT or GOGC, and returns what stops it.
func (c *cli) startMemoryWatch() func() {
	if c.Getenv("GOMEMLIMIT") != "" || c.Getenv("GOGC") != "" {
		return func() {}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go watchMemory(stop, done)
	return func() {
		close(stop)
		<-done
	}
}
