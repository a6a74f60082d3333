package main

import (
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestStartUpLazy runs this test binary again with the runtime's trace of
// package initialisers and checks that start-up builds no data a command
// may never use: go-dateparser's locales and time zones, built in its
// initialisers by the released module (95 MB and 6 MB, 430,000
// allocations, most of every process's start-up), are built at their first
// use by the copy go.mod's replace builds (third_party/go-dateparser, made
// by tools/lazydateparser), and all the initialisers together allocate
// under 24 MB (about 9 MB now).
func TestStartUpLazy(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	env := slices.DeleteFunc(os.Environ(), func(e string) bool { return strings.HasPrefix(e, "GODEBUG=") })
	cmd.Env = append(env, "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	total, seen := 0, map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		rest, ok := strings.CutPrefix(line, "init ")
		if !ok {
			continue
		}
		// init PKG @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(rest)
		if len(f) < 10 || f[7] != "bytes," {
			t.Fatalf("unexpected trace line %q", line)
		}
		bytes, err := strconv.Atoi(f[6])
		if err != nil {
			t.Fatalf("unexpected trace line %q", line)
		}
		total += bytes
		pkg := f[0]
		seen[pkg] = true
		if strings.HasPrefix(pkg, "github.com/markusmobius/go-dateparser/internal/") && bytes > 1<<20 {
			t.Errorf("%s's initialiser allocated %d bytes at start-up, want under 1 MB (its data built at first use)", pkg, bytes)
		}
	}
	for _, pkg := range []string{"github.com/markusmobius/go-dateparser/internal/data", "github.com/copydesk/copydesk/internal/extract"} {
		if !seen[pkg] {
			t.Fatalf("no initialiser of %s in the trace:\n%s", pkg, out)
		}
	}
	if total > 24<<20 {
		t.Errorf("the initialisers allocated %d bytes, want under 24 MB", total)
	}
}

// BenchmarkStartUp runs this test binary again, running nothing, b.N times
// and reports the CPU (user and system) of one such process: the package
// initialisers' cost, which every copydesk process pays before its command.
//
//	go test ./cmd/copydesk -run '^$' -bench StartUp -benchtime 20x
func BenchmarkStartUp(b *testing.B) {
	var cpu float64
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		cpu += (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	}
	b.ReportMetric(cpu/float64(b.N)*1e3, "cpu-ms/process")
}
