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

// TestSubjectsOfPartialQuotes: a few words quoted in a sentence with no
// verb of speech are its subject's, when an organisation opens the
// sentence as a person would, or a person after a phrase of time or
// place; not when a clause with a subject of its own stands between.
func TestSubjectsOfPartialQuotes(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"an organisation, then but and the quote",
			"The Vardo Council provided no messages in response, but \"made clear that all key decisions were recorded\" on its record.",
			"made clear", "Vardo Council", kindOrg},
		{"an organisation and a verb of its own",
			"The Vardo Harbour Trust names its boats each winter, and has decided to name them after people working \"to keep people safe in bad weather\".",
			"keep people safe", "Vardo Harbour Trust", kindOrg},
		{"a phrase of time before the person",
			"Just this week, Mayor Tom Berg issued an order that regulates the harbour and implements \"safeguards against the dumping of waste in the bay\".",
			"safeguards against", "Tom Berg", kindPerson},
		{"a date with its year before the person",
			"On July 31, 2019, Mayor Tom Berg issued an order that implements \"safeguards against the dumping of waste in the bay\".",
			"safeguards against", "Tom Berg", kindPerson},
		{"stays: a person and a verb of their own",
			"Tom Berg wants the pier to be \"a model for every town in the north\".",
			"a model for every", "Tom Berg", kindPerson},
		{"stays: a clause with a subject of its own between",
			"Vardo Books dropped the book a week later, although Tom Berg was among those questioning it, posting: \"It is who gets muzzled next that worries me.\"",
			"muzzled next", "", ""},
		{"stays: words about the subject after a form of be",
			"The Vardo Council was \"a total mess from start to finish\" last year.",
			"total mess", "", ""},
	})
}

// TestPronounsNotForSpeechObjects: a person named after a verb of speech
// as its object ("blasted Paul Holm for", "told Paul Holm") is not the
// one who speaks there, so "he said" after the sentence stands for its
// subject.
func TestPronounsNotForSpeechObjects(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"the one a verb judges",
			"Tom Berg spoke first. Berg even blasted Paul Holm for trying to address the issue, which he suggested is not a problem at all.\n\n\"He is launching an initiative to combat a problem that does not exist,\" he said.",
			"launching an initiative", "Tom Berg", kindPerson},
		{"the one told",
			"Tom Berg spoke first. Berg later told Paul Holm the plan was over.\n\n\"There is nothing left to discuss with anyone,\" he said.",
			"nothing left", "Tom Berg", kindPerson},
		{"stays: an inverted attribution",
			"The plan is over, said Paul Holm on Monday.\n\n\"There is nothing left to discuss with anyone,\" he said.",
			"nothing left", "Paul Holm", kindPerson},
	})
}

// TestCapitalisedLeadNames: popular papers open a story with the given
// name in capitals ("KELLY Osbourne has blasted"); that word is the
// name's, not an acronym, so the person is found and a pronoun after
// stands for them. An acronym before a name stays one.
func TestCapitalisedLeadNames(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a given name in capitals opening the story",
			"MARIA Kern has blasted the council for its plan.\n\nSpeaking on her podcast, she said: \"I said it was a mess and I meant every word of it.\"",
			"meant every word", "MARIA Kern", kindPerson},
		{"stays: an acronym before a title and a name",
			"NASA Administrator Tom Berg spoke on Monday. \"We will go back to the moon,\" he said.",
			"back to the moon", "Tom Berg", kindPerson},
	})
}

// TestWordsOfTheLanguageNameABody: two capitalised words no list holds,
// the first one the article also writes in lower case and no given name,
// next to a verb of speech ("World Athletics said" beside "the world
// championships") name an organisation, not a person; a given name
// keeps a person ("Mark Rockwell said" beside "mark the day").
func TestWordsOfTheLanguageNameABody(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a word of the language opening the name",
			"The world championships will take place in July.\n\n\"The council approved the new dates this week after long talks,\" World Rowing said in a statement.",
			"approved the new dates", "World Rowing", kindOrg},
		{"stays: a given name written in lower case too",
			"He will mark the day with a speech.\n\n\"We will rebuild the bridge before winter,\" Mark Rockwell said.",
			"rebuild the bridge", "Mark Rockwell", kindPerson},
	})
}

// TestZoosAndPublishersAreOrganisations: "Zoo", "Aquarium", "Publishing"
// and "Publishers" end an organisation's name, so "the zoo said" stands
// for the zoo named before and "Vardo announced" for Vardo Publishing.
func TestZoosAndPublishersAreOrganisations(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"the zoo named before",
			"The wolf came to Vardo Zoo in 2017 from a center in Montana.\n\nShe had four pups in 2019 and \"the pack has enjoyed its habitat together for years,\" the zoo said.",
			"enjoyed its habitat", "Vardo Zoo", kindOrg},
		{"a publisher's short name",
			"The book was released on Monday by Kestrel Publishing.\n\n\"The book is a candid and full account of his life,\" Kestrel announced.",
			"candid and full", "Kestrel Publishing", kindOrg},
	})
}
