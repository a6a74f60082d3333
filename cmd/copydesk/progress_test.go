package main

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		done        int
		read, total int64
		elapsed     time.Duration
		want        string
	}{
		{0, 0, 0, 0, "0 items, -/s"},
		{120, 5000, 0, 4 * time.Second, "120 items, 30/s"},
		{10, 50, 10000, 500 * time.Millisecond, "[........................]   0%  10 items, 20/s  time left: estimating"},
		{300, 2500, 10000, 10 * time.Second, "[######..................]  25%  300 items, 30/s  about 30s left"},
		{900, 10000, 10000, 30 * time.Second, "[########################] 100%  900 items, 30/s  about 0s left"},
		{1000, 12000, 10000, 30 * time.Second, "[########################] 100%  1000 items, 33/s  about 0s left"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.done, tt.read, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%d, %d, %d, %s) = %q, want %q", tt.done, tt.read, tt.total, tt.elapsed, got, tt.want)
		}
	}
}

func TestProgressBarRedraws(t *testing.T) {
	var out bytes.Buffer
	var read atomic.Int64
	start := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	p := newProgressBar(&out, 1000, &read, start)
	read.Store(500)
	p.update(1, start.Add(time.Second))
	p.update(2, start.Add(time.Second+50*time.Millisecond)) // too soon: not drawn
	p.update(3, start.Add(2*time.Second))
	p.clear()
	p.clear() // nothing left to clear
	want := "\r\033[K[############............]  50%  1 items, 1/s  about 1s left" +
		"\r\033[K[############............]  50%  3 items, 2/s  about 2s left" + "\r\033[K"
	if got := out.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestAddNoProgressWhenPiped checks that add writes no progress bar when
// stderr is not a terminal: only the summary.
func TestAddNoProgressWhenPiped(t *testing.T) {
	db := t.TempDir() + "/p.db"
	code, _, stderr := run(t, "", "add", "--db", db, "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "items,") {
		t.Errorf("stderr holds a progress line: %q", stderr)
	}
}
