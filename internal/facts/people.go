package facts

import "strings"

// Mention is one place in the text where something is named.
type Mention struct {
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Person is one person named in an article.
type Person struct {
	// Name is the fullest form of the name the article gives.
	Name string `json:"name"`
	// Key identifies the person across articles: the surname, lower case,
	// and when the article names two people of that surname, a colon and
	// the given name ("wilhelm:candee").
	Key string `json:"key"`
	// Roles are the roles and titles given to the person, as written
	// ("Assistant Secretary of Defense", "the Pentagon press secretary").
	Roles    []Role    `json:"roles,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Role is one role or title as the text gives it.
type Role struct {
	Text string `json:"text"`
	// Key is the role folded for comparison: content words, sorted, spelling
	// variants and nationality left out ("secretary defense").
	Key      string `json:"key"`
	Sentence int    `json:"sentence"`
	// Former marks a role the person held before ("former mayor", "ex-
	// coach"): Text and Key are the office without the word.
	Former bool `json:"former,omitempty"`
}

// formerRole cuts "former" or "ex-" from the start of a role.
func formerRole(r string) (string, bool) {
	for _, p := range []string{"former ", "Former ", "ex-", "Ex-"} {
		if rest, ok := strings.CutPrefix(r, p); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return r, false
}

// honourLeftOff cuts an honour from the start of a role ("Hall of Fame
// coach" is a coach): the honour says how well the post was held, not
// which post, as "former" says when.
func honourLeftOff(r string) string {
	for _, p := range []string{"Hall of Fame ", "Hall-of-Fame ", "hall of fame "} {
		if rest, ok := strings.CutPrefix(r, p); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return r
}

// gatherPeople gathers the person mentions of the article src into one
// Person per key.
func gatherPeople(src string, ms []ment) []Person {
	idx := map[string]int{}
	var out []Person
	for _, m := range ms {
		if m.kind != kindPerson {
			continue
		}
		i, ok := idx[m.key]
		if !ok {
			i = len(out)
			idx[m.key] = i
			out = append(out, Person{Key: m.key})
		}
		p := &out[i]
		if len(m.name) > len(p.Name) {
			p.Name = m.name
		}
		for _, r := range m.roles {
			r, former := formerRole(honourLeftOff(r))
			if ownership(r) {
				continue
			}
			dup := false
			for _, x := range p.Roles {
				if x.Text == r {
					dup = true
				}
			}
			if !dup {
				p.Roles = append(p.Roles, Role{Text: r, Key: roleKey(r), Sentence: m.sent, Former: former})
			}
		}
		p.Mentions = append(p.Mentions, Mention{Text: src[m.start:m.end], Sentence: m.sent, Start: m.start, End: m.end})
	}
	for i := range out {
		out[i].Roles = dropShortForms(out[i].Roles)
	}
	if out == nil {
		out = []Person{}
	}
	return out
}

// ownership reports a role that says what someone owns, not an office or
// a job ("Owner", "Red Sox owner", "the building's owner"): the title still
// finds the name ("Owner Arte Moreno"), but owning is no role.
func ownership(r string) bool {
	f := strings.Fields(strings.ToLower(r))
	if len(f) == 0 {
		return false
	}
	l := f[len(f)-1]
	return l == "owner" || l == "owners" || l == "co-owner" || l == "co-owners"
}

// dropShortForms leaves out a role that is the last words of another role
// of the same person, or its words before the body the other names, both
// former or both not: "Secretary" beside "Interior Secretary", "Judge"
// beside "Superior Court judge", "manager" beside "general manager", "CEO"
// beside "CEO of TallGrass". News names a post in full once and then
// shortens it; the full form says which post, and one post is one role.
func dropShortForms(rs []Role) []Role {
	if len(rs) < 2 {
		return rs
	}
	out := rs[:0:0]
	for i, r := range rs {
		short := false
		for k, x := range rs {
			xl, rl := strings.ToLower(x.Text), strings.ToLower(r.Text)
			if k != i && x.Former == r.Former && len(xl) > len(rl) && (strings.HasSuffix(xl, " "+rl) ||
				strings.HasPrefix(xl, rl+" of ") || strings.HasPrefix(xl, rl+" for ") || strings.HasPrefix(xl, rl+" at ")) {
				short = true
				break
			}
		}
		if !short {
			out = append(out, r)
		}
	}
	return out
}
