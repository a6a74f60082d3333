package facts

import (
	"sort"
	"time"

	"github.com/copydesk/copydesk"
)

// StoryFacts is what the sources of one story (or event) say, together.
type StoryFacts struct {
	// Reference is the latest reference day of the articles: dates written
	// without a year in articles without a reference of their own take
	// their year from it.
	Reference string        `json:"reference,omitempty"`
	Entities  []StoryEntity `json:"entities"`
	Quotes    []StoryQuote  `json:"quotes"`
	// Speakers groups the quotes by who says them, one speaker entity each.
	Speakers      []StorySpeaker  `json:"speakers"`
	Timeline      []TimelineEntry `json:"timeline"`
	Disagreements []Disagreement  `json:"disagreements"`
}

// source names an article's outlet, or its id when the outlet is unknown.
func source(f *Facts) string {
	if f.Source != "" {
		return f.Source
	}
	return f.ID
}

// Merge joins the facts of the articles of one story: one entity per person
// (organisation, place) across surface forms, one quote per statement with
// its variants, the quotes grouped by speaker entity, a timeline oldest first, and the disagreements between the
// sources, including the meaning changes of every copy in rels (From is the
// original, To the copy). The input is not modified; the output is the same
// for the same input in any order.
func Merge(arts []*Facts, rels []copydesk.Relation) *StoryFacts {
	return MergeEvents(arts, rels, nil)
}

// MergeEvents is Merge for a story whose articles are grouped into events
// (events maps an article id to its event's; an article not in it is in
// every event): independent articles are compared only within one event,
// since two happenings of one story (two floods of one river) each have
// their own counts and days.
func MergeEvents(arts []*Facts, rels []copydesk.Relation, events map[string]string) *StoryFacts {
	fs := make([]*Facts, 0, len(arts))
	for _, a := range arts {
		if a != nil {
			fs = append(fs, a)
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID })
	sf := &StoryFacts{Entities: []StoryEntity{}, Quotes: []StoryQuote{}, Speakers: []StorySpeaker{}, Timeline: []TimelineEntry{}, Disagreements: []Disagreement{}}
	// The story's reference, and the dates re-resolved with it.
	var ref time.Time
	for _, f := range fs {
		if t, err := time.Parse(dateLayout, f.Reference); err == nil && t.After(ref) {
			ref = t
		}
	}
	if !ref.IsZero() {
		sf.Reference = ref.Format(dateLayout)
	}
	dates := make([][]Date, len(fs))
	for i, f := range fs {
		dates[i] = append([]Date(nil), f.Dates...)
		if f.Reference == "" && !ref.IsZero() {
			resolveDates(dates[i], time.Time{}, ref)
		}
	}
	ents, ids := mergeEntities(fs)
	sf.Entities = ents
	sf.Quotes = mergeQuotes(fs, ids)
	sf.Speakers = groupSpeakers(sf.Quotes, sf.Entities)
	sf.Timeline = mergeTimeline(fs, dates, ref)
	if ds := findDisagreements(fs, dates, sf, rels, events); len(ds) > 0 {
		sf.Disagreements = ds
	}
	return sf
}

// addStr adds s to a sorted set.
func addStr(set []string, s string) []string {
	i := sort.SearchStrings(set, s)
	if i < len(set) && set[i] == s {
		return set
	}
	set = append(set, "")
	copy(set[i+1:], set[i:])
	set[i] = s
	return set
}
