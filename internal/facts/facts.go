// Package facts finds what the sources say: the people, organisations and
// places an article names (with the roles it gives them), who is quoted
// saying what, the dates it mentions (resolved against its publication date),
// and the numbers it gives, each with the sentence and byte span it came
// from. Merge joins the facts of the articles of one story into entities,
// quotes with their variants, a timeline and the disagreements between
// sources, including the sentences whose meaning a copy changed.
//
// Everything here is rules and hand-written gazetteers (titles and role
// words, organisation suffixes, countries, capitals and states, a small
// polarity lexicon); there is no statistical model. Output is deterministic.
package facts

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

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
	// (the latest full date the article itself gives, used only when the
	// publication date is unknown), or empty when there was none.
	Reference     string     `json:"reference,omitempty"`
	ReferenceFrom string     `json:"reference_from,omitempty"`
	Sentences     []Sentence `json:"sentences"`
	People        []Person   `json:"people"`
	Orgs          []Entity   `json:"orgs"`
	Places        []Entity   `json:"places"`
	Quotes        []Quote    `json:"quotes"`
	Dates         []Date     `json:"dates"`
	Numbers       []Number   `json:"numbers"`
}

// Sentence is one sentence of the text.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Mention is one place in the text where something is named.
type Mention struct {
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Person is one person named in an article.
type Person struct {
	// Name is the fullest form of the name the article gives.
	Name string `json:"name"`
	// Key identifies the person across articles: the surname, lower case.
	Key string `json:"key"`
	// Roles are the roles and titles given to the person, as written
	// ("Assistant Secretary of Defense", "the Pentagon press secretary").
	Roles    []Role    `json:"roles,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Role is one role or title as the text gives it.
type Role struct {
	Text string `json:"text"`
	// Key is the role folded for comparison: content words, sorted, spelling
	// variants and nationality left out ("secretary defense").
	Key      string `json:"key"`
	Sentence int    `json:"sentence"`
}

// Entity is an organisation or a place.
type Entity struct {
	Name string `json:"name"`
	// Key identifies the entity across articles (words folded and sorted,
	// aliases applied: "Pentagon" and "Defense Department" share one).
	Key string `json:"key"`
	// Country is the nationality the name carries ("China's Defence
	// Ministry"), when any.
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// tok is one word of a sentence with its offsets in the article text.
type tok struct {
	raw        string // as written
	low        string // folded, trailing full stop and possessive dropped
	poss       bool   // written with 's
	start, end int
	cap        bool // starts with an upper-case letter
	stem       string
	gap        string // the text between the previous word and this one
}

type sent struct {
	Sentence
	toks []tok
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
	ents := findEntities(a.Text, sents, lower)
	f.People, f.Orgs, f.Places = ents.people(), ents.entities(kindOrg), ents.entities(kindPlace)
	f.Dates = findDates(sents)
	ref, from := reference(a.Published, f.Dates)
	if !ref.IsZero() {
		f.Reference, f.ReferenceFrom = ref.Format(dateLayout), from
	}
	resolveDates(f.Dates, ref, time.Time{})
	f.Quotes = findQuotes(a.Text, sents, ents)
	f.Numbers = findNumbers(sents, f.Dates)
	return f
}

// split cuts text into sentences and words.
func split(s string) []sent {
	spans := text.Sentences(s)
	out := make([]sent, 0, len(spans))
	for _, sp := range spans {
		st := sent{Sentence: Sentence{Start: sp.Start, End: sp.End, Text: sp.Text}}
		prev := sp.Start
		for _, t := range text.Tokens(sp.Text) {
			start, end := sp.Start+t.Start, sp.Start+t.End
			raw := s[start:end]
			low := t.Word
			poss := false
			if strings.HasSuffix(low, "'s") {
				low, poss = strings.TrimSuffix(low, "'s"), true
			}
			low = strings.TrimSuffix(low, ".")
			r, _ := utf8.DecodeRuneInString(raw)
			st.toks = append(st.toks, tok{raw: raw, low: low, poss: poss, start: start, end: end,
				cap: unicode.IsUpper(r), stem: text.Stem(low), gap: s[prev:start]})
			prev = end
		}
		out = append(out, st)
	}
	return out
}

// lowerWords is the set of words the article writes in lower case somewhere:
// a capitalised word also written in lower case is a common word, not a name.
func lowerWords(sents []sent) map[string]bool {
	m := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.toks {
			if !t.cap {
				m[t.low] = true
			}
		}
	}
	return m
}

// span returns the article text of tokens [i, j) of s.
func (s *sent) span(i, j int) (int, int) { return s.toks[i].start, s.toks[j-1].end }

// plainGap reports whether the text between two words is only space, or a
// full stop of an abbreviation followed by space.
func plainGap(g string, prev tok) bool {
	g2 := strings.TrimLeft(g, ".")
	if len(g2) != len(g) && !isAbbrev(prev) {
		return false
	}
	return strings.TrimSpace(g2) == ""
}

// isAbbrev reports whether t is a word that takes a full stop: a title,
// honorific, initial or dotted acronym.
func isAbbrev(t tok) bool {
	if strings.Contains(t.low, ".") || utf8.RuneCountInString(t.low) == 1 {
		return true
	}
	switch t.low {
	case "gen", "adm", "col", "maj", "lt", "capt", "sgt", "cmdr", "sen", "rep", "gov", "prof", "det",
		"brig", "supt", "mr", "mrs", "ms", "dr", "rev", "hon", "st", "jr", "sr", "mont", "va", "calif",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
		"co", "ltd", "no":
		return true
	}
	return stateAbbrevs[t.low]
}

// contentStems returns the stems of the words of s that are not stop words.
func contentStems(s string) []string {
	var out []string
	for _, w := range text.Words(s) {
		if text.IsStop(w) || len(w) < 2 {
			continue
		}
		out = append(out, text.Stem(w))
	}
	return out
}
