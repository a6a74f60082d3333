package main

import "strings"

// Form is how a word is inflected.
type Form int

// The inflections the spinner keeps: a synonym takes the form of the word
// it replaces.
const (
	Base   Form = iota
	Plural      // nouns: -s
	Third       // verbs: -s
	Past        // verbs: -ed, past tense or participle
	Gerund      // verbs: -ing
)

// Analysis is one reading of a word: its lemma, part of speech and form.
type Analysis struct {
	Lemma string
	Pos   byte
	Form  Form
}

// Analyse returns the readings of a lower-case word that the thesaurus
// knows, irregular forms first.
func (t *Thesaurus) Analyse(w string) []Analysis {
	var out []Analysis
	add := func(lemma string, pos byte, f Form) {
		if t.senses[string(pos)+" "+lemma] == nil {
			return
		}
		for _, a := range out {
			if a.Lemma == lemma && a.Pos == pos && a.Form == f {
				return
			}
		}
		out = append(out, Analysis{lemma, pos, f})
	}
	if b, ok := t.base["v "+w]; ok {
		if strings.HasSuffix(w, "ing") {
			add(b, 'v', Gerund)
		} else {
			add(b, 'v', Past)
		}
	}
	if b, ok := t.base["n "+w]; ok {
		add(b, 'n', Plural)
	}
	for _, pos := range []byte{'n', 'v', 'a', 'r'} {
		add(w, pos, Base)
	}
	for _, s := range []struct {
		suffix, repl string
		pos          byte
		form         Form
	}{
		{"ies", "y", 'n', Plural}, {"ses", "s", 'n', Plural}, {"xes", "x", 'n', Plural}, {"ches", "ch", 'n', Plural},
		{"shes", "sh", 'n', Plural}, {"s", "", 'n', Plural},
		{"ies", "y", 'v', Third}, {"es", "e", 'v', Third}, {"es", "", 'v', Third}, {"s", "", 'v', Third},
		{"ied", "y", 'v', Past}, {"ed", "e", 'v', Past}, {"ed", "", 'v', Past},
		{"ing", "e", 'v', Gerund}, {"ing", "", 'v', Gerund},
	} {
		if strings.HasSuffix(w, s.suffix) && len(w) > len(s.suffix)+2 {
			stem := w[:len(w)-len(s.suffix)] + s.repl
			add(stem, s.pos, s.form)
			// A doubled consonant: "stopped", "planning".
			if (s.form == Past || s.form == Gerund) && s.repl == "" && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] {
				add(stem[:len(stem)-1], s.pos, s.form)
			}
		}
	}
	return out
}

// Inflect puts a lemma (one word or several) in form f as part of speech
// pos. A verb phrase inflects its first word ("take in" -> "took in"), a
// noun phrase its last. It reports false when the form is ambiguous (two
// irregular past forms, "went" and "gone").
func (t *Thesaurus) Inflect(lemma string, pos byte, f Form) (string, bool) {
	if f == Base {
		return lemma, true
	}
	words := strings.Fields(lemma)
	i := len(words) - 1
	if pos == 'v' {
		i = 0
	}
	w, ok := t.inflectWord(words[i], pos, f)
	if !ok {
		return "", false
	}
	words[i] = w
	return strings.Join(words, " "), true
}

func (t *Thesaurus) inflectWord(w string, pos byte, f Form) (string, bool) {
	var irregular []string
	for _, x := range t.forms[string(pos)+" "+w] {
		switch {
		case f == Gerund && strings.HasSuffix(x, "ing"),
			f == Past && pos == 'v' && !strings.HasSuffix(x, "ing") && !strings.HasSuffix(x, "s"),
			f == Plural && pos == 'n':
			irregular = append(irregular, x)
		}
	}
	if invariant[w] && pos == 'v' && f == Past {
		return w, true
	}
	switch len(irregular) {
	case 0:
	case 1:
		return irregular[0], true
	default:
		return "", false
	}
	last := w[len(w)-1]
	consonantY := strings.HasSuffix(w, "y") && len(w) > 1 && !vowel(w[len(w)-2])
	switch f {
	case Plural, Third:
		switch {
		case consonantY:
			return w[:len(w)-1] + "ies", true
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
			strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
			return w + "es", true
		}
		return w + "s", true
	case Past:
		switch {
		case last == 'e':
			return w + "d", true
		case consonantY:
			return w[:len(w)-1] + "ied", true
		case doubles(w):
			return w + string(last) + "ed", true
		}
		return w + "ed", true
	case Gerund:
		switch {
		case strings.HasSuffix(w, "ie"):
			return w[:len(w)-2] + "ying", true
		case last == 'e' && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && len(w) > 2:
			return w[:len(w)-1] + "ing", true
		case doubles(w):
			return w + string(last) + "ing", true
		}
		return w + "ing", true
	}
	return w, true
}

// invariant are verbs whose past is the verb itself, which WordNet's
// exception lists leave out.
var invariant = setOf("read put cut set let hit hurt shut cost spread quit bet cast burst split shed thrust upset broadcast")

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doubles reports whether a short word ending consonant-vowel-consonant
// doubles its last letter before -ed and -ing ("stop", "plan").
func doubles(w string) bool {
	n := len(w)
	if n < 3 || n > 4 || strings.ContainsAny(w[:n-2], "aeiou") {
		return false
	}
	c := w[n-1]
	return !vowel(c) && c != 'w' && c != 'x' && c != 'y' && vowel(w[n-2]) && !vowel(w[n-3])
}
