package facts

import (
	"strings"
	"testing"
)

// quoteBy finds the direct quote holding words.
func quoteBy(qs []Quote, words string) *Quote {
	for k := range qs {
		if qs[k].Direct && strings.Contains(qs[k].Text, words) {
			return &qs[k]
		}
	}
	return nil
}

// TestSpeakerPatterns: the ways news writing attributes a quote, each in an
// invented article, with the speaker copydesk must name (by key) and how it
// finds it.
func TestSpeakerPatterns(t *testing.T) {
	for _, c := range []struct {
		name, text, words, key, via string
	}{
		{"after, title Mr.", "Ian Clarke runs the dairy.\n\n\"We will keep every cow we have,\" Mr. Clarke said.",
			"keep every cow", "clarke", "named"},
		{"after, verb first with apposition", "\"The dam is safe for now,\" said Gen. Pat Ryder, the district commander.",
			"dam is safe", "ryder", "named"},
		{"after, initials and a parenthesis", "\"This bill fails the workers of my state,\" Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus, said.",
			"fails the workers", "butterfield", "named"},
		{"before, apposition", "Michael Flynn joined the rally.\n\nFlynn, a top Trump surrogate, said, \"The crowd here is bigger than last week.\"",
			"crowd here is bigger", "flynn", "named"},
		{"before, colon", "Senator Ada Quist spoke after the vote. Quist said: \"Nobody in this chamber read the bill.\"",
			"Nobody in this chamber", "quist", "named"},
		{"told an outlet", "Tenants' union chair Mira Oduya toured the block.\n\n\"They have not fixed the heating in months,\" she told The Valley Courier.",
			"fixed the heating", "oduya", "pronoun"},
		{"according to", "According to Dr. Lena Farrow, \"the water has been unsafe to drink since Monday.\"",
			"water has been unsafe", "farrow", "according to"},
		{"in a statement", "\"Our crews will work through the night,\" Harbour Master Ines Varga said in a statement.",
			"crews will work", "varga", "named"},
		{"partial quote in paraphrase", "Mayor Tom Eskild said the repairs were \"far more expensive than anyone expected\" and asked for patience.",
			"far more expensive", "eskild", "named"},
		{"partial quote going on with the words the sentence before reports", "Port director Ann Brask spoke on Monday. She said the delay was unfair. The repairs were \"far more expensive than anyone expected.\"",
			"far more expensive", "brask", "lead"},
		{"the statement of the author named after \"a statement from\"", "The frigate sped to the scene, according to a statement from the Kestrel Coast Guard, which had warned the Orla Shipping Company.\n\nMarines seized \"a substantial cache of arms and equipment,\" including seven rifles, the statement said.",
			"substantial cache", "coast guard kestrel", "role noun"},
		{"partial quote after called", "Judge Rosa Lindqvist opened the hearing.\n\nShe called the delay \"an insult to every family waiting here.\"",
			"an insult to every", "lindqvist", "pronoun"},
		{"block after continued:", "Pat Caddell spoke for an hour.\n\nCaddell continued:\n\n\"The voters are tired of being told what to think.\n\n\"They want someone who listens to them.\"",
			"They want someone", "caddell", "lead"},
		{"continuation in the next paragraph", "\"The harbour will reopen on Friday,\" said Olaf Brandt, the port director.\n\n\"Ships waiting at anchor can come in then.\"",
			"Ships waiting at anchor", "brandt", "continuation"},
		{"transcript label", "Chris Wallace interviewed Senator Jon Fenner on Sunday.\n\nWALLACE: Will you vote for the budget this week?\n\nFENNER: I will not vote for a budget that cuts the hospital.",
			"cuts the hospital", "fenner", "transcript"},
		{"lead ending with a comma", "Owen Marsh, director of the river trust, commented,\n\n\"This plan ignores every warning the scientists gave.\"",
			"ignores every warning", "marsh", "lead"},
		{"lead, someone unnamed reporting", "Ms Lowe will stay at the clinic for three months, her rep confirms to the magazine.\n\n\"She went there because she knows everyone there.\"",
			"because she knows", "", "unnamed"},
		{"lead, the person at a verb of speech", "Mr Dorran urged walkers not to go onto the ridge unprepared.\n\n\"This is a very dangerous ridge and you need the right gear.\"",
			"very dangerous ridge", "dorran", "lead"},
		{"according to after the quote", "The driver was \"looking for a fight with anyone near him,\" according to Carver police Lt. Dana Moss.",
			"looking for a fight", "moss", "according to"},
		{"wire-copy marks", "``We will rebuild the pier before summer,'' Mayor Ida Kern said.",
			"rebuild the pier", "kern", "named"},
		{"angle marks", "Le ministre Paul Vidal a déclaré : « Nous ne céderons pas sur les retraites », said Paul Vidal.",
			"Nous ne céderons", "vidal", "named"},
		{"low-9 marks", "„Wir bauen die Brücke bis zum Sommer wieder auf“, sagte Bürgermeisterin Anna Weber, said Anna Weber.",
			"Wir bauen die", "weber", "named"},
		{"single angle marks", "‹The bridge will be rebuilt by summer›, said Anna Weber.",
			"bridge will be rebuilt", "weber", "named"},
		{"curly single marks", "Harbour Master Ines Varga said the storm was ‘the worst this coast has seen in decades’.",
			"the worst this coast", "varga", "named"},
		{"told OUTLET after an age: the outlet hears", "Nurse Ann Lee ran the ward.\n\n\"We will keep the ward open all winter,\" Lee, 54, told the Valley Courier in an interview.",
			"keep the ward open", "lee", "named"},
		{"a name the finder left, before an age", "\"We will keep the ward open all winter,\" Halvorsen, 54, told reporters.",
			"keep the ward open", "halvorsen", "named"},
		{"a name after a relation noun", "\"We are devastated by the loss of our friend,\" said the victim's brother Sam Ortiz.",
			"devastated by the loss", "ortiz", "named"},
		{"lead, the subject with an apposition at a verb of speech", "Dara Wend, vice president of the Bird Trust, agreed with the decision.\n\n\"We are glad the law is back to its full strength.\"",
			"glad the law is back", "wend", "lead"},
		{"attribution in the next paragraph after a comma", "\"It was the worst storm we have seen in many years,\"\n\nTom Harris said, adding that the roof had gone.",
			"worst storm we have", "harris", "named"},
		{"it: the organisation reporting the sentence before", "Police from Kessford Police joined the search.\n\nA statement from Brindle Foods said the plant would be rebuilt.\n\n\"We have set up a fund for the staff affected by the fire,\" it added.",
			"set up a fund", "brindle foods", "pronoun"},
		{"an acronym speaks as an organisation", "The NCAA said in its report that the coach acted \"contrary to principles of ethical conduct.\"",
			"contrary to principles", "ncaa", "named"},
		{"a description closed by a name", "\"There was blood everywhere and people were screaming,\" recalled nurse Maria Diaz.",
			"blood everywhere", "diaz", "named"},
		{"the title closes the words: not the organisation before it", "Fleet Admiral Ola Brand spoke on Monday.\n\n\"We acted in self-defence at every point,\" said the Navy chief.",
			"acted in self-defence", "", "unnamed"},
		{"a spokeswoman speaks for her organisation", "A Kessford Police spokeswoman said: \"The fire has destroyed the store almost entirely.\"",
			"destroyed the store", "kessford police", "named"},
		{"a name given as an alternative is no speaker", "The call was meant to \"responsibly manage the relationship\" between the U.S. and the Republic of Veltria, or ROV, said the Pentagon press secretary, Gen. Pat Ryder.",
			"responsibly manage", "ryder", "named"},
		{"a statement from a firm read", "A statement from Brindle Foods read: \"The plant will reopen within three weeks at full capacity.\"",
			"plant will reopen", "brindle foods", "named"},
		{"read a statement from a one-word firm", "\"The plant will reopen within three weeks at full capacity,\" read a statement from Kestrova.",
			"plant will reopen", "kestrova", "named"},
		{"the memo of who issued it", "President Ola Brand issued a memo on Tuesday. According to the memo, agencies should \"follow the prior longstanding consultation process.\"",
			"follow the prior", "brand", "according to"},
		{"a clause opened by a verb of speech in -ing", "After telling the Valley Courier that she did not \"need to do any of that anymore,\" singer Tara Vell checked into a clinic on Friday.",
			"need to do any", "vell", "named"},
		{"a British title without its full stop", "Area Commander Inspector Dave Gaskin led the search.\n\n\"We have not been able to reach the ridge,\" Insp Gaskin said.",
			"reach the ridge", "gaskin", "named"},
		{"an organisation's title in the apposition: the person before it speaks", "Tessa Loyd, Harbour Trust vice president for planning and policy, said, \"The council has finally listened to the people who live here.\"",
			"finally listened", "loyd", "named"},
		{"a definite description: the one person speaking just before", "Fleet Admiral Rao Menon had declared that his sailors did nothing wrong.\n\n\"We acted in self-defence and we would do it again,\" said the Navy chief.",
			"acted in self-defence", "menon", "role noun"},
		{"a description of the other gender is not the person before", "Luis Ortega said he would appeal.\n\n\"He took the father of my children from us,\" the young widow said.",
			"father of my children", "", "unnamed"},
		{"a description when two people are named just before", "Dr. Ana Ruiz and Dr. Tom Berg said the boat was late.\n\n\"We waited on the pier for three hours,\" the skipper said.",
			"waited on the pier", "", "unnamed"},
		{"continuation over two paragraphs of narrative", "\"The fire spread to the roof within minutes,\" a fire service spokeswoman said.\n\nFour engines were sent to the scene.\n\nThe road was closed for six hours.\n\n\"We would ask people to avoid the area until the morning.\"",
			"avoid the area", "", "continuation"},
		{"no continuation over narrative that names someone", "\"The fire spread to the roof within minutes,\" a fire service spokeswoman said.\n\nFour engines were sent to the scene.\n\nThe owner, Ivo Dant, arrived at noon.\n\n\"We would ask people to avoid the area until the morning.\"",
			"avoid the area", "", ""},
		{"an attribution cut after a title's full stop", "\"A man came in and started shooting,\" Harbour police Const.\n\nMia Ross told reporters.",
			"started shooting", "ross", "named"},
		{"a surname alone opening the sentence before \"who\"", "Okafor, who runs the bakery, said: \"I saw it hit the wall at full speed.\"",
			"hit the wall", "okafor", "named"},
		{"a verb of speech in the present tense, a closing mark without its opening one", "The clinic opened a new ward.\n\nIt is absolutely necessary to eat well in winter,\" assures nutritionist Ilka Ross.",
			"eat well in winter", "ross", "named"},
		{"the circumstances after the speaker name others", "\"We will respect the law in every case,\" declared Ola Brand at a meeting with the Prime Minister of Veltria Ian Kerr.",
			"respect the law", "brand", "named"},
		{"a description: the person the article introduced with it", "The clinic is run by nutritionist Anna Ross.\n\nThe hospital opened a new ward on Monday.\n\n\"Nobody should skip breakfast in winter,\" says the nutritionist.",
			"skip breakfast", "ross", "role noun"},
		{"a description whose word stands in a hyphenated one", "Doctor-nutritionist Olga Marsh agrees with this.\n\n\"People want hot soup in the winter,\" the doctor explains.",
			"hot soup", "marsh", "role noun"},
		{"a hyphenated role noun three sentences back", "The survey asked five doctors.\n\nDoctor-nutritionist Olga Marsh agrees with this.\n\nShe adds that imported fruit is no answer. People should eat what grows near them.\n\nThe body wants warm food,\" the doctor explains her view.",
			"body wants warm food", "marsh", "role noun"},
		{"a description the article never introduced: the last person speaking", "\"Nobody should skip breakfast in winter,\" says nutritionist Anna Ross.\n\nOats are cheap. The clinic sells them at cost. Winters here are long.\n\n\"Porridge keeps a person warm until noon,\" says the specialist.",
			"Porridge keeps", "ross", "role noun"},
		{"a description after someone unnamed brought in by it", "Ivo Tamm said the ferry was late.\n\nA passenger waited on the quay all night.\n\n\"Nobody told us anything for six hours,\" the passenger said.",
			"Nobody told us", "", "unnamed"},
		{"the head of the institute: the person, not the institute", "The director of the Marine Institute of the Northern Academy Pavel Orlov sees a crisis coming. Small banks will fail first, supposes Pavel Orlov.\n\n\"The state banks will not cope with it,\" warns the head of the institute.",
			"will not cope", "orlov", "role noun"},
		{"an outlet cites the speaker after the quote", "Prime Minister Ola Brand met Ian Kerr on Friday.\n\n\"I asked for the fishermen to be freed,\" the Valley Courier cites Mr. Kerr.",
			"fishermen to be freed", "kerr", "named"},
		{"a party quotes the speaker before the quote", "The mayor of Dunmore, Rita Vale, stopped eating on Monday.\n\nThe party quotes Rita Vale: \"This wall will split every family in the valley.\"",
			"split every family", "vale", "named"},
		{"they announced in an organisation", "The Harbour Workers Union called a strike.\n\n\"The docks will stay closed until Friday,\" they announced in the Harbour Workers Union.",
			"docks will stay closed", "harbor union workers", "role noun"},
		{"a verb of opinion as the attribution", "\"Small banks will fail first,\" supposes Pavel Orlov.",
			"Small banks will fail", "orlov", "named"},
		{"tells NAME closing the sentence: the speaker", "\"They voted the list through without us,\" tells Ilya Brandt. Brandt chairs the board.",
			"voted the list through", "brandt", "named"},
		{"a pronoun after an officer named after an acronym", "The head of field work of the IFRC Joan Pell told the radio that the camps were full.\n\n\"We have no more tents to give out,\" she said.",
			"no more tents", "pell", "pronoun"},
		{"a pronoun after a subject described by office", "The minister of trade of Veltria Ivan Makov met the press. \"We agreed on everything,\" noted Ivan Makov.\n\nThe minister also reported that a protocol was signed.\n\n\"The protocol was fulfilled in full,\" he said.",
			"fulfilled in full", "makov", "pronoun"},
		{"a colon quote after a title in quotation marks", "The columnist of the Courier, Victor Dane, in his article \"Did the mayor lie to us?\" wrote: \"Nobody at city hall has read the report.\"",
			"Nobody at city hall", "dane", "named"},
		{"a lost opening mark before a colon quote in the paragraph", "Mira Solberg spoke to the radio on Friday.\n\nIn my view, this is simply an outrage,\" Solberg says. Asked whether she would resign, Solberg stated: \"Of course not, never.\"",
			"simply an outrage", "solberg", "named"},
		{"the company: the organisation named before", "Workers walked out at the Acme Corp plant on Monday.\n\n\"The plant will reopen within three weeks,\" the company said.",
			"plant will reopen", "acme corp", "role noun"},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil {
			t.Errorf("%s: no quote holding %q in %+v", c.name, c.words, f.Quotes)
			continue
		}
		if q.SpeakerKey != c.key || q.Via != c.via {
			t.Errorf("%s: %q: got speaker %q (key %q) via %q, want key %q via %q", c.name, c.words, q.Speaker, q.SpeakerKey, q.Via, c.key, c.via)
		}
	}
}

// TestPronounResolution: a pronoun speaker is the nearest compatible
// person, and the quote records the pronoun and the mention it stands for.
func TestPronounResolution(t *testing.T) {
	for _, c := range []struct {
		name, text, words, key, ante string
	}{
		{"the subject of the sentence before", "Sheriff's Capt. Ray Peavy, who led the search for Tom Orr, called the arrest a relief.\n\nHe explained, \"We could finally tell the family something.\"",
			"finally tell the family", "peavy", "Ray Peavy"},
		{"the speaker of the reported speech before", "Boats must stay in port, Harbour Master Ines Varga said.\n\n\"Nobody goes out until the wind drops,\" she said.",
			"Nobody goes out", "varga", "Ines Varga"},
		{"gender from an honorific", "Sheriff Lee Baca met Mrs. Ann Ortiz at the station.\n\n\"He gave everything to this county,\" she said.",
			"gave everything", "ortiz", "Ann Ortiz"},
		{"someone unnamed who reported the sentence before", "Roads near the depot were closed for hours, but the spokeswoman said they had all reopened by 4pm.\n\nShe added: \"Our thoughts are with the staff and the neighbours.\"",
			"Our thoughts are", "", "the spokeswoman"},
		{"not a plural reporting the sentence before", "Capt. Mara Lind landed the plane on the river.\n\nThe officials said the engine had failed over the bridge.\n\n\"I had no time to think about anything else,\" she told the Valley Courier.",
			"no time to think", "lind", "Mara Lind"},
		{"the owner of the words", "Club owner Jon Hale has said, in so many words, that his team will not sign Tom Ruiz.\n\nHis exact words:\n\n\"We met with Mr. Ruiz and were very much impressed with him.\"",
			"very much impressed", "hale", "Jon Hale"},
		{"the agent of the reported speech before", "The singer has checked into a clinic, according to her publicist, Jack Ketsoyan.\n\n\"We ask you to respect her privacy at this time,\" he said.",
			"respect her privacy", "ketsoyan", "Jack Ketsoyan"},
		{"someone unnamed opening the sentence before, not a person further back", "Gen. Pat Ryder spoke on Monday.\n\nThe ministry issued its statement on Tuesday.\n\nA senior official in the administration responded soon after. He told the Valley Courier that the craft \"was trying to monitor sensitive military sites.\"",
			"monitor sensitive", "", "A senior official"},
		{"a person named without a title, known by a given name", "Sam Reed owns the bakery across the road.\n\n\"I heard two loud bangs and then everybody ran,\" he told the Valley Courier.",
			"two loud bangs", "reed", "Sam Reed"},
		{"the gender a given name tells", "Tara Vell checked into a clinic, her publicist Jon Kade said on Friday. Kade would not say more.\n\n\"I am so happy with where I am right now,\" she told the Valley Courier.",
			"so happy with where", "vell", "Tara Vell"},
		{"a role modifier before the name", "Sheriff's Deputy Timothy Brennan, who had been Ortiz's partner for a year, called the verdict bittersweet.\n\nHe explained, \"You feel good, but it will never bring him back.\"",
			"You feel good", "brennan", "Timothy Brennan"},
		{"a name in apposition to the noun that opens the sentence", "Dr. Hanna Petrova, who led the study, said the results were clear.\n\n\"We saw the same effect in every group,\" Petrova said.\n\nHer colleague, Dr. Jonas Weber, was more cautious. \"We need a second trial first,\" he said.",
			"second trial", "weber", "Jonas Weber"},
		{"she: a woman marked a few sentences back before a person the article does not mark", "Anna Berg, a teacher at the school, saw the fire from her classroom.\n\nFire Chief Lars Olsen praised the staff.\n\n\"We got the children out in four minutes,\" she said.",
			"children out", "berg", "Anna Berg"},
		{"he: the person nearer, unmarked, before a man further back", "Andrew Vane said the rules were wrong.\n\nPresident Okoro also visited the department on Tuesday.\n\n\"This is a false choice,\" he told the staff.",
			"false choice", "okoro", "Okoro"},
		{"a pronoun at a verb of speech in the sentence before", "Police Chief Dan Roe spoke to reporters on Monday.\n\nHe asked anyone with information to call the police.\n\n\"Every detail helps, however small it seems.\"",
			"Every detail helps", "roe", "Dan Roe"},
		{"a surname alone opening the sentence before an age", "Jones, 45, said the car was red.\n\n\"I saw it hit the wall at full speed,\" she said.",
			"hit the wall", "jones", "Jones"},
		{"according to her", "President Dalia Vass spoke on Monday.\n\nAccording to her, the main reason is the \"striving of the country toward energy independence.\"",
			"striving of the country", "vass", "Dalia Vass"},
		{"not the owner of someone else", "Judge Rosa Lindqvist read the letter of Nichols' mother, Claritha.\n\n\"We just want to be left alone,\" she said.",
			"left alone", "lindqvist", "Rosa Lindqvist"},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil {
			t.Errorf("%s: no quote holding %q", c.name, c.words)
			continue
		}
		ante := ""
		if q.Antecedent != nil {
			ante = q.Antecedent.Text
		}
		if q.SpeakerKey != c.key || q.Via != "pronoun" || ante != c.ante || q.SpeakerText == "" {
			t.Errorf("%s: got %q (key %q) via %q from %q resolved to %q; want key %q via pronoun resolved to %q",
				c.name, q.Speaker, q.SpeakerKey, q.Via, q.SpeakerText, ante, c.key, c.ante)
		}
	}
}

// TestSharedSurname: a surname that two people of an article share names
// the last of them written in full before it.
func TestSharedSurname(t *testing.T) {
	text := "Grace Holm was driving home when the truck hit her car.\n\nHer husband, Peter Holm, said she had been in good spirits.\n\n\"She called me ten minutes before the crash,\" Holm said."
	f := Extract(ArticleInput{ID: "x", Text: text})
	q := quoteBy(f.Quotes, "ten minutes before")
	if q == nil || q.Speaker != "Peter Holm" {
		t.Fatalf("got %+v, want the speaker Peter Holm", q)
	}
}

// TestKinAndSharedSurnames: a relative named by a given name after a
// possessive and a kin noun is a person of that surname; two people of
// one surname are two people (keys, genders, quotes), and a bare surname
// is the one named in full last before it.
func TestKinAndSharedSurnames(t *testing.T) {
	for _, c := range []struct {
		name, text, words, speaker string
	}{
		{"a widow named by her given name", "Tomas Brandt died in the fall from the dam.\n\nBrandt's widow, Ilka, spoke outside the court.\n\n\"He was the kindest man in the valley,\" said Brandt.",
			"kindest man", "Ilka Brandt"},
		{"a list of relatives, then one of them by the kin noun", "Vic Orr was sentenced on Monday.\n\nOrr's mother, Della, and father, Rupert, sat in the front row.\n\nJudge Ana Pike thanked the jury.\n\nOrr's mother spoke to reporters outside.\n\n\"We only want some quiet now,\" she said.",
			"some quiet", "Della Orr"},
		{"the father in the same list", "Vic Orr was sentenced on Monday.\n\nOrr's mother, Della, and father, Rupert, sat in the front row.\n\n\"He was never a violent boy,\" said Orr's father.",
			"violent boy", "Rupert Orr"},
		{"a bare surname before anyone is named in full is the first named after", "\"We lost everything in one night,\" Holm said.\n\nGrace Holm and her husband, Peter Holm, run the farm.",
			"lost everything", "Grace Holm"},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil || q.Speaker != c.speaker {
			t.Errorf("%s: got %+v, want the speaker %q", c.name, q, c.speaker)
		}
	}
	// Two people of one surname stay two, in the article and the story.
	text := "Grace Holm was driving home when the truck hit her car.\n\nHer husband, Peter Holm, said she had been in good spirits.\n\n\"She called me ten minutes before the crash,\" Holm said.\n\n\"I will drive slower from now on,\" Grace Holm said."
	f := Extract(ArticleInput{ID: "x", Text: text})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name+"="+p.Key)
	}
	if got, want := strings.Join(names, " "), "Grace Holm=holm:grace Peter Holm=holm:peter"; got != want {
		t.Errorf("people: got %s, want %s", got, want)
	}
	sf := Merge([]*Facts{f}, nil)
	speakers := map[string]bool{}
	for _, q := range sf.Quotes {
		speakers[q.SpeakerID] = true
	}
	if len(speakers) != 2 {
		t.Errorf("story speakers: got %v, want two people", speakers)
	}
}

// TestQuoteMarks: quotes over several paragraphs, reopened or left open
// until a closing mark, nested single quotes, and apostrophes that are
// no quotes.
func TestQuoteMarks(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"reopened paragraphs", "\"One two three four.\n\n\"Five six seven eight.\n\n\"Nine ten eleven twelve.\"",
			[]string{"One two three four. Five six seven eight. Nine ten eleven twelve."}},
		{"left open until a closing mark", "\u201cOne two three four.\n\nFive six seven eight.\u201d said Ann Lee.",
			[]string{"One two three four. Five six seven eight."}},
		{"left open, the next quote opens mid-paragraph", "\"One two three four.\n\nThen Ann Lee said \"five six seven eight.\"",
			[]string{"One two three four.", "five six seven eight."}},
		{"a caption between", "\"One two three four.\n\nA caption without a stop\n\n\"Five six seven eight.\"",
			[]string{"One two three four.", "Five six seven eight."}},
		{"nested", "\"They asked, 'How about if it had been fifty?' and we said no,\" Ann Lee said.",
			[]string{"They asked, 'How about if it had been fifty?' and we said no,", "How about if it had been fifty?"}},
		{"wire copy, two backticks and two apostrophes", "``One two three four,'' Ann Lee said.\n\n``Five six seven eight.\n\n``Nine ten eleven twelve.''",
			[]string{"One two three four,", "Five six seven eight. Nine ten eleven twelve."}},
		{"two apostrophes closing a straight mark", "\"One two three four,'' Ann Lee said of the \"five six seven eight.\"",
			[]string{"One two three four,", "five six seven eight."}},
		{"a closing mark with its space on the wrong side, before an attribution", "\"One two three four.\n\nFive six seven eight, \"Ann Lee told the Courier.\n\n\"Nine ten eleven twelve,\" Lee said.",
			[]string{"One two three four. Five six seven eight,", "Nine ten eleven twelve,"}},
		{"a mark before a capitalised word that is no attribution opens", "\"One two three four.\n\nAnn Lee met the press, \"Five six seven eight,\" she said.",
			[]string{"One two three four.", "Five six seven eight,"}},
		{"an opening mark lost: the paragraph up to the closing mark before an attribution", "The mill closed on Monday.\n\nOne two three four. Five six seven eight,\" said Ann Lee at the gate.",
			[]string{"One two three four. Five six seven eight,"}},
		{"an opening single mark and a closing double mark", "The mill closed on Monday.\n\n'One two three four, five six, \"Ann Lee told the Courier.",
			[]string{"One two three four, five six,"}},
		{"no lost mark in a paragraph the writer's attribution opens", "The mill closed on Monday.\n\nAnn Lee said that when she told Orr, \"He asked why, and I told him the mill would close.",
			[]string{"He asked why, and I told him the mill would close."}},
		{"a closing mark lost before the attribution ending the paragraph", "\"One two three four five, the two men said in a statement.\n\n\"Six seven eight nine.\"",
			[]string{"One two three four five,", "Six seven eight nine."}},
		{"no lost closing mark before words spoken in the first person", "\"One two three four five, I said to them.\n\n\"Six seven eight nine.\"",
			[]string{"One two three four five, I said to them. Six seven eight nine."}},
		{"no lost mark when a quote closed before in the paragraph", "Ann Lee said \"one two three four.\" Five six seven eight,\" said Tom Orr.",
			[]string{"one two three four."}},
		{"no lost mark when another mark follows: it opens", "He recalled one thing, \"Lee told me to run,\" Orr said.",
			[]string{"Lee told me to run,"}},
		{"apostrophes", "Nichols' lawyer said it's the jury's call, and didn't say more.",
			nil},
		{"angle and low marks", "\u00abUn deux trois quatre\u00bb et \u201eeins zwei drei vier\u201c und \u2039five six seven eight\u203a.",
			[]string{"Un deux trois quatre", "eins zwei drei vier", "five six seven eight"}},
	} {
		var got []string
		for _, q := range quoteSpans(c.text) {
			got = append(got, q.text(c.text))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestStorySpeakers: one speaker named three ways in three articles is one
// speaker entity with one group of quotes.
func TestStorySpeakers(t *testing.T) {
	arts := []*Facts{
		Extract(ArticleInput{ID: "a", Source: "Wire", Text: "\"We will hold the hearings in public,\" Hillary Clinton said on Monday."}),
		Extract(ArticleInput{ID: "b", Source: "Courier", Text: "Hillary Clinton spoke in Ohio.\n\n\"The budget has to pass before the summer,\" Mrs. Clinton said."}),
		Extract(ArticleInput{ID: "c", Source: "Herald", Text: "Hillary Clinton spoke in Ohio.\n\n\"Nobody in my party wants another shutdown,\" Clinton told the Herald."}),
	}
	sf := Merge(arts, nil)
	if len(sf.Speakers) != 1 {
		t.Fatalf("got %d speakers, want one: %+v", len(sf.Speakers), sf.Speakers)
	}
	sp := sf.Speakers[0]
	if sp.ID != "person:clinton" || sp.Name != "Hillary Clinton" || len(sp.Quotes) != 3 || len(sp.Articles) != 3 {
		t.Errorf("got %+v, want person:clinton, Hillary Clinton, three quotes from three articles", sp)
	}
	for _, k := range sp.Quotes {
		if sf.Quotes[k].SpeakerID != sp.ID {
			t.Errorf("quote %d: speaker id %q, want %q", k, sf.Quotes[k].SpeakerID, sp.ID)
		}
	}
}

// TestStateBodiesPerCountry: the governments of two countries are two
// speakers, each with its own quotes, while "the government" of an article
// about one of them, and the same body named with its country in another
// article, are one.
func TestStateBodiesPerCountry(t *testing.T) {
	arts := []*Facts{
		Extract(ArticleInput{ID: "a", Source: "Wire", Text: "Talks on the river dam opened in Veltra.\n\n\"We will not sign away a single litre of water,\" the Egyptian government said.\n\n\"The dam will be filled over seven years, not three,\" the Ethiopian government said."}),
		Extract(ArticleInput{ID: "b", Source: "Courier", Text: "The Egyptian government sent its water minister to the talks.\n\n\"No country may close a river that feeds a hundred million people,\" the government said."}),
		Extract(ArticleInput{ID: "c", Source: "Herald", Text: "The Ethiopian government spoke after the talks.\n\n\"The turbines will run before the rains come back,\" the government said in a statement."}),
	}
	sf := Merge(arts, nil)
	got := map[string]int{}
	for _, sp := range sf.Speakers {
		got[sp.ID] = len(sp.Quotes)
	}
	want := map[string]int{"org:government (egypt)": 2, "org:government (ethiopia)": 2}
	if len(got) != len(want) || got["org:government (egypt)"] != 2 || got["org:government (ethiopia)"] != 2 {
		t.Errorf("speakers %v, want %v", got, want)
	}
	for _, e := range sf.Entities {
		if e.ID == "org:government" {
			t.Errorf("a government without its country stays apart: %+v", e)
		}
	}
	// A state's body with its nationality, its country as owner or its
	// country's abbreviation has the country in its key; a body named by a
	// name of its own has none.
	for _, c := range []struct{ text, key string }{
		{"\"The border stays closed to all traffic tonight,\" the Greek navy said.", "navy (greece)"},
		{"\"The border stays closed to all traffic tonight,\" China's Defence Ministry said.", "defense ministry (china)"},
		{"\"The border stays closed to all traffic tonight,\" the U.S. Navy said.", "navy (united states)"},
		{"\"The border stays closed to all traffic tonight,\" the Ministry of Ecology said.", "ecology ministry"},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		if q := quoteBy(f.Quotes, "border stays closed"); q == nil || q.SpeakerKey != c.key {
			t.Errorf("%q: got %+v, want key %q", c.text, q, c.key)
		}
	}
}

// TestSpeakerRulesOfRealNews: the rules of the 2026-12-06 round, each on
// invented text: who speaks (name and key) and how it was found.
func TestSpeakerRulesOfRealNews(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"plural: the two ministers named before",
			"Trade minister Ada Quist and health minister Lars Moen met the unions on Monday, after a review ordered by Karl Brun.\n\n\"We have agreed to keep the clinics open all year,\" the two ministers said in a statement.",
			"keep the clinics open", "Ada Quist and Lars Moen", "quist+moen", "plural"},
		{"plural: both men",
			"Defence lawyers Michael Dahl and Peter Vik left the court together.\n\n\"We never doubted the jury would see the truth,\" both men said.",
			"never doubted the jury", "Michael Dahl and Peter Vik", "dahl+vik", "plural"},
		{"plural: fewer people named than the number says",
			"Defence lawyer Michael Dahl left the court early.\n\n\"We never doubted the jury would see the truth,\" the three men said.",
			"never doubted the jury", "the three men", "", "unnamed"},
		{"they: two people named together just before",
			"Ana Lorre and her husband Karl Lorre spoke to reporters outside the court.\n\n\"We just want our son back home,\" they said.",
			"our son back home", "Ana Lorre and Karl Lorre", "lorre:ana+lorre:karl", "pronoun"},
		{"they: a body that speaks comes first",
			"Ana Lorre met the Harbour Police on Monday. The Harbour Police said the search would go on.\n\n\"We will search the coast again at dawn,\" they said.",
			"search the coast again", "Harbour Police", "harbor police", "pronoun"},
		{"a lower-case government after its nationality, then its statement",
			"The frigate sped to the scene, according to a statement from the Greek government.\n\nMarines seized \"a large cache of rifles and grenades,\" including two boats, the statement said.",
			"large cache of rifles", "Greek government", "government (greece)", "role noun"},
		{"a sentence opened by Neither is no part of a name",
			"Defence lawyer Ola Holm spoke outside court.\n\nNeither Holm nor his partner, Eva Lind, ever claimed the man was innocent.\n\n\"He will live a longer life in prison than outside it,\" Holm said.",
			"longer life in prison", "Ola Holm", "holm", "named"},
		{"initials for a given name tell two people of one surname apart",
			"Coach Tony Brill was appointed on Monday.\n\nHis son, T.J. Brill, plays for the college team.\n\n\"My dad is ready for this job, he has waited years,\" Brill said.",
			"ready for this job", "T.J. Brill", "brill:t.j", "named"},
		{"a verb of speech after and shares the subject of the one before",
			"Sheriff Dana Moss said the prisoner Carl Vine used a cane in prison and added, \"Since he ran off on foot, that is in doubt.\"",
			"Since he ran off", "Dana Moss", "moss", "named"},
		{"the lawyer of someone: not that someone",
			"Ana Lorre gave an interview on Monday.\n\n\"They are simply deceiving the people,\" Lorre said.\n\nThe lawyer of the defendant declared that the \"investigator is not letting him see the case files.\"",
			"investigator is not letting", "The lawyer of the defendant", "", "unnamed"},
		{"reversed curly marks",
			"Harbour Mayor Ida Kern spoke on the quay.\n\n”We will rebuild the pier before the summer,“ Kern said.",
			"rebuild the pier", "Ida Kern", "kern", "named"},
		{"a lost opening mark before a term quoted in the same marks",
			"Deputy Oleg Vann has drafted the bill.\n\nPride in our history remains the main \"spiritual staple\" of the nation, and we will defend it,\" says Oleg Vann.",
			"Pride in our history", "Oleg Vann", "vann", "named"},
	})
}

// TestNamesOfRealNewsSpeakers: speakers whose names the name finder lost
// in news sentences (MSRP's, read with copydesk's speakers beside them), on
// invented text: a middle initial that is also a word, a name run on into
// "of" and its employer, "al-" joined to the surname, a surname that is
// also a place's name, the verb of speech before its subject, and a name
// with a role before it closing the words before an apposition.
func TestNamesOfRealNewsSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a middle initial that is also a word",
			"\"The new ferry will sail again in the spring,\" said Karl A. Brenner, the harbour master.",
			"new ferry will sail", "Karl A. Brenner", "brenner", "named"},
		{"a middle initial after a title",
			"Harbour Master Karl A. Brenner said: \"The new ferry will sail again in the spring.\"",
			"new ferry will sail", "Karl A. Brenner", "brenner", "named"},
		{"a name, then of and the employer, after the verb",
			"\"We expect the fish market to recover by the summer,\" said Ola Strand of Nordvik Capital.",
			"fish market to recover", "Ola Strand", "strand", "named"},
		{"a name, then of and the employer, before the verb",
			"\"The board showed courage in the face of pressure,\" Anna Kern of Friends of the Fjord said after the vote.",
			"board showed courage", "Anna Kern", "kern", "named"},
		{"al- joined to the surname",
			"\"We will never leave the city to them,\" Rashid al-Hamdan said.",
			"never leave the city", "Rashid al-Hamdan", "hamdan", "named"},
		{"a surname that is also a place",
			"\"The water rose faster than anyone expected,\" Anna Sydney, a spokeswoman for the county, said.",
			"water rose faster", "Anna Sydney", "sydney", "named"},
		{"the verb before its subject and a colon",
			"Said Mayor Ida Kern: \"We will rebuild the pier before the summer.\"",
			"rebuild the pier", "Ida Kern", "kern", "named"},
		{"the verb before its subject with an apposition",
			"Added Rep. Tom Eskild, D-Ore.: \"Some of us find the damage far greater than it needs to be.\"",
			"find the damage", "Tom Eskild", "eskild", "named"},
		{"the verb before its subject after an adverbial",
			"In fact, said Ida Kern, a board member, \"the pier had become a place where nobody fished.\"",
			"pier had become", "Ida Kern", "kern", "named"},
		{"a role before the name, then an apposition",
			"Board member Anna Kern, a retired physicist, said: \"There were some very bad decisions made that winter.\"",
			"very bad decisions", "Anna Kern", "kern", "named"},
		{"an organisation, then an apposition",
			"The Fjord Harbour Trust, the port's owner, described the plan as \"costly, rushed and politically unhelpful.\"",
			"costly, rushed", "Fjord Harbour Trust", "fjord harbor trust", "named"},
		{"a lower-case noun for what someone does, between an organisation and the name",
			"\"Salt from the roads is harder on the river trout,\" says Fjord University ecologist Jillana Moberg.",
			"harder on the river trout", "Jillana Moberg", "moberg", "named"},
		{"a title before a surname that also names a firm",
			"\"The new tax is too expensive for every family,\" Mayor Tom R. Reuters said.",
			"too expensive", "Tom R. Reuters", "reuters", "named"},
		{"an honorific before a surname that also names a place",
			"\"The new tax is too expensive for every family,\" Mr Jordan said.",
			"too expensive", "Jordan", "jordan", "named"},
		{"no apposition: the words before the speaker name an organisation after a preposition",
			"The meeting will not end in a \"take it or leave it now\" deal by the Fjord Harbour Trust, a source said.",
			"take it or leave it", "a source", "", "unnamed"},
	})
	// "X, a minister, said the inquiry "..."": the words after the verb
	// are what is reported, not who speaks.
	f := Extract(ArticleInput{ID: "x", Text: "The minister, Rafiq Mustaf Oden, said the inquiry \"points to a group arrested last week\", an apparent reference to the smugglers."})
	if q := quoteBy(f.Quotes, "points to a group"); q == nil || strings.Contains(q.Speaker, "inquiry") {
		t.Errorf("a partial quote after said and its object: %+v", q)
	}
}

// TestQuoteSpansOfRealNews: where the quotes of the 2026-12-06 round's
// rules begin and end, on invented text.
func TestQuoteSpansOfRealNews(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the direct quotes' texts, in order
	}{
		{"a partial quote ending on a word is not the first part of an interrupted quote",
			"Sheriff Dana Moss said the prisoner used a cane – he \"claimed it was needed for his balance\" – and added, \"Since he ran off on foot, that is in doubt.\"",
			[]string{"claimed it was needed for his balance", "Since he ran off on foot, that is in doubt."}},
		{"a quote cut by its attribution after a comma is one",
			"\"The pier will be rebuilt,\" Mayor Ida Kern said, \"and the market will open again in May.\"",
			[]string{"The pier will be rebuilt … and the market will open again in May."}},
		{"a partial quote after the attribution's own words is a quote of its own",
			"\"It would ruin the whole city for years,\" Mayor Tom Eskild told reporters, calling it \"a disaster for every family here.\"",
			[]string{"It would ruin the whole city for years,", "a disaster for every family here."}},
		{"reversed curly marks",
			"”We will rebuild the pier before the summer,“ Mayor Ida Kern said.",
			[]string{"We will rebuild the pier before the summer,"}},
		{"terms quoted inside a quote in the same marks",
			"The pollster asked \"Have you heard that in Veltria \"harbour marches\" are held every spring? Most said no.",
			[]string{"Have you heard that in Veltria \"harbour marches\" are held every spring? Most said no."}},
		{"a term, then a lost opening mark",
			"Pride in our history remains the main \"spiritual staple\" of the nation, and we will defend it,\" says Oleg Vann.",
			[]string{"Pride in our history remains the main \"spiritual staple\" of the nation, and we will defend it,"}},
		{"a long quote, then a mark with its opening lost, is no quote",
			"\"We will defend the law in every court,\" he said, and we know it,\" says Oleg Vann.",
			[]string{"We will defend the law in every court,"}},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		var got []string
		for _, q := range f.Quotes {
			if q.Direct {
				got = append(got, q.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestPartialQuoteSpeakers: the rules of the 2026-12-06 second round for a
// few quoted words inside the writer's own sentence, each on invented text.
func TestPartialQuoteSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the source quoted two sentences before goes on, one sentence of context between",
			"According to the Kellby Gazette, \"divers have searched the wreck for three days without result,\" though the search goes on.\n\nThe ferry sank in a storm that had been forecast for a week.\n\nThe 40-year-old captain \"was thrown into the sea when the wheelhouse broke apart.\"",
			"thrown into the sea", "Kellby Gazette", "gazette kellby", "lead"},
		{"a report of a report: the innermost speaker",
			"The Coast Wire is reporting that the Ordland Coast Guard claims it has stopped nine smugglers off Kell Point.\n\nThe strait has seen dozens of such boats this year.\n\nThey carried \"forty crates of cigarettes and two boxes of forged papers.\"",
			"forty crates of cigarettes", "Ordland Coast Guard", "coast guard ordland", "lead"},
		{"the report of an acronym the name finder does not take for a name",
			"The FAA report says the pilot ignored two warnings.\n\nThe crew are accused of acting \"against every rule of safe flight\" by landing in fog, the report said.",
			"against every rule", "FAA", "faa", "role noun"},
		{"the release of a title's abbreviation is its office's",
			"The D.A.'s release says the driver \"ran the red light at twice the speed limit.\"",
			"ran the red light", "District Attorney's office", "district attorney office", "role noun"},
		{"the newspaper is the outlet last named, and it the subject of the clause opening its sentence",
			"The Kellby Gazette reported on Tuesday that the club has made an offer for the striker.\n\nThough the newspaper does not name its source, it stated that the offer is \"worth more than any the club has made before.\"",
			"worth more than any", "Kellby Gazette", "gazette kellby", "pronoun"},
		{"a verb that judges in the subject's words: dismissed ... as",
			"Council leader Tom Eskild rejected the criticism. He dismissed her claims as \"politics of the cheapest kind.\"",
			"politics of the cheapest", "Tom Eskild", "eskild", "pronoun"},
		{"a verb that judges in the subject's words: accused ... of",
			"Councillor Per Lund later accused the mayor of \"playing games with people's jobs and homes.\"",
			"playing games", "Per Lund", "lund", "named"},
		{"the sentence's subject and a verb of its own before the quote",
			"Mayor Ida Kern spoke on Monday.\n\nKern wants the new pier to be \"a model for every harbour town in the region.\"",
			"a model for every", "Ida Kern", "kern", "named"},
		{"a pronoun subject and a verb of its own",
			"Mayor Ida Kern spoke on Monday.\n\nShe hopes the council will \"listen to the people before it signs anything.\"",
			"listen to the people", "Ida Kern", "kern", "pronoun"},
		{"people described as the subject, before the speaker of the sentence before",
			"\"We are tired of promises,\" Anna Holt told the Gazette.\n\nThe council's own engineers found the timber \"rotten right through to the core.\"",
			"rotten right through", "The council's own engineers", "", "unnamed"},
		{"words right after the subject are about the subject, not the subject's",
			"The ferry sank in a storm.\n\nThe 40-year-old captain \"was thrown into the sea when the wheelhouse broke apart.\"",
			"thrown into the sea", "", "", ""},
		{"no speaker across two sentences of narrative",
			"Mayor Ida Kern said the pier would be rebuilt.\n\nThe pier was built in 1902. It was closed in May.\n\nThe timber \"was rotten right through to the core of every post.\"",
			"rotten right through", "", "", ""},
		{"nor after a passive verb that hides who spoke",
			"Mayor Ida Kern said the pier would be rebuilt.\n\nThe old timber has been described as \"rotten right through to the core of every post.\"",
			"rotten right through", "", "", ""},
	})
}

// speakerCase is a quote in an invented text (found by some of its words)
// and who should speak it: the name as written, its key and how it was found.
type speakerCase struct{ name, text, words, speaker, key, via string }

// checkSpeakers extracts each case's text and checks its quote's speaker.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil {
			t.Errorf("%s: no quote holding %q in %+v", c.name, c.words, f.Quotes)
			continue
		}
		if q.Speaker != c.speaker || q.SpeakerKey != c.key || q.Via != c.via {
			t.Errorf("%s: %q: got speaker %q (key %q) via %q, want %q (key %q) via %q", c.name, c.words, q.Speaker, q.SpeakerKey, q.Via, c.speaker, c.key, c.via)
		}
	}
}

// TestSpeakersOfHeldOutLikeNews: speakers lost or misnamed in news
// sentences no rule was fitted to (MSRP's, read with copydesk's speakers
// beside them, 2026-12-06 eleventh round), on invented text: a surname
// that is also a place's name after a title and a first name, or alone
// once the full name is known; a surname that is also a role word after
// an honorific; a description with a clause after its noun; a statement
// "by" its author; an organisation's document after "according to"; a
// statement issued before a colon.
func TestSpeakersOfHeldOutLikeNews(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a title, a first name, then a surname that is also a place",
			"\"The inquiry points to a group arrested last week,\" Interior Minister Rafiq Sahel said.",
			"inquiry points to a group", "Rafiq Sahel", "sahel", "named"},
		{"a first name no list holds, then a surname that is also a place, at a verb of speech",
			"\"The inquiry points to a group arrested last week,\" Orvek Houston said.",
			"inquiry points to a group", "Orvek Houston", "houston", "named"},
		{"a surname that is also a place, alone, after the full name",
			"Judge Orla Houston heard the case on Monday.\n\n\"I see no urgency in this, so I will not grant it,\" Houston said.",
			"see no urgency", "Orla Houston", "houston", "named"},
		{"an honorific before a surname that is also a role word",
			"\"We think the harbour should stay open to every group,\" Mr. White said, objecting to the plan.",
			"harbour should stay open", "White", "white", "named"},
		{"a description, then a participle",
			"\"He may not have been on the pier that night,\" said a harbour official speaking on condition of anonymity.",
			"not have been on the pier", "a harbour official", "", "unnamed"},
		{"a description, then a relative clause",
			"\"It was a brazen attempt at intimidation,\" said a councillor who attended the meeting.",
			"brazen attempt", "a councillor", "", "unnamed"},
		{"a description, then a time clause naming someone else",
			"\"I notice a change in their priorities,\" said one Veltrian politician after meeting with Mr. Oden.",
			"change in their priorities", "one Veltrian politician", "", "unnamed"},
		{"a description, then on and a name closing it",
			"\"The claims look like an attempt to merge unrelated groups,\" stated the expert on organised crime and professor of Fjord University Mark Olsen.",
			"attempt to merge", "Mark Olsen", "olsen", "named"},
		{"a statement by its author",
			"\"We disagree with the ruling on the ferry contract,\" said a statement by Ida A. Kern, the city's lawyer.",
			"disagree with the ruling", "Ida A. Kern", "kern", "named"},
		{"according to an acronym's document, closing a partial quote",
			"The Fjord Harbour Trust is also \"seeking a seat on the board\" and plans to join it, according to the FHTA statement.",
			"seeking a seat on the board", "FHTA", "fhta", "according to"},
		{"according to an acronym's possessive document",
			"Still, the new rules \"may close a large number of small harbours,\" according to the W3F's notice.",
			"close a large number", "W3F", "w3f", "according to"},
		{"a statement issued before a colon",
			"The Fjord Harbour Trust issued a statement on Monday night: \"We are in the process of a thorough internal review.\"",
			"thorough internal review", "Fjord Harbour Trust", "fjord harbor trust", "named"},
	})
}

// TestSpeakersOfWebPages: speakers lost or misnamed in the web pages of
// the web tune part (read with copydesk's speakers beside them,
// 2026-12-06), on invented text: a nickname in quotation marks is not the
// person's name; a contraction is no name; a law is no person; a
// capitalised "Al-" joined to the surname; who is told is not who speaks;
// an apposition's gendered noun tells nothing of a name after its verb; a
// statement a sentence says someone made; a pull quote; a party's MP and a
// body's expert are people named before.
func TestSpeakersOfWebPages(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a nickname in quotation marks",
			"Anna Marlow was once given the unkind nickname of \"Canine Marlow.\" She laughed about it. \"It made me stronger in the end,\" Marlow said.",
			"made me stronger", "Anna Marlow", "marlow", "named"},
		{"a law after a role word: the court that notes speaks, not the law (unnamed: no court is named)",
			"The court also found that the Communications Fairness Act of 1996 did not apply, noting that \"it does not apply here because the claims depend on the firm's own acts.\"",
			"does not apply here", "The court", "", "unnamed"},
		{"a capitalised Al- joined to the surname",
			"\"Most of the services stopped when the generators failed,\" said Dr. Atef Al-Kahlani, the director of the hospital.",
			"services stopped", "Atef Al-Kahlani", "kahlani", "named"},
		{"who is told is not who speaks",
			"Actress Kara Alloway spoke to the podcast host Dan Wootten. \"When I was 54 I got fat,\" she told Wootten.",
			"I got fat", "Kara Alloway", "alloway", "pronoun"},
		{"an apposition's gendered noun tells nothing of the name after the verb (a given name no list holds: \"Kara\" is in the derived table and would make her the one \"she\" stands for)",
			"Orsolya Alloway, his wife, spoke to Dan Wootten on Monday. \"When I was 54 I got fat,\" she said.",
			"I got fat", "", "", ""},
		{"a statement someone made, before it",
			"The owner's lawyer, Karl Berg, had a more succinct statement after the ruling on Thursday. \"It is impossible to overstate the weight of this ruling. Every ferry owner will feel it.\"",
			"impossible to overstate", "Karl Berg", "berg", "lead"},
		{"a pull quote before its source",
			"\"We ran out of fuel and the lights are off.\"\n\n\"For days we have warned about the fuel,\" Dr. Omar Haddan said. \"And now what we feared has happened: we ran out of fuel and the lights are off.\"",
			"ran out of fuel and the lights", "Omar Haddan", "haddan", "repeated"},
		{"a party's MP, named before",
			"Chris Gayle warned on Monday that the sector is facing cuts.\n\nSpeaking in the Commons, the Conservative MP said: \"It does not need to be like this because there are ways.\"",
			"does not need to be like this", "Chris Gayle", "gayle", "role noun"},
		{"a body's expert, named before",
			"Professor Jane Ogden told the show, \"Is shaming ever the right way forward?\" The Fjord University expert asked the panel.",
			"right way forward", "Jane Ogden", "ogden", "role noun"},
	})
	// "I’d" in a nested quote is a pronoun and a verb, not a speaker.
	f := Extract(ArticleInput{ID: "x", Text: "\"If I’m at the pier, I’d say, ‘I’m at the pier, so who cares?’ And that is that,\" Kara Alloway said."})
	for _, q := range f.Quotes {
		if strings.Contains(q.Speaker, "’") {
			t.Errorf("a contraction as a speaker: %+v", q)
		}
	}
}

// TestSpeakersOverLongStretches: speakers the web tune pages lost
// (`eval quotes --labels testdata/facts/web --part tune --errors`, read
// 2026-12-06, twelfth session), on invented text: a participle of speech
// after a comma has the main clause's subject; "and describing X as" after
// a quote is no attribution; a short opening phrase before the subject; a
// name owning the noun of an opening phrase before "she"; a pronoun
// already resolved outranks the one it told; a nested quote in the
// speaker's own words; "went on"; a phrase of time before the pronoun;
// the sentence after a quote that ends with a full stop is no
// attribution; a question and a new sentence's "She answered," are two
// quotes.
func TestSpeakersOverLongStretches(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a participle after a comma: the main clause's subject, not the law between",
			"The Fjord Court of Appeal ruled on Monday. The court also upheld the Harbour Act of 1987, noting that \"it does not reach the ferry company's own conduct.\"",
			"does not reach", "Fjord Court of Appeal", "appeal court fjord", "role noun"},
		{"a participle after a comma, the subject a pronoun",
			"Mara Lind coached the team for six years. In the end, Lind left the club for a rival. She issued a statement to the Courier, saying her years there had been \"the best of my whole career,\" and describing the players as \"family.\"",
			"best of my whole career", "Mara Lind", "lind", "pronoun"},
		{"a verb of speech before the participle keeps its own subject",
			"Ortiz said nothing after the guards surrounded him, Warden Pia Kell said, describing the prisoner as \"calm. Very, very calm\".",
			"calm. Very, very calm", "Pia Kell", "kell", "named"},
		{"a name owning the noun of an opening phrase stands for the pronoun after it",
			"Runa Aksel fled the north with her son. \"We walked for two days,\" she said.\n\nMs. Ilse Varga, a surgeon at the Harbour Clinic, said the ward has no power at night. \"The babies need constant care,\" she said.\n\nIn Aksel's case, she chose to stay near her son. \"I am afraid of losing him,\" she continued.",
			"afraid of losing him", "Runa Aksel", "aksel", "pronoun"},
		{"a pronoun already resolved outranks the man she told",
			"Last spring, Kestrel Lindqvist appeared on the podcast of Teo Brandt. Once again, Lindqvist's running was the topic. \"When I was forty I stopped running,\" she told Brandt. But the worst part had been the newspapers. \"That got a little bit ugly, because it was so cruel,\" she explained.",
			"got a little bit ugly", "Kestrel Lindqvist", "lindqvist", "pronoun"},
		{"a phrase of time before the pronoun",
			"Vera Holm started out as a singer. In 2004 she told the Courier, \"I got out of the car and everyone stared at me.\"",
			"I got out of the car", "Vera Holm", "holm", "pronoun"},
		{"the sentence after a quote ending with a full stop is no attribution",
			"Dana Roe, a singer, spoke last. Vera Holm went on, \"I could not walk out my front door without cameras. That was the turning point for me.\" But the singer also admitted that she missed the stage.",
			"could not walk out", "Vera Holm", "holm", "named"},
	})
	// A nested quote in the speaker's own words: the outer quote's
	// speaker (the outer quote holds the same words, so it is looked up
	// by where it starts).
	f := Extract(ArticleInput{ID: "x", Text: "Vera Holm is a painter. In her studio she was blunt. \"I owed the bank a lot of money. One day, I locked the door and went, 'What am I going to do now?' Then I called my sister,\" she said."})
	var nested *Quote
	for k := range f.Quotes {
		if strings.HasPrefix(f.Quotes[k].Text, "What am I going to do now") {
			nested = &f.Quotes[k]
		}
	}
	if nested == nil || nested.Speaker != "Vera Holm" || nested.Via != "continuation" {
		t.Errorf("a nested quote in the speaker's own words: got %+v, want Vera Holm via continuation", nested)
	}
	// ""Did it hurt?" She answered, "B."": two quotes, not one cut by its
	// attribution.
	f = Extract(ArticleInput{ID: "x", Text: "Teo Brandt asked her, \"Did you get it from a tick?\" She answered, \"Yes, up north I got a tick bite last summer.\""})
	if q := quoteBy(f.Quotes, "up north I got a tick"); q == nil || strings.Contains(q.Text, "from a tick") {
		t.Errorf("a question, then a new sentence's attribution: want two quotes, got %+v", f.Quotes)
	}
	// ""...," she said. "A." And she continued, "B."": the words between A
	// and B are B's attribution, not A's (read before it): two quotes.
	f = Extract(ArticleInput{ID: "x", Text: "Teo Brandt asked her about the summer. She answered, \"Yes, up north I got a tick bite last year.\" And she continued, \"For ten months I was in bed most of the day.\""})
	if q := quoteBy(f.Quotes, "For ten months"); q == nil || strings.Contains(q.Text, "tick bite") {
		t.Errorf("an attribution read before the first quote: want two quotes, got %+v", f.Quotes)
	}
}

// TestInterviewTurns: an interview's turns set without quotation marks
// (issue 14, the web tune pages' question-and-answer interview): labels in
// mixed case, "Q:" and "A:" with the interviewee named in the lead, a turn
// going on over the paragraphs up to the next; and labels that are a
// listing's fields, not turns.
func TestInterviewTurns(t *testing.T) {
	interview := "Ten years ago Ilse Varnholt changed how shipbuilders thought about hulls. The Harbour Review asked Ms Varnholt four questions.\n\n* * *\n\n" +
		"The Harbour Review: What do you mean by a living hull? Why coin a new term?\n\n" +
		"Ilse Varnholt: A living hull is one that repairs itself while the ship is at sea.\n\n" +
		"The Harbour Review: Why did the first test fail so badly?\n\n" +
		"Ms Varnholt: The resin froze in the cold water before it could set.\n\n" +
		"It took us another winter to find a resin that would set at four degrees.\n\n" +
		"The Harbour Review: What comes next for the yard?\n\n" +
		"Ms Varnholt: We will build the first ferry with a living hull next spring.\n\n* * *\n\n" +
		"An excerpt from her book follows here, and it runs for many pages."
	checkSpeakers(t, []speakerCase{
		{"a question under an outlet's label", interview, "Why did the first test fail", "The Harbour Review", "harbour review", "transcript"},
		{"an answer under a surname's label: the person named in full", interview, "resin froze", "Ilse Varnholt", "varnholt", "transcript"},
		{"Q: and A: with the interviewee named in the lead",
			"Our reporter spoke to the ferry captain Runa Lekve about the storm. Lekve has sailed the route for twenty years.\n\n" +
				"Q: How bad was the storm on Tuesday night?\n\nA: It was the worst I have seen in twenty years at sea.\n\n" +
				"Q: Will the ferry sail again this week?\n\nA: Not before the harbour wall is repaired, I am afraid.",
			"worst I have seen", "Runa Lekve", "lekve", "transcript"},
	})
	f := Extract(ArticleInput{ID: "x", Text: interview})
	q := quoteBy(f.Quotes, "resin froze")
	if q == nil || !strings.Contains(q.Text, "another winter") {
		t.Errorf("a turn over two paragraphs: got %+v, want it to hold the second paragraph", q)
	}
	if q := quoteBy(f.Quotes, "first ferry with a living hull"); q == nil || strings.Contains(q.Text, "excerpt") {
		t.Errorf("the last turn: got %+v, want it to end with its own paragraph", q)
	}
	// A listing's fields, each label once, are no turns.
	f = Extract(ArticleInput{ID: "x", Text: "The Lantern Fair opens on Friday in the old harbour.\n\nLocation: Pier Four, behind the fish market on the east side.\n\nOpening Hours: From ten in the morning until late at night.\n\nTicket Prices: Twelve crowns for adults and free for children."})
	for _, q := range f.Quotes {
		if q.Direct {
			t.Errorf("a listing's fields: got the quote %+v", q)
		}
	}
	// Fields repeated, each label twice: no one the article names, no turns.
	f = Extract(ArticleInput{ID: "x", Text: "Two museums in the old harbour open again this week.\n\nLocation: Pier Four, behind the fish market on the east side.\n\nTip: Come early in the morning, before the buses arrive.\n\nLocation: The old customs house at the end of the quay.\n\nTip: The roof terrace is open only when it does not rain."})
	for _, q := range f.Quotes {
		if q.Direct {
			t.Errorf("a listing's repeated fields: got the quote %+v", q)
		}
	}
}

// TestAnswersAndInterviews: the answer to "X asked her" is hers, not X's;
// a question with "asked" before it keeps that attribution; "revealed" is
// a verb of speech; the outlet of "said in a CBS interview" does not
// speak (issue 14; the web tune pages and MSRP, on invented text).
func TestAnswersAndInterviews(t *testing.T) {
	podcast := "The comedian Mara Quillfeather spent a week in Portsmouth.\n\n" +
		"On the Tom Baxendale podcast, Quillfeather explained, \"About a year ago, I got a strange fever and stayed in bed.\"\n\n" +
		"Baxendale asked her, \"Did you get it from the river?\" She answered, \"Yes, in June I swam there twice.\" And she continued, \"For ten months I stayed in bed for most of the day.\""
	checkSpeakers(t, []speakerCase{
		{"the question: its asker, not the next sentence's pronoun", podcast, "get it from the river", "Tom Baxendale", "baxendale", "named"},
		{"the answer after \"asked her\": the one asked", podcast, "in June I swam", "Mara Quillfeather", "quillfeather", "pronoun"},
		{"the pronoun goes on standing for the one asked", podcast, "For ten months", "Mara Quillfeather", "quillfeather", "pronoun"},
		{"revealed in an interview with an outlet",
			"Vera Holm turned fifty last spring.\n\n\"Some people get a little scared about turning fifty. I am happy at fifty-one,\" Holm revealed in an interview with the Courier.",
			"scared about turning fifty", "Vera Holm", "holm", "named"},
	})
	f := Extract(ArticleInput{ID: "x", Text: "\"They did not provide the security that we had requested,\" Jordan said in a CBS interview."})
	if q := quoteBy(f.Quotes, "did not provide the security"); q == nil || q.SpeakerKey == "cbs" {
		t.Errorf("said in a CBS interview: got %+v, want the outlet not to speak", q)
	}
}

// TestShowsAsidesAndExperts: a sentence quoted after "told the X TV show,"
// is no title of a show; an aside between the subject and its verb ("for
// instance") names no one; "The University of X expert" is the person who
// spoke before, not the university (the web tune pages, on invented text).
func TestShowsAsidesAndExperts(t *testing.T) {
	text := "You see, some people believe that shaming works. However, there is little evidence to support this. Even medical professionals spoke their piece.\n\nProfessor of health psychology Helen Marrick, for instance, told the Morning Brew TV show, \"Shaming is the wrong way forward.\" The University of Kent expert continued, \"All of the evidence is that shaming just makes people feel worse.\"\n\nThe singer Vera Holm turned fifty last spring, said her friend Dana Roe. \"Some people get a little scared about turning fifty,\" Holm revealed in an interview with Vogue.\n\nThen when Vogue asked Holm, \"What are some of the ways that you have surprised yourself?\" the singer answered, \"I would not say that I am surprised, but I do feel a new responsibility.\"\n\nIn 2014 the former marketing chief of the choir, Liesel Ambrook, spoke to the website Ad Age about Holm being welcomed back. \"Her humour and honesty set her apart from other singers,\" she said."
	for _, c := range []speakerCase{
		{"told a show, then a sentence, with an aside before the verb", text, "wrong way forward", "Helen Marrick", "marrick", "named"},
		{"a university's expert", text, "All of the evidence", "Helen Marrick", "marrick", "role noun"},
	} {
		// as the pipeline gives it: in English
		q := quoteBy(Extract(ArticleInput{ID: "x", Text: c.text, Lang: "en"}).Quotes, c.words)
		if q == nil || q.Speaker != c.speaker || q.SpeakerKey != c.key || q.Via != c.via {
			t.Errorf("%s: got %+v, want %q (key %q) via %q", c.name, q, c.speaker, c.key, c.via)
		}
	}
}

// TestNamedWorkAfterComma: a sentence quoted after "the X TV show," is
// what was said there, not the show's title; a title right after the
// noun is one.
func TestNamedWorkAfterComma(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"Ana Lee told the Morning Brew TV show, \"Shaming is the wrong way forward.\"", false},
		{"Ana Lee presented the show \"Nights on the Harbour Wall\" for ten years.", true},
	} {
		open := strings.IndexByte(c.src, '"')
		end := strings.IndexByte(c.src[open+1:], '"') + open + 1
		if got := namedWork(c.src, open, c.src[open+1:end]); got != c.want {
			t.Errorf("namedWork(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestSpeakersOfNewsSyntax: the fourteenth session's rules, each case on
// invented text and failing without its rule. A spokesman for someone
// speaks unnamed, a title between the preposition and the name or not;
// "with a spokesman stating:" has the spokesman for its subject, not the
// name that opens the sentence, also after a scare quote; a quote cut by a
// long attribution, or going on with a short second part, is one quote, but
// not one whose second part has a new sentence's attribution; messages given
// as examples ("comments including "..."") are their unnamed writers'; a
// lone word opening its sentence before "said" is a name; an unresolved
// pronoun subject is not someone named after the verb; "its statement" is
// the organisation's; "asserted" is a verb of speech.
func TestSpeakersOfNewsSyntax(t *testing.T) {
	for _, c := range []struct {
		name, text, words, speaker, kind string
		whole                            string // the quote's whole text holds these words too
	}{
		{"a spokesman for a titled person", "Senator Ada Quist toured the dam on Monday.\n\nA spokesman for Senator Ada Quist said: \"The senator will vote against the bill.\"",
			"will vote against", "A spokesman for Senator Ada Quist", "", ""},
		{"a title's own of", "\"The talks will go on next week,\" Assistant Secretary of Transport Lena Moss told reporters.",
			"talks will go on", "Lena Moss", kindPerson, ""},
		{"with a spokesman stating", "At the time, Quist said she opposed the rule, with a spokesman stating: \"The senator will fight this rule in every court.\"",
			"fight this rule", "a spokesman", "", ""},
		{"a long attribution cuts one quote", "\"For weeks we have warned about the fuel,\" said Dr. Ilse Brandt, a surgeon at the Harbour Hospital, who now works at the clinic in the old town after moving there with her family last spring. \"Now the lights are out in every ward.\"",
			"warned about the fuel", "Ilse Brandt", kindPerson, "lights are out"},
		{"a short second part is the same quote", "\"We know there is no shortage of power,\" Mr. Olsen said. \"Something odd happened.\"",
			"no shortage of power", "Olsen", kindPerson, "Something odd happened"},
		{"a scare quote earlier in the sentence", "Karl Olsen spoke at the port.\n\nMr Olsen earlier used his speech to warn against a “one-size-fits-all” approach to the harbour unless absolutely needed, adding: “It is easier to defend the rules if they fit the place.”",
			"easier to defend", "Karl Olsen", kindPerson, ""},
		{"a new sentence's attribution opens a quote of its own", "Ana Lee posted photos. \"Goodness, you look so tired!\" read one comment. Another reader wrote to her, \"Need to rest for a few weeks.\"",
			"Need to rest", "Another reader", "", ""},
		{"wrote another", "Ana Lee posted photos. \"Your voice is still the best of them all,\" one person wrote. \"People are worried if you are too thin,\" wrote another.",
			"People are worried", "another", "", ""},
		{"a lone surname before said", "Lund said the council \"remains hopeful that the port will reopen in spring.\"",
			"remains hopeful", "Lund", kindPerson, ""},
		{"an unresolved pronoun is no one named after the verb", "\"We need witnesses to come forward,\" he said at a news conference where he named his successor, Brig. Gen. Karl Moss.",
			"need witnesses", "", "", ""},
		{"its statement", "Kestrel Foods sued the singer in May.\n\nIts statement claimed, “Ms. Lee worked for the firm for only a short time.”",
			"worked for the firm", "Kestrel Foods", kindOrg, ""},
		{"asserted", "Kestrel Foods sued the singer in May.\n\nThe firm’s lawyer, Ana Ruiz, asserted, “We will defend ourselves against these claims.”",
			"defend ourselves", "Ana Ruiz", kindPerson, ""},
		{"comments given as examples", "Ana Lee posted photos. She received comments including \"Eat something please\" and \"Lost too much weight, looks like a ghost.\"",
			"Lost too much weight", "comments", "", ""},
	} {
		f := Extract(ArticleInput{ID: "t", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil {
			t.Errorf("%s: no quote with %q in %+v", c.name, c.words, f.Quotes)
			continue
		}
		if q.Speaker != c.speaker || q.SpeakerKind != c.kind {
			t.Errorf("%s: speaker %q (%s), want %q (%s)", c.name, q.Speaker, q.SpeakerKind, c.speaker, c.kind)
		}
		if c.whole != "" && !strings.Contains(q.Text, c.whole) {
			t.Errorf("%s: quote %q does not hold %q", c.name, q.Text, c.whole)
		}
	}
}

// TestQuoteWithoutOpeningMark: a paragraph that ends a quote it never
// opened (its opening mark lost, or before a cut) is that quote; a
// paragraph of narration ending with a closing mark is not.
func TestQuoteWithoutOpeningMark(t *testing.T) {
	f := Extract(ArticleInput{ID: "t", Text: "Ana Lee spoke on Monday.\n\nWe will keep fighting for the harbour, within the law.\"\n\nThe vote is on Friday."})
	if q := quoteBy(f.Quotes, "keep fighting"); q == nil {
		t.Errorf("no quote of the paragraph closing a quote: %+v", f.Quotes)
	}
	f = Extract(ArticleInput{ID: "t", Text: "Ana Lee said that the port would close for the winter.\"\n\nThe vote is on Friday."})
	if q := quoteBy(f.Quotes, "port would close"); q != nil && q.Direct {
		t.Errorf("narration taken for a quote: %+v", q)
	}
}

// TestSurnamesBracketsAndBodies (sixteenth session): a lone surname opening
// its sentence before an apposition or a bracket and then a verb of speech
// is the speaker, not the apposition or the bracket; a party-and-state
// label names no one; an office named by its holder ("Sheriff's Office")
// is one organisation; "the department" that no body named before fits
// speaks unnamed; two name words opening a sentence that "he" or "she"
// takes up are a person, whatever the given name; "Later he told" reads
// the pronoun after one word of time; a person speaks through her
// statement; "the ministry's statement" is no other body's; "Mary Kern
// said he would" does not make Mary Kern a man. Each case fails without its rule.
func TestSurnamesBracketsAndBodies(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a lone surname, then an apposition with an article",
			"Varnholt, a Democrat, said \"the wisdom of a budget written in one night is doubtful.\"",
			"wisdom of a budget", "Varnholt", "varnholt", "named"},
		{"a lone surname, then a participle",
			"Varnholt, speaking from the chamber floor, said \"the budget was written in one night.\"",
			"budget was written", "Varnholt", "varnholt", "named"},
		{"a lone surname, then a title and an organisation: the person, not the firm",
			"Dorsk, chief executive of Pellam Mills, said \"the mill will stay open all winter.\"",
			"mill will stay open", "Dorsk", "dorsk", "named"},
		{"a lone surname, then a role without an article",
			"Lunde, spokeswoman for the harbour board, said \"no ship will leave before Friday.\"",
			"no ship will leave", "Lunde", "lunde", "named"},
		{"a party and a state of two words in a bracket",
			"Rep. Ivo Varnholt (D-W.Va.) said \"the budget was written in one night.\"",
			"budget was written", "Ivo Varnholt", "varnholt", "named"},
		{"a party and a state between commas",
			"Ivo Varnholt, D-W.Va., said \"the budget was written in one night.\"",
			"budget was written", "Ivo Varnholt", "varnholt", "named"},
		{"a lone surname, then a bracket",
			"Varnholt (D-W.Va.) said \"the budget was written in one night.\"",
			"budget was written", "Varnholt", "varnholt", "named"},
		{"a bracket naming a party between the name and the verb",
			"Ivo Pinsk (Vardo Party) said \"the budget was written in one night.\"",
			"budget was written", "Ivo Pinsk", "pinsk", "named"},
		{"an office named by its holder, then the office",
			"The Tarrow County Sheriff's Office opened a case.\n\n\"The driver was cooperative with investigators,\" the sheriff's office said.",
			"driver was cooperative", "Tarrow County Sheriff's Office", "county office sheriff tarrow", "role noun"},
		{"a body the text does not name",
			"The department told airlines \"the threat level at the harbour airport has increased.\"",
			"threat level", "The department", "", "unnamed"},
		{"a name whose given name no list holds, then he",
			"Pradeep Varnholt criticised the harbour plan.\n\nIn a statement, he said: \"This plan will cost jobs in every town on the coast.\"",
			"cost jobs in every town", "Pradeep Varnholt", "varnholt", "pronoun"},
		{"one word of time before the pronoun",
			"Mary Lunde fled the scene of the crash.\n\nLater she told police: \"I did not see the woman on the road at all.\"",
			"did not see the woman", "Mary Lunde", "lunde", "pronoun"},
		{"a person's document",
			"\"The harbour will stay closed until the storm has passed,\" Mayor Ida Kern's statement said.",
			"harbour will stay closed", "Ida Kern", "kern", "named"},
		{"the document of a body no one named, after another body",
			"Pellam Corp issued a release on Monday. \"The harbour will stay closed until the storm has passed,\" the ministry's statement said.",
			"harbour will stay closed", "the ministry's statement", "", "unnamed"},
		{"the pronoun after her verb is her client: her given name says she",
			"Police arrested Tom Lunde on Monday. His lawyer, Mary Kern, said he would plead not guilty.\n\n\"My client did nothing wrong,\" she said.",
			"My client did nothing", "Mary Kern", "kern", "pronoun"},
		{"a body the text does not name, with a place's adjective",
			"\"Orders at the mills have grown every month since February,\" the Tarrow-based group said.",
			"Orders at the mills", "the Tarrow-based group", "", "unnamed"},
		{"a body named before",
			"The Tarrow Transport Department met on Monday. The department told airlines \"the threat level at the harbour airport has increased.\"",
			"threat level", "Tarrow Transport Department", "department tarrow transport", "role noun"},
	})
}

// TestLostOpeningMarkAttributed (sixteenth session): a sentence whose
// opening mark was lost (a copy cut it off, or the sentence was cut from a
// longer quote) is a quote when its closing mark, right after its own
// punctuation, comes before an attribution: one with a title and a name of
// several words before the verb, one with an apposition between the name
// and the verb, and one followed by a show's name in quotation marks.
func TestLostOpeningMarkAttributed(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a show's name after the attribution",
			"My guess is that most of the report could be published without harm,\" Mr. Varnholt said on the Tarrow Radio show \"Morning Harbour.\"",
			"most of the report", "Varnholt", "varnholt", "named"},
		{"a description and a name of several words before the verb",
			"The families can finally bury their dead -- the healing can begin,'' delegation leader Ivo Lunde told the Courier by telephone.",
			"families can finally bury", "Ivo Lunde", "lunde", "named"},
		{"an apposition between the name and the verb",
			"They did not sell the mills to anyone,\" Pradeep Varnholt, an analyst at the Tarrow Institute for Trade, said.",
			"did not sell the mills", "Pradeep Varnholt", "varnholt", "named"},
	})
	// A mark with a space before it after a full stop opens the next
	// sentence's quote; the narration before it is no quote.
	f := Extract(ArticleInput{ID: "t", Text: "Like the other sailors, Ivo Lunde was charged. \"I asked for a fair hearing for every sailor,\" the Courier cites Mr. Lunde."})
	if q := quoteBy(f.Quotes, "other sailors"); q != nil && q.Direct {
		t.Errorf("narration taken for a quote: %+v", q)
	}
}

// TestOuterVerbAndWorkplace (sixteenth session, second step): a partial
// quote after "X said she had concluded that ..." is X's when the inner
// verb's subject is not read; a name whose given name no list holds, with
// where the person works between it and the verb ("Ivo Pinsk of the Vardo
// Party said"), is a person. Each case fails without its rule.
func TestOuterVerbAndWorkplace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the outer verb of speech's subject",
			"Varnholt said she had concluded that lawyers for the two families \"have shown beyond doubt that the mill poisoned the river.\"",
			"have shown beyond doubt", "Varnholt", "varnholt", "named"},
		{"where the person works between the name and the verb",
			"Ivo Pinsk of the Vardo Harbour Party said \"the budget was written in one night by three people.\"",
			"budget was written", "Ivo Pinsk", "pinsk", "named"},
	})
}

// TestThoughtsAreNotQuotes: words introduced by a verb of thinking and its
// comma or colon, or by "as if to say", are words nobody said (the
// labelling guide of every source: ECB+, MSRP, web pages), in the writer's
// text or nested in a speaker's quote; the speaker's quote around them, a
// nested quote of words said, and a partial quote after "thought" without a
// comma stay quotes.
func TestThoughtsAreNotQuotes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		words      []string // quotes expected, by words they hold
		notWords   []string // words no quote may start with
	}{
		{"the writer's thought after a colon",
			"At the Vardo fair I remember thinking: \"This juggler is as tired and as cold as I am!\"",
			nil, []string{"This juggler is as tired"}},
		{"a thought nested in a speaker's quote, after a comma",
			"\"Some mornings I looked at the harbour and thought, 'We will never sail out of here again!'\" Mara Ostrik told the Vardo Courier.",
			[]string{"Some mornings I looked"}, []string{"We will never sail"}},
		{"what a picture seems to say",
			"The poster ends on two rowers laughing at each other as if to say, \"We made it across, and nobody drowned.\"",
			nil, []string{"We made it across"}},
		{"a nested quote of words said stays",
			"\"The ferryman said to me, 'Your ticket is for tomorrow's boat,' and laughed,\" Mara Ostrik said.",
			[]string{"ferryman said to me", "Your ticket is for"}, nil},
		{"a partial quote after thought without a comma stays",
			"Mara Ostrik said she thought \"the council has lost every sense of proportion\" in the ferry dispute.",
			[]string{"council has lost every sense"}, nil},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text})
		checkQuoteWords(t, c.name, f.Quotes, c.words, c.notWords)
	}
}

// TestSayingsAreNotQuotes: words nobody in particular said (a saying of
// "people" or "someone", nested in a speaker's quote or not) and words a
// modal makes hypothetical ("I'd say, '...'") are no quote; a named
// speaker's present and a past "said" stay quotes (eighteenth session).
func TestSayingsAreNotQuotes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		words      []string // quotes expected, by words they hold
		notWords   []string // words no quote may start with
	}{
		{"people say, nested",
			"\"I swim every morning,\" Mara Ostrik told the Courier. \"People say, 'She is far too old for the cold sea,' but I feel fine.\"",
			[]string{"I swim every morning"}, []string{"She is far too old"}},
		{"someone says to me, nested",
			"\"So when someone says to me personally, 'Why do you still swim in winter?' I laugh,\" Mara Ostrik said.",
			[]string{"So when someone says"}, []string{"Why do you still swim"}},
		{"I'd say, nested",
			"\"On a bad day I'd say, 'The harbour is too cold for anyone today,' and stay at home,\" Mara Ostrik said.",
			[]string{"On a bad day"}, []string{"The harbour is too cold"}},
		{"I would say, nested: the same modal spelt out",
			"\"If they cut the ferry again, I would say, 'You will have to swim to Vardo yourselves,' and mean it,\" Mara Ostrik said.",
			[]string{"If they cut the ferry"}, []string{"You will have to swim"}},
		{"everyone says, alone",
			"In Vardo everyone says, \"The ferry is always late on Mondays.\"",
			nil, []string{"The ferry is always late"}},
		{"a named speaker's present stays",
			"In her new book Mara Ostrik says, \"The harbour taught me everything I know.\"",
			[]string{"The harbour taught me"}, nil},
		{"someone said, a particular utterance, stays",
			"\"Then someone said to me, 'Your boat is sinking at the pier,' and I ran,\" Mara Ostrik said.",
			[]string{"Your boat is sinking"}, nil},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text, Lang: "en"})
		checkQuoteWords(t, c.name, f.Quotes, c.words, c.notWords)
	}
}

// TestNamesAreNotQuotes: a name in quotation marks right after the kind of
// thing it names, written in sentence case as translated news writes it (a
// law's article, a list, a work performed), and words mentioned as words
// (an expression, a gloss after "means"), are no quote, with or without a
// speaker in its sentence for "the list of"; the same nouns before words
// spoken stay quotes (eighteenth session).
func TestNamesAreNotQuotes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		words      []string // quotes expected, by words they hold
		notWords   []string // words no quote may start with
	}{
		{"a law's article in sentence case",
			"Prosecutors opened a case under the article of the Vardo Criminal Code \"Damage to the harbour walls by negligence\" last week.",
			nil, []string{"Damage to the harbour walls"}},
		{"the list of, with a verb of speech in the sentence",
			"In 2019 mayor Ida Kern added the Ostrik brothers' firm to the list of \"companies barred from public harbour contracts\" and fined it.",
			nil, []string{"companies barred from public"}},
		{"a song performed",
			"The ferry choir closed the evening with its performance of \"Nous irons tous au port ce soir.\" The hall stood up.",
			nil, []string{"Nous irons tous au port"}},
		{"a festival's name",
			"The town council gave money to the festival \"Songs of the old harbour wall\" again this year.",
			nil, []string{"Songs of the old harbour"}},
		{"a party's name",
			"Ida Kern left the party \"Harbour and town together for ever\" in May.",
			nil, []string{"Harbour and town together"}},
		{"a firm's words without a speaker's name stay a partial quote",
			"The ferry company \"will pay every worker in full by Friday\" and keep the winter timetable.",
			[]string{"will pay every worker"}, nil},
		{"an expression mentioned as words",
			"In Vardo dialect the expression \"row the boat before the tide\" means to plan ahead.",
			nil, []string{"row the boat before"}},
		{"a gloss of what a name means",
			"Biologists named the beetle Harbouria kernii, which means \"the small digger of the harbour wall.\"",
			nil, []string{"the small digger of"}},
		{"what a speaker says something means stays",
			"Ida Kern said the vote means \"the end of the harbour as we know it.\"",
			[]string{"the end of the harbour"}, nil},
		{"the same noun before words spoken, with a speaker",
			"The festival \"will go on whatever the weather,\" its director Ida Kern said.",
			[]string{"will go on whatever the weather"}, nil},
		{"a speaker's own words after a kind noun",
			"Ida Kern wrote to the newspaper \"I will not sign the harbour contract,\" her office said.",
			[]string{"I will not sign the harbour"}, nil},
	} {
		f := Extract(ArticleInput{ID: "x", Text: c.text, Lang: "en"})
		checkQuoteWords(t, c.name, f.Quotes, c.words, c.notWords)
	}
}

// TestAnswerAndNewLeadAreQuotesOfTheirOwn: a quote cut by its attribution
// is one quote, but a question someone asked and the answer after
// "answered" are two, and so is a quote that a new sentence of its own
// leads into with a comma (eighteenth session).
func TestAnswerAndNewLeadAreQuotesOfTheirOwn(t *testing.T) {
	for _, c := range []struct {
		name, text, first, second string
		one                       bool // the two words in one quote
	}{
		{"a question and its answer",
			"When the Courier asked Ida Kern, \"What kept you going through the long winter?\" the mayor answered, \"The harbour people, and their bad jokes.\"",
			"What kept you going", "The harbour people", false},
		{"a question of the speaker's own, nobody having asked, stays one",
			"\"Why would we ever sell the harbour to them?\" the mayor replied, \"It is all the town has left.\"",
			"Why would we ever sell", "all the town has left", true},
		{"a new sentence leading into the second quote",
			"\"We rebuilt the north wall in a month,\" Ida Kern said. She went on, \"Nobody in Vardo thought it could be done.\"",
			"We rebuilt the north wall", "Nobody in Vardo thought", false},
		{"a quote cut by its attribution stays one",
			"\"We rebuilt the north wall in a month,\" Ida Kern said, \"and nobody in Vardo thanked us for it.\"",
			"We rebuilt the north wall", "nobody in Vardo thanked", true},
		{"cut by its attribution after a full stop stays one",
			"\"We rebuilt the north wall in a month,\" Ida Kern said. \"Nobody in Vardo thanked us for it.\"",
			"We rebuilt the north wall", "Nobody in Vardo thanked", true},
	} {
		qs := Extract(ArticleInput{ID: "x", Text: c.text, Lang: "en"}).Quotes
		a, b := quoteBy(qs, c.first), quoteBy(qs, c.second)
		if a == nil || b == nil {
			t.Errorf("%s: want quotes holding %q and %q, got %+v", c.name, c.first, c.second, qs)
			continue
		}
		if (a == b) != c.one {
			t.Errorf("%s: one quote = %v, want %v: %+v", c.name, a == b, c.one, qs)
		}
	}
}

// TestShortAnswerGoesOn: a quote a colon opens, left open after a short
// answer that ends its paragraph, goes on to the end of the next
// paragraph (its closing mark lost in text split a sentence a paragraph);
// closed, or without the colon, it stays a short quote and no more
// (eighteenth session).
func TestShortAnswerGoesOn(t *testing.T) {
	for _, c := range []struct {
		name, text string
		words      []string // quotes expected, by words they hold
		notWords   []string // words no quote may hold
	}{
		{"left open after a colon",
			"Asked whether she would resign, Ida Kern stated: \"Of course not.\n\nThe harbour accounts are in order and the auditors have said so.\n\nThe council meets on Monday.",
			[]string{"harbour accounts are in order"}, []string{"council meets"}},
		{"closed: a short quote alone",
			"Asked whether she would resign, Ida Kern stated: \"Of course not.\"\n\nThe harbour accounts are in order and the auditors have said so.",
			nil, []string{"harbour accounts"}},
		{"no colon",
			"Asked whether she would resign, Ida Kern said \"of course not.\n\nThe harbour accounts are in order and the auditors have said so.",
			nil, []string{"harbour accounts"}},
	} {
		qs := Extract(ArticleInput{ID: "x", Text: c.text, Lang: "en"}).Quotes
		for _, w := range c.words {
			if quoteBy(qs, w) == nil {
				t.Errorf("%s: no quote holding %q in %+v", c.name, w, qs)
			}
		}
		for _, w := range c.notWords {
			if q := quoteBy(qs, w); q != nil {
				t.Errorf("%s: a quote holds %q: %+v", c.name, w, q)
			}
		}
	}
}

// TestSpeakersOfGeneralSyntax: attribution syntax of news in general, not
// of one tune text (seventeenth session): verbs of speech no tune text
// held, from WordNet's verbs of communication (speechverbs.txt), a title
// of a place no gazetteer holds before the holder's name, a verb of speech
// opening its sentence before a lone surname, a name before a few words
// and a colon, a name and any verb in the past closing a quote's sentence,
// "X reports Y as saying", and a lone surname before "called".
func TestSpeakersOfGeneralSyntax(t *testing.T) {
	for _, c := range []struct {
		name, text, words, speaker, kind string
	}{
		{"muttered", "\"We will rebuild the bridge before winter,\" Ida Kern muttered.", "rebuild the bridge", "Ida Kern", kindPerson},
		{"snapped first", "\"We will rebuild the bridge before winter,\" snapped Ida Kern, the mayor of Vardo.", "rebuild the bridge", "Ida Kern", kindPerson},
		{"grumbled with a colon", "Ida Kern grumbled: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "Ida Kern", kindPerson},
		{"retorts in the present", "\"We will rebuild the bridge before winter,\" Ida Kern retorts.", "rebuild the bridge", "Ida Kern", kindPerson},
		{"pleaded", "\"We will rebuild the bridge before winter,\" Ida Kern pleaded.", "rebuild the bridge", "Ida Kern", kindPerson},
		{"a title of an unknown place", "\"We will rebuild the bridge before winter,\" noted the mayor of Vardo Andrei Kern.", "rebuild the bridge", "Andrei Kern", kindPerson},
		{"writes before a lone surname", "Writes Kern: \"We rebuilt the bridge before winter and nobody thanked us.\"", "rebuilt the bridge", "Kern", kindPerson},
		{"added before a lone surname", "Added Kern: \"We rebuilt the bridge before winter and nobody thanked us.\"", "rebuilt the bridge", "Kern", kindPerson},
		// a name, a few lower-case words and a colon (nameColon)
		{"fired back: with a lone surname", "Kern fired back: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "Kern", kindPerson},
		{"fired back: then he said", "Kern fired back: \"We will rebuild the bridge before winter,\" he said.", "rebuild the bridge", "Kern", kindPerson},
		{"put it bluntly: with a given name no list holds", "Ida Kern put it bluntly: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "Ida Kern", kindPerson},
		{"was blunt:", "Kern was blunt: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "Kern", kindPerson},
		{"a plural before the colon is no name", "Officials added: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "", ""},
		// a name and any verb in the past closing the sentence after a
		// quote (attributionSlot)
		{"hammered triumphantly", "\"We will rebuild the bridge before winter,\" Kern hammered triumphantly.", "rebuild the bridge", "Kern", kindPerson},
		{"shot back", "\"We will rebuild the bridge before winter,\" Kern shot back.", "rebuild the bridge", "Kern", kindPerson},
		{"the mayor texted", "\"We will rebuild the bridge before winter,\" the mayor texted.", "rebuild the bridge", "the mayor", ""},
		{"a verb in the present", "\"We will rebuild the bridge before winter,\" Petrova shares.", "rebuild the bridge", "Petrova", kindPerson},
		{"is certain after a dash", "\"We will rebuild the bridge before winter\" - Petrova is certain.", "rebuild the bridge", "Petrova", kindPerson},
		{"was adamant", "\"We will rebuild the bridge before winter,\" Mayor Ida Kern was adamant.", "rebuild the bridge", "Ida Kern", kindPerson},
		// a person named alone before a colon and the quote
		{"a name and a colon", "Andrei Kern: \"We will rebuild the bridge before winter.\"", "rebuild the bridge", "Andrei Kern", kindPerson},
		{"a verb that goes on is no slot", "\"We will rebuild the bridge before winter,\" Kern wanted to tell the council.", "rebuild the bridge", "", ""},
		// a report of a report (quotedAsSaying)
		{"reports X as saying", "\"We will rebuild the bridge before winter,\" Reuters reports Kern as saying.", "rebuild the bridge", "Kern", kindPerson},
		{"quoted X as saying", "\"We will rebuild the bridge before winter,\" the Vardo Post quoted Mayor Ida Kern as saying.", "rebuild the bridge", "Ida Kern", kindPerson},
		// a lone surname before a verb of partialVerbs (surnameSays)
		// a surname that is also a title after an honorific
		// (honorificSurname)
		{"Dr. Dean", "This is what Dr. Dean said: \"I still want to be the candidate of every town along the river.\"", "candidate of every town", "Dean", kindPerson},
		// a double quote closed by a single mark before its attribution
		// (mismatchedClose)
		{"closed by a single mark, said X", "\"We are confident that the bridge will be rebuilt before winter,' said Kern.", "confident that the bridge", "Kern", kindPerson},
		{"closed by a single mark, X said", "\"We are confident that the bridge will be rebuilt before winter,' Ida Kern said.", "confident that the bridge", "Ida Kern", kindPerson},
		{"a single quote inside stays nested", "\"He told me 'no,' and then he left the room,\" Ida Kern said.", "left the room", "Ida Kern", kindPerson},
		{"a lone surname called", "Conway called the plan \"a disgrace to every town along the river.\"", "disgrace to every town", "Conway", kindPerson},
	} {
		f := Extract(ArticleInput{ID: "t", Text: c.text})
		q := quoteBy(f.Quotes, c.words)
		if q == nil {
			t.Errorf("%s: no quote with %q in %+v", c.name, c.words, f.Quotes)
			continue
		}
		if q.Speaker != c.speaker || q.SpeakerKind != c.kind {
			t.Errorf("%s: speaker %q (%s), want %q (%s)", c.name, q.Speaker, q.SpeakerKind, c.speaker, c.kind)
		}
	}
}

// TestSpeechVerbTable: the derived table holds verbs of speech in the
// forms that attribute a quote, and none of the verbs left out by hand.
func TestSpeechVerbTable(t *testing.T) {
	for _, w := range []string{"whispered", "quipped", "grumbles", "retorted", "pleaded", "conceded", "told", "said"} {
		if !speechVerbs[w] {
			t.Errorf("%q is no verb of speech", w)
		}
	}
	for _, w := range []string{"ignored", "signed", "made", "written", "sworn", "ventures", "wagered"} {
		if speechVerbs[w] {
			t.Errorf("%q taken for a verb of speech", w)
		}
	}
}

// checkQuoteWords reports a case whose quotes miss one holding each of words,
// or have one that starts with any of notWords (its opening marks aside).
func checkQuoteWords(t *testing.T, name string, qs []Quote, words, notWords []string) {
	t.Helper()
	for _, w := range words {
		if quoteBy(qs, w) == nil {
			t.Errorf("%s: no quote holding %q in %+v", name, w, qs)
		}
	}
	for _, w := range notWords {
		for _, q := range qs {
			if strings.HasPrefix(strings.Trim(q.Text, "\"'“‘ "), w) {
				t.Errorf("%s: %q taken for a quote: %+v", name, w, q)
			}
		}
	}
}
