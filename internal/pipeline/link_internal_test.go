package pipeline

import (
	"reflect"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/provenance"
)

// words marks the words [from, to) of a text of n words.
func words(n, from, to int) []bool {
	c := make([]bool, n)
	for i := from; i < to; i++ {
		c[i] = true
	}
	return c
}

func TestChoose(t *testing.T) {
	const a = "new"
	art := func(id string) *copydesk.Article { return &copydesk.Article{ID: id} }
	// copyOf: the new article copies id; originOf: it is id's original.
	copyOf := func(id string, kind copydesk.Kind, aInB float64, covered []bool) match {
		return match{id: id, kind: kind, score: aInB, aInB: aInB, covered: covered,
			d: provenance.Decision{Original: art(id), Copy: art(a)}}
	}
	originOf := func(id string, bInA float64, coveredB []bool) match {
		return match{id: id, kind: copydesk.Rewrite, score: bInA, bInA: bInA, coveredB: coveredB,
			d: provenance.Decision{Original: art(a), Copy: art(id)}}
	}
	tests := []struct {
		name       string
		ms         []match
		originals  map[string][]original
		covers     map[[2]string][]bool // copy, original -> the copy's words the original accounts for
		wantKeep   []string
		wantUnlink []copydesk.Link
	}{
		{name: "the original, not its other copy", ms: []match{
			copyOf("sibling", copydesk.Rewrite, 1.0, words(100, 0, 100)),
			copyOf("orig", copydesk.Rewrite, 0.94, words(100, 0, 94)),
		}, originals: map[string][]original{"sibling": {{"orig", 1}}}, wantKeep: []string{"orig"}},
		{name: "a more literal copy is the closer", ms: []match{
			copyOf("orig", copydesk.Rewrite, 0.95, words(100, 0, 95)),
			copyOf("wire-copy", copydesk.Duplicate, 1.0, words(100, 0, 100)),
		}, originals: map[string][]original{"wire-copy": {{"orig", 0.95}}}, wantKeep: []string{"wire-copy"}},
		{name: "a round-up of two stories has two originals", ms: []match{
			copyOf("story-1", copydesk.Excerpt, 0.45, words(100, 0, 45)),
			copyOf("story-2", copydesk.Excerpt, 0.40, words(100, 50, 90)),
			copyOf("story-1-copy", copydesk.Excerpt, 0.45, words(100, 0, 45)),
		}, originals: map[string][]original{"story-1-copy": {{"story-1", 1}}}, wantKeep: []string{"story-1", "story-2"}},
		{name: "a copy without an original", ms: []match{originOf("early-copy", 0.9, words(50, 0, 45))},
			wantKeep: []string{"early-copy"}},
		{name: "an original arriving after its copies takes a sibling's place", ms: []match{
			originOf("copy-1", 0.97, words(50, 0, 48)),
			originOf("copy-2", 0.96, words(50, 0, 48)),
		}, originals: map[string][]original{"copy-2": {{"copy-1", 0.94}}},
			wantKeep: []string{"copy-1", "copy-2"}, wantUnlink: []copydesk.Link{{From: "copy-1", To: "copy-2"}}},
		{name: "a copy its own original accounts for", ms: []match{originOf("copy", 0.6, words(50, 0, 30))},
			originals: map[string][]original{"copy": {{"elsewhere", 0.9}}},
			covers:    map[[2]string][]bool{{"copy", "elsewhere"}: words(50, 0, 45)}},
		{name: "a copy whose original accounts for another part", ms: []match{originOf("round-up", 0.5, words(60, 30, 60))},
			originals: map[string][]original{"round-up": {{"other-story", 0.5}}},
			covers:    map[[2]string][]bool{{"round-up", "other-story"}: words(60, 0, 30)},
			wantKeep:  []string{"round-up"}},
	}
	for _, tt := range tests {
		keep, unlink := choose(a, tt.ms, func(id string) []original { return tt.originals[id] },
			func(cp, orig string) []bool { return tt.covers[[2]string{cp, orig}] },
			func(id string) int64 { return 0 })
		var got []string
		for _, m := range keep {
			got = append(got, m.id)
		}
		slices.Sort(got)
		if !reflect.DeepEqual(got, tt.wantKeep) || !reflect.DeepEqual(unlink, tt.wantUnlink) {
			t.Errorf("%s: kept %q and unlinked %v, want %q and %v", tt.name, got, unlink, tt.wantKeep, tt.wantUnlink)
		}
	}
}
