package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// TestScorePeople scores an invented article's labels against a system's
// people: a person matches by any name form (titles, case and possessives
// aside), one to one; a role by its words (case and a leading article
// aside); an organisation named by a labelled role is counted.
func TestScorePeople(t *testing.T) {
	l := PeopleLabels{Article: "x1", People: []PersonGold{
		{Name: "Ann Lee", Forms: []string{"Ann Lee", "Lee"}, Roles: []string{"Mayor", "mayor of Brookfield"}},
		{Name: "Tom Ruiz", Forms: []string{"Tom Ruiz"}, Roles: []string{"spokesman"}},
		{Name: "Kim Oda", Forms: []string{"Kim Oda"}},
	}}
	found := FoundPeople{
		People: []FoundPerson{
			{Forms: []string{"Mrs. Lee’s"}, Roles: []string{"the mayor of Brookfield", "Mayor", "Gen."}},
			{Forms: []string{"Lee"}}, // a second Lee: no one left to match
			{Forms: []string{"Tom Ruiz"}, Roles: []string{"spokesman for the city"}},
			{Forms: []string{"Brookfield Council"}, Roles: []string{"Council"}},
		},
		OrgsAndPlaces: []string{"Mayor of Brookfield"},
	}
	var ps PeopleScore
	scorePeople(&ps, l, found, true)
	ps.Persons.finish()
	ps.Roles.finish()
	if p := ps.Persons; p.Gold != 3 || p.Predicted != 4 || p.Correct != 2 || p.Found != 2 {
		t.Errorf("persons %+v, want 2 of 3 gold found, 2 of 4 right", p)
	}
	if r := ps.Roles; r.Gold != 3 || r.Predicted != 5 || r.Correct != 2 || r.Found != 2 {
		t.Errorf("roles %+v, want 2 of 3 gold found, 2 of 5 right", r)
	}
	if ps.AsOrgOrPlace != 1 {
		t.Errorf("as org or place %d, want 1 (the mayor's office named as an organisation)", ps.AsOrgOrPlace)
	}
	all := strings.Join(ps.Errors, "\n")
	for _, want := range []string{`missed person Kim Oda`, `Tom Ruiz: missed role "spokesman"`, `not a labelled role: "Gen."`, `not a labelled person: ["Lee"]`} {
		if !strings.Contains(all, want) {
			t.Errorf("errors lack %q:\n%s", want, all)
		}
	}
	var quiet PeopleScore
	scorePeople(&quiet, l, found, false)
	if len(quiet.Errors) != 0 {
		t.Errorf("errors kept without keepErrors: %q", quiet.Errors)
	}
}

// TestBaselinePeople reads people and title words from invented text.
func TestBaselinePeople(t *testing.T) {
	text := "Judge Ann Lee fined the firm. Lee said referee Tom Ruiz was late.\n\nRuiz’s lawyer declined."
	got := BaselinePeople("x", "", text)
	if len(got.People) != 2 {
		t.Fatalf("got %+v, want Ann Lee and Tom Ruiz", got.People)
	}
	lee, ruiz := got.People[0], got.People[1]
	if lee.Forms[0] != "Ann Lee" || len(lee.Roles) != 1 || lee.Roles[0] != "Judge" || len(lee.Forms) != 3 {
		t.Errorf("Lee: %+v, want forms Ann Lee, Lee, Lee and the role Judge", lee)
	}
	if ruiz.Forms[0] != "Tom Ruiz" || len(ruiz.Roles) != 1 || ruiz.Roles[0] != "referee" {
		t.Errorf("Ruiz: %+v, want the role referee", ruiz)
	}
}

// TestPeopleParts scores a labelled invented article and refuses to keep
// the held-out part's errors.
func TestPeopleParts(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	a, _ := json.Marshal(map[string]string{"id": "x1", "story": "t1", "text": "Mayor Ann Lee opened the bridge."})
	l := `{"article": "x1", "topic": "t1", "people": [{"name": "Ann Lee", "forms": ["Ann Lee"], "roles": ["Mayor"]}]}`
	for name, body := range map[string]string{"corpus.jsonl": string(a), "people-tune.jsonl": l, "people-heldout.jsonl": l} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sys := map[string]PeopleSystem{"copydesk": CopydeskPeople, "baseline": BaselinePeople}
	rep, err := People(dir, corpus, "tune", sys, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Systems {
		if s.Persons.F1 != 1 || s.Roles.F1 != 1 {
			t.Errorf("%s: persons %+v roles %+v, want F1 1", s.System, s.Persons, s.Roles)
		}
	}
	if _, err := People(dir, corpus, "heldout", sys, true); err == nil {
		t.Error("held-out errors kept")
	}
	if _, err := People(dir, corpus, "heldout9", sys, false); err == nil {
		t.Error("no such part accepted")
	}
	bad := `{"article": "x1", "topic": "t1", "people": [{"name": "Ann Leigh", "forms": ["Ann Leigh"], "roles": []}]}`
	if err := os.WriteFile(filepath.Join(dir, "people-tune.jsonl"), []byte(bad+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := People(dir, corpus, "tune", sys, false); err == nil || !strings.Contains(err.Error(), "Ann Leigh") {
		t.Errorf("a form not in the text: %v", err)
	}
}

// peopleFloors are a little below what the tune part measures, so that a
// regression fails. The held-out part is not scored by the tests.
var peopleFloors = map[string]float64{"persons": 0.88, "roles": 0.45}

// TestPeopleECB scores copydesk on the tune part of the ECB+ people labels,
// and locates every key of the other parts' labels in its article
// without running any system on them (no score is made); it needs ../shared
// and skips without it.
func TestPeopleECB(t *testing.T) {
	path := corpus.ECBPlusDev()
	if path == "" {
		t.Skip("no shared/eval/ecbplus-dev/corpus.jsonl")
	}
	rep, err := People("../../testdata/facts/ecbplus", path, "tune", map[string]PeopleSystem{"copydesk": CopydeskPeople}, true)
	if err != nil {
		t.Fatal(err)
	}
	s := rep.Systems[0]
	t.Logf("persons P %.3f R %.3f F1 %.3f; person+role P %.3f R %.3f F1 %.3f", s.Persons.Precision, s.Persons.Recall,
		s.Persons.F1, s.Roles.Precision, s.Roles.Recall, s.Roles.F1)
	if s.Persons.F1 < peopleFloors["persons"] || s.Roles.F1 < peopleFloors["roles"] {
		t.Errorf("tune: persons F1 %.3f, person+role F1 %.3f: below the floors %v", s.Persons.F1, s.Roles.F1, peopleFloors)
	}
	none := func(_, _, _ string) FoundPeople { return FoundPeople{} }
	// The articles each part's rule chooses (README.md; check.py checks
	// which): heldout3's rule finds one article left in t24; heldout4's
	// finds none left in t11 and t24, two in t20 and one in t22; heldout5's
	// takes every article left (none in t11 t20 t22 t24, twelve in t19);
	// tune4's finds none left in t14 and t23 and two in t1; heldout6's
	// takes every article of 100-149 words left (32); tune5's takes four
	// rounds (none left in t1 t14 t16 t23, one in t3 and t7); heldout7's
	// takes every article of 50-99 words left (19); tune6's takes four
	// rounds of the articles of 100-149 words (none left in t5 t9 t16 t23
	// after the first, two in t14 and t18).
	for _, part := range []struct {
		name     string
		articles int
	}{{"heldout", 30}, {"heldout2", 30}, {"tune2", 36}, {"heldout3", 28}, {"tune3", 36}, {"heldout4", 21}, {"heldout5", 25}, {"tune4", 29}, {"heldout6", 32}, {"tune5", 25}, {"heldout7", 19}, {"tune6", 31}} {
		if PeopleLabelsMissing("../../testdata/facts/ecbplus", part.name) {
			t.Logf("no people-%s.jsonl", part.name)
			continue
		}
		rep, err = People("../../testdata/facts/ecbplus", path, part.name, map[string]PeopleSystem{"none": none}, false)
		if err != nil {
			t.Fatalf("%s labels: %v", part.name, err)
		}
		if rep.Articles != part.articles {
			t.Errorf("%s labels: %d articles, want %d", part.name, rep.Articles, part.articles)
		}
	}
}
