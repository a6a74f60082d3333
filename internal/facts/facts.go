// Package facts finds what the sources say: the people, organisations and
// places an article names (with the roles it gives them), who is quoted
// saying what, the dates it mentions (resolved against its publication date),
// and the numbers it gives, each with the sentence and byte span it came
// from. Merge joins the facts of the articles of one story into entities,
// quotes with their variants, a timeline and the disagreements between
// sources, including the sentences whose meaning a copy changed.
//
// Everything here is rules and hand-written word lists (titles and role
// words, organisation suffixes, countries, capitals and states, a small
// polarity lexicon), each kept in the file of the concept it serves, and
// tables derived from WordNet (the role nouns, rolenouns.txt, and the
// person nouns, personnouns.txt); there is no statistical model. Output
// is deterministic.
//
// The files follow the concepts: sentences.go (words and sentences with
// their offsets), names.go (capitalised runs classified into people,
// organisations and places), people.go, roles.go, rolephrase.go,
// rolenouns.go and entities.go (what a name is, its roles, and how it is
// folded), quotemarks.go, quotes.go, speakers.go, frames.go (attributions
// without the plain "X said"),
// transcript.go and reported.go (quotes and who says them), dates.go, resolve.go and happening.go (dates,
// their resolution and what they date), numbers.go; and for a story:
// story.go (Merge), storyentities.go, storyquotes.go, timeline.go,
// disagree.go, compare.go (sentences of two articles compared),
// barenumbers.go (numbers a copy changed that count nothing named),
// meaning.go (negation and direction words) and rewording.go (what a copy
// may word otherwise without changing a fact).
package facts

import "time"

// RulesVersion is the version of the rules: what Extract and Merge give for the
// same input changes only with it. Stores keep the facts with the version
// that made them and make them again when it differs, so raise it with
// every change of a rule.
const RulesVersion = 78

// ArticleInput is one article as Extract reads it.
type ArticleInput struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"` // outlet
	Title  string `json:"title,omitempty"`
	// Text is the clean text, paragraphs separated by blank lines.
	Text string `json:"text"`
	// Published is the publication time; zero when unknown.
	Published time.Time `json:"published,omitzero"`
	Lang      string    `json:"lang,omitempty"`
}

// Facts is what one article says. Every span is a byte offset into the
// article's Text.
type Facts struct {
	ID        string    `json:"id"`
	Source    string    `json:"source,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Reference is the day (YYYY-MM-DD) relative dates were resolved
	// against, and ReferenceFrom where it came from: "published", or "text"
	// (the first dateline or time stamp the article itself gives in full,
	// used only when the publication date is unknown), or empty when there
	// was none.
	Reference     string     `json:"reference,omitempty"`
	ReferenceFrom string     `json:"reference_from,omitempty"`
	Sentences     []Sentence `json:"sentences"`
	People        []Person   `json:"people"`
	Orgs          []Entity   `json:"orgs"`
	Places        []Entity   `json:"places"`
	Quotes        []Quote    `json:"quotes"`
	Dates         []Date     `json:"dates"`
	Numbers       []Number   `json:"numbers"`
	// memo holds the words Merge reads, folded once (derived.go).
	memo *derived
}

// Extract finds the people, organisations, places, quotes, dates and numbers
// of one article.
func Extract(a ArticleInput) *Facts {
	f := &Facts{ID: a.ID, Source: a.Source, Title: a.Title, Published: a.Published,
		Sentences: []Sentence{}, People: []Person{}, Orgs: []Entity{}, Places: []Entity{},
		Quotes: []Quote{}, Dates: []Date{}, Numbers: []Number{}}
	sents := split(a.Text)
	for _, s := range sents {
		f.Sentences = append(f.Sentences, s.Sentence)
	}
	lower := lowerWords(sents)
	ms := findNames(a.Text, sents, lower)
	f.People, f.Orgs, f.Places = gatherPeople(a.Text, ms), gatherEntities(a.Text, ms, kindOrg), gatherEntities(a.Text, ms, kindPlace)
	f.Dates = findDates(a.Text, sents)
	ref, from := reference(a.Published, f.Dates)
	if !ref.IsZero() {
		f.Reference, f.ReferenceFrom = ref.Format(dateLayout), from
	}
	resolveDates(f.Dates, ref, time.Time{})
	rs := newResolver(a.Text, sents, ms)
	rs.outlets = outletsOf(a.Source, a.Title)
	f.Quotes = findQuotes(rs)
	f.Numbers = findNumbers(sents, f.Dates)
	words := make([][]string, len(sents))
	for i := range sents {
		words[i] = sents[i].words
	}
	f.memo = deriveFrom(f, words)
	return f
}
