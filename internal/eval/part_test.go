package eval

import (
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

func TestInPartOf(t *testing.T) {
	tune := "" // a story label that hashes into the tune half
	for _, l := range []string{"a", "b", "c", "d"} {
		if corpus.InPart("tune", l) {
			tune = l
			break
		}
	}
	tests := []struct {
		name  string
		part  string
		extra map[string]any
		want  bool
	}{
		{"own part field, same", "heldout", map[string]any{"part": "heldout", "story": tune}, true},
		{"own part field, other", "tune", map[string]any{"part": "heldout", "story": tune}, false},
		{"no part field: the story's hash", "tune", map[string]any{"story": tune}, true},
		{"no part field: the story's hash, other half", "heldout", map[string]any{"story": tune}, false},
		{"whole corpus", "", map[string]any{"part": "heldout"}, true},
		{"no fields", "", nil, true},
	}
	for _, tt := range tests {
		if got := inPartOf(tt.part, tt.extra); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestKeepsTopics: a fold is the items of some gold stories within a part;
// an item of another story, or of a listed story in the other part, is left.
func TestKeepsTopics(t *testing.T) {
	var tune, held []string // story labels of each half
	for _, l := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		if corpus.InPart("tune", l) {
			tune = append(tune, l)
		} else {
			held = append(held, l)
		}
	}
	if len(tune) < 2 || len(held) < 1 {
		t.Fatalf("labels split %v / %v: too few to test", tune, held)
	}
	fold := Options{Part: "tune", Topics: []string{tune[0], held[0]}}
	tests := []struct {
		opts  Options
		story string
		want  bool
	}{
		{fold, tune[0], true},
		{fold, tune[1], false}, // tune, not in the fold
		{fold, held[0], false}, // listed, but held out
		{Options{Topics: []string{held[0]}}, held[0], true},
		{Options{Part: "tune"}, tune[1], true},
		{Options{}, held[0], true},
	}
	for _, tt := range tests {
		if got := tt.opts.keeps(map[string]any{"story": tt.story}); got != tt.want {
			t.Errorf("part %q topics %v, story %q: got %v, want %v", tt.opts.Part, tt.opts.Topics, tt.story, got, tt.want)
		}
	}
}
