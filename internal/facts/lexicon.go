package facts

// The gazetteers and word lists the rules use. They are small, written by
// hand, and lower case; words are compared after folding (text.Tokens).

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleHeads are the nouns that head a role or title ("Secretary",
// "Minister", "Gen."). A role phrase ends at a head unless "of" or "for"
// follows it.
var titleHeads = wordSet("secretary", "minister", "president", "premier", "chancellor", "general", "gen",
	"admiral", "adm", "colonel", "col", "major", "maj", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
	"commander", "cmdr", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
	"governor", "gov", "mayor", "director", "chief", "spokesman", "spokeswoman", "spokesperson",
	"ambassador", "envoy", "judge", "justice", "attorney", "prosecutor", "commissioner", "chairman",
	"chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "founder", "officer", "inspector",
	"superintendent", "sheriff", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop",
	"cardinal", "rabbi", "imam", "coach", "manager", "head", "leader", "speaker", "councillor",
	"councilor", "councilman", "councilwoman", "administrator", "adviser", "advisor", "spokesmen",
	"correspondent", "analyst", "professor", "prof", "economist", "researcher", "scientist", "dean",
	"chancellor", "treasurer", "auditor", "counsel", "marshal", "constable", "detective", "det",
	"superintendent", "supt", "brigadier", "brig", "ranger", "warden", "registrar", "curator",
	"editor", "executive", "master", "secretary-general", "president-elect", "minister-president")

// rankTitles are heads that stand alone before a name as a rank ("Gen.").
var rankTitles = wordSet("general", "gen", "admiral", "adm", "colonel", "col", "major", "maj", "lieutenant",
	"lt", "captain", "capt", "sergeant", "sgt", "cmdr", "brigadier", "brig", "det", "detective", "prof",
	"professor", "judge", "justice", "sen", "senator", "rep", "gov", "governor", "mayor", "president",
	"king", "queen", "prince", "princess", "pope", "bishop", "cardinal", "rabbi", "imam", "sheriff", "coach",
	"chancellor", "premier", "ambassador", "commissioner", "inspector", "constable", "marshal", "supt")

// honorifics precede a name but are no role.
var honorifics = wordSet("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mme",
	"m", "herr", "frau", "rev", "hon")

// roleModifiers are the words a role phrase may hold besides heads, countries
// and capitalised organisation words ("Assistant", "press", "Defense").
var roleModifiers = wordSet("assistant", "deputy", "vice", "under", "acting", "senior", "chief", "press",
	"foreign", "defense", "defence", "state", "national", "interior", "home", "finance", "health",
	"justice", "treasury", "energy", "trade", "commerce", "labor", "labour", "education", "transport",
	"transportation", "agriculture", "environment", "security", "homeland", "public", "prime", "first",
	"second", "executive", "managing", "general", "air", "force", "navy", "naval", "army", "marine",
	"military", "police", "fire", "district", "county", "city", "regional", "federal", "top", "former",
	"interim", "principal", "associate", "lead", "head", "affairs", "economic", "economy", "culture",
	"sports", "digital", "technology", "science", "research", "communications", "information", "housing",
	"water", "budget", "legal", "political", "operations", "strategy", "policy", "development", "planning",
	"emergency", "safety", "fisheries", "harbour", "harbor", "port", "rail", "tourism", "the", "of", "for",
	"and", "u.s", "u.s.", "us", "usa", "uk", "eu", "un", "nato", "pentagon", "white", "house", "junior",
	"minority", "majority", "opposition", "party", "spokesperson", "inspector", "attorney", "special",
	"joint", "staff", "chiefs", "global", "international", "ministry", "department", "office", "communications")

// orgSuffixes end the names of organisations.
var orgSuffixes = wordSet("ministry", "department", "command", "agency", "council", "committee",
	"commission", "party", "bank", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "group",
	"university", "college", "school", "institute", "office", "administration", "service", "services",
	"force", "army", "navy", "guard", "police", "news", "post", "times", "journal", "herald", "tribune",
	"gazette", "images", "press", "today", "telegraph", "guardian", "chronicle", "review", "daily",
	"laboratory", "lab", "labs", "foundation", "association", "federation", "union", "organization",
	"organisation", "authority", "board", "court", "parliament", "congress", "senate", "assembly",
	"cabinet", "government", "republic", "fund", "society", "network", "club", "team", "league",
	"hospital", "clinic", "center", "centre", "airlines", "airways", "systems", "industries",
	"technologies", "holdings", "partners", "bureau", "directorate", "secretariat", "coalition",
	"alliance", "movement", "front", "brigade", "regiment", "division", "unit", "house", "kremlin",
	"museum", "library", "observatory", "trust", "fleet", "corps", "tv", "radio", "broadcasting", "media",
	"reuters", "afp", "ap", "forbes", "bloomberg", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "textiles",
	"motors", "foods", "pharmaceuticals", "logistics", "electronics", "mining", "shipping", "steel", "airline")

// knownOrgs are organisations named by one word or an acronym.
var knownOrgs = wordSet("pentagon", "nato", "fbi", "cia", "nsa", "norad", "un", "eu", "who", "imf",
	"opec", "kremlin", "congress", "senate", "reuters", "afp", "ap", "forbes", "bloomberg", "cnn", "bbc",
	"nbc", "cbs", "abc", "nasa", "interpol", "unicef", "unesco", "prc", "dod", "doj", "fda", "cdc", "epa",
	"sec", "irs", "dhs", "faa", "ntsb", "ecb", "fed", "navy", "army", "parliament", "bundestag",
	"politburo", "hamas", "hezbollah", "taliban", "google", "microsoft", "apple", "amazon", "meta")

// orgAliases map normalised organisation keys to one canonical key.
var orgAliases = map[string]string{
	"pentagon":                  "defense department",
	"dod":                       "defense department",
	"defense department":        "defense department",
	"defense ministry":          "defense ministry",
	"national defense ministry": "defense ministry",
	"foreign ministry":          "foreign ministry",
	"affairs foreign ministry":  "foreign ministry",
	"state department":          "state department",
}

// placeSuffixes end the names of places ("Atlantic Ocean").
var placeSuffixes = wordSet("ocean", "sea", "island", "islands", "river", "mountains", "mountain", "lake",
	"bay", "coast", "county", "province", "strait", "gulf", "valley", "peninsula", "desert", "canyon",
	"street", "avenue", "road", "square", "park", "bridge", "harbour", "harbor", "port", "beach", "hills",
	"heights", "falls", "springs", "city", "town", "village", "district", "region", "state", "territory",
	"tunnel", "airport", "station", "stadium", "glacier", "forest", "pass", "canal", "dam")

// placePrefixes start the names of places ("Mount Arvel", "Lake Orm").
var placePrefixes = wordSet("mount", "mt", "lake", "cape", "fort", "isle", "gulf", "bay", "port", "lough", "loch")

// places is the gazetteer of countries, capitals, US states, large cities
// and regions.
var places = wordSet(
	// countries
	"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
	"azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
	"bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia",
	"cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
	"czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia", "eswatini",
	"ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece",
	"grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
	"indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
	"kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
	"libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
	"mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
	"montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
	"nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
	"paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
	"samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain",
	"sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand",
	"togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay",
	"uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "korea",
	"u.s", "us", "usa", "america", "uk", "britain", "england", "scotland", "wales",
	// capitals and large cities
	"kabul", "tirana", "algiers", "luanda", "buenos", "aires", "yerevan", "canberra", "vienna", "baku",
	"manama", "dhaka", "minsk", "brussels", "sarajevo", "brasilia", "sofia", "ottawa", "santiago",
	"beijing", "bogota", "zagreb", "havana", "nicosia", "prague", "copenhagen", "cairo", "tallinn",
	"helsinki", "paris", "tbilisi", "berlin", "accra", "athens", "budapest", "reykjavik", "delhi",
	"jakarta", "tehran", "baghdad", "dublin", "jerusalem", "rome", "tokyo", "amman", "astana", "nairobi",
	"pristina", "riga", "beirut", "tripoli", "vilnius", "kuala", "lumpur", "valletta", "chisinau",
	"ulaanbaatar", "podgorica", "rabat", "kathmandu", "amsterdam", "wellington", "abuja", "oslo",
	"islamabad", "lima", "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow", "kigali", "riyadh",
	"dakar", "belgrade", "bratislava", "ljubljana", "mogadishu", "madrid", "khartoum", "stockholm", "bern",
	"damascus", "taipei", "bangkok", "tunis", "ankara", "kyiv", "kiev", "montevideo", "tashkent", "caracas",
	"hanoi", "harare", "seoul", "pyongyang", "london", "washington", "new", "york", "los", "angeles",
	"chicago", "houston", "miami", "boston", "seattle", "atlanta", "shanghai", "hong", "kong", "mumbai",
	"istanbul", "sydney", "melbourne", "toronto", "vancouver", "montreal", "geneva", "zurich", "munich",
	"hamburg", "frankfurt", "milan", "barcelona", "lyon", "marseille", "osaka", "dubai", "gaza", "kharkiv",
	"odesa", "quantico", "billings", "honolulu", "anchorage", "guam",
	// US states
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
	"nevada", "hampshire", "jersey", "mexico", "carolina", "dakota", "ohio", "oklahoma", "oregon",
	"pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming",
	// regions
	"europe", "asia", "africa", "antarctica", "oceania", "arctic", "atlantic", "pacific", "caribbean",
	"balkans", "crimea", "donbas", "siberia", "kashmir", "sahel", "scandinavia", "middle", "east",
	"united", "states", "kingdom", "emirates", "arabia", "saudi", "south", "north", "west", "sri", "lanka",
	"zealand", "costa", "rica", "el", "salvador", "ivory", "republic", "dominican", "czech", "bay",
	// fictional places of the labelled set are deliberately absent: they are found by the rules.
)

// stateAbbrevs are AP-style state abbreviations after "City, ".
var stateAbbrevs = wordSet("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
	"kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
	"ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "d.c")

// demonyms map adjectives of nationality to their country key.
var demonyms = map[string]string{
	"american": "united states", "u.s": "united states", "us": "united states", "usa": "united states",
	"america": "united states", "united states": "united states", "chinese": "china", "china": "china",
	"china's": "china", "russian": "russia", "russia": "russia", "british": "united kingdom",
	"uk": "united kingdom", "britain": "united kingdom", "french": "france", "france": "france",
	"german": "germany", "germany": "germany", "japanese": "japan", "japan": "japan", "indian": "india",
	"india": "india", "canadian": "canada", "canada": "canada", "ukrainian": "ukraine", "ukraine": "ukraine",
	"israeli": "israel", "israel": "israel", "iranian": "iran", "iran": "iran", "taiwanese": "taiwan",
	"taiwan": "taiwan", "italian": "italy", "italy": "italy", "spanish": "spain", "spain": "spain",
	"turkish": "turkey", "turkey": "turkey", "korean": "korea", "korea": "korea", "australian": "australia",
	"australia": "australia", "mexican": "mexico", "mexico": "mexico", "brazilian": "brazil",
	"brazil": "brazil", "polish": "poland", "poland": "poland", "dutch": "netherlands",
	"european": "european union", "eu": "european union", "prc": "china", "u.s.-china": "",
}

// speechVerbs introduce or close reported speech.
var speechVerbs = wordSet("said", "says", "say", "added", "adds", "told", "tells", "stated", "states",
	"noted", "notes", "announced", "announces", "explained", "wrote", "writes", "declared", "insisted",
	"warned", "warns", "claimed", "claims", "replied", "asked", "continued", "stressed", "argued",
	"argues", "confirmed", "confirms", "admitted", "acknowledged", "maintained", "emphasised",
	"emphasized", "remarked", "commented", "tweeted", "posted", "conceded", "recalled", "suggested",
	"predicted", "promised", "vowed", "pledged", "estimated", "reported", "reports", "observed",
	"underlined", "cautioned", "complained", "countered", "responded", "answered", "announcing",
	"saying", "telling", "adding", "noting", "explaining", "stating", "insisting", "warning", "claiming")

// pronouns that can stand for a speaker.
var personPronouns = wordSet("he", "she", "they")
var orgPronouns = wordSet("it")

// negations mark a clause as negated.
var negations = wordSet("not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "cannot",
	"didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "couldn't",
	"shouldn't", "hasn't", "haven't", "hadn't", "can't", "mustn't", "without", "n't", "unable")

// direction lexicon: +1 raises, -1 lowers. Phrasal forms are joined by a
// space and looked up before single words.
var direction = map[string]int{
	"increase": 1, "increased": 1, "increases": 1, "increasing": 1, "raise": 1, "raised": 1, "raises": 1,
	"raising": 1, "escalate": 1, "escalated": 1, "escalating": 1, "escalates": 1, "heighten": 1,
	"heightened": 1, "heightening": 1, "boost": 1, "boosted": 1, "boosting": 1, "boosts": 1,
	"ratchet up": 1, "ratcheted up": 1, "ramp up": 1, "ramped up": 1, "step up": 1, "stepped up": 1,
	"intensify": 1, "intensified": 1, "intensifying": 1, "inflame": 1, "inflamed": 1, "worsen": 1,
	"worsened": 1, "worsening": 1, "grow": 1, "grew": 1, "rise": 1, "rose": 1, "risen": 1, "rising": 1,
	"expand": 1, "expanded": 1, "expanding": 1, "strengthen": 1, "strengthened": 1, "tighten": 1,
	"tightened": 1, "accelerate": 1, "accelerated": 1, "double": 1, "doubled": 1, "soar": 1, "soared": 1,
	"surge": 1, "surged": 1, "climb": 1, "climbed": 1, "jump": 1, "jumped": 1, "hike": 1, "hiked": 1,
	"decrease": -1, "decreased": -1, "decreases": -1, "decreasing": -1, "reduce": -1, "reduced": -1,
	"reduces": -1, "reducing": -1, "lower": -1, "lowered": -1, "lowering": -1, "ease": -1, "eased": -1,
	"easing": -1, "de-escalate": -1, "de-escalated": -1, "de-escalating": -1, "deescalate": -1,
	"ratchet down": -1, "ratcheted down": -1, "tone down": -1, "toned down": -1, "calm": -1, "calmed": -1,
	"cut": -1, "cuts": -1, "cutting": -1, "defuse": -1, "defused": -1, "lessen": -1, "lessened": -1,
	"diminish": -1, "diminished": -1, "shrink": -1, "shrank": -1, "fall": -1, "fell": -1, "fallen": -1,
	"falling": -1, "decline": -1, "drop": -1, "dropped": -1, "dropping": -1, "slash": -1, "slashed": -1,
	"weaken": -1, "weakened": -1, "loosen": -1, "loosened": -1, "slow": -1, "slowed": -1, "halve": -1,
	"halved": -1, "plunge": -1, "plunged": -1, "sink": -1, "sank": -1, "relax": -1, "relaxed": -1,
	"wind down": -1, "scale back": -1, "scaled back": -1, "roll back": -1, "rolled back": -1,
	"dial down": -1, "dialed down": -1, "cool": -1, "cooled": -1, "abate": -1, "abated": -1,
}

// antonyms are word pairs of opposite meaning (by stem), both ways.
var antonyms = func() map[string]string {
	pairs := [][2]string{
		{"accept", "reject"}, {"approv", "reject"}, {"support", "oppos"}, {"win", "lose"}, {"won", "lost"},
		{"victori", "defeat"}, {"allow", "ban"}, {"allow", "forbid"}, {"permit", "prohibit"},
		{"confirm", "deni"}, {"admit", "deni"}, {"agre", "disagre"}, {"open", "close"}, {"open", "clos"},
		{"begin", "end"}, {"start", "stop"}, {"legal", "illeg"}, {"safe", "danger"}, {"success", "failur"},
		{"succeed", "fail"}, {"rise", "fall"}, {"gain", "loss"}, {"profit", "loss"}, {"strong", "weak"},
		{"high", "low"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"}, {"ahead", "behind"},
		{"befor", "after"}, {"earlier", "later"}, {"friend", "enemi"}, {"alli", "rival"}, {"peac", "war"},
		{"guilti", "innoc"}, {"acquit", "convict"}, {"releas", "detain"}, {"releas", "arrest"},
		{"lift", "impos"}, {"welcom", "condemn"}, {"prais", "criticis"}, {"prais", "critic"},
		{"prais", "condemn"}, {"encourag", "discourag"}, {"includ", "exclud"}, {"true", "fals"},
		{"posit", "negat"}, {"optimist", "pessimist"}, {"calm", "tens"}, {"minor", "major"},
		{"privat", "public"}, {"resign", "appoint"}, {"hire", "fire"}, {"export", "import"},
		{"north", "south"}, {"east", "west"}, {"accept", "declin"}, {"ask", "refus"},
		{"resum", "end"}, {"resum", "halt"}, {"resum", "suspend"}, {"cold", "warm"}, {"cold", "hot"},
		{"wet", "dri"}, {"right", "wrong"}, {"correct", "wrong"}, {"full", "empti"}, {"increas", "decreas"}, {"rais", "lower"}, {"win", "lost"},
	}
	m := map[string]string{}
	for _, p := range pairs {
		m[p[0]+"|"+p[1]] = p[1]
		m[p[1]+"|"+p[0]] = p[0]
	}
	return m
}()

// numberWords are spelled-out numbers.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
	"hundreds": 200, "thousands": 2000, "half": 0.5, "a dozen": 12,
}

// ordinalWords are spelled-out ordinals.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}

// multipliers scale a number ("$1.2 million").
var multipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "bn": 1e9, "k": 1e3}

// months by name and abbreviation.
var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

// weekdays by name (time.Weekday values).
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6}

// futureCues in a sentence make a bare weekday point forward.
var futureCues = wordSet("will", "shall", "plans", "scheduled", "upcoming", "due", "intends", "'ll")
