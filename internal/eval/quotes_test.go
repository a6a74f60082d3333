package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

func TestSpeakerMatches(t *testing.T) {
	for _, c := range []struct {
		gold        QuoteGold
		speaker     string
		kind        string
		want        bool
		explanation string
	}{
		{QuoteGold{Speaker: "Mark Jay Heller", Kind: "person"}, "Heller", "person", true, "surname alone"},
		{QuoteGold{Speaker: "Mark Jay Heller", Kind: "person"}, "Mr. Heller", "person", true, "title dropped"},
		{QuoteGold{Speaker: "James G. Bodiford", Kind: "person"}, "James Bodiford", "person", true, "initial left out"},
		{QuoteGold{Speaker: "Ravi Singh", Kind: "person"}, "Manpreet Singh", "person", false, "another first name"},
		{QuoteGold{Speaker: "police", Kind: "org"}, "Surrey Police", "org", true, "an org by containment"},
		{QuoteGold{Speaker: "Defence Ministry", Kind: "org"}, "India’s Defense Ministry", "org", true, "spelling and possessive"},
		{QuoteGold{Speaker: "Obama", Kind: "person"}, "Obama administration", "org", false, "a person is not an org"},
		{QuoteGold{Speaker: "Obama", Kind: "person"}, "", "", false, "no speaker"},
		{QuoteGold{Speaker: "Obama", Kind: "person"}, "the president", "", false, "a description for a named speaker"},
		{QuoteGold{Unnamed: "a police spokesman", Kind: "person"}, "", "", true, "unnamed: no speaker"},
		{QuoteGold{Unnamed: "a police spokesman", Kind: "person"}, "a police spokesman", "", true, "unnamed: a description"},
		{QuoteGold{Unnamed: "a spokesman for Waitrose", Kind: "person"}, "Waitrose", "org", true, "unnamed: the org spoken for"},
		{QuoteGold{Unnamed: "a source close to the 76ers", Kind: "person"}, "76ers", "org", false, "unnamed: not a spokesperson"},
		{QuoteGold{Unnamed: "Reid's rep", Kind: "person"}, "Tara Reid", "person", false, "unnamed: a named person"},
	} {
		if got := SpeakerMatches(c.gold, c.speaker, c.kind); got != c.want {
			t.Errorf("%s: SpeakerMatches(%+v, %q, %q) = %v, want %v", c.explanation, c.gold, c.speaker, c.kind, got, c.want)
		}
	}
}

// TestScoreQuotesOneToOne: a gold quote found in two pieces counts once, the
// other piece is a false positive; an overlap under half of either span is
// no match.
func TestScoreQuotesOneToOne(t *testing.T) {
	text := `"One two three four five six seven eight nine ten eleven twelve," Ann Lee said. "Seven eight."` + "\n\n" + `"Eleven twelve thirteen fourteen."`
	gold, err := locateQuotes(text, []QuoteGold{
		{Start: "One two three", End: "Seven eight.", Speaker: "Ann Lee", Kind: "person", Pattern: "after"},
		{Start: "Eleven twelve", End: "fourteen.", Speaker: "Ann Lee", Kind: "person", Pattern: "none"},
	})
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	a1, b1 := at("One two three four five six seven eight nine ten eleven twelve,")
	a2, b2 := at("Seven eight.")
	a3, _ := at("Eleven")
	found := []FoundQuote{
		{Start: a1, End: b1, Speaker: "Lee", SpeakerKind: "person"},
		{Start: a2, End: b2, Speaker: "", SpeakerKind: ""},
		{Start: a3, End: a3 + 6, Speaker: "Lee", SpeakerKind: "person"},
	}
	var qs QuoteScore
	qs.PerPattern = map[string]*PatternRecall{}
	scoreQuotes(&qs, "a", text, gold, found, true)
	if qs.Detection.Found != 1 || qs.Detection.Predicted != 3 || qs.Speaker.Found != 1 {
		t.Errorf("got found %d of %d predicted, %d with speaker; want 1, 3, 1\n%v", qs.Detection.Found, qs.Detection.Predicted, qs.Speaker.Found, qs.Errors)
	}
	if r := qs.PerPattern["none"]; r.Gold != 1 || r.Found != 0 {
		t.Errorf("pattern none: got %+v, want 1 gold, 0 found", r)
	}
}

func TestBaseline(t *testing.T) {
	text := "Ann Lee spoke first.\n\n“We will rebuild the bridge,” she said.\n\n\"It is not safe yet,\" said Gen. Tom Ruiz. \"No.\""
	got := Baseline("a", "", text)
	if len(got) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(got), got)
	}
	for i, want := range []string{"Ann Lee", "Tom Ruiz"} {
		if got[i].Speaker != want || got[i].SpeakerKind != "person" {
			t.Errorf("quote %d: got speaker %q (%s), want %q", i, got[i].Speaker, got[i].SpeakerKind, want)
		}
	}
}

// quoteFloors are a little below what the tune part measures, so that a
// regression fails. The held-out part is not run by the tests: it is
// scored by hand, a few times, with copydesk eval quotes --part heldout.
var quoteFloors = map[string]float64{"detection": 0.97, "speaker": 0.89}

// TestQuotesECB scores copydesk and the baseline on the tune part of the
// ECB+ quote labels; it needs ../shared and skips without it.
func TestQuotesECB(t *testing.T) {
	path := corpus.ECBPlusDev()
	if path == "" {
		t.Skip("no shared/eval/ecbplus-dev/corpus.jsonl")
	}
	rep, err := Quotes("../../testdata/facts/ecbplus", path, "tune", map[string]QuoteSystem{"copydesk": Copydesk, "baseline": Baseline}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Systems {
		t.Logf("%-8s detection P %.3f R %.3f F1 %.3f; quote+speaker P %.3f R %.3f F1 %.3f", s.System,
			s.Detection.Precision, s.Detection.Recall, s.Detection.F1, s.Speaker.Precision, s.Speaker.Recall, s.Speaker.F1)
		if s.System != "copydesk" {
			continue
		}
		if s.Detection.F1 < quoteFloors["detection"] || s.Speaker.F1 < quoteFloors["speaker"] {
			t.Errorf("tune: detection F1 %.3f, quote+speaker F1 %.3f: below the floors %v", s.Detection.F1, s.Speaker.F1, quoteFloors)
		}
		if testing.Verbose() {
			for _, e := range s.Errors {
				t.Log("  " + e)
			}
		}
	}
}

// TestLocateShortQuote: a short quote's end key may lie inside its start
// key; the quote then ends with the start key.
func TestLocateShortQuote(t *testing.T) {
	text := `She said: "She is the embodiment of beauty." Then she left.`
	got, err := locateQuotes(text, []QuoteGold{{Start: "She is the embodiment of beauty.", End: "the embodiment of beauty"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "She is the embodiment of beauty."
	if s := text[got[0].start:got[0].end]; s != want {
		t.Errorf("got %q, want %q", s, want)
	}
	if _, err := locateQuotes(text, []QuoteGold{{Start: "She is the", End: "no such words"}}); err == nil {
		t.Error("an end key nowhere in the text: no error")
	}
}

// TestCheckPart: an article labelled in a part its corpus does not put it
// in is refused; a corpus without parts (ECB+) splits by topic instead.
func TestCheckPart(t *testing.T) {
	for _, tc := range []struct {
		part, corpusPart string
		ok               bool
	}{
		{"tune", "tune", true},
		{"heldout", "heldout", true},
		{"heldout2", "heldout", true},
		{"tune", "heldout", false},
		{"heldout", "tune", false},
		{"heldout2", "tune", false},
		{"heldout3", "heldout", true},
		{"heldout3", "tune", false},
		{"heldout4", "heldout", true},
		{"heldout4", "tune", false},
		{"heldout5", "heldout", true},
		{"heldout5", "", true},
		{"heldout6", "", true},
		{"heldout6", "tune", false},
		{"tune2", "tune", true},
		{"tune2", "heldout", false},
		{"tune2", "", true},
		{"tune3", "tune", true},
		{"tune3", "heldout", false},
		{"tune", "", true},
		{"heldout", "", true},
	} {
		err := checkPart("c.jsonl", tc.part, corpusText{ID: "a1", Part: tc.corpusPart})
		if got := err == nil; got != tc.ok {
			t.Errorf("labelled %s, corpus part %q: error %v, want ok %v", tc.part, tc.corpusPart, err, tc.ok)
		}
	}
}

// TestSharedLabels locates every labelled quote of testdata/facts/wmt and
// testdata/facts/msrp in its article (the labels line up with the corpus
// they name) without running any system on the articles; it needs
// ../shared and skips a folder whose corpus is not there.
func TestSharedLabels(t *testing.T) {
	none := func(_, _, _ string) []FoundQuote { return nil }
	for _, dir := range []string{"../../testdata/facts/wmt", "../../testdata/facts/msrp"} {
		path, rel, err := corpus.LabelsCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		if path == "" {
			t.Logf("no shared/%s: %s skipped", rel, dir)
			continue
		}
		for _, part := range QuoteParts {
			if _, err := os.Stat(filepath.Join(dir, "quotes-"+part+".jsonl")); err != nil {
				continue
			}
			rep, err := Quotes(dir, path, part, map[string]QuoteSystem{"none": none}, false)
			if err != nil {
				t.Fatalf("%s %s: %v", dir, part, err)
			}
			if rep.Articles == 0 || rep.Quotes == 0 {
				t.Errorf("%s %s: %d articles, %d quotes: want some of each", dir, part, rep.Articles, rep.Quotes)
			}
		}
	}
}

// TestQuotesLaterHeldout scores the third to sixth held-out parts on an
// invented article and label file: each part is read from its own
// quotes-PART.jsonl, an article the corpus puts in its tune part is refused
// there, and a part that does not exist is refused.
func TestQuotesLaterHeldout(t *testing.T) {
	text := `"The ferry will sail again on Friday," harbour master Ida Holm said.`
	start := strings.Index(text, "The ferry")
	oracle := func(_, _, text string) []FoundQuote {
		return []FoundQuote{{Start: start, End: strings.Index(text, `,"`), Speaker: "Ida Holm", SpeakerKind: "person"}}
	}
	for _, part := range []string{"heldout3", "heldout4", "heldout5", "heldout6"} {
		dir := t.TempDir()
		write := fileWriter(t, dir)
		write("quotes-"+part+".jsonl", `{"article": "h1", "topic": "t2", "quotes": [{"start": "The ferry will sail again", "end": "again on Friday,", "speaker": "Ida Holm", "kind": "person", "pattern": "after"}]}`)
		row := func(corpusPart string) string {
			b, _ := json.Marshal(map[string]string{"id": "h1", "part": corpusPart, "text": text})
			return string(b)
		}
		held, tune := write("held.jsonl", row("heldout")), write("tune.jsonl", row("tune"))
		rep, err := Quotes(dir, held, part, map[string]QuoteSystem{"oracle": oracle}, false)
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		if rep.Part != part || rep.Articles != 1 || rep.Quotes != 1 {
			t.Errorf("got part %q, %d articles, %d quotes; want %s, 1, 1", rep.Part, rep.Articles, rep.Quotes, part)
		}
		if s := rep.Systems[0]; s.Speaker.F1 != 1 || len(s.Errors) != 0 {
			t.Errorf("%s oracle: quote+speaker F1 %.3f, errors %q; want 1 and none kept", part, s.Speaker.F1, s.Errors)
		}
		if _, err := Quotes(dir, tune, part, map[string]QuoteSystem{"oracle": oracle}, false); err == nil || !strings.Contains(err.Error(), "labelled in "+part) {
			t.Errorf("an article of the corpus's tune part labelled in %s: error %v", part, err)
		}
	}
	if _, err := Quotes(t.TempDir(), "held.jsonl", "heldout7", nil, false); err == nil {
		t.Error("part heldout7: no error")
	}
}

// TestQuotesTune2 scores the second tune part on an invented article and
// label file: the part is read from quotes-tune2.jsonl, its errors are kept
// (it is tune text), an article the corpus puts in its held-out part is
// refused there, and errors are refused for a held-out part.
func TestQuotesTune2(t *testing.T) {
	dir := t.TempDir()
	text := `"The ferry will sail again on Friday," harbour master Ida Holm said. "We have checked every cabin twice," she added.`
	write := fileWriter(t, dir)
	write("quotes-tune2.jsonl", `{"article": "u1", "topic": "t1", "quotes": [`+
		`{"start": "The ferry will sail again", "end": "again on Friday,", "speaker": "Ida Holm", "kind": "person", "pattern": "after"}, `+
		`{"start": "We have checked every cabin", "end": "every cabin twice,", "speaker": "Ida Holm", "kind": "person", "pattern": "pronoun"}]}`)
	write("quotes-heldout.jsonl", `{"article": "u1", "topic": "t1", "quotes": []}`)
	row := func(part string) string {
		b, _ := json.Marshal(map[string]string{"id": "u1", "part": part, "text": text})
		return string(b)
	}
	tune, held := write("tune.jsonl", row("tune")), write("held.jsonl", row("heldout"))
	// The system finds the first quote with its speaker and misses the second.
	first := func(_, _, text string) []FoundQuote {
		return []FoundQuote{{Start: strings.Index(text, "The ferry"), End: strings.Index(text, `,"`), Speaker: "Ida Holm", SpeakerKind: "person"}}
	}
	rep, err := Quotes(dir, tune, "tune2", map[string]QuoteSystem{"first": first}, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Part != "tune2" || rep.Articles != 1 || rep.Quotes != 2 {
		t.Errorf("got part %q, %d articles, %d quotes; want tune2, 1, 2", rep.Part, rep.Articles, rep.Quotes)
	}
	s := rep.Systems[0]
	if s.Speaker.Precision != 1 || s.Speaker.Recall != 0.5 {
		t.Errorf("quote+speaker P %.3f R %.3f; want 1 and 0.5", s.Speaker.Precision, s.Speaker.Recall)
	}
	if len(s.Errors) != 1 || !strings.Contains(s.Errors[0], "We have checked") {
		t.Errorf("errors %q; want the one miss, the second quote", s.Errors)
	}
	if r := s.PerPattern["pronoun"]; r == nil || r.Gold != 1 || r.Found != 0 {
		t.Errorf("pronoun recall %+v; want 0 found of 1", r)
	}
	if _, err := Quotes(dir, held, "tune2", map[string]QuoteSystem{"first": first}, false); err == nil || !strings.Contains(err.Error(), "labelled in tune2") {
		t.Errorf("an article of the corpus's held-out part labelled in tune2: error %v", err)
	}
	if _, err := Quotes(dir, tune, "heldout", map[string]QuoteSystem{"first": first}, true); err == nil {
		t.Error("errors kept for the held-out part: no error")
	}
}

// TestLaterLabels finds the ECB+ second and third tune parts and fifth and sixth held-out parts
// by their names and locates every labelled quote in its article (the
// labels line up with the corpus) without running any system, so that no
// score is made on the held-out part; it needs ../shared and skips without
// it or a file.
func TestLaterLabels(t *testing.T) {
	path := corpus.ECBPlusDev()
	if path == "" {
		t.Skip("no shared/eval/ecbplus-dev/corpus.jsonl")
	}
	none := func(_, _, _ string) []FoundQuote { return nil }
	for _, part := range []string{"tune2", "tune3", "heldout5", "heldout6"} {
		if _, err := os.Stat("../../testdata/facts/ecbplus/quotes-" + part + ".jsonl"); err != nil {
			t.Logf("no quotes-%s.jsonl", part)
			continue
		}
		rep, err := Quotes("../../testdata/facts/ecbplus", path, part, map[string]QuoteSystem{"none": none}, false)
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		if rep.Articles == 0 || rep.Quotes == 0 {
			t.Errorf("%s: %d articles, %d quotes: want some of each", part, rep.Articles, rep.Quotes)
		}
	}
}

// fileWriter returns a function that writes body and a newline to the file
// name in dir and returns its path, failing the test on an error.
func fileWriter(t *testing.T, dir string) func(name, body string) string {
	return func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}
