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
// watchMemory sets, every memoryWatchEvery, a soft limit of memoryHeadroom
// times the heap live after the last collection (never under memoryFloor),
// which the runtime meets by collecting sooner and returning freed memory
// sooner: the limit follows what the input makes live, so a small input
// keeps the default's cost and a large one trades some collector time for
// resident memory. A GOMEMLIMIT in the environment is left to rule.
const (
	memoryWatchEvery = time.Second
	memoryHeadroom   = 1.5
	memoryFloor      = 256 << 20
)

// watchMemory keeps the soft memory limit at memoryHeadroom times the live
// heap until stop is closed, then lifts it and closes done.
func watchMemory(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	defer debug.SetMemoryLimit(math.MaxInt64)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(memoryWatchEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		metrics.Read(sample)
		debug.SetMemoryLimit(memoryLimit(sample[0].Value.Uint64()))
	}
}

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	return max(int64(float64(live)*memoryHeadroom), memoryFloor)
}

// startMemoryWatch starts watchMemory unless the environment sets
// GOMEMLIMIT, and returns what stops it.
func (c *cli) startMemoryWatch() func() {
	if c.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go watchMemory(stop, done)
	return func() {
		close(stop)
		<-done
	}
}
