package facts

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func person(f *Facts, key string) *Person {
	for k := range f.People {
		if f.People[k].Key == key {
			return &f.People[k]
		}
	}
	return nil
}

func roleTexts(p *Person) []string {
	var out []string
	if p != nil {
		for _, r := range p.Roles {
			out = append(out, r.Text)
		}
	}
	return out
}

func TestPeopleAndRoles(t *testing.T) {
	f := Extract(ArticleInput{ID: "x", Text: "Deputy Harbour Master Ines Varga met Energy Minister Olaf Brandt in Kestrel on Monday.\n\n" +
		"Col. Dana Reyes, the spokeswoman of the Northern Brigade, declined to comment. " +
		"The talks were led by the agency's chief negotiator, Farid Osei. Varga later left for Oslo."})
	for key, want := range map[string]string{"varga": "Deputy Harbour Master", "brandt": "Energy Minister",
		"reyes": "spokeswoman of the Northern Brigade", "osei": "chief negotiator"} {
		p := person(f, key)
		if p == nil {
			t.Errorf("%s not found: %+v", key, f.People)
			continue
		}
		ok := false
		for _, r := range roleTexts(p) {
			ok = ok || strings.Contains(r, want)
		}
		if !ok {
			t.Errorf("%s: want role %q, got %q", key, want, roleTexts(p))
		}
	}
	// A rank alone is a form of address, not a role (issue 14).
	if p := person(f, "reyes"); p == nil || strings.Contains(strings.Join(roleTexts(p), "|"), "Col.") {
		t.Errorf("Reyes: the rank Col. alone listed as a role: %q", roleTexts(p))
	}
	if p := person(f, "varga"); p == nil || len(p.Mentions) != 2 {
		t.Errorf("Varga: want two mentions (full name and surname), got %+v", p)
	}
	places := map[string]bool{}
	for _, e := range f.Places {
		places[e.Name] = true
	}
	if !places["Kestrel"] || !places["Oslo"] {
		t.Errorf("places: %+v", f.Places)
	}
	orgs := map[string]bool{}
	for _, e := range f.Orgs {
		orgs[e.Name] = true
	}
	if !orgs["Northern Brigade"] {
		t.Errorf("orgs: %+v", f.Orgs)
	}
	// Every mention's span is its text.
	src := "Deputy Harbour Master Ines Varga met Energy Minister Olaf Brandt in Kestrel on Monday."
	if p := person(f, "varga"); p != nil && src[p.Mentions[0].Start:p.Mentions[0].End] != p.Mentions[0].Text {
		t.Errorf("span %d-%d does not hold %q", p.Mentions[0].Start, p.Mentions[0].End, p.Mentions[0].Text)
	}
}

func TestRoleKeysAndConflicts(t *testing.T) {
	same := [][2]string{{"Defense Secretary", "Secretary of Defense"}, {"U.S. Defence Secretary", "Secretary of Defense"},
		{"State Secretary", "Secretary of State"}, {"National Defense Minister", "Minister of National Defense"}}
	for _, p := range same {
		if roleKey(p[0]) != roleKey(p[1]) {
			t.Errorf("%q and %q: keys %q and %q differ", p[0], p[1], roleKey(p[0]), roleKey(p[1]))
		}
	}
	conflict := [][2]string{{"Assistant Secretary of Defense", "Deputy Secretary of Defense"}, {"Deputy Mayor", "Mayor"},
		{"Finance Minister", "Interior Minister"}, {"CEO", "COO"}, {"President and CEO", "CFO"}}
	for _, p := range conflict {
		if !rolesConflict(roleKey(p[0]), roleKey(p[1])) {
			t.Errorf("%q and %q should conflict", p[0], p[1])
		}
	}
	fine := [][2]string{{"Air Force Gen.", "General"}, {"Gen.", "Pentagon press secretary"}, {"press secretary", "Pentagon press secretary"},
		{"CEO", "chairman and CEO"}, {"CEO", "chief executive"}}
	for _, p := range fine {
		if rolesConflict(roleKey(p[0]), roleKey(p[1])) {
			t.Errorf("%q and %q should not conflict", p[0], p[1])
		}
	}
}

func TestQuotes(t *testing.T) {
	text := "Harbour Master Ines Varga spoke at the quay.\n\n" +
		"\"The cranes stay idle until the wind drops,\" she said. \"Nobody goes up there tonight.\"\n\n" +
		"\u201cWe expect the port to reopen by Friday,\u201d said Energy Minister Olaf Brandt.\n\n" +
		"The Port Authority said in a statement that all ferries were cancelled for the day.\n\n" +
		"According to the coast guard, two fishing boats had returned safely to the harbour.\n\n" +
		"Brandt said that the damage was smaller than first feared."
	f := Extract(ArticleInput{ID: "q", Text: text})
	want := []struct{ words, speaker string }{
		{"The cranes stay idle", "varga"},
		{"Nobody goes up there tonight", "varga"},
		{"expect the port to reopen", "brandt"},
		{"all ferries were cancelled", "authority port"},
		{"two fishing boats had returned", "coast guard"},
		{"the damage was smaller", "brandt"},
	}
	for _, w := range want {
		ok := false
		for _, q := range f.Quotes {
			if strings.Contains(q.Text, w.words) && q.SpeakerKey == w.speaker {
				ok = true
			}
		}
		if !ok {
			t.Errorf("quote %q by %s not found in %+v", w.words, w.speaker, f.Quotes)
		}
	}
	// The two parts around "she said" are one quote.
	for _, q := range f.Quotes {
		if strings.Contains(q.Text, "cranes") && !strings.Contains(q.Text, "Nobody") {
			t.Errorf("split quote not joined: %q", q.Text)
		}
	}
}

func dateValue(f *Facts, words string) (string, bool) {
	for _, d := range f.Dates {
		if d.Text == words {
			return d.Value, d.Unresolved
		}
	}
	return "missing", false
}

func TestDates(t *testing.T) {
	pub := time.Date(2024, 5, 8, 15, 0, 0, 0, time.UTC) // a Wednesday
	text := "The ferry sank on Saturday. Divers returned on Wednesday and will dive again on Friday. " +
		"The owner was fined last Wednesday. The inquiry opened on April 30, 2024, and two days later the first witness spoke. " +
		"Officials met yesterday, earlier this month and last week. The report is due on 14 June."
	f := Extract(ArticleInput{ID: "d", Text: text, Published: pub})
	for words, want := range map[string]string{
		"Saturday":           "2024-05-04", // the most recent Saturday
		"Wednesday":          "2024-05-08", // publication day itself
		"Friday":             "2024-05-10", // future tense: the next Friday
		"last Wednesday":     "2024-05-01",
		"April 30, 2024":     "2024-04-30",
		"two days later":     "2024-05-02", // from the previous date
		"yesterday":          "2024-05-07",
		"earlier this month": "2024-05",
		"last week":          "2024-04-29", // the week's Monday
		"14 June":            "2024-06-14",
	} {
		if got, _ := dateValue(f, words); got != want {
			t.Errorf("%q: got %s, want %s", words, got, want)
		}
	}
	// Without a publication date or a full date in the text, nothing
	// relative resolves.
	g := Extract(ArticleInput{ID: "e", Text: "The ferry sank on Saturday, a day after the storm warning of 3 May."})
	if v, unresolved := dateValue(g, "Saturday"); v != "" || !unresolved {
		t.Errorf("Saturday without a reference: got %q unresolved=%v", v, unresolved)
	}
	if g.Reference != "" {
		t.Errorf("reference %q from a date without a year", g.Reference)
	}
	// A full date in the text serves as reference when publication is unknown.
	h := Extract(ArticleInput{ID: "h", Text: "Kestrel, May 8, 2024 - The ferry sank on Saturday."})
	if v, _ := dateValue(h, "Saturday"); v != "2024-05-04" || h.ReferenceFrom != "text" {
		t.Errorf("text reference: Saturday = %q, from %q", v, h.ReferenceFrom)
	}
}

func TestNumbers(t *testing.T) {
	f := Extract(ArticleInput{ID: "n", Text: "Officers found three flying objects near a 200 feet tall mast. " +
		"Turnout reached 52% and the repairs cost $1.2 million. Two of its engines failed."})
	want := map[string]struct {
		v    float64
		unit string
		head string
	}{
		"three flying objects": {3, "", "object"},
		"200 feet tall mast":   {200, "feet", "mast"},
		"52%":                  {52, "percent", ""},
		"$1.2 million":         {1.2e6, "dollars", ""},
		"Two of its engines":   {2, "", "engin"},
	}
	got := map[string]Number{}
	for _, n := range f.Numbers {
		got[n.Text] = n
	}
	for text, w := range want {
		n, ok := got[text]
		if !ok || n.Value != w.v || n.Unit != w.unit || n.Head != w.head {
			t.Errorf("%q: got %+v (found %v), want %+v", text, n, ok, w)
		}
	}
}

// TestNumberWordings: numbers as WordNet or a synonym spinner writes them
// are read for what they are, or not read at all when half spelt out or
// indefinite.
func TestNumberWordings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]float64 // number text -> value; absent: no number
	}{
		{"The port cost $43 one thousand million to build.", map[string]float64{"$43 one thousand million": 43e9}},
		{"The port cost $43 thousand million to build.", map[string]float64{"$43 thousand million": 43e9}},
		{"About 2.5 meg voters were eligible.", map[string]float64{"2.5 meg voters": 2.5e6}},
		{"The fund lost 32 gazillion dollars.", map[string]float64{}},
		{"The index fell 5.four per cent on Tuesday.", map[string]float64{}},
		{"Some ten,000 marchers filled the square.", map[string]float64{}},
		{"The union has two,507 members.", map[string]float64{}},
		{"The union has 2,507 members.", map[string]float64{"2,507 members": 2507}},
	} {
		f := Extract(ArticleInput{ID: "n", Text: tc.text})
		got := map[string]float64{}
		for _, n := range f.Numbers {
			got[n.Text] = n.Value
		}
		if !maps.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestMeaningChanges(t *testing.T) {
	a := Extract(ArticleInput{ID: "a", Source: "Wire", Published: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC),
		Text: "The board voted to raise fees for 3,000 members on Monday. The mayor did not attend the vote in Kestrel."})
	b := Extract(ArticleInput{ID: "b", Source: "Copy", Published: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC),
		Text: "The board voted to lower fees for 4,000 members on Tuesday. The mayor attended the vote in Sandvik."})
	sf := Merge([]*Facts{b, a}, relList{{From: "a", To: "b", Kind: "rewrite"}}.rel())
	kinds := map[string]bool{}
	for _, d := range sf.Disagreements {
		if len(d.Relations) != 1 || d.Relations[0].From != "a" || d.Relations[0].To != "b" {
			t.Errorf("disagreement without the copy relation: %+v", d)
		}
		kinds[d.Kind] = true
	}
	for _, k := range []string{KindAntonym, KindNumber, KindDate, KindNegation, KindPlace} {
		if !kinds[k] {
			t.Errorf("no %s change found: %+v", k, sf.Disagreements)
		}
	}
}

type copydeskRelation struct {
	From, To string
	Kind     string
}

type relList []copydeskRelation

func (l relList) rel() []copydesk.Relation {
	var out []copydesk.Relation
	for _, r := range l {
		out = append(out, copydesk.Relation{From: r.From, To: r.To, Kind: copydesk.Kind(r.Kind)})
	}
	return out
}

// short clips s for test logs.
func short(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// TestNamesAsNewsWritesThem covers the names and roles of issue 14, in
// sentences we wrote after the patterns of real news.
func TestNamesAsNewsWritesThem(t *testing.T) {
	text := "Veltria’s Defence Ministry said Anja Kovalenko’s trip was cancelled. " +
		"Air Force Gen. Tomas Brekke, Commander of Veltrian Northern Command, said the jets were ready. " +
		"Gen. Ilse Marr spoke later. Foreign Minister Pell Aaberg met his Kestrian counterpart, Dara Holm, in Sandvik. " +
		"Kestria’s top diplomat Dara Holm said so. Talks with the People’s Republic went on, TDCJ Inspector General Rune Vik said. " +
		"Fired Odo Lind said he was gone. The Nov. 30 escape by Arlo Pike Jr. ended on Monday when Pike gave up."
	f := Extract(ArticleInput{ID: "n", Text: text})
	for _, p := range f.People {
		for _, m := range p.Mentions {
			if text[m.Start:m.End] != m.Text || strings.ContainsAny(m.Text, "’'") {
				t.Errorf("%s: mention %q at %d-%d (want the name without its possessive)", p.Key, m.Text, m.Start, m.End)
			}
		}
	}
	for _, e := range append(f.Orgs, f.Places...) {
		if e.Name == "Republic" || strings.HasPrefix(e.Name, "Commander") || strings.HasSuffix(e.Name, "’") {
			t.Errorf("not an organisation or place: %q", e.Name)
		}
	}
	orgs := map[string]bool{}
	for _, e := range f.Orgs {
		orgs[e.Name] = true
	}
	if !orgs["Veltrian Northern Command"] || !orgs["Defence Ministry"] {
		t.Errorf("orgs: %+v", f.Orgs)
	}
	for _, tt := range []struct{ key, want string }{
		{"brekke", "Commander of Veltrian Northern Command"}, // "Air Force Gen." spells out no role
		{"marr", ""}, // "Gen." alone is a rank, not a role
		{"aaberg", "Foreign Minister"},
		{"holm", "Kestrian counterpart|Kestria’s top diplomat"},
		{"vik", "TDCJ Inspector General"},
		{"pike", ""},
	} {
		p := person(f, tt.key)
		if p == nil {
			t.Errorf("%s not found: %+v", tt.key, f.People)
			continue
		}
		if got := strings.Join(roleTexts(p), "|"); got != tt.want {
			t.Errorf("%s: roles %q, want %q", tt.key, got, tt.want)
		}
	}
	if p := person(f, "pike"); p == nil || len(p.Mentions) != 2 {
		t.Errorf("Arlo Pike Jr.: want the key pike with two mentions, got %+v", p)
	}
	if person(f, "lind") == nil {
		t.Errorf("Odo Lind not found: %+v", f.People)
	}
	for _, p := range f.People {
		if strings.HasPrefix(p.Name, "Fired") {
			t.Errorf("a participle taken into the name: %q", p.Name)
		}
	}
}

// TestTitlesAndAdverbsAreNoNames: titles written as police and court
// reporters write them ("Undersheriff", "Dist. Atty.") and a sentence
// adverb before a surname are no part of the person's name.
func TestTitlesAndAdverbsAreNoNames(t *testing.T) {
	text := "Undersheriff Jim Garde said the fire was out. \"Nobody was hurt in the building,\" Garde said.\n\n" +
		"\"He will face the full weight of the law,\" Dist. Atty. Mark Oyelaran said.\n\n" +
		"Ironically Ruiz had asked for the hearing. \"I wanted to be heard by the court,\" Ruiz said."
	f := Extract(ArticleInput{ID: "t", Text: text})
	wantNames(t, f, map[string]string{"garde": "Jim Garde", "oyelaran": "Mark Oyelaran"})
	for _, p := range f.People {
		if strings.HasPrefix(p.Name, "Ironically") {
			t.Errorf("person %q keeps the adverb", p.Name)
		}
	}
	for _, c := range []struct{ words, speaker string }{{"Nobody was hurt", "Jim Garde"}, {"full weight", "Mark Oyelaran"}, {"heard by the court", "Ruiz"}} {
		if q := quoteBy(f.Quotes, c.words); q == nil || q.Speaker != c.speaker {
			t.Errorf("%q: got %+v, want speaker %q", c.words, q, c.speaker)
		}
	}
}

// wantNames checks that f holds a person under each key of want, named as
// want says.
func wantNames(t *testing.T, f *Facts, want map[string]string) {
	t.Helper()
	for _, key := range slices.Sorted(maps.Keys(want)) {
		p := person(f, key)
		if p == nil {
			t.Errorf("%s not found: %+v", key, f.People)
			continue
		}
		if p.Name != want[key] {
			t.Errorf("%s: name %q, want %q", key, p.Name, want[key])
		}
	}
}

// TestNamesInTranslatedNews: news translated from Russian writes an
// office and its holder in one run of capitals, with no comma ("the
// director of the Marine Institute Pavel Orlov", "the president of
// Veltria Dana Holmqvist"), and opens sentences with adverbs ("Now
// Smirnov has been barred"): each name is the person's alone.
func TestNamesInTranslatedNews(t *testing.T) {
	text := "The director of the Northern Fisheries Institute Pavel Orlov sees a crisis. " +
		"On Monday the president of Lithuania Dalia Kestutis met the press. " +
		"Department employee Ivan Smirnov came often. Now Smirnov has been barred from the country. " +
		"In 2031 the president of the United States Tom Harlan signed the order."
	f := Extract(ArticleInput{ID: "r", Text: text})
	wantNames(t, f, map[string]string{"orlov": "Pavel Orlov", "kestutis": "Dalia Kestutis", "smirnov": "Ivan Smirnov", "harlan": "Tom Harlan"})
	for _, e := range f.Orgs {
		if strings.Contains(e.Name, "Orlov") {
			t.Errorf("the person taken into the organisation: %q", e.Name)
		}
	}
	for _, p := range f.People {
		for _, m := range p.Mentions {
			if strings.HasPrefix(m.Text, "Now") {
				t.Errorf("an adverb taken into the name: %q", m.Text)
			}
		}
	}
}

// TestTitlesAreNoQuotes: quoted words written as a title, with no one to
// say them, name an exhibition or a programme; a quote with a speaker
// written in capitals stays a quote.
func TestTitlesAreNoQuotes(t *testing.T) {
	text := "The exhibition \"Medicine and Health - 2031\" opened on Monday. Under the programme " +
		"\"Clean Rivers for 2030-2040\" the city will build two plants.\n\n" +
		"\"Nobody Here Wants The Wall,\" the crowd chanted, Mayor Ida Kern said."
	f := Extract(ArticleInput{ID: "q", Text: text})
	for _, w := range []string{"Medicine and Health", "Clean Rivers"} {
		if q := quoteBy(f.Quotes, w); q != nil {
			t.Errorf("a title taken for a quote: %+v", q)
		}
	}
	g := Extract(ArticleInput{ID: "q2", Text: "The paper ran a column titled \"Did the mayor lie to us all?\" on Monday."})
	if q := quoteBy(g.Quotes, "Did the mayor"); q != nil {
		t.Errorf("a column's title taken for a quote: %+v", q)
	}
	if q := quoteBy(f.Quotes, "Nobody Here Wants"); q == nil {
		t.Errorf("the quote with a speaker is lost: %+v", f.Quotes)
	}
	// The sentence's comma or full stop inside the closing mark.
	h := Extract(ArticleInput{ID: "q3", Text: "The shop sold copies of \"The Long Road to Ashby.\" Its owner has also " +
		"stocked \"Rain on the Water,\" \"Salt\" and \"When the Ferry Stops Running.\""})
	for _, w := range []string{"Long Road", "Rain on the Water", "Ferry Stops"} {
		if q := quoteBy(h.Quotes, w); q != nil {
			t.Errorf("a title closed by the sentence's stop taken for a quote: %+v", q)
		}
	}
	// A title right after another quoted title that an attribution
	// reached: it would go on with that one's speaker, but it names a work.
	k := Extract(ArticleInput{ID: "q4", Text: "The memoir \"Salt Harbour\" begins in the tone of such writers as Ada Quist, " +
		"describing a childhood that mirrors films ranging from \"Rain on the Water\" to \"The Long Road to Ashby.\" But it darkens."})
	if q := quoteBy(k.Quotes, "Long Road"); q != nil {
		t.Errorf("a title after a quote taken for its speaker's words: %+v", q)
	}
}

// TestQuotedWordsAsNouns: quoted words standing as a noun in the writer's
// sentence, a determiner or "of" before them and the sentence going on
// after, with no one to say them, are a term or a scare quote; a partial
// quote that ends its sentence, or one with its speaker, stays a quote.
func TestQuotedWordsAsNouns(t *testing.T) {
	for _, c := range []struct {
		text, words string
		quote       bool
	}{
		{"In 2031 the city approved a \"five-year clean water plan\" with a cost of two billion.", "clean water plan", false},
		{"Since then the \"long arm of the ministry\" has reached every harbour.", "long arm", false},
		{"Expect a flurry of \"now they have to sign him\" letters this week.", "have to sign him", false},
		{"For years he has been described as the \"pride of the whole harbour.\"", "pride of the whole", true},
		{"Mayor Ida Kern called it \"a plan that nobody asked for\" and left.", "nobody asked for", true},
		{"Mayor Ida Kern said the gang, known as \"the boys from the north yard,\" had left town.", "boys from the north", false},
		{"Ida Kern wrote a column headlined \"why the ferry must keep running\" last spring.", "ferry must keep", false},
	} {
		f := Extract(ArticleInput{ID: "n", Text: c.text})
		if q := quoteBy(f.Quotes, c.words); (q != nil) != c.quote {
			t.Errorf("%q: quote %v, want %v (%+v)", c.text, q != nil, c.quote, f.Quotes)
		}
	}
}

// TestNamesWithParticlesAndHyphens: a given name joined by a hyphen,
// lower-case particles and a hyphenated surname are parts of one name, a
// kin noun opening the sentence is not; name words after "the", firms
// named like a person and a firm's legal form make an organisation.
func TestNamesWithParticlesAndHyphens(t *testing.T) {
	text := "Prime Minister Jean-Luc Marrot spoke first. \"We will not close the yard,\" said Ulrike von der Brandt. " +
		"\"The port stays open all winter,\" said Carla Dunne-Ashby. Osma bin Tarek was not there."
	f := Extract(ArticleInput{ID: "h", Text: text})
	wantNames(t, f, map[string]string{"marrot": "Jean-Luc Marrot", "brandt": "Ulrike von der Brandt", "ashby": "Carla Dunne-Ashby"})
	for _, c := range []struct{ text, words, speaker, kind string }{
		{"The Millbrook Otters said they \"will not bid for the striker again\" this winter.", "will not bid", "Millbrook Otters", kindOrg},
		{"\"The bank will keep lending to small firms,\" Goldman Sachs said.", "keep lending", "Goldman Sachs", kindOrg},
		{"\"We have looked at every option on the table,\" said the coach Tony Marsh.", "every option", "Tony Marsh", kindPerson},
		{"Daughter Rena Holt said she made \"big pots of beans and rice for everyone\" at home.", "big pots", "Rena Holt", kindPerson},
		{"\"We are keeping an open mind on the plant,\" Halm GmbH said.", "open mind", "Halm GmbH", kindOrg},
	} {
		g := Extract(ArticleInput{ID: "o", Text: c.text})
		q := quoteBy(g.Quotes, c.words)
		if q == nil || q.Speaker != c.speaker || q.SpeakerKind != c.kind {
			t.Errorf("%q: got %+v, want %s (%s)", c.text, q, c.speaker, c.kind)
		}
	}
}

// TestReferenceNotGuessed: without a publication date, only the dateline or
// time stamp the text opens with fixes the day relative dates count from; a
// full date that dates something else (a birth, a ceremony to come) does not,
// and a later stamp (a comment's) does not replace the first.
func TestReferenceNotGuessed(t *testing.T) {
	f := Extract(ArticleInput{ID: "o", Text: "Mara Quillon, born on March 2, 1931, died on Thursday at her home. " +
		"A memorial will be held on June 3, 2024, her family said."})
	if f.Reference != "" {
		t.Errorf("reference %q (%s) guessed from a date of something else", f.Reference, f.ReferenceFrom)
	}
	if v, unresolved := dateValue(f, "Thursday"); v != "" || !unresolved {
		t.Errorf("Thursday without a reference: got %q unresolved=%v", v, unresolved)
	}
	if v, _ := dateValue(f, "March 2, 1931"); v != "1931-03-02" {
		t.Errorf("a full date still resolves as written: got %q", v)
	}
	g := Extract(ArticleInput{ID: "p", Text: "Posted May 8, 2024 at 9:10 AM\n\nThe ferry sank on Saturday.\n\n" +
		"Comment posted May 20, 2024 at 4:31 PM\n\nTerrible news."})
	if v, _ := dateValue(g, "Saturday"); g.Reference != "2024-05-08" || v != "2024-05-04" {
		t.Errorf("first stamp: reference %q, Saturday = %q", g.Reference, v)
	}
	// A site's stamp: "posted in SECTION on DATE", a weekday written short.
	for _, c := range []struct{ text, ref string }{
		{"On behalf of Quill & Harrow LLP posted in Road Safety on Thursday, May 9, 2024.\n\nThe ferry sank on Saturday.", "2024-05-09"},
		{"Thu May 9 2024, 01:19 hrs\n\nThe ferry sank on Saturday.", "2024-05-09"},
		{"The ferry sank on Saturday. The inquiry's report was published on May 9, 2024.", ""},
		// A stamp after the body is a comment's.
		{"The ferry sank on Saturday. Two crew died. The owner said little. Divers searched. The port shut. Rain fell.\n\n" +
			"Posted May 9, 2024 at 4:31 PM\n\nSad news.", ""},
	} {
		if h := Extract(ArticleInput{ID: "q", Text: c.text}); h.Reference != c.ref {
			t.Errorf("%q: reference %q, want %q", c.text, h.Reference, c.ref)
		}
	}
}
