package facts

import (
	"slices"
	"sort"
	"strings"
)

// titleHeads are the nouns that head a role or title ("Secretary",
// "Minister", "Gen."). A role phrase ends at a head unless "of" or "for"
// follows it.
var titleHeads = wordSet("secretary", "minister", "president", "premier", "chancellor", "general", "gen",
	"admiral", "adm", "colonel", "col", "major", "maj", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
	"commander", "cmdr", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "mp", "mep",
	"governor", "gov", "mayor", "director", "chief", "spokesman", "spokeswoman", "spokesperson",
	"ambassador", "envoy", "judge", "justice", "attorney", "prosecutor", "commissioner", "chairman",
	"chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "founder", "officer", "inspector",
	"superintendent", "sheriff", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop",
	"cardinal", "rabbi", "imam", "coach", "manager", "head", "leader", "speaker", "councillor",
	"councilor", "councilman", "councilwoman", "administrator", "adviser", "advisor", "spokesmen",
	"correspondent", "analyst", "professor", "prof", "economist", "researcher", "scientist", "dean",
	"chancellor", "treasurer", "auditor", "counsel", "marshal", "constable", "detective", "det",
	"superintendent", "supt", "brigadier", "brig", "ranger", "warden", "registrar", "curator",
	"editor", "executive", "master", "secretary-general", "president-elect", "minister-president",
	"counterpart", "diplomat", "lawyer", "owner", "gm", "publicist", "commodore", "undersheriff", "atty",
	// British abbreviations written without a full stop ("Insp Dave Gaskin", "Cllr Ann Hale")
	"insp", "cllr",
	// jobs and positions written before a name ("referee Sam Williams",
	// "court reporter Julie Ann Brandau", "first baseman Mark Teixeira");
	// not "guard" or "center", which end organisations' names ("Coast
	// Guard", "Betty Ford Center"), nor "agent" ("free agent" is a status)
	"referee", "umpire", "reporter", "journalist", "designer", "forward", "baseman",
	"pitcher", "quarterback", "goalkeeper", "midfielder")

// rankTitles are heads that stand alone before a name as a rank ("Gen.").
var rankTitles = wordSet("general", "gen", "admiral", "adm", "colonel", "col", "major", "maj", "lieutenant",
	"lt", "captain", "capt", "sergeant", "sgt", "cmdr", "brigadier", "brig", "det", "detective", "prof",
	"professor", "judge", "justice", "sen", "senator", "rep", "gov", "governor", "mayor", "president",
	"king", "queen", "prince", "princess", "pope", "bishop", "cardinal", "rabbi", "imam", "sheriff", "coach",
	"chancellor", "premier", "ambassador", "commissioner", "inspector", "constable", "marshal", "supt", "commander",
	"commodore", "insp", "cllr")

// honorifics precede a name but are no role.
var honorifics = wordSet("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mme",
	"m", "herr", "frau", "rev", "hon", "const")

// roleModifiers are the words a role phrase may hold besides heads, countries
// and capitalised organisation words ("Assistant", "press", "Defense").
var roleModifiers = wordSet("assistant", "deputy", "vice", "under", "acting", "senior", "chief", "press",
	"foreign", "defense", "defence", "state", "national", "interior", "home", "finance", "health",
	"justice", "treasury", "energy", "trade", "commerce", "labor", "labour", "education", "transport",
	"transportation", "agriculture", "environment", "security", "homeland", "public", "prime", "first",
	"second", "executive", "managing", "general", "air", "force", "navy", "naval", "army", "marine",
	"military", "police", "fire", "district", "dist", "county", "city", "regional", "federal", "top", "former",
	"interim", "principal", "associate", "lead", "head", "affairs", "economic", "economy", "culture",
	"sports", "digital", "technology", "science", "research", "communications", "information", "housing",
	"water", "budget", "legal", "political", "operations", "strategy", "policy", "development", "planning",
	"emergency", "safety", "fisheries", "harbour", "harbor", "port", "rail", "tourism", "the", "of", "for",
	"and", "u.s", "u.s.", "us", "usa", "uk", "eu", "un", "nato", "pentagon", "white", "house", "junior",
	"minority", "majority", "opposition", "party", "spokesperson", "inspector", "attorney", "special",
	"joint", "staff", "chiefs", "global", "international", "ministry", "department", "office", "communications")

// roleWord reports whether t can be part of a role phrase before a name.
func roleWord(t tok) bool {
	return titleHeads[t.low] || roleModifiers[t.low] || places[t.low] || demonyms[t.low] != "" ||
		orgSuffixes[t.low] || knownOrgs[t.low] || (t.cap && !isStopCap(t.low))
}

// hasTitleHead reports a title of office among words [i, j) of s ("an
// ecologist and executive director of the Society": the "and" cuts two
// roles, a title before it would share what follows).
func hasTitleHead(s *sent, i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if titleHeads[s.toks[k].low] {
			return true
		}
	}
	return false
}

// hasTitle reports a role's head among words [i, j) of s.
func hasTitle(s *sent, i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if headAt(s, k) {
			return true
		}
	}
	return false
}

// splitRoles cuts the role words [i, j) after every title head not followed
// by "of" or "for": "Pentagon press secretary Gen." gives two roles. Words
// after the last head hold no role, and nor do abbreviated titles
// (spelledRole): "Gen.", "Rep." and "Air Force Gen." name a grade or an
// office the text does not spell out, "Sheriff's Deputy Sgt." is a
// "Sheriff's Deputy"; a spelled-out title ("General", "Constable") is one.
func splitRoles(s *sent, i, j int) []string {
	var out []string
	a := i
	for k := i; k < j; k++ {
		if !headAt(s, k) || rankAfter(s, k, j) {
			continue
		}
		// "heavyweight champion", "court reporter": role nouns in lower
		// case in a row are one role.
		if k+1 < j && !s.toks[k].cap && !s.toks[k+1].cap && headAt(s, k+1) {
			continue
		}
		if electAfter(s, k) && k+1 < j {
			k++ // "Mayor-elect"
		}
		if e, ok := spelledRole(s, a, k+1); ok {
			out = append(out, roleText(s, a, e))
		}
		a = k + 1
	}
	if a < j && hasTitle(s, a, j) {
		if e, ok := spelledRole(s, a, j); ok {
			out = append(out, roleText(s, a, e))
		}
	}
	return out
}

// electAfter reports a title head at word k written with "-elect"
// ("President-elect", "Mayor-elect"): the office, not yet taken.
func electAfter(s *sent, k int) bool {
	return k+1 < len(s.toks) && titleHeads[s.toks[k].low] && s.toks[k+1].low == "elect" && s.toks[k+1].gap == "-"
}

// abbrevTitles are the titles written shortened ("Gen.", "Sgt.", "Insp"):
// alone they spell out no role.
var abbrevTitles = wordSet("gen", "adm", "col", "maj", "lt", "capt", "sgt", "cmdr", "sen", "rep", "gov", "prof",
	"det", "brig", "supt", "atty", "insp", "cllr", "cpl")

// abbrevTitle reports an abbreviated title at t: capitalised or written
// with its full stop ("Rep.", "Gen"); "the actress's rep Jack Ketsoyan" in
// lower case is her representative, a role.
func abbrevTitle(t tok) bool {
	return abbrevTitles[t.low] && (t.cap || strings.HasSuffix(t.raw, "."))
}

// standaloneModifiers are role modifiers that are a role on their own
// ("Deputy Sgt. Hoyt Teasley" is a deputy).
var standaloneModifiers = wordSet("deputy")

// spelledRole trims the abbreviated titles that end the role words [a, e)
// and reports where the role then ends, and whether one is left: a title
// head spelled out, or a modifier that is a role alone, not ending in a
// possessive ("Sheriff's Capt.": whose the grade is, no role).
func spelledRole(s *sent, a, e int) (int, bool) {
	for e > a && abbrevTitle(s.toks[e-1]) {
		e--
	}
	if e == a || s.toks[e-1].poss {
		return e, false
	}
	for k := a; k < e; k++ {
		if headAt(s, k) && !abbrevTitle(s.toks[k]) {
			return e, true
		}
	}
	return e, standaloneModifiers[s.toks[e-1].low]
}

// ranks are military and police grades, and academic titles: alone before
// a name they are no role.
var ranks = wordSet("general", "gen", "admiral", "adm", "colonel", "col", "major", "maj", "lieutenant", "lt",
	"captain", "capt", "sergeant", "sgt", "commander", "cmdr", "brigadier", "brig", "commodore", "corporal",
	"cpl", "det", "detective", "supt", "constable", "professor", "prof")

// rankAfter reports whether the head at k continues into the next word.
func rankAfter(s *sent, k, j int) bool {
	if k+1 >= j {
		return false
	}
	n := s.toks[k+1].low
	if n == "of" || n == "for" || s.toks[k].poss || n == "and" && titlesJoined(s, k+1) {
		return true // "Secretary of Defense", "the sheriff's deputy"
	}
	// "Inspector General", "Attorney General"; "head coach", "Chief Justice",
	// "chief fire officer": a chief or head of something.
	if n == "general" || (titleHeads[n] || roleModifiers[n]) && (s.toks[k].low == "head" || s.toks[k].low == "chief") {
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
		if k > i && (electAfter(s, k-1) || s.toks[k].gap == "-") {
			b.WriteString("-")
		} else if k > i {
			b.WriteString(" ")
		}
		b.WriteString(s.toks[k].raw)
		if isAbbrev(s.toks[k]) && k+1 < len(s.toks) && strings.HasPrefix(s.toks[k+1].gap, ".") && !strings.HasSuffix(s.toks[k].raw, ".") {
			b.WriteString(".")
		}
	}
	return b.String()
}

// roleKey folds a role for comparison: content words, spelling folded,
// nationality and articles left out, sorted.
func roleKey(role string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(w, ".,;:()'\"‘’“”")
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		// Whose the role is ("Lohan's lawyer", "the Pentagon's press
		// secretary") is no part of the office, unless it is a title
		// itself ("the sheriff's deputy").
		if bare != w && !titleHeads[bare] {
			continue
		}
		w = bare
		if w == "" || w == "the" || w == "a" || w == "an" || w == "of" || w == "for" || w == "and" || w == "to" {
			continue
		}
		if demonyms[w] != "" || demonyms[strings.TrimSuffix(w, ".")] != "" || w == "u.s." {
			continue
		}
		// Dotted and plain abbreviations are one ("L.A." and "LA").
		words = append(words, spelling(strings.ReplaceAll(strings.TrimSuffix(w, "."), ".", "")))
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

// spokesRole reports a role that says the person speaks for others
// (role key words "spokesman", "spokeswoman", "spokesperson").
func spokesRole(key string) bool {
	for _, w := range strings.Fields(key) {
		if strings.HasPrefix(w, "spokes") {
			return true
		}
	}
	return false
}

// chiefOfficers are the abbreviated titles of a company's officers (the
// words officerWords spells out): a person holds one of them as a rule.
var chiefOfficers = func() map[string]bool {
	m := map[string]bool{}
	for w := range officerWords {
		m[w] = true
	}
	return m
}()

// officerWords spell the chief officers out: "CEO" and "chief executive"
// (officer) are one office.
var officerWords = map[string][]string{"ceo": {"chief", "executive"}, "coo": {"chief", "operating"},
	"cfo": {"chief", "financial"}, "cto": {"chief", "technology"}, "cio": {"chief", "information"},
	"cmo": {"chief", "marketing"}}

// spellOfficers gives the words of a role key with the chief officers
// spelled out and "officer" after "chief" left out, sorted and once each.
func spellOfficers(ws []string) []string {
	var out []string
	chief := false
	for _, w := range ws {
		if sp, ok := officerWords[w]; ok {
			out = append(out, sp...)
			chief = true
			continue
		}
		chief = chief || w == "chief"
		out = append(out, w)
	}
	if chief {
		out = slices.DeleteFunc(out, func(w string) bool { return w == "officer" })
	}
	sort.Strings(out)
	return uniq(out)
}

// serviceWords name an armed or police service, which a rank may carry
// ("Air Force Gen.", "Army Maj.").
var serviceWords = wordSet("air", "force", "army", "navy", "naval", "marine", "marines", "corps", "coast",
	"guard", "police", "retired", "ret", "staff")

// rankOnly reports whether a role key names a rank alone ("general", "air
// force general"): a rank and an office ("General", "commander of U.S.
// Northern Command") are both held, so the one never contradicts the other.
func rankOnly(key string) bool {
	rank := false
	for _, w := range strings.Fields(key) {
		switch {
		case ranks[w]:
			rank = true
		case !serviceWords[w] && !rankQualifiers[w]:
			return false
		}
	}
	return rank
}

// pastWords say that a role was held before ("former director", "the
// then-governor"): a role of the past and one of now do not disagree.
var pastWords = wordSet("former", "ex", "onetime", "one-time", "erstwhile", "then", "late", "prior")

// roleParts gives the role keys of the offices a role text joins with
// "and" ("executive director and CEO of the Wildlife Society"): a part
// without a title head belongs to the part before ("director of the Fish and
// Wildlife Service"), a part of the past (pastWords) is left out, and a
// "former" before the first part carries to the parts after that have no
// determiner of their own ("former Sixers player and assistant coach").
func roleParts(text string) []string {
	words := strings.Fields(text)
	var parts [][]string
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && !strings.EqualFold(words[j], "and") {
			j++
		}
		part := words[i:j]
		if len(parts) > 0 && !hasHeadWord(part) {
			parts[len(parts)-1] = append(parts[len(parts)-1], append([]string{"and"}, part...)...)
		} else {
			parts = append(parts, slices.Clone(part))
		}
		i = j + 1
	}
	var out []string
	past := false
	for i, part := range parts {
		lead := strings.ToLower(strings.Trim(part[0], ".,;:"))
		own := lead == "a" || lead == "an" || lead == "the" || strings.HasSuffix(lead, "'s") || strings.HasSuffix(lead, "’s")
		p := isPast(part)
		if i == 0 {
			past = p
		} else if !own && !p {
			p = past
		}
		if !p {
			out = append(out, roleKey(strings.Join(part, " ")))
		}
	}
	return out
}

// hasHeadWord reports whether words hold a title head or a chief officer.
func hasHeadWord(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,;:()'\"‘’“”"))
		if titleHeads[w] || chiefOfficers[w] {
			return true
		}
	}
	return false
}

// isPast reports whether a role's words say it was held before.
func isPast(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,;:()'\"‘’“”"))
		if pastWords[w] || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-") || strings.HasPrefix(w, "former-") {
			return true
		}
	}
	return false
}

// officesDiffer reports whether two roles (their texts and keys) name
// different offices by differ, taken part by part (roleParts): a part of
// one differs from a part of the other and neither part names an office the
// other role holds too (roleHolds, sameOffice, chief officers spelled out).
func officesDiffer(ta, ka, tb, kb string, differ func(a, b string) bool) bool {
	pa, pb := roleParts(ta), roleParts(tb)
	if len(pa) <= 1 && len(pb) <= 1 && !isPast(strings.Fields(ta)) && !isPast(strings.Fields(tb)) {
		return differ(ka, kb)
	}
	for _, x := range pa {
		for _, y := range pb {
			if differ(x, y) && !oneOfficeIn(x, pb) && !oneOfficeIn(y, pa) {
				return true
			}
		}
	}
	return false
}

// oneOfficeIn reports whether some role key of keys names the office that k
// names, in more or fewer words.
func oneOfficeIn(k string, keys []string) bool {
	sk := strings.Join(spellOfficers(strings.Fields(k)), " ")
	for _, o := range keys {
		so := strings.Join(spellOfficers(strings.Fields(o)), " ")
		if o == k || so == sk || roleHolds(o, k) || roleHolds(k, o) || roleHolds(so, sk) || roleHolds(sk, so) || sameOffice(o, k) {
			return true
		}
	}
	return false
}

// otherOfficers reports whether the role words x name a chief officer
// that y lacks while y names one that x lacks.
func otherOfficers(x, y map[string]bool) bool {
	for w := range x {
		if chiefOfficers[w] && !y[w] {
			for v := range y {
				if chiefOfficers[v] && !x[v] {
					return true
				}
			}
		}
	}
	return false
}

// rolesConflict reports two role keys that share a title head but neither
// holds the other ("assistant defense secretary" and "defense deputy
// secretary" do; "general" and "air force general" do not).
func rolesConflict(a, b string) bool {
	if a == b || a == "" || b == "" || rankOnly(a) != rankOnly(b) {
		return false
	}
	// Two different chief officers ("CEO Larry Lucchino", "COO Larry
	// Lucchino") are two offices, though they share no word.
	if otherOfficers(setOf(strings.Fields(a)), setOf(strings.Fields(b))) {
		return true
	}
	sa, sb := setOf(spellOfficers(strings.Fields(a))), setOf(spellOfficers(strings.Fields(b)))
	head := false
	for w := range sa {
		if sb[w] && titleHeads[w] {
			head = true
		}
	}
	if !head {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	if !sub(sa, sb) && !sub(sb, sa) {
		// Neither holds the other: a conflict when each names another
		// office ("finance" and "interior", "assistant" and "deputy"),
		// not when they name the organisation two ways ("director of the
		// Union of Concerned Scientists", "director of UCS's program").
		office := func(x, y map[string]bool) bool {
			for w := range x {
				if !y[w] && (roleModifiers[w] || rankQualifiers[w] || titleHeads[w]) && !ranks[w] {
					return true
				}
			}
			return false
		}
		return office(sa, sb) && office(sb, sa)
	}
	// One holds the other: a conflict only when the extra words change the
	// office ("Deputy Mayor" is not the mayor), not when they add detail
	// ("Air Force Gen." is a general) or say the office is held for a time
	// ("interim coach" is the coach).
	for w := range sa {
		if !sb[w] && rankQualifiers[w] && !heldForATime[w] {
			return true
		}
	}
	for w := range sb {
		if !sa[w] && rankQualifiers[w] && !heldForATime[w] {
			return true
		}
	}
	return false
}

// heldForATime are the qualifiers that say how long an office is held,
// not which office it is.
var heldForATime = wordSet("acting", "interim")

// rankQualifiers change which office a title names.
// ("former" and "elect" say when, not which office: a former mayor was
// the mayor.)
var rankQualifiers = wordSet("deputy", "assistant", "vice", "under", "acting", "interim",
	"associate", "junior", "principal", "lieutenant", "adjunct", "honorary", "emeritus")

// roleHolds reports whether every word of role key b is in role key a.
func roleHolds(a, b string) bool {
	wa := map[string]bool{}
	for _, w := range strings.Fields(a) {
		wa[w] = true
	}
	for _, w := range strings.Fields(b) {
		if !wa[w] {
			return false
		}
	}
	return true
}

// hasRole reports whether roles holds a role with key k, or one that holds k.
func hasRole(roles []Role, k string) bool {
	for _, r := range roles {
		if r.Key == k || roleHolds(r.Key, k) {
			return true
		}
	}
	return false
}

// rolesAround reads the roles of the person named by tokens [n0, n1) of s
// whose role words, if any, start at r: the role words before the name
// ("Pentagon press secretary Gen."), extended left over role words not yet
// used by another mention, and the appositions before ("the Pentagon press
// secretary, Gen. Pat Ryder") and after ("Gen. Pat Ryder, the Pentagon
// press secretary,"). start is where the role words begin.
func rolesAround(s *sent, r, n0, n1 int, used func(k int) bool) (start int, roles []string) {
	// Honorifics at the end of the role part are not roles.
	roleEnd := n0
	for roleEnd > r && honorifics[s.toks[roleEnd-1].low] {
		roleEnd--
	}
	// Extend the role to the left over role words ("Pentagon press
	// secretary"), when a title stands before the name: "Assistant Coach
	// under Larry Brown" gives Brown no role.
	start = r
	for (r < n0 || r > 0 && headAt(s, r-1)) && start > 0 && (plainGap(s.toks[start].gap, s.toks[start-1]) || s.toks[start].gap == "-") &&
		(roleWord(s.toks[start-1]) || headAt(s, start-1) || start < r && roleCompound(s.toks[start-1].low, s.toks[start].low) ||
			numberedName(s, start-1)) &&
		(s.toks[start-1].low != "the" || theInTitle(s, start-1)) && (s.toks[start-1].low != "and" || titlesJoined(s, start-1)) &&
		(s.toks[start-1].low != "of" || ofInName(s, start-1) || theInTitle(s, start)) &&
		!(rolePreps[s.toks[start-1].low] && !s.toks[start-1].cap) &&
		!ownerBefore(s, start) && !verbAt(s, start-1) &&
		!used(start-1) && r-start < maxNameRun {
		start--
	}
	// Lower-case nouns between a body's name and the role before the name
	// are the role's ("AccuWeather lead hurricane forecaster Dan
	// Kottlowski"), when the name in capitals comes before them.
	if start < roleEnd && !s.toks[start].cap && headAt(s, roleEnd-1) {
		if y := lowerModifiersFrom(s, start, used); y < start {
			start = y
			for start > 0 && r-start < maxNameRun && plainGap(s.toks[start].gap, s.toks[start-1]) && !used(start-1) && !s.toks[start-1].poss &&
				(s.toks[start-1].cap && roleWord(s.toks[start-1]) && s.toks[start-1].low != "the" || inBodyName(s, start-1)) {
				start--
			}
		}
	}
	// Drop leading words that are no role words at all (a verb would have
	// stopped us; a capitalised sentence opener may not).
	for start < roleEnd && !roleWord(s.toks[start]) && !headAt(s, start) &&
		!(start+1 < roleEnd && roleCompound(s.toks[start].low, s.toks[start+1].low)) {
		start++
	}
	// Nationality is no part of a role ("French fashion designer").
	for start+1 < roleEnd && demonyms[s.toks[start].low] != "" && !s.toks[start+1].cap {
		start++
	}
	// Nor is a party ("Democratic President-elect Barack Obama"), unless it
	// names the body ("Democratic Party chairman").
	if start+1 < roleEnd && partyWords[s.toks[start].low] && !orgSuffixes[s.toks[start+1].low] && s.toks[start+1].low != "party" &&
		s.toks[start+1].low != "national" {
		start++
	}
	// Words that describe the holder are no part of the role before the
	// name either ("star running back Maurice Clarett" is a running back;
	// "Former" is kept as a flag).
	past := false
	for d := describerAt(s, start); d > 0 && start+d < roleEnd && hasTitle(s, start+d, roleEnd); d = describerAt(s, start) {
		past = past || pastWords[s.toks[start].low]
		start += d
	}
	hasHead := false
	for k := start; k < roleEnd; k++ {
		if headAt(s, k) {
			hasHead = true
		}
	}
	if hasHead {
		roles = splitRoles(s, start, roleEnd)
		if past && len(roles) > 0 {
			roles[0] = "former " + roles[0]
		}
	} else if start < roleEnd && roleEnd == n0 && standaloneModifiers[s.toks[roleEnd-1].low] && s.toks[roleEnd-1].cap && !s.toks[roleEnd-1].poss &&
		!strings.Contains(s.toks[n0].low, ".") {
		// "Deputy Hoyt Teasley": a modifier that is a role alone, written
		// as a title before the name ("Deputy D.A. Lowell Anger" is a
		// title abbreviated, no role).
		roles = []string{roleText(s, start, roleEnd)}
	} else {
		start = roleEnd
	}
	text := func(i, j int) string { return srcSlice(s, s.toks[i].start, s.toks[j-1].end) }
	// Apposition before: "the Pentagon press secretary, Gen. Pat Ryder",
	// "the receptionist -- Madeline Kafoury --", "two managers, Paul Riva
	// and Alan Steinberg" (pluralRoles gives the others theirs).
	// Not when a verb follows the name: "for sinking the Thai trawler,
	// Admiral Sureesh Mehta had declared" ends a clause at the comma.
	if g := strings.TrimSpace(s.toks[r].gap); start == r && r > 0 && (g == "," || g == "--" || g == "—" || g == "–") && !verbAfterName(s, n1) {
		// The nearest determiner with a title between it and the name
		// ("a spokeswoman for the service, Mira Oduya"), or a role noun
		// just before the comma; "his Chinese counterpart, Wang Yi".
		t, capital := capitalTitleBefore(s, r, used)
		if capital {
			roles = append(roles, t)
		}
		for k := r - 1; k >= 0 && r-k <= 8 && !capital; k-- {
			if used(k) {
				break // "an assistant coach under Larry Brown, Jim Lynam": Brown's phrase
			}
			if a, e, ok := readRole(s, k+1); ok && e == r && !hasTitleHead(s, k+1, r) && !s.toks[r-1].cap &&
				(determiners[s.toks[k].low] || numberWords[s.toks[k].low] > 1 && pluralRole(s.toks[r-1].low)) {
				roles = append(roles, text(a, e)) // "the receptionist", "two managers": a role noun ends the phrase
				break
			}
			if determiners[s.toks[k].low] && hasTitleHead(s, k+1, r) {
				if !titledName(s, k+1, r) && nounPhraseTo(s, k+1, r) {
					// Whose the role is is no part of it ("the company's
					// chief financial officer, Rita Moss").
					// Nor are words that describe the holder ("The prior
					// county judge, Sarah Eckhardt"); a past one is kept
					// as "former".
					i, past := ownerSkip(s, k+1, r), false
					for d := describerAt(s, i); d > 0 && i+d < r && hasTitleHead(s, i+d, r); d = describerAt(s, i) {
						past = past || pastWords[s.toks[i].low]
						i += d
					}
					if past {
						roles = append(roles, "former "+text(i, r))
					} else {
						roles = append(roles, text(i, r))
					}
				}
				break
			}
			// "said Biancardi's attorney, James Zeszutek": whose the role is
			// stands for the determiner and is no part of the role.
			// So does a person's name before a role noun ("Teixeira's agent,
			// Scott Boras").
			if k+1 < r && ownerSkip(s, k, r) == k+1 && s.toks[k].cap && (hasTitleHead(s, k+1, r) ||
				nameOpener(s.toks[k]) && roleNoun(s.toks[r-1].low) > 0 && !kinNouns[s.toks[r-1].low]) && !s.toks[r-1].cap {
				if a, e, ok := readRole(s, k+1); ok && e == r {
					roles = append(roles, text(a, e))
				}
				break
			}
			if g := strings.TrimSpace(s.toks[k].gap); g != "" && g != "-" { // "his co-counsel, Robin Yanes"
				break
			}
		}
	}
	return start, append(roles, rolesAfter(s, n1)...)
}

// inBodyName reports an "of" or "the" in lower case at word k of s inside
// a body's name in capitals ("University of the West Indies").
func inBodyName(s *sent, k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k].cap || !plainGap(s.toks[k+1].gap, s.toks[k]) {
		return false
	}
	switch s.toks[k].low {
	case "of":
		return s.toks[k-1].cap && (s.toks[k+1].cap || s.toks[k+1].low == "the" && k+2 < len(s.toks) && s.toks[k+2].cap)
	case "the":
		return s.toks[k-1].low == "of" && !s.toks[k-1].cap && s.toks[k+1].cap
	}
	return false
}

// lowerModifiersFrom returns where one to three nouns in lower case end
// that stand before word r of s after a word in capitals of an
// organisation's or a place's name ("AccuWeather lead hurricane
// forecaster"), or r: none of them a verb's form, a word that describes
// the holder or a word already another mention's.
func lowerModifiersFrom(s *sent, r int, used func(k int) bool) int {
	y := r
	for y > 0 && r-y < 3 {
		t := s.toks[y-1]
		if t.cap || !plainGap(s.toks[y].gap, t) || used(y-1) || !modifierWord(t) || verbAt(s, y-1) || irregularPast[t.low] ||
			auxiliaries[t.low] || modals[t.low] || describerAt(s, y-1) > 0 || personNoun(t.low) {
			break
		}
		y--
	}
	if y == r || y == 0 || !s.toks[y-1].cap || !plainGap(s.toks[y].gap, s.toks[y-1]) || used(y-1) || s.toks[y-1].poss ||
		sentenceOpener(s, y-1) && !roleWord(s.toks[y-1]) || !roleWord(s.toks[y-1]) || isStopCap(s.toks[y-1].low) {
		return r
	}
	return y
}

// capitalTitleBefore reads a title written in capitals before the comma
// or dash at word r of s, opening the sentence or after a word in lower
// case, with no article: "Former Heavyweight Champion, Riddick Bowe,",
// "a bout with WBA Champion, Nikolay Valuev". Its last word is a title or
// a noun whose first sense is a role; "former" is kept, other words that
// describe the holder ("2-Time") are left off.
func capitalTitleBefore(s *sent, r int, used func(k int) bool) (string, bool) {
	h := r - 1
	t := s.toks[h]
	if !t.cap || !(titleHeads[t.low] || roleNounTable()[t.low] == 1) || abbrevTitles[t.low] || honorifics[t.low] || t.poss {
		return "", false
	}
	a := h
	for a > 0 && r-a < 6 && !used(a-1) && (s.toks[a].gap == "-" || strings.TrimSpace(s.toks[a].gap) == "" && s.toks[a-1].cap && !s.toks[a-1].poss) {
		a--
	}
	if g := strings.TrimSpace(s.toks[a].gap); a > 0 && (s.toks[a-1].cap && g == "" || used(a-1) || g != "" && g != "," && !sentenceOpener(s, a)) {
		return "", false
	}
	// A sentence's first word in capitals may be no part of it ("Said
	// Apple CEO, Tim Cook").
	for a < h && (a == 0 || sentenceOpener(s, a) || strings.TrimSpace(s.toks[a].gap) == ",") &&
		!titleHeads[s.toks[a].low] && !roleModifiers[s.toks[a].low] && !placeWord(s.toks[a]) && demonyms[s.toks[a].low] == "" &&
		!knownOrgs[s.toks[a].low] && !orgSuffixes[s.toks[a].low] && roleNoun(s.toks[a].low) == 0 && !pastWords[s.toks[a].low] {
		a++
	}
	past := a > 0 && pastWords[s.toks[a-1].low] // "dismantled former 2-Time Heavyweight Champion, Hasim Rahman"
	for d := describerAt(s, a); d > 0 && a+d < r; d = describerAt(s, a) {
		past = past || pastWords[s.toks[a].low]
		a += d
	}
	if a >= r || !roleWord(s.toks[a]) && !headAt(s, a) || titledName(s, a, r) {
		return "", false
	}
	text := srcSlice(s, s.toks[a].start, s.toks[h].end)
	if past {
		text = "former " + text
	}
	return text, true
}

// numberedName reports a team's name word written with digits after a
// capitalised word ("Philadelphia 76ers President").
func numberedName(s *sent, k int) bool {
	w := s.toks[k].low
	b, ok := strings.CutSuffix(w, "ers")
	if !ok || b == "" || k == 0 || !s.toks[k-1].cap {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return false
		}
	}
	return true
}

// ofInName reports an "of" at word k of s inside a name written in
// capitals before a role ("Department of Corrections spokeswoman", "Hall of
// Fame trainer"): the role takes in the whole name, not its end.
func ofInName(s *sent, k int) bool {
	return k > 0 && k+1 < len(s.toks) && !s.toks[k].cap && s.toks[k-1].cap && s.toks[k+1].cap &&
		strings.TrimSpace(s.toks[k].gap) == "" && strings.TrimSpace(s.toks[k+1].gap) == ""
}

// theInTitle reports a "the" at word k of s inside a title written in
// capitals before a name ("Secretary of the Interior Ken Salazar").
func theInTitle(s *sent, k int) bool {
	return k > 1 && k+1 < len(s.toks) && s.toks[k].low == "the" && !s.toks[k].cap && s.toks[k-1].low == "of" && !s.toks[k-1].cap &&
		s.toks[k-2].cap && titleHeads[s.toks[k-2].low] && s.toks[k+1].cap &&
		plainGap(s.toks[k].gap, s.toks[k-1]) && plainGap(s.toks[k+1].gap, s.toks[k]) && plainGap(s.toks[k-1].gap, s.toks[k-2])
}

// titlesJoined reports an "and" at word k of s between two titles written
// in capitals ("President and General Manager Ed Stefanski"): one role
// phrase, the titles sharing what comes before them.
//
// In lower case too ("team president and general manager Ed Stefanski"),
// unless an article opens the first title: "the mayor and police chief
// Tom Vail" may be two people.
func titlesJoined(s *sent, k int) bool {
	if k == 0 || k+1 >= len(s.toks) || strings.TrimSpace(s.toks[k].gap) != "" || strings.TrimSpace(s.toks[k+1].gap) != "" || !titleHeads[s.toks[k-1].low] {
		return false
	}
	if s.toks[k-1].cap && s.toks[k+1].cap {
		return true
	}
	if s.toks[k-1].cap || s.toks[k+1].cap || !roleModifiers[s.toks[k+1].low] && !titleHeads[s.toks[k+1].low] || verbAt(s, k+1) {
		return false
	}
	b := k - 1
	for b > 0 && k-b < 4 && !s.toks[b-1].cap && plainGap(s.toks[b].gap, s.toks[b-1]) && (roleModifiers[s.toks[b-1].low] || titleHeads[s.toks[b-1].low]) &&
		!determiners[s.toks[b-1].low] {
		b--
	}
	return b == 0 || !determiners[s.toks[b-1].low] && !roleArticles[s.toks[b-1].low]
}

// rolesAfter reads the roles after a person's name that ends before word
// n1 of s: an apposition ("Gen. Pat Ryder, the Pentagon press secretary,")
// or a copula ("Arden was a federal agent").
func rolesAfter(s *sent, n1 int) (roles []string) {
	// Apposition after: "Gen. Pat Ryder, the Pentagon press secretary,".
	// Not after a comma and "and" ("the commerce secretary, Gary Locke,
	// and the interior secretary, Ken Salazar"): the next item of a list.
	// A bracket may stand between the name and its comma ("Ed Markey
	// (D-Mass.), chairman of the committee").
	a := bracketThenComma(s, n1)
	if a == n1 {
		a = ageThenComma(s, n1)
	}
	if a == n1 {
		a = placeThenComma(s, n1)
	} else if b := placeThenComma(s, a); b > a {
		a = b
	}
	if a < len(s.toks) && (a > n1 || appositionOpens(s.toks[a].gap) && (strings.TrimSpace(s.toks[a].gap) == "," || roleArticles[s.toks[a].low])) &&
		s.toks[a].low != "and" && s.toks[a].low != "or" {
		k := a
		if (s.toks[k].low == "now" || s.toks[k].low == "currently") && k+1 < len(s.toks) && strings.TrimSpace(s.toks[k+1].gap) == "" {
			k++ // "Jane Doe, now the chief executive of Kestrel Labs,"
		}
		if roleArticles[s.toks[k].low] {
			k++
		}
		end := k
		var ands []int // the "and"s and "or"s of the apposition
		// Words go on over hyphens ("the Obama-Biden transition team")
		// and a plural's possessive ("the Union of Concerned Scientists'
		// Scientific Integrity Program").
		for end < len(s.toks) && end-k < 20 && (end == k || strings.TrimSpace(s.toks[end].gap) == "" || s.toks[end].gap == "-" ||
			pluralPossessive(s, end) || strings.TrimSpace(s.toks[end].gap) == "." && isAbbrev(s.toks[end-1])) {
			if s.toks[end].low == "who" || s.toks[end].low == "which" || speechVerbs[s.toks[end].low] {
				break
			}
			if s.toks[end].low == "and" && !joinedModifiers(s, k, end) || s.toks[end].low == "or" {
				ands = append(ands, end)
			}
			end++
		}
		end = portfolioList(s, k, end) // its "and" no cut: one portfolio
		app := appositionRoles(s, k, end, ands)
		// "Craig Fugate, a former FEMA administrator who was director of
		// the Florida Emergency Management Division": the apposition's
		// relative clause tells another post.
		if len(app) > 0 && end+1 < len(s.toks) && s.toks[end].low == "who" && strings.TrimSpace(s.toks[end].gap) == "" {
			if r, _, ok := copulaRole(s, end+1); ok {
				app = append(app, r)
			}
		}
		if len(app) == 0 {
			// "Tom Arden, an off-duty customs agent,", "Rahman, the
			// two-time heavyweight champion who ...": a role after words
			// that describe its holder.
			if a, e, ok := readRole(s, n1); ok && !titledName(s, a, e) {
				app = append(app, srcSlice(s, s.toks[a].start, s.toks[e-1].end))
			}
		}
		roles = append(roles, app...)
	}
	// "Arden was a federal agent", "Whitfield, who is the mayor of Harlow".
	roles = append(roles, copulaRoles(s, n1)...)
	if b := ageThenComma(s, n1); b > n1 {
		roles = append(roles, copulaRoles(s, b)...)
	}
	return roles
}

// appositionOpens reports the gap after a name that opens an apposition:
// a comma, a dash set off by spaces ("Gina Harlan — a nurse at the
// clinic —") or a bracket ("Gina Harlan (a nurse at the clinic)"); after
// a dash or a bracket an article must open it, as web pages' lists set
// a name's firm off by a dash ("Troy Vail – Harlow Productions").
func appositionOpens(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "(":
		return true
	case "—", "--", "–":
		return strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ")
	}
	return false
}

// verbAfterName reports a word in lower case right after a name that ends
// before word n1 of s, with nothing between: a verb, mostly ("Mehta had
// declared"); a verb of speech ("the spokesman, Ivo Marr said") is taken
// for the apposition's.
func verbAfterName(s *sent, n1 int) bool {
	if n1 >= len(s.toks) {
		return false
	}
	t := s.toks[n1]
	return !t.cap && strings.TrimSpace(t.gap) == "" && !speechVerbs[t.low] && t.low != "and" && t.low != "or" && !rolePreps[t.low] && t.low != "of"
}

// compoundBefore reports one of WordNet's two-word role nouns in lower
// case right before word r of s ("running back Maurice Clarett").
func compoundBefore(s *sent, r int) bool {
	return r > 1 && !s.toks[r-1].cap && !s.toks[r-2].cap && plainGap(s.toks[r].gap, s.toks[r-1]) &&
		plainGap(s.toks[r-1].gap, s.toks[r-2]) && roleCompound(s.toks[r-2].low, s.toks[r-1].low)
}

// ownerBefore reports whose the role is at word k-1 of s, before the
// role's words from k in lower case: a common noun's possessive that is no
// title ("the actress's rep Jack Ketsoyan" is a rep), or a name's that is
// no title, organisation or place, inside the sentence ("where Lohan’s
// lawyer Mark Heller said" is a lawyer; "Sheriff's Deputy" and "Kestrel Hospital's
// spokeswoman" stay whole). Opening a sentence it may as well be a
// country's the gazetteer lacks ("Kestria’s top diplomat"), whose role
// stays whole as a place's does.
func ownerBefore(s *sent, k int) bool {
	p := s.toks[k-1]
	return p.poss && !s.toks[k].cap && (nameOpener(p) && !sentenceOpener(s, k-1) || !p.cap && !titleHeads[p.low])
}

// bodiesOn are the bodies named for what they deal with after "on"
// ("Committee on Energy Independence", "Commission on Human Rights").
var bodiesOn = wordSet("committee", "subcommittee", "commission", "council", "panel", "conference", "forum", "caucus")

// ageThenComma returns the word after an age set off by commas after a
// name that ends before word n of s ("Gina Harlan, 45, a nurse at the
// clinic,"), or n.
func ageThenComma(s *sent, n int) int {
	if n+1 >= len(s.toks) || strings.TrimSpace(s.toks[n].gap) != "," || strings.TrimSpace(s.toks[n+1].gap) != "," {
		return n
	}
	if l := s.toks[n].low; len(l) == 0 || len(l) > 3 || strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return n
	}
	return n + 1
}

// placeThenComma returns the word after "of" and a place's name after a
// name that ends before word n of s, then a comma ("Sen. Tom Vail of Ohio,
// the ranking member", "Nick Rahall (D) of West Virginia, the chairman"),
// or n. A party's letter in brackets may come first.
func placeThenComma(s *sent, n int) int {
	k := n
	if k+1 < len(s.toks) && strings.TrimSpace(s.toks[k].gap) == "(" && len(s.toks[k].low) <= 2 && s.toks[k].cap &&
		strings.TrimSpace(s.toks[k+1].gap) == ")" {
		k++ // "(D)"
	} else if k < len(s.toks) && strings.TrimSpace(s.toks[k].gap) != "" && !(k > 0 && ageThenComma(s, k-1) == k) {
		return n // "Gina Harlan, 45, of Chicago, a retired teacher" may have an age first
	}
	if k+2 >= len(s.toks) || s.toks[k].low != "of" || s.toks[k].cap || !s.toks[k+1].cap {
		return n
	}
	for e := k + 1; e < len(s.toks) && e-k <= 3; e++ {
		if !s.toks[e].cap || e > k+1 && !plainGap(s.toks[e].gap, s.toks[e-1]) {
			return n
		}
		if e+1 < len(s.toks) && strings.TrimSpace(s.toks[e+1].gap) == "," {
			if !placeWord(s.toks[e]) && !places[strings.ToLower(srcSlice(s, s.toks[k+1].start, s.toks[e].end))] {
				return n
			}
			return e + 1
		}
	}
	return n
}

// bracketThenComma returns the word after a bracket that opens at word n
// of s and closes before a comma within ten words ("Markey (D-Mass.),
// chairman"): the apposition's first word. It returns n when there is no
// such bracket.
func bracketThenComma(s *sent, n int) int {
	if n >= len(s.toks) || strings.TrimSpace(s.toks[n].gap) != "(" {
		return n
	}
	for b := n + 1; b < len(s.toks) && b-n <= 10; b++ {
		g := strings.TrimSpace(s.toks[b].gap)
		if strings.Contains(g, "(") {
			return n
		}
		if strings.Contains(g, ")") {
			if strings.TrimLeft(g, ".") == ")," {
				return b
			}
			return n
		}
	}
	return n
}

// modifiedName reports a role modifier followed by a name among words
// [i, j) of s ("sheriff's Deputy Hal Tinn"): the words name a person.
func modifiedName(s *sent, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if roleModifiers[s.toks[k].low] && !stopRoleWords[s.toks[k].low] && nameWord(s.toks[k+1], nil) {
			return true
		}
	}
	return false
}

// pluralPossessive reports a word after a plural's possessive mark
// ("Scientists' Scientific").
func pluralPossessive(s *sent, k int) bool {
	g := strings.TrimSpace(s.toks[k].gap)
	return (g == "'" || g == "’") && k > 0 && strings.HasSuffix(s.toks[k-1].low, "s") && s.toks[k].gap != g
}

// appositionRoles reads the roles of the apposition words [k, end) after
// a name, whose "and"s and "or"s are at ands. A part after "and" that
// holds a title is the role when the words before hold none ("an
// ecologist and executive director of the Society"), and one role with
// them when they hold one ("executive director and CEO of the Society":
// two titles sharing the organisation), unless it opens with its own
// determiner or "former" ("the interior secretary and the commerce
// secretary", "a lawyer and former judge": two roles) or names another
// person ("Brandau and sheriff's Deputy Hoyt Teasley", a list of people);
// one that holds none belongs to the part before when it goes on in
// capitals ("Secretary of Health and Human Services") and ends the role
// when not ("a lawyer and father of three"). "former" before the first
// part carries to the parts after it that have no determiner of their own
// ("a former Sixers player and assistant coach").
func appositionRoles(s *sent, k, end int, ands []int) []string {
	type part struct {
		i, j int
		own  bool // opens with its own determiner or word of the past
		past bool // held before
	}
	var parts []part // right to left
	add := func(i, j int) {
		own := false
		if j > i && roleArticles[s.toks[i].low] {
			i++
			own = true
		}
		i = ownerSkip(s, i, j)
		i = personOwnerSkip(s, i, j)
		// The head may come after words that describe its holder ("a
		// longtime lawyer" is a lawyer, "the popular former Sixers player"
		// was a player).
		past := false
		d := i
		for x := describerAt(s, d); x > 0 && d+x < j; x = describerAt(s, d) {
			past = past || pastWords[s.toks[d].low]
			d += x
		}
		// Nationality is no part of the role, nor a person noun after
		// its head ("a Barbadian economist resident in Canada").
		if d+1 < j && demonyms[s.toks[d].low] != "" && !s.toks[d+1].cap {
			d++
		}
		if w := s.toks[j-1].low; j-2 >= d && !s.toks[j-1].cap && personNoun(w) && roleNoun(w) == 0 && !titleHeads[w] && !roleModifiers[w] && headAt(s, j-2) {
			j--
		}
		h := orgOwnerEnd(s, d, j) // "the Harlow Chamber of Commerce's vice president": the head after the body's name
		if j > d && (hasTitleHead(s, h, min(j, h+4)) || roleFrom(s, h)) && (roleWord(s.toks[d]) || headAt(s, d)) && !titledName(s, d, j) {
			parts = append(parts, part{d, j, own || past, past})
		}
	}
	// Where the holder works is no part of the role: "head of the
	// Seafarers Assistance Program in Mombasa".
	for m := k + 1; m+1 < end; m++ {
		// A body named "X on Y" keeps its name ("the House Select
		// Committee on Energy Independence").
		if s.toks[m].low == "on" && s.toks[m-1].cap && bodiesOn[s.toks[m-1].low] {
			continue
		}
		// Nor whom the holder served under ("director of Fish and Wildlife
		// under President Clinton").
		if (s.toks[m].low == "in" || s.toks[m].low == "on" || s.toks[m].low == "under") && !s.toks[m].cap && s.toks[m+1].cap && hasTitle(s, k, m) {
			end = m
			break
		}
		// Nor since when the post is held ("president of Vardistan since
		// 2006").
		if (s.toks[m].low == "since" || s.toks[m].low == "until") && !s.toks[m].cap && hasTitle(s, k, m) {
			end = m
			break
		}
		// Nor is a body named by a common noun: "Vice President for
		// Conservation Advocacy at the environmental organization" (an
		// office is of a body by its name: "at UPS", "of the Hawks").
		if (s.toks[m].low == "at" || s.toks[m].low == "with") && !s.toks[m].cap && m+2 < end && roleArticles[s.toks[m+1].low] &&
			!s.toks[m+2].cap && !slices.ContainsFunc(s.toks[m+2:end], func(t tok) bool { return t.cap }) && hasTitle(s, k, m) {
			end = m
			break
		}
	}
	// Cut at the last "and" whose part after holds a title, and so on
	// leftwards.
	for n := len(ands) - 1; n >= 0; n-- {
		a := ands[n]
		if a+1 >= end {
			end = a
			continue
		}
		job := false // a job noun, no title: a job of its own ("swimmer and actress")
		if !hasTitleHead(s, a+1, min(end, a+5)) && !(ownPart(s, a+1) && roleAhead(s, a+1, end)) {
			job = jobAfterAnd(s, a+1, end)
		}
		if job && !titledName(s, a+1, end) && !modifiedName(s, a+1, end) {
			add(a+1, end)
			end = a
			continue
		}
		if !hasTitleHead(s, a+1, min(end, a+5)) && !(ownPart(s, a+1) && roleAhead(s, a+1, end)) {
			if !s.toks[a+1].cap && !portfolioThrough(s, k, a, end) {
				end = a // "a lawyer and father of three": no more role
			}
			continue
		}
		if titledName(s, a+1, end) || modifiedName(s, a+1, end) {
			end = a // a list of people: the roles are before it
			continue
		}
		// Two titles share what follows ("executive director and CEO of
		// the Society"), or the body named before the first ("the former
		// Hawks player and assistant coach"): one role. A first part of a
		// body of its own is a role of its own ("executive vice president
		// of Friends of Otters and director of the River Service").
		if !ownPart(s, a+1) && !ownBody(s, k, a) && (hasTitleHead(s, k, a) || bodyBefore(s, k, a) && !ownBody(s, a+1, end) && !capIn(s, a+1, end)) {
			continue
		}
		add(a+1, end)
		end = a
	}
	if end > k {
		add(k, end)
	}
	// The parts come back in text order, "former" carried from the first.
	out := make([]string, 0, len(parts))
	past := false
	for n := len(parts) - 1; n >= 0; n-- {
		p := parts[n]
		if n == len(parts)-1 {
			past = p.past
		} else if !p.own {
			p.past = past
		}
		t := srcSlice(s, s.toks[p.i].start, s.toks[p.j-1].end)
		if p.past {
			t = "former " + t
		}
		out = append(out, t)
	}
	return out
}

// portfolioList returns where a portfolio listed with commas ends, when
// the apposition [k, end) of s ends in a title's "of" or "for" and one
// word in lower case and a comma follows ("vice president of environment,
// technology and regulatory affairs,"): words in lower case, commas
// between, "and" before the last one to three, then a comma or the
// sentence's end. It returns end when there is none.
func portfolioList(s *sent, k, end int) int {
	n := len(s.toks)
	if end-k < 3 || end >= n || strings.TrimSpace(s.toks[end].gap) != "," || s.toks[end-1].cap ||
		s.toks[end-2].low != "of" && s.toks[end-2].low != "for" || !titleHeads[s.toks[end-3].low] {
		return end
	}
	and := false
	for e := end; e < n && e-end < 10; e++ {
		t := s.toks[e]
		g := strings.TrimSpace(t.gap)
		if t.cap || !modifierWord(t) && t.low != "and" || g != "" && g != "," || g == "," && (and || s.toks[e-1].low == "and") {
			return end
		}
		if t.low == "and" {
			if g != "" && g != "," {
				return end
			}
			and = true
			continue
		}
		if and && (e+1 == n || strings.TrimSpace(s.toks[e+1].gap) != "") {
			if e+1 < n && !strings.HasPrefix(strings.TrimSpace(s.toks[e+1].gap), ",") && !strings.HasPrefix(strings.TrimSpace(s.toks[e+1].gap), ".") {
				return end
			}
			return e + 1
		}
	}
	return end
}

// orgOwnerEnd returns the word after a body's name in capitals that
// holds "of", "and" or "the" and ends in a possessive, at word i of the
// phrase [i, j) of s ("Harlow Chamber of Commerce's", "Bank of Harlow's"),
// or i.
func orgOwnerEnd(s *sent, i, j int) int {
	if i >= j || !s.toks[i].cap {
		return i
	}
	for p := i; p < j-1 && p < i+7; p++ {
		t := s.toks[p]
		if p > i && !plainGap(t.gap, s.toks[p-1]) || !t.cap && t.low != "of" && t.low != "and" && t.low != "the" {
			return i
		}
		if t.poss {
			if !t.cap || !slices.ContainsFunc(s.toks[i:p], func(t tok) bool { return t.low == "of" }) {
				return i
			}
			return p + 1
		}
	}
	return i
}

// ownBody reports a role phrase among words [i, j) of s that names its
// body after "of", "for" or "at" ("vice president of Friends of Otters").
func ownBody(s *sent, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if w := s.toks[k].low; (w == "of" || w == "for" || w == "at") && !s.toks[k].cap && (s.toks[k+1].cap ||
			s.toks[k+1].low == "the" && k+2 < j && s.toks[k+2].cap) {
			return true
		}
	}
	return false
}

// bodyBefore reports a role phrase among words [i, j) of s whose head, at
// its end, comes after a body's name in capitals ("the former Hawks
// player").
func bodyBefore(s *sent, i, j int) bool {
	return j-i >= 2 && !s.toks[j-1].cap && headAt(s, j-1) && capIn(s, i, j-1)
}

// capIn reports a word in capitals among words [i, j) of s.
func capIn(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].cap {
			return true
		}
	}
	return false
}

// portfolioThrough reports an "and" at word a of s inside what a title
// among words [k, a) is of or for, in lower case, that reaches word end
// ("senior vice president for advocacy and policy"; portfolioEnd).
func portfolioThrough(s *sent, k, a, end int) bool {
	for f := a - 1; f > k && f >= a-3; f-- {
		if w := s.toks[f].low; (w == "of" || w == "for") && titleHeads[s.toks[f-1].low] {
			return portfolioEnd(s, f) == end
		}
	}
	return false
}

// roleArticles open a noun phrase; "another" too ("Paul Riva, another
// partner").
var roleArticles = wordSet("a", "an", "the", "another")

// partyWords are parties and their members' adjectives, an affiliation
// that is no part of a role before a name.
var partyWords = wordSet("democratic", "republican", "democrat", "labour", "labor", "conservative", "liberal", "socialist",
	"communist", "tory")

// nounPhraseTo reports that the words [i, r) of s after their last title
// are the noun phrase's own: role words, or what the post is of, for or
// at ("the company's chief financial officer", "a spokeswoman for the
// service"), not a clause ("The coach makes players better, Tom Vail
// said" gives Vail no role).
func nounPhraseTo(s *sent, i, r int) bool {
	h := -1
	for k := i; k < r; k++ {
		if headAt(s, k) || titleHeads[s.toks[k].low] {
			h = k
		}
	}
	for k := h + 1; k < r; k++ {
		w := s.toks[k]
		if !w.cap && (w.low == "of" || w.low == "for" || w.low == "at") {
			return true
		}
		if !roleWord(w) && !headAt(s, k) && !numberedName(s, k) {
			return false
		}
	}
	return true
}

// personOwnerSkip passes over a person's name written as whose the role
// is, at word i of the phrase [i, j) of s ("Tom Hoyle's lawyer" is a
// lawyer): two or three capitalised words, the first a given name, the
// last a possessive.
func personOwnerSkip(s *sent, i, j int) int {
	if i >= j || !s.toks[i].cap || !commonGivenName(s.toks[i].low) {
		return i
	}
	for p := i + 1; p < j-1 && p < i+3; p++ {
		if !s.toks[p].cap || !plainGap(s.toks[p].gap, s.toks[p-1]) {
			return i
		}
		if s.toks[p].poss {
			return p + 1
		}
	}
	return i
}

// jobAfterAnd reports a job of its own after "and" at word i of the
// apposition [i, end) of s: a role noun whose first sense is a role that
// ends the apposition ("an Olympic swimmer and actress"; not "a lawyer and
// father of three", nor "lead author of the 2005 petition", a deed).
func jobAfterAnd(s *sent, i, end int) bool {
	a, e, ok := readRole(s, i)
	return ok && a == i && e == end && roleNounTable()[s.toks[e-1].low] == 1 && !kinNouns[s.toks[e-1].low]
}

// ownerSkip passes over whose a role is, at word i of the phrase [i, j) of
// s: a possessive that is no title, unless it is an organisation's or a
// place's whose office follows at once ("the team's assistant general
// manager", "one of Orozco's lawyers", "Boston's star designated hitter";
// not "the sheriff's deputy" nor "Ohio's attorney general").
func ownerSkip(s *sent, i, j int) int {
	if i+1 < j && s.toks[i].poss && !titleHeads[s.toks[i].low] &&
		(!s.toks[i].cap || nameOpener(s.toks[i]) || describerAt(s, i+1) > 0) {
		return i + 1
	}
	return i
}

// roleAhead reports a role's head in the part [i, end) of s after its
// article and the words that describe the holder ("and a veteran capital
// defense attorney").
func roleAhead(s *sent, i, end int) bool {
	if i < end && roleArticles[s.toks[i].low] {
		i++
	}
	for d := describerAt(s, i); d > 0 && i+d < end; d = describerAt(s, i) {
		i += d
	}
	return hasTitle(s, i, min(end, i+5))
}

// ownPart reports a part of a conjunction at word i of s that opens with
// a determiner or a word of the past ("and the interior secretary", "and
// former judge"): a role of its own, sharing nothing with the part before.
func ownPart(s *sent, i int) bool {
	if i >= len(s.toks) {
		return false
	}
	w := s.toks[i].low
	return roleArticles[w] || w == "former" || w == "ex"
}

// determiners open an apposition that gives a role.
var determiners = wordSet("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")

// rolePreps, in lower case, end a role read leftwards from a name: "Fish
// and Wildlife under President Clinton" gives Clinton no role "under".
var rolePreps = wordSet("under", "for", "with", "at", "by", "to", "from", "in", "on")

// titledName reports a title followed by a name among words [i, j) of s
// ("Deputy Sgt. Hoyt Teasley", "Secretary Locke"): the words name another
// person, not a role.
func titledName(s *sent, i, j int) bool {
	for k := i; k+1 < j; k++ {
		n := s.toks[k+1]
		if (headAt(s, k) || honorifics[s.toks[k].low] || standaloneModifiers[s.toks[k].low]) && n.cap && n.low != "of" && n.low != "for" &&
			!titleHeads[n.low] && !roleModifiers[n.low] && !orgSuffixes[n.low] && !knownOrgs[n.low] &&
			!placeWord(n) && demonyms[n.low] == "" && !isStopCap(n.low) {
			return true
		}
	}
	return false
}
