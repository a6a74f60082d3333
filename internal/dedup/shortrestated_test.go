package dedup

import (
	"strings"
	"testing"
)

// A restated lead of a four-sentence court report merges its first two
// sentences and drops one: two sentences align, where a rewrite asks for
// three, but the copy keeps most of its wording. An independent report of
// the same hearing tells the same facts in its own words and stays no
// copy. The texts are invented.
func TestShortRestated(t *testing.T) {
	orig := NewFingerprint("Man denies setting fire to Brackwater bakery", strings.Join([]string{
		"A man has denied arson after a fire at a bakery in Brackwater early on Sunday.",
		"Tomas Erling, 31, is accused of setting fire to the Lindel bakery on Quay Street shortly after 5am.",
		"Part of the bakery's roof collapsed during the blaze.",
		"Mr Erling, of Mill Lane, entered a not guilty plea at Brackwater magistrates and was remanded in custody to appear at the county court on 9 June.",
	}, "\n\n"))
	restated := NewFingerprint("Tomas Erling, 31, is accused of setting fire", strings.Join([]string{
		"Tomas Erling, 31, is accused of setting fire to the Lindel bakery on Quay Street shortly after 5am, after a man denied arson following a fire at a bakery in Brackwater early on Sunday.",
		"Mr Erling, of Mill Lane, entered a not guilty plea at Brackwater magistrates and was remanded in custody to appear before the county court on 9 June.",
	}, "\n\n"))
	independent := NewFingerprint("Bakery fire: accused remanded", strings.Join([]string{
		"A 31-year-old Brackwater man was remanded in custody on Monday over Sunday's blaze at the Lindel bakery.",
		"Tomas Erling pleaded not guilty to arson when he appeared before magistrates.",
		"Fire crews said part of the roof had fallen in.",
		"He will next appear at the county court in June.",
	}, "\n\n"))
	m := Compare(orig, restated)
	if _, n := rewriteShare(orig, restated, m.AlignedSentences); n != 2 {
		t.Fatalf("the restated lead aligns %d content sentences, want 2: the test proves nothing", n)
	}
	if m.Kind != "rewrite" {
		t.Errorf("a short restated lead: %q, want rewrite (kept %.2f)", m.Kind, max(m.AInB, m.BInA))
	}
	if m := Compare(orig, independent); m.Kind != "" && m.Kind != "shared-source" {
		t.Errorf("an independent report of the same hearing: %q, want no copy", m.Kind)
	}
	if m := Verify(restated, orig); m.Kind != "rewrite" {
		t.Errorf("Verify of the restated lead: %q, want rewrite", m.Kind)
	}
}
