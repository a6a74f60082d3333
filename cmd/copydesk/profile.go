package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// startProfiles starts the CPU profile asked for by --cpuprofile and the
// heap watch of --memprofile, once, after the subcommand's flags are
// parsed; stopProfiles ends them. Both are for measuring where a command
// spends its time and memory (go tool pprof FILE).
func (c *cli) startProfiles() error {
	if c.memprofile != "" && c.memStop == nil {
		c.memStop, c.memDone = make(chan struct{}), make(chan struct{})
		go c.watchHeap(c.memStop, c.memDone)
	}
	if c.cpuprofile == "" || c.cpuFile != nil {
		return nil
	}
	f, err := os.Create(c.cpuprofile)
	if err != nil {
		return fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("cpu profile: %w", err)
	}
	c.cpuFile = f
	return nil
}

func (c *cli) stopProfiles() {
	if c.cpuFile != nil {
		pprof.StopCPUProfile()
		c.cpuFile.Close()
		c.cpuFile = nil
	}
	if c.memStop != nil {
		close(c.memStop)
		<-c.memDone
		c.memStop = nil
	}
}

// heapWatchEvery is how often watchHeap reads the live heap.
const heapWatchEvery = time.Second

// watchHeap writes the heap profile of --memprofile whenever the heap live
// after the last collection has grown by a tenth over what the file holds,
// and once more when stopped if nothing was written yet: the file ends
// holding the heap near its peak (pprof -sample_index=inuse_space), which
// is what bounds a run's memory, not the heap left when the command ends.
func (c *cli) watchHeap(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var written uint64
	t := time.NewTicker(heapWatchEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			if written == 0 {
				runtime.GC()
				c.writeHeap()
			}
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if live := sample[0].Value.Uint64(); live > written+written/10 {
			if c.writeHeap() {
				written = live
			}
		}
	}
}

// writeHeap writes the heap profile to --memprofile's file, reporting why
// it could not.
func (c *cli) writeHeap() bool {
	f, err := os.Create(c.memprofile)
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(c.Stderr, "copydesk: memory profile: %v\n", err)
		return false
	}
	return true
}
