package cluster

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
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
	docs := readMixed(t)
	c := New(Options{})
	for _, d := range docs {
		c.Assign(d.item())
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

// mixedDoc is an article of testdata/mixed.jsonl.
type mixedDoc struct {
	ID, Lang, Story, Title, Text string
	Hours                        int
}

func (d mixedDoc) item() Item {
	return Item{ID: d.ID, Lang: d.Lang, Title: d.Title, Text: d.Text, Time: day0.Add(time.Duration(d.Hours) * time.Hour)}
}

// readMixed reads testdata/mixed.jsonl.
func readMixed(t *testing.T) []mixedDoc {
	t.Helper()
	f, err := os.Open("testdata/mixed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []mixedDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d mixedDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("testdata/mixed.jsonl: %v", err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// withoutAnchors returns the item with its terms computed and its anchors
// (see Terms) dropped.
func withoutAnchors(it Item) Item {
	v := Terms(it.Lang, it.Title, it.Text)
	maps.DeleteFunc(v, func(t string, _ float64) bool { return isAnchor(t) })
	it.Terms = v
	return it
}

// partition clusters items online (refined once) and offline, and returns
// each item's event and story both ways.
func partition(items []Item) []string {
	c := New(Options{})
	for _, it := range items {
		c.Assign(it)
	}
	c.Refine()
	ev, st := Offline(items, nil, Options{})
	out := make([]string, len(items))
	for i, it := range items {
		e := c.EventOf(it.ID)
		out[i] = strings.Join([]string{e, c.events[e].story, ev[it.ID], st[it.ID]}, " ")
	}
	return out
}

// TestAnchorsOnlyAcrossLanguages: within one language anchors count
// nowhere, so a pile of one language clusters, online and offline, as if
// articles had none. They once counted everywhere and cost ECB+ tune
// events 0.994 -> 0.971 in precision. The pile is ECB+'s tune half, in
// English, when the shared corpora are there, and the English and the
// Russian articles of testdata/mixed.jsonl each alone.
func TestAnchorsOnlyAcrossLanguages(t *testing.T) {
	piles := map[string][]Item{}
	for _, d := range readMixed(t) {
		piles["mixed "+d.Lang] = append(piles["mixed "+d.Lang], d.item())
	}
	if shared := corpus.SharedDir(); shared != "" && !testing.Short() && !corpus.Race {
		for _, d := range loadCorpus(t, filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl"), "tune") {
			d.Lang = "en"
			piles["ecb+ tune"] = append(piles["ecb+ tune"], d.Item)
		}
	}
	for name, items := range piles {
		bare := make([]Item, len(items))
		for i, it := range items {
			bare[i] = withoutAnchors(it)
		}
		got, want := partition(items), partition(bare)
		for i := range items {
			if got[i] != want[i] {
				t.Errorf("%s: %s in event, story, offline event and story %q with anchors, %q without", name, items[i].ID, got[i], want[i])
			}
		}
	}
}
