package facts

import (
	"sort"
	"strings"
	"unicode"
)

// The kinds of named things.
const (
	kindPerson = "person"
	kindOrg    = "org"
	kindPlace  = "place"
)

// ment is one mention of a named thing found in a sentence.
type ment struct {
	kind    string
	key     string
	name    string // the name as written, without role or honorific
	country string
	roles   []string
	sent    int
	ti, tj  int // token range of the name
	start   int
	end     int
	// untitled marks a person found by name words alone, to be confirmed.
	untitled bool
}

// entSet holds every mention of an article, in text order.
type entSet struct {
	src   string
	sents []sent
	ms    []ment
	// maybePlaces are names after a preposition of place, added once the
	// surnames are known.
	maybePlaces [][3]int
	// lastOrg is the organisation last quoted, for "the statement said".
	lastOrg speaker
	// used marks tokens that belong to a mention (sentence, token).
	used map[[2]int]bool
}

// findEntities finds people, organisations and places by rules: runs of
// capitalised words are cut and classified by titles (a title before a name
// makes a person), organisation and place suffixes and the gazetteers;
// roles are read from the words before a name ("Defense Secretary Lloyd
// Austin", "Pentagon press secretary Gen. Pat Ryder") and from appositions
// ("Gen. Pat Ryder, the Pentagon press secretary", "the Pentagon press
// secretary, Gen. Pat Ryder"); a single word that is the surname of a person
// named elsewhere in the article is a mention of that person.
func findEntities(src string, sents []sent, lower map[string]bool) *entSet {
	e := &entSet{src: src, sents: sents, used: map[[2]int]bool{}}
	for si := range sents {
		e.scanSentence(si, lower)
	}
	// Second pass: lone surnames (and first names of people given as one
	// word only) of people named in full elsewhere.
	surnames := map[string]string{}
	for _, m := range e.ms {
		if m.kind == kindPerson && strings.Contains(m.name, " ") {
			surnames[m.key] = m.key
		}
	}
	for si := range sents {
		s := &sents[si]
		for i, t := range s.toks {
			if !t.cap || e.used[[2]int{si, i}] {
				continue
			}
			if k, ok := surnames[strings.ToLower(t.low)]; ok {
				e.add(ment{kind: kindPerson, key: k, name: t.raw, sent: si, ti: i, tj: i + 1})
			}
		}
	}
	e.confirmPeople()
	// A lone first word of an organisation named in full elsewhere
	// ("Skyline" for "Skyline Airways").
	firstWords := map[string]ment{}
	for _, m := range e.ms {
		if m.kind == kindOrg && m.tj-m.ti >= 2 {
			t := e.sents[m.sent].toks[m.ti]
			if !places[t.low] && demonyms[t.low] == "" && !roleModifiers[t.low] && t.cap {
				firstWords[t.low] = m
			}
		}
	}
	for si := range sents {
		s := &sents[si]
		for i, t := range s.toks {
			if m, ok := firstWords[t.low]; ok && t.cap && !e.used[[2]int{si, i}] &&
				(i+1 >= len(s.toks) || !s.toks[i+1].cap || !plainGap(s.toks[i+1].gap, t)) {
				e.add(ment{kind: kindOrg, key: m.key, name: t.raw, country: m.country, sent: si, ti: i, tj: i + 1})
			}
		}
	}
	for _, c := range e.maybePlaces {
		if !e.used[[2]int{c[0], c[1]}] {
			e.addEntity(kindPlace, c[0], c[1], c[2])
		}
	}
	sort.SliceStable(e.ms, func(a, b int) bool {
		if e.ms[a].sent != e.ms[b].sent {
			return e.ms[a].sent < e.ms[b].sent
		}
		return e.ms[a].ti < e.ms[b].ti
	})
	return e
}

func (e *entSet) add(m ment) {
	s := &e.sents[m.sent]
	m.start, m.end = s.span(m.ti, m.tj)
	if strings.HasSuffix(m.name, "'s") || strings.HasSuffix(m.name, "’s") {
		m.name = strings.TrimSuffix(strings.TrimSuffix(m.name, "'s"), "’s")
		m.end -= 2
	}
	for i := m.ti; i < m.tj; i++ {
		e.used[[2]int{m.sent, i}] = true
	}
	e.ms = append(e.ms, m)
}

// confirmPeople keeps a person found by capitalised name words alone
// ("Pell Aaberg") only with some sign that it is a person: a role in
// apposition, the surname used alone elsewhere, or a speech verb next to
// it. Otherwise it is taken for a place after a preposition of place
// ("in Lower Brask") or dropped: names of places, firms and outlets look
// the same ("Millford Crossing", "Ellory Hydro").
func (e *entSet) confirmPeople() {
	keep := make([]bool, len(e.ms))
	evidence := map[string]bool{}
	for k, m := range e.ms {
		keep[k] = true
		if m.kind == kindPerson && (!m.untitled || len(m.roles) > 0) {
			evidence[m.key] = true
		}
		if m.kind == kindPerson && !strings.Contains(m.name, " ") {
			evidence[m.key] = true // a lone surname
		}
	}
	for k, m := range e.ms {
		if m.kind != kindPerson || !m.untitled || evidence[m.key] || e.nearSpeech(m) {
			continue
		}
		keep[k] = false
		for i := m.ti; i < m.tj; i++ {
			delete(e.used, [2]int{m.sent, i})
		}
		if m.ti > 0 && locPreps[e.sents[m.sent].toks[m.ti-1].low] {
			e.maybePlaces = append(e.maybePlaces, [3]int{m.sent, m.ti, m.tj})
		}
	}
	out := e.ms[:0]
	for k, m := range e.ms {
		if keep[k] {
			out = append(out, m)
		}
	}
	e.ms = out
}

// nearSpeech reports a speech verb right after the mention ("Aaberg
// said") or right before it ("said Pell Aaberg"), or an apposition
// opening with "who".
func (e *entSet) nearSpeech(m ment) bool {
	s := &e.sents[m.sent]
	if m.tj < len(s.toks) {
		n := s.toks[m.tj]
		if speechVerbs[n.low] && strings.TrimSpace(n.gap) == "" {
			return true
		}
		// An apposition that describes a person: ", who", ", one of", ", 34,".
		if strings.TrimSpace(n.gap) == "," {
			switch n.low {
			case "who", "whose", "one", "aged":
				return true
			}
			if v, _, ok := numValue(n.low); ok && v > 0 && v < 120 && m.tj+1 < len(s.toks) && strings.TrimSpace(s.toks[m.tj+1].gap) == "," {
				return true
			}
		}
	}
	if m.ti > 0 {
		p := s.toks[m.ti-1]
		if speechVerbs[p.low] && strings.TrimSpace(s.toks[m.ti].gap) == "" {
			return true
		}
	}
	return false
}

// nameWord reports whether t can be part of a person's name.
func nameWord(t tok, lower map[string]bool) bool {
	if !t.cap {
		return false
	}
	l := t.low
	if titleHeads[l] || honorifics[l] || roleModifiers[l] || months[l] > 0 || lower[l] ||
		places[l] || orgSuffixes[l] || knownOrgs[l] || demonyms[l] != "" || isStopCap(l) {
		return false
	}
	if _, ok := weekdays[l]; ok {
		return false
	}
	if _, ok := numberWords[l]; ok {
		return false
	}
	if strings.Contains(l, ".") && len(l) > 2 { // U.S.
		return false
	}
	for _, r := range t.raw {
		if unicode.IsDigit(r) {
			return false
		}
	}
	// ALL-CAPS words of three letters or more are acronyms, not names.
	if len(t.raw) >= 3 && strings.ToUpper(t.raw) == t.raw {
		return false
	}
	return true
}

// isStopCap reports stop words and other words that start sentences.
func isStopCap(l string) bool {
	switch l {
	case "the", "a", "an", "after", "before", "but", "and", "or", "if", "when", "while", "as", "in", "on",
		"at", "for", "of", "to", "by", "with", "from", "this", "that", "these", "those", "it", "he", "she",
		"they", "we", "i", "you", "his", "her", "their", "our", "its", "there", "here", "once", "since",
		"although", "though", "meanwhile", "however", "instead", "also", "then", "so", "yet", "still",
		"according", "during", "under", "over", "about", "despite", "only", "even", "some", "many", "most",
		"all", "both", "each", "other", "another", "no", "not", "one", "two", "three", "more", "such",
		"what", "who", "which", "where", "why", "how", "officials", "read", "watch", "subscribe", "sign",
		"written", "photo", "images", "source", "click", "follow", "share", "updated", "published":
		return true
	}
	return false
}

// roleWord reports whether t can be part of a role phrase before a name.
func roleWord(t tok) bool {
	return titleHeads[t.low] || roleModifiers[t.low] || places[t.low] || demonyms[t.low] != "" ||
		orgSuffixes[t.low] || knownOrgs[t.low] || (t.cap && !isStopCap(t.low))
}

// scanSentence finds the mentions of one sentence.
func (e *entSet) scanSentence(si int, lower map[string]bool) {
	s := &e.sents[si]
	n := len(s.toks)
	i := 0
	for i < n {
		t := s.toks[i]
		if !t.cap || months[t.low] > 0 || isWeekday(t.low) {
			i++
			continue
		}
		// The capitalised run [i, j).
		j := i + 1
		for j < n {
			nt := s.toks[j]
			if !plainGap(nt.gap, s.toks[j-1]) || s.toks[j-1].poss {
				break
			}
			if nt.cap && months[nt.low] == 0 && !isWeekday(nt.low) {
				j++
				continue
			}
			if (nt.low == "of" || nt.low == "for" || nt.low == "de" || nt.low == "van" || nt.low == "von" ||
				nt.low == "al" || nt.low == "bin" || nt.low == "da" || nt.low == "le" || nt.low == "la") &&
				j+1 < n && s.toks[j+1].cap && plainGap(s.toks[j+1].gap, nt) && months[s.toks[j+1].low] == 0 {
				j += 2
				continue
			}
			break
		}
		e.classify(si, i, j, lower)
		i = j
	}
}

func isWeekday(l string) bool { _, ok := weekdays[l]; return ok }

// classify decides what the capitalised run [a, b) of sentence si names.
func (e *entSet) classify(si, a, b int, lower map[string]bool) {
	s := &e.sents[si]
	// Leading stop words ("The", "After") are not part of a name.
	for a < b && (isStopCap(s.toks[a].low) || s.toks[a].low == "of" || s.toks[a].low == "for") {
		a++
	}
	if a >= b {
		return
	}
	toks := s.toks[a:b]
	last := toks[len(toks)-1]
	// A title or honorific inside the run: a person follows it.
	h := -1
	for k, t := range toks {
		if titleHeads[t.low] || honorifics[t.low] {
			h = k
		}
	}
	if h >= 0 && h < len(toks)-1 {
		// The role continues past "of"/"for" over role words.
		nameStart := h + 1
		if toks[nameStart].low == "of" || toks[nameStart].low == "for" {
			k := nameStart + 1
			for k < len(toks) && !nameWord(toks[k], lower) && roleWord(toks[k]) {
				k++
			}
			nameStart = k
		}
		nameEnd := nameStart
		for nameEnd < len(toks) && nameWord(toks[nameEnd], lower) {
			nameEnd++
		}
		if nameEnd > nameStart && nameEnd == len(toks) {
			e.addPerson(si, a, a+nameStart, a+nameEnd)
			return
		}
		// "Foreign Minister Anja Kovalenko of Veltria": the name ends before
		// "of", and what follows is a run of its own.
		if nameEnd > nameStart && (toks[nameEnd].low == "of" || toks[nameEnd].low == "for") && nameEnd+1 < len(toks) {
			e.addPerson(si, a, a+nameStart, a+nameEnd)
			e.classify(si, a+nameEnd+1, b, lower)
			return
		}
	}
	// Organisations: an organisation suffix ends the run, or heads it
	// before "of"; or a known one-word organisation.
	isOrg := orgSuffixes[last.low] && len(toks) > 1 || knownOrgs[last.low] && len(toks) <= 2
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].low == "of" && orgSuffixes[toks[k].low] {
			isOrg = true
		}
	}
	if len(toks) == 1 && knownOrgs[last.low] {
		isOrg = true
	}
	if isOrg && !(h >= 0 && titleHeads[last.low]) {
		e.addEntity(kindOrg, si, a, b)
		return
	}
	// Places: every word in the gazetteer, a place suffix, or "City, St."
	allPlace := true
	for _, t := range toks {
		if !places[t.low] && t.low != "of" {
			allPlace = false
		}
	}
	if allPlace || placeSuffixes[last.low] && len(toks) > 1 || placePrefixes[toks[0].low] && len(toks) > 1 || b < len(s.toks) && len(toks) <= 2 &&
		strings.HasPrefix(s.toks[b].gap, ",") && strings.TrimSpace(strings.TrimPrefix(s.toks[b].gap, ",")) == "" &&
		(stateAbbrevs[s.toks[b].low] || places[s.toks[b].low] && s.toks[b].cap) && !titleHeads[last.low] {
		e.addEntity(kindPlace, si, a, b)
		return
	}
	// People without a title: two to four name words.
	if len(toks) >= 2 && len(toks) <= 4 {
		ok := true
		for _, t := range toks {
			if !nameWord(t, lower) && t.low != "de" && t.low != "van" && t.low != "von" && t.low != "al" && t.low != "bin" {
				ok = false
			}
		}
		if ok {
			e.addPerson(si, a, a, b)
			e.ms[len(e.ms)-1].untitled = true
			return
		}
	}
	// A run of several things ("U.S. Defence Secretary" with no name, or
	// "U.S. Northern Command"): take its parts one by one.
	if len(toks) > 1 {
		for k := range toks {
			t := toks[k]
			switch {
			case places[t.low] && t.cap:
				e.addEntity(kindPlace, si, a+k, a+k+1)
			case knownOrgs[t.low]:
				e.addEntity(kindOrg, si, a+k, a+k+1)
			}
		}
		return
	}
	switch {
	case places[last.low]:
		e.addEntity(kindPlace, si, a, b)
	case a > 0 && locPreps[s.toks[a-1].low] && nameWord(last, lower) && !e.used[[2]int{si, a}]:
		// "in Kestrel", "near Sandvik": a name after a preposition of
		// place, unless it turns out to be a person's surname.
		e.maybePlaces = append(e.maybePlaces, [3]int{si, a, b})
	}
}

// locPreps are prepositions after which a lone unknown name is a place.
var locPreps = wordSet("in", "near", "outside", "at", "from", "to", "across", "towards", "toward", "around")

// addPerson records the person whose role words start at r and whose name
// is tokens [n0, n1) of sentence si; it also reads roles from the words
// before the run and from appositions.
func (e *entSet) addPerson(si, r, n0, n1 int) {
	s := &e.sents[si]
	// Honorifics at the end of the role part are not roles.
	roleEnd := n0
	for roleEnd > r && honorifics[s.toks[roleEnd-1].low] {
		roleEnd--
	}
	// Extend the role to the left over role words ("Pentagon press secretary").
	start := r
	for start > 0 && plainGap(s.toks[start].gap, s.toks[start-1]) && roleWord(s.toks[start-1]) &&
		s.toks[start-1].low != "the" && s.toks[start-1].low != "and" && s.toks[start-1].low != "of" &&
		!e.used[[2]int{si, start - 1}] {
		start--
	}
	// Drop leading words that are no role words at all (a verb would have
	// stopped us; a capitalised sentence opener may not).
	for start < roleEnd && !roleWord(s.toks[start]) {
		start++
	}
	var roles []string
	hasHead := false
	for k := start; k < roleEnd; k++ {
		if titleHeads[s.toks[k].low] {
			hasHead = true
		}
	}
	if hasHead {
		roles = splitRoles(s, start, roleEnd)
	} else {
		start = roleEnd
	}
	// Apposition before: "the Pentagon press secretary, Gen. Pat Ryder".
	if start == r && r > 0 && strings.TrimSpace(s.toks[r].gap) == "," {
		// The nearest determiner with a title between it and the name
		// ("a spokeswoman for the service, Mira Oduya").
		for k := r - 1; k >= 0 && r-k <= 8; k-- {
			if (s.toks[k].low == "the" || s.toks[k].low == "a" || s.toks[k].low == "an") && hasTitle(s, k+1, r) {
				roles = append(roles, e.srcText(s, k+1, r))
				break
			}
			if strings.TrimSpace(s.toks[k].gap) != "" {
				break
			}
		}
	}
	// Apposition after: "Gen. Pat Ryder, the Pentagon press secretary,".
	if n1 < len(s.toks) && strings.TrimSpace(s.toks[n1].gap) == "," {
		k := n1
		if s.toks[k].low == "the" || s.toks[k].low == "a" || s.toks[k].low == "an" {
			k++
		}
		end := k
		for end < len(s.toks) && end-k < 14 && (end == k || strings.TrimSpace(s.toks[end].gap) == "" ||
			strings.TrimSpace(s.toks[end].gap) == "." && isAbbrev(s.toks[end-1])) {
			if s.toks[end].low == "who" || s.toks[end].low == "which" || speechVerbs[s.toks[end].low] {
				break
			}
			end++
		}
		if end > k && hasTitle(s, k, min(end, k+4)) && roleWord(s.toks[k]) {
			roles = append(roles, e.srcText(s, k, end))
		}
	}
	name := e.srcText(s, n0, n1)
	key := strings.ToLower(s.toks[n1-1].low)
	e.add(ment{kind: kindPerson, key: key, name: name, roles: roles, sent: si, ti: n0, tj: n1})
	for k := start; k < n0; k++ {
		e.used[[2]int{si, k}] = true
	}
}

func (e *entSet) srcText(s *sent, i, j int) string {
	a, b := s.span(i, j)
	return e.src[a:b]
}

func hasTitle(s *sent, i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if titleHeads[s.toks[k].low] {
			return true
		}
	}
	return false
}

// splitRoles cuts the role words [i, j) after every title head not followed
// by "of" or "for": "Pentagon press secretary Gen." gives two roles.
func splitRoles(s *sent, i, j int) []string {
	var out []string
	a := i
	for k := i; k < j; k++ {
		if !titleHeads[s.toks[k].low] || rankAfter(s, k, j) {
			continue
		}
		out = append(out, roleText(s, a, k+1))
		a = k + 1
	}
	if a < j {
		out = append(out, roleText(s, a, j))
	}
	return out
}

// rankAfter reports whether the head at k continues into the next word.
func rankAfter(s *sent, k, j int) bool {
	if k+1 >= j {
		return false
	}
	n := s.toks[k+1].low
	if n == "of" || n == "for" {
		return true
	}
	// "Deputy Chief" or "Chief Executive": a head followed by a head that is
	// no rank stays one role.
	return titleHeads[n] && !rankTitles[n] && !honorifics[n]
}

// roleText is the role words [i, j) with the abbreviation stop kept.
func roleText(s *sent, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteString(" ")
		}
		b.WriteString(s.toks[k].raw)
		if isAbbrev(s.toks[k]) && k+1 < len(s.toks) && strings.HasPrefix(s.toks[k+1].gap, ".") && !strings.HasSuffix(s.toks[k].raw, ".") {
			b.WriteString(".")
		}
	}
	return b.String()
}

// addEntity records an organisation or place.
func (e *entSet) addEntity(kind string, si, a, b int) {
	s := &e.sents[si]
	country := ""
	// A possessive country before the run ("China's Defence Ministry").
	if kind == kindOrg && a > 0 && s.toks[a-1].poss && plainGap(s.toks[a].gap, s.toks[a-1]) {
		country = demonyms[s.toks[a-1].low]
		if country == "" && places[s.toks[a-1].low] {
			country = s.toks[a-1].low
		}
	}
	name := e.srcText(s, a, b)
	key, c := entityKey(kind, s.toks[a:b])
	if country == "" {
		country = c
	}
	if key == "" {
		return
	}
	e.add(ment{kind: kind, key: key, name: name, country: country, sent: si, ti: a, tj: b})
}

// entityKey folds a name for matching across articles.
func entityKey(kind string, toks []tok) (key, country string) {
	var words []string
	media := false
	for _, t := range toks {
		media = media || isMedia(t.low)
	}
	for k, t := range toks {
		l := t.low
		if kind == kindOrg && !media && (demonyms[l] != "" || places[l] && k < len(toks)-1 && len(toks) > 1) {
			if c := demonyms[l]; c != "" {
				country = c
			} else {
				country = l
			}
			continue
		}
		if l == "of" || l == "the" || l == "for" || l == "and" {
			continue
		}
		words = append(words, spelling(l))
	}
	if kind == kindPlace {
		k := strings.Join(words, " ")
		if c, ok := demonyms[k]; ok && c != "" {
			return c, ""
		}
		return k, ""
	}
	sort.Strings(words)
	key = strings.Join(words, " ")
	if al, ok := orgAliases[key]; ok {
		key = al
		if strings.Contains(key, "defense department") && country == "" {
			country = "united states"
		}
	}
	return key, country
}

// spelling folds British and American spellings and abbreviations.
func spelling(w string) string {
	switch w {
	case "defence":
		return "defense"
	case "gen":
		return "general"
	case "adm":
		return "admiral"
	case "col":
		return "colonel"
	case "lt":
		return "lieutenant"
	case "capt":
		return "captain"
	case "sgt":
		return "sergeant"
	case "sen":
		return "senator"
	case "rep":
		return "representative"
	case "gov":
		return "governor"
	case "prof":
		return "professor"
	case "cmdr":
		return "commander"
	case "labour":
		return "labor"
	case "organisation":
		return "organization"
	case "centre":
		return "center"
	case "harbour":
		return "harbor"
	case "spokeswoman", "spokesman":
		return "spokesperson"
	}
	return w
}

// roleKey folds a role for comparison: content words, spelling folded,
// nationality and articles left out, sorted.
func roleKey(role string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(w, ".,;:()'\"")
		w = strings.TrimSuffix(w, "'s")
		if w == "" || w == "the" || w == "a" || w == "an" || w == "of" || w == "for" || w == "and" || w == "to" {
			continue
		}
		if demonyms[w] != "" || demonyms[strings.TrimSuffix(w, ".")] != "" || w == "u.s." {
			continue
		}
		words = append(words, spelling(strings.TrimSuffix(w, ".")))
	}
	sort.Strings(words)
	return strings.Join(uniq(words), " ")
}

func uniq(s []string) []string {
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// people gathers the person mentions into one Person per key.
func (e *entSet) people() []Person {
	idx := map[string]int{}
	var out []Person
	for _, m := range e.ms {
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
			dup := false
			for _, x := range p.Roles {
				if x.Text == r {
					dup = true
				}
			}
			if !dup {
				p.Roles = append(p.Roles, Role{Text: r, Key: roleKey(r), Sentence: m.sent})
			}
		}
		p.Mentions = append(p.Mentions, Mention{Text: e.src[m.start:m.end], Sentence: m.sent, Start: m.start, End: m.end})
	}
	if out == nil {
		out = []Person{}
	}
	return out
}

// entities gathers organisation or place mentions into one Entity per key.
func (e *entSet) entities(kind string) []Entity {
	idx := map[string]int{}
	out := []Entity{}
	for _, m := range e.ms {
		if m.kind != kind {
			continue
		}
		i, ok := idx[m.key]
		if !ok {
			i = len(out)
			idx[m.key] = i
			out = append(out, Entity{Name: m.name, Key: m.key, Country: m.country})
		}
		en := &out[i]
		if en.Country == "" {
			en.Country = m.country
		}
		en.Mentions = append(en.Mentions, Mention{Text: e.src[m.start:m.end], Sentence: m.sent, Start: m.start, End: m.end})
	}
	return out
}
