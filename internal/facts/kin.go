package facts

import "strings"

// kinNouns are the relatives whose given name news writes in apposition
// after the relative's possessive ("Wilhelm's widow, Candee"): the family
// shares the surname.
var kinNouns = wordSet("widow", "widower", "wife", "husband", "son", "daughter", "mother", "father", "brother",
	"sister", "mom", "dad", "grandson", "granddaughter", "grandmother", "grandfather", "stepson",
	"stepdaughter", "stepmother", "stepfather")

// possessor reports whether token i of s is written as someone's, with
// either apostrophe before or after the s ("Wilhelm's", "Nichols'").
func possessor(s *sent, i int) bool {
	t := s.toks[i]
	if t.poss {
		return true
	}
	if i+1 >= len(s.toks) || !strings.HasSuffix(t.low, "s") {
		return false
	}
	g := s.toks[i+1].gap
	return strings.HasPrefix(g, "'") || strings.HasPrefix(g, "’")
}

// kinNames finds the relatives named by a given name in apposition after
// a possessive surname and a kin noun: "Wilhelm's widow, Candee," is
// Candee Wilhelm, and so, in a list, is "Nichols' mother, Claritha, and
// father, Gene," Claritha and Gene Nichols. Later in the article, the same
// possessive and kin noun without a name ("Nichols' mother said") mention
// that relative. It runs after the first pass of the name finder, on the
// capitalised words no mention holds.
func (nf *nameFinder) kinNames(lower map[string]bool) {
	type kin struct{ key, name string }
	named := map[[2]string]kin{} // surname, kin noun -> the relative
	for si := range nf.sents {
		s := &nf.sents[si]
		owner, ownerAt := "", -1
		for i := 1; i < len(s.toks); i++ {
			noun := s.toks[i].low
			if !kinNouns[noun] || s.toks[i].cap {
				continue
			}
			p := i - 1
			switch {
			case possessor(s, p) && s.toks[p].cap && nameWord(s.toks[p], nil):
				owner, ownerAt = s.toks[p].low, p
			case s.toks[p].low == "and" && owner != "" && i-ownerAt <= 6:
				// "... mother, Claritha, and father, Gene": the owner before.
			default:
				continue
			}
			g := i + 1
			if g < len(s.toks) && strings.TrimSpace(s.toks[g].gap) == "," && s.toks[g].cap && nameWord(s.toks[g], lower) &&
				!nf.used[[2]int{si, g}] && (g+1 == len(s.toks) || strings.HasPrefix(strings.TrimSpace(s.toks[g+1].gap), ",")) {
				o := s.toks[ownerAt]
				surname := o.raw
				if o.poss {
					surname = srcSlice(s, o.start, o.bare)
				}
				name := s.toks[g].raw + " " + surname
				nf.add(ment{kind: kindPerson, key: owner, name: name, sent: si, ti: g, tj: g + 1})
				named[[2]string{owner, noun}] = kin{owner, name}
				continue
			}
			// "Nichols' mother expressed ...": the relative named before.
			if k, ok := named[[2]string{owner, noun}]; ok && ownerAt == p {
				nf.add(ment{kind: kindPerson, key: k.key, name: k.name, sent: si, ti: i, tj: i + 1})
			}
		}
	}
}

// splitSharedSurnames gives two people of an article who share a surname
// ("David Wilhelm", his widow "Candee Wilhelm") keys of their own, the
// surname and a given name ("wilhelm:candee"), so that their mentions,
// roles and quotes stay apart; a mention by the surname alone ("Wilhelm
// said") is the last of them named before it, or the first after it when
// none is. Two names with a word in common before the surname, or one
// beginning the other ("Tom", "Thomas"), are one person ("Hillary Clinton",
// "Hillary Rodham Clinton"); initials tell nothing. ms are in text order;
// midCaps holds the words written capitalised inside a sentence (a
// sentence's first word is a given name only when the article writes it
// so elsewhere or it is a common one: not "Neither Perlo").
func splitSharedSurnames(ms []ment, sents []sent, midCaps map[string]bool) {
	// givenWords are the words of a name before its surname; sure is false
	// when the first of them opens its sentence and could be any word
	// ("Neither Perlo").
	givenWords := func(m *ment) (out []string, sure bool) {
		w := strings.Fields(m.name)
		if m.kind != kindPerson || len(w) < 2 {
			return nil, false
		}
		sure = true
		for k, x := range w[:len(w)-1] {
			// A nickname keeps its name's words apart by its marks
			// (`Luis Gerardo "Jerry" Ortiz` is Jerry Ortiz too).
			g := strings.ToLower(strings.TrimRight(strings.Trim(x, "\"“”()"), ".,"))
			// "T.J.", "A.J.": initials that stand for the given name are
			// one, told apart from others by their letters ("T.J. DiLeo"
			// is not "Tony DiLeo"); one initial or a middle one is no
			// given name.
			multi := k == 0 && strings.Contains(g, ".") && initials(g) && len(w) == 2
			if !multi && (len([]rune(g)) < 2 || strings.Contains(g, ".")) || nameSuffixes[g] {
				continue // an initial
			}
			if k == 0 && m.ti == 0 && m.tj-m.ti >= 2 && !midCaps[g] && !givenName(g) {
				sure = false
			}
			out = append(out, g)
		}
		return out, sure && len(out) > 0
	}
	same := func(a, b []string) bool {
		for _, x := range a {
			for _, y := range b {
				if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
					return true
				}
			}
		}
		return false
	}
	// The people of each surname: the given words of the first name
	// written for each; a name whose given word may be any word is another
	// person only beside one surely named.
	people := map[string][][]string{}
	for _, pass := range []bool{true, false} {
		for k := range ms {
			g, sure := givenWords(&ms[k])
			if len(g) == 0 || sure != pass || !sure && len(people[ms[k].key]) == 0 {
				continue
			}
			known := false
			for _, o := range people[ms[k].key] {
				known = known || same(g, o)
			}
			if !known {
				people[ms[k].key] = append(people[ms[k].key], g)
			}
		}
	}
	keyOf := func(surname string, g []string) string {
		for _, o := range people[surname] {
			if same(g, o) {
				return surname + ":" + o[0]
			}
		}
		return surname
	}
	last := map[string]string{} // surname -> the key of the last one named in full
	// surname and sex -> the key of the last one named in full whose given
	// name tells that sex
	lastOfSex := map[[2]string]string{}
	named := make([]bool, len(ms))
	for k := range ms {
		m := &ms[k]
		if m.kind != kindPerson || len(people[m.key]) < 2 {
			continue
		}
		surname := m.key
		if g, _ := givenWords(m); len(g) > 0 {
			m.key = keyOf(surname, g)
			last[surname], named[k] = m.key, true
			if sex := givenNameGender(g[0]); sex != "" {
				lastOfSex[[2]string{surname, sex}] = m.key
			}
		} else if key, ok := lastOfSex[[2]string{surname, honorificSex(sents, m)}]; ok {
			// "Tom Berg and his wife Maria Berg ... Mr. Berg said": the
			// honorific tells which of them.
			m.key = key
		} else if key, ok := last[surname]; ok {
			m.key = key
		}
	}
	// The mentions before: the first one named in full after them.
	next := map[string]string{}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.kind != kindPerson {
			continue
		}
		if named[k] {
			next[surnameOf(m.key)] = m.key
		} else if key, ok := next[m.key]; ok {
			m.key = key
		}
	}
}

// honorificSex is the sex the honorific right before a person mention
// tells ("Mr. Berg", "Mrs. Berg"), or "".
func honorificSex(sents []sent, m *ment) string {
	if m.ti < 1 || m.sent >= len(sents) {
		return ""
	}
	switch sents[m.sent].toks[m.ti-1].low {
	case "mr":
		return "m"
	case "mrs", "ms", "miss":
		return "f"
	}
	return ""
}

// surnameOf is the surname in a person key ("wilhelm" of "wilhelm:candee").
func surnameOf(key string) string {
	if i := strings.IndexByte(key, ':'); i >= 0 {
		return key[:i]
	}
	return key
}
