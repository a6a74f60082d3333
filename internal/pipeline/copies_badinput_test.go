package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// TestCopiesOfBadInput: texts that give copy detection nothing to hold on
// to each have a defined answer. Two identical texts published at the same
// second are one duplicate relation whose direction is not decided (no
// signal can tell which came first); a text of one sentence repeated is
// related to another such text at most once, the same way in two runs; an
// empty text is reported as such and the rest is processed.
func TestCopiesOfBadInput(t *testing.T) {
	body := "The harbour board closed the north quay on Friday after the storm tore away the mooring posts. " +
		"Engineers will inspect the wall next week, the harbour master said in a statement. " +
		"Fishing crews moved their boats to the south berth while repairs go on."
	same := "The ferry from Elmsport was late again this morning."
	docs := []doc{
		{ID: "twin-a", Source: "Quay Gazette", Title: "Quay closed", Published: "2031-03-07T10:00:00Z", Text: body},
		{ID: "twin-b", Source: "Harbour Herald", Title: "Quay closed", Published: "2031-03-07T10:00:00Z", Text: body},
		{ID: "repeat-a", Source: "Quay Gazette", Title: "Ferry", Text: strings.Repeat(same+" ", 40)},
		{ID: "repeat-b", Source: "Harbour Herald", Title: "Ferry", Text: strings.Repeat(same+" ", 25)},
		{ID: "empty", Source: "Quay Gazette", Title: "", Text: ""},
	}
	run := func() []copydesk.Relation {
		ctx := context.Background()
		store := openStore(t, filepath.Join(t.TempDir(), "b.db"))
		e := openEngine(t, store)
		failed := 0
		_, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{writeJSONL(t, t.TempDir(), "b.jsonl", docs)}), func(it pipeline.Item) {
			if it.Err != nil {
				failed++
				if !strings.Contains(it.Input, "empty") && !strings.Contains(it.Err.Error(), "empty") {
					t.Errorf("%s: %v, want only the empty text refused", it.Input, it.Err)
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if failed != 1 {
			t.Errorf("%d items refused, want the empty text alone", failed)
		}
		rels, err := store.Relations(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		ref := map[string]string{}
		for _, a := range arts {
			ref[a.ID] = a.Ref
		}
		for i := range rels {
			rels[i].From, rels[i].To = ref[rels[i].From], ref[rels[i].To]
		}
		if len(arts) < 4 {
			t.Errorf("got %d articles stored, want the 4 with text", len(arts))
		}
		return rels
	}
	rels := run()
	for _, r := range rels {
		t.Logf("%s -> %s: %s, confidence %.2f, %v", r.From, r.To, r.Kind, r.Evidence.Confidence, r.Evidence.Direction)
	}
	twins, repeats := 0, 0
	for _, r := range rels {
		switch {
		case strings.HasPrefix(r.From, "twin") && strings.HasPrefix(r.To, "twin"):
			twins++
			if r.Kind != copydesk.Duplicate {
				t.Errorf("twins related as %s, want duplicate", r.Kind)
			}
			if r.Evidence.Confidence > 0.5 {
				t.Errorf("twins published at one second: direction decided with confidence %.2f (%v), want it undetermined", r.Evidence.Confidence, r.Evidence.Direction)
			}
		case strings.HasPrefix(r.From, "repeat") && strings.HasPrefix(r.To, "repeat"):
			repeats++
		default:
			t.Errorf("unexpected relation %s -> %s (%s)", r.From, r.To, r.Kind)
		}
	}
	if twins != 1 || repeats > 1 {
		t.Errorf("got %d relations of the twins and %d of the repeated texts, want 1 and at most 1", twins, repeats)
	}
	again := run()
	if len(again) != len(rels) {
		t.Fatalf("second run: %d relations, want %d", len(again), len(rels))
	}
	for i := range rels {
		if rels[i].From != again[i].From || rels[i].To != again[i].To || rels[i].Kind != again[i].Kind {
			t.Errorf("second run: relation %d is %s -> %s (%s), want %s -> %s (%s)", i, again[i].From, again[i].To, again[i].Kind, rels[i].From, rels[i].To, rels[i].Kind)
		}
	}
}
