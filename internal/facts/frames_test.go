package facts

import "testing"

// TestSpeakersOfFramesAndOutlets: attribution syntax of news in general,
// on invented sentences (eighteenth session): a frame opening the sentence
// that names whose opinion or words follow, a subject sure or convinced of
// what the quote says, what someone said named by its owner, a verb of
// speech in the passive with its agent after "by", a short sentence
// naming who speaks next ("Tom Berg disagreed."), "the owner" after an
// owner left unnamed (not the last person quoted), "a source in the
// ministry" (someone unnamed, not the ministry), "the 34-year-old" for
// the one person just named, who issued "a statement saying", "he" for
// "a local fisherman" brought in the sentence before, a clause
// of its own
// after "but", an outlet that reports who it cites or quotes or a
// sentence that says who said the words ("X said the bridge was "...,"
// the Post reported"), a pronoun
// after the quote's dash, and a pronoun that stands for no one read, which
// no speaker of the other sex takes over. Every case but those marked
// "stays" fails without its rule; "X's reply:" and the like were read
// before as the sentence's own subject, the owner taken for it, which
// ownSubject no longer does ("Andrei Kern's mother is convinced").
func TestSpeakersOfFramesAndOutlets(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		// a frame opening the sentence (framedBy)
		{"in the opinion of", "In the opinion of Maria Kern, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"in the words of, an apposition", "In the words of the mayor of Vardo, Ida Kern, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"stays: in X's view", "In Maria Kern's view, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"in her view", "Maria Kern spoke first. In her view, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"as X put it", "As Ida Kern put it, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"in the opinion of someone unnamed", "In the opinion of the expert, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "the expert", ""},
		{"stays: a frame of time", "In the summer of 2019, \"the bridge will be rebuilt before winter\" was the council's slogan.", "bridge will be rebuilt", "", ""},
		// a subject sure of what the quote says (convinced)
		{"is sure that", "Maria Kern is sure that \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"is convinced that, a partial quote", "Maria Kern is convinced that the bridge \"will be rebuilt before winter.\"", "will be rebuilt before", "Maria Kern", kindPerson},
		{"the mayor is sure", "The mayor is sure that \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "The mayor", ""},
		{"someone the person has", "Andrei Kern's mother is convinced that \"nobody will pay for the bridge.\"", "nobody will pay", "", ""},
		// what someone said, named by its owner (ownerSays)
		{"stays: X's reply:", "Maria Kern's reply: \"The bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"stays: X's message was clear:", "Maria Kern's message was clear: \"The bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"the message from X", "The message from Maria Kern was clear: \"The bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		{"stays: X's view is that", "Maria Kern's view is that \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Maria Kern", kindPerson},
		// the passive, its agent after "by" (passiveBy)
		{"this was stated by", "\"The bridge will be rebuilt before winter\" - this was stated by Ida Kern, the mayor of Vardo.", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"announced by, before", "This was announced by Ida Kern: \"The bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"as noted by", "As noted by Ida Kern, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"stays: reported by an outlet", "\"The bridge will be rebuilt before winter,\" it was reported by the Vardo Post.", "bridge will be rebuilt", "", ""},
		// a clause of its own after a comma and a conjunction
		{"but X said", "Maria Kern spoke, but Tom Berg said \"nobody will pay for the bridge.\"", "nobody will pay", "Tom Berg", kindPerson},
		{"but X said:", "Maria Kern is sure the bridge will be rebuilt, but Tom Berg said: \"Nobody will pay for it.\"", "Nobody will pay", "Tom Berg", kindPerson},
		{"but her deputy X said:", "The mayor, Maria Kern, refused to comment, but her deputy Tom Berg said: \"Nobody will pay for the bridge this year.\"", "Nobody will pay", "Tom Berg", kindPerson},
		// an outlet and who it cites or quotes
		{"reported, citing", "\"The bridge will be rebuilt before winter,\" the Vardo Post reported, citing Ida Kern.", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"quoted X as saying:", "The Vardo Post quoted Ida Kern as saying: \"The bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"quoted X as saying that", "The Vardo Post quoted Ida Kern as saying that \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Ida Kern", kindPerson},
		{"told OUTLET NAME", "\"The bridge will be rebuilt before winter,\" told RIA Novosti the head of the port authority Andrei Kern.", "bridge will be rebuilt", "Andrei Kern", kindPerson},
		// pronouns
		{"a pronoun after the dash", "The head of the port authority Andrei Kern spoke at the meeting. \"The bridge will be rebuilt before winter,\" - he is sure.", "bridge will be rebuilt", "Andrei Kern", kindPerson},
		{"according to his words", "Andrei Kern heads the port authority. According to his words, \"the bridge will be rebuilt before winter.\"", "bridge will be rebuilt", "Andrei Kern", kindPerson},
		{"she is no man quoted before", "Ida Kern spoke to the council.\n\nTom Berg said: \"We need the money first.\"\n\n\"We will rebuild the bridge before winter,\" she said.", "rebuild the bridge", "", ""},
		{"she is no man of the sentence before", "Ida Kern spoke to the council.\n\nTom Berg said the money was needed first.\n\n\"We will rebuild the bridge before winter,\" she said.", "rebuild the bridge", "", ""},
		{"stays: he is the man quoted before", "Ida Kern spoke to the council.\n\nTom Berg said: \"We need the money first.\"\n\n\"We will rebuild the bridge before winter,\" he said.", "rebuild the bridge", "Tom Berg", kindPerson},
		// a short sentence introducing who speaks next (shortIntro)
		{"X disagreed.", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nTom Berg disagreed. \"The money is simply not there.\"", "money is simply", "Tom Berg", kindPerson},
		{"her deputy, X, was less sure.", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nHer deputy, Tom Berg, was less sure. \"The money is simply not there.\"", "money is simply", "Tom Berg", kindPerson},
		{"X, the harbour master, disagreed, a paragraph", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nTom Berg, the harbour master, disagreed.\n\n\"The money is simply not there.\"", "money is simply", "Tom Berg", kindPerson},
		{"X doubled down.", "Maria Kern doubled down. \"Nobody will pay for the bridge this year.\"", "Nobody will pay", "Maria Kern", kindPerson},
		{"stays: X was arrested.", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nTom Berg was arrested. \"The money is simply not there.\"", "money is simply", "", ""},
		{"stays: a caption", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nTom Berg in his office. \"The money is simply not there.\"", "money is simply", "", ""},
		{"stays: a name as the object", "\"We will rebuild the bridge before winter,\" Maria Kern said.\n\nThe storm cost Tom Berg dearly. \"The money is simply not there.\"", "money is simply", "", ""},
		// a description given to someone unnamed after the last speaker
		// (describedOtherSince)
		{"the owner described after the lawyer spoke", "Berg's lawyer, Peter Holm, did not return calls.\n\n\"We will review the evidence before we say anything,\" the lawyer said.\n\nThe bar's owner was shaken. \"I have run this place for twenty years and never seen anything like it,\" said the owner.", "run this place", "the owner", ""},
		{"stays: the lawyer is the lawyer", "Berg's lawyer, Peter Holm, said he would appeal.\n\nThe bar's owner was shaken. \"We will review the evidence before we say anything,\" the lawyer said.", "review the evidence", "Peter Holm", kindPerson},
		// a person of a body, unnamed, not the body (memberPreps)
		{"a source in the ministry", "\"The contract will be signed next week,\" a source in the ministry told the Vardo Post.", "contract will be signed", "a source in the ministry", ""},
		{"an official at the council", "\"The contract will be signed next week,\" an official at the council said.", "contract will be signed", "an official at the council", ""},
		{"a member of the council", "A member of the council said: \"The contract will be signed next week.\"", "contract will be signed", "A member of the council", ""},
		{"stays: a spokesman for the ministry", "\"The contract will be signed next week,\" a spokesman for the ministry said.", "contract will be signed", "spokesman for the ministry", kindOrg},
		// an age for the one person just named (ageDescribed)
		{"the 34-year-old engineer", "For Maria Kern, the decision was easy. \"I had to leave. There was no future for me there,\" says the 34-year-old engineer, who moved to Vardo in 2015.", "had to leave", "Maria Kern", kindPerson},
		{"the 54-year-old after an arrest", "Police arrested Tom Berg on Monday.\n\n\"I did nothing wrong and I will prove it,\" the 54-year-old told reporters.", "did nothing wrong", "Tom Berg", kindPerson},
		{"stays: two people named", "Tom Berg met Maria Kern on Monday. \"I did nothing wrong and I will prove it,\" the 54-year-old said.", "did nothing wrong", "the 54-year-old", ""},
		// an outlet that reports a sentence saying who said the words
		// (reportedInside)
		{"X said the bridge was \"...,\" OUTLET reported", "Mayor Ida Kern said the bridge was \"a disgrace to every town along the river,\" the Vardo Post reported.", "disgrace to every town", "Ida Kern", kindPerson},
		{"X called it \"...,\" according to OUTLET", "Kern called the bridge \"a disgrace to every town along the river,\" according to the Vardo Post.", "disgrace to every town", "Kern", kindPerson},
		{"stays: the outlet alone", "\"The bridge is a disgrace to every town,\" the Vardo Post reported.", "disgrace to every town", "Vardo Post", kindOrg},
		{"stays: the outlet's own words", "The bridge was \"a disgrace to every town along the river,\" the Vardo Post wrote in an editorial.", "disgrace to every town", "Vardo Post", kindOrg},
		// who issued the document a participle of speech follows
		// (issuedSaying)
		{"the airline issued a statement saying", "Vardo Air cut 400 jobs on Monday. The airline issued a statement saying it would \"work professionally and cooperatively with all unions.\"", "work professionally", "The airline", ""},
		// a pronoun for someone the sentence before brings in unnamed
		// (unnamedSubject), not a person named further back
		{"then a local fisherman stood up", "Tom Berg opened the meeting on Monday.\n\nThen a local fisherman stood up. \"We have waited three years for this bridge,\" he said.", "waited three years", "a local fisherman", ""},
		{"a woman in the front row", "Mayor Tom Berg opened the meeting on Monday. The council approved the budget.\n\nA woman in the front row stood up. \"We have waited three years for this bridge,\" she said.", "waited three years", "A woman", ""},
		{"stays: the actress is someone named", "Kirstie Vale sold her show that week.\n\nThe actress had done more work on television by then. \"That got a little bit monstrous, because it was so vile,\" she said.", "little bit monstrous", "Kirstie Vale", kindPerson},
	})
}
