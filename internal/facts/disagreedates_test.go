package facts

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// TestDateRows: one happening that articles date differently is one row
// of kind date listing each date with its words, a sentence and who gives
// it (the timeline's row for weekdays, the statements' for dates written
// out, the copy's when a copy changed it: never two); weekdays a day apart,
// counted from publication times, articles of two events and a date held
// by the other are no row, and a date that holds every other is no version.
func TestDateRows(t *testing.T) {
	pub := time.Date(2031, 3, 7, 9, 0, 0, 0, time.UTC) // a Friday
	levee := func(day string) string {
		return "The river broke through the Hartwell levee " + day + ", flooding the lower town and the mill."
	}
	type art struct{ id, text string }
	cases := []struct {
		name   string
		arts   []art
		rels   []copydesk.Relation
		events map[string]string
		want   []string // what each version says, in the row's order; nil: no date row
		copied bool     // the row is a copy's
	}{
		{name: "weekdays three days apart",
			arts: []art{{"a", levee("on Tuesday")}, {"b", levee("on Saturday")}, {"c", levee("on Tuesday")}},
			want: []string{"Tuesday (2031-03-04)", "Saturday (2031-03-01)"}},
		{name: "written days a day apart",
			arts: []art{{"a", levee("on March 4")}, {"b", levee("on March 5")}},
			want: []string{"March 4", "March 5"}},
		{name: "weekdays a day apart: time zones",
			arts: []art{{"a", levee("on Tuesday")}, {"b", levee("on Wednesday")}}},
		{name: "a copy and its original",
			arts: []art{{"a", levee("on Tuesday")}, {"b", levee("on Saturday")}},
			rels: []copydesk.Relation{{From: "a", To: "b", Kind: copydesk.Rewrite}},
			want: []string{"Tuesday", "Saturday"}, copied: true},
		{name: "two events",
			arts:   []art{{"a", levee("on Tuesday")}, {"b", levee("on Saturday")}},
			events: map[string]string{"a": "e1", "b": "e2"}},
		{name: "one date held by the other",
			arts: []art{{"a", levee("on March 4")}, {"b", levee("in March")}}},
		{name: "a date that holds both others is no side",
			arts: []art{{"a", levee("on Tuesday")}, {"b", levee("on Saturday")}, {"c", levee("in March")}},
			want: []string{"Tuesday (2031-03-04)", "Saturday (2031-03-01)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var fs []*Facts
			for _, a := range c.arts {
				fs = append(fs, Extract(ArticleInput{ID: a.id, Source: "outlet-" + a.id, Published: pub, Text: a.text}))
			}
			sf := MergeEvents(fs, c.rels, c.events)
			var rows []Disagreement
			for _, d := range sf.Disagreements {
				if d.Kind == KindDate {
					rows = append(rows, d)
				}
			}
			if c.want == nil {
				if len(rows) > 0 {
					t.Fatalf("want no date row, got %+v", rows)
				}
				return
			}
			if len(rows) != 1 {
				t.Fatalf("want one date row, got %d: %+v (timeline %+v)", len(rows), rows, sf.Timeline)
			}
			var got []string
			for _, v := range rows[0].Values {
				got = append(got, v.Text)
				if !strings.Contains(v.Sentence, "Hartwell levee") || len(v.Sources) == 0 || len(v.Articles) == 0 {
					t.Errorf("version %q: sentence %q, sources %v, articles %v", v.Text, v.Sentence, v.Sources, v.Articles)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("versions %q, want %q", got, c.want)
			}
			if copied := len(rows[0].Relations) > 0; copied != c.copied {
				t.Errorf("a copy's row: %v, want %v", copied, c.copied)
			}
			if !c.copied && !strings.Contains(rows[0].Subject, "broke through the Hartwell levee") {
				t.Errorf("subject %q, want the happening", rows[0].Subject)
			}
		})
	}
}

// TestHappeningDate: the date of a report or of a plan is no date of the
// happening the report is about.
func TestHappeningDate(t *testing.T) {
	for _, tc := range []struct {
		sentence, date string
		want           bool
	}{
		{"The Norland news agency reported September 26 that the vote had been moved.", "September 26", false},
		{"The agency said on Tuesday that the ferry had sunk.", "Tuesday", false},
		{"The vote is scheduled for December 15.", "December 15", false},
		{"The ferry sank on Tuesday off the Marrowby coast.", "Tuesday", true},
		{"On September 26, the ferry sank.", "September 26", true},
	} {
		if got := happeningDate(tc.sentence, tc.date); got != tc.want {
			t.Errorf("happeningDate(%q, %q) = %v, want %v", tc.sentence, tc.date, got, tc.want)
		}
	}
}

// TestReportDateNoRow: one article dates the news agency's report of a
// plan, another the plan itself: two facts, no date row.
func TestReportDateNoRow(t *testing.T) {
	pub := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	a := Extract(ArticleInput{ID: "a", Source: "one", Published: pub,
		Text: "For the first time in Norland's history, its parliamentary elections will have two parties, the Norpress agency reported September 26, citing the election board."})
	b := Extract(ArticleInput{ID: "b", Source: "two", Published: pub,
		Text: "Parliamentary elections in Norland that are scheduled for December 15 will have two parties for the first time in the country's history."})
	for _, d := range Merge([]*Facts{a, b}, nil).Disagreements {
		if d.Kind == KindDate {
			t.Errorf("a report's date and a plan's date are two facts: %+v", d)
		}
	}
}
