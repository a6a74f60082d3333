package eval

import (
	"testing"
)

// floors are a little below what the labelled set measures, so that a
// regression fails the test. Held-out disagreements went from 0.809 to
// 0.756 (two of 28 planted quote changes) when quote rows began to require
// a change of substance, sentence by sentence: reading real news (ECB+
// tune topics) showed most listed quote rows to be excerpts or small-word
// variants of one statement, and precision there is what issue 14 asks.
var floors = map[string]map[string]float64{
	"tune":    {"speakers": 0.95, "dates": 0.95, "disagreements": 0.95},
	"heldout": {"speakers": 0.85, "dates": 0.85, "disagreements": 0.73},
}

// TestFacts scores quote speakers, resolved dates and disagreements on the
// labelled set in internal/facts/testdata (tune and held-out parts) and checks the F1 of
// each against its floor. Errors are listed for the tune part only.
func TestFacts(t *testing.T) {
	rep, err := Facts("../facts/testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Parts {
		t.Logf("%s: %d stories, %d articles", p.Part, p.Stories, p.Articles)
		for _, f := range []struct {
			name string
			s    Score
		}{{"speakers", p.Speakers}, {"dates", p.Dates}, {"disagreements", p.Disagreements}} {
			t.Logf("  %-13s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", f.name, f.s.Precision, f.s.Correct, f.s.Predicted,
				f.s.Recall, f.s.Found, f.s.Gold, f.s.F1)
			if f.s.F1 < floors[p.Part][f.name] {
				t.Errorf("%s %s: F1 %.3f below the floor %.2f", p.Part, f.name, f.s.F1, floors[p.Part][f.name])
			}
		}
		if p.Part == "tune" && testing.Verbose() {
			for _, e := range p.Errors {
				t.Logf("    %s", e)
			}
		}
	}
}
