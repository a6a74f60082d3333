package facts

import "testing"

// checkSpeakerKinds extracts each case's text as an article and checks the
// speaker and its kind of the quote holding its words.
func checkSpeakerKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
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

// kindCase is a quote in an invented text (found by some of its words),
// who should speak it and of which kind.
type kindCase struct {
	name, text, words, speaker, kind string
}

// TestSpeakersOfDescriptions: a definite description the article never
// gave anyone ("the follower wrote") stands for the person quoted before
// only when its head is an office, occupation or title ("the singer");
// one that names no person ("the policy"), or more than one ("the
// attorneys"), stands for no one named.
func TestSpeakersOfDescriptions(t *testing.T) {
	const before = "Ida Kern said on Monday that she would sing again in Vardo. The photo drew many comments. Most of them were kind.\n\n"
	const court = "Tom Berg said on Monday that the verdict was wrong. The court did not agree. The hearing lasted an hour.\n\n"
	checkSpeakerKinds(t, []kindCase{
		{"the follower", before + "\"Please eat something, you look unhealthy,\" the follower wrote.", "look unhealthy", "the follower", ""},
		{"the neighbour", before + "\"Please eat something, you look unhealthy,\" the neighbour wrote.", "look unhealthy", "the neighbour", ""},
		{"the woman", before + "\"Please eat something, you look unhealthy,\" the woman wrote.", "look unhealthy", "the woman", ""},
		{"stays: the singer", before + "\"Please eat something, you look unhealthy,\" the singer wrote.", "look unhealthy", "Ida Kern", kindPerson},
		{"the attorneys also", court + "\"We will appeal the verdict before the spring,\" the attorneys also said.", "will appeal", "the attorneys also", ""},
		{"stays: the attorney also", court + "\"We will appeal the verdict before the spring,\" the attorney also said.", "will appeal", "Tom Berg", kindPerson},
		{"stays: the vice governor also", "Tom Berg said on Monday that the verdict was wrong.\n\n\"We will appeal the verdict before the spring,\" the vice governor also said.", "will appeal", "Tom Berg", kindPerson},
		{"a policy says", court + "\"Staff must wear the blue uniform at all times,\" the authority's uniform policy says.", "blue uniform", "the authority's uniform policy", ""},
	})
}

// TestSpeakerNotInItsQuote: an organisation named inside a quote is what
// the quote says, not who says it: "it" after the quote stands for no
// name of its own words.
func TestSpeakerNotInItsQuote(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"it read", "The lawsuit was filed on Monday. \"In selling the Vardo Diet Plan, Ms. Kern knew nothing of its effects,\" it read.", "knew nothing", "", ""},
		{"stays: it said after the company", "The Vardo Group answered on Monday. \"In selling the Vardo Diet Plan, Ms. Kern knew nothing of its effects,\" it said.", "knew nothing", "Vardo Group", kindOrg},
		{"stays: he is no man of the quote", "Tom Berg spoke on Monday. \"Peter Holm knew nothing of the plan,\" he said.", "knew nothing", "Tom Berg", kindPerson},
	})
}

// TestSpeakersOfClausesAndAnswers: a description after a name and a comma
// that a verb follows is the subject of a clause of its own, not the
// name's apposition; a description that stands for no one named answers
// for the one a question was put to.
func TestSpeakersOfClausesAndAnswers(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"a subject after a name and a comma", "In a talk moderated by the Vardo Post's Tom Berg, the singer discussed her year. \"I will sing again next spring,\" the singer said.", "sing again next", "the singer", ""},
		{"stays: an apposition", "Tom Berg, the singer, talked about his year. \"I will sing again next spring,\" the singer said.", "sing again next", "Tom Berg", kindPerson},
		{"stays: an apposition at the end", "The prize went to Tom Berg, the singer. \"I will sing again next spring,\" the singer said.", "sing again next", "Tom Berg", kindPerson},
		{"the singer answered", "Ida Kern and Tom Berg met reporters on Monday. When Berg asked Kern, \"Will you ever sing again?\" the singer answered, \"I will sing again next spring.\"", "sing again next", "Ida Kern", kindPerson},
		{"the guest answered, a paragraph", "Ida Kern and Tom Berg met reporters on Monday.\n\nWhen Berg asked Kern, \"Will you ever sing again?\" the guest answered, \"I will sing again next spring.\"", "sing again next", "Ida Kern", kindPerson},
		{"stays: the crowd answered", "Ida Kern and Tom Berg met reporters on Monday. When Berg asked Kern, \"Will you ever sing again?\" the crowd answered, \"We will sing again next spring.\"", "sing again next", "the crowd", ""},
	})
}

// TestSpeakersOfPronounPhrases: a pronoun's person speaks through "her
// statement", and leads "he and his co-authors".
func TestSpeakersOfPronounPhrases(t *testing.T) {
	checkSpeakerKinds(t, []kindCase{
		{"her statement said", "Maria Kern answered on Monday. Her statement said, \"Tom Berg knew nothing of the plan.\"", "knew nothing", "Maria Kern", kindPerson},
		{"his statement said, after the quote", "Tom Berg answered on Monday. \"Maria Kern knew nothing of the plan,\" his statement said.", "knew nothing", "Tom Berg", kindPerson},
		{"stays: its statement", "The Vardo Group answered on Monday. Its statement claimed, \"Tom Berg knew nothing of the plan.\"", "knew nothing", "Vardo Group", kindOrg},
		{"yet he and his co-authors", "Tom Berg wrote a paper on markets. It was 1987, yet he and his co-authors predicted \"a shift toward markets in every trade\".", "shift toward markets", "Tom Berg", kindPerson},
		{"she and her team said", "Maria Kern runs the harbour. Last year, she and her team said \"the pier will not last another winter\".", "pier will not last", "Maria Kern", kindPerson},
		{"stays: X and his colleagues", "John Smith and his colleagues predicted \"a shift toward markets in every trade\".", "shift toward markets", "John Smith", kindPerson},
	})
}
