package facts

//go:generate go run ../../tools/rolegen -out rolenouns.txt

import (
	_ "embed"
	"strings"
	"sync"
)

// rolenouns.txt holds the nouns of offices, occupations and positions
// (about 3,700, derived from WordNet 3.0 by tools/rolegen; see
// LICENSE-WordNet): a noun, a tab, and 1 when its first sense is a role
// ("actress", "prosecutor"), 2 when its second is ("star", "agent"), 3
// when a later one is ("host", "model", "center").
//
//go:embed rolenouns.txt
var roleNounsTxt string

var roleNounTable = sync.OnceValue(func() map[string]int8 {
	m := make(map[string]int8, 4000)
	for _, l := range strings.Split(roleNounsTxt, "\n") {
		w, mark, ok := strings.Cut(l, "\t")
		if ok && (mark == "1" || mark == "2" || mark == "3") {
			m[w] = int8(mark[0] - '0')
		}
	}
	return m
})

// roleNoun reports whether the lower-case word w, or the singular of it
// ("coaches", "spokesmen"), is a role noun: 1 when a role is its first
// sense, 2 when its second, 3 when a later one, 0 when it is none.
func roleNoun(w string) int {
	t := roleNounTable()
	if m := t[w]; m > 0 {
		return int(m)
	}
	for _, p := range [][2]string{{"men", "man"}, {"women", "woman"}, {"ies", "y"}, {"es", ""}, {"s", ""}} {
		if b, ok := strings.CutSuffix(w, p[0]); ok && len(b) > 2 {
			if m := t[b+p[1]]; m > 0 {
				return int(m)
			}
		}
	}
	return 0
}

// pluralRole reports whether w is a role noun in the plural ("coaches").
func pluralRole(w string) bool {
	return roleNoun(w) > 0 && roleNounTable()[w] == 0 || titleHeads[w] && strings.HasSuffix(w, "men") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && titleHeads[strings.TrimSuffix(w, "s")]
}

// roleCompound reports whether words a and b make one role noun ("fashion
// designer", "first baseman", "general manager").
func roleCompound(a, b string) bool {
	return roleNoun(a+" "+b) > 0
}

// personnouns.txt holds the nouns whose first sense is a person (about
// 6,000, derived from WordNet 3.0 by tools/rolegen): "killer", "widow",
// "singer", "neighbour"; not "policy", "assessment", "fan" (a device
// first).
//
//go:embed personnouns.txt
var personNounsTxt string

var personNounTable = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 6100)
	for _, w := range strings.Split(personNounsTxt, "\n") {
		if w != "" {
			m[w] = true
		}
	}
	return m
})

// personNoun reports whether the lower-case singular noun w names a
// person: a noun whose first sense is one, a role noun or title, a word that tells
// a gender or a relative, or one of personNouns.
func personNoun(w string) bool {
	return personNounTable()[w] || roleNoun(w) > 0 || titleHeads[w] || genderWords[w] != "" || kinNouns[w] || personNouns[w]
}
