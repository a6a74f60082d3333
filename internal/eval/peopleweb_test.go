package eval

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// TestPeopleWeb scores people labels of a folder of web pages, as
// testdata/facts/htmldate's people-heldout.jsonl is scored: People reads the
// folder as the corpus and extracts the page as copydesk add does, a system
// finding both invented people and their roles scores 1, a key the
// extracted text lacks (a name only in the comment section) is an error
// naming it, the held-out part is scored in aggregate only, and a page a
// quotes tune file of the folder holds is refused in the people held-out
// part (the page is tune text), as is a page a people tune file holds,
// which its tune part scores with the errors kept.
func TestPeopleWeb(t *testing.T) {
	const name = "harbour-gazette.html"
	dir := webPage(t, name)
	labels := t.TempDir()
	write := fileWriter(t, labels)
	line := `{"article": "` + name + `", "topic": "htmldate-heldout", "people": [` +
		`{"name": "Ida Holm", "forms": ["Ida Holm"], "roles": ["harbour master"]},` +
		`{"name": "Tomas Vell", "forms": ["Tomas Vell"], "roles": ["Shopkeeper"]}]}`
	write("people-heldout.jsonl", line)
	both := func(_, _, _ string) FoundPeople {
		return FoundPeople{People: []FoundPerson{
			{Forms: []string{"Ida Holm", "Holm"}, Roles: []string{"harbour master"}},
			{Forms: []string{"Tomas Vell"}, Roles: []string{"shopkeeper"}}}}
	}
	rep, err := People(labels, dir, "heldout", map[string]PeopleSystem{"both": both}, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 1 || rep.People != 2 || rep.Roles != 2 {
		t.Errorf("articles %d people %d roles %d, want 1 2 2", rep.Articles, rep.People, rep.Roles)
	}
	if s := rep.Systems[0]; s.Persons.F1 != 1 || s.Roles.F1 != 1 {
		t.Errorf("persons %+v roles %+v, want F1 1", s.Persons, s.Roles)
	}
	if _, err := People(labels, dir, "heldout", map[string]PeopleSystem{"both": both}, true); err == nil ||
		!strings.Contains(err.Error(), "errors are kept for the tune parts only") {
		t.Errorf("held-out errors kept: err %v, want a refusal", err)
	}
	comment := t.TempDir()
	fileWriter(t, comment)("people-heldout.jsonl", strings.Replace(line, `"Tomas Vell", "forms": ["Tomas Vell"]`,
		`"Tomas Vell", "forms": ["Tomas Vell", "Great news"]`, 1))
	if _, err := People(comment, dir, "heldout", map[string]PeopleSystem{"both": both}, false); err == nil ||
		!strings.Contains(err.Error(), "Great news") {
		t.Errorf("a form only in the comment section: err %v, want one naming it", err)
	}
	tune := t.TempDir()
	w := fileWriter(t, tune)
	w("quotes-tune.jsonl", `{"article": "`+name+`", "topic": "htmldate-tune", "quotes": []}`)
	w("people-heldout.jsonl", line)
	if _, err := People(tune, dir, "heldout", map[string]PeopleSystem{"both": both}, false); err == nil ||
		!strings.Contains(err.Error(), "tune part") {
		t.Errorf("a page of the quotes tune file labelled in people heldout: err %v, want a refusal", err)
	}
	people := t.TempDir()
	w = fileWriter(t, people)
	w("people-tune.jsonl", strings.Replace(line, "htmldate-heldout", "htmldate-tune", 1))
	w("people-heldout.jsonl", line)
	if _, err := People(people, dir, "heldout", map[string]PeopleSystem{"both": both}, false); err == nil ||
		!strings.Contains(err.Error(), "tune part") {
		t.Errorf("a page of the people tune file labelled in people heldout: err %v, want a refusal", err)
	}
	if rep, err := People(people, dir, "tune", map[string]PeopleSystem{"both": both}, true); err != nil || rep.People != 2 {
		t.Errorf("the page in people tune: err %v report %+v, want 2 people scored", err, rep)
	}
	// The second tune file (testdata/facts/htmldate's people-tune2.jsonl,
	// the other half of its tune pages) is tune text too: scored with its
	// errors kept, its page refused in the held-out part; an empty tune file
	// (a half whose labelling has not begun) scores no page.
	half := t.TempDir()
	w = fileWriter(t, half)
	w("people-tune.jsonl", "")
	w("people-tune2.jsonl", strings.Replace(line, "htmldate-heldout", "htmldate-tune2", 1))
	if rep, err := People(half, dir, "tune2", map[string]PeopleSystem{"both": both}, true); err != nil || rep.People != 2 ||
		rep.Systems[0].Roles.F1 != 1 {
		t.Errorf("the page in people tune2: err %v report %+v, want 2 people scored, roles F1 1", err, rep)
	}
	if rep, err := People(half, dir, "tune", map[string]PeopleSystem{"both": both}, true); err != nil || rep.Articles != 0 {
		t.Errorf("an empty people tune file: err %v report %+v, want no page scored", err, rep)
	}
	w("people-heldout.jsonl", line)
	if _, err := People(half, dir, "heldout", map[string]PeopleSystem{"both": both}, false); err == nil ||
		!strings.Contains(err.Error(), "tune part") {
		t.Errorf("a page of the people tune2 file labelled in people heldout: err %v, want a refusal", err)
	}
}

// TestWebPeopleLabels locates every name, form and role of the people
// labels of testdata/facts/htmldate (people-heldout.jsonl, and the tune
// halves people-tune.jsonl and people-tune2.jsonl) in the text copydesk's extraction gives
// for its page, and checks each page is in the labels file's part, without
// running any system on the pages (People with a system that finds nobody:
// no score is made of copydesk); it needs go-htmldate's pages and skips
// without them.
func TestWebPeopleLabels(t *testing.T) {
	const labels = "../../testdata/facts/htmldate"
	dir, want, ok, err := corpus.LabelsPages(labels)
	if err != nil || !ok {
		t.Fatalf("%s: module.txt: ok %v err %v", labels, ok, err)
	}
	if dir == "" {
		t.Skipf("no %s", want)
	}
	none := func(_, _, _ string) FoundPeople { return FoundPeople{} }
	for _, part := range PeopleParts {
		if PeopleLabelsMissing(labels, part) {
			continue
		}
		rep, err := People(labels, dir, part, map[string]PeopleSystem{"none": none}, false)
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		// A file may be empty (a tune half whose labelling has not begun),
		// but a file with pages names people on some of them.
		if rep.Articles > 0 && rep.People == 0 {
			t.Errorf("%s: %d pages, no people: want some", part, rep.Articles)
		}
	}
}
