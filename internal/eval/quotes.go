package eval

// The quotes evaluation: direct quotes and their speakers in real news
// (ECB+ dev, WMT14 ru-en's English translations, web pages of
// go-trafilatura's benchmark, MSRP's news sentences), labelled by reading
// (testdata/facts/ecbplus, testdata/facts/wmt, testdata/facts/web,
// testdata/facts/msrp), scored against
// what internal/facts finds and against a quote regex with the nearest
// "said" as a baseline.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// QuoteLabels is one labelled article of quotes-{tune,heldout}.jsonl.
type QuoteLabels struct {
	Article string      `json:"article"`
	Topic   string      `json:"topic"`
	Quotes  []QuoteGold `json:"quotes"`
}

// QuoteGold is one direct quote of four or more words as a reader labelled
// it: where it starts and ends (words of the text), who says it, and how
// the attribution is written.
type QuoteGold struct {
	Start string `json:"start"`
	End   string `json:"end"`
	// Speaker is the fullest name the article gives, "" when it names no
	// one; Unnamed then describes the speaker ("a police spokesman").
	Speaker string `json:"speaker"`
	Unnamed string `json:"unnamed,omitempty"`
	Kind    string `json:"kind"`
	Pattern string `json:"pattern"`
}

// FoundQuote is one direct quote a system found: a byte span of the
// article text and the speaker it names. SpeakerKind is "person" or "org"
// for a resolved speaker, "" for a description ("a police spokesman") or
// no speaker.
type FoundQuote struct {
	Start, End  int
	Speaker     string
	SpeakerKind string
}

// QuoteSystem finds the direct quotes of one article.
type QuoteSystem func(id, title, text string) []FoundQuote

// QuoteScore is what one system scores on one part.
type QuoteScore struct {
	System string `json:"system"`
	// Detection: a found quote is right when it and a gold quote overlap by
	// at least half of each (the longer included), one to one: a quote
	// found in pieces counts once, its other pieces are false positives.
	Detection Score `json:"detection"`
	// Speaker: a matched quote whose speaker is also right (SpeakerMatches).
	Speaker Score `json:"speaker"`
	// PerPattern holds, per attribution pattern, how many gold quotes there
	// are and how many were found, and found with their speaker.
	PerPattern map[string]*PatternRecall `json:"per_pattern"`
	Errors     []string                  `json:"errors,omitempty"`
}

// PatternRecall counts the gold quotes of one pattern.
type PatternRecall struct {
	Gold    int `json:"gold"`
	Found   int `json:"found"`
	Speaker int `json:"speaker"`
}

// QuotesReport is the quotes evaluation of one part.
type QuotesReport struct {
	Part     string       `json:"part"`
	Articles int          `json:"articles"`
	Quotes   int          `json:"quotes"`
	Systems  []QuoteScore `json:"systems"`
}

// ReadQuoteLabels reads one labels file, one JSON object a line.
func ReadQuoteLabels(path string) ([]QuoteLabels, error) {
	var out []QuoteLabels
	err := readJSONL(path, func(n int, l *QuoteLabels) error {
		if l.Article == "" {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: no article id", path, n)
		}
		out = append(out, *l)
		return nil
	})
	return out, err
}

// corpusText is what the quotes evaluation needs of a corpus article.
// Part is the corpus's own split when it has one (WMT14 ru-en: "tune" or
// "heldout"); ECB+ has none, its split being by topic.
type corpusText struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Part  string `json:"part"`
}

// checkPart reports an article labelled in a part other than the one its
// corpus puts it in: the held-out parts ("heldout", "heldout2" ...
// "heldout7") are the corpus's "heldout". (ECB+, whose split is by topic and
// has no "part", is the only corpus with a "heldout5" to "heldout7".)
func checkPart(corpusPath, part string, a corpusText) error {
	want := strings.TrimRight(part, "0123456789")
	if a.Part != "" && a.Part != want {
		return copydesk.Errorf(copydesk.EInvalid, "%s: article %s is in the corpus's %s part, labelled in %s", corpusPath, a.ID, a.Part, part)
	}
	return nil
}

// readTexts reads the articles of a JSONL corpus whose ids are in want, or,
// when path is a folder, the HTML pages of that folder whose file names are
// in want (webTexts), their parts by the tune files of the labels folder
// (webTune), or, when path is a tab-separated .txt file, the sentences of
// MSRP's sentence file (msrpTexts).
func readTexts(labelsDir, path string, want map[string]bool) (map[string]corpusText, error) {
	if filepath.Ext(path) == ".txt" {
		return msrpTexts(path, want)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		tune, err := webTune(labelsDir)
		if err != nil {
			return nil, err
		}
		return webTexts(path, want, tune)
	}
	out := map[string]corpusText{}
	err := readJSONL(path, func(_ int, a *corpusText) error {
		if want[a.ID] {
			out[a.ID] = *a
		}
		return nil
	})
	return out, err
}

// Copydesk is the facts stage as a QuoteSystem: its direct quotes, each
// article on its own and without a publication date (neither labelled
// corpus gives one).
func Copydesk(id, title, text string) []FoundQuote {
	f := facts.Extract(facts.ArticleInput{ID: id, Title: title, Text: text, Lang: "en"})
	var out []FoundQuote
	for _, q := range f.Quotes {
		if q.Direct {
			out = append(out, FoundQuote{Start: q.Start, End: q.End, Speaker: q.Speaker, SpeakerKind: q.SpeakerKind})
		}
	}
	return out
}

// QuoteParts are the labelled parts of the quotes evaluation: tune, a
// second and a third tune part labelled later (other articles of the tune
// topics, fresh text to develop rules on), the held-out part split off before the
// rules were written, and a second, a third and a fourth held-out part
// labelled later (other articles of the held-out topics), scored once the
// rules of a round are final, and a fifth held out from the rules though
// drawn from the tune topics (articles no other file held, which no rule
// writer labelled), and a sixth of the same kind (the odd half of the
// articles the earlier files left; the even half is tune3). No article is
// in two files.
var QuoteParts = []string{"tune", "tune2", "tune3", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"}

// TunePart reports whether part is a tune part ("tune", "tune2", "tune3"), whose
// errors may be read; the held-out parts are scored in aggregate only.
func TunePart(part string) bool {
	return strings.TrimRight(part, "0123456789") == "tune"
}

// Quotes scores the systems on the labelled part (labels dir, file
// quotes-PART.jsonl) with the article texts of the corpus. Errors are kept
// when keepErrors is set, for a tune part only: the held-out parts are
// scored only in aggregate, so that nobody reads their errors while
// writing rules.
func Quotes(labelsDir, corpusPath, part string, systems map[string]QuoteSystem, keepErrors bool) (*QuotesReport, error) {
	if err := checkPartArgs(QuoteParts, part, keepErrors); err != nil {
		return nil, err
	}
	labels, texts, err := readLabelled(labelsDir, corpusPath, part, filepath.Join(labelsDir, "quotes-"+part+".jsonl"),
		ReadQuoteLabels, func(l QuoteLabels) string { return l.Article })
	if err != nil {
		return nil, err
	}
	rep := &QuotesReport{Part: part, Articles: len(labels)}
	golds := make([][]goldSpan, len(labels))
	for i, l := range labels {
		if golds[i], err = locateQuotes(texts[l.Article].Text, l.Quotes); err != nil {
			return nil, fmt.Errorf("%s: %w", l.Article, err)
		}
		rep.Quotes += len(l.Quotes)
	}
	for _, name := range sortedKeys(systems) {
		qs := QuoteScore{System: name, PerPattern: map[string]*PatternRecall{}}
		for i, l := range labels {
			a := texts[l.Article]
			scoreQuotes(&qs, l.Article, a.Text, golds[i], systems[name](a.ID, a.Title, a.Text), keepErrors)
		}
		qs.Detection.finish()
		qs.Speaker.finish()
		rep.Systems = append(rep.Systems, qs)
	}
	return rep, nil
}

// checkPartArgs refuses a part not in parts, and errors kept for a part
// that is not a tune part: the held-out parts are scored only in aggregate,
// so that nobody reads their errors while writing rules.
func checkPartArgs(parts []string, part string, keepErrors bool) error {
	if !slices.Contains(parts, part) {
		return copydesk.Errorf(copydesk.EInvalid, "part must be one of %s, not %q", strings.Join(parts, ", "), part)
	}
	if keepErrors && !TunePart(part) {
		return copydesk.Errorf(copydesk.EInvalid, "part %s: errors are kept for the tune parts only (held-out is scored in aggregate)", part)
	}
	return nil
}

// readLabelled reads a part's label file at path with read and the texts of
// the articles it labels (article gives a label's article id), the first
// steps every labelled eval takes.
func readLabelled[L any](labelsDir, corpusPath, part, path string, read func(string) ([]L, error), article func(L) string) ([]L, map[string]corpusText, error) {
	labels, err := read(path)
	if err != nil {
		return nil, nil, err
	}
	texts, err := labelledTexts(labelsDir, corpusPath, part, articlesOf(labels, article))
	if err != nil {
		return nil, nil, err
	}
	return labels, texts, nil
}

// labelledTexts reads the articles ids of the corpus that a part's labels
// are of, and refuses an article the corpus does not hold or puts in
// another part.
func labelledTexts(labelsDir, corpusPath, part string, ids []string) (map[string]corpusText, error) {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	texts, err := readTexts(labelsDir, corpusPath, want)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		a, ok := texts[id]
		if !ok {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: article %s is not in the corpus", corpusPath, id)
		}
		if err := checkPart(corpusPath, part, a); err != nil {
			return nil, err
		}
	}
	return texts, nil
}

// sortedKeys are the names of the systems, in order.
func sortedKeys[T any](systems map[string]T) []string {
	names := make([]string, 0, len(systems))
	for n := range systems {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// goldSpan is a gold quote with its byte span in the text.
type goldSpan struct {
	QuoteGold
	start, end int
}

// locateQuotes finds each gold quote's span: from its start key to the first end
// key that ends at or after the start key does, or to the end of the start
// key when it holds the end key. A start key written twice
// in the text is taken at its first occurrence not yet used by an earlier
// label.
func locateQuotes(text string, qs []QuoteGold) ([]goldSpan, error) {
	out := make([]goldSpan, 0, len(qs))
	used := map[int]bool{}
	for _, q := range qs {
		s := -1
		for from := 0; ; {
			k := strings.Index(text[from:], q.Start)
			if k < 0 {
				break
			}
			if !used[from+k] {
				s = from + k
				break
			}
			from += k + 1
		}
		if s < 0 {
			return nil, fmt.Errorf("start %q not in the text", q.Start)
		}
		used[s] = true
		e := -1
		for from := s; ; {
			k := strings.Index(text[from:], q.End)
			if k < 0 {
				break
			}
			if from+k+len(q.End) >= s+len(q.Start) {
				e = from + k + len(q.End)
				break
			}
			from += k + 1
		}
		if e < 0 && strings.Contains(q.Start, q.End) {
			// A short quote's end key inside its start key ("She is the
			// embodiment of beauty." ending "the embodiment of beauty"):
			// the quote ends with the start key.
			e = s + len(q.Start)
		}
		if e < 0 {
			return nil, fmt.Errorf("end %q not after start %q", q.End, q.Start)
		}
		out = append(out, goldSpan{QuoteGold: q, start: s, end: e})
	}
	return out, nil
}

// scoreQuotes matches the found quotes of one article to its gold quotes,
// one to one, the largest overlaps first.
func scoreQuotes(qs *QuoteScore, id, text string, gold []goldSpan, found []FoundQuote, keepErrors bool) {
	type pair struct{ g, f, overlap int }
	var pairs []pair
	for gi, g := range gold {
		for fi, f := range found {
			o := min(g.end, f.End) - max(g.start, f.Start)
			if o > 0 && 2*o >= max(g.end-g.start, f.End-f.Start) {
				pairs = append(pairs, pair{gi, fi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	gm, fm := oneToOne(len(gold), len(found), len(pairs), func(k int) (int, int) { return pairs[k].g, pairs[k].f })
	errf := func(format string, args ...any) {
		if keepErrors {
			qs.Errors = append(qs.Errors, id+": "+fmt.Sprintf(format, args...))
		}
	}
	qs.Detection.Predicted += len(found)
	qs.Speaker.Predicted += len(found)
	qs.Detection.Gold += len(gold)
	qs.Speaker.Gold += len(gold)
	for gi, g := range gold {
		pr := qs.PerPattern[g.Pattern]
		if pr == nil {
			pr = &PatternRecall{}
			qs.PerPattern[g.Pattern] = pr
		}
		pr.Gold++
		want := g.Speaker
		if want == "" {
			want = "[" + g.Unnamed + "]"
		}
		fi := gm[gi]
		if fi < 0 {
			errf("missed (%s) %q by %s", g.Pattern, clip(g.Start), want)
			continue
		}
		pr.Found++
		qs.Detection.Found++
		qs.Detection.Correct++
		f := found[fi]
		if SpeakerMatches(g.QuoteGold, f.Speaker, f.SpeakerKind) {
			pr.Speaker++
			qs.Speaker.Found++
			qs.Speaker.Correct++
		} else {
			errf("speaker (%s) %q: got %q (%s), want %s", g.Pattern, clip(g.Start), f.Speaker, f.SpeakerKind, want)
		}
	}
	for fi, f := range found {
		if fm[fi] < 0 {
			errf("not a gold quote: %q (speaker %q)", clip(text[f.Start:f.End]), f.Speaker)
		}
	}
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

// SpeakerMatches decides whether a found speaker is the gold one. Names are
// compared as sets of words after folding (lower case, curly apostrophes
// straightened, possessives, punctuation, titles and "the" dropped, British
// spellings folded): a named speaker is right when one set contains the
// other ("Heller" and "Mark Jay Heller", "police" and "Surrey Police"), and
// the kinds do not contradict each other (a person is not an organisation).
// An unnamed speaker ("a police spokeswoman") is right when the system
// names no one, gives only a description (no kind), or names the
// organisation the description says the speaker speaks for ("a spokesman
// for Waitrose": Waitrose); naming a person is wrong.
func SpeakerMatches(g QuoteGold, speaker, kind string) bool {
	got := nameWords(speaker)
	if g.Speaker == "" {
		if len(got) == 0 || kind == "" {
			return true
		}
		if kind != "org" {
			return false
		}
		desc := nameWords(g.Unnamed)
		spokes := false
		for w := range desc {
			switch w {
			case "spokesman", "spokeswoman", "spokesperson", "representative", "rep", "official", "statement":
				spokes = true
			}
		}
		return spokes && subset(got, desc)
	}
	if kind == "" || len(got) == 0 {
		return false
	}
	if g.Kind != "" && g.Kind != kind {
		return false
	}
	want := nameWords(g.Speaker)
	return subset(got, want) || subset(want, got)
}

func subset(a, b map[string]bool) bool {
	if len(a) == 0 {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// speakerTitles are dropped from names before they are compared.
var speakerTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "rep": true,
	"sen": true, "gov": true, "gen": true, "president": true, "sheriff": true, "capt": true, "captain": true,
	"lt": true, "sgt": true, "inspector": true, "det": true, "prof": true, "the": true, "jr": true, "sir": true}

// nameWords folds a name into its set of words.
func nameWords(s string) map[string]bool {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		switch w {
		case "defence":
			w = "defense"
		case "organisation":
			w = "organization"
		}
		if w != "" && !speakerTitles[w] {
			out[w] = true
		}
	}
	return out
}

// oneToOne matches gold items to found ones greedily over n candidate pairs,
// best first (pair k is gold g with found f): each side is matched at most
// once. gm[g] is the found item matched to gold g, fm[f] the gold item
// matched to found f, -1 when unmatched.
func oneToOne(golds, founds, n int, pair func(k int) (g, f int)) (gm, fm []int) {
	gm, fm = make([]int, golds), make([]int, founds)
	for i := range gm {
		gm[i] = -1
	}
	for i := range fm {
		fm[i] = -1
	}
	for k := range n {
		if g, f := pair(k); gm[g] < 0 && fm[f] < 0 {
			gm[g], fm[f] = f, g
		}
	}
	return gm, fm
}
