package facts

import (
	"encoding/json"
	"fmt"

	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"

	"github.com/copydesk/copydesk/internal/corpus"
)

// loadSeeds reads the plain-text seed articles: the first line is the
// title, the rest the text. Lines of fewer than four words are left out (the
// real pipeline strips such junk before facts see the text); nothing else
// is cleaned, so the rules have to cope with the promotional lines left.
func loadSeeds(t testing.TB) map[string]ArticleInput {
	t.Helper()
	dir := corpus.SharedDir()
	if dir == "" {
		t.Skip("no shared/ folder beside the repository: seeds test skipped")
	}
	dir = filepath.Join(dir, "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s: seeds test skipped", dir)
	}
	sort.Strings(files)
	out := map[string]ArticleInput{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
		title := strings.TrimSpace(lines[0])
		var paras []string
		for _, l := range lines[1:] {
			l = strings.TrimSpace(l)
			if len(strings.Fields(l)) < 4 {
				continue
			}
			paras = append(paras, l)
		}
		id := strings.SplitN(filepath.Base(f), "_", 2)[0]
		out[id] = ArticleInput{ID: id, Source: "seed" + id, Title: title, Text: strings.Join(paras, "\n\n"), Lang: "en"}
	}
	return out
}

// seedStory extracts the five seeds and merges them, with the one copy
// relation among them: 002 is a spun rewrite of 001 (the same NBC report
// paraphrased sentence by sentence, its purpose of the call inverted).
func seedStory(t testing.TB) (map[string]*Facts, *StoryFacts) {
	seeds := loadSeeds(t)
	ids := make([]string, 0, len(seeds))
	for id := range seeds {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fs := map[string]*Facts{}
	var all []*Facts
	for _, id := range ids {
		f := Extract(seeds[id])
		fs[id] = f
		all = append(all, f)
	}
	rels := []copydesk.Relation{{From: "001", To: "002", Kind: copydesk.Rewrite}}
	return fs, Merge(all, rels)
}

// TestSeeds checks the "done when" on ../shared/seeds. No
// publication date is given to Extract: every date comes from the
// articles' own words.
func TestSeeds(t *testing.T) {
	fs, sf := seedStory(t)
	if len(fs) < 5 {
		t.Skipf("only %d seeds", len(fs))
	}
	// Timeline: the balloon shot down on Saturday 4 February 2023, dated by
	// several sources, one of them by "Saturday" alone.
	entry := func(date string, words ...string) *TimelineEntry {
		for k := range sf.Timeline {
			e := &sf.Timeline[k]
			if e.Date != date {
				continue
			}
			for _, a := range e.Accounts {
				ok := true
				for _, w := range words {
					ok = ok && strings.Contains(strings.ToLower(a.What), w)
				}
				if ok {
					return e
				}
			}
		}
		return nil
	}
	down := entry("2023-02-04", "balloon")
	if down == nil {
		t.Fatalf("no timeline entry for the balloon on 2023-02-04: %+v", sf.Timeline)
	}
	saturday := false
	for _, a := range down.Accounts {
		saturday = saturday || strings.Contains(a.Text, "Saturday")
	}
	if !saturday || len(down.Sources) < 3 {
		t.Errorf("2023-02-04: want three or more sources, one saying Saturday; got %v %+v", down.Sources, down.Accounts)
	}
	// China declining the call (China said so on Thursday 9 February).
	declined := entry("2023-02-09", "call")
	if declined == nil || !strings.Contains(strings.ToLower(declined.What), "refused") && !strings.Contains(strings.ToLower(declined.What), "declined") {
		t.Errorf("no entry for China declining the call on 2023-02-09: %+v", sf.Timeline)
	}
	// The contacts reported on 12 February.
	if e := entry("2023-02-12", "communicated"); e == nil {
		t.Errorf("no entry for the contacts reported on 2023-02-12: %+v", sf.Timeline)
	}
	for i := 1; i < len(sf.Timeline); i++ {
		if sf.Timeline[i].Date < sf.Timeline[i-1].Date {
			t.Errorf("timeline out of order at %d", i)
		}
	}
	// The failures issue 14 lists: the machine entering the U.S. again
	// "the next day" after "a few days later" has no day to count from
	// (it was dated 29 January: no day may be given); the contacts are not dated 4 February;
	// one happening (entering U.S. airspace) is one entry, not two.
	aleutian := 0
	for _, e := range sf.Timeline {
		for _, a := range e.Accounts {
			w := strings.ToLower(a.What)
			if strings.Contains(w, "idaho") && len(e.Date) == len("2006-01-02") {
				t.Errorf("the re-entry in Idaho dated %s from %q: %+v", e.Date, a.Text, a)
			}
			if strings.Contains(w, "communicated") && e.Date != "2023-02-12" {
				t.Errorf("the contacts dated %s: %+v", e.Date, a)
			}
		}
		if w := strings.ToLower(e.What); strings.Contains(w, "entered") && strings.Contains(w, "aleutian") {
			aleutian++
		}
	}
	if aleutian != 1 {
		t.Errorf("entering U.S. airspace north of the Aleutians is %d entries, want one: %+v", aleutian, sf.Timeline)
	}
	// Melissa Dalton's two titles.
	found := false
	for _, d := range sf.Disagreements {
		if d.Kind == KindRole && strings.Contains(d.Subject, "Dalton") {
			if len(d.Values) != 2 {
				continue
			}
			a, b := d.Values[0], d.Values[1]
			pair := a.Text + " | " + b.Text
			if strings.Contains(pair, "Assistant Secretary of Defense") && strings.Contains(pair, "Deputy Secretary of Defense") &&
				len(a.Articles) == 1 && len(b.Articles) == 1 && a.Articles[0] != b.Articles[0] {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no role disagreement for Melissa Dalton: %+v", sf.Disagreements)
	}
	// The Defence Ministry's statement: one quote, two variants (003, 004).
	found = false
	for _, q := range sf.Quotes {
		if q.SpeakerKind == kindOrg && strings.Contains(q.SpeakerKey, "defense ministry") && len(q.Variants) == 2 && q.Changed &&
			q.Variants[0].Articles[0] == "003" && q.Variants[1].Articles[0] == "004" {
			found = true
		}
	}
	if !found {
		t.Errorf("the Defence Ministry quote is not one quote with two variants: %+v", sf.Quotes)
	}
	// Pat Ryder's "Lines between our militaries ..." (001) and its reworded
	// version (002): one statement of one speaker, who has one group of
	// quotes.
	found = false
	for _, q := range sf.Quotes {
		arts := map[string]bool{}
		for _, v := range q.Variants {
			for _, a := range v.Articles {
				arts[a] = true
			}
		}
		if q.SpeakerID == "person:ryder" && arts["001"] && arts["002"] && strings.Contains(q.Variants[0].Text, "Lines between our militaries") {
			found = true
		}
	}
	if !found {
		t.Errorf("Pat Ryder's quote is not one statement in 001 and 002: %+v", sf.Quotes)
	}
	ryder := 0
	for _, sp := range sf.Speakers {
		if strings.Contains(sp.Name, "Ryder") {
			ryder++
		}
	}
	if ryder != 1 {
		t.Errorf("Pat Ryder is %d speakers, want one: %+v", ryder, sf.Speakers)
	}
	// The inverted purpose of the call, between the original and its rewrite.
	found = false
	for _, d := range sf.Disagreements {
		if d.Kind == KindAntonym && len(d.Relations) == 1 && d.Relations[0].From == "001" && d.Relations[0].To == "002" &&
			len(d.Values) == 2 && d.Values[0].Text == "ratchet down" && d.Values[1].Text == "increase" &&
			strings.Contains(d.Values[1].Sentence, "increase tensions") {
			found = true
		}
	}
	if !found {
		t.Errorf("no antonym 'ratchet down' / 'increase' between 001 and 002: %+v", sf.Disagreements)
	}
	// People with their roles as given.
	roles := map[string][]string{}
	for _, e := range sf.Entities {
		for _, r := range e.Roles {
			roles[e.Name] = append(roles[e.Name], r.Forms...)
		}
	}
	for name, want := range map[string]string{"Lloyd Austin": "Defense Secretary", "Joe Biden": "U.S. President",
		"Pat Ryder": "Pentagon press secretary", "Melissa Dalton": "Assistant Secretary of Defense", "Antony Blinken": "Secretary of State"} {
		ok := false
		for _, r := range roles[name] {
			ok = ok || r == want
		}
		if !ok {
			t.Errorf("%s: role %q not among %q", name, want, roles[name])
		}
	}
	if testing.Verbose() {
		for _, e := range sf.Timeline {
			t.Logf("timeline %s %v %s", e.Date, e.Sources, e.What)
		}
		for _, d := range sf.Disagreements {
			var vs []string
			for _, v := range d.Values {
				vs = append(vs, fmt.Sprintf("%q %v", short(v.Text), v.Sources))
			}
			t.Logf("disagreement %s [%s] %s", d.Kind, d.Subject, strings.Join(vs, " | "))
		}
	}
}

// TestSeedsDeterministic: the same story in another order gives the same
// output.
func TestSeedsDeterministic(t *testing.T) {
	fs, sf := seedStory(t)
	var rev []*Facts
	for _, id := range []string{"004", "003", "002", "001", "000"} {
		rev = append(rev, fs[id])
	}
	sf2 := Merge(rev, []copydesk.Relation{{From: "001", To: "002", Kind: copydesk.Rewrite}})
	a, _ := json.Marshal(sf)
	b, _ := json.Marshal(sf2)
	if string(a) != string(b) {
		t.Errorf("Merge depends on the order of its input")
	}
}
