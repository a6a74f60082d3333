package eval

import (
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/facts"
)

func TestNumberEdits(t *testing.T) {
	orig := "The ferry left on Aug. 2. It carried 30 cars and 120 people. Nobody was hurt.\n\nThe 4 crew were praised."
	cp := "The ferry left on Aug. 5. It carried 30 cars and 120 people.\n\nThe 4 crew were praised."
	if got, want := numberEdits(orig, cp), [][2]string{{"2", "5"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("numberEdits = %q, want %q", got, want)
	}
}

func TestSpun(t *testing.T) {
	if !spun([]facts.Version{{Text: "four hours"}, {Text: "four minutes"}}) {
		t.Errorf("four hours and four minutes: a unit swapped")
	}
	if spun([]facts.Version{{Text: "four hours"}, {Text: "five hours"}}) {
		t.Errorf("four and five hours: no unit swapped")
	}
}
