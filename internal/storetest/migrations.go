package storetest

import (
	"testing"

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
