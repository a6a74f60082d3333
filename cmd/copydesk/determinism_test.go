package main

import (
	"path/filepath"
	"testing"
)

// Adding one corpus to two stores, and reclustering each, gives exports
// that are byte for byte the same: nothing in ingest, copies, clustering,
// facts or the export depends on map order or on the run.
func TestAddTwiceSameExport(t *testing.T) {
	inputs, err := exampleInputs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	export := func(name string) string {
		db := filepath.Join(t.TempDir(), name)
		if code, _, errs := run(t, "", append([]string{"--db", db, "add"}, inputs...)...); code != 0 {
			t.Fatalf("add examples: exit %d: %s", code, errs)
		}
		if code, _, errs := run(t, "", "--db", db, "recluster"); code != 0 {
			t.Fatalf("recluster: exit %d: %s", code, errs)
		}
		code, out, errs := run(t, "", "--db", db, "export", "--json")
		if code != 0 || len(out) < 1000 {
			t.Fatalf("export: exit %d, %d bytes: %s", code, len(out), errs)
		}
		return out
	}
	a, b := export("a.db"), export("b.db")
	if a != b {
		i := 0
		for i < min(len(a), len(b)) && a[i] == b[i] {
			i++
		}
		t.Errorf("two adds of the examples export differently (%d and %d bytes), first at byte %d: %q against %q",
			len(a), len(b), i, a[max(0, i-40):min(len(a), i+40)], b[max(0, i-40):min(len(b), i+40)])
	}
}
