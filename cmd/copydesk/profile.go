package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the CPU profile asked for by --cpuprofile, once,
// after the subcommand's flags are parsed; stopProfiles ends it and writes
// the heap profile asked for by --memprofile. Both are for measuring where
// a command spends its time and memory (go tool pprof FILE).
func (c *cli) startProfiles() error {
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
	if c.memprofile == "" {
		return
	}
	f, err := os.Create(c.memprofile)
	if err != nil {
		fmt.Fprintf(c.Stderr, "copydesk: memory profile: %v\n", err)
		return
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintf(c.Stderr, "copydesk: memory profile: %v\n", err)
	}
}
