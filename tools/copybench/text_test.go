package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The mayor spoke. Then she left.", []string{"The mayor spoke.", "Then she left."}},
		{"Mr. Holm arrived at 5 p.m. on Friday. He said so.", []string{"Mr. Holm arrived at 5 p.m. on Friday.", "He said so."}},
		{`"We will win," she said. The crowd cheered.`, []string{`"We will win," she said.`, "The crowd cheered."}},
		{"It cost 3.5 million. Nobody knew why!", []string{"It cost 3.5 million.", "Nobody knew why!"}},
		{"The U.S. Navy answered. It was late.", []string{"The U.S. Navy answered.", "It was late."}},
		{"no end here", []string{"no end here"}},
	}
	for _, tt := range tests {
		if got := SplitSentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestChangedShare(t *testing.T) {
	src := ParseDoc("", "One two three four. Five six seven eight.\n\nNine ten eleven twelve.")
	tests := []struct {
		text string
		want float64
	}{
		{"One two three four. Five six seven eight. Nine ten eleven twelve.", 0},
		{"Nine, ten, eleven, twelve! ONE two three four.", 1.0 / 3},
		{"Something else entirely.", 1},
	}
	for _, tt := range tests {
		if got := changedShare(src, tt.text); got != tt.want {
			t.Errorf("changedShare(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPhrasesUnique(t *testing.T) {
	p := Phrases{}
	first := p.Unique(func() string { return "one two three four five six seven eight nine" })
	calls := 0
	second := p.Unique(func() string {
		calls++
		if calls == 1 {
			return "zero one two three four five six seven eight" // repeats a run of first
		}
		return "a wholly different line of words that shares nothing"
	})
	if first == second || calls != 2 {
		t.Errorf("got %q after %d calls, want the second line after 2", second, calls)
	}
}

func TestOverlap(t *testing.T) {
	var pad []string
	for i := range 300 {
		pad = append(pad, fmt.Sprintf("w%d", i))
	}
	a := Words("the quick brown fox jumps over the lazy dog and runs far away into the woods " + strings.Join(pad[:150], " "))
	b := Words("a quick brown fox jumps over the lazy dog and runs far beyond the river " + strings.Join(pad[150:], " "))
	o := overlap(a, b)
	if o.Shared != 4 || o.Longest != 11 {
		t.Errorf("got %+v, want 4 shared runs and a longest run of 11 words", o)
	}
	if o.Related() {
		t.Errorf("an 11-word run in common is a stock phrase, not related: %+v", o)
	}
	if !(Overlap{Longest: 13}).Related() || !(Overlap{Shared: 5}).Related() {
		t.Error("a 13-word run or 5 shared runs should be related")
	}
}
