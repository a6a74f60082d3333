package storetest

import (
	"maps"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
)

// CheckMigrations checks a store's embedded migrations as its loader
// returned them: at least one, numbered 1, 2, ... without gaps.
func CheckMigrations(t *testing.T, ms []storekit.Migration, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations embedded")
	}
	for i, m := range ms {
		if m.Version != i+1 {
			t.Errorf("migration %d is %s, number %d; want numbers 1, 2, ... without gaps", i, m.Name, m.Version)
		}
	}
}

// CheckCopyMigration checks the migration that made "joined as a copy" a
// field of an article's placement: placements written before it, which say
// so only in their reason (the copy's own, or the "first placed:" part of a
// moved article's), read back with Copy set, and no other does. open opens
// the store (applying its migrations); forget makes it forget that
// migration version ran, so that the next open applies it to the rows
// written since.
func CheckCopyMigration(t *testing.T, open func() copydesk.Store, forget func(s copydesk.Store, version int)) {
	t.Helper()
	const version = 3
	s := open()
	reasons := map[string]string{
		"m-1": "first article of a new event and a new story",
		"m-2": "copy of an article in this event",
		"m-3": "copy of an article in this event; its event then merged with one grown close to it",
		"m-4": "moved when its event e9 merged into this one, the two having grown alike; first placed: copy of an article in this event",
		"m-5": "close to the event as a whole",
	}
	want := map[string]bool{"m-2": true, "m-3": true, "m-4": true}
	ids := slices.Sorted(maps.Keys(reasons))
	for i, id := range ids {
		put(t, s, newArticle(id, "ref-"+id, at(float64(i))))
		save(t, s, copydesk.Result{Article: id, Event: "e1", Story: "s1",
			Placement: &copydesk.Placement{Reason: reasons[id]},
			Events:    []copydesk.Event{{ID: "e1", Story: "s1"}}, Stories: []copydesk.Story{{ID: "s1"}}})
	}
	forget(s, version)
	s.Close()
	s = open()
	defer s.Close()
	for _, id := range ids {
		a := getArticle(t, s, id)
		if a.Placement == nil || a.Placement.Reason != reasons[id] || a.Placement.Copy != want[id] {
			t.Errorf("%s after migration %d: placement %+v, want reason %q and copy %v", id, version, a.Placement, reasons[id], want[id])
		}
	}
}
