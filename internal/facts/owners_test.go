package facts

import "testing"

// TestSpeakersOfClausesAfterSaid: the words after "said" are an inverted
// attribution's speaker ("said the mayor") only when no modal or auxiliary
// follows them; "said the town would rebuild" reports a clause, and the
// quote after it is the subject's.
func TestSpeakersOfClausesAfterSaid(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"an apposition, then said and a clause",
			"Tom Berg, the mayor of Vardo, said the town would rebuild.\n\n\"We will rebuild the bridge before winter.\"",
			"rebuild the bridge", "Tom Berg", kindPerson},
		{"an auxiliary after the clause's subject",
			"Ida Kern, a lawyer for the family, said the police had lied.\n\n\"They knew the man was unarmed and shot him anyway.\"",
			"knew the man", "Ida Kern", kindPerson},
		{"stays: said and no apposition",
			"Tom Berg said the town would rebuild.\n\n\"We will rebuild the bridge before winter.\"",
			"rebuild the bridge", "Tom Berg", kindPerson},
		{"stays: an inverted attribution closing the sentence before",
			"The bridge will be rebuilt before winter, said Tom Berg, the mayor of Vardo.\n\n\"Nobody will be left behind in this town.\"",
			"left behind", "Tom Berg", kindPerson},
		{"stays: a relative clause's verb after the description",
			"\"We will rebuild the bridge before winter,\" said a man who was at the meeting.",
			"rebuild the bridge", "a man", ""},
	})
}

// TestPronounsForOwners: a person written as the owner of a thing ("Peter
// Holm's boat") is who "he" or "she" stands for when the sentence names
// no one else; the owner of a person ("Holm's lawyer") is not, and a
// relative or a description with a name beside it is read as such.
func TestPronounsForOwners(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"the owner of a thing",
			"Peter Holm's boat sank in the storm. \"I lost everything I had worked for,\" he said.",
			"lost everything", "Peter Holm", kindPerson},
		{"the owner of a relative of the other sex",
			"Maria Kern's son was killed in the crash. \"Nobody from the airline has called us,\" she said.",
			"Nobody from the airline", "Maria Kern", kindPerson},
		{"stays: the relative of the pronoun's sex is not the owner",
			"Maria Kern's son was killed in the crash. \"Nobody from the airline has called us,\" he said.",
			"Nobody from the airline", "", ""},
		{"stays: the owner of a person",
			"Peter Holm's lawyer spoke to reporters on Monday. \"My client will appeal the ruling,\" he said.",
			"appeal the ruling", "", ""},
		{"a relative named by the pronoun of whose relative",
			"Tom Berg was charged with murder on Monday. His mother spoke outside court.\n\n\"My son is not a killer and everyone here knows it,\" she said.",
			"not a killer", "His mother", ""},
		{"a described owner's person who speaks",
			"The judge, Maria Kern, read the verdict. Tom Berg's lawyer said he would appeal the ruling next week.\n\n\"The verdict is wrong and we will prove it,\" he said.",
			"verdict is wrong", "Tom Berg's lawyer", ""},
		{"a description beside a name is that person",
			"The judge, Maria Kern, read the verdict. The hearing lasted an hour.\n\n\"The verdict is wrong and we will prove it,\" he said.",
			"verdict is wrong", "", ""},
	})
}

// TestSpeakersBeforeAppositions: a lone name before an apposition whose
// head is a person's role is a person, whatever organisation the
// apposition names; a party-and-state label between a name and its
// apposition is no one.
func TestSpeakersBeforeAppositions(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a role of an organisation",
			"\"We will not sell the plant,\" Holm, chief executive of Vardo Group, said.",
			"sell the plant", "Holm", kindPerson},
		{"an organisation's word before the role",
			"\"He did not resist arrest at all,\" Kern, the police spokeswoman, said.",
			"resist arrest", "Kern", kindPerson},
		{"stays: a maker of things",
			"\"We will not sell the plant,\" Pinsk, the Vardo-based maker of boats, said.",
			"sell the plant", "Pinsk", kindOrg},
		{"stays: a company",
			"\"We will not sell the plant,\" Pinsk, a Vardo company, said.",
			"sell the plant", "Pinsk", kindOrg},
		{"a party label, then an apposition",
			"\"We are now fighting a long war of attrition,\" Sen. Ida Holm, D-Vardo, chairman of the defence committee, said on Sunday.",
			"long war", "Ida Holm", kindPerson},
		{"stays: a party label alone",
			"\"We are now fighting a long war of attrition,\" Sen. Ida Holm, D-Vardo, said on Sunday.",
			"long war", "Ida Holm", kindPerson},
	})
}

// TestSpeakersOfHonorificsAndAsides: "Mr." or "Mrs." before a surname two
// people of the article share tells which of them speaks; a description
// before a participle or relative clause set off by commas speaks.
func TestSpeakersOfHonorificsAndAsides(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"Mr. of a shared surname",
			"Tom Berg and his wife Maria Berg run the bakery. Maria Berg spoke first. \"We will not give up on this town,\" Mr. Berg said.",
			"give up", "Tom Berg", kindPerson},
		{"stays: Mrs. of a shared surname",
			"Tom Berg and his wife Maria Berg run the bakery. \"We will not give up on this town,\" Mrs. Berg said.",
			"give up", "Maria Berg", kindPerson},
		{"a description before a participle",
			"A senior official, speaking on condition of anonymity, said: \"We will not give up on this town.\"",
			"give up", "A senior official", ""},
		{"a description before a participle, after the quote",
			"\"We will not give up on this town,\" a senior official, speaking on condition of anonymity, said.",
			"give up", "a senior official", ""},
		{"a description before a relative clause",
			"A spokesman, who asked not to be named, said: \"We will not give up on this town.\"",
			"give up", "A spokesman", ""},
	})
}

// TestSpeakersOfCreditsAndDescriptions: a dash and a person closing the
// sentence or opening the next paragraph after a quote credit it; a kind
// of organisation ("the lender") stands for the one named before; an
// organisation that qualifies a person's noun ("a Vardo Group worker") is
// not the speaker; a description with the person's name beside it before
// a colon gives the person.
func TestSpeakersOfCreditsAndDescriptions(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a dash and a name after the quote",
			"\"The data show a clear trend over the last decade.\" — Dr. Maria Kern, Vardo University",
			"clear trend", "Maria Kern", kindPerson},
		{"a dash and a name opening the next paragraph",
			"\"The data show a clear trend over the last decade.\"\n\n— Maria Kern, professor of climate science at Vardo University",
			"clear trend", "Maria Kern", kindPerson},
		{"stays: a compound's hyphen after the mark",
			"Scientists at Vardo University have worked on \"carbon capture and storage\"-Technologies since the 1970s.",
			"carbon capture", "", ""},
		{"stays: a dash before a sentence",
			"\"The data show a clear trend over the last decade.\" - Maria Kern was not convinced by the report.",
			"clear trend", "", ""},
		{"the lender",
			"Nordbank Group raised its rates on Monday. \"We are sorry for the outage and we will fix it,\" the lender said.",
			"sorry for the outage", "Nordbank Group", kindOrg},
		{"an organisation's worker",
			"\"We will not sell the plant to anyone,\" a Vardo Group worker said.",
			"sell the plant", "a Vardo Group worker", ""},
		{"stays: an organisation's lawyer",
			"\"We will not sell the plant to anyone,\" a Vardo Group lawyer said.",
			"sell the plant", "a Vardo Group lawyer", ""},
		{"stays: an organisation's spokesman",
			"\"We will not sell the plant to anyone,\" the Vardo Group spokesman said.",
			"sell the plant", "Vardo Group", kindOrg},
		{"stays: an organisation's workers",
			"\"We will not sell the plant to anyone,\" Vardo Group workers said.",
			"sell the plant", "Vardo Group", kindOrg},
		{"a description, the name between commas, a colon",
			"One glaciologist, Maria Kern, put it this way: \"The data show a clear trend over the last decade.\"",
			"clear trend", "Maria Kern", kindPerson},
		{"a description and the name, a colon",
			"The glaciologist Maria Kern put it this way: \"The data show a clear trend over the last decade.\"",
			"clear trend", "Maria Kern", kindPerson},
	})
}

// TestTitledNamesAndUnreadAttributions: a given name after a title is a
// name word though the article writes it in lower case elsewhere ("Mayor
// Bill Saffo" beside "the federal bill"); a quote whose own attribution
// names someone the rules cannot read does not go on with the last
// speaker.
func TestTitledNamesAndUnreadAttributions(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a given name written in lower case elsewhere",
			"The council passed the bill on Monday. \"Absolutely that is our nightmare scenario,\" said Vardo Mayor Bill Saffo.",
			"nightmare scenario", "Bill Saffo", kindPerson},
		{"an attribution of its own not read",
			"\"We will be able to weather it this year,\" Ida Kern said.\n\n\"It does throw a unique spin on it,\" said Steven Still, the emergency director.",
			"unique spin", "", ""},
		{"stays: no attribution of its own",
			"\"We will be able to weather it this year,\" Ida Kern said.\n\n\"It does throw a unique spin on it.\"",
			"unique spin", "Ida Kern", kindPerson},
	})
}

// TestTitleInAListIsNoCredit: a title in quotation marks followed by a dash
// and its artist, ending on no stop, is credited, not said.
func TestTitleInAListIsNoCredit(t *testing.T) {
	f := Extract(ArticleInput{ID: "t", Text: "Song of the year: “Fooled Around and Fell in Love” – Ida Kern featuring Tom Berg (winner)."})
	for _, q := range f.Quotes {
		if q.Direct && q.Speaker != "" {
			t.Errorf("a title given a speaker: %+v", q)
		}
	}
}
