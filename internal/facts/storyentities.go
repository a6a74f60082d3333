package facts

import (
	"sort"
	"strings"
)

// StoryEntity is one person, organisation or place across the articles.
type StoryEntity struct {
	ID   string `json:"id"` // kind:key
	Kind string `json:"kind"`
	// Name is the fullest form; Forms every form written, sorted.
	Name     string      `json:"name"`
	Forms    []string    `json:"forms"`
	Country  string      `json:"country,omitempty"`
	Roles    []StoryRole `json:"roles,omitempty"`
	Sources  []string    `json:"sources"`
	Articles []string    `json:"articles"`
	Mentions int         `json:"mentions"`
}

// StoryRole is one role given to a person, with who gives it.
type StoryRole struct {
	Text     string   `json:"text"`
	Forms    []string `json:"forms,omitempty"`
	Key      string   `json:"key"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
	// Former marks a role every article gives as held before.
	Former bool `json:"former,omitempty"`
}

// firstName returns the first word of a multi-word name, lower case.
func firstName(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	return strings.ToLower(w[0])
}

// mergeEntities groups people by surname (split when their first names clearly
// differ), organisations by key and country, places by key. ids maps an
// article id and a speaker's kind and key ("person:clinton",
// "org:government (india)") to the story entity id, for the quotes.
func mergeEntities(fs []*Facts) (ents []StoryEntity, ids map[[2]string]string) {
	ids = map[[2]string]string{}
	orgID := storyOrgIDs(fs)
	byID := map[string]*StoryEntity{}
	var order []string
	get := func(id, kind string) *StoryEntity {
		e, ok := byID[id]
		if !ok {
			e = &StoryEntity{ID: id, Kind: kind, Forms: []string{}, Sources: []string{}, Articles: []string{}}
			byID[id] = e
			order = append(order, id)
		}
		return e
	}
	// First names seen per surname, to split different people.
	firsts := map[string][]string{}
	for _, f := range fs {
		for _, p := range f.People {
			if fn := firstName(p.Name); fn != "" {
				firsts[surnameOf(p.Key)] = addStr(firsts[surnameOf(p.Key)], fn)
			}
		}
	}
	for _, f := range fs {
		src := source(f)
		for _, p := range f.People {
			// An article's key for one of two people sharing a surname
			// ("wilhelm:candee") joins the others by the surname.
			sn := surnameOf(p.Key)
			id := "person:" + sn
			if fn := firstName(p.Name); fn != "" && len(firsts[sn]) > 1 {
				// Similar first names are one person spelt two ways (a name
				// disagreement); clearly different ones are two people.
				canon := fn
				for _, o := range firsts[sn] {
					if editDistance(o, fn) <= 2 {
						canon = o
						break
					}
				}
				if canon != firsts[sn][0] {
					id += ":" + canon
				}
			}
			ids[[2]string{f.ID, kindPerson + ":" + p.Key}] = id
			e := get(id, kindPerson)
			if len(p.Name) > len(e.Name) || len(p.Name) == len(e.Name) && p.Name < e.Name {
				e.Name = p.Name
			}
			for _, mt := range p.Mentions {
				e.Forms = addStr(e.Forms, mt.Text)
			}
			e.Forms = addStr(e.Forms, p.Name)
			e.Sources = addStr(e.Sources, src)
			e.Articles = addStr(e.Articles, f.ID)
			e.Mentions += len(p.Mentions)
			for _, r := range p.Roles {
				found := false
				for k := range e.Roles {
					if e.Roles[k].Key == r.Key {
						found = true
						e.Roles[k].Forms = addStr(e.Roles[k].Forms, r.Text)
						e.Roles[k].Sources = addStr(e.Roles[k].Sources, src)
						e.Roles[k].Articles = addStr(e.Roles[k].Articles, f.ID)
						e.Roles[k].Former = e.Roles[k].Former && r.Former
					}
				}
				if !found {
					e.Roles = append(e.Roles, StoryRole{Text: r.Text, Forms: []string{r.Text}, Key: r.Key, Sources: []string{src}, Articles: []string{f.ID}, Former: r.Former})
				}
			}
		}
		for _, group := range []struct {
			kind string
			ents []Entity
		}{{kindOrg, f.Orgs}, {kindPlace, f.Places}} {
			for _, en := range group.ents {
				id := group.kind + ":" + en.Key
				if group.kind == kindOrg {
					id = orgID(en.Key)
				}
				e := get(id, group.kind)
				if e.Name == "" || len(en.Name) > len(e.Name) || len(en.Name) == len(e.Name) && en.Name < e.Name {
					e.Name = en.Name
				}
				if e.Country == "" {
					e.Country = en.Country
				}
				for _, mt := range en.Mentions {
					e.Forms = addStr(e.Forms, mt.Text)
				}
				e.Sources = addStr(e.Sources, src)
				e.Articles = addStr(e.Articles, f.ID)
				e.Mentions += len(en.Mentions)
			}
		}
	}
	for _, f := range fs {
		for _, q := range f.Quotes {
			if q.SpeakerKind == kindOrg && q.SpeakerKey != "" {
				ids[[2]string{f.ID, kindOrg + ":" + q.SpeakerKey}] = orgID(q.SpeakerKey)
			}
		}
	}
	out := make([]StoryEntity, 0, len(order))
	for _, id := range order {
		e := byID[id]
		sort.Slice(e.Roles, func(i, j int) bool { return e.Roles[i].Key < e.Roles[j].Key })
		out = append(out, *e)
	}
	// Most mentioned first, then by id.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return kindRank(out[i].Kind) < kindRank(out[j].Kind)
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].ID < out[j].ID
	})
	return out, ids
}

// storyOrgIDs returns the story entity id of an organisation key: a state's
// body named without its country ("the government", "police") is the one
// of the only country the story gives that body ("the Indian government"),
// and stays apart when the story gives it none or several.
func storyOrgIDs(fs []*Facts) func(key string) string {
	countries := map[string][]string{} // base key -> its qualified keys
	add := func(key string) {
		if b := keyBase(key); b != key {
			countries[b] = addStr(countries[b], key)
		}
	}
	for _, f := range fs {
		for _, en := range f.Orgs {
			add(en.Key)
		}
		for _, q := range f.Quotes {
			if q.SpeakerKind == kindOrg {
				add(q.SpeakerKey)
			}
		}
	}
	return func(key string) string {
		if qs := countries[key]; len(qs) == 1 {
			return kindOrg + ":" + qs[0]
		}
		return kindOrg + ":" + key
	}
}

func kindRank(k string) int {
	switch k {
	case kindPerson:
		return 0
	case kindOrg:
		return 1
	}
	return 2
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}
