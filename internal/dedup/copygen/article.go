package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// topic is the vocabulary of one kind of news.
type topic struct {
	name      string
	roles     []string // of the official
	orgs      []string // kinds of organisation
	things    []string // nouns, singular
	acts      []string // verbs, past tense, transitive
	adjs      []string
	headlines []string // with {O}, {C}, {N}, {X}
}

var topics = []topic{
	{"council", []string{"mayor", "council leader", "finance chair", "city manager"}, []string{"City Council", "Borough Council", "Planning Board"},
		[]string{"budget", "road", "library", "park", "bridge", "tax", "school", "plan", "housing project", "bus route", "parking fee", "sports hall"},
		[]string{"approved", "rejected", "delayed", "funded", "reviewed", "cut", "expanded", "announced", "debated", "postponed"},
		[]string{"new", "costly", "popular", "controversial", "modest", "ambitious", "local", "disputed"},
		[]string{"{O} approves {X} plan for {C}", "{C} council votes on {X}", "{O} delays {X} after long debate"}},
	{"fire", []string{"fire chief", "station commander", "safety officer"}, []string{"Fire Service", "Rescue Brigade", "Emergency Unit"},
		[]string{"warehouse", "factory", "blaze", "roof", "crew", "engine", "smoke", "building", "alarm", "ladder", "hose", "street"},
		[]string{"destroyed", "damaged", "evacuated", "contained", "reached", "searched", "closed", "inspected", "cleared", "protected"},
		[]string{"huge", "thick", "burning", "nearby", "empty", "old", "dangerous", "large"},
		[]string{"Fire destroys {X} in {C}", "{N} crews fight {X} fire in {C}", "Blaze at {C} {X} under control"}},
	{"football", []string{"coach", "team captain", "club chairman"}, []string{"Rovers", "United", "Athletic"},
		[]string{"match", "goal", "season", "stadium", "league", "striker", "keeper", "penalty", "fan", "trophy", "pitch", "final"},
		[]string{"won", "lost", "scored", "missed", "celebrated", "defended", "signed", "praised", "criticised", "dominated"},
		[]string{"late", "decisive", "bitter", "famous", "young", "narrow", "brilliant", "tired"},
		[]string{"{O} win {X} in {C}", "{C} side claims {X} at last", "Late goal settles {X} for {O}"}},
	{"court", []string{"judge", "prosecutor", "defence lawyer"}, []string{"District Court", "Appeals Court", "High Court"},
		[]string{"trial", "verdict", "jury", "witness", "case", "fine", "sentence", "appeal", "evidence", "contract", "company", "hearing"},
		[]string{"ruled", "dismissed", "heard", "ordered", "accepted", "challenged", "examined", "delivered", "reversed", "upheld"},
		[]string{"lengthy", "final", "unusual", "key", "legal", "criminal", "fresh", "serious"},
		[]string{"{O} rules on {X} in {C}", "Judge orders new {X} in {C} case", "{C} {X} ends with verdict"}},
	{"business", []string{"chief executive", "finance director", "spokeswoman"}, []string{"Holdings", "Industries", "Group"},
		[]string{"profit", "factory", "price", "worker", "shop", "market", "share", "order", "product", "loan", "office", "customer"},
		[]string{"raised", "reported", "bought", "sold", "hired", "closed", "opened", "reduced", "doubled", "launched"},
		[]string{"annual", "strong", "weak", "higher", "lower", "expensive", "cheap", "steady"},
		[]string{"{O} reports record {X}", "{O} to buy rival {X} maker", "{O} opens {X} in {C}"}},
	{"weather", []string{"forecaster", "flood warden", "road engineer"}, []string{"Weather Office", "Highways Agency", "Flood Authority"},
		[]string{"storm", "rain", "wind", "flood", "river", "road", "tree", "power line", "village", "snow", "coast", "field"},
		[]string{"flooded", "blocked", "toppled", "hit", "warned", "battered", "swept", "repaired", "cut", "cleared"},
		[]string{"heavy", "strong", "cold", "wet", "sudden", "severe", "rising", "fierce"},
		[]string{"Storm hits {C} with {X}", "{N} homes cut off by {X} in {C}", "{O} warns of more {X}"}},
	{"health", []string{"hospital director", "chief nurse", "health minister"}, []string{"General Hospital", "Health Trust", "Medical Centre"},
		[]string{"ward", "patient", "doctor", "nurse", "clinic", "vaccine", "waiting list", "bed", "surgery", "virus", "ambulance", "treatment"},
		[]string{"treated", "admitted", "opened", "expanded", "tested", "trained", "recruited", "reduced", "vaccinated", "discharged"},
		[]string{"busy", "urgent", "public", "weekly", "rural", "private", "sick", "elderly"},
		[]string{"{O} opens new {X} in {C}", "{C} {X} numbers fall", "Nurses warn over {X} at {O}"}},
	{"science", []string{"lead researcher", "professor", "project director"}, []string{"Institute", "University", "Observatory"},
		[]string{"study", "discovery", "telescope", "sample", "species", "experiment", "fossil", "laboratory", "satellite", "data", "team", "reef"},
		[]string{"found", "discovered", "measured", "published", "observed", "collected", "confirmed", "tracked", "identified", "analysed"},
		[]string{"rare", "ancient", "tiny", "distant", "unexpected", "remarkable", "careful", "early"},
		[]string{"{O} team finds rare {X}", "Scientists in {C} confirm {X}", "{X} study surprises {O}"}},
	{"transport", []string{"rail manager", "union leader", "transport secretary"}, []string{"Rail Company", "Transit Authority", "Port Authority"},
		[]string{"train", "strike", "station", "ticket", "passenger", "timetable", "bus", "ferry", "driver", "delay", "line", "fare"},
		[]string{"cancelled", "stopped", "delayed", "increased", "restored", "suspended", "replaced", "carried", "stranded", "announced"},
		[]string{"crowded", "late", "fast", "slow", "empty", "weekend", "regional", "busy"},
		[]string{"{O} strike halts {X} in {C}", "{C} {X} services cut", "{O} raises {X} prices"}},
	{"festival", []string{"festival director", "organiser", "arts officer"}, []string{"Arts Trust", "Festival Society", "Music Foundation"},
		[]string{"concert", "crowd", "band", "stage", "ticket", "exhibition", "artist", "parade", "poet", "film", "gallery", "audience"},
		[]string{"attracted", "welcomed", "opened", "performed", "sold", "hosted", "cancelled", "celebrated", "presented", "displayed"},
		[]string{"lively", "sunny", "packed", "free", "colourful", "quiet", "loud", "annual"},
		[]string{"{C} festival draws {N} visitors", "{O} hosts {X} weekend", "Rain fails to stop {C} {X}"}},
}

var (
	first  = []string{"Ada", "Bram", "Celia", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lev", "Mira", "Nils", "Oona", "Pavel", "Quinn", "Rosa", "Soren", "Tove", "Ugo", "Vera", "Wim", "Xenia", "Yusuf", "Zora"}
	last   = []string{"Arlow", "Brennick", "Castellane", "Dunmore", "Eskvik", "Fairholm", "Garrow", "Holloway", "Ivesby", "Jarnfeld", "Kettering", "Lindqvist", "Marlowe", "Northcott", "Okonkwo", "Penhale", "Quarrie", "Rostova", "Selwyn", "Thistlewood", "Ulverton", "Vantongeren", "Whitlock", "Yardley", "Zelenko"}
	places = []string{"Brackenford", "Calder Bay", "Dunhollow", "Elmsworth", "Fenwick Cross", "Glenmarrow", "Harrowgate Vale", "Ironbridge Falls", "Kestrel Point", "Lowmoor", "Marston Quay", "Newhaven Hills", "Oakridge", "Port Sellick", "Ravensmoor", "Saltmere", "Thornbury Wells", "Upper Vennick", "Westerholm", "Yarrow Flats"}
	days   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

var boilerplate = []string{
	"Subscribe to our newsletter for the latest local news.",
	"Read more: our full coverage of the region.",
	"Sign up for breaking news alerts.",
	"Follow us on social media for updates.",
}

// event is one invented happening: its names, numbers and one statement,
// which every report of it shares.
type event struct {
	t                topic
	official, expert string
	role, exRole     string
	org, place, day  string
	n1, n2           int
	money            string
	quote            string
	thing            string
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func newEvent(r *rand.Rand, k int) *event {
	t := topics[k%len(topics)]
	e := &event{t: t}
	e.official = pick(r, first) + " " + pick(r, last)
	e.expert = pick(r, first) + " " + pick(r, last)
	e.role = pick(r, t.roles)
	e.exRole = pick(r, []string{"a local resident", "an independent analyst", "a former official", "a shop owner", "a retired teacher", "a volunteer"})
	e.place = pick(r, places)
	e.org = strings.Fields(e.place)[0] + " " + pick(r, t.orgs)
	e.day = pick(r, days)
	e.n1 = 3 + r.IntN(400)
	e.n2 = 10 + r.IntN(9000)
	e.money = fmt.Sprintf("%d.%d million", 1+r.IntN(90), r.IntN(10))
	e.thing = pick(r, t.things)
	e.quote = fmt.Sprintf("We %s the %s because the %s needed it, and we will %s again if %s asks us", pick(r, t.acts), pick(r, t.things), pick(r, []string{"town", "community", "region", "public"}), pick(r, []string{"act", "do it", "step in", "return"}), e.place)
	return e
}

// sentence is two clauses joined by a comma, so a spinner can swap them or
// split the sentence.
type sentence struct{ a, b string }

type article struct {
	title string
	sents []sentence
	tail  string
	from  []int // the original's sentence numbers this article holds
}

func (a article) clone() article {
	c := a
	c.sents = append([]sentence(nil), a.sents...)
	c.from = append([]int(nil), a.from...)
	return c
}

func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (s sentence) String() string {
	if s.b == "" {
		return capital(s.a) + "."
	}
	return capital(s.a) + ", " + s.b + "."
}

func (a article) text() string {
	var b strings.Builder
	for i, s := range a.sents {
		if i > 0 {
			if i%3 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.String())
	}
	if a.tail != "" {
		b.WriteString("\n\n" + a.tail)
	}
	return b.String()
}

// fill replaces the slots of a clause pattern, each with a fresh draw.
func (e *event) fill(r *rand.Rand, p string) string {
	t := e.t
	var b strings.Builder
	for {
		i := strings.IndexByte(p, '{')
		if i < 0 {
			b.WriteString(p)
			return b.String()
		}
		j := strings.IndexByte(p[i:], '}') + i
		b.WriteString(p[:i])
		switch p[i+1 : j] {
		case "P":
			b.WriteString(e.official)
		case "L":
			b.WriteString(strings.Fields(e.official)[1])
		case "E":
			b.WriteString(e.expert)
		case "EL":
			b.WriteString(strings.Fields(e.expert)[1])
		case "R":
			b.WriteString(e.role)
		case "ER":
			b.WriteString(e.exRole)
		case "O":
			b.WriteString(e.org)
		case "C":
			b.WriteString(e.place)
		case "D":
			b.WriteString(e.day)
		case "N":
			fmt.Fprint(&b, e.n1)
		case "N2":
			fmt.Fprint(&b, e.n2)
		case "M":
			b.WriteString(e.money)
		case "T":
			b.WriteString(e.thing)
		case "X":
			b.WriteString(pick(r, t.things))
		case "V":
			b.WriteString(pick(r, t.acts))
		case "A":
			b.WriteString(pick(r, t.adjs))
		case "G":
			b.WriteString(pick(r, general))
		case "GA":
			b.WriteString(pick(r, generalAdj))
		case "GV":
			b.WriteString(pick(r, generalVerb))
		case "K":
			fmt.Fprint(&b, 2+r.IntN(60))
		default:
			b.WriteString(p[i : j+1])
		}
		p = p[j+1:]
	}
}

var (
	general     = []string{"weather", "morning", "decision", "week", "neighbourhood", "evening", "question", "report", "problem", "meeting", "change", "cost", "risk", "result", "visit", "effort", "answer", "future", "history", "reason"}
	generalAdj  = []string{"important", "difficult", "small", "big", "clear", "quick", "early", "unusual", "recent", "simple", "serious", "busy"}
	generalVerb = []string{"expected", "helped", "showed", "started", "needed", "asked", "bought", "began", "wanted", "tried", "explained", "described"}
)

var leads = []sentence{
	{"the {O} {V} the {A} {T} in {C} on {D}", "a move that affected about {N} people"},
	{"on {D} the {O} in {C} {V} the {T}", "according to the {R}, {P}"},
	{"officials in {C} {V} a {A} {T} on {D}", "ending weeks of uncertainty for {N} households"},
	{"{N} people were involved when the {O} {V} the {T} on {D}", "the {R} confirmed"},
}

var clausesA = []string{
	"the {R} said the {X} would cost about {M}",
	"{P} told reporters that the {X} was {A}",
	"{ER}, {E}, said the {X} had been {GA} for years",
	"the {X} near the old {X} was {V} last {D}",
	"residents of {C} {GV} a {A} {X} for the {G}",
	"a spokesman for the {O} {GV} the {X} in detail",
	"about {K} {X}s were {V} during the {G}",
	"the {O} first {V} the {X} in {K} years",
	"in a statement the {O} {GV} the {A} {X}",
	"{L} {GV} that the {X} and the {X} were linked",
	"the {GA} {G} {GV} the {A} {X} in the end",
	"the total of {N2} was higher than last year",
	"{EL} {GV} the {X} as {GA} and {A}",
	"nobody {GV} the {A} {X} to {GV} so quickly",
	"the {X} had {GV} at the {A} {X} on {D}",
	"at the {G} the {R} {GV} the {X}",
	"critics of the {O} {GV} a {GA} {G}",
	"local schools {GV} the {X} to the {G}",
	"the {A} {X} {GV} the {G} of many families",
	"workers {V} the {X} behind the {X}",
}

var clausesB = []string{
	"but the {G} remained {GA}",
	"and the {X} was {V} soon after",
	"while the {O} {GV} a {A} {G}",
	"although {L} {GV} the {X}",
	"as {K} {X}s {GV} the {GA} {G}",
	"because the {X} {GV} a {GA} {G}",
	"and officials {GV} the {A} {X}",
	"so the {X} was {V} by {D}",
	"which {GV} the {G} in {C}",
	"before the {X} {GV} the {GA} {G}",
	"after {EL} {GV} the {X}",
	"and {K} {X}s were {V} too",
	"though the {G} {GV} the {A} {X}",
	"when the {R} {GV} the {G}",
	"once the {A} {X} had {GV}",
}

// article writes one report of the event: a lead, the shared statement,
// and body sentences of random clauses.
func (e *event) article(r *rand.Rand) article {
	a := article{title: capital(e.fill(r, pick(r, e.t.headlines)))}
	l := pick(r, leads)
	a.sents = append(a.sents, sentence{e.fill(r, l.a), e.fill(r, l.b)})
	n := 9 + r.IntN(13)
	q := 1 + r.IntN(3)
	for i := range n {
		if i == q {
			a.sents = append(a.sents, sentence{a: fmt.Sprintf("%q %s, the %s, said", e.quote+",", e.official, e.role)})
			continue
		}
		s := sentence{a: e.fill(r, pick(r, clausesA))}
		if r.IntN(4) != 0 {
			s.b = e.fill(r, pick(r, clausesB))
		}
		a.sents = append(a.sents, s)
	}
	for i := range a.sents {
		a.from = append(a.from, i)
	}
	return a
}

// nearDuplicate changes the headline, makes a typo and drops a sentence.
func nearDuplicate(r *rand.Rand, o article, e *event) article {
	c := o.clone()
	c.title = capital(e.fill(r, pick(r, e.t.headlines)))
	if c.title == o.title {
		c.title = "Update: " + c.title
	}
	if len(c.sents) >= 8 {
		k := 1 + r.IntN(len(c.sents)-1)
		c.sents = append(c.sents[:k], c.sents[k+1:]...)
		c.from = append(c.from[:k], c.from[k+1:]...)
	}
	// A typo: two letters swapped in one word.
	k := r.IntN(len(c.sents))
	w := strings.Fields(c.sents[k].a)
	for i := range w {
		if len(w[i]) > 5 {
			b := []byte(w[i])
			b[2], b[3] = b[3], b[2]
			w[i] = string(b)
			break
		}
	}
	c.sents[k].a = strings.Join(w, " ")
	return c
}

// excerpt takes a run of whole sentences of the original, at least five
// and 90 words, at most 60% of it, alone or embedded in an unrelated host
// article. (A shorter shared passage cannot be told from a quoted statement
// that independent reports share.)
func excerpt(r *rand.Rand, o article, e *event, embed bool) article {
	words := func(ss []sentence) int {
		n := 0
		for _, s := range ss {
			n += len(strings.Fields(s.String()))
		}
		return n
	}
	limit := max(5, len(o.sents)*6/10)
	k := min(5+r.IntN(3), limit)
	start := r.IntN(len(o.sents) - k + 1)
	for start+k < len(o.sents) && k < limit && words(o.sents[start:start+k]) < 90 {
		k++
	}
	for start > 0 && k < limit && words(o.sents[start:start+k]) < 90 {
		start--
		k++
	}
	c := article{sents: append([]sentence(nil), o.sents[start:start+k]...)}
	for i := start; i < start+k; i++ {
		c.from = append(c.from, i)
	}
	c.title = capital(e.fill(r, pick(r, e.t.headlines)))
	if !embed {
		return c
	}
	// The host: another topic's report of another invented event.
	host := newEvent(r, r.IntN(len(topics))).article(r)
	c.title = host.title
	cut := min(2, len(host.sents))
	c.sents = append(append(append([]sentence(nil), host.sents[:cut]...), c.sents...), host.sents[cut:]...)
	return c
}

// noSpin are function words a spinner leaves alone.
var noSpin = map[string]bool{"that": true, "this": true, "with": true, "were": true, "been": true, "have": true, "from": true, "when": true, "once": true, "which": true, "while": true, "though": true, "although": true, "because": true, "before": true, "after": true, "about": true, "during": true, "behind": true, "near": true, "nobody": true, "also": true, "said": true}

// spin rewrites the article as a spinner does: each word the thesaurus
// knows (four letters or more, lower case) swapped with probability rate, clauses swapped, a long sentence split, two
// short ones merged, one dropped, and a new headline.
func spin(r *rand.Rand, th *thesaurus, o article, rate float64) article {
	c := article{}
	swap := func(s string) string {
		w := strings.Fields(s)
		for i, x := range w {
			core := strings.Trim(x, ",.\"")
			if core != strings.ToLower(core) || len(core) < 4 || noSpin[core] || r.Float64() >= rate {
				continue
			}
			if alts := th.alternatives(core); len(alts) > 0 {
				w[i] = strings.Replace(x, core, pick(r, alts), 1)
			}
		}
		return strings.Join(w, " ")
	}
	c.title = swap(strings.ToLower(o.title[:1]) + o.title[1:])
	c.title = capital(c.title)
	drop := -1
	if len(o.sents) > 6 {
		drop = 1 + r.IntN(len(o.sents)-1)
	}
	split, merge := false, false
	for i := 0; i < len(o.sents); i++ {
		if i == drop {
			continue
		}
		s := o.sents[i]
		s.a, s.b = swap(s.a), swap(s.b)
		switch {
		case s.b != "" && !strings.HasPrefix(s.a, "\"") && r.IntN(3) == 0:
			s.a, s.b = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s.b, "but "), "and "), "while "), s.a
		case s.b != "" && !split && r.IntN(3) == 0:
			split = true
			c.sents = append(c.sents, sentence{a: s.a}, sentence{a: strings.TrimPrefix(strings.TrimPrefix(s.b, "and "), "but ")})
			c.from = append(c.from, i, i)
			continue
		case s.b == "" && !merge && i+1 < len(o.sents) && i+1 != drop && o.sents[i+1].b == "":
			merge = true
			c.sents = append(c.sents, sentence{a: s.a, b: "and " + swap(o.sents[i+1].a)})
			c.from = append(c.from, i, i+1)
			i++
			continue
		}
		c.sents = append(c.sents, s)
		c.from = append(c.from, i)
	}
	return c
}
