package main

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// TestPrintDisagreementSharedSource: a number two reports of one source give
// otherwise is not shown as a copy's change of an original (no "changed
// by", no "original:" and "copy:" sides); a rewrite's change still is.
func TestPrintDisagreementSharedSource(t *testing.T) {
	values := []facts.Version{
		{Text: "12 boats", Sources: []string{"harbour-gazette.example"}, Sentence: "Police said 12 boats sank."},
		{Text: "18 boats", Sources: []string{"coast-radio.example"}, Sentence: "Police said 18 boats sank."},
	}
	for _, tc := range []struct {
		kind      copydesk.Kind
		want, not []string
	}{
		{copydesk.SharedSource, []string{"(two reports of one source, a1 and b2)", "report:   Police said 12 boats"}, []string{"changed by", "original:", "copy:"}},
		{copydesk.Rewrite, []string{"(changed by the rewrite a1 -> b2)", "original: Police said 12 boats", "copy:     Police said 18 boats"}, []string{"one source", "report:"}},
	} {
		var b strings.Builder
		printDisagreement(&b, facts.Disagreement{Kind: facts.KindNumber, Subject: "boats", Values: values,
			Relations: []facts.PairRef{{From: "a1", To: "b2", Kind: tc.kind}}})
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: want %q in\n%s", tc.kind, w, b.String())
			}
		}
		for _, n := range tc.not {
			if strings.Contains(b.String(), n) {
				t.Errorf("%s: %q should not be in\n%s", tc.kind, n, b.String())
			}
		}
	}
}
