package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

func TestAgree(t *testing.T) {
	for _, c := range []struct {
		v, gran, gold string
		want          bool
	}{
		{"2009-12-07", "day", "2009-12-07", true},
		{"2009-12-07", "day", "2009-12-08", false},
		{"2009-12", "month", "2009-12-07", true}, // coarser, and right as far as it goes
		{"2009-12-07", "day", "2009-12", true},
		{"2009-11", "month", "2009-12", false},
		{"2009", "year", "2009-12", true},
		{"2009-11-30", "week", "2009-12-06", true}, // the week of Monday 30 November holds 6 December
		{"2009-11-30", "week", "2009-12-07", false},
		{"2009-11-30", "week", "2009-12", true},
		{"2009-11-30", "week", "2009-10", false},
		{"2009", "year", "", false}, // the label says the text cannot resolve it
		{"", "", "2009", false},
	} {
		if got := agree(c.v, c.gran, c.gold); got != c.want {
			t.Errorf("agree(%q, %q, %q) = %v, want %v", c.v, c.gran, c.gold, got, c.want)
		}
	}
}

func TestLocate(t *testing.T) {
	txt := "He left on Friday. She came on Friday. On Friday night it rained."
	used := map[int]bool{}
	for _, c := range []struct {
		g    DateGoldExpr
		want int // -1: not found
	}{
		{DateGoldExpr{Text: "Friday", Context: "came on Friday"}, 31},
		{DateGoldExpr{Text: "Friday", Context: "on Friday"}, 11},
		{DateGoldExpr{Text: "Friday", Context: "on Friday"}, -1}, // both taken; "On Friday" differs in case
		{DateGoldExpr{Text: "Monday", Context: "On Friday night"}, -1},
	} {
		s, _, ok := locate(txt, c.g, used)
		if !ok {
			s = -1
		}
		if s != c.want {
			t.Errorf("locate(%q in %q) = %d, want %d", c.g.Text, c.g.Context, s, c.want)
		}
	}
}

// TestDates scores an invented article: a system that gives the labels
// back scores 1 everywhere, and copydesk's errors are listed.
func TestDates(t *testing.T) {
	dir := t.TempDir()
	txt := "March 3, 2021\n\nThe mayor opened the bridge on Tuesday. It was built in 1968 and will close on April 9."
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": txt})
	l, _ := json.Marshal(DateLabels{Article: "x1", Topic: "t1", Published: "2021-03-03", Dates: []DateGoldExpr{
		{Text: "March 3, 2021", Context: "March 3, 2021", Value: "2021-03-03", Granularity: "day"},
		{Text: "on Tuesday", Context: "opened the bridge on Tuesday.", Value: "2021-03-02", Granularity: "day", Entry: true, What: "The mayor opened the bridge"},
		{Text: "in 1968", Context: "It was built in 1968", Value: "1968", Granularity: "year"},
		{Text: "on April 9", Context: "will close on April 9.", Value: "2021-04-09", Granularity: "day"},
	}})
	corpus := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(corpus, append(a, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dates-tune.jsonl"), append(l, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	oracle := func(_, _, txt string, _ time.Time) []FoundDate {
		return []FoundDate{
			{Start: 0, End: 13, Value: "2021-03-03", Granularity: "day"},
			{Start: 37, End: 47, Value: "2021-03-02", Granularity: "day", Entry: true, What: "The mayor opened the bridge"},
			{Start: 65, End: 69, Value: "1968", Granularity: "year"},
		}
	}
	rep, err := Dates(dir, corpus, "tune", map[string]DateSystem{"oracle": oracle, "copydesk": CopydeskDates}, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Expressions != 4 || rep.Resolvable != 4 || rep.Entries != 1 {
		t.Errorf("got %d expressions, %d with a value, %d entries, want 4, 4, 1", rep.Expressions, rep.Resolvable, rep.Entries)
	}
	for _, s := range rep.Systems {
		t.Logf("%s: dates P %.2f R %.2f, entries P %.2f R %.2f, what F1 %.2f; %v", s.System, s.Resolved.Precision, s.Resolved.Recall,
			s.Entries.Precision, s.Entries.Recall, s.WhatF1, s.Errors)
		if s.System != "oracle" {
			continue
		}
		if s.Resolved.Precision != 1 || s.Resolved.Recall != 0.75 || s.Entries.F1 != 1 || s.WhatF1 < 0.99 {
			t.Errorf("oracle: dates P %.2f R %.2f, entries F1 %.2f, what F1 %.2f; want 1, 0.75, 1, 1",
				s.Resolved.Precision, s.Resolved.Recall, s.Entries.F1, s.WhatF1)
		}
		if len(s.Errors) != 1 {
			t.Errorf("oracle: errors %q, want the one missed date", s.Errors)
		}
	}
	if _, err := Dates(dir, corpus, "heldout", map[string]DateSystem{"oracle": oracle}, false); err == nil {
		t.Error("a missing labels file gave no error")
	}
	if _, err := Dates(dir, corpus, "heldout2", map[string]DateSystem{"oracle": oracle}, true); err == nil {
		t.Error("held-out errors kept")
	}
	if _, err := Dates(dir, corpus, "heldout9", map[string]DateSystem{"oracle": oracle}, false); err == nil {
		t.Error("no such part accepted")
	}
}

// TestDatesLabels locates every date of the ECB+ labels, every part, in its
// article without running any system on them (no score is made, so the
// held-out parts stay unseen); it needs ../shared and skips without it.
func TestDatesLabels(t *testing.T) {
	path := corpus.ECBPlusDev()
	if path == "" {
		t.Skip("no shared/eval/ecbplus-dev/corpus.jsonl")
	}
	none := func(_, _, _ string, _ time.Time) []FoundDate { return nil }
	for _, part := range DateParts {
		rep, err := Dates("../../testdata/facts/ecbplus", path, part, map[string]DateSystem{"none": none}, false)
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		if rep.Articles < 10 || rep.Expressions == 0 {
			t.Errorf("%s: %d articles, %d dates: want 10 or more articles and some dates", part, rep.Articles, rep.Expressions)
		}
	}
}

// TestReadDateLabelsNoAnchor accepts an article whose text gives no date to
// count from (published and published_from both empty) and refuses a
// published date that is empty or malformed while its words are given.
func TestReadDateLabelsNoAnchor(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	p := write("dates-heldout2.jsonl", `{"article": "x1", "topic": "t2", "published": "", "published_from": "", "dates": []}`)
	if l, err := ReadDateLabels(p); err != nil || len(l) != 1 {
		t.Errorf("no anchor: %d labels, error %v; want 1, none", len(l), err)
	}
	for _, bad := range []string{`"published": "", "published_from": "Posted: Friday"`, `"published": "Friday", "published_from": "Friday"`} {
		p := write("dates-heldout2.jsonl", `{"article": "x1", "topic": "t2", `+bad+`, "dates": []}`)
		if _, err := ReadDateLabels(p); err == nil || !strings.Contains(err.Error(), "dates-heldout2.jsonl:1") {
			t.Errorf("%s: error %v", bad, err)
		}
	}
}

// TestDatesNoAnchor scores an invented article whose text gives no date to
// count from, as the labels' conventions say: the system is given the zero
// time, a relative date labelled without a value is wrong when resolved
// (precision) and not counted in recall, and a date with its year keeps its
// value.
func TestDatesNoAnchor(t *testing.T) {
	dir := t.TempDir()
	txt := "The mayor opened the bridge on Tuesday. It was built in 1968."
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": txt})
	l, _ := json.Marshal(DateLabels{Article: "x1", Topic: "t1", Dates: []DateGoldExpr{
		{Text: "on Tuesday", Context: "opened the bridge on Tuesday.", Entry: true, What: "The mayor opened the bridge"},
		{Text: "in 1968", Context: "It was built in 1968", Value: "1968", Granularity: "year"},
	}})
	corpus := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(corpus, append(a, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dates-tune2.jsonl"), append(l, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	var anchors []time.Time
	sys := func(resolve bool) DateSystem {
		return func(_, _, _ string, anchor time.Time) []FoundDate {
			anchors = append(anchors, anchor)
			out := []FoundDate{{Start: 28, End: 38, Entry: true}, {Start: 53, End: 60, Value: "1968", Granularity: "year"}}
			if resolve {
				out[0].Value, out[0].Granularity = "2021-03-02", "day"
			}
			return out
		}
	}
	rep, err := Dates(dir, corpus, "tune2", map[string]DateSystem{"guesses": sys(true), "abstains": sys(false)}, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Resolvable != 1 || rep.Entries != 1 {
		t.Errorf("%d with a value, %d entries; want 1, 1", rep.Resolvable, rep.Entries)
	}
	for _, a := range anchors {
		if !a.IsZero() {
			t.Errorf("anchor %v, want the zero time", a)
		}
	}
	for _, s := range rep.Systems {
		want := map[string]float64{"guesses": 0.5, "abstains": 1}[s.System]
		if s.Resolved.Precision != want || s.Resolved.Recall != 1 || s.Entries.F1 != 1 {
			t.Errorf("%s: dates P %.2f R %.2f, entries F1 %.2f; want P %.2f R 1, F1 1 (%q)", s.System,
				s.Resolved.Precision, s.Resolved.Recall, s.Entries.F1, want, s.Errors)
		}
	}
}
