package cluster

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestMixedLanguages clusters a pile of our own in English, Russian and
// German (testdata/mixed.jsonl): two happenings reported in all three
// languages, one in two, and unrelated reports in each language, one of
// them a storm on the same day as the ferry's. Each article and its
// translations must end in one story through what they share across
// languages (names across scripts and inflections, numbers, dates), and no
// two unrelated articles may share a story. Without the language-
// independent terms the translations stay apart: they share no word.
func TestMixedLanguages(t *testing.T) {
	f, err := os.Open("testdata/mixed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type doc struct {
		ID, Lang, Story, Title, Text string
		Hours                        int
	}
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("testdata/mixed.jsonl: %v", err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	c := New(Options{})
	for _, d := range docs {
		c.Assign(Item{ID: d.ID, Lang: d.Lang, Title: d.Title, Text: d.Text, Time: day0.Add(time.Duration(d.Hours) * time.Hour)})
	}
	c.Refine()
	story := func(id string) string { return c.events[c.EventOf(id)].story }
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			same := story(a.ID) == story(b.ID)
			if want := a.Story == b.Story; same != want {
				t.Errorf("%s (%s, %s) and %s (%s, %s): same story %v, want %v", a.ID, a.Lang, a.Story, b.ID, b.Lang, b.Story, same, want)
			}
		}
	}
}
