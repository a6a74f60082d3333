// Command speechgen derives the verbs of speech of package facts that
// attribute a quote next to it ("...," Ida Kern quipped; "...," snaps the
// mayor; Ida Kern grumbled: "...") from WordNet 3.0, as Debian's
// wordnet-base installs it (/usr/share/wordnet):
//
//	go run ./tools/speechgen [-wordnet DIR] [-out internal/facts/speechverbs.txt]
//
// A verb is one of speech when it is one plain word and one of its two most
// frequent senses is a verb of communication (WordNet's lexicographer file
// verb.communication) with the sentence frame "Somebody ----s that CLAUSE"
// (what it says can be given as a clause, or as a quote). So "whisper",
// "quip", "grumble", "concede" and "retort" are verbs of speech, and
// "sign", "call" or "make" (whose first two senses are not) are not. The
// verbs that take such a clause but say no act of speaking ("ignore",
// "suspect", "wager", "unwrap") are left out by hand (notSpeech). Each
// verb is written in the two forms that attribute a quote, its past (and
// participle) and its third person present: the irregular forms WordNet
// lists (verb.exc: "quipped", "told"), else the regular ones ("grumbled",
// "grumbles"), and a form news writes beside an irregular one ("pleaded"
// beside "pled"). The output is plain text, one form a
// line: the form, a tab, the verb; sorted.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// communication is WordNet's lexicographer file number of verb.communication.
const communication = "32"

// thatClause is WordNet's verb frame 26, "Somebody ----s that CLAUSE".
const thatClause = 26

// notSpeech are verbs that pass the test but say no act of speaking, or
// whose forms are mostly other words in news ("will", "mind", "bet").
// Kept short and general.
var notSpeech = map[string]bool{
	"ignore": true, "disregard": true, "mind": true, "will": true, "bet": true, "suppose": true,
	"suspect": true, "pretend": true, "feign": true, "dissemble": true, "teach": true, "pray": true,
	"evidence": true, "exact": true, "snub": true, "predestine": true, "advertise": true,
	"publicise": true, "publicize": true, "petition": true, "record": true, "imply": true,
	"connote": true, "order": true, "question": true, "request": true, "instruct": true,
	"guarantee": true, "account": true, "evince": true, "plight": true, "swan": true, "plain": true,
	"siss": true, "sizz": true, "pipe": true, "bulletin": true, "cable": true, "heliograph": true,
	"telegraph": true, "notify": true, "apprise": true, "apprize": true, "advise": true,
	"recommend": true, "advocate": true, "tout": true, "ballyhoo": true, "bruit": true, "rumor": true,
	"rumour": true, "deliberate": true, "moot": true, "generalise": true, "generalize": true,
	"extrapolate": true, "guesstimate": true, "hazard": true, "describe": true,
	"arrange": true, "bare": true, "certificate": true, "debate": true, "deduce": true, "depose": true,
	"expose": true, "gas": true, "gnarl": true, "grizzle": true, "guess": true, "infer": true,
	"outcry": true, "punctuate": true, "resolve": true, "sham": true, "specialise": true,
	"specialize": true, "unwrap": true, "wager": true, "weigh": true, "wire": true, "rejoin": true,
	"reason": true, "maunder": true, "speculate": true, "surmise": true, "enjoin": true, "contest": true,
	"postulate": true, "predicate": true, "indicate": true, "point": true, "venture": true,
	"volunteer": true, "accent": true, "accentuate": true,
}

// extraForms are forms news writes that verb.exc does not give beside its
// irregular ones: "pleaded" beside "pled".
var extraForms = map[string][]string{"plead": {"pleaded"}}

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("out", "internal/facts/speechverbs.txt", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "speechgen:", err)
		os.Exit(1)
	}
}

// sense is one verb synset: its lexicographer file, its words, and the
// sentence frames of each word (frames[i] for word i; a frame of the whole
// synset is in every word's).
type sense struct {
	lex    string
	words  []string
	frames []map[int]bool
}

func run(dir, out string) error {
	synsets := map[string]sense{}
	err := wordnet.Lines(filepath.Join(dir, "data.verb"), func(f []string) error {
		ws, rest, err := wordnet.SynsetWords(f)
		if err != nil {
			return err
		}
		s := sense{lex: f[1], words: ws, frames: make([]map[int]bool, len(ws))}
		for i := range s.frames {
			s.frames[i] = map[int]bool{}
		}
		if len(rest) == 0 {
			return fmt.Errorf("no pointer count")
		}
		p, err := strconv.Atoi(rest[0])
		if err != nil {
			return fmt.Errorf("bad pointer count %q", rest[0])
		}
		rest = rest[1+4*p:]
		if len(rest) == 0 {
			return fmt.Errorf("no frame count")
		}
		n, err := strconv.Atoi(rest[0])
		if err != nil || len(rest) < 1+3*n {
			return fmt.Errorf("bad frame count %q", rest[0])
		}
		for k := range n {
			fr, err1 := strconv.Atoi(rest[2+3*k])
			w, err2 := strconv.ParseInt(rest[3+3*k], 16, 32)
			if err1 != nil || err2 != nil || int(w) > len(ws) {
				return fmt.Errorf("bad frame %q", rest[1+3*k:4+3*k])
			}
			for i := range ws {
				if w == 0 || int(w) == i+1 {
					s.frames[i][fr] = true
				}
			}
		}
		synsets[f[0]] = s
		return nil
	})
	if err != nil {
		return err
	}
	var verbs []string
	err = wordnet.Lines(filepath.Join(dir, "index.verb"), func(f []string) error {
		offs, err := wordnet.IndexSynsets(f)
		if err != nil {
			return err
		}
		w := f[0]
		if !wordnet.SingleWord(w) || notSpeech[w] {
			return nil
		}
		for _, o := range offs[:min(2, len(offs))] {
			s := synsets[o]
			if i := slices.Index(s.words, w); i >= 0 && s.lex == communication && s.frames[i][thatClause] {
				verbs = append(verbs, w)
				break
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	irr, err := wordnet.Irregular(dir, "verb")
	if err != nil {
		return err
	}
	lines := map[string]bool{}
	for _, v := range verbs {
		for _, form := range forms(v, irr["verb "+v]) {
			lines[form+"\t"+v] = true
		}
	}
	sorted := make([]string, 0, len(lines))
	for l := range lines {
		sorted = append(sorted, l)
	}
	return wordnet.WriteSorted(out, sorted)
}

// forms are a verb's past and third person present: the irregular forms
// WordNet lists for it (not those in -ing or -n), else the regular ones,
// and extraForms.
func forms(v string, irregular []string) []string {
	var past, present []string
	for _, f := range irregular {
		switch {
		// "-ing" is no attribution's form; "written", "sworn" are
		// participles that open other phrases ("written by", "sworn in").
		case strings.HasSuffix(f, "ing"), strings.HasSuffix(f, "n"):
		case strings.HasSuffix(f, "s") && !strings.HasSuffix(v, "s"):
			present = append(present, f)
		default:
			past = append(past, f)
		}
	}
	if len(irregular) == 0 {
		past = []string{regularPast(v)}
	}
	if len(present) == 0 {
		present = []string{regularPresent(v)}
	}
	past = append(past, extraForms[v]...)
	return append(past, present...)
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func regularPast(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !vowel(v[n-2]):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

func regularPresent(v string) string {
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !vowel(v[n-2]):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"),
		strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}
