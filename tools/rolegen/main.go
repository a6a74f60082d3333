// Command rolegen derives the role nouns of package facts (the nouns of
// offices, occupations and positions that a news text gives a person:
// "actress", "prosecutor", "designer", "first baseman") from WordNet 3.0,
// as Debian's wordnet-base installs it (/usr/share/wordnet):
//
//	go run ./tools/rolegen [-wordnet DIR] [-out internal/facts/rolenouns.txt] [-persons internal/facts/personnouns.txt]
//
// A noun is a role noun when one of its first two senses lies under one of
// the roots below (hyponyms, not instances: "worker", "leader", "official",
// "professional", "expert", "athlete", ...), and it is one lower-case word
// or a collocation of two lower-case words ("first baseman"). A noun whose
// first sense is a role is marked 1 (taken alone after "the" as a role of
// a person named before: "the actress"); one whose role sense is its
// second is marked 2 ("star", "agent"), a role only next to a name; one
// whose role sense comes later is marked 3 ("host", "model", "center"),
// also a role only next to a name, save a short hand list of nouns news
// uses in their earlier senses (farNotRoles).
// The nouns that say what someone is to someone, did or suffers, rather
// than a role, are left out by hand (notRoles). The output is plain text,
// one noun a line: the noun, a tab, the mark; sorted.
//
// It also derives the person nouns (personnouns.txt): every noun whose
// first sense lies under person (sense 1), one lower-case word ("killer",
// "widow", "follower", "singer"), one a line, sorted. A description whose
// head is none of them ("the policy", "the assessment") stands for no
// person.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// root is a synset: a lemma and its sense number.
type root struct {
	lemma string
	sense int
}

// roots are the synsets (lemma and sense number) whose hyponyms are roles.
var roots = []root{
	{"worker", 1}, {"leader", 1}, {"professional", 1}, {"expert", 1}, {"athlete", 1},
	{"performer", 1}, {"entertainer", 1}, {"creator", 2}, {"communicator", 1}, {"scientist", 1},
	{"serviceman", 1}, {"lawman", 1}, {"representative", 1}, {"official", 1}, {"administrator", 1},
	{"spokesperson", 1}, {"player", 1}, {"champion", 1}, {"combatant", 1}, {"intellectual", 1},
	{"adviser", 1}, {"educator", 1}, {"politician", 1}, {"legislator", 1}, {"diplomat", 1},
	{"clergyman", 1}, {"investigator", 1}, {"lawyer", 1}, {"trainer", 1},
	{"businessperson", 1}, {"engineer", 1}, {"financier", 1}, {"council_member", 1}, {"board_member", 1},
	{"committee_member", 1},
}

// notRoles are nouns under the roots that say something other than a
// role: a relation, a status, a deed, a manner ("veteran", "volunteer",
// "killer" is under none of them anyway). Kept short and general.
var notRoles = map[string]bool{
	"veteran": true, "volunteer": true, "amateur": true, "novice": true, "beginner": true, "old-timer": true,
	"master": false, "boss": false, "slave": true, "drudge": true, "hack": true, "mercenary": true, "idler": true,
	"worker": false, "star": false, "winner": true, "loser": true, "rival": true, "opponent": true,
	"challenger": true, "contender": true, "competitor": true, "survivor": true, "witness": true, "partner": true,
	"colleague": true, "associate": true, "ally": true, "supporter": true, "follower": true, "fan": true,
	"host": false, "guest": true, "native": true, "model": false, "hero": true, "heroine": true, "giant": true,
	"great": true, "talent": true, "genius": true, "prodigy": true, "pro": true, "specialist": false,
	"authority": true, "head": false, "chief": false, "mastermind": true, "pioneer": true, "founder": false,
	"prisoner": true, "hostage": true, "captive": true, "bully": true, "brute": true, "killer": true,
	"fighter": false, "warrior": false, "savage": true, "attacker": true, "defender": false, "protector": true,
	"guardian": true, "patron": true, "sponsor": true, "client": true, "customer": true, "user": true,
	"rookie": true, "newcomer": true, "recruit": false, "trainee": true, "apprentice": false, "student": false,
	"beneficiary": true, "heir": true, "individual": true, "personality": true, "figure": true, "celebrity": true,
	"idol": true, "legend": true, "icon": true, "darling": true, "favorite": true, "favourite": true,
	"man": true, "woman": true, "men": true, "lady": true, "gentleman": true, "boy": true, "girl": true,
	"operator": false, "hand": true, "help": true, "staff": true, "crew": true, "force": true, "power": true,
	"free agent": true, "vet": true, "mover": true, "shaker": true, "doer": true, "actor": false, "agent": false, "party": true, "side": true,
	"resident": true, "regular": true, "ordinary": true, "realist": true, "cookie": true, "fodder": true,
	"fuzz": true, "dick": true, "oracle": true, "adept": true, "raver": true, "old hand": true, "feller": true,
	"fink": true, "goldbrick": true, "informer": true, "stumblebum": true, "plonk": true, "max": true,
	"owner": true, "proprietor": true, "proprietress": true, "renter": true, "lessor": true, "lease giver": true,
	"licensee": true, "consigner": true, "consignor": true, "transactor": true, "profit taker": true,
	"bourgeois": true, "provider": true, "supplier": true, "seller": true, "vendor": true, "vender": true,
	"distributor": true, "distributer": true, "importer": true, "exporter": true, "shipper": true, "dispenser": true,
	"drug dealer": true, "drug peddler": true, "drug trafficker": true, "trafficker": true,
	"pusher": true, "fence": true, "connection": true, "letter": true, "suit": true, "cracker": true, "factor": true,
	"killer bee": true, "cyber-terrorist": true, "tycoon": true, "magnate": true, "mogul": true,
	"big businessman": true, "oil tycoon": true, "press lord": true, "madam": true, "brothel keeper": true,
}

// farNotRoles are nouns whose role is a later sense than their second
// (mark 3) that news uses for something else before or after a name: a
// body part, an animal, a thing, a relation or a description ("head",
// "father", "shark", "source"), a word of the sentence's syntax ("second",
// "end", "back") or of a deed ("climber", "marcher"). The rest of mark 3
// are jobs and positions that are seldom first ("host", "model", "anchor",
// "center", "scout").
var farNotRoles = map[string]bool{
	"alum": true, "attraction": true, "bacchant": true, "back": true, "bass": true, "better": true, "brain": true,
	"bull": true, "card": true, "cat": true, "companion": true, "confederate": true, "contact": true, "count": true,
	"coyote": true, "elder": true, "end": true, "father": true, "fire-eater": true, "floater": true, "fool": true,
	"foot": true, "god": true, "gossip": true, "grass": true, "gun": true, "ham": true, "head": true, "instrument": true,
	"intellect": true, "lead": true, "magpie": true, "mind": true, "mouth": true, "mouthpiece": true, "old boy": true,
	"old man": true, "para": true, "pig": true, "pink": true, "plant": true, "saint": true, "second": true, "seed": true,
	"shark": true, "shot": true, "sneak": true, "source": true, "sport": true, "stroke": true, "utterer": true,
	"voice": true, "wit": true, "climber": true, "marcher": true, "caller": true, "generator": true, "gutter": true,
	"tier": true, "drawer": true, "dresser": true, "shower": true, "sitter": true, "slogger": true, "grip": true,
	"lather": true, "escort": true, "hooker": true, "passer": true, "wing": true, "reserve": true, "deliverer": true,
	"fixer": true, "sneak thief": true, "flyer": true, "carrier": true, "stroke oar": true, "cleaner": true,
}

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("out", "internal/facts/rolenouns.txt", "output file")
	persons := flag.String("persons", "internal/facts/personnouns.txt", "output file of the person nouns")
	flag.Parse()
	if err := run(*dir, *out, *persons); err != nil {
		fmt.Fprintln(os.Stderr, "rolegen:", err)
		os.Exit(1)
	}
}

func run(dir, out, persons string) error {
	// The noun synsets: their lemmas and their hyponyms.
	lemmas := map[string][]string{}
	hypo := map[string][]string{}
	err := wordnet.Lines(filepath.Join(dir, "data.noun"), func(f []string) error {
		ws, rest, err := wordnet.SynsetLemmas(f)
		if err != nil {
			return err
		}
		lemmas[f[0]] = ws
		for i := 1; i+3 < len(rest); i += 4 {
			if rest[i] == "~" && rest[i+2] == "n" {
				hypo[f[0]] = append(hypo[f[0]], rest[i+1])
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The senses of every noun lemma, most frequent first.
	senses := map[string][]string{}
	err = wordnet.Lines(filepath.Join(dir, "index.noun"), func(f []string) error {
		offs, err := wordnet.IndexSynsets(f)
		senses[f[0]] = offs
		return err
	})
	if err != nil {
		return err
	}
	// Every synset under a root.
	walkFrom := func(roots []root) (map[string]bool, error) {
		under := map[string]bool{}
		var walk func(o string)
		walk = func(o string) {
			if under[o] {
				return
			}
			under[o] = true
			for _, h := range hypo[o] {
				walk(h)
			}
		}
		for _, r := range roots {
			s := senses[r.lemma]
			if len(s) < r.sense {
				return nil, fmt.Errorf("no sense %d of %q", r.sense, r.lemma)
			}
			walk(s[r.sense-1])
		}
		return under, nil
	}
	under, err := walkFrom(roots)
	if err != nil {
		return err
	}
	if err := writePersons(persons, lemmas, senses, walkFrom); err != nil {
		return err
	}
	marks := map[string]int{}
	for o := range under {
		for _, l := range lemmas[o] {
			w := strings.ToLower(l)
			if w != l || notRoles[strings.ReplaceAll(w, "_", " ")] || !plain(w) {
				continue
			}
			s := senses[w]
			k := slices.IndexFunc(s, func(x string) bool { return under[x] })
			if k < 0 || k > 1 && farNotRoles[strings.ReplaceAll(w, "_", " ")] {
				continue
			}
			marks[strings.ReplaceAll(w, "_", " ")] = min(k+1, 3)
		}
	}
	lines := make([]string, 0, len(marks))
	for w, k := range marks {
		lines = append(lines, fmt.Sprintf("%s\t%d", w, k))
	}
	return wordnet.WriteSorted(out, lines)
}

// plain reports one lower-case word of letters (a hyphen inside allowed),
// or two joined by an underscore.
func plain(w string) bool {
	parts := strings.Split(w, "_")
	if len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if (p[i] < 'a' || p[i] > 'z') && !(p[i] == '-' && i > 0 && i < len(p)-1) {
				return false
			}
		}
	}
	return true
}

// writePersons writes the one-word nouns whose first sense lies under
// person (sense 1) to out, one a line, sorted.
func writePersons(out string, lemmas, senses map[string][]string, walkFrom func([]root) (map[string]bool, error)) error {
	under, err := walkFrom([]root{{"person", 1}})
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var lines []string
	for o := range under {
		for _, l := range lemmas[o] {
			w := strings.ToLower(l)
			if w != l || strings.Contains(w, "_") || !plain(w) || seen[w] {
				continue
			}
			if s := senses[w]; len(s) == 0 || !under[s[0]] {
				continue
			}
			seen[w] = true
			lines = append(lines, w)
		}
	}
	return wordnet.WriteSorted(out, lines)
}
