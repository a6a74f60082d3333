package dedup

import "testing"

// A headline cut from the first words of the lead ("Fire at Lindel bakery
// forces twelve from flats" over "Fire at Lindel bakery forces twelve from
// flats above on Quay Street - ...") is not the body's title line: the lead
// sentence is content. Taken for the title, a short restated lead lost its
// first sentence and, with it, the sentences a rewrite needs aligned. The
// texts are invented.
func TestTitleCutFromLead(t *testing.T) {
	const title = "Fire at Lindel bakery forces twelve from flats"
	copyBody := title + " above on Quay Street \u2014 crews from Brackwater and Hollin Cross brought the blaze under control within two hours.\n\n" +
		"The fire broke out early on Sunday, according to the county fire service.\n\n" +
		"Owner Marta Lindel said the ovens had been turned off on Saturday evening and she did not know how the fire began.\n\n" +
		"Investigators will look at the building on Monday."
	c := NewFingerprint(title, copyBody)
	if got := contentSentences(c); got != 4 {
		t.Errorf("content sentences = %d, want the body's 4", got)
	}
	// A title that is the body's first line stays the title.
	line := NewFingerprint("Bakery fire", "Bakery fire\n\n"+copyBody)
	if line.Sentences[0].Content || contentSentences(line) != 4 {
		t.Errorf("a title standing as the body's first line counted as content (%d content sentences)", contentSentences(line))
	}

	orig := NewFingerprint("Fire closes Brackwater bakery", "Brackwater, 4 March\n\n"+
		"A fire broke out at the Lindel family bakery on Quay Street early on Sunday, forcing twelve residents of the flats above to leave their homes.\n\n"+
		"Fire crews from Brackwater and Hollin Cross brought the blaze under control within two hours, the county fire service said.\n\n"+
		"The bakery's owner, Marta Lindel, said the ovens had been switched off on Saturday evening and she did not know how the fire started.\n\n"+
		"Investigators will examine the building on Monday.")
	if m := Compare(orig, c); m.Kind != "rewrite" {
		t.Errorf("a restated lead under a title cut from it: %q, want rewrite (aligned %d)", m.Kind, len(m.AlignedSentences))
	}
}
