package dedup

import (
	"strings"
	"testing"
)

// A copy that restates the ferry report's lead and drops its later
// sentences keeps most of its words in the original but has no text of its
// own around them: it is the report cut and edited, not an excerpt. The
// same sentences kept word for word and set among text of a page's own
// stay an excerpt. (Without the rule the first is an excerpt: its
// shared passages make more than the excerpt's 60 words.)
func TestCutAndEdited(t *testing.T) {
	orig := NewFingerprint("Ferry breaks down in the estuary", ferry(func(s []string) []string { return s }))
	tests := []struct {
		name string
		copy string
		want []string
	}{
		{"a restated lead, the later half dropped", strings.Join([]string{
			"Ninety passengers were stranded in the estuary for three hours when the Saltmarsh ferry lost power on Tuesday.",
			ferryReport[1], ferryReport[2], ferryReport[3],
			strings.Replace(ferryReport[4], "this week", "on Thursday", 1),
			ferryReport[5],
		}, " "), []string{"near-duplicate", "rewrite"}},
		{"five sentences word for word inside a page of its own", strings.Join(append(append([]string{
			"The Millbeck parish council met on Wednesday evening to talk about transport along the coast.",
			"Members heard that bus timetables would change in the spring and that two stops would move.",
			"One councillor read out a report from the neighbouring estuary, which is printed here in part:",
		}, ferryReport[:5]...),
			"The council will write to the ferry operator and to the bus company before its next meeting.",
			"Residents may send their views to the parish clerk by the end of the month.",
		), " "), []string{"excerpt"}},
	}
	for _, tt := range tests {
		c := NewFingerprint("Ferry strands ninety in the estuary", tt.copy)
		m := Compare(orig, c)
		if !strings.Contains(strings.Join(tt.want, " "), string(m.Kind)) || m.Kind == "" {
			t.Errorf("%s: got %q, want one of %v (AInB %.2f BInA %.2f)", tt.name, m.Kind, tt.want, m.AInB, m.BInA)
		}
	}
}
