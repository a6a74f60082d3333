package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk"
)

// testFacts: an article's facts are saved with its result and read back;
// a story's facts are stored, read back, made stale by any result that
// touches the story (joined or left), made fresh by storing them again,
// and go with the story; StaleFacts lists what lacks current facts.
func testFacts(t *testing.T, s copydesk.Store) {
	ctx := context.Background()
	for i, id := range []string{"f-1", "f-2", "f-3"} {
		put(t, s, newArticle(id, "rf"+id, at(float64(i))))
	}
	save(t, s, copydesk.Result{Article: "f-1", Event: "e1", Story: "s1",
		Events:  []copydesk.Event{{ID: "e1", Story: "s1", Title: "e1", FirstSeen: at(0), LastSeen: at(0)}},
		Stories: []copydesk.Story{{ID: "s1", Title: "s1", FirstSeen: at(0), LastSeen: at(0)}},
		Facts:   &copydesk.Facts{ID: "f-1", Version: 3, Data: []byte(`{"id":"f-1"}`)}, Now: at(0)})
	assign(t, s, "f-2", "e2", "s2", at(1))

	got, err := s.ArticleFacts(ctx, []string{"f-2", "f-1", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []copydesk.Facts{{ID: "f-1", Version: 3, Data: []byte(`{"id":"f-1"}`)}}; !reflect.DeepEqual(got, want) {
		t.Errorf("ArticleFacts = %+v, want %+v", got, want)
	}
	arts, stories, err := s.StaleFacts(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	// f-3 is not processed: it has no facts to lack yet.
	if !reflect.DeepEqual(arts, []string{"f-2"}) || !reflect.DeepEqual(stories, []string{"s1", "s2"}) {
		t.Errorf("StaleFacts(3) = %q, %q; want [f-2], [s1 s2]", arts, stories)
	}
	if err := s.PutArticleFacts(ctx, []copydesk.Facts{{ID: "f-2", Version: 3, Data: []byte(`{}`)}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutArticleFacts(ctx, []copydesk.Facts{{ID: "nope", Version: 3, Data: []byte(`{}`)}}); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("PutArticleFacts of an unknown article: %v, want code %q", err, copydesk.ENotFound)
	}

	if _, err := s.StoryFacts(ctx, "s1"); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("StoryFacts before any: %v, want code %q", err, copydesk.ENotFound)
	}
	if err := s.PutStoryFacts(ctx, []copydesk.Facts{{ID: "s1", Version: 3, Data: []byte(`[1]`)}, {ID: "s2", Version: 3, Data: []byte(`[2]`)},
		{ID: "gone", Version: 3, Data: []byte(`[0]`)}}); err != nil {
		t.Fatal(err)
	}
	check := func(id string, stale bool) {
		t.Helper()
		f, err := s.StoryFacts(ctx, id)
		if err != nil {
			t.Fatalf("StoryFacts(%s): %v", id, err)
		}
		if f.ID != id || f.Version != 3 || f.Stale != stale || len(f.Data) == 0 {
			t.Errorf("StoryFacts(%s) = %+v, want version 3, stale %v", id, f, stale)
		}
	}
	check("s1", false)
	check("s2", false)
	if _, err := s.StoryFacts(ctx, "gone"); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("StoryFacts of a story not stored: %v, want code %q", err, copydesk.ENotFound)
	}
	if arts, stories, _ := s.StaleFacts(ctx, 3); len(arts) != 0 || len(stories) != 0 {
		t.Errorf("StaleFacts(3) after storing all = %q, %q; want none", arts, stories)
	}
	if _, stories, _ := s.StaleFacts(ctx, 4); !reflect.DeepEqual(stories, []string{"s1", "s2"}) {
		t.Errorf("StaleFacts(4) stories = %q, want both (another version)", stories)
	}

	// f-3 joins s1: s1's facts are stale, s2's are not.
	assign(t, s, "f-3", "e1", "s1", at(2))
	check("s1", true)
	check("s2", false)
	// f-2 moves from s2 to s1 with f-1's result again: s2 is left empty and
	// goes with its facts.
	save(t, s, copydesk.Result{Article: "f-1", Event: "e1", Story: "s1",
		Moves: []copydesk.Move{{Article: "f-2", Event: "e1", Story: "s1"}}, Now: at(3)})
	if _, err := s.StoryFacts(ctx, "s2"); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("StoryFacts of a story pruned: %v, want code %q", err, copydesk.ENotFound)
	}
	if _, stories, _ := s.StaleFacts(ctx, 3); !reflect.DeepEqual(stories, []string{"s1"}) {
		t.Errorf("StaleFacts stories after the move = %q, want [s1]", stories)
	}
	if err := s.PutStoryFacts(ctx, []copydesk.Facts{{ID: "s1", Version: 3, Data: []byte(`[3]`)}}); err != nil {
		t.Fatal(err)
	}
	check("s1", false)
	// A result whose facts name another article changes nothing.
	err = s.SaveResult(ctx, copydesk.Result{Article: "f-3", Event: "e1", Story: "s1",
		Facts: &copydesk.Facts{ID: "f-1", Version: 9, Data: []byte(`{}`)}, Now: at(4)})
	if copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("SaveResult with another article's facts: %v, want code %q", err, copydesk.EInvalid)
	}
	check("s1", false)
}
