package facts

import "testing"

// TestGenerationalSuffixNames: "III" and "IV" after a surname are part of
// the name, as "Jr." and "II" are, not an acronym, and the surname before
// them may be a title word ("King") as it may at a name's end.
func TestGenerationalSuffixNames(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a title word as surname before the suffix",
			"\"It is time for the firms to say enough is enough,\" said Martin Paul King III on Monday.",
			"say enough", "Martin Paul King III", kindPerson},
		{"a surname before the suffix",
			"\"It is time for the firms to say enough is enough,\" said Tom Berg III.",
			"say enough", "Tom Berg III", kindPerson},
		{"stays: Jr.",
			"\"It is time for the firms to say enough is enough,\" said Tom Berg Jr.",
			"say enough", "Tom Berg Jr", kindPerson},
		{"stays: a title word as surname",
			"\"It is time for the firms to say enough is enough,\" said Martin King.",
			"say enough", "Martin King", kindPerson},
	})
}

// TestElidedClauseIsNoAttribution: "when asked", "if pressed" after a
// quote have no subject of their own; the words before them are not who
// speaks, and the sentence's attribution before the quote stands.
func TestElidedClauseIsNoAttribution(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"when asked after a partial quote",
			"Tom Berg, a director at the Vardo Office, told officials there was \"clear direction from the mayor to continue to hold\" the aid when asked in August.",
			"clear direction", "Tom Berg", kindPerson},
		{"stays: said, then when asked",
			"\"We will rebuild the bridge before winter,\" Tom Berg said when asked about the storm.",
			"rebuild the bridge", "Tom Berg", kindPerson},
	})
}
