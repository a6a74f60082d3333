package text

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	// The language analysers of bleve register themselves by name.
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/bg"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ca"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ckb"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cs"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/da"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/de"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/el"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/es"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/eu"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fa"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fi"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ga"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/gl"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hi"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hu"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hy"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/id"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/it"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/nl"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/no"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/pl"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/pt"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ro"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/tr"
)

// Analysis reduces the words of one language to the terms that say what a
// text is about: it drops the language's stop words and stems the rest.
// English (and an unknown language) uses copydesk's own list and Porter2
// stemmer (IsStop, Stem); the other languages use bleve's analysers, as they
// are, for every language bleve covers: stop words, elision, normalisation
// and a stemmer where it has them (AnalysedLangs). Without it every article
// of another language shares its commonest words with every other, and
// clustering them chains a language's articles together.
//
// An Analysis is safe for concurrent use.
type Analysis struct {
	lang    string
	filters []analysis.TokenFilter // nil for copydesk's English
}

// AnalysedLangs are the languages (ISO 639-1) with stop words of their
// own: "en" with copydesk's, the others with bleve's; all but bg, ca, cs,
// el, eu, ga, gl, hy and id are stemmed too.
var AnalysedLangs = []string{"ar", "bg", "ca", "ckb", "cs", "da", "de", "el", "en", "es", "eu", "fa", "fi", "fr",
	"ga", "gl", "hi", "hr", "hu", "hy", "id", "it", "nl", "no", "pl", "pt", "ro", "ru", "sv", "tr"}

// stopOnly are the languages bleve gives stop words (and elision) but no
// analyser: their words are not stemmed.
var stopOnly = map[string][]string{
	"bg": {"stop_bg"}, "ca": {"elision_ca", "stop_ca"}, "cs": {"stop_cs"}, "el": {"stop_el"},
	"eu": {"stop_eu"}, "ga": {"elision_ga", "stop_ga"}, "gl": {"stop_gl"}, "hy": {"stop_hy"}, "id": {"stop_id"},
}

var (
	analysesOnce sync.Once
	analyses     map[string]*Analysis
	english      = &Analysis{lang: "en"}
)

// ForLang returns the analysis of language lang (ISO 639-1, as
// Article.Lang): English's for "en", for "" (unknown) and for a language
// bleve does not cover.
func ForLang(lang string) *Analysis {
	analysesOnce.Do(loadAnalyses)
	if a, ok := analyses[lang]; ok {
		return a
	}
	return english
}

func loadAnalyses() {
	analyses = map[string]*Analysis{"en": english}
	cache := registry.NewCache()
	for _, lang := range AnalysedLangs {
		if lang == "en" {
			continue
		}
		a := &Analysis{lang: lang}
		if names, ok := stopOnly[lang]; ok {
			for _, n := range names {
				f, err := cache.TokenFilterNamed(n)
				if err != nil {
					panic("text: bleve filter " + n + ": " + err.Error())
				}
				a.filters = append(a.filters, f)
			}
		} else {
			an, err := cache.AnalyzerNamed(lang)
			if err != nil {
				panic("text: bleve analyser " + lang + ": " + err.Error())
			}
			d, ok := an.(*analysis.DefaultAnalyzer)
			if !ok {
				panic("text: bleve analyser " + lang + " is not a chain of token filters")
			}
			a.filters = d.TokenFilters
		}
		analyses[lang] = a
	}
}

// Lang is the language of the analysis ("en" for English and the
// languages without an analysis of their own).
func (a *Analysis) Lang() string { return a.lang }

// Term returns the stem of word (lower case, as Words gives it), or "" when
// it is a stop word of the language.
func (a *Analysis) Term(word string) string {
	if a.filters == nil {
		if IsStop(word) {
			return ""
		}
		return Stem(word)
	}
	ts := analysis.TokenStream{&analysis.Token{Term: []byte(word), End: len(word), Position: 1, Type: analysis.AlphaNumeric}}
	for _, f := range a.filters {
		if ts = f.Filter(ts); len(ts) == 0 {
			return ""
		}
	}
	return string(ts[0].Term)
}

// IsStop reports whether word (lower case) is a stop word of the language.
func (a *Analysis) IsStop(word string) bool { return a.Term(word) == "" }
