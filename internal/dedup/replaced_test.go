package dedup

import (
	"strings"
	"testing"
)

// An invented report of a ferry's breakdown, ten sentences; the copies
// below edit it as a near-duplicate does, or restate its lead.
var ferryReport = []string{
	"The Saltmarsh ferry broke down in the middle of the estuary on Tuesday morning with ninety passengers on board.",
	"A lifeboat crew from Port Ellery towed the vessel back to the harbour after a wait of nearly three hours.",
	"Nobody was hurt, and passengers were given hot drinks and blankets while they waited on the open deck.",
	"The operator, Estuary Lines, said a fault in the cooling system of the main engine had caused the breakdown.",
	"Engineers from the company will inspect the engine this week before the ferry returns to its timetable.",
	"Commuters who rely on the crossing were told to take the coastal bus, which adds forty minutes to the trip.",
	"Local councillor Mara Quint said the ferry had broken down twice before this year and asked for a full review.",
	"The company replaced the ferry's second engine last winter at a cost of more than two hundred thousand pounds.",
	"A spokesman for the harbour authority said the lifeboat crew had acted quickly in difficult conditions.",
	"The service is expected to resume on Friday if the repairs are finished in time, the operator said.",
}

func ferry(edit func(s []string) []string) string {
	s := edit(append([]string(nil), ferryReport...))
	return strings.Join(s, " ")
}

func TestReplacedSentences(t *testing.T) {
	orig := NewFingerprint("Ferry breaks down in the estuary", ferry(func(s []string) []string { return s }))
	tests := []struct {
		name string
		copy string
		want string
	}{
		{"a lead restated and a sentence moved, two more edited", ferry(func(s []string) []string {
			s[0] = "Ninety people spent a cold morning stranded on the water when their crossing came to a sudden halt."
			s[1], s[3] = s[3], s[1] // the cause told before the rescue
			s[4] = strings.Replace(s[4], "this week", "on Thursday", 1)
			s[9] = strings.Replace(s[9], "on Friday", "at the weekend", 1)
			return s
		}), "rewrite"},
		{"a sentence cut, an update line added, two figures corrected", ferry(func(s []string) []string {
			s = append(s[:7], s[8:]...)
			s = append(s, "Update: the operator has since said the ferry will run a reduced service from Thursday.")
			s[0] = strings.Replace(s[0], "ninety", "ninety-two", 1)
			s[5] = strings.Replace(s[5], "forty", "forty-five", 1)
			return s
		}), "near-duplicate"},
	}
	for _, tt := range tests {
		c := NewFingerprint("Ferry breaks down in the estuary", tt.copy)
		m := Compare(orig, c)
		if string(m.Kind) != tt.want {
			t.Errorf("%s: got %q, want %s (AInB %.2f BInA %.2f, %d changed, %d reworded, %d replaced)", tt.name, m.Kind, tt.want,
				m.AInB, m.BInA, changedGroups(orig, c, m.AlignedSentences), rewordedGroups(orig, c, m.AlignedSentences), replacedSentences(orig, c, m.AlignedSentences))
		}
		// Both are near-duplicates by their shingles; only the edits
		// they make can tell them apart.
		if min(m.AInB, m.BInA) < DefaultThresholds().NearContain {
			t.Errorf("%s: containment %.2f, %.2f: the test needs a near-duplicate by its shingles", tt.name, m.AInB, m.BInA)
		}
		if n := changedGroups(orig, c, m.AlignedSentences); n >= minChanged {
			t.Errorf("%s: %d sentences changed: the edits alone make a rewrite", tt.name, n)
		}
	}
}

// Passages shared here and there, none a long run, make two reports of one
// source only when each has writing of its own; a shortened copy that
// edited a word every other sentence is all its original's.
func TestSharedPassagesNeedOwnWriting(t *testing.T) {
	orig := NewFingerprint("Ferry breaks down in the estuary", ferry(func(s []string) []string { return s }))
	edits := func(s []string) []string {
		s[1] = strings.Replace(s[1], "towed", "pulled", 1)
		s[3] = strings.Replace(s[3], "operator", "ferry firm", 1)
		s[4] = strings.Replace(s[4], "timetable", "schedule", 1)
		return s
	}
	own := []string{
		"Brackwater Radio asked readers who were on the crossing to share what they saw that morning.",
		"Our reporter at the quay counted a dozen cars queuing for a crossing that never came.",
		"Last year the same route carried more than three hundred thousand passengers, the company's report shows.",
		"The crossing was first run by a rowing boat in the eighteenth century, the town museum says.",
	}
	tests := []struct {
		name string
		copy string
		want bool // shared-source
	}{
		{"the first six sentences, a word changed in three", ferry(func(s []string) []string { return edits(s)[:6] }), false},
		{"the same, set among the outlet's own sentences", ferry(func(s []string) []string {
			s = edits(s)[:6]
			return append(append(append([]string{}, s[:2]...), own...), s[2:]...)
		}), true},
	}
	for _, tt := range tests {
		c := NewFingerprint("Stranded for three hours on the water: what went wrong on the Saltmarsh estuary ferry this week, and what happens next", tt.copy)
		m := Compare(orig, c)
		if got := m.Kind == "shared-source"; got != tt.want || m.Kind == "" {
			t.Errorf("%s: got %q (AInB %.2f BInA %.2f, longest run %d, shared words %d)", tt.name, m.Kind, m.AInB, m.BInA, longestRun(orig, c), sharedWords(orig, c))
		}
		if r := longestRun(orig, c); r >= minExcerptRun || max(m.AInB, m.BInA) >= DefaultThresholds().Excerpt {
			t.Errorf("%s: run %d, containment %.2f, %.2f: the test needs passages shared here and there", tt.name, r, m.AInB, m.BInA)
		}
	}
}

// A copy that keeps most of its original's words, and the original most of
// the copy's, is the text edited, not an excerpt of it, even when its cuts
// leave less than NearContain of the original in it.
func TestEditedNotExcerpt(t *testing.T) {
	orig := NewFingerprint("Ferry breaks down in the estuary", ferry(func(s []string) []string { return s }))
	c := NewFingerprint("Ferry breaks down in the estuary", ferry(func(s []string) []string {
		s[0] = strings.Replace(s[0], "ninety", "ninety-two", 1)
		s = append(append(append(append([]string{}, s[:2]...), s[3:6]...), s[7]), s[9])
		return append(s, "Update: the operator has since said the ferry will run a reduced service from Thursday.")
	}))
	m := Compare(orig, c)
	if m.Kind != "near-duplicate" {
		t.Errorf("three sentences cut, a figure corrected, an update line: got %q, want near-duplicate (AInB %.2f, BInA %.2f)", m.Kind, m.AInB, m.BInA)
	}
	if lo := min(m.AInB, m.BInA); lo < minEditedContain || lo >= DefaultThresholds().NearContain || m.Jaccard >= DefaultThresholds().NearJaccard {
		t.Errorf("containment %.2f, %.2f, Jaccard %.2f: the test needs a pair the shingle shares alone call an excerpt", m.AInB, m.BInA, m.Jaccard)
	}
}
