package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// TestSeedsStory runs what a user runs on ../shared/seeds (five real
// articles, read from outside the repository): one story of three events,
// each placement explained, and what the sources say: the timeline resolved
// from the articles' own words, Melissa Dalton's two titles, the Defence
// Ministry quote in two wordings (two independent translations that state
// no fact differently: a quote in other words, no disagreement), and the
// rewrite's inverted purpose.
func TestSeedsStory(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("../shared/seeds not found: skipping the seeds test")
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	if code, _, errs := run(t, "", "add", "--db", db, "--quiet", filepath.Join(shared, "seeds")); code != 0 {
		t.Fatalf("add: exit %d: %s", code, errs)
	}
	code, out, errs := run(t, "", "stories", "--db", db)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("stories: exit %d, want one story:\n%s%s", code, out, errs)
	}
	id := strings.Fields(lines[1])[0]
	code, out, errs = run(t, "", "story", "--db", db, id)
	if code != 0 {
		t.Fatalf("story: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "\n  Event "); n != 3 {
		t.Errorf("story has %d events, want 3:\n%s", n, out)
	}
	for _, want := range []string{
		"Why each article is here:",
		"2023-02-04  ",                     // the shoot-down, "on Saturday"
		"2023-02-09  ",                     // China declines the call
		"2023-02-12  ",                     // the contacts reported
		"role of Melissa Dalton",           // two titles
		`"Assistant Secretary of Defense"`, //
		`"Deputy Secretary of Defense"`,    //
		"antonym of ratchet down / increase (changed by the rewrite",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("story output lacks %q:\n%s", want, out)
		}
	}
	if _, worded, _ := strings.Cut(out, "Quotes worded differently"); !strings.Contains(worded, "Chinese Defense Ministry:") {
		t.Errorf("story output lacks the Defence Ministry quote in two wordings:\n%s", out)
	}
	if _, worded, _ := strings.Cut(out, "Quotes worded differently"); strings.Count(worded, "    Ministry of Foreign Affairs:\n") != 1 {
		t.Errorf("the Foreign Ministry's two statements, each in two wordings, are not under one heading:\n%s", out)
	}
	if strings.Contains(out, "quote of Chinese Defense Ministry") {
		t.Errorf("two translations of the Defence Ministry's statement that state no fact differently are a disagreement:\n%s", out)
	}

	// One article's own facts: seed 004 gives Dalton her title and dates
	// Saturday's shoot-down.
	code, out, errs = run(t, "", "export", "--json", "--db", db)
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	var x struct{ Articles []struct{ ID, Ref string } }
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	var seed004 string
	for _, a := range x.Articles {
		if strings.Contains(a.Ref, "004_") {
			seed004 = a.ID
		}
	}
	code, out, errs = run(t, "", "article", "--db", db, "--facts", seed004)
	if code != 0 {
		t.Fatalf("article --facts: exit %d: %s", code, errs)
	}
	for _, want := range []string{"person  Melissa Dalton: Assistant Secretary of Defense", "date    2023-02-04", `quote   Melissa Dalton: "There have been contacts`} {
		if !strings.Contains(out, want) {
			t.Errorf("article --facts lacks %q:\n%s", want, out)
		}
	}
}
