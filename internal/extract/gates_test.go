package extract

import (
	"regexp"
	"testing"
)

// TestGates checks that the cheap tests run before the line patterns never
// skip a line the pattern matches: each pattern, run alone and run behind
// its gate, gives the same answer on lines made to sit at the gates' edges.
func TestGates(t *testing.T) {
	lines := []string{
		"By Jane Roe, Staff Writer", "Jane Roe | STAFF WRITER", "Jane Roe | ſtaff writer", "Jane Roe - Bureau Chief",
		"Jane Roe, who was there", "Photo: Example Images", "PHOTO CREDIT: X", "(Jane Roe / Example Images)",
		"Published 3 May 2031", "May 3, 2031", "03/05/31 10:20", "3.5.31", "Posted at 1:20", "2031-05-03T10:20:00Z",
		"May 3, 20319:20", "No digits at all here.", "Room 1 of 2", "7 May", "Sign up for our daily newsletter",
		"NEWSLETTER", "neWſletter", "",
	}
	gated := []struct {
		name  string
		re    *regexp.Regexp
		gated func(string) bool
	}{
		{"bylineRoleRE", bylineRoleRE, func(s string) bool { return roleLine(s) != nil }},
		{"photoCreditRE", photoCreditRE, func(s string) bool { return matchGated(photoCreditRE, photoCreditKeys, s) != nil }},
		{"promoRE", promoRE, func(s string) bool { return matchGated(promoRE, promoKeys, s) != nil }},
	}
	for _, g := range gated {
		for _, l := range lines {
			if got, want := g.gated(l), g.re.MatchString(l); got != want {
				t.Errorf("%s behind its gate on %q: %v, alone %v", g.name, l, got, want)
			}
		}
	}
	dates := []*regexp.Regexp{isoDateRE, mdyDateRE, dmyDateRE, numDateRE}
	for _, l := range lines {
		any := false
		for _, re := range dates {
			any = any || re.MatchString(l)
		}
		if _, _, ok := findDate(l); ok && !any {
			t.Errorf("findDate(%q) found a date no pattern matches", l)
		}
		if any && digitRun(l) < 2 {
			t.Errorf("%q: a date pattern matches with no two digits in a row", l)
		}
	}
}
