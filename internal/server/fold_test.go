package server

import (
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/view"
)

// TestSaid: a story's page lists whole speakers, most quoted first, until
// about shownQuotes quotes, then unattributed quotes up to the same bound,
// and counts what it leaves out; the first speaker is listed however many
// quotes it has, and a limit of 0 lists everything.
func TestSaid(t *testing.T) {
	speaker := func(id string, quotes ...int) view.Speaker { return view.Speaker{ID: id, Quotes: quotes} }
	story := func(speakers []view.Speaker, quotes int, loose ...int) *view.StoryView {
		v := &view.StoryView{}
		v.Speakers = speakers
		v.Quotes = make([]view.Quote, quotes)
		for i := range v.Quotes {
			v.Quotes[i].SpeakerID = "person:x"
		}
		for _, i := range loose {
			v.Quotes[i].SpeakerID = ""
		}
		return v
	}
	ids := func(l quoteList) []string {
		var out []string
		for _, s := range l.Speakers {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name     string
		v        *view.StoryView
		limit    int
		speakers []string
		loose    []int
		hidden   int
	}{
		{"all fit", story([]view.Speaker{speaker("a", 0, 1), speaker("b", 2)}, 4, 3), 15, []string{"a", "b"}, []int{3}, 0},
		{"a big first speaker", story([]view.Speaker{speaker("a", 0, 1, 2, 3), speaker("b", 4)}, 6, 5), 3, []string{"a"}, nil, 2},
		{"a later speaker that would overflow is left, a smaller one after it listed",
			story([]view.Speaker{speaker("a", 0), speaker("b", 1, 2, 3), speaker("c", 4)}, 5), 3, []string{"a", "c"}, nil, 3},
		{"unattributed quotes fill what is left", story([]view.Speaker{speaker("a", 0)}, 5, 1, 2, 3, 4), 3, []string{"a"}, []int{1, 2}, 2},
		{"no limit", story([]view.Speaker{speaker("a", 0, 1, 2, 3), speaker("b", 4)}, 6, 5), 0, []string{"a", "b"}, []int{5}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := said(tt.v, tt.limit)
			if !reflect.DeepEqual(ids(got), tt.speakers) || !reflect.DeepEqual(got.Loose, tt.loose) || got.Hidden != tt.hidden {
				t.Errorf("said = speakers %v, loose %v, hidden %d; want %v, %v, %d", ids(got), got.Loose, got.Hidden, tt.speakers, tt.loose, tt.hidden)
			}
		})
	}
}
