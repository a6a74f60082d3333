package facts

//go:generate go run ../../tools/givengen -ssa $SSA_NAMES -out givennames.txt

import (
	_ "embed"
	"strings"
	"sync"
)

// Given names common in English-language news, written for copydesk from
// general knowledge of naming (no list was copied). A run of capitalised
// words that opens with one is a person's name, and the name tells which
// pronoun can stand for the person when the article says nothing else
// ("Tara Reid ... she"). Names given to both sexes are in neither list.
var maleNames = wordSet(
	"aaron", "adam", "adrian", "alan", "albert", "alexander", "alfred", "allen", "andre", "andrew", "andy",
	"anthony", "antonio", "arthur", "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "bobby",
	"brad", "bradley", "brandon", "brendan", "brett", "brian", "bruce", "bryan", "calvin", "carl", "carlos",
	"chad", "charles", "charlie", "chris", "christopher", "clarence", "colin", "craig", "curtis", "dale",
	"dan", "daniel", "danny", "darren", "dave", "david", "dean", "dennis", "derek", "dick", "don",
	"donald", "doug", "douglas", "duncan", "dustin", "dwight", "earl", "ed", "eddie", "edward", "edwin",
	"eric", "ernest", "eugene", "evan", "frank", "franklin", "fred", "frederick", "gary", "gene", "geoffrey",
	"george", "gerald", "gerry", "glen", "glenn", "gordon", "graham", "greg", "gregory", "harold", "harry",
	"henry", "herbert", "howard", "hugh", "ian", "isaac", "jack", "jacob", "jake", "james", "jason", "jeff",
	"jeffrey", "jeremy", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon",
	"jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth",
	"kevin", "kyle", "larry", "lawrence", "leonard", "leroy", "louis", "luis", "luke", "marcus", "mario",
	"mark", "martin", "matt", "matthew", "max", "michael", "mike", "mitchell", "nathan", "neil", "nicholas",
	"nick", "nigel", "noah", "oliver", "oscar", "patrick", "paul", "pedro", "peter", "phil", "philip",
	"phillip", "ralph", "randy", "ray", "raymond", "richard", "rick", "ricky", "rob", "robert", "roberto",
	"rod", "rodney", "roger", "ron", "ronald", "ross", "roy", "russell", "ryan", "samuel", "scott", "sean",
	"sergei", "seth", "shane", "simon", "stanley", "stephen", "steve", "steven", "stuart", "ted", "terry",
	"theodore", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis", "trevor",
	"troy", "tyler", "victor", "vincent", "vladimir", "walter", "warren", "wayne", "wesley", "william",
	"willie", "zachary", "mohammed", "muhammad", "ahmed", "ali", "hassan", "omar", "ivan",
	"dmitry", "igor", "hans", "klaus", "pierre", "jean-pierre", "francois", "giuseppe", "marco", "luca",
	"rahul", "raj", "sanjay", "kurt",
	// Russian given names in their English spellings (news translated
	// from Russian names people so, often after an organisation with no
	// comma between)
	"aleksandr", "aleksei", "alexei", "alexey", "anatoly", "anatoliy", "andrei", "andrey", "arkady",
	"boris", "dmitri", "dmitriy", "evgeny", "evgeniy", "yevgeny", "fyodor", "gennady", "gennadiy",
	"georgy", "grigory", "ilya", "kirill", "konstantin", "leonid", "maxim", "mikhail", "nikita",
	"nikolai", "nikolay", "oleg", "pavel", "pyotr", "ruslan", "sergey", "stanislav", "valery",
	"valeriy", "vasily", "vasiliy", "viktor", "vitaly", "vitaliy", "vladislav", "vyacheslav",
	"yaroslav", "yuri", "yuriy", "yury", "vadim", "timur", "artem", "artyom", "eduard", "gleb", "denis",
	"ramzan", "vsevolod", "semyon", "taras", "yegor", "egor", "arseny", "rostislav", "veniamin")

var femaleNames = wordSet(
	"abigail", "alice", "alicia", "allison", "amanda", "amber", "amy", "andrea", "angela", "ann", "anna",
	"anne", "annie", "april", "ashley", "audrey", "barbara", "betty", "beverly", "brenda", "brittany",
	"carla", "carmen", "carol", "caroline", "carolyn", "catherine", "charlotte",
	"cheryl", "christina", "christine", "cindy", "claire", "claudia", "colleen", "connie",
	"crystal", "cynthia", "daisy", "dana", "danielle", "darlene", "debbie", "deborah", "debra", "denise",
	"diana", "diane", "donna", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor", "elizabeth",
	"ellen", "emily", "emma", "erica", "erin", "esther", "ethel", "eva", "evelyn", "florence", "frances",
	"francesca", "gail", "gina", "gladys", "gloria", "grace", "gretchen", "hannah", "heather", "heidi",
	"helen", "hillary", "holly", "irene", "jacqueline", "jane", "janet", "janice", "jean",
	"jennifer", "jenny", "jessica", "jill", "joan", "joanne", "josephine", "joy", "joyce", "judith",
	"judy", "julia", "julie", "june", "karen", "katherine", "kathleen", "kathryn", "kathy", "katie",
	"kim", "kimberly", "kristen", "laura", "lauren", "linda", "lindsay", "lindsey", "lisa",
	"lois", "loretta", "louise", "lucy", "lynn", "margaret", "maria", "marie",
	"marilyn", "martha", "mary", "megan", "melanie", "melissa", "michelle", "mildred",
	"monica", "nancy", "natalie", "nicole", "norma", "olivia", "pamela", "patricia", "paula", "peggy",
	"phyllis", "rachel", "rebecca", "regina", "rita", "roberta", "rosa", "rose", "ruth", "sally",
	"samantha", "sandra", "sara", "sarah", "sharon", "shirley", "sophia", "stephanie", "sue", "susan",
	"suzanne", "sylvia", "tamara", "tara", "teresa", "theresa", "tiffany", "tina", "valerie", "vanessa",
	"victoria", "virginia", "wanda", "wendy", "yvonne", "zoe", "olga", "natasha", "svetlana",
	"ingrid", "angelina", "candice", "kelly", "britney", "madonna", "oprah", "sonia", "priya", "fatima",
	// Russian, as above
	"alla", "anastasia", "ekaterina", "yekaterina", "elena", "yelena", "galina", "irina", "larisa",
	"lyudmila", "ludmila", "marina", "nadezhda", "natalia", "natalya", "nina", "oksana", "tatiana",
	"tatyana", "valentina", "yulia", "yuliya", "zoya", "vera", "lyubov", "daria", "darya", "polina", "ksenia",
	"kseniya", "alina", "inna", "raisa", "lidia", "margarita", "elvira")

// givenNameGender is "m" or "f" for a given name of one sex, else "".
func givenNameGender(w string) string {
	w = strings.ToLower(w)
	switch {
	case unisexNames[w]:
		return ""
	case maleNames[w] && !femaleNames[w]:
		return "m"
	case femaleNames[w] && !maleNames[w]:
		return "f"
	}
	return ""
}

// givenName reports a common given name of either sex.
func givenName(w string) bool {
	w = strings.ToLower(w)
	return maleNames[w] || femaleNames[w] || unisexNames[w]
}

// unisexNames are given to both sexes: they mark a person, not a pronoun.
var unisexNames = wordSet("alex", "jordan", "taylor", "morgan", "jamie", "pat", "sam", "robin", "leslie",
	"lee", "casey", "jessie", "kerry", "terry", "chris", "kim", "dana", "shannon", "tracy", "stacy")

// givennames.txt holds about 10,000 more given names, derived by
// tools/givengen from the United States Social Security Administration's
// national baby-name files (public domain; see LICENSE-givennames): every name given 1,000 times
// or more since 1880 that WordNet 3.0 does not hold as a word or a place
// ("Lennox", "Evander", "Luann"; not "Hunter", "Paris"). They tell no
// pronoun, and serve only as a sign that a run of name words opening with
// one is a person ("Lennox Lewis" named once, with no verb of speech).
//
//go:embed givennames.txt
var givenNamesTxt string

var derivedGivenNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 10000)
	for _, l := range strings.Split(givenNamesTxt, "\n") {
		if l != "" {
			m[l] = true
		}
	}
	return m
})

// commonGivenName reports a given name of the hand lists or of the derived
// table.
func commonGivenName(w string) bool {
	w = strings.ToLower(w)
	return givenName(w) || derivedGivenNames()[w]
}
