package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/refine: a brief on a warehouse fire comes before the full
// reports and opens an event alone; re-placement moves it into theirs once
// they have grown. eval --refine-factor -1 turns re-placement off, which is
// how the README measures what it adds.

func TestEvalRefineFactor(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join("..", "..", "testdata", "refine", "fire.jsonl")
	eventsF1 := func(extra ...string) float64 {
		args := append([]string{"eval", "--db", filepath.Join(dir, strings.Join(extra, "")+".db"), "--corpus", corpus, "--event-threshold", "0.45", "--json"}, extra...)
		code, out, errs := run(t, "", args...)
		if code != 0 {
			t.Fatalf("eval %q: exit %d: %s", extra, code, errs)
		}
		var r struct{ Events struct{ F1 float64 } }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("eval %q: %v: %s", extra, err, out)
		}
		return r.Events.F1
	}
	if f := eventsF1(); f != 1 {
		t.Errorf("events F1 with re-placement %.3f, want 1", f)
	}
	if f := eventsF1("--refine-factor", "-1"); f >= 1 {
		t.Errorf("events F1 without re-placement %.3f, want the brief left alone", f)
	}
}
