package main

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"
)

// progressBar draws add's progress on one line of a terminal, redrawn in
// place at most ten times a second: the articles done and their rate and,
// when the size of the inputs is known, a bar of the bytes read with the
// time left.
type progressBar struct {
	w     io.Writer
	start time.Time
	last  time.Time
	total int64         // bytes of the inputs, 0 when unknown
	read  *atomic.Int64 // bytes read so far
	shown bool
}

func newProgressBar(w io.Writer, total int64, read *atomic.Int64, now time.Time) *progressBar {
	return &progressBar{w: w, start: now, total: total, read: read}
}

// update redraws the line for done items, unless it was drawn less than a
// tenth of a second ago.
func (p *progressBar) update(done int, now time.Time) {
	if p.shown && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprint(p.w, "\r\033[K"+progressLine(done, p.read.Load(), p.total, now.Sub(p.start)))
}

// clear wipes the line, before a message or at the end.
func (p *progressBar) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// progressLine is the text of the progress line: done items in elapsed,
// read bytes of total (0 when unknown).
func progressLine(done int, read, total int64, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	rate := "-"
	if secs > 0 {
		rate = fmt.Sprintf("%.0f", float64(done)/secs)
	}
	counts := fmt.Sprintf("%d items, %s/s", done, rate)
	if total <= 0 {
		return counts
	}
	frac := min(1, float64(read)/float64(total))
	const width = 24
	cells := int(frac * width)
	bar := "[" + strings.Repeat("#", cells) + strings.Repeat(".", width-cells) + "]"
	left := "time left: estimating"
	if frac >= 0.01 && secs >= 1 {
		rest := time.Duration(float64(elapsed) * (1 - frac) / frac)
		left = "about " + rest.Round(time.Second).String() + " left"
	}
	return fmt.Sprintf("%s %3.0f%%  %s  %s", bar, 100*frac, counts, left)
}
