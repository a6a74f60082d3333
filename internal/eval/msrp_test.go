package eval

import (
	"strings"
	"testing"
)

// TestMSRPTexts reads invented MSRP files: sentences linked by pairs to a
// test pair are held out, the others tune; the byte order mark before the
// header is dropped; the labels of a sentence are scored on it as a
// one-sentence article, in the first sets, the second (tune2, heldout2) and
// the third (tune3, heldout3); a sentence in no pair and a short line are
// errors naming the file.
func TestMSRPTexts(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	data := write("msr_paraphrase_data.txt", "\ufeffSentence ID\tString\tAuthor\tURL\tAgency\tDate\tWeb Date\n"+
		"11\t\"The ferry will sail again on Friday,\" harbour master Ida Holm said.\t\t\t\t\t\n"+
		"12\tThe ferry sails again on Friday, Ida Holm said.\t\t\t\t\t\n"+
		"13\tThe harbour reopened.\t\t\t\t\t\n"+
		"14\tThe port opened again.\t\t\t\t\t\n"+
		"15\tThe harbour is open again.\t\t\t\t\t\n"+
		"16\tA sentence in no pair.\t\t\t\t\t")
	write("msr_paraphrase_train.txt", "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t11\t12\ta\tb\n1\t13\t14\ta\tb")
	write("msr_paraphrase_test.txt", "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n0\t14\t15\ta\tb")
	texts, err := msrpTexts(data, map[string]bool{"11": true, "12": true, "13": true, "15": true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"11": "tune", "12": "tune", "13": "heldout", "15": "heldout"}
	for id, part := range want {
		if texts[id].Part != part {
			t.Errorf("sentence %s: part %q, want %q (13 is linked to the test pair 14-15)", id, texts[id].Part, part)
		}
	}
	if len(texts) != len(want) || !strings.HasPrefix(texts["11"].Text, `"The ferry`) || texts["11"].Title != "" {
		t.Errorf("got %d sentences, 11 = %+v", len(texts), texts["11"])
	}

	write("quotes-tune.jsonl", `{"article": "11", "topic": "tune", "quotes": [{"start": "The ferry will sail again", "end": "again on Friday,", "speaker": "Ida Holm", "kind": "person", "pattern": "after"}]}`)
	oracle := func(_, _, text string) []FoundQuote {
		return []FoundQuote{{Start: 1, End: strings.Index(text, `,"`) + 1, Speaker: "Ida Holm", SpeakerKind: "person"}}
	}
	rep, err := Quotes(dir, data, "tune", map[string]QuoteSystem{"oracle": oracle}, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 1 || rep.Quotes != 1 || rep.Systems[0].Speaker.F1 != 1 {
		t.Errorf("got %d articles, %d quotes, quote+speaker F1 %.3f; want 1, 1, 1", rep.Articles, rep.Quotes, rep.Systems[0].Speaker.F1)
	}
	write("quotes-heldout.jsonl", `{"article": "11", "topic": "heldout", "quotes": []}`)
	if _, err := Quotes(dir, data, "heldout", map[string]QuoteSystem{"oracle": oracle}, false); err == nil || !strings.Contains(err.Error(), "labelled in heldout") {
		t.Errorf("a tune sentence labelled held-out: error %v", err)
	}
	// The second sets (tune2, heldout2) take their part from the pair files
	// as the first do: errors are kept on tune2 only, and a sentence of the
	// other part is refused in each.
	write("quotes-tune2.jsonl", `{"article": "11", "topic": "tune", "quotes": [{"start": "The ferry will sail again", "end": "again on Friday,", "speaker": "Ida Holm", "kind": "person", "pattern": "after"}]}`)
	none := func(_, _, _ string) []FoundQuote { return nil }
	if rep, err := Quotes(dir, data, "tune2", map[string]QuoteSystem{"none": none}, true); err != nil || rep.Part != "tune2" || rep.Quotes != 1 || len(rep.Systems[0].Errors) != 1 {
		t.Errorf("tune2: report %+v, error %v; want one quote and its miss kept", rep, err)
	}
	write("quotes-heldout2.jsonl", `{"article": "13", "topic": "heldout", "quotes": []}`)
	if rep, err := Quotes(dir, data, "heldout2", map[string]QuoteSystem{"none": none}, false); err != nil || rep.Part != "heldout2" || rep.Articles != 1 {
		t.Errorf("heldout2: report %+v, error %v; want one sentence", rep, err)
	}
	if _, err := Quotes(dir, data, "heldout2", map[string]QuoteSystem{"none": none}, true); err == nil || !strings.Contains(err.Error(), "tune parts only") {
		t.Errorf("heldout2 with errors kept: error %v", err)
	}
	// The third sets (tune3, heldout3) the same way.
	write("quotes-tune3.jsonl", `{"article": "11", "topic": "tune", "quotes": [{"start": "The ferry will sail again", "end": "again on Friday,", "speaker": "Ida Holm", "kind": "person", "pattern": "after"}]}`)
	if rep, err := Quotes(dir, data, "tune3", map[string]QuoteSystem{"none": none}, true); err != nil || rep.Part != "tune3" || rep.Quotes != 1 || len(rep.Systems[0].Errors) != 1 {
		t.Errorf("tune3: report %+v, error %v; want one quote and its miss kept", rep, err)
	}
	write("quotes-heldout3.jsonl", `{"article": "13", "topic": "heldout", "quotes": []}`)
	if rep, err := Quotes(dir, data, "heldout3", map[string]QuoteSystem{"none": none}, false); err != nil || rep.Part != "heldout3" || rep.Articles != 1 {
		t.Errorf("heldout3: report %+v, error %v; want one sentence", rep, err)
	}
	if _, err := Quotes(dir, data, "heldout3", map[string]QuoteSystem{"none": none}, true); err == nil || !strings.Contains(err.Error(), "tune parts only") {
		t.Errorf("heldout3 with errors kept: error %v", err)
	}
	write("quotes-heldout2.jsonl", `{"article": "12", "topic": "heldout", "quotes": []}`)
	write("quotes-tune2.jsonl", `{"article": "15", "topic": "tune", "quotes": []}`)
	write("quotes-heldout3.jsonl", `{"article": "12", "topic": "heldout", "quotes": []}`)
	write("quotes-tune3.jsonl", `{"article": "15", "topic": "tune", "quotes": []}`)
	for part, id := range map[string]string{"heldout2": "12", "tune2": "15", "heldout3": "12", "tune3": "15"} {
		if _, err := Quotes(dir, data, part, map[string]QuoteSystem{"none": none}, false); err == nil || !strings.Contains(err.Error(), "article "+id+" is in the corpus's") {
			t.Errorf("sentence %s of the other part labelled in %s: error %v", id, part, err)
		}
	}

	if _, err := msrpTexts(data, map[string]bool{"16": true}); err == nil || !strings.Contains(err.Error(), "sentence 16 is in no pair") {
		t.Errorf("a sentence in no pair: error %v", err)
	}
	write("msr_paraphrase_test.txt", "Quality\t#1 ID\t#2 ID\n0\t14")
	if _, err := msrpTexts(data, map[string]bool{"11": true}); err == nil || !strings.Contains(err.Error(), "msr_paraphrase_test.txt:2:") {
		t.Errorf("a pair line of two fields: error %v", err)
	}
}
