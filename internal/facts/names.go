package facts

import (
	"slices"
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
	// titleOpens marks a person whose title before the name opens the
	// sentence ("Assistant general manager Tony Bell will replace ...").
	titleOpens bool
}

// nameFinder collects the mentions of one article while its sentences are
// read.
type nameFinder struct {
	sents []sent
	ms    []ment
	// maybePlaces are names after a preposition of place, added once the
	// surnames are known.
	maybePlaces [][3]int
	// used marks tokens that belong to a mention (sentence, token).
	used map[[2]int]bool
	// entity marks the tokens of an organisation's or place's mention.
	entity map[[2]int]bool
}

// findNames finds people, organisations and places by rules: runs of
// capitalised words are cut and classified by titles (a title before a name
// makes a person), organisation and place suffixes and the gazetteers;
// roles are read from the words before a name ("Defense Secretary Lloyd
// Austin", "Pentagon press secretary Gen. Pat Ryder") and from appositions
// ("Gen. Pat Ryder, the Pentagon press secretary", "the Pentagon press
// secretary, Gen. Pat Ryder"); a single word that is the surname of a person
// named elsewhere in the article is a mention of that person.
// The mentions come back in text order.
func findNames(src string, sents []sent, lower map[string]bool) []ment {
	nf := &nameFinder{sents: sents, used: map[[2]int]bool{}, entity: map[[2]int]bool{}}
	for si := range sents {
		nf.scanSentence(si, lower)
	}
	nf.kinNames(lower)
	nf.ms = nf.dropQuotedNames(src, nf.ms)
	// Second pass: lone surnames (and first names of people given as one
	// word only) of people named in full elsewhere.
	surnames := map[string]string{}
	for _, m := range nf.ms {
		// A person named in full, or by one name after a title ("President
		// Obama"), is also named by that word alone ("Obama said").
		if m.kind == kindPerson && (strings.Contains(m.name, " ") || !m.untitled && len(m.roles) > 0) {
			surnames[m.key] = m.key
		}
	}
	// A lone surname that is also a place's name ("Washington said", after
	// "Judge Tom Washington") is the person next to a verb of speech or
	// before a person's apposition; elsewhere it stays a place.
	for k, m := range nf.ms {
		if m.kind != kindPlace || m.tj-m.ti != 1 {
			continue
		}
		if key, ok := surnames[nf.sents[m.sent].toks[m.ti].low]; ok && nf.nearSpeech(m) {
			m.kind, m.key, m.country = kindPerson, key, ""
			nf.ms[k] = m
		}
	}
	gender := nf.personGenders()
	for si := range sents {
		s := &sents[si]
		for i, t := range s.toks {
			if !t.cap || nf.used[[2]int{si, i}] {
				continue
			}
			if k, ok := surnames[strings.ToLower(t.low)]; ok {
				// "Arden, an off-duty customs agent,", "Arden was a federal
				// agent": the roles around a surname alone.
				roles := surnameRoles(s, i+1)
				if r := genderedRoleBefore(s, i); r != "" && gender[k] == genderWords[strings.ToLower(r)] {
					roles = append(roles, r) // "the actress Reid"
				}
				nf.add(ment{kind: kindPerson, key: k, name: t.raw, roles: roles, sent: si, ti: i, tj: i + 1})
			}
		}
	}
	nf.confirmPeople()
	// A lone first word of an organisation named in full elsewhere
	// ("Skyline" for "Skyline Airways").
	firstWords := map[string]ment{}
	for _, m := range nf.ms {
		if m.kind == kindOrg && m.tj-m.ti >= 2 {
			t := nf.sents[m.sent].toks[m.ti]
			if !placeWord(t) && demonyms[t.low] == "" && !roleModifiers[t.low] && t.cap {
				firstWords[t.low] = m
			}
		}
	}
	for si := range sents {
		s := &sents[si]
		for i, t := range s.toks {
			if m, ok := firstWords[t.low]; ok && t.cap && !nf.used[[2]int{si, i}] &&
				(i+1 >= len(s.toks) || !s.toks[i+1].cap || !plainGap(s.toks[i+1].gap, t)) {
				nf.add(ment{kind: kindOrg, key: m.key, name: t.raw, country: m.country, sent: si, ti: i, tj: i + 1})
			}
		}
	}
	for _, c := range nf.maybePlaces {
		if !nf.used[[2]int{c[0], c[1]}] {
			nf.addEntity(kindPlace, c[0], c[1], c[2])
		}
	}
	sort.SliceStable(nf.ms, func(a, b int) bool {
		if nf.ms[a].sent != nf.ms[b].sent {
			return nf.ms[a].sent < nf.ms[b].sent
		}
		return nf.ms[a].ti < nf.ms[b].ti
	})
	nf.respectiveRoles()
	nf.pluralRoles()
	nf.definiteRoles()
	nf.asRoles()
	nf.pronounRoles()
	nf.earlierFullRoles()
	nf.loneDescriptions()
	splitSharedSurnames(nf.ms, sents, midCaps(sents))
	return nf.ms
}

// midCaps holds the words written capitalised inside a sentence.
func midCaps(sents []sent) map[string]bool {
	out := map[string]bool{}
	for _, st := range sents {
		for i, t := range st.toks {
			if i > 0 && t.cap && !strings.ContainsAny(t.gap, ".!?\"“”\n") {
				out[t.low] = true
			}
		}
	}
	return out
}

func (nf *nameFinder) add(m ment) {
	s := &nf.sents[m.sent]
	m.start, m.end = s.span(m.ti, m.tj)
	if last := s.toks[m.tj-1]; last.poss && strings.HasSuffix(m.name, last.raw) {
		// The name without its possessive, whichever apostrophe it has.
		m.name = m.name[:len(m.name)-(last.end-last.bare)]
		m.end = last.bare
	}
	for i := m.ti; i < m.tj; i++ {
		nf.used[[2]int{m.sent, i}] = true
		if m.kind != kindPerson {
			nf.entity[[2]int{m.sent, i}] = true
		}
	}
	nf.ms = append(nf.ms, m)
}

// confirmPeople keeps a person found by capitalised name words alone
// ("Pell Aaberg") only with some sign that it is a person: a role in
// apposition, the surname used alone elsewhere, or a speech verb next to
// it. Otherwise it is taken for a place after a preposition of place
// ("in Lower Brask") or dropped: names of places, firms and outlets look
// the same ("Millford Crossing", "Ellory Hydro").
func (nf *nameFinder) confirmPeople() {
	keep := make([]bool, len(nf.ms))
	evidence := map[string]bool{}
	for k, m := range nf.ms {
		keep[k] = true
		if m.kind == kindPerson && (!m.untitled || len(m.roles) > 0) {
			evidence[m.key] = true
		}
		if m.kind == kindPerson && !strings.Contains(m.name, " ") {
			evidence[m.key] = true // a lone surname
		}
		if m.kind == kindPerson && m.untitled && nf.nearSpeech(m) {
			evidence[m.key] = true // the name speaks somewhere
		}
		if m.kind == kindPerson && m.untitled && nf.afterRelation(m) {
			evidence[m.key] = true
		}
		if m.kind == kindPerson && m.untitled && m.tj-m.ti >= 2 && commonGivenName(nf.sents[m.sent].toks[m.ti].low) {
			evidence[m.key] = true // "Sam Reed owns the bakery", "beat Lennox Orr"
		}
		if m.kind == kindPerson && m.untitled && m.tj-m.ti == 2 && dottedInitials(nf.sents[m.sent].toks[m.ti]) {
			evidence[m.key] = true // "P.J. Orr": initials with full stops open a person's name
		}
		if m.kind == kindPerson && m.untitled && nf.subjectThenPronoun(m) {
			evidence[m.key] = true // "Manpreet Singh fled. Later he told police"
		}
	}
	for k, m := range nf.ms {
		if m.kind != kindPerson || !m.untitled || evidence[m.key] || nf.nearSpeech(m) {
			continue
		}
		keep[k] = false
		for i := m.ti; i < m.tj; i++ {
			delete(nf.used, [2]int{m.sent, i})
		}
		if m.ti > 0 && placePreps[nf.sents[m.sent].toks[m.ti-1].low] {
			nf.maybePlaces = append(nf.maybePlaces, [3]int{m.sent, m.ti, m.tj})
		}
	}
	out := nf.ms[:0]
	for k, m := range nf.ms {
		if keep[k] {
			out = append(out, m)
		}
	}
	nf.ms = out
}

// subjectThenPronoun reports two or three name words that open their
// sentence before a lower-case verb, with "he" or "she" in the rest of the
// sentence or the next one, before any other capitalised run of two words
// ("Manpreet Singh criticised the plan. "...," he said"): a person whose
// given name the lists do not hold, referred to as a person. A place or a
// firm is "it".
func (nf *nameFinder) subjectThenPronoun(m ment) bool {
	s := &nf.sents[m.sent]
	if m.ti != 0 || m.tj-m.ti < 2 || m.tj-m.ti > 3 || m.tj >= len(s.toks) {
		return false
	}
	if n := s.toks[m.tj]; n.cap || strings.TrimSpace(n.gap) != "" || isStopCap(n.low) || n.low == "and" {
		return false
	}
	for si := m.sent; si < len(nf.sents) && si <= m.sent+1; si++ {
		toks := nf.sents[si].toks
		from := 0
		if si == m.sent {
			from = m.tj
		}
		for i := from; i < len(toks); i++ {
			t := toks[i]
			if t.low == "he" || t.low == "she" {
				return true
			}
			if i > from && t.cap && toks[i-1].cap && plainGap(t.gap, toks[i-1]) {
				return false
			}
		}
	}
	return false
}

// afterRelation reports a name right after a lower-case noun that says
// who a person is to someone ("the victim's brother Sam Ortiz", "her
// publicist Jack Ketsoyan", "resident Suri Charanjit").
func (nf *nameFinder) afterRelation(m ment) bool {
	if m.ti == 0 {
		return false
	}
	s := &nf.sents[m.sent]
	p := s.toks[m.ti-1]
	if p.cap || strings.TrimSpace(s.toks[m.ti].gap) != "" {
		return false
	}
	return genderWords[p.low] != "" || describers[p.low] || titleHeads[p.low] || agentNoun(s, m.ti-1) || compoundBefore(s, m.ti)
}

// agentNoun reports a lower-case noun for what someone does at word k,
// after a capitalised word: "Cornell University ecologist", "Harbour
// Trust engineer", "NASA scientist".
func agentNoun(s *sent, k int) bool {
	if k < 1 || !s.toks[k-1].cap || strings.TrimSpace(s.toks[k].gap) != "" {
		return false
	}
	l := s.toks[k].low
	if len(l) < 6 || s.toks[k].cap {
		return false
	}
	for _, x := range []string{"ist", "ian", "er", "or", "ant", "ent"} {
		if strings.HasSuffix(l, x) {
			return !isStopCap(l)
		}
	}
	return false
}

// nearSpeech reports a speech verb right after the mention ("Aaberg
// said") or right before it ("said Pell Aaberg"), or an apposition
// opening with "who".
func (nf *nameFinder) nearSpeech(m ment) bool {
	s := &nf.sents[m.sent]
	if m.tj < len(s.toks) {
		n := s.toks[m.tj]
		if speechVerbs[n.low] && strings.TrimSpace(n.gap) == "" {
			return true
		}
		// "Ivo Pinsk (Vardo Party) said": a bracket between the name and
		// its verb.
		if strings.TrimSpace(n.gap) == "(" && speechAt(s, m.tj) {
			return true
		}
		// "Ivo Pinsk of the Vardo Party said": where the person works,
		// capitalised, between the name and its verb.
		if n.low == "of" && !n.cap && strings.TrimSpace(n.gap) == "" {
			k := m.tj + 1
			if k < len(s.toks) && s.toks[k].low == "the" {
				k++
			}
			j := k
			for j < len(s.toks) && j-k < 5 && s.toks[j].cap && (j == k || plainGap(s.toks[j].gap, s.toks[j-1])) {
				j++
			}
			if j > k && speechAt(s, j) {
				return true
			}
		}
		// An apposition that describes a person: ", who", ", one of", ", 34,".
		if personApposition(s, m.tj) || strings.TrimSpace(n.gap) == "," && (n.low == "one" || n.low == "aged") {
			return true
		}
	}
	if m.ti > 0 {
		p := s.toks[m.ti-1]
		if speechVerbs[p.low] && strings.TrimSpace(s.toks[m.ti].gap) == "" {
			return true
		}
	}
	return appositionThenSpeech(s, m.tj)
}

// personApposition reports an apposition at word j that only a person
// takes: ", who", ", whose" or an age (", 45,").
func personApposition(s *sent, j int) bool {
	if j >= len(s.toks) || !appositionGap(s.toks[j].gap) {
		return false
	}
	n := s.toks[j]
	if n.low == "who" || n.low == "whose" {
		return true
	}
	v, _, ok := numValue(n.low)
	return ok && v > 0 && v < 120 && j+1 < len(s.toks) && strings.TrimSpace(s.toks[j+1].gap) == ","
}

// appositionGap reports the gap that opens an apposition: a comma or a
// dash ("Jordan -- who became close with Stefanski --").
func appositionGap(g string) bool {
	switch strings.TrimSpace(g) {
	case ",", "--", "—", "–":
		return true
	}
	return false
}

// appositionThenSpeech reports an apposition after a name that a verb of
// speech closes: "Matt Goodman, from the fire service, said"; "William
// L. Kovacs, the Chamber's vice president of environment, technology and
// regulatory affairs, said". j is the word after the name.
func appositionThenSpeech(s *sent, j int) bool {
	if j >= len(s.toks) || strings.TrimSpace(s.toks[j].gap) != "," {
		return false
	}
	for k := j + 1; k < len(s.toks) && k-j < 30; k++ {
		g := s.toks[k].gap
		if strings.ContainsAny(g, ".;!?") && !isAbbrev(s.toks[k-1]) {
			return false
		}
		if strings.Contains(g, ",") && speechVerbs[s.toks[k].low] {
			return true
		}
	}
	return false
}

// dropQuotedNames leaves out the people named only inside quotation marks
// that hold nothing but the name, a nickname or a name given ("the
// nickname of "Canine Marlow"", "known as "Big Tom""): no one of that name
// is in the story, and the person's own name must stay the fullest.
func (nf *nameFinder) dropQuotedNames(src string, ms []ment) []ment {
	// The top-level quotes, in text order and apart.
	var spans []qspan
	for _, q := range quoteSpans(src) {
		if !q.nested {
			spans = append(spans, q)
		}
	}
	if len(spans) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kind == kindPerson {
			k := sort.Search(len(spans), func(k int) bool { return spans[k].end() > m.start })
			if k < len(spans) && spans[k].start() <= m.start && m.end <= spans[k].end() {
				body := strings.TrimSpace(spans[k].text(src))
				if len(strings.Fields(body)) < minQuoteWords && len(strings.TrimRight(body, ".,;:!?’'\"”")) <= len(m.name)+1 {
					for i := m.ti; i < m.tj; i++ {
						delete(nf.used, [2]int{m.sent, i})
					}
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// nameWord reports whether t can be part of a person's name.
func nameWord(t tok, lower map[string]bool) bool {
	if !t.cap {
		return false
	}
	l := t.low
	if titleHeads[l] || honorifics[l] || roleModifiers[l] || months[l] > 0 || lower[l] ||
		places[l] || placeParts[l] || orgSuffixes[l] || knownOrgs[l] || demonyms[l] != "" || isStopCap(l) {
		return false
	}
	if _, ok := weekdays[l]; ok {
		return false
	}
	if _, ok := numberWords[l]; ok {
		return false
	}
	// U.S., but "G.K." is a name; a state's abbreviation is written with its
	// full stop or in capitals ("Mo.", "MO"; "Mo Cheeks" is a name).
	if strings.Contains(l, ".") && len(l) > 2 && !initials(l) || stateAbbrevs[l] && (strings.HasSuffix(t.raw, ".") || strings.ToUpper(t.raw) == t.raw) {
		return false
	}
	if contraction(l) { // "I'd", "We'll": a pronoun and a verb, no name
		return false
	}
	for _, r := range t.raw {
		if unicode.IsDigit(r) {
			return false
		}
	}
	// ALL-CAPS words of three letters or more are acronyms, not names;
	// "III" and "IV" after a surname are no acronym, as "II" is none.
	if len(t.raw) >= 3 && strings.ToUpper(t.raw) == t.raw && !initials(l) && !nameSuffixes[l] && !t.capsLead {
		return false
	}
	return true
}

// contraction reports a word that joins a verb to a pronoun ("i'd",
// "we'll", "don't"); "O'Neill" and "D'Souza" are names.
func contraction(l string) bool {
	for _, x := range []string{"'d", "'m", "'ll", "'ve", "'re", "n't"} {
		if strings.HasSuffix(l, x) {
			return true
		}
	}
	return strings.HasPrefix(l, "i'")
}

// participle guesses a word ending like a participle ("bringing", "fired").
func participle(l string) bool {
	return len(l) >= 5 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed"))
}

// maxNameRun cuts runs of capitalised words (a headline in capitals, a
// list of names): a name with its title is shorter.
const maxNameRun = 12

// runKey is the words of a run in lower case, joined by spaces.
func runKey(toks []tok) string {
	w := make([]string, len(toks))
	for k, t := range toks {
		w[k] = t.low
	}
	return strings.Join(w, " ")
}

// personNamedOrgs are firms and clubs named like a person ("Goldman
// Sachs said"), which nothing in the sentence tells from one.
var personNamedOrgs = wordSet("goldman sachs", "morgan stanley", "merrill lynch", "lehman brothers", "bear stearns",
	"dow jones", "smith barney", "charles schwab", "wells fargo", "jp morgan", "lockheed martin", "northrop grumman",
	"arthur andersen", "red sox", "white sox", "red cross", "red wings", "blue jays")

// nameParticles stand in lower case inside a name ("Ursula von der
// Leyen", "Osama bin Laden", "Pedro de la Fuente").
var nameParticles = wordSet("de", "van", "von", "al", "bin", "ibn", "da", "le", "la", "der", "den", "del",
	"della", "di", "du", "des", "dos", "das")

// hyphenParticles are joined to the surname by a hyphen ("Bashar
// al-Assad", "Hosni el-Sayed").
var hyphenParticles = wordSet("al", "el")

// capParticle reports a capitalised particle joined by a hyphen to the
// surname after it ("Al" of "Samir Al-Haddadi"), a name word even where the
// article writes it in lower case elsewhere ("Wadi al-Zahra").
func capParticle(toks []tok, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].cap && hyphenParticles[toks[k].low] && toks[k+1].gap == "-" && toks[k+1].cap
}

// midInitial reports a middle initial at word k of a name's words toks
// whose name opens at word first: one capital letter with its full stop
// ("Robert A. Eckert", where "A" is also a word), neither the name's first
// word nor its last.
func midInitial(toks []tok, first, k int) bool {
	if k <= first || k >= len(toks)-1 {
		return false
	}
	t := toks[k]
	r := []rune(strings.TrimSuffix(t.raw, "."))
	return len(r) == 1 && unicode.IsUpper(r[0]) && (strings.HasSuffix(t.raw, ".") || strings.HasPrefix(toks[k+1].gap, "."))
}

// titledSurname reports a last name word after title that names a firm or
// a place elsewhere but here a person: "Mayor Michael R. Bloomberg", "Mr
// Jordan" (a place, or a role word, only after an honorific: "Mr", "Dr").
func titledSurname(title, t tok) bool {
	if honorificSurname(title, t) {
		return true
	}
	if !t.cap || t.poss || titleHeads[t.low] || honorifics[t.low] {
		return false
	}
	return surnameOrgs[t.low] || honorifics[title.low] && (placeWord(t) || surnameRoleWord(t)) && !orgSuffixes[t.low]
}

// honorificSurname reports a surname that is also a title after "Mr.",
// "Mrs.", "Ms." or "Dr." ("Dr. Dean", "Mr. King", "Ms. Bishop"): an
// honorific stands before a name, not before a title, but for the titles
// one is addressed by ("Mr. President", "Madam Speaker").
func honorificSurname(h, t tok) bool {
	return personalHonorifics[h.low] && t.cap && !t.poss && titleHeads[t.low] && !addressTitles[t.low]
}

// personalHonorifics stand before a person's name; addressTitles are the
// titles one is addressed by after one of them.
var (
	personalHonorifics = wordSet("mr", "mrs", "ms", "dr", "miss")
	addressTitles      = wordSet("president", "chairman", "chairwoman", "speaker", "secretary", "mayor", "governor",
		"senator", "ambassador", "minister", "premier", "commissioner", "chancellor", "justice", "chair", "director",
		"prime", "vice", "attorney", "general", "officer", "deputy", "chief")
)

// surnameRoleWord reports a role word that is also a surname after an
// honorific: "Mr. White", "Dr. Marine", "Ms. Head".
func surnameRoleWord(t tok) bool {
	return roleModifiers[t.low] && !stopRoleWords[t.low]
}

// stopRoleWords are the role modifiers that are no one's surname.
var stopRoleWords = wordSet("the", "of", "for", "and", "u.s", "u.s.", "us", "usa", "uk", "eu", "un", "nato")

// placeSurname reports a word naming a place alone that ends a name after
// its title and first name words: "Judge Tom Washington", "Interior
// Minister Rafiq Sahel". A title and a name before it leave no place.
func placeSurname(t tok) bool {
	return t.cap && !t.poss && wholePlace(t) && !orgSuffixes[t.low] && !titleHeads[t.low] && !honorifics[t.low]
}

// surnameOrgs are firms named after their founders, whose surname names
// other people too ("Mayor Michael Bloomberg").
var surnameOrgs = wordSet("bloomberg", "forbes", "reuters", "ford", "dell", "boeing", "disney")

// nameSuffixes follow a surname.
var nameSuffixes = wordSet("jr", "sr", "ii", "iii", "iv")

// placePreps are the prepositions after which two or three capitalised
// words not confirmed as a person's name are a place ("in Lower Brask");
// after "to" or "from" they are as often a person ("lost to Lamon
// Brewster").
var placePreps = wordSet("in", "near", "outside", "at", "across", "towards", "toward", "around")

// nameRun reports whether toks are all name words.
func nameRun(toks []tok, lower map[string]bool) bool {
	for _, t := range toks {
		if !nameWord(t, lower) {
			return false
		}
	}
	return len(toks) > 0
}

// dottedInitials reports two or three capital letters each with its full
// stop ("P.J.", "A.J."), a given name written short.
func dottedInitials(t tok) bool {
	l := strings.TrimSuffix(t.low, ".")
	return t.cap && strings.Count(l, ".") >= 1 && strings.Count(l, ".") <= 2 && initials(l) && strings.ToUpper(t.raw) == t.raw
}

// initials reports a word of single letters joined by full stops ("g.k",
// "j.r.r").
func initials(l string) bool {
	for _, p := range strings.Split(l, ".") {
		if len([]rune(p)) != 1 {
			return false
		}
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
		// correlative conjunctions ("Neither Perlo nor his co-counsel")
		"neither", "either", "nor",
		"what", "who", "which", "where", "why", "how", "officials", "read", "watch", "subscribe", "sign",
		"written", "photo", "images", "source", "click", "follow", "share", "updated", "published",
		// sentence adverbs, never part of a name ("Ironically Ruiz had asked")
		"ironically", "apparently", "reportedly", "previously", "initially", "eventually", "ultimately",
		"unfortunately", "fortunately", "clearly", "obviously", "separately", "similarly", "additionally",
		"currently", "earlier", "later", "finally", "sadly", "luckily", "surprisingly", "notably",
		"now", "today", "yesterday", "thus", "therefore", "moreover", "furthermore", "besides", "nevertheless":
		return true
	}
	return false
}

// publicBodies are a state's organisations that news writes in lower case
// after the nationality ("the Greek government said").
var publicBodies = wordSet("government", "navy", "army", "police", "parliament", "cabinet", "ministry")

// scanSentence finds the mentions of one sentence.
func (nf *nameFinder) scanSentence(si int, lower map[string]bool) {
	s := &nf.sents[si]
	n := len(s.toks)
	i := 0
	for i < n {
		t := s.toks[i]
		if !t.cap || months[t.low] > 0 || isWeekday(t.low) {
			i++
			continue
		}
		// "(D-W.Va.)", ", R-Texas,": a party and a state after a
		// lawmaker's name are no name ("W. Va" would read as an initial
		// and a surname).
		if j := partyLabelEnd(s, i); j > i {
			i = j
			continue
		}
		// The capitalised run [i, j).
		j := i + 1
		for j < n && j-i < maxNameRun {
			nt := s.toks[j]
			// "Vardo County Sheriff's Office", "the Attorney General's
			// Office": an office named by its holder is one name.
			if s.toks[j-1].poss && !(officeHolders[s.toks[j-1].low] && nt.cap && officeNouns[nt.low] && j-1 > i && plainGap(nt.gap, s.toks[j-1])) {
				break
			}
			if electAfter(s, j-1) { // "President-elect Barack Obama"
				j++
				continue
			}
			// "Luis Gerardo (Jerry) Ortiz", `Luis Gerardo "Jerry" Ortiz`: a
			// nickname in brackets or quotation marks between a given name
			// and the surname.
			if j+1 < n && nicknameAt(s, j) && slices.ContainsFunc(s.toks[i:j], func(t tok) bool { return givenName(t.low) }) {
				j += 2
				continue
			}
			if !plainGap(nt.gap, s.toks[j-1]) {
				// "Jean-Marc Ayrault", "Catherine Zeta-Jones": a name's
				// parts joined by a hyphen, when the name opens with a
				// given name ("Coca-Cola" stays apart).
				// "Samir Al-Haddadi", "Nabil El-Masri": a capitalised
				// particle joined to the surname by a hyphen.
				if !(nt.gap == "-" && nt.cap && (slices.ContainsFunc(s.toks[i:j], func(t tok) bool { return givenName(t.low) }) ||
					j-1 > i && hyphenParticles[s.toks[j-1].low] && s.toks[j-1].cap)) {
					break
				}
			}
			if nt.cap && months[nt.low] == 0 && !isWeekday(nt.low) {
				j++
				continue
			}
			// "Ursula von der Leyen", "Lopez de la Cruz", "Office of
			// Fisheries": lower-case particles between capitalised words.
			k := j
			for k < n && k-j < 3 && (nameParticles[s.toks[k].low] || k == j && (nt.low == "of" || nt.low == "for")) && !s.toks[k].cap &&
				(k == j || plainGap(s.toks[k].gap, s.toks[k-1])) {
				k++
			}
			// "Bashar al-Assad", "Nouri al-Maliki": the particle joined to
			// the surname by a hyphen.
			if k > j && k < n && s.toks[k].cap && (plainGap(s.toks[k].gap, s.toks[k-1]) || s.toks[k].gap == "-" && hyphenParticles[s.toks[k-1].low]) &&
				months[s.toks[k].low] == 0 {
				j = k + 1
				continue
			}
			break
		}
		// "the Greek government", "the Indian navy": a public body
		// written in lower case after the nationality names the state's
		// organisation.
		if j < n && demonyms[s.toks[j-1].low] != "" && publicBodies[s.toks[j].low] && !s.toks[j].cap && plainGap(s.toks[j].gap, s.toks[j-1]) {
			j++
		}
		nf.classify(si, i, j, lower)
		i = j
	}
}

// nicknameAt reports one capitalised word at j in brackets or quotation
// marks, followed at once by a capitalised name word: a nickname inside
// a person's name.
func nicknameAt(s *sent, j int) bool {
	t, u := s.toks[j], s.toks[j+1]
	if !t.cap || !u.cap || !nameWord(t, nil) || !nameWord(u, nil) {
		return false
	}
	open, shut := strings.TrimSpace(t.gap), strings.TrimSpace(u.gap)
	return open == "(" && shut == ")" || open == "\"" && shut == "\"" || open == "“" && shut == "”"
}

// nicknames counts the nicknames among words [a, b) of s (nicknameAt).
func nicknames(s *sent, a, b int) int {
	n := 0
	for j := a + 1; j+1 < b; j++ {
		if nicknameAt(s, j) {
			n++
		}
	}
	return n
}

// officeHolders name the holder of an office that gives its name to the
// body they lead ("Sheriff's Office", "District Attorney's Office");
// officeNouns are such bodies.
var (
	officeHolders = wordSet("sheriff", "attorney", "general", "governor", "coroner", "marshal", "examiner",
		"prosecutor", "commissioner", "mayor", "president", "chancellor", "secretary", "auditor", "treasurer",
		"solicitor", "inspector", "clerk", "assessor", "controller", "comptroller", "fire marshal")
	officeNouns = wordSet("office", "department", "bureau")
)

// speechAt reports a verb of speech at word b, right after the words
// before it or after a bracket closed there ("Ivo Pinsk of the Vardo Party
// said", "... Party (VP) said").
func speechAt(s *sent, b int) bool {
	if b >= len(s.toks) {
		return false
	}
	if g := strings.TrimSpace(s.toks[b].gap); g == "(" {
		for n := b; b < len(s.toks) && b-n < 10 && !strings.Contains(s.toks[b].gap, ")"); b++ {
		}
		if b >= len(s.toks) || strings.TrimLeft(strings.TrimSpace(s.toks[b].gap), ".") != ")" {
			return false
		}
	} else if g != "" {
		return false
	}
	return speechVerbs[s.toks[b].low] && !strings.HasSuffix(s.toks[b].low, "ing")
}

// partyLabelEnd returns the end of the party-and-state label opening at
// word i ("D-W.Va.", "R-Texas" after "(" or ","): the party's letter, a
// hyphen and the state's words joined by full stops or hyphens; i when no
// label opens there.
func partyLabelEnd(s *sent, i int) int {
	n := len(s.toks)
	t := s.toks[i]
	if i == 0 || i+1 >= n || (t.raw != "D" && t.raw != "R" && t.raw != "I") || s.toks[i+1].gap != "-" || !s.toks[i+1].cap ||
		!strings.ContainsAny(t.gap, "(,") {
		return i
	}
	j := i + 1
	for j+1 < n && s.toks[j+1].cap && (s.toks[j+1].gap == "." || s.toks[j+1].gap == "-") {
		j++
	}
	return j + 1
}

// classify decides what the capitalised run [a, b) of sentence si names.
func (nf *nameFinder) classify(si, a, b int, lower map[string]bool) {
	s := &nf.sents[si]
	// Leading stop words ("The", "After", "Former") are not part of a name,
	// nor is a participle opening the sentence ("Fired Jim O'Brien",
	// "Joining Cooley").
	// Nor is a kin noun opening the sentence ("Daughter Rena Holt said"),
	// nor a verb of speech that opens it before its subject ("Writes Ana
	// Lee in her memoir:", "Added Ana Lee:"; one that is also a given
	// name, "Said", may be the name's). Nor an adverb opening the
	// sentence, nor a nationality, before a given name ("Naturally Scott
	// Boras will", "unbeaten Russian Alexander Povetkin").
	for a < b && (isStopCap(s.toks[a].low) || s.toks[a].low == "of" || s.toks[a].low == "for" || s.toks[a].low == "former" ||
		a == 0 && b-a > 1 && participle(s.toks[a].low) || a == 0 && b-a > 2 && kinNouns[s.toks[a].low] ||
		a == 0 && b-a > 1 && speechVerbs[s.toks[a].low] && !givenName(s.toks[a].low) ||
		b-a > 2 && givenName(s.toks[a+1].low) && !givenName(s.toks[a].low) &&
			(sentenceOpener(s, a) && strings.HasSuffix(s.toks[a].low, "ly") || demonyms[s.toks[a].low] != "")) {
		a++
	}
	if a >= b {
		return
	}
	toks := s.toks[a:b]
	last := toks[len(toks)-1]
	// "the president of Lithuania Dalia Grybauskaite", "president of the
	// United States Barack Obama": a lower-case title of a place, then
	// the holder's name in the same run, with no comma between.
	if t := a - 2; t >= 0 && len(toks) >= 2 && len(toks) <= 6 && !last.poss {
		if s.toks[a-1].low == "the" {
			t--
		}
		p := 0 // the place's words
		for p < len(toks)-1 && p < 3 && placeWord(toks[p]) && toks[p].cap {
			p++
		}
		if t >= 0 && s.toks[t+1].low == "of" && titleHeads[s.toks[t].low] && !s.toks[t].cap &&
			(p == 1 && wholePlace(toks[0]) || p > 1) && len(toks)-p <= 3 && nameRun(toks[p:], nil) {
			nf.addEntity(kindPlace, si, a, a+p)
			nf.addPerson(si, a+p, a+p, b)
			return
		}
		// "the mayor of Vardo Andrei Kern": a place no gazetteer holds,
		// then a given name opening two or three name words; the place's
		// words are read as a run of their own.
		if g := slices.IndexFunc(toks, func(t tok) bool { return givenName(t.low) }); t >= 0 && g >= 1 && g <= 3 &&
			s.toks[t+1].low == "of" && titleHeads[s.toks[t].low] && !s.toks[t].cap && len(toks)-g >= 2 && len(toks)-g <= 3 &&
			nameRun(toks[g:], nil) && !slices.ContainsFunc(toks[:g], func(t tok) bool { return t.poss || !t.cap }) {
			nf.classify(si, a, a+g, lower)
			nf.addPerson(si, a+g, a+g, b)
			return
		}
	}
	// A title or honorific inside the run: a person follows it. The last
	// word is the one before a generational suffix ("Martin Luther King
	// III": "King" is the surname, as it is at a run's end).
	h := -1
	lastWordAt := len(toks) - 1
	if lastWordAt >= 2 && nameSuffixes[toks[lastWordAt].low] {
		lastWordAt--
	}
	for k, t := range toks {
		// A role noun opening the sentence is a title too ("Actress Jane
		// Corrow", "Coaches Peter Hale and Sam Orton").
		// So is a capitalised role noun before a given name that opens the
		// run's last two or three words ("Court Clerk Dan Fallon",
		// "Customs Agent David Wilhelm").
		if (titleHeads[t.low] || honorifics[t.low] || k == 0 && len(toks) > 2 && headAt(s, a) ||
			k > 0 && t.cap && !t.poss && roleNoun(t.low) > 0 && len(toks)-k-1 >= 2 && len(toks)-k-1 <= 3 && givenName(toks[k+1].low) && nameRun(toks[k+1:], nil)) &&
			!(k > 0 && k == lastWordAt && honorificSurname(toks[k-1], t)) {
			// A title word after a given name that follows a title is
			// the surname ("General Manager Billy King").
			if k == lastWordAt && k >= 2 && h >= 0 && h < k-1 && givenName(toks[k-1].low) && t.cap && !t.poss {
				continue
			}
			h = k
		}
	}
	if h >= 0 && h < lastWordAt {
		// The role continues past "of"/"for" over role words, and over
		// "-elect" ("President-elect Barack Obama").
		nameStart := h + 1
		if electAfter(s, a+h) {
			nameStart++
		}
		if nameStart >= len(toks) {
			return
		}
		if toks[nameStart].low == "of" || toks[nameStart].low == "for" {
			k := nameStart + 1
			for k < len(toks) && !nameWord(toks[k], lower) && roleWord(toks[k]) {
				k++
			}
			// "Commander of U.S. Northern Command", "Professor of Conservation
			// Ecology": without role words closing the title before them,
			// the words after "of" name the office's domain, not a person
			// ("Secretary of State Antony Blinken" names one). The title is
			// a role; only its domain may be a name of its own.
			// "Chief of Detectives Charlie Beck": capitalised words of the
			// office's domain, then a given name opening the run's last two
			// or three words.
			if g := len(toks) - 2; k == nameStart+1 && g > nameStart+1 && givenName(toks[g].low) && nameRun(toks[g:], nil) {
				k = g
			} else if g := len(toks) - 3; k == nameStart+1 && g > nameStart+1 && givenName(toks[g].low) && nameRun(toks[g:], nil) {
				k = g
			}
			if k == nameStart+1 || k < len(toks) && (!nameRun(toks[k:], lower) || len(toks)-k < 2) {
				nf.classify(si, a+nameStart+1, b, lower)
				return
			}
			nameStart = k
		}
		nameEnd := nameStart
		// "Martin Luther King III": the word before a generational
		// suffix is read as the run's last.
		lastAt := len(toks) - 1
		if lastAt > nameStart+1 && nameSuffixes[toks[lastAt].low] {
			lastAt--
		}
		// The last word may be a place's name or a role word after a given
		// name ("Judge Tom Washington", "City Attorney Terry White").
		// So may a word the article also writes in lower case after a
		// given name ("Referee Tony Weeks" beside "five weeks ago"), or a
		// title word ("General Manager Billy King").
		// So may a given name after the title that the article also
		// writes in lower case, before a name word ("Mayor Bill Saffo"
		// beside "the federal bill").
		for nameEnd < len(toks) && (nameWord(toks[nameEnd], lower) || midInitial(toks, nameStart, nameEnd) || capParticle(toks, nameEnd) ||
			nameEnd == nameStart && nameEnd+1 < len(toks) && givenName(toks[nameEnd].low) && nameWord(toks[nameEnd], nil) && nameWord(toks[nameEnd+1], nil) ||
			nameEnd == lastAt+1 && lastAt < len(toks)-1 ||
			nameEnd == lastAt && (titledSurname(toks[h], toks[nameEnd]) || nameEnd > nameStart && (placeSurname(toks[nameEnd]) ||
				givenName(toks[nameEnd-1].low) && (nameWord(toks[nameEnd], nil) || h < nameEnd-1 && titleHeads[toks[nameEnd].low] &&
					!toks[nameEnd].poss && strings.ToUpper(toks[nameEnd].raw) != toks[nameEnd].raw) ||
				surnameRoleWord(toks[nameEnd]) && !toks[nameEnd].poss && nameWord(toks[nameEnd-1], nil)))) {
			nameEnd++
		}
		if nameEnd > nameStart && nameEnd == len(toks) {
			nf.addPerson(si, a, a+nameStart, a+nameEnd)
			return
		}
		// "Foreign Minister Anja Kovalenko of Veltria": the name ends before
		// "of", and what follows is a run of its own.
		if nameEnd > nameStart && (toks[nameEnd].low == "of" || toks[nameEnd].low == "for") && nameEnd+1 < len(toks) {
			nf.addPerson(si, a, a+nameStart, a+nameEnd)
			nf.classify(si, a+nameEnd+1, b, lower)
			return
		}
	}
	// "said Ken Wattret of BNP Paribas", "Jon Sohn of Friends of the
	// Earth said": a person's name, then "of" and where the person works,
	// in one run (before the organisation it names is read); the name opens with a given name or follows a verb of
	// speech.
	// A surname that is a place's name counts after a given name ("Eddie
	// Jordan of Washington"); initials open a name too ("P.J. Carlesimo of
	// Oklahoma City").
	if p := slices.IndexFunc(toks, func(t tok) bool { return t.low == "of" && !t.cap }); p >= 2 && p <= 3 && p+1 < len(toks) &&
		(nameRun(toks[:p], nil) || givenName(toks[0].low) && nameRun(toks[:p-1], nil) && placeSurname(toks[p-1])) &&
		(givenName(toks[0].low) || dottedInitials(toks[0]) || a > 0 && speechVerbs[s.toks[a-1].low]) {
		nf.addPerson(si, a, a, a+p)
		nf.classify(si, a+p+1, b, lower)
		return
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
	// "the Higher School of Economics Vasiliy Solodkov", "the Fisheries
	// Institute Pavel Orlov", "the OPCW Jerry Smith": translated news writes an organisation and
	// its officer in one run, with no comma; a given name two or three
	// words from the end opens the person's name.
	for g := len(toks) - 3; g <= len(toks)-2; g++ {
		if g < 1 || !givenName(toks[g].low) || !nameRun(toks[g:], nil) || toks[g-1].poss || toks[g-1].low == "of" {
			continue
		}
		pre := false
		for k, t := range toks[:g] {
			pre = pre || orgSuffixes[t.low] && (k == g-1 || toks[k+1].low == "of") || knownOrgs[t.low] || k == g-1 && acronym(t)
		}
		if pre {
			nf.classify(si, a, a+g, lower)
			nf.addPerson(si, a+g, a+g, b)
			return
		}
	}
	if isOrg && !(h >= 0 && titleHeads[last.low]) {
		nf.addEntity(kindOrg, si, a, b)
		return
	}
	// Places: every word in the gazetteer, a place suffix, or "City, St."
	allPlace := len(toks) > 1 || wholePlace(toks[0])
	for _, t := range toks {
		if !placeWord(t) && t.low != "of" {
			allPlace = false
		}
	}
	afterSpeech := a > 0 && speechVerbs[s.toks[a-1].low] // "said Mark Rockwell, California state ..."
	if allPlace || placeSuffixes[last.low] && len(toks) > 1 || placePrefixes[toks[0].low] && len(toks) > 1 || b < len(s.toks) && len(toks) <= 2 && !afterSpeech &&
		strings.HasPrefix(s.toks[b].gap, ",") && strings.TrimSpace(strings.TrimPrefix(s.toks[b].gap, ",")) == "" &&
		(stateAbbrevs[s.toks[b].low] || wholePlace(s.toks[b]) && s.toks[b].cap) && !s.toks[b].poss && !titleHeads[last.low] {
		nf.addEntity(kindPlace, si, a, b)
		return
	}
	// "Deputy Timothy Brennan", "Acting Chief Ann Lee": role words that
	// head no title before two or three name words.
	// A nickname inside the name is no word more of it.
	nick := nicknames(s, a, b)
	if k := leadingRoleModifiers(toks); k > 0 && len(toks)-k >= 2 && len(toks)-k-nick <= 3 && nameRun(toks[k:], nil) {
		nf.addPerson(si, a, a+k, b)
		return
	}
	// People without a title: two to four name words. A word the article
	// also writes in lower case ("Mark", "Will") is a name word only next
	// to a verb of speech ("said Mark Rockwell"), and so is a surname that
	// is also a title ("Billy King") unless a role stands before the name
	// ("team president Billy King").
	if len(toks) >= 2 && len(toks)-nick <= 4 {
		ok, relaxed := true, true
		// ("MP", "CEO" in capitals name no one).
		// The surname stands before a generational suffix ("Martin
		// Luther King III").
		sn := lastWordAt
		titleSurname := titleHeads[toks[sn].low] && strings.ToUpper(toks[sn].raw) != toks[sn].raw && nameWord(toks[sn-1], nil) &&
			(a > 0 && titleHeads[s.toks[a-1].low] && !s.toks[a-1].cap || nf.nearSpeech(ment{sent: si, ti: a, tj: b}))
		// "Andy Lyon", "Elizabeth Warren": a given name, then a surname
		// that is also a place's name.
		// A verb of speech next to the name tells the same when the first
		// name is not a known one ("Rafiq Sahel said").
		placeSurname := (givenName(toks[0].low) || len(toks) == 2 && nf.nearSpeech(ment{sent: si, ti: a, tj: b})) && !placeWord(toks[0]) && toks[0].cap
		for k, t := range toks {
			if nameParticles[t.low] && !t.cap || k == sn && titleSurname || midInitial(toks, 0, k) || capParticle(toks, k) ||
				k == len(toks)-1 && k > 0 && placeSurname && placeWord(t) && nameWord(toks[k-1], nil) {
				continue
			}
			ok = ok && nameWord(t, lower)
			relaxed = relaxed && nameWord(t, nil)
		}
		// A name has a lower-case letter ("AM ET" is a time zone).
		lowerCase := strings.IndexFunc(s.Text[toks[0].start-s.Start:last.end-s.Start], unicode.IsLower) >= 0
		// "The Red Sox said": a name after "the" is no person's.
		afterThe := a > 0 && s.toks[a-1].low == "the"
		// "The Red Sox said", "the Goldman Sachs analysts": name words
		// after "the" with no given name among them, or a firm named after its
		// founders, name an organisation.
		if lowerCase && relaxed && (afterThe && !slices.ContainsFunc(toks, func(t tok) bool { return givenName(t.low) }) || personNamedOrgs[runKey(toks)]) {
			nf.addEntity(kindOrg, si, a, b)
			return
		}
		// "World Athletics said" where the article also writes "the world
		// championships": a first word of the language's, no given name,
		// and words no list holds next to a verb of speech name a body.
		if lowerCase && !ok && relaxed && !afterThe && len(toks)-nick == 2 && lower[toks[0].low] && !givenName(toks[0].low) &&
			!slices.ContainsFunc(toks, func(t tok) bool { return givenName(t.low) }) && nf.nearSpeech(ment{sent: si, ti: a, tj: b}) {
			nf.addEntity(kindOrg, si, a, b)
			return
		}
		if lowerCase && (ok || relaxed && !afterThe && (nf.nearSpeech(ment{sent: si, ti: a, tj: b}) || givenName(toks[0].low))) {
			nf.addPerson(si, a, a, b)
			nf.ms[len(nf.ms)-1].untitled = ok
			return
		}
	}
	// A run of several things ("U.S. Defence Secretary" with no name, or
	// "U.S. Northern Command"): take its parts one by one, the words of a
	// place together ("Los Angeles") when they name one.
	if len(toks) > 1 {
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			switch {
			case placeWord(t) && t.cap:
				e := k + 1
				for e < len(toks) && placeWord(toks[e]) && toks[e].cap && !toks[e-1].poss {
					e++
				}
				if e-k > 1 || wholePlace(t) {
					nf.addEntity(kindPlace, si, a+k, a+e)
				}
				k = e - 1
			case knownOrgs[t.low]:
				nf.addEntity(kindOrg, si, a+k, a+k+1)
			}
		}
		return
	}
	switch {
	case wholePlace(last):
		nf.addEntity(kindPlace, si, a, b)
	case nameWord(last, lower) && !knownOrgs[last.low] && !last.poss && (a == 0 || s.toks[a-1].low != "the") && personApposition(s, b):
		// "Jones, 45, said", "Okafor, who runs the bakery, said": a
		// surname alone before an age or "who" is a person's.
		nf.addPerson(si, a, a, b)
	case a > 0 && locPreps[s.toks[a-1].low] && nameWord(last, lower) && !nf.used[[2]int{si, a}]:
		// "in Kestrel", "near Sandvik": a name after a preposition of
		// place, unless it turns out to be a person's surname.
		nf.maybePlaces = append(nf.maybePlaces, [3]int{si, a, b})
	}
}

// leadingRoleModifiers counts the role modifiers ("Deputy", "Assistant")
// that open toks.
func leadingRoleModifiers(toks []tok) int {
	k := 0
	for k < len(toks) && roleModifiers[toks[k].low] && !titleHeads[toks[k].low] {
		k++
	}
	return k
}

// addPerson records the person whose role words start at r and whose name
// is tokens [n0, n1) of sentence si, with the roles read around the name.
func (nf *nameFinder) addPerson(si, r, n0, n1 int) {
	s := &nf.sents[si]
	// The role may take in an organisation or place named before it ("Los
	// Angeles County Sheriff's Deputy", "Beaumont Hospital spokeswoman"),
	// never another person's name.
	start, roles := rolesAround(s, r, n0, n1, func(k int) bool { return nf.used[[2]int{si, k}] && !nf.entity[[2]int{si, k}] })
	name := srcSlice(s, s.toks[n0].start, s.toks[n1-1].end)
	// The surname is the key; "Jr." and "III" follow it.
	kt := n1 - 1
	if kt > n0 && nameSuffixes[s.toks[kt].low] {
		kt--
	}
	key := strings.ToLower(s.toks[kt].low)
	nf.add(ment{kind: kindPerson, key: key, name: name, roles: roles, sent: si, ti: n0, tj: n1, titleOpens: start == 0 && n0 > 0})
	for k := start; k < n0; k++ {
		nf.used[[2]int{si, k}] = true
	}
}

// addEntity records an organisation or place.
func (nf *nameFinder) addEntity(kind string, si, a, b int) {
	s := &nf.sents[si]
	country := ""
	// A possessive country before the run ("China's Defence Ministry").
	if kind == kindOrg && a > 0 && s.toks[a-1].poss && plainGap(s.toks[a].gap, s.toks[a-1]) {
		country = demonyms[s.toks[a-1].low]
		if country == "" && wholePlace(s.toks[a-1]) {
			country = s.toks[a-1].low
		}
	}
	name := srcSlice(s, s.toks[a].start, s.toks[b-1].end)
	key, c := entityKey(kind, s.toks[a:b])
	if country == "" {
		country = c
	} else if kind == kindOrg {
		key = countryQualified(key, country)
	}
	if key == "" {
		return
	}
	nf.add(ment{kind: kind, key: key, name: name, country: country, sent: si, ti: a, tj: b})
}
