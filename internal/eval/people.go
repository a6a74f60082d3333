package eval

// The people evaluation: the people of real news (ECB+ dev) and the roles
// the text gives them, labelled by reading (testdata/facts/ecbplus
// people-{tune,heldout,heldout2,tune2,heldout3,tune3,heldout4,heldout5,tune4,heldout6,tune5,heldout7,tune6}.jsonl,
// and the web pages of testdata/facts/htmldate, its held-out part and its
// tune part's two halves, tune and tune2, read as the quotes evaluation
// reads a folder of pages), scored against what internal/facts finds
// and against a baseline of capitalised runs and the title word before
// them.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// PeopleLabels is one labelled article of people-{tune,heldout}.jsonl.
type PeopleLabels struct {
	Article string       `json:"article"`
	Topic   string       `json:"topic"`
	People  []PersonGold `json:"people"`
}

// PersonGold is one person a reader found named in an article: the fullest
// name, every form the text names the person by, and every role the text
// gives the person, each verbatim.
type PersonGold struct {
	Name  string   `json:"name"`
	Forms []string `json:"forms"`
	Roles []string `json:"roles"`
	Note  string   `json:"note,omitempty"`
}

// FoundPerson is one person a system found: the forms of the name it read
// (the fullest first) and the roles it gives the person.
type FoundPerson struct {
	Forms []string
	Roles []string
}

// FoundPeople is what a system finds in one article: its people and the
// names it took for organisations or places (to count the labelled people
// and roles among them).
type FoundPeople struct {
	People        []FoundPerson
	OrgsAndPlaces []string
}

// PeopleSystem finds the people of one article.
type PeopleSystem func(id, title, text string) FoundPeople

// PeopleScore is what one system scores on one part.
type PeopleScore struct {
	System string `json:"system"`
	// Persons: a found person is right when one of its forms is one of a
	// labelled person's forms (nameWords alike), one to one.
	Persons Score `json:"persons"`
	// Roles: person+role pairs; a found pair is right when its person is
	// a matched one and its role's words are one of the labelled person's
	// roles' (roleWords alike), one to one.
	Roles Score `json:"roles"`
	// AsOrgOrPlace counts the organisations and places a system names
	// whose words are a labelled person's form or role (an office taken
	// for an organisation: "Commander of U.S. Northern Command").
	AsOrgOrPlace int      `json:"as_org_or_place"`
	Errors       []string `json:"errors,omitempty"`
}

// PeopleReport is the people evaluation of one part.
type PeopleReport struct {
	Part     string        `json:"part"`
	Articles int           `json:"articles"`
	People   int           `json:"people"`
	Roles    int           `json:"roles"`
	Systems  []PeopleScore `json:"systems"`
}

// PeopleParts are the labelled parts of the people evaluation: tune, the
// held-out part labelled with it, a second held-out part labelled later
// (other articles of the held-out topics), a second tune part (the next
// articles of the tune topics) and a third held-out part, then a third tune
// part and a fourth held-out part (the next articles again), then a fifth
// held-out part (every article of the held-out topics the others left) and
// a fourth tune part (the next articles of the tune topics), then a sixth
// held-out part (the held-out topics' articles of 100-149 words) and a fifth
// tune part (the next articles of the tune topics), then a seventh held-out
// part (the held-out topics' articles of 50-99 words) and a sixth tune part
// (the tune topics' articles of 100-149 words); the held-out parts are
// scored once a round's rules are final.
var PeopleParts = []string{"tune", "heldout", "heldout2", "tune2", "heldout3", "tune3", "heldout4", "heldout5", "tune4", "heldout6", "tune5", "heldout7", "tune6"}

// PeopleLabelsFile is the labels file of a part in the labels folder.
func PeopleLabelsFile(labelsDir, part string) string {
	return filepath.Join(labelsDir, "people-"+part+".jsonl")
}

// ReadPeopleLabels reads one labels file, one JSON object a line.
func ReadPeopleLabels(path string) ([]PeopleLabels, error) {
	var out []PeopleLabels
	err := readJSONL(path, func(n int, l *PeopleLabels) error {
		if l.Article == "" {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: no article id", path, n)
		}
		for _, p := range l.People {
			if len(p.Forms) == 0 {
				return copydesk.Errorf(copydesk.EInvalid, "%s:%d: person %q has no forms", path, n, p.Name)
			}
		}
		out = append(out, *l)
		return nil
	})
	return out, err
}

// People scores the systems on the labelled part (labels dir, file
// people-PART.jsonl) with the article texts of the corpus. Errors are kept
// when keepErrors is set, for the tune part only.
func People(labelsDir, corpusPath, part string, systems map[string]PeopleSystem, keepErrors bool) (*PeopleReport, error) {
	if err := checkPartArgs(PeopleParts, part, keepErrors); err != nil {
		return nil, err
	}
	labels, texts, err := readLabelled(labelsDir, corpusPath, part, PeopleLabelsFile(labelsDir, part),
		ReadPeopleLabels, func(l PeopleLabels) string { return l.Article })
	if err != nil {
		return nil, err
	}
	rep := &PeopleReport{Part: part, Articles: len(labels)}
	for _, l := range labels {
		text := texts[l.Article].Text
		for _, p := range l.People {
			for _, k := range append(append([]string{p.Name}, p.Forms...), p.Roles...) {
				if !strings.Contains(text, k) {
					return nil, copydesk.Errorf(copydesk.EInvalid, "%s: %s: %q is not in the text", PeopleLabelsFile(labelsDir, part), l.Article, k)
				}
			}
			rep.People++
			rep.Roles += len(distinctRoles(p.Roles))
		}
	}
	for _, name := range sortedKeys(systems) {
		ps := PeopleScore{System: name}
		for _, l := range labels {
			a := texts[l.Article]
			scorePeople(&ps, l, systems[name](a.ID, a.Title, a.Text), keepErrors)
		}
		ps.Persons.finish()
		ps.Roles.finish()
		rep.Systems = append(rep.Systems, ps)
	}
	return rep, nil
}

// scorePeople matches the found people of one article to its labelled
// people, one to one, the most shared forms first, then in order.
func scorePeople(ps *PeopleScore, l PeopleLabels, found FoundPeople, keepErrors bool) {
	errf := func(format string, args ...any) {
		if keepErrors {
			ps.Errors = append(ps.Errors, l.Article+": "+fmt.Sprintf(format, args...))
		}
	}
	goldForms := make([]map[string]bool, len(l.People))
	for i, p := range l.People {
		goldForms[i] = map[string]bool{}
		for _, f := range append([]string{p.Name}, p.Forms...) {
			if k := nameKey(f); k != "" {
				goldForms[i][k] = true
			}
		}
	}
	type pair struct{ g, f, shared int }
	var pairs []pair
	for gi := range l.People {
		for fi, fp := range found.People {
			n := 0
			seen := map[string]bool{}
			for _, f := range fp.Forms {
				if k := nameKey(f); goldForms[gi][k] && !seen[k] {
					seen[k] = true
					n++
				}
			}
			if n > 0 {
				pairs = append(pairs, pair{gi, fi, n})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].shared > pairs[j].shared })
	gm, fm := oneToOne(len(l.People), len(found.People), len(pairs), func(k int) (int, int) { return pairs[k].g, pairs[k].f })
	ps.Persons.Gold += len(l.People)
	ps.Persons.Predicted += len(found.People)
	for gi, g := range l.People {
		gold := distinctRoles(g.Roles)
		ps.Roles.Gold += len(gold)
		fi := gm[gi]
		if fi < 0 {
			errf("missed person %s%s", g.Name, rolesNote(gold))
			continue
		}
		ps.Persons.Found++
		ps.Persons.Correct++
		got := distinctRoles(found.People[fi].Roles)
		ps.Roles.Predicted += len(got)
		used := make([]bool, len(got))
		for _, r := range gold {
			k := -1
			for j, x := range got {
				if !used[j] && roleWords(x) == roleWords(r) {
					k = j
					break
				}
			}
			if k < 0 {
				errf("%s: missed role %q (got %q)", g.Name, r, got)
				continue
			}
			used[k] = true
			ps.Roles.Found++
			ps.Roles.Correct++
		}
		for j, x := range got {
			if !used[j] {
				errf("%s: not a labelled role: %q (want %q)", g.Name, x, gold)
			}
		}
	}
	for fi, f := range found.People {
		if fm[fi] >= 0 {
			continue
		}
		roles := distinctRoles(f.Roles)
		ps.Roles.Predicted += len(roles)
		errf("not a labelled person: %q%s", f.Forms, rolesNote(roles))
	}
	labelled := map[string]string{}
	for _, g := range l.People {
		for _, f := range append(append([]string{g.Name}, g.Forms...), g.Roles...) {
			labelled[roleWords(f)] = g.Name
		}
	}
	for _, o := range found.OrgsAndPlaces {
		if who, ok := labelled[roleWords(o)]; ok && roleWords(o) != "" {
			ps.AsOrgOrPlace++
			errf("organisation or place %q is %s's name or role", o, who)
		}
	}
}

func rolesNote(roles []string) string {
	if len(roles) == 0 {
		return ""
	}
	return fmt.Sprintf(" (roles %q)", roles)
}

// distinctRoles are the roles whose words differ (roleWords), the first of
// each kept.
func distinctRoles(roles []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range roles {
		if k := roleWords(r); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// nameKey folds a name form for comparison: its words (nameWords: lower
// case, possessive, punctuation and titles aside), sorted.
func nameKey(s string) string {
	w := nameWords(s)
	out := make([]string, 0, len(w))
	for x := range w {
		out = append(out, x)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// roleWords folds a role for comparison: its words in order, lower case,
// curly apostrophes straightened, punctuation and a leading article
// aside ("The Sheriff's deputy" and "sheriff's Deputy" alike).
func roleWords(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for i := range ws {
		ws[i] = strings.Trim(ws[i], "'")
	}
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// CopydeskPeople is the facts stage as a PeopleSystem: each article on its
// own, without a publication date.
func CopydeskPeople(id, title, text string) FoundPeople {
	f := facts.Extract(facts.ArticleInput{ID: id, Title: title, Text: text, Lang: "en"})
	var out FoundPeople
	for _, p := range f.People {
		fp := FoundPerson{Forms: []string{p.Name}}
		for _, m := range p.Mentions {
			fp.Forms = append(fp.Forms, m.Text)
		}
		for _, r := range p.Roles {
			fp.Roles = append(fp.Roles, r.Text)
		}
		out.People = append(out.People, fp)
	}
	for _, es := range [][]facts.Entity{f.Orgs, f.Places} {
		for _, e := range es {
			out.OrgsAndPlaces = append(out.OrgsAndPlaces, e.Name)
		}
	}
	return out
}

// The people baseline: what a reasonable person writes in an hour. A
// person is a run of two or more capitalised words on one line (title
// words up to the run's last one aside), one a surname, and every
// later capitalised word that is the run's last word names the same
// person; its role is the title word nearest before the name: the last
// title word of the run, or the word just before the run.

var baselineRun = regexp.MustCompile(`[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)+`)

// baselineRoleWords are the title words the baseline reads as roles.
var baselineRoleWords = map[string]bool{"president": true, "judge": true, "senator": true, "sheriff": true,
	"coach": true, "general": true, "secretary": true, "minister": true, "spokesman": true, "spokeswoman": true,
	"attorney": true, "lawyer": true, "chief": true, "director": true, "manager": true, "officer": true,
	"deputy": true, "governor": true, "mayor": true, "inspector": true, "constable": true, "prosecutor": true,
	"agent": true, "reporter": true, "actress": true, "actor": true, "referee": true, "chairman": true,
	"commissioner": true, "ambassador": true, "king": true, "queen": true, "prince": true, "captain": true}

// BaselinePeople is the capitalised-run and title-word PeopleSystem.
func BaselinePeople(_, _, text string) FoundPeople {
	var out FoundPeople
	bySurname := map[string]int{}
	for _, m := range baselineRun.FindAllStringIndex(text, -1) {
		words := strings.Fields(text[m[0]:m[1]])
		role := ""
		if m[0] > 0 {
			if before := strings.Fields(text[max(0, m[0]-30):m[0]]); len(before) > 0 && !strings.ContainsAny(text[m[0]-1:m[0]], "\n") {
				if w := strings.ToLower(strings.Trim(before[len(before)-1], ",;:")); baselineRoleWords[w] {
					role = w
				}
			}
		}
		start := 0
		for i, w := range words {
			if baselineRoleWords[strings.ToLower(w)] || baselineTitles[w] {
				start = i + 1
				if baselineRoleWords[strings.ToLower(w)] {
					role = w
				}
			}
		}
		words = words[start:]
		if len(words) < 2 {
			continue
		}
		name := strings.TrimRight(strings.Join(words, " "), ".")
		surname := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(words[len(words)-1], "."), "'s"), "’s")
		i, ok := bySurname[surname]
		if !ok {
			i = len(out.People)
			bySurname[surname] = i
			out.People = append(out.People, FoundPerson{})
		}
		p := &out.People[i]
		p.Forms = append(p.Forms, name)
		if role != "" {
			p.Roles = append(p.Roles, role)
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i, ok := bySurname[w]; ok {
			out.People[i].Forms = append(out.People[i].Forms, w)
		}
	}
	return out
}

// PeopleLabelsMissing reports whether a part's labels file is not there yet.
func PeopleLabelsMissing(labelsDir, part string) bool {
	_, err := os.Stat(PeopleLabelsFile(labelsDir, part))
	return os.IsNotExist(err)
}
