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
