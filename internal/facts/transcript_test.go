package facts

import (
	"strings"
	"testing"
)

// turnsOf are the direct quotes of an invented article with a title.
func turnsOf(t *testing.T, title, text string) []Quote {
	t.Helper()
	return turnsFrom(t, ArticleInput{ID: "x", Title: title, Text: text})
}

// turnsFrom are the direct quotes of an invented article.
func turnsFrom(t *testing.T, a ArticleInput) []Quote {
	t.Helper()
	var out []Quote
	for _, q := range Extract(a).Quotes {
		if q.Direct {
			out = append(out, q)
		}
	}
	return out
}

// TestUnlabelledTurnsAfterLabelledOnes: a magazine interview whose first
// question and answer carry labels in capitals (the outlet's, the
// artist's) and whose later turns carry none, questions and answers
// alternating by paragraph (issue 14, the web tune 2 interview's form, on
// invented text): every turn a quote, the questions the outlet's, the
// answers the person the label names (merged with the article's fuller
// name), each held to its own paragraphs; a request ending "please!" is
// a question; the last answer is its first paragraph only; a title in
// quotation marks inside an answer is no quote of its own.
func TestUnlabelledTurnsAfterLabelledOnes(t *testing.T) {
	title := "Meet the Glassblower Oriel Venn - Harbour Weekly"
	text := "Oriel Venn blows glass in a shed by the river. Her new show opens on Friday in the old ropeworks.\n\n" +
		"HARBOUR WEEKLY: What do you tell people who ask what your work is about?\n\n" +
		"ORIEL VENN: I tell them it is about breath, and about how little of it a vase needs.\n\n" +
		"Where did you learn to blow glass?\n\n" +
		"At a bottle factory on the coast, where my uncle swept the floors for thirty years.\n\n" +
		"I learned more from the men on the night shift than from any school.\n\n" +
		"What would you be doing if you were not an artist? Why?\n\n" +
		"I would probably be a ferry pilot. After seeing \"a river that forgets its own name\" at the museum, I nearly was.\n\n" +
		"Website and social media handles, please!\n\n" +
		"You can find all of my work on the studio's page.\n\n" +
		"Editor's note: This interview was edited for length and for clarity."
	qs := turnsOf(t, title, text)
	for _, c := range []struct{ words, speaker, kind, notWords string }{
		{"What do you tell people", "Harbour Weekly", kindOrg, "breath"},
		{"it is about breath", "Oriel Venn", kindPerson, "blow glass"},
		{"Where did you learn", "Harbour Weekly", kindOrg, "bottle factory"},
		{"bottle factory", "Oriel Venn", kindPerson, "not an artist"},
		{"not an artist? Why?", "Harbour Weekly", kindOrg, "ferry pilot"},
		{"ferry pilot", "Oriel Venn", kindPerson, "handles"},
		{"handles, please", "Harbour Weekly", kindOrg, "studio's page"},
		{"studio's page", "Oriel Venn", kindPerson, "Editor's note"},
	} {
		q := quoteBy(qs, c.words)
		if q == nil {
			t.Errorf("no turn holding %q in %+v", c.words, qs)
			continue
		}
		if q.Speaker != c.speaker || q.SpeakerKind != c.kind || q.Via != "transcript" || strings.Contains(q.Text, c.notWords) {
			t.Errorf("%q: got %q (%s) via %q, text %q; want %q (%s) via transcript, without %q", c.words, q.Speaker, q.SpeakerKind, q.Via, q.Text, c.speaker, c.kind, c.notWords)
		}
	}
	if q := quoteBy(qs, "bottle factory"); q != nil && !strings.Contains(q.Text, "night shift") {
		t.Errorf("an answer over two paragraphs: got %q, want both", q.Text)
	}
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "a river that forgets") {
			t.Errorf("a title quoted inside an answer: got the quote %+v", q)
		}
		if strings.Contains(q.Text, "edited for length") {
			t.Errorf("the editor's note: got the quote %+v", q)
		}
	}

	// the outlet from the source: a host, a site's name
	for _, source := range []string{"https://www.harbourweekly.com/glass", "Harbour Weekly; Harbour Weekly"} {
		q := quoteBy(turnsFrom(t, ArticleInput{ID: "x", Source: source, Title: "Meet the Glassblower Oriel Venn", Text: text}), "Where did you learn")
		if q == nil || q.Speaker != "Harbour Weekly" || q.SpeakerKind != kindOrg {
			t.Errorf("the outlet from the source %q: got %+v, want Harbour Weekly", source, q)
		}
	}

	// "Q:" and "A:" on the first turns only; no outlet in the title: the
	// questions name no one, the answers are the interviewee's.
	lekve := "Our reporter spoke to the ferry captain Runa Lekve about the storm. Lekve has sailed the route for twenty years.\n\n" +
		"Q: How bad was the storm on Tuesday night?\n\nA: It was the worst I have seen in twenty years at sea.\n\n" +
		"Will the ferry sail again this week?\n\nNot before the harbour wall is repaired, I am afraid.\n\n" +
		"Were any of the passengers hurt?\n\nTwo of them were bruised when the ramp came loose in the wind."
	qs = turnsOf(t, "Ten questions for a ferry captain", lekve)
	if q := quoteBy(qs, "harbour wall is repaired"); q == nil || q.Speaker != "Runa Lekve" {
		t.Errorf("an unlabelled answer after Q: and A:: got %+v, want Runa Lekve", q)
	}
	if q := quoteBy(qs, "sail again this week"); q == nil || q.Speaker != "" || strings.Contains(q.Text, "repaired") {
		t.Errorf("an unlabelled question after Q: and A:: got %+v, want a turn of its own naming no one", q)
	}
	// the outlet in the title: its questions, labelled or not
	qs = turnsOf(t, "Ten questions for a ferry captain | The Coast Courier", lekve)
	for _, words := range []string{"How bad was the storm", "sail again this week"} {
		if q := quoteBy(qs, words); q == nil || q.Speaker != "The Coast Courier" || q.SpeakerKind != kindOrg {
			t.Errorf("a question of an outlet's interview: got %+v, want The Coast Courier", q)
		}
	}
}

// TestQuestionsBetweenLabelledAnswers: answers labelled with the
// interviewees' given names and questions without a label between them
// (set in bold on the page, the bold lost in extraction; issue 14, on
// invented text): each question is a turn of its own (one under four
// words is no quote), the answer before it does not run over it, and a
// given name's label is the person the article names in full.
func TestQuestionsBetweenLabelledAnswers(t *testing.T) {
	text := "Helen Oakley and Jorge Balder run the night desk of a small radio station. We asked them how the station changed.\n\n" +
		"Could you tell us how you started?\n\n" +
		"Helen: I came for a summer and stayed because the music was better than anywhere else.\n\n" +
		"Jorge: I was hired to fix the transmitter and never left the building.\n\n" +
		"What changed when the station went online?\n\n" +
		"Helen: We had listeners in forty countries within a month of the first stream.\n\n" +
		"Jorge: And the transmitter finally got a rest after forty years of work.\n\n" +
		"Why?\n\n" +
		"Helen: Because nobody listens to the old radio sets in the villages any more."
	qs := turnsOf(t, "", text)
	checkTurn := func(words, speaker, notWords string) {
		t.Helper()
		q := quoteBy(qs, words)
		if q == nil || q.Speaker != speaker || strings.Contains(q.Text, notWords) {
			t.Errorf("%q: got %+v, want %q without %q", words, q, speaker, notWords)
		}
	}
	checkTurn("fix the transmitter", "Jorge Balder", "went online")
	checkTurn("What changed when the station", "", "forty countries")
	checkTurn("forty countries", "Helen Oakley", "transmitter")
	// a question under four words is no quote, but still ends the answer
	checkTurn("finally got a rest", "Jorge Balder", "Why?")
	if q := quoteBy(qs, "Why?"); q != nil {
		t.Errorf("a question of one word: got the quote %+v", q)
	}
}

// TestNoTurnsWithoutSpeakers: what is not an interview keeps no turns:
// questions and answers alternating with no label at all (a page of
// jokes, an FAQ); fields in capitals before them ("LOCATION:", a
// listing's); a labelled question and answer followed by the article's
// own prose with one rhetorical question; a caption and a byline.
func TestNoTurnsWithoutSpeakers(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"jokes", "Forty jokes for a long car ride.\n\nWhat do you call a fish that wears a crown?\n\nA king of the whole wide sea!\n\n" +
			"Why did the boat go to the doctor every single week?\n\nIt had a terrible case of the sea legs.\n\nWhat is wet, loud and very round?\n\nA puddle that a drum fell into."},
		{"fields", "The Lantern Fair opens on Friday in the old harbour.\n\nLOCATION: Where exactly is the fair this year?\n\nDIRECTIONS: Take the ferry to Pier Four and walk east along the quay.\n\n" +
			"Is there parking near the pier on Friday?\n\nOnly for buses and the stall holders, so please come by ferry.\n\nCan children get in for free?\n\nEvery child under twelve gets in free all week long."},
		{"prose after a labelled pair", "Chris Wallace interviewed Senator Jon Fenner on Sunday.\n\nWALLACE: Will you vote for the budget this week?\n\nFENNER: I will not vote for a budget that cuts the hospital.\n\n" +
			"Fenner has voted against every budget since he was elected. Will his party follow him this time?\n\nThe vote is on Thursday, and the hospital's staff will watch it from the gallery.\n\n" +
			"Photo: The hospital seen from the river at dusk last winter.\n\nBy Mara Quill, our correspondent in the capital city."},
	} {
		for _, q := range turnsOf(t, "", c.text) {
			// the labelled pair itself is two turns (TestSpeakerPatterns)
			if q.SpeakerKey == "wallace" && strings.HasPrefix(q.Text, "Will you vote") || q.SpeakerKey == "fenner" && strings.HasPrefix(q.Text, "I will not vote") {
				continue
			}
			t.Errorf("%s: got the quote %+v", c.name, q)
		}
	}
}
