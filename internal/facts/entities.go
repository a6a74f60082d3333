package facts

import (
	"sort"
	"strings"
)

// Entity is an organisation or a place.
type Entity struct {
	Name string `json:"name"`
	// Key identifies the entity across articles (words folded and sorted,
	// aliases applied: "Pentagon" and "Defense Department" share one).
	Key string `json:"key"`
	// Country is the nationality the name carries ("China's Defence
	// Ministry"), when any.
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// gatherEntities gathers the organisation or place mentions of the article
// src into one Entity per key.
func gatherEntities(src string, ms []ment, kind string) []Entity {
	idx := map[string]int{}
	out := []Entity{}
	for _, m := range ms {
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
		en.Mentions = append(en.Mentions, Mention{Text: src[m.start:m.end], Sentence: m.sent, Start: m.start, End: m.end})
	}
	return out
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
		if kind == kindOrg && !media && (demonyms[l] != "" || (places[l] || placeParts[l]) && k < len(toks)-1 && len(toks) > 1) {
			country = countryKey(l)
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
	return countryQualified(key, country), country
}

// countryKey folds a word naming a country or its nationality ("Indian",
// "U.S.") to the country's key; other places stay as written ("surrey").
func countryKey(l string) string {
	if c := demonyms[strings.TrimSuffix(l, ".")]; c != "" {
		return c
	}
	return l
}

// stateBodyWords make up the names of a state's bodies that every state
// has ("government", "navy", "foreign ministry", "police"): such a name
// is one organisation per country.
var stateBodyWords = wordSet("government", "navy", "army", "police", "parliament", "cabinet", "ministry",
	"defense", "foreign", "interior", "justice", "finance", "affairs", "department", "embassy", "military",
	"air", "force", "forces", "armed", "coast", "guard", "state", "security", "council", "national")

// countryQualified gives the key of a state's body the country it belongs
// to ("government (india)", "police (surrey)"), so that the Indian and the
// Somali governments are two organisations while China's Defence Ministry
// stays one; a name of its own ("Ministry of Ecology") or no country
// leaves the key as it is. A story folds a key without country into the
// one country that the story gives it (mergeEntities).
func countryQualified(key, country string) string {
	if country == "" || key == "" || strings.HasSuffix(key, ")") {
		return key
	}
	for _, w := range strings.Fields(key) {
		if !stateBodyWords[w] {
			return key
		}
	}
	return key + " (" + country + ")"
}

// keyBase is a key without the country countryQualified gave it.
func keyBase(key string) string {
	if i := strings.LastIndex(key, " ("); i > 0 && strings.HasSuffix(key, ")") {
		return key[:i]
	}
	return key
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

// orgSuffixes end the names of organisations.
var orgSuffixes = wordSet("act", "ministry", "department", "command", "agency", "council", "committee",
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
	"zoo", "aquarium", "publishing", "publishers",
	"reuters", "afp", "ap", "forbes", "bloomberg", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "textiles",
	"motors", "foods", "pharmaceuticals", "logistics", "electronics", "mining", "shipping", "steel", "airline",
	"advisors", "advisers", "associates", "consulting", "consultants", "capital", "solutions", "enterprises",
	"ventures", "insurance", "distributors", "distribution", "products", "stores", "restaurants", "hotels",
	// the legal forms of firms abroad ("Corsa Verde SpA", "Halm GmbH")
	"plc", "llp", "gmbh", "ag", "spa", "nv", "bv", "sarl", "pty")

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

// isMedia reports organisation keys of news outlets and photo agencies,
// which are cited but rarely the speaker of a statement.
func isMedia(key string) bool {
	for _, w := range strings.Fields(key) {
		switch w {
		case "news", "images", "post", "today", "times", "press", "afp", "ap", "reuters", "forbes", "journal",
			"herald", "tribune", "gazette", "telegraph", "guardian", "chronicle", "daily", "tv", "radio", "cnn",
			"bbc", "nbc", "cbs", "abc", "fox", "bloomberg":
			return true
		}
	}
	return false
}

// placeSuffixes end the names of places ("Atlantic Ocean").
var placeSuffixes = wordSet("ocean", "sea", "island", "islands", "river", "mountains", "mountain", "lake",
	"bay", "coast", "county", "province", "strait", "gulf", "valley", "peninsula", "desert", "canyon",
	"street", "avenue", "road", "square", "park", "bridge", "harbour", "harbor", "port", "beach", "hills",
	"heights", "falls", "springs", "city", "town", "village", "district", "region", "state", "territory",
	"tunnel", "airport", "station", "stadium", "glacier", "forest", "pass", "canal", "dam")

// placePrefixes start the names of places ("Mount Arvel", "Lake Orm").
var placePrefixes = wordSet("mount", "mt", "lake", "cape", "fort", "isle", "gulf", "bay", "port", "lough", "loch")

// The gazetteer: countries, US states and regions (wide places, which
// hold others), and capitals and large cities. Fictional places of the
// labelled set are deliberately absent: they are found by the rules.
var (
	countries = wordSet(
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
		"u.s", "us", "usa", "america", "uk", "britain", "england", "scotland", "wales")
	usStates = wordSet(
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
		"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
		"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
		"nevada", "mexico", "ohio", "oklahoma", "oregon",
		"pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming")
	regions = wordSet(
		"europe", "asia", "africa", "antarctica", "oceania", "arctic", "atlantic", "pacific", "caribbean",
		"balkans", "crimea", "donbas", "siberia", "kashmir", "sahel", "scandinavia")
	cities = wordSet(
		"kabul", "tirana", "algiers", "luanda", "yerevan", "canberra", "vienna", "baku",
		"manama", "dhaka", "minsk", "brussels", "sarajevo", "brasilia", "sofia", "ottawa", "santiago",
		"beijing", "bogota", "zagreb", "havana", "nicosia", "prague", "copenhagen", "cairo", "tallinn",
		"helsinki", "paris", "tbilisi", "berlin", "accra", "athens", "budapest", "reykjavik", "delhi",
		"jakarta", "tehran", "baghdad", "dublin", "jerusalem", "rome", "tokyo", "amman", "astana", "nairobi",
		"pristina", "riga", "beirut", "tripoli", "vilnius", "valletta", "chisinau",
		"ulaanbaatar", "podgorica", "rabat", "kathmandu", "amsterdam", "wellington", "abuja", "oslo",
		"islamabad", "lima", "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow", "kigali", "riyadh",
		"dakar", "belgrade", "bratislava", "ljubljana", "mogadishu", "madrid", "khartoum", "stockholm", "bern",
		"damascus", "taipei", "bangkok", "tunis", "ankara", "kyiv", "kiev", "montevideo", "tashkent", "caracas",
		"hanoi", "harare", "seoul", "pyongyang", "london", "washington",
		"chicago", "houston", "miami", "boston", "seattle", "atlanta", "shanghai", "mumbai",
		"istanbul", "sydney", "melbourne", "toronto", "vancouver", "montreal", "geneva", "zurich", "munich",
		"hamburg", "frankfurt", "milan", "barcelona", "lyon", "marseille", "osaka", "dubai", "gaza", "kharkiv",
		"odesa", "quantico", "billings", "honolulu", "anchorage", "guam")
)

// places is every name of the gazetteer.
var places = union(countries, usStates, regions, cities)

// widePlaces are the places that hold others: a city and its state or
// country are no two versions of where something happened.
var widePlaces = union(countries, usStates, regions)

func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// placeParts are words of place names that name no place alone ("New",
// "Republic", "Angeles").
var placeParts = wordSet("new", "york", "jersey", "hampshire", "carolina", "dakota", "rhode", "los", "angeles",
	"hong", "kong", "buenos", "aires", "kuala", "lumpur", "united", "states", "kingdom", "emirates", "arabia",
	"saudi", "south", "north", "east", "west", "middle", "sri", "lanka", "zealand", "costa", "rica", "el",
	"salvador", "ivory", "republic", "dominican", "czech", "bay")

// placeWord reports a word of a place name; "Us" is a pronoun or a
// magazine, the country is written "US" or "U.S.".
func placeWord(t tok) bool {
	if t.low == "us" && t.raw != "US" {
		return false
	}
	return places[t.low] || placeParts[t.low]
}

// wholePlace reports a word that names a place alone.
func wholePlace(t tok) bool { return placeWord(t) && places[t.low] }

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
	// more adjectives of nationality, so that "the Greek government" is
	// a state's organisation (the countries' names are left out where they
	// are also given names: Jordan, Chad, Georgia)
	"greek": "greece", "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
	"irish": "ireland", "portuguese": "portugal", "belgian": "belgium", "swiss": "switzerland",
	"austrian": "austria", "czech": "czech republic", "hungarian": "hungary", "romanian": "romania",
	"bulgarian": "bulgaria", "serbian": "serbia", "croatian": "croatia", "belarusian": "belarus",
	"lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "egyptian": "egypt",
	"pakistani": "pakistan", "afghan": "afghanistan", "iraqi": "iraq", "syrian": "syria", "saudi": "saudi arabia",
	"lebanese": "lebanon", "jordanian": "jordan", "palestinian": "palestine", "yemeni": "yemen",
	"somali": "somalia", "somalian": "somalia", "ethiopian": "ethiopia", "kenyan": "kenya", "nigerian": "nigeria",
	"libyan": "libya", "moroccan": "morocco", "algerian": "algeria", "tunisian": "tunisia", "sudanese": "sudan",
	"thai": "thailand", "vietnamese": "vietnam", "indonesian": "indonesia", "malaysian": "malaysia",
	"filipino": "philippines", "philippine": "philippines", "cuban": "cuba", "venezuelan": "venezuela",
	"colombian": "colombia", "argentine": "argentina", "argentinian": "argentina", "chilean": "chile",
	"peruvian": "peru", "kazakh": "kazakhstan", "uzbek": "uzbekistan", "armenian": "armenia",
	"azerbaijani": "azerbaijan", "moldovan": "moldova", "slovak": "slovakia", "slovenian": "slovenia",
}

// locPreps are prepositions after which a lone unknown name is a place.
var locPreps = wordSet("in", "near", "outside", "at", "from", "to", "across", "towards", "toward", "around")
