package facts

import (
	"strings"
	"testing"
)

// rolesOf extracts text and returns the roles of each person by key,
// joined by "|".
func rolesOf(t *testing.T, text string) map[string]string {
	t.Helper()
	f := Extract(ArticleInput{ID: "r", Text: text})
	out := map[string]string{}
	for _, p := range f.People {
		out[p.Key] = strings.Join(roleTexts(&p), "|")
	}
	return out
}

// checkRoles fails for every key of want whose person is missing or whose
// roles differ.
func checkRoles(t *testing.T, text string, want map[string]string) {
	t.Helper()
	got := rolesOf(t, text)
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s not found in %q: %v", k, text, got)
			continue
		}
		if g != w {
			t.Errorf("%s: roles %q, want %q (text %q)", k, g, w, text)
		}
	}
}

// TestAbbreviatedTitlesAreNoRoles: a title written shortened spells out no
// role ("Rep.", "Air Force Gen."); the words it ends keep theirs ("Deputy
// Sgt." is a deputy); a spelled-out title of rank is a role (issue 14 item 5).
func TestAbbreviatedTitlesAreNoRoles(t *testing.T) {
	checkRoles(t, "Rep. Tova Ilse, D-Kan., called a hearing. Harbor police Lt. Omar Venn arrived. "+
		"The gunman shot Deputy Sgt. Lena Marsh and Sheriff's Capt. Rob Tallis on the quay. "+
		"Constable Ivo Brandt said the road was closed.",
		map[string]string{"ilse": "", "venn": "", "marsh": "Deputy", "tallis": "", "brandt": "Constable"})
}

// TestRoleTakesInTheOrganisationBefore: the role words before a name take
// in the organisation or place named before them, though it is a mention
// of its own (issue 14 item 5).
func TestRoleTakesInTheOrganisationBefore(t *testing.T) {
	checkRoles(t, "The shots were fired, according to Brask Police spokesperson Ilka Dorn. "+
		"Los Angeles County Sheriff's Deputy Tam Oyelaran was hurt, Kestrel Hospital spokeswoman Uma Reyes said.",
		map[string]string{"dorn": "Brask Police spokesperson", "oyelaran": "Los Angeles County Sheriff's Deputy", "reyes": "Kestrel Hospital spokeswoman"})
	f := Extract(ArticleInput{ID: "r", Text: "Los Angeles County Sheriff's Deputy Tam Oyelaran was hurt."})
	if len(f.Places) != 1 || f.Places[0].Name != "Los Angeles" {
		t.Errorf("places %+v: want Los Angeles, still a place", f.Places)
	}
}

// TestAppositionRoles: an apposition "X, the Y of Z," gives X its role,
// each part around "and" when the part before holds no title of office (a
// job noun is a role of its own: "a hydrologist and executive director"), over hyphens and a plural's possessive, and stops at a
// list of people (issue 14 item 5).
func TestAppositionRoles(t *testing.T) {
	checkRoles(t, "\"The river is rising,\" said Oda Vance, a hydrologist and executive director of the Brask Water Trust.",
		map[string]string{"vance": "hydrologist|executive director of the Brask Water Trust"})
	checkRoles(t, "\"Fees will rise,\" said Lio Marsh, executive director and CEO of The Harbor Society.",
		map[string]string{"marsh": "executive director and CEO of The Harbor Society"})
	checkRoles(t, "Pia Holt, a spokeswoman for the Vance-Oduya transition team, declined to comment.",
		map[string]string{"holt": "spokeswoman for the Vance-Oduya transition team"})
	checkRoles(t, "\"We will appeal,\" said Ena Lund, director of the Union of Kestrel Farmers' Legal Program.",
		map[string]string{"lund": "director of the Union of Kestrel Farmers' Legal Program"})
	checkRoles(t, "Tova Rask, Secretary of Health and Human Services, spoke first.",
		map[string]string{"rask": "Secretary of Health and Human Services"})
	checkRoles(t, "Ilse Moor, a lawyer and mother of three, said she would run.",
		map[string]string{"moor": "lawyer"})
	checkRoles(t, "He killed Judge Ray Barlow, court clerk Ann Brice and sheriff's Deputy Hal Tinn.",
		map[string]string{"barlow": "Judge", "tinn": "sheriff's Deputy"})
}

// TestRoleWordsBeforeTheName: "-elect" stays with its title, and a job or
// position written before the name is a role (issue 14 item 5).
func TestRoleWordsBeforeTheName(t *testing.T) {
	checkRoles(t, "The rules take effect before President-elect Oren Valdez takes office. "+
		"He met Brask Mayor-elect Ilka Sorensen on Monday.",
		map[string]string{"valdez": "President-elect", "sorensen": "Brask Mayor-elect"})
	checkRoles(t, "In the sixth round referee Tam Okoro stopped the fight. "+
		"The ruling was read to court reporter Dana Fitch. They signed first baseman Rui Castell.",
		map[string]string{"okoro": "referee", "fitch": "court reporter", "castell": "first baseman"})
}

// TestNamesAfterTitlesAndDashes: a surname that is also a role word after
// a title and a given name ("City Attorney Terry White"), a given name
// spelled like a state's abbreviation ("Mo Cheeks"), and a lone surname
// that is also a place before a dash's "who" are people (issue 14 item 5).
func TestNamesAfterTitlesAndDashes(t *testing.T) {
	checkRoles(t, "Brask Chief Deputy City Attorney Lina White confirmed the plea.",
		map[string]string{"white": "Brask Chief Deputy City Attorney"})
	checkRoles(t, "Not because Mo Tallis was slow.\n\nTallis was fired on Saturday.", map[string]string{"tallis": ""})
	f := Extract(ArticleInput{ID: "r", Text: "They hired Eddie Jordan. Jordan -- who coached in Veltria -- will stay."})
	if p := person(f, "jordan"); p == nil || len(p.Mentions) != 2 {
		t.Errorf("Eddie Jordan: want two mentions, got %+v", p)
	}
	for _, e := range f.Places {
		if e.Name == "Jordan" {
			t.Errorf("Jordan -- who ...: a place")
		}
	}
}

// TestOfficesDiffer: two roles of one person disagree only when they name
// two offices: not a conjunction's parts one of which the other holds, not a
// chief officer spelled out, not an office of the past against one of now,
// not a rank against an office. In a story two offices must share a title
// head (a mayor may become governor); a copy that puts one for the other
// changed it.
func TestOfficesDiffer(t *testing.T) {
	for _, c := range []struct {
		a, b        string
		story, copy bool
	}{
		{"executive director and CEO of the Harbour Trust", "executive director and chief executive of the Harbour Trust", false, false},
		{"CEO", "chief executive officer", false, false},
		{"CEO", "COO", true, true},
		{"Assistant Secretary of Defense", "Deputy Secretary of Defense", true, true},
		{"Mayor", "Governor", false, true},
		{"former director of the Lake and River Agency and a vice president of Save the Otters", "executive vice president of Save the Otters", false, false},
		{"executive vice president of Save the Otters and director of the Lake and River Agency under President Morrow", "executive vice president of the charity Save the Otters", false, false},
		{"assistant general manager", "the club's assistant general manager and senior vice president", false, false},
		{"former Rovers player and assistant coach", "head coach", false, false},
		{"assistant coach", "head coach", true, true},
		{"interim coach", "coach", false, false},
		{"deputy coach", "coach", true, false},
		{"General", "commander of the Northern Fleet", false, false},
		{"Air Force General", "Colonel", false, true},
		{"the then-governor", "Senator", false, false},
	} {
		if got := officesDiffer(c.a, roleKey(c.a), c.b, roleKey(c.b), storyRolesConflict); got != c.story {
			t.Errorf("story: officesDiffer(%q, %q) = %v, want %v", c.a, c.b, got, c.story)
		}
		if got := officesDiffer(c.a, roleKey(c.a), c.b, roleKey(c.b), copyRoleChanged); got != c.copy {
			t.Errorf("copy: officesDiffer(%q, %q) = %v, want %v", c.a, c.b, got, c.copy)
		}
	}
}

// TestRolesAwayFromTheName: role nouns in lower case before a name, an
// apposition after words that describe the holder, a copula or "who is",
// "former" left off the role, a plural role before a list of names, and
// "the actress" for the person named before as a subject; a gendered noun
// that contradicts the given name, a possessive and a title before another
// name give nothing (issue 14 item 5).
func TestRolesAwayFromTheName(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string
	}{
		{"Fashion designer Julien Marot said the line would launch. Prosecutor Kellie Hall asked for a delay.",
			map[string]string{"marot": "Fashion designer", "hall": "Prosecutor"}},
		{"Tom Arden, an off-duty customs agent, was shot. Arden was a federal agent.",
			map[string]string{"arden": "customs agent|federal agent"}},
		{"Dana Whitfield, who is the mayor of Harlow, said the bridge would reopen.",
			map[string]string{"whitfield": "mayor of Harlow"}},
		{"Dana Whitfield is the chief executive of Brightwater Foods.",
			map[string]string{"whitfield": "chief executive of Brightwater Foods"}},
		{"Mara Quill was named coach of the Harlow Hawks on Monday.",
			map[string]string{"quill": "coach of the Harlow Hawks"}},
		{"Dana Whitfield, a former mayor of Harlow, said the bridge would reopen.",
			map[string]string{"whitfield": "mayor of Harlow"}},
		{"While fellow fired coaches Eddie Jordan and Sam Mitchell wait, Cheeks works.",
			map[string]string{"jordan": "coaches", "mitchell": "coaches"}},
		{"Tara Vell has entered a rehab program. When Vell wasn't working, the actress was partying.",
			map[string]string{"vell": "actress"}},
		{"Ray Tolle met Ann Brice. The actor said nothing. Mark Dunn said the judge would rule.",
			map[string]string{"tolle": "", "brice": "", "dunn": ""}},
		{"Police arrested Ian Ross, the sheriff's deputy Hal Tinn said.",
			map[string]string{"ross": ""}},
		{"Ida Venn and Ole Lund spoke. It was the support from Venn, Lund and the District Attorney's office that counted.",
			map[string]string{"venn": "", "lund": ""}},
		{"Ole Lund was fired on Monday. Lund is the fifth NBA head coach fired this season.",
			map[string]string{"lund": "NBA head coach"}},
		{"Omar Rahman fought on Saturday. Rahman, the two-time heavyweight champion who stepped in, lost.",
			map[string]string{"rahman": "heavyweight champion"}},
	}
	for _, c := range cases {
		checkRoles(t, c.text, c.want)
	}
}

// TestFormerRole: "former" and "ex-" are left off a role's text and kept
// as a flag.
func TestFormerRole(t *testing.T) {
	f := Extract(ArticleInput{ID: "x", Text: "Former mayor Dana Whitfield said the bridge would reopen.", Lang: "en"})
	if len(f.People) != 1 || len(f.People[0].Roles) != 1 {
		t.Fatalf("people %+v: want Whitfield with one role", f.People)
	}
	if r := f.People[0].Roles[0]; r.Text != "mayor" || !r.Former || r.Key != "mayor" {
		t.Errorf("role %+v: want mayor, former", r)
	}
}

// TestCoordinatedAppositions: an apposition after a comma and "and" is the
// next item of a list, not a role; two names joined by "and" before two
// roles each with its own article take one each; "former" carries over
// "and" to a part without its own article, and a part with its own
// article or "former" is a role apart (issue 14 item 5).
func TestCoordinatedAppositions(t *testing.T) {
	checkRoles(t, "In a statement, the harbour master, Ola Brandt, and the fisheries minister, Ines Varga, agreed.",
		map[string]string{"brandt": "harbour master", "varga": "fisheries minister"})
	checkRoles(t, "Maria Varga and Ola Brandt, the fisheries minister and the harbour master, spoke on Monday.",
		map[string]string{"varga": "fisheries minister", "brandt": "harbour master"})
	checkRoles(t, "Ann Bell and Tom Hale, a lawyer and former judge, spoke.",
		map[string]string{"bell": "", "hale": "lawyer|judge"})
	// Two jobs sharing the body named before the first are one phrase, as
	// the labellers write them (the nineteenth session; two roles before).
	f := Extract(ArticleInput{ID: "r", Text: "Tom Hale, a former Rovers player and assistant coach, was fired."})
	p := person(f, "hale")
	if p == nil || len(p.Roles) != 1 || p.Roles[0].Text != "Rovers player and assistant coach" {
		t.Fatalf("Tom Hale: %+v, want one role", p)
	}
	for _, r := range p.Roles {
		if !r.Former {
			t.Errorf("role %+v: want former", r)
		}
	}
}

// TestDefiniteRoleInItsSentence: "the actress" after ", but" stands for the
// person named before it in its sentence as a subordinate clause's subject;
// a sentence after one that names a person may turn to another, so it gives
// nothing (issue 14 item 5).
func TestDefiniteRoleInItsSentence(t *testing.T) {
	checkRoles(t, "Tom Hale said that Tara Vell had checked in, but the actress left it after a day.",
		map[string]string{"vell": "actress", "hale": ""})
	checkRoles(t, "Omar Rahman met Peter Brandt in Kestrel. Rahman got up after a count. The champion finished the job.",
		map[string]string{"rahman": "", "brandt": ""})
}

// TestRoleExtents: whose a role is is no part of it ("the team's", "one of
// Orozco's lawyers", a place's before a word that describes the holder);
// two capitalised titles joined by "and" before a name are one role; a role
// goes on over a hyphen ("Super-agent"); WordNet's two-word role nouns
// start a role ("designated hitter"); a part after "and" with its own
// article is read past its describing words; an apposition before a name
// does not reach over another person's name; an age is no role (issue 14
// item 5).
func TestRoleExtents(t *testing.T) {
	checkRoles(t, "Rui Kahn, the team's assistant general manager and senior vice president, spoke.",
		map[string]string{"kahn": "assistant general manager and senior vice president"})
	checkRoles(t, "Ola Perlo, one of Tova's lawyers, said his client was young.",
		map[string]string{"perlo": "lawyers"})
	checkRoles(t, "Dan Ortel, Kestrel's star designated hitter, may veto any trade.",
		map[string]string{"ortel": "designated hitter"})
	checkRoles(t, "Harlow Hawks President and General Manager Ed Stone fired the coach. Then Kestrel 54ers coach Ian Dole left.",
		map[string]string{"stone": "Harlow Hawks President and General Manager", "dole": "Kestrel 54ers coach"})
	checkRoles(t, "The offer went to Super-agent Scott Bora on Monday.",
		map[string]string{"bora": "Super-agent"})
	checkRoles(t, "\"It is hard,\" said Stephen Bright, a Kestrel Law School lecturer and a veteran capital defense attorney.",
		map[string]string{"bright": "Kestrel Law School lecturer|capital defense attorney"})
	checkRoles(t, "He served as an assistant coach under Larry Brown, Jim Lynam and Fred Carter.",
		map[string]string{"lynam": ""})
	checkRoles(t, "Tom Comeaux escaped. Comeaux, 49, took the officers' weapons.",
		map[string]string{"comeaux": ""})
}

// TestRoleEdges: where the holder works ("in Mombasa") is no part of an
// apposition's role; a role before a name takes in a name written with
// "of" whole (an honour, "Hall of Fame", is then left off it: the
// nineteenth session); a title of birth after "was a" is a likeness, not an office; a long
// apposition is read to its end (issue 14 item 5).
func TestRoleEdges(t *testing.T) {
	checkRoles(t, "Ari Mwanga, head of the Seafarers Aid Program in Kestrel, said the ship was held.",
		map[string]string{"mwanga": "head of the Seafarers Aid Program"})
	checkRoles(t, "Between rounds Hall of Fame trainer Emil Stewart told him to wait. Department of Corrections spokeswoman Ida Lyon said no.",
		map[string]string{"stewart": "trainer", "lyon": "Department of Corrections spokeswoman"})
	checkRoles(t, "Tara Vell has entered rehab. In the late 90s Vell was a pop bubblegum princess.",
		map[string]string{"vell": ""})
	checkRoles(t, "\"It is clear,\" said Jana Clark, executive vice president of Friends of Otters and former director of the Fish and River Service.",
		map[string]string{"clark": "executive vice president of Friends of Otters|director of the Fish and River Service"})
}

// TestAppositionBeforeTheName: a role noun just before a comma or a dash
// and the name is the name's role ("the receptionist -- Ada Kell --"), a
// plural one after a number goes to each name of the list ("two managers,
// Paul Riva and Alan Stein"); a noun that is no role gives none (issue 14
// item 5).
func TestAppositionBeforeTheName(t *testing.T) {
	checkRoles(t, "When it ended, the receptionist -- Ada Kell -- was dead and two managers, Paul Riva and Alan Stein, were hurt. The victim, John Smith, died.",
		map[string]string{"kell": "receptionist", "riva": "managers", "stein": "managers", "smith": ""})
}

// TestNoRoleFromADescription: "a rising star, Andre Iguo," and "a veteran
// presence at point guard, Andre Mill," describe, they give no role.
func TestNoRoleFromADescription(t *testing.T) {
	checkRoles(t, "He won behind a rising star, Andre Iguo, and a veteran presence at point guard, Andre Mill.",
		map[string]string{"iguo": "", "mill": ""})
}

// TestCapitalTitleBeforeTheName: a title in capitals before a comma and
// the name, with no article, opening the sentence or a clause or after a
// word in lower case, is the name's role ("a bout with WBA Champion, Nikolay
// Valo,"); a sentence's first word that is no role word is left off (issue
// 14 item 5).
func TestCapitalTitleBeforeTheName(t *testing.T) {
	checkRoles(t, "The fights left are a showdown with WBA Champion, Nikolay Valo or a bout with David Hale. "+
		"Said Kestrel CEO, Tim Cork, on Monday: no. On Monday, Police Chief, Tom Rask, spoke.",
		map[string]string{"valo": "WBA Champion", "hale": "", "cork": "Kestrel CEO", "rask": "Police Chief"})
}

// TestAppositionAfterABracket: a bracket between the name and its comma
// ("Ed Marr (D-Kan.), chairman of ...") leaves the apposition the name's;
// a body named "Committee on X" keeps its name in the role, where a place
// after "on" is cut (issue 14 item 5, seventeenth session).
func TestAppositionAfterABracket(t *testing.T) {
	checkRoles(t, "\"It is a disgrace,\" said Edwin K. Marr (D-Kan.), chairman of the House Select Committee on River Safety and Clean Water. "+
		"Ivo Tarn (34), a builder, fell. Lena Fors, clerk at Harbour Supplies on West Quay, saw it. "+
		"Ada Lind, chairwoman of the Senate Committee on River Safety, spoke.",
		map[string]string{"marr": "chairman of the House Select Committee on River Safety and Clean Water", "tarn": "builder",
			"fors": "clerk at Harbour Supplies", "lind": "chairwoman of the Senate Committee on River Safety"})
}

// TestNamesAfterTitlesThatLookLikeWords: after a title, a given name and a
// word the article also writes in lower case ("Referee Tony Weeks" beside
// "five weeks ago") or a title word ("General Manager Billy King") is a
// name; a title with "of" and capitalised words of its domain stands
// before a given name ("Chief of Detectives Charlie Beck") (issue 14 item
// 5, seventeenth session).
func TestNamesAfterTitlesThatLookLikeWords(t *testing.T) {
	checkRoles(t, "Referee Tony Weeks stopped the bout. Five weeks ago Marlow was hurt.",
		map[string]string{"weeks": "Referee"})
	checkRoles(t, "Kestrel Hawks President and General Manager Billy King announced that Jim Orrin was hired.",
		map[string]string{"king": "Kestrel Hawks President and General Manager", "orrin": ""})
	checkRoles(t, "Two men were held, said Chief of Detectives Charlie Brask.",
		map[string]string{"brask": "Chief of Detectives"})
}

// TestAppositionBeforeTheNameWithOwner: whose the role is may stand for
// the determiner of an apposition before the name and is left off ("said
// Orrin's attorney, Peter Zel"); a comma that ends a clause before a name
// and its verb gives the name no role ("for sinking the trawler, Admiral
// Ravi Menon had said") (issue 14 item 5, seventeenth session).
func TestAppositionBeforeTheNameWithOwner(t *testing.T) {
	checkRoles(t, "\"We deny it,\" said Orrin's attorney, Peter Zel. Though blamed for sinking the Thai trawler, Admiral Ravi Menon had said no wrong was done.",
		map[string]string{"zel": "attorney", "menon": "Admiral"})
}

// TestDeputyAloneAndNicknames: "Deputy" alone before a name is the role
// ("Deputy D.A." is an abbreviated title, none); a nickname in brackets or
// quotation marks inside a name is part of it, and the nickname with the
// surname names the same person (issue 14 item 5, seventeenth session).
func TestDeputyAloneAndNicknames(t *testing.T) {
	checkRoles(t, "He shot Judge Rob Bane, Lunde and Deputy Hal Tesk. Deputy D.A. Lara Venn spoke.",
		map[string]string{"bane": "Judge", "tesk": "Deputy", "venn": ""})
	f := Extract(ArticleInput{ID: "r", Text: "They shot Deputy Luis Gerardo (Jerry) Orta. Jerry Orta was 35. Deputy Ana Maria \"Nina\" Kell, 35, was there. Nina Kell ran."})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name+"="+strings.Join(roleTexts(&p), "|"))
	}
	if got := strings.Join(names, "; "); got != "Luis Gerardo (Jerry) Orta=Deputy; Ana Maria \"Nina\" Kell=Deputy" {
		t.Errorf("people %q", got)
	}
}

// TestOwnersCompoundsAndDescribersBeforeTheName: whose the role is, a
// name's possessive, is no part of a role before the name ("Orrin’s lawyer
// Mark Hale" is a lawyer; an organisation's stays: "Kestrel Hospital's
// spokeswoman"); WordNet's two-word role nouns head a role before a name
// and make it a person's ("running back Maurice Clarke"); words that
// describe the holder are left off, "former" kept as a flag (issue 14 item
// 5, seventeenth session).
func TestOwnersCompoundsAndDescribersBeforeTheName(t *testing.T) {
	checkRoles(t, "At the hearing Orrin’s lawyer Mark Hale said no. Kestrel Hospital's spokeswoman Uma Reyes said so.",
		map[string]string{"hale": "lawyer", "reyes": "Kestrel Hospital's spokeswoman"})
	checkRoles(t, "The team signed running back Maurice Clarke. Star tight end Ivo Brandt stayed.",
		map[string]string{"clarke": "running back", "brandt": "tight end"})
	f := Extract(ArticleInput{ID: "r", Text: "Former star running back Maurice Clarke and other players have alleged it."})
	if len(f.People) != 1 || len(f.People[0].Roles) != 1 || f.People[0].Roles[0].Text != "running back" || !f.People[0].Roles[0].Former {
		t.Errorf("people %+v: want Maurice Clarke, former running back", f.People)
	}
}

// TestWitnessIsNoRole: a witness is a part in an event, not an office
// (rolegen's notRoles; issue 14 item 5, seventeenth session).
func TestWitnessIsNoRole(t *testing.T) {
	checkRoles(t, "The car sped away, said witness Angela Benn.", map[string]string{"benn": ""})
}

// TestListsHiredAsAndReps: a plural role before a list of names goes over
// a bracket after an item ("head coaches Ed Lund (1994-96), Sam Orr
// (1996-97), and Larry Tam"); "was hired as" gives a role as "was named"
// does, and a team's name written with digits ends "of the Kestrel 49ers";
// "rep" in lower case without a full stop is a representative, not the
// abbreviated "Rep.", and a common noun's possessive before it is no part
// of the role (issue 14 item 5, seventeenth session).
func TestListsHiredAsAndReps(t *testing.T) {
	checkRoles(t, "Marlow worked under head coaches Ed Lund (1994-96), Sam Orr (1996-97), and Larry Tam (1997-2001).",
		map[string]string{"lund": "head coaches", "orr": "head coaches", "tam": "head coaches"})
	checkRoles(t, "Also today, Ivo Marr announced that Maurice Chee has been hired as the 21st head coach of the Kestrel 49ers. "+
		"Ann Lee was chosen as chairwoman of the Harbour Trust.",
		map[string]string{"chee": "head coach of the Kestrel 49ers", "lee": "chairwoman of the Harbour Trust"})
	checkRoles(t, "\"Thank you,\" the actress's rep Jack Kessel tells a magazine. Rep. Tova Ilse spoke.",
		map[string]string{"kessel": "rep", "ilse": ""})
}

// TestAdverbAndNationalityBeforeAGivenName: an adverb opening the sentence
// and a nationality before a given name are no part of the name
// ("Naturally Scott Borak will", "unbeaten Russian Alexander Povek"); a
// given name ending in "-ly" stays ("Kelly Ann Smyth") (issue 14 item 5,
// seventeenth session).
func TestAdverbAndNationalityBeforeAGivenName(t *testing.T) {
	f := Extract(ArticleInput{ID: "r", Text: "Naturally Scott Borak will try to draw this out. " +
		"The bout was set when unbeaten Russian Alexander Povek suffered an injury. Kelly Ann Smyth spoke."})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, "|"); got != "Scott Borak|Alexander Povek|Kelly Ann Smyth" {
		t.Errorf("people %q", got)
	}
}

// peopleNames extracts text and returns the people's names joined by "|".
func peopleNames(text string) string {
	var names []string
	for _, p := range Extract(ArticleInput{ID: "r", Text: text}).People {
		names = append(names, p.Name)
	}
	return strings.Join(names, "|")
}

// TestGivenNamesOfTheDerivedTable: a run of two name words named once,
// with no verb of speech, is a person when its first word is a given name
// of the table derived from the SSA's files ("Lennox", "Evander"); a name
// that WordNet holds as a word or a place ("Hunter", "Paris") or a saint
// of places ("San") confirms no one (issue 14 item 5, eighteenth session).
func TestGivenNamesOfTheDerivedTable(t *testing.T) {
	for _, w := range []string{"lennox", "evander", "luann", "kareem"} {
		if !commonGivenName(w) {
			t.Errorf("%q: want a given name", w)
		}
	}
	for _, w := range []string{"hunter", "paris", "san", "del", "houston", "royal"} {
		if commonGivenName(w) {
			t.Errorf("%q: a word or a place, want no given name", w)
		}
	}
	if got := peopleNames("Okafor has not lost since knocking out Lennox Marwick in 2001."); got != "Okafor|Lennox Marwick" && got != "Lennox Marwick" {
		t.Errorf("people %q, want Lennox Marwick among them", got)
	}
	if got := peopleNames("The bout was held near Hunter Vale in 2001."); strings.Contains(got, "Hunter") {
		t.Errorf("people %q: Hunter Vale is no person", got)
	}
}

// TestShortFormOfARoleLeftOut: a role that is the last words of another
// role of the same person is one post named twice ("Harbour Secretary",
// then "Secretary Brook"); "former" ones are kept apart (issue 14 item 5,
// eighteenth session).
func TestShortFormOfARoleLeftOut(t *testing.T) {
	checkRoles(t, "Harbour Secretary Ada Brook announced the rule on Monday. \"We acted,\" said Secretary Brook. "+
		"Police Chief Tom Varga spoke too. Chief Varga said little.",
		map[string]string{"brook": "Harbour Secretary", "varga": "Police Chief"})
}

// TestRolesAfterAs: "as" in the clause of a named subject gives the
// subject's role ("spent 11 seasons as a player with", "relieved of his
// duties as head coach of", "X's reign as WBO champion"); not after an
// appointing verb with an object, a description or a comparison, nor a
// modifier read as a head ("as a general accountant") (issue 14 item 5,
// eighteenth session).
func TestRolesAfterAs(t *testing.T) {
	checkRoles(t, "Pat Vance spent 11 seasons as a player with the Harlow Hawks. "+
		"Jim Orrel has been relieved of his duties as head coach of the Harlow Hawks. "+
		"Ilya Braskov's reign as WBO champion ended in May. "+
		"Kim Vale hired his brother as coach. Tom Pell was described as a hero by the club. "+
		"Dan Ruck was fired from his position as a general accountant last Thursday.",
		map[string]string{"vance": "player", "orrel": "head coach of the Harlow Hawks", "braskov": "WBO champion",
			"vale": "", "pell": "", "ruck": ""})
}

// TestDefiniteRoleFromTheSentenceBefore: "the actress" opening a sentence
// is the person named just before as the subject of the sentence before
// when the noun's sex is the one the given name tells and that sentence
// names no one else; a work named before the noun is part of the role. A
// noun of no sex still takes no one from the sentence before ("Sam Dace
// got up. The champion finished the job" is his opponent) (issue 14 item
// 5, eighteenth session).
func TestDefiniteRoleFromTheSentenceBefore(t *testing.T) {
	checkRoles(t, "Tara Vell has seemingly spent the last decade out and about.\n\n"+
		"The Harlow Pie actress and velvet-rope fixture has checked into a clinic, her publicist said.",
		map[string]string{"vell": "Harlow Pie actress"})
	checkRoles(t, "Tom Vell has seemingly spent the last decade out and about.\n\nThe actress has checked into a clinic.",
		map[string]string{"vell": ""})
	checkRoles(t, "Ivo Strand beat Sam Dace in Harlow. Sam Dace got up after a count.\n\nThe champion finished the job.",
		map[string]string{"dace": ""})
}

// TestCoRolesAndBodiesOfAnOffice: "his co-counsel, X" gives X the role; a
// body named with its own "for" stays whole ("Centre for Coastal
// Diversity"); "at the" and a common noun ends an apposition's role (an
// office is of a body by its name) (issue 14 item 5, eighteenth session).
func TestCoRolesAndBodiesOfAnOffice(t *testing.T) {
	checkRoles(t, "Neither Obi Tarr nor his co-counsel, Ruth Yarrow, ever claimed otherwise. "+
		"\"It is a step,\" said Noah Greel, program director for the Centre for Coastal Diversity. "+
		"Dara Stroud, Vice President for Conservation at the environmental group, Harlow Birds, agreed.",
		map[string]string{"yarrow": "co-counsel", "greel": "program director for the Centre for Coastal Diversity",
			"stroud": "Vice President for Conservation"})
}

// TestRoleOfOneSexBeforeASurname: "the actress Vell" gives Vell the role
// when her given name tells the same sex; a noun of no sex before a
// surname names no role ("the court reporter Nichols murdered") (issue 14
// item 5, eighteenth session).
func TestRoleOfOneSexBeforeASurname(t *testing.T) {
	checkRoles(t, "Tara Vell checked into rehab on Tuesday. Friends said the 33-year-old actress Vell had struggled. "+
		"The court reporter Nicholls shot was Julie Brand. Brian Nicholls was convicted. Tom Ames spoke. The spokeswoman Ames left.",
		map[string]string{"vell": "actress", "nicholls": "", "ames": ""})
}

// TestTitlesBeforeGivenNamesAndInitials: a capitalised role noun before a
// given name is a title ("Court Clerk Dan Fallow", "Customs Agent David
// Wilm"; not the end of a compound, "All-Star"); dotted initials open a
// name ("P.J. Carlin"); a given name and a surname that is a place's name
// before "of" are a person ("Eddie Jordan of Harlow") (issue 14 item 5,
// eighteenth session).
func TestTitlesBeforeGivenNamesAndInitials(t *testing.T) {
	checkRoles(t, "As Court Clerk Dan Fallow read the verdict, the family gasped. "+
		"He also killed off-duty Harlow Customs Agent David Wilm the next day.",
		map[string]string{"fallow": "Court Clerk", "wilm": "Harlow Customs Agent"})
	if got := peopleNames("The Hawks signed A.J. Burnell and J.D. Drewe on Friday."); got != "A.J. Burnell|J.D. Drewe" {
		t.Errorf("people %q", got)
	}
	if got := peopleNames("Fired before him were Eddie Jordan of Harlow and Sam Mitch of Vardo."); !strings.Contains(got, "Eddie Jordan") {
		t.Errorf("people %q, want Eddie Jordan", got)
	}
}

// TestOwnershipIsNoRole: owning a team or a building is no role, as the
// labelling guide says ("the building's owner"); the title still finds
// the name ("Owner Arte Moreno") (issue 14 item 5, eighteenth session).
func TestOwnershipIsNoRole(t *testing.T) {
	checkRoles(t, "Owner Arlo Moreau met the agent. Hawks owner John Hendry said nothing. Coach Tom Vail left.",
		map[string]string{"moreau": "", "hendry": "", "vail": "Coach"})
}

// TestFullRoleFromTheSentenceBefore: a post stated in full opening the
// sentence before ("A Harlow Superior Court judge on Thursday upheld ...")
// is the one a one-word title then names ("Judge Philip Hick"), and the
// short title goes as another wording of it; a title of another head
// takes nothing (issue 14 item 5, eighteenth session).
func TestFullRoleFromTheSentenceBefore(t *testing.T) {
	checkRoles(t, "A Harlow Superior Court judge on Thursday upheld a jury's recommendation that Jose Orlo die.\n\n"+
		"Judge Philip Hick told a packed courtroom that he weighed the factors.\n\n"+
		"A county prosecutor appealed on Friday.\n\nSheriff Tom Vail said nothing.",
		map[string]string{"hick": "Harlow Superior Court judge", "vail": "Sheriff", "orlo": ""})
}

// TestAppositionAfterAnAgeAndWhoseBefore: an age set off by commas stands
// between a name and its apposition ("Gina Harlan, 45, a nurse at the
// clinic,"); a common noun's possessive is no part of an apposition before
// the name ("The company's chief financial officer, Rita Moss"); the post
// named before its body is the post of the body ("CEO" beside "CEO of
// Tallgrove") (issue 14 item 5, eighteenth session).
func TestAppositionAfterAnAgeAndWhoseBefore(t *testing.T) {
	checkRoles(t, "Gina Harlan, 45, a nurse at the clinic, was shot. Tom Vail, 61, of Harlow, died. "+
		"The company's chief financial officer, Rita Moss, left. "+
		"Ben Banko, 40, the CEO of Tallgrove, lay dead. The firm mourned \"our president and CEO, Ben Banko.\"",
		map[string]string{"harlan": "nurse", "vail": "", "moss": "chief financial officer", "banko": "CEO of Tallgrove"})
}

// TestRolesOfACareerTold: a sentence opening with "He" or "She" goes on
// with the person the sentence before opens with, and its copula or "as"
// gives that person a role ("He spent four seasons as the team's director
// of personnel"); not when that sentence names someone else too, nor when
// the pronoun is of the other sex than the given name. A copula gives a
// post without an article ("was CEO of Tallgrove", "is general manager"),
// after "will be", after "one of", and two jobs joined by "and" (one
// phrase when they share the body named after the second); what a post is
// of may be written in lower case ("director of player personnel") (issue
// 14 item 5, nineteenth session).
func TestRolesOfACareerTold(t *testing.T) {
	checkRoles(t, "Interim coach Toni Dileva spoke on Friday.\n\nDileva is in his 19th season with the Hawks.\n\n"+
		"He spent four seasons as the team's director of player personnel before that.\n\n"+
		"Dileva has never been an NBA coach.\n\nHe was a lawyer and assistant coach before moving into management.",
		map[string]string{"dileva": "Interim coach|director of player personnel|lawyer|assistant coach"})
	checkRoles(t, "Tom Dileva met Paul Riva on Friday.\n\nHe was a lawyer in Harlow.\n\n"+
		"Anna Kolar spoke next.\n\nHe spent four seasons as mayor of Vardo.",
		map[string]string{"dileva": "", "riva": "", "kolar": ""})
	checkRoles(t, "Ben Banko was CEO of Tallgrove, a wholesaler. Paul Riva was general manager of the Hawks. "+
		"Tom Vail will be the fifth Hawks coach in four years. Ivan Marr was general practice in the town. "+
		"Ida Kern is one of the lawyers for the family. Mo Chekov spoke.\n\nHe was the point guard and floor leader of the Hawks.",
		map[string]string{"banko": "CEO of Tallgrove", "riva": "general manager of the Hawks", "vail": "Hawks coach",
			"marr": "", "kern": "lawyers", "chekov": "point guard and floor leader of the Hawks"})
}

// TestRolesAfterAsInARelativeClauseOrASpan: "as" gives the subject its
// role inside a relative clause about it (", who was fired March 2 as
// head coach of the Harlow Hawks,") and after a span of time held in the
// post ("after nearly four seasons as coach of the Hawks"); a team's name
// may hold digits ("is out as Harlow 49ers head coach", "for the 49ers").
// "after" opening another clause still ends the subject's (issue 14 item
// 5, nineteenth session).
func TestRolesAfterAsInARelativeClauseOrASpan(t *testing.T) {
	checkRoles(t, "Mo Chekov, who was fired March 2 as head coach of the Harlow Hawks, is back. "+
		"Jim Bellow was fired on Friday after nearly four seasons as coach of the Vardo Vipers. "+
		"Tom Vail is out as Harlow 49ers head coach. Mary Kern left after the board named her sister as chair.",
		map[string]string{"chekov": "head coach of the Harlow Hawks", "bellow": "coach of the Vardo Vipers",
			"vail": "Harlow 49ers head coach", "kern": ""})
}

// TestVerbsAndHonoursAreNoPartOfARole: a noun that is as often a verb is
// one after "to" or a modal ("the decision to hire Jim Orr", "looking to
// trade third baseman Mike Lowe", who keeps the role after it), and any
// word after "who" is ("who head the two agencies"), while "that" before
// a role is no verb; an honour is left off the post ("Hall of Fame coach"
// is a coach); a title of the form "Secretary of the Interior" before a
// name is whole (issue 14 item 5, nineteenth session).
func TestVerbsAndHonoursAreNoPartOfARole(t *testing.T) {
	checkRoles(t, "The decision to hire Jim Orr was bad. The Hawks are looking to trade third baseman Mike Lowe. "+
		"Secretary of Commerce Gary Lock and Secretary of the Interior Ken Salas, who head the two agencies, agreed. "+
		"Orr is the son-in-law of Hall of Fame coach Jack Ramsey. The $27 million that third baseman Alex Rodrigo makes is a lot.",
		map[string]string{"orr": "", "lowe": "third baseman", "lock": "Secretary of Commerce", "salas": "Secretary of the Interior",
			"ramsey": "coach", "rodrigo": "third baseman"})
}

// TestRolesJoinedAndListed: two jobs in an apposition are one phrase when
// they share a body (named before the first: "the former Hawks player and
// assistant coach") and two when the first has a body of its own
// ("executive vice president of Friends of Otters and director of the
// River Service under President Clark", whom the holder served under left
// off); two titles joined by "and" before a name in lower case are one
// phrase unless an article opens them ("the mayor and police chief Tom
// Vail" may be two people); a plural role before ", like", "including" or
// "such as" goes to the names of the list ("starlets like Lia Lohr"
// without the comma compares); a bracket with a sum between two listed
// names ("coaches Randy Ayres ($2 million) and Jim Bell") (issue 14 item
// 5, nineteenth session).
func TestRolesJoinedAndListed(t *testing.T) {
	checkRoles(t, "The Hawks brought in Mo Chekov, the popular former Hawks player and assistant coach, on Friday. "+
		"Jana Clarke, executive vice president of Friends of Otters and director of the River Service under President Clark, spoke.",
		map[string]string{"chekov": "Hawks player and assistant coach",
			"clarke": "executive vice president of Friends of Otters|director of the River Service", "clark": "President"})
	checkRoles(t, "\"We are sad,\" team president and general manager Ed Stefan said. The mayor and police chief Tom Vail met.",
		map[string]string{"stefan": "team president and general manager", "vail": "police chief"})
	checkRoles(t, "Some of the younger players, like Samuel Dale and Willie Greer, were benched. "+
		"Earthquake experts such as Dr Ida Kern warned. Young starlets like Lia Lohr were seen. "+
		"The Hawks will be paying ex-coaches Randy Ayres ($2 million) and Jim Bell next season.",
		map[string]string{"dale": "players", "greer": "players", "kern": "experts", "lohr": "", "ayres": "coaches", "bell": "coaches"})
}

// TestAppositionsAfterAPlaceAndBeforeAName: a person's possessive before
// a role noun and a comma names whose the role is, not the role
// ("Teixeira's agent, Scott Boras," is an agent; "Teixeira's wife" is a
// relation, none); "of" and a place, with a party's letter in brackets
// before it, stands between a name and its apposition ("Rep. Nick Rahal
// (D) of West Virginia, the chairman of the House Resources Committee,")
// (issue 14 item 5, nineteenth session).
func TestAppositionsAfterAPlaceAndBeforeAName(t *testing.T) {
	checkRoles(t, "Newsday reported that Teixera's agent, Scott Borras, is working. Teixera's wife, Mary Curtis, came. "+
		"Rep. Nick Rahal (D) of West Virginia, the chairman of the House Resources Committee, says no. "+
		"Sen. Tom Vail of Ohio, the ranking Republican on the panel, agreed.",
		map[string]string{"borras": "agent", "curtis": "", "rahal": "chairman of the House Resources Committee", "vail": ""})
}

// TestRolesAfterAsWhileServing: a participle that holds a post after
// "while", "when", "after" or "before" shares the clause's subject
// ("was stabbed to death while working as a corrections officer"), and a
// place after a preposition may stand in the clause before "as" ("arrives
// in Paris after three seasons as head coach of the Vardo Vipers"); a
// person named there still ends it (issue 14 item 5, nineteenth session).
func TestRolesAfterAsWhileServing(t *testing.T) {
	checkRoles(t, "In January, his brother-in-law, Manuel A. Gonzales, was stabbed to death while working as a corrections officer at a prison. "+
		"Maurice Chekov arrives in Paris after three seasons as head coach of the Vardo Vipers. "+
		"Paul Riva met Tom Vail while working as a lawyer.",
		map[string]string{"gonzales": "corrections officer", "chekov": "head coach of the Vardo Vipers", "riva": ""})
}

// TestPostsHeldForASpanAreFormer: a post the clause says was held for a
// span or lost ("spent seven seasons as", "after four seasons as", "was
// fired as") is held before, so that articles of one story telling a
// career and the present post do not disagree; a post held now after "as"
// is not (issue 14 item 5, nineteenth session).
func TestPostsHeldForASpanAreFormer(t *testing.T) {
	f := Extract(ArticleInput{ID: "r", Text: "Maurice Chekov spoke on Friday.\n\nHe also spent seven seasons as an assistant coach for the Hawks.\n\n" +
		"Tom Vail was fired on Friday after four seasons as coach of the Vardo Vipers. Ann Bell serves as mayor of Harlow."})
	want := map[string][2]string{"chekov": {"assistant coach for the Hawks", "former"}, "vail": {"coach of the Vardo Vipers", "former"},
		"bell": {"mayor of Harlow", "now"}}
	for k, w := range want {
		p := person(f, k)
		if p == nil || len(p.Roles) != 1 || p.Roles[0].Text != w[0] || p.Roles[0].Former != (w[1] == "former") {
			t.Errorf("%s: %+v, want %s, %s", k, p, w[0], w[1])
		}
	}
}

// TestDescriptionOfOneSexAnywhereAfter: a definite description of one sex
// ("the actress") anywhere after the name stands for the one person of
// that sex named before it, not when two are, nor when an indefinite
// brought in an unnamed holder, nor for a noun of no sex (issue 14 item 5,
// twentieth session).
func TestDescriptionOfOneSexAnywhereAfter(t *testing.T) {
	checkRoles(t, "Ingrid Quince checked into a clinic, her lawyer Tom Vexley said on Friday.\n\n"+
		"A judge had ordered the treatment.\n\nThe court said on Monday that the actress missed three hearings.",
		map[string]string{"quince": "actress", "vexley": "lawyer"})
	checkRoles(t, "Ingrid Quince and Anna Bellwood left the clinic, Tom Vexley said.\n\nThe actress said nothing.",
		map[string]string{"quince": "", "bellwood": ""})
	checkRoles(t, "Ingrid Quince left the clinic.\n\nAn actress was hurt in the crash.\n\nThe actress said nothing.",
		map[string]string{"quince": ""})
	checkRoles(t, "Ingrid Quince left the clinic on Friday.\n\nThe lawyers argued for hours.\n\nThe judge said nothing.",
		map[string]string{"quince": ""})
}

// TestFullRoleThroughATitlesPossessive: the sentence before a one-word
// title's holder may state the post with a title's possessive in it ("A
// Harlow County sheriff's deputy was shot"), which is the post in full,
// not whose it is (issue 14 item 5, twentieth session).
func TestFullRoleThroughATitlesPossessive(t *testing.T) {
	checkRoles(t, "A Harlow County sheriff's deputy was shot on Friday, police said.\n\nDeputy Ivo Brandt had stopped a car.",
		map[string]string{"brandt": "Harlow County sheriff's deputy"})
	checkRoles(t, "A 35-year-old sheriff's deputy working with a gang unit was killed on Friday.\n\nDeputy Ivo Brandt had gone to the house.",
		map[string]string{"brandt": "sheriff's deputy"})
	checkRoles(t, "A sheriff's deputy wounded a man on Friday.\n\nJudge Ivo Brandt set bail.",
		map[string]string{"brandt": "Judge"})
}

// TestRoleNounsOfALaterSense: a noun whose role is a later WordNet sense
// than its second ("host", "model", "center") is a role next to a name, as
// "star" is, save the nouns news uses in their earlier senses ("father",
// "source") (issue 14 item 5, twentieth session).
func TestRoleNounsOfALaterSense(t *testing.T) {
	checkRoles(t, "The Hawks traded center Tom Brisk on Monday.\n\nTV host Ellen Dorsey, a former model, will host the gala.\n\n"+
		"Mary Pagett, who was a model in the 1950s, died on Thursday.\n\nA source close to Paul Riva said the father Ian Ross left.",
		map[string]string{"brisk": "center", "dorsey": "TV host|model", "pagett": "model", "riva": "", "ross": ""})
}

// TestPastCopulaBeforeIsFormer: a past copula whose role phrase "before"
// or "until" follows says the post ended ("He was a scout and assistant
// coach before moving into management"): former, so that a career told
// and the post of now do not disagree; without it the post stands (issue
// 14 item 5, twentieth session).
func TestPastCopulaBeforeIsFormer(t *testing.T) {
	f := Extract(ArticleInput{ID: "r", Text: "Tom Vail spoke on Friday.\n\nHe was a scout and assistant coach before moving into management.\n\n" +
		"Ann Bell was a computer expert at Vantix until 2004. Ian Ross is a lawyer in Harlow."})
	want := map[string][]string{"vail": {"scout", "former", "assistant coach", "former"}, "bell": {"computer expert at Vantix", "former"},
		"ross": {"lawyer", "now"}}
	for k, w := range want {
		p := person(f, k)
		if p == nil || len(p.Roles) != len(w)/2 {
			t.Errorf("%s: %+v, want %v", k, p, w)
			continue
		}
		for i, r := range p.Roles {
			if r.Text != w[2*i] || r.Former != (w[2*i+1] == "former") {
				t.Errorf("%s: role %d %+v, want %s, %s", k, i, r, w[2*i], w[2*i+1])
			}
		}
	}
}

// TestRolesAfterAsPastAPlaceFoundByItsPreposition: a place the gazetteer
// lacks, read as a place after "in", may stand in the clause before "as"
// as a known one does ("arrives in Vardoville after three-plus seasons as
// head coach of the Harlow Hawks") (issue 14 item 5, twentieth session).
func TestRolesAfterAsPastAPlaceFoundByItsPreposition(t *testing.T) {
	checkRoles(t, "Tom Vance arrives in Vardoville after three-plus seasons as head coach of the Harlow Hawks.",
		map[string]string{"vance": "head coach of the Harlow Hawks"})
}

// TestCopulaAfterAnAgeAndNounCompounds: a copula after an age in commas
// gives its role ("Brahm, 37, was a computer system expert at Vantix"), and
// a noun compound goes on to its last head where its first word is also a
// role noun of a rarer sense ("computer"); a verb in the third person ends
// it, and a clause before a comma and a name is no apposition ("The coach
// makes players better, Tom Vail said") (issue 14 item 5, twentieth
// session).
func TestCopulaAfterAnAgeAndNounCompounds(t *testing.T) {
	checkRoles(t, "Nick Brahm, 37, was an $80,000-a-year computer system expert at Vantix before his life spiraled.\n\n"+
		"Ian Ross, 41, was arrested on Friday.\n\nThe coach makes players better, Tom Vail said.",
		map[string]string{"brahm": "computer system expert at Vantix", "ross": "", "vail": ""})
}

// TestAppositionsOfTwoJobsOwnersAndSpans: in an apposition after the name a
// person's name written as whose the role is is left off ("Tom Hoyle's
// lawyer" is a lawyer), since when the post is held is cut ("since 2006"),
// and a job noun after "and" is a job of its own ("an Olympic swimmer and
// actress"), not a relation or a deed after it (issue 14 item 5, twentieth
// session).
func TestAppositionsOfTwoJobsOwnersAndSpans(t *testing.T) {
	checkRoles(t, "Ann Hale, Tom Hoyle's lawyer, said he was innocent.\n\nIan Ross, president of Vardistan since 2006, won again.\n\n"+
		"Mary Wills, an Olympic swimmer and actress, died.\n\nPaul Riva, a lawyer and father of three, spoke.",
		map[string]string{"hale": "lawyer", "ross": "president of Vardistan", "wills": "Olympic swimmer|actress", "riva": "lawyer"})
}

// TestBothRolesAndSuccession: names listed before ", both" and a plural
// role take it each ("Tom Korkas and Paul Saris, both police officers,");
// "X succeeded Y as president" gives X the post and Y the post before
// (issue 14 item 5, twentieth session).
func TestBothRolesAndSuccession(t *testing.T) {
	checkRoles(t, "Tom Korkas and Paul Saris, both police officers, were charged.\n\nTom Hoyle succeeded Ian Ross as president of Vardistan.",
		map[string]string{"korkas": "police officers", "saris": "police officers", "hoyle": "president of Vardistan", "ross": "president of Vardistan"})
	f := Extract(ArticleInput{ID: "r", Text: "Tom Hoyle succeeded Ian Ross as president of Vardistan."})
	if p := person(f, "ross"); p == nil || len(p.Roles) != 1 || !p.Roles[0].Former {
		t.Errorf("ross: %+v, want a former president", p)
	}
	if p := person(f, "hoyle"); p == nil || len(p.Roles) != 1 || p.Roles[0].Former {
		t.Errorf("hoyle: %+v, want the president", p)
	}
}

// TestDescriptionsWithParticiplesAndPartiesBeforeTitles: a participle in
// a description describes the holder and is left off with what comes
// before it ("The 33-year-old hard partying actress"), a description's
// possessive before a role noun is still the person's ("the actress's rep
// Jack Ketso"), and a party before a title is an affiliation, no part of
// the role ("Democratic President-elect"), unless it names the body
// ("Democratic Party chairman") (issue 14 item 5, twentieth session).
func TestDescriptionsWithParticiplesAndPartiesBeforeTitles(t *testing.T) {
	checkRoles(t, "Tara Vell has entered rehab.\n\nThe 33-year-old hard partying actress finally decided to get help.",
		map[string]string{"vell": "actress"})
	checkRoles(t, "A publicist says Tara Vell has checked into rehab.\n\n\"We appreciate it,\" the actress's rep Jack Ketso said.",
		map[string]string{"vell": "actress", "ketso": "rep"})
	checkRoles(t, "Democratic President-elect Barack Obama takes office. Democratic Party chairman Tom Hoyle spoke.",
		map[string]string{"obama": "President-elect", "hoyle": "Democratic Party chairman"})
}

// TestRoleNounsOfBusinessEngineeringAndCouncils: the nouns of business,
// engineering and councils WordNet holds under businessperson, engineer,
// financier and the members of a council, a board or a committee are
// roles; owning and selling stay none (issue 14 item 5, twenty-first
// session).
func TestRoleNounsOfBusinessEngineeringAndCouncils(t *testing.T) {
	checkRoles(t, "\"The grid held,\" said Bill Varro, a Harlow engineer who testifies on utilities. "+
		"Mira Holt was fired as an accountant at the firm. Harlow city council member Ada Penn voted no. "+
		"\"We found it,\" investigating board member Ivo Sand said.",
		map[string]string{"varro": "Harlow engineer", "holt": "accountant", "penn": "Harlow city council member",
			"sand": "board member"})
	for _, w := range []string{"accountant", "engineer", "banker", "broker", "programmer", "councilwoman", "board member"} {
		if roleNounTable()[w] != 1 {
			t.Errorf("%q: mark %d, want 1 (a role first)", w, roleNounTable()[w])
		}
	}
	for _, w := range []string{"owner", "proprietor", "seller", "supplier", "drug dealer", "trafficker"} {
		if roleNounTable()[w] != 0 {
			t.Errorf("%q: mark %d, want no role", w, roleNounTable()[w])
		}
	}
}

// TestSuccessionWithAModalAndAStopgap: "X will replace Y as ROLE" gives X
// the role, a titled name opening the sentence being its subject; whom
// an interim holder replaces held no interim post; a participle used as a
// preposition ends an as-role's clause (issue 14 item 5, twenty-first
// session).
func TestSuccessionWithAModalAndAStopgap(t *testing.T) {
	checkRoles(t, "Ned Vale has been fired as head coach of the Harlow Hawks following a 9-14 start.\n\n"+
		"Assistant general manager Tony Bell will replace Vale as the interim head coach.",
		map[string]string{"vale": "head coach of the Harlow Hawks", "bell": "Assistant general manager|interim head coach"})
	checkRoles(t, "Tom Hoyle will succeed Ian Ross as president of Vardistan.",
		map[string]string{"hoyle": "president of Vardistan", "ross": "president of Vardistan"})
}

// TestAppositionsWebTextWrites: an apposition after an age and a place;
// two modifiers joined by "and" before a role noun; a body's name with
// "of" before its possessive; a portfolio listed with commas; a dash or a
// bracket with an article; "now"; a nationality and a person noun after
// the head left off; a relative clause's post; "prior"; lower-case nouns
// between a body and the role before a name (issue 14 item 5,
// twenty-first session).
func TestAppositionsWebTextWrites(t *testing.T) {
	checkRoles(t, "Gina Harlan, 45, of Chicago, a retired teacher, said the school closed.",
		map[string]string{"harlan": "teacher"})
	checkRoles(t, "He shot a federal immigration and customs agent, Dale Winter, at a house. "+
		"\"He called me,\" said Ron Kuby, a friend and well-known lawyer who had represented him.",
		map[string]string{"winter": "federal immigration and customs agent", "kuby": "lawyer"})
	checkRoles(t, "But Tom Varga, the Harlow Chamber of Commerce's vice president of environment, technology and regulatory affairs, said the plan would fail.",
		map[string]string{"varga": "Harlow Chamber of Commerce's vice president of environment, technology and regulatory affairs"})
	checkRoles(t, "Dee Vane — a White House press secretary for Tom Hoyle — is leaving. Ada Penn (a nurse at Harlow General Hospital) was tired. "+
		"Ivo Marr, now the chief executive of Kestrel Labs, said chips were late. Troy Vail – Harlow Productions won.",
		map[string]string{"vane": "White House press secretary for Tom Hoyle", "penn": "nurse at Harlow General Hospital",
			"marr": "chief executive of Kestrel Labs"})
	if g := rolesOf(t, "Troy Vail – Harlow Productions won. Vail thanked the crew.")["vail"]; g != "" {
		t.Errorf("vail: %q, want no role (a list's firm after a dash)", g)
	}
	checkRoles(t, "The speakers include Carlos Forte, a Belgian economist resident in Canada.",
		map[string]string{"forte": "economist"})
	checkRoles(t, "\"We are ready,\" said Craig Fulton, a former FEMA administrator who was director of the Harlow Emergency Management Division from 2001 to 2009.",
		map[string]string{"fulton": "FEMA administrator|director of the Harlow Emergency Management Division"})
	checkRoles(t, "The prior county judge, Sarah Eckhart, resigned.", map[string]string{"eckhart": "county judge"})
	checkRoles(t, "AccuWeather lead hurricane forecaster Dan Kotter is secure in his forecast. "+
		"Blackett said University of the West Indies law lecturer Dr Ronnie Yearling would run.",
		map[string]string{"kotter": "AccuWeather lead hurricane forecaster", "yearling": "University of the West Indies law lecturer"})
}
