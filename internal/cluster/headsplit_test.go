package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// readHeadlines reads ../../testdata/refine/bankruptcies.jsonl: invented
// headlines of other stories ("o"), of a coin exchange's bankruptcy ("x")
// and of a pizza chain's ("p"), in that order, as title-only items.
func readHeadlines(t *testing.T) []Item {
	t.Helper()
	const path = "../../testdata/refine/bankruptcies.jsonl"
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []Item
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d struct {
			ID, Title, Text string
			Published       time.Time
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		items = append(items, Item{ID: d.ID, Title: d.Title, Text: d.Text, Time: d.Published})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items
}

// storyOf is the story of an article's event.
func storyOf(c *Clusterer, article string) string {
	ev, _ := c.Event(c.EventOf(article))
	return ev.Story
}

// TestHeadlineSplit: the pizza chain's first headline arrives when only
// the exchange's event shares its words and joins it, and the chain's
// next headlines follow it; Refine takes the chain's headlines out into
// an event and a story of their own, as they would have been had the
// chain's headlines come first, and leaves one story's headlines whole.
func TestHeadlineSplit(t *testing.T) {
	items := readHeadlines(t)
	var pizza, exchange []string
	for _, it := range items {
		switch it.ID[0] {
		case 'p':
			pizza = append(pizza, it.ID)
		case 'x':
			exchange = append(exchange, it.ID)
		}
	}
	if len(pizza) < 6 || len(exchange) < 6 {
		t.Fatalf("%d headlines of the chain and %d of the exchange: the test needs six of each", len(pizza), len(exchange))
	}
	c := New(Options{})
	for _, it := range items {
		c.Assign(it)
	}
	x0 := c.EventOf(exchange[0])
	for _, p := range pizza {
		if c.EventOf(p) != x0 {
			t.Fatalf("on arrival %s is in event %s, the exchange's in %s: the test needs the chain's headlines in the exchange's event", p, c.EventOf(p), x0)
		}
	}
	moved := c.Refine()
	for _, p := range pizza {
		if c.EventOf(p) == x0 || c.EventOf(p) != c.EventOf(pizza[0]) {
			t.Errorf("%s in event %s after Refine: the exchange's is %s, the chain's first headline's %s", p, c.EventOf(p), x0, c.EventOf(pizza[0]))
		}
		if storyOf(c, p) == storyOf(c, exchange[0]) {
			t.Errorf("%s still in the exchange's story %s", p, storyOf(c, p))
		}
		if r, ok := c.Replaced(p); !ok || !r.Apart || r.From != x0 {
			t.Errorf("%s: replacement %+v, %v: want apart from %s", p, r, ok, x0)
		}
	}
	for _, x := range exchange {
		if c.EventOf(x) != x0 {
			t.Errorf("%s left the exchange's event for %s", x, c.EventOf(x))
		}
	}
	if len(moved) != len(pizza) {
		t.Errorf("Refine moved %v, want the chain's %d headlines", moved, len(pizza))
	}
	if again := c.Refine(); len(again) != 0 {
		t.Errorf("a second Refine with nothing new moved %v", again)
	}

	// One story's headlines, however many names they carry, stay one
	// event: its sides are as close as its headlines are.
	c = New(Options{})
	n := 0
	for _, it := range items {
		if it.ID[0] == 'p' {
			continue
		}
		c.Assign(it)
		if it.ID[0] == 'x' {
			again := it
			again.ID, again.Time = fmt.Sprintf("y%d", n), it.Time.Add(time.Hour)
			again.Title, again.Text = it.Title+" today", it.Text+" today"
			c.Assign(again)
			n++
		}
	}
	c.Refine()
	for _, x := range append(exchange, "y0", "y5") {
		if c.EventOf(x) != x0 {
			t.Errorf("one story's headline %s went to %s, the story's first is in %s", x, c.EventOf(x), x0)
		}
	}
}
