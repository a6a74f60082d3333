package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/refine: a brief on a warehouse fire comes before the full
// reports and opens an event alone; re-placement moves it into theirs once
// they have grown. eval --refine-factor -1 turns re-placement off, which is
// how the README measures what it adds.

func TestEvalRefineFactor(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join("..", "..", "testdata", "refine", "fire.jsonl")
	eventsF1 := func(extra ...string) float64 {
		args := append([]string{"eval", "--db", filepath.Join(dir, strings.Join(extra, "")+".db"), "--corpus", corpus, "--event-threshold", "0.45", "--json"}, extra...)
		code, out, errs := run(t, "", args...)
		if code != 0 {
			t.Fatalf("eval %q: exit %d: %s", extra, code, errs)
		}
		var r struct{ Events struct{ F1 float64 } }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("eval %q: %v: %s", extra, err, out)
		}
		return r.Events.F1
	}
	if f := eventsF1(); f != 1 {
		t.Errorf("events F1 with re-placement %.3f, want 1", f)
	}
	if f := eventsF1("--refine-factor", "-1"); f >= 1 {
		t.Errorf("events F1 without re-placement %.3f, want the brief left alone", f)
	}
}

// TestEvalDates runs eval dates on an invented article and its labels,
// and checks that the held-out part's errors are never listed.
func TestEvalDates(t *testing.T) {
	dir := t.TempDir()
	text := "March 3, 2021\n\nThe mayor opened the bridge on Tuesday."
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": text})
	l := `{"article": "x1", "topic": "t1", "published": "2021-03-03", "published_from": "March 3, 2021", "dates": [` +
		`{"text": "March 3, 2021", "context": "March 3, 2021", "value": "2021-03-03", "granularity": "day", "entry": false, "what": ""}, ` +
		`{"text": "on Tuesday", "context": "opened the bridge on Tuesday.", "value": "2021-03-02", "granularity": "day", "entry": true, "what": "The mayor opened the bridge"}]}`
	for name, body := range map[string]string{"corpus.jsonl": string(a), "dates-tune.jsonl": l, "dates-heldout.jsonl": l} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "eval", "dates", "--part", "tune", "--labels", dir, "--corpus", filepath.Join(dir, "corpus.jsonl"), "--json")
	if code != 0 {
		t.Fatalf("eval dates: exit %d: %s", code, errs)
	}
	var r struct {
		Systems []struct {
			System   string
			Resolved struct{ Precision, Recall float64 }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("eval dates: %v: %s", err, out)
	}
	if len(r.Systems) != 2 || r.Systems[0].System != "copydesk" {
		t.Fatalf("got systems %+v, want copydesk and go-dateparser", r.Systems)
	}
	if s := r.Systems[0].Resolved; s.Precision != 1 || s.Recall != 1 {
		t.Errorf("copydesk: dates P %.3f R %.3f, want 1 and 1", s.Precision, s.Recall)
	}
	if code, _, _ := run(t, "", "eval", "dates", "--part", "heldout", "--errors", "--labels", dir); code != exitUsage {
		t.Errorf("eval dates --part heldout --errors: exit %d, want %d", code, exitUsage)
	}
}

// TestEvalDisagreements runs eval disagreements on invented reports of one
// fire, two of them giving another count of the dead, and one of another
// topic that must be left out.
func TestEvalDisagreements(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id": "f1", "source": "Valley Ledger", "story": "fire", "text": "Twelve people were killed when fire swept through the Orlen textile mill in Kestrel on 4 May, the fire chief said.\n\nFirefighters fought the blaze for six hours."}`,
		`{"id": "f2", "source": "Coastal Wire", "story": "fire", "text": "Fourteen people were killed when fire swept through the Orlen textile mill in Kestrel on 4 May, the fire chief said.\n\nThe mill had been inspected in March."}`,
		`{"id": "f3", "source": "Morrow Post", "story": "fire", "text": "12 people were killed when fire swept through the Orlen textile mill in Kestrel on May 4, the fire chief said.\n\nWorkers said the alarms did not sound."}`,
		`{"id": "c1", "source": "Fenmoor Gazette", "story": "chess", "text": "Ada Rusk won the Fenmoor junior chess title on Thursday after a four-hour final."}`,
	}
	corpus := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "eval", "disagreements", "--corpus", corpus, "--topics", "fire", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var stories []struct {
		Articles      int
		Topics        []string
		Disagreements []struct {
			Kind   string
			Values []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &stories); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(stories) != 1 || stories[0].Articles != 3 || len(stories[0].Topics) != 1 || stories[0].Topics[0] != "fire" {
		t.Fatalf("want one story of the three fire reports: %s", out)
	}
	ds := stories[0].Disagreements
	if len(ds) != 1 || ds[0].Kind != "number" || len(ds[0].Values) != 2 {
		t.Errorf("want one number row, 12 (twice, once in words) against 14: %s", out)
	}
	code, out, _ = run(t, "", "eval", "disagreements", "--corpus", corpus, "--topics", "fire")
	if code != 0 || !strings.Contains(out, "1 disagreements in all") {
		t.Errorf("text output: exit %d\n%s", code, out)
	}
}

// TestEvalQuotes runs eval quotes on an invented article and its labels,
// and checks that the held-out part's errors are never listed.
func TestEvalQuotes(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	text := `“The bridge will open in May,” Mayor Ann Lee said on Monday.`
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": text})
	l := `{"article": "x1", "topic": "t1", "quotes": [{"start": "The bridge will open", "end": "open in May,", "speaker": "Ann Lee", "kind": "person", "pattern": "after"}]}`
	for name, body := range map[string]string{"corpus.jsonl": string(a), "quotes-tune.jsonl": l, "quotes-heldout.jsonl": l, "quotes-heldout2.jsonl": l, "quotes-heldout3.jsonl": l, "quotes-heldout4.jsonl": l, "quotes-heldout5.jsonl": l, "quotes-heldout6.jsonl": l, "quotes-tune2.jsonl": l, "quotes-tune3.jsonl": l} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "eval", "quotes", "--part", "tune", "--labels", dir, "--corpus", corpus, "--json")
	if code != 0 {
		t.Fatalf("eval quotes: exit %d: %s", code, errs)
	}
	var r struct {
		Systems []struct {
			System  string
			Speaker struct{ F1 float64 }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("eval quotes: %v: %s", err, out)
	}
	for _, s := range r.Systems {
		if s.Speaker.F1 != 1 {
			t.Errorf("%s: quote+speaker F1 %.3f, want 1", s.System, s.Speaker.F1)
		}
	}
	if len(r.Systems) != 2 {
		t.Errorf("got %d systems, want copydesk and the baseline", len(r.Systems))
	}
	for _, part := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"} {
		if code, _, _ := run(t, "", "eval", "quotes", "--part", part, "--errors", "--labels", dir, "--corpus", corpus); code != exitUsage {
			t.Errorf("eval quotes --part %s --errors: exit %d, want %d", part, code, exitUsage)
		}
	}
	for _, part := range []string{"heldout2", "heldout3", "heldout4", "heldout5", "heldout6"} {
		if code, out, errs := run(t, "", "eval", "quotes", "--part", part, "--labels", dir, "--corpus", corpus); code != 0 || !strings.Contains(out, "part "+part+": 1 articles") {
			t.Errorf("eval quotes --part %s: exit %d: %s%s", part, code, out, errs)
		}
	}
	// The second and third tune parts are tune text: their errors may be listed.
	for _, part := range []string{"tune2", "tune3"} {
		if code, out, errs := run(t, "", "eval", "quotes", "--part", part, "--errors", "--labels", dir, "--corpus", corpus); code != 0 || !strings.Contains(out, "part "+part+": 1 articles") || !strings.Contains(out, "errors of copydesk") {
			t.Errorf("eval quotes --part %s --errors: exit %d: %s%s", part, code, out, errs)
		}
	}
	if code, _, errs := run(t, "", "eval", "quotes", "--part", "heldout7", "--labels", dir, "--corpus", corpus); code != exitUsage || !strings.Contains(errs, "heldout6") {
		t.Errorf("eval quotes --part heldout7 (no such part): exit %d, want %d: %s", code, exitUsage, errs)
	}
	// A corpus with its own split (WMT14 ru-en's "part") refuses an article
	// labelled in the other part.
	split := filepath.Join(dir, "split.jsonl")
	b, _ := json.Marshal(map[string]string{"id": "x1", "part": "heldout", "text": text})
	if err := os.WriteFile(split, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "", "eval", "quotes", "--part", "tune", "--labels", dir, "--corpus", split); code == 0 || !strings.Contains(errs, "in the corpus's heldout part, labelled in tune") {
		t.Errorf("eval quotes on an article of the other part: exit %d: %s", code, errs)
	}
	for _, part := range []string{"heldout2", "heldout3", "heldout4"} {
		if code, out, errs := run(t, "", "eval", "quotes", "--part", part, "--labels", dir, "--corpus", split); code != 0 || !strings.Contains(out, "part "+part+": 1 articles") {
			t.Errorf("eval quotes --part %s on the corpus's heldout part: exit %d: %s%s", part, code, out, errs)
		}
	}
	// Without --corpus the labels folder's corpus.txt names its corpus in
	// the shared folder; one that is not there skips the evaluation.
	if err := os.WriteFile(filepath.Join(dir, "corpus.txt"), []byte("eval/no-such-corpus/corpus.jsonl\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "", "eval", "quotes", "--part", "tune", "--labels", dir); code != 0 || !strings.Contains(out, "skipped: no shared/eval/no-such-corpus/corpus.jsonl") {
		t.Errorf("eval quotes with a corpus.txt naming no file: exit %d: %s%s", code, out, errs)
	}
	// The third tune part and the fourth to sixth held-out parts are the
	// quotes evaluation's alone (dates has a second tune and a second and
	// third held-out part too).
	for _, part := range []string{"tune3", "heldout4", "heldout5", "heldout6"} {
		if code, _, _ := run(t, "", "eval", "dates", "--part", part, "--labels", dir, "--corpus", corpus); code != exitUsage {
			t.Errorf("eval dates --part %s: exit %d, want %d", part, code, exitUsage)
		}
	}
}

// TestEvalPeople runs eval people on an invented article and its labels:
// the tune parts' errors are listed, the held-out parts' refused, and a missing labels file is
// said in one line.
func TestEvalPeople(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": "Mayor Ann Lee opened the bridge on Monday."})
	l := `{"article": "x1", "topic": "t1", "people": [{"name": "Ann Lee", "forms": ["Ann Lee"], "roles": ["Mayor"]}]}`
	for name, body := range map[string]string{"corpus.jsonl": string(a), "people-tune.jsonl": l, "people-tune2.jsonl": l, "people-tune3.jsonl": l, "people-tune4.jsonl": l, "people-tune5.jsonl": l, "people-heldout5.jsonl": l, "people-heldout6.jsonl": l, "people-tune6.jsonl": l, "people-heldout7.jsonl": l} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "eval", "people", "--part", "tune", "--errors", "--labels", dir, "--corpus", corpus)
	if code != 0 || !strings.Contains(out, "part tune: 1 articles, 1 people, 1 person+role pairs") || !strings.Contains(out, "errors of copydesk (0)") {
		t.Errorf("eval people: exit %d: %s%s", code, out, errs)
	}
	for _, part := range []string{"tune2", "tune3", "tune4", "tune5", "tune6"} {
		code, out, errs = run(t, "", "eval", "people", "--part", part, "--errors", "--labels", dir, "--corpus", corpus)
		if code != 0 || !strings.Contains(out, "part "+part+": 1 articles") || !strings.Contains(out, "errors of copydesk (0)") {
			t.Errorf("eval people --part %s --errors: exit %d: %s%s", part, code, out, errs)
		}
	}
	for _, part := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"} {
		if code, _, _ := run(t, "", "eval", "people", "--part", part, "--errors", "--labels", dir, "--corpus", corpus); code != exitUsage {
			t.Errorf("eval people --part %s --errors: exit %d, want %d", part, code, exitUsage)
		}
	}
	// The fifth to seventh held-out parts are scored in aggregate; there is
	// no eighth (nor a seventh tune part).
	for _, part := range []string{"heldout5", "heldout6", "heldout7"} {
		code, out, errs = run(t, "", "eval", "people", "--part", part, "--labels", dir, "--corpus", corpus)
		if code != 0 || !strings.Contains(out, "part "+part+": 1 articles, 1 people, 1 person+role pairs") || strings.Contains(out, "errors of") {
			t.Errorf("eval people --part %s: exit %d: %s%s", part, code, out, errs)
		}
	}
	if code, _, errs := run(t, "", "eval", "people", "--part", "heldout8", "--labels", dir, "--corpus", corpus); code != exitUsage || !strings.Contains(errs, "heldout7") {
		t.Errorf("eval people --part heldout8 (no such part): exit %d, want %d: %s", code, exitUsage, errs)
	}
	if code, _, errs := run(t, "", "eval", "people", "--part", "tune7", "--labels", dir, "--corpus", corpus); code != exitUsage || !strings.Contains(errs, "tune6") {
		t.Errorf("eval people --part tune7 (no such part): exit %d, want %d: %s", code, exitUsage, errs)
	}
	code, out, errs = run(t, "", "eval", "people", "--part", "heldout", "--labels", dir, "--corpus", corpus)
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "people-heldout.jsonl yet") {
		t.Errorf("eval people --part heldout without its labels: exit %d: %q%s", code, out, errs)
	}
}
