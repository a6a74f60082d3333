package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/view"
)

// Made is how the copy benchmark (tools/copybench, its made.jsonl) made
// one item: the real article it comes from (Family), its role (original,
// copy, shared-source), the rewriter (How) and, for a near-duplicate, the
// edits applied ("number" changes one number of the text; "typo", "cut",
// "reword", "update", "quirks" change nothing a fact-checker cares for).
type Made struct {
	ID     string   `json:"id"`
	Family string   `json:"family"`
	Role   string   `json:"role"`
	How    string   `json:"how"`
	Part   string   `json:"part"`
	Host   string   `json:"host"` // an excerpt's host: "filler" for invented text
	Edits  []string `json:"edits"`
}

// ReadMade reads the copy benchmark's made.jsonl, by item id.
func ReadMade(path string) (map[string]Made, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Made{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var m Made
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out[m.ID] = m
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// CopyRowScore is the precision of the disagreements between the members
// of one family of the copy benchmark (an original and the copies made of
// it), which are labelled without reading: a row is real when two of its
// versions give the value a near-duplicate's "number" edit replaced and the
// value it put instead; any other row within a family lists a difference
// that a rewrite (synonyms, reordered clauses, a new lead), an excerpt, a
// typo, a cut sentence or a light rewording made, none of which changes a
// fact. Rows whose versions come from several real articles (independent
// reports of one event) are not labelled here: they are read.
type CopyRowScore struct {
	Rows     int `json:"rows"`     // every row of the stories
	Labelled int `json:"labelled"` // rows within one family
	Real     int `json:"real"`     // of those, rows of a number edit
	// Spun are the rows within one family where the rewriter put another
	// unit or scale beside the same count ("four hours", "four minutes";
	// "$82 million", "$82 billion"): the spinner changed a fact, and the
	// row is real (counted in Real too).
	Spun int `json:"spun"`
	// Filler are the rows left out because a version is said only in the
	// invented text an excerpt was set into.
	Filler int `json:"filler"`
	// ByKind are the labelled rows and the real ones, by kind.
	ByKind    map[string][2]int `json:"by_kind"`
	Edits     int               `json:"edits"`     // number edits made in the copies ingested
	EditsRows int               `json:"edits_row"` // number edits some row lists
	// False counts the rows not real by kind and by how the copies
	// involved were made.
	False map[string]int `json:"false"`
	// FalseRows are the rows not real, for reading.
	FalseRows []view.Disagreement `json:"false_rows,omitempty"`
	// Missed are the number edits no row lists, for reading: the copy's
	// item id, the number replaced and the one put instead.
	Missed []MissedEdit `json:"missed,omitempty"`
}

// MissedEdit is a number edit of the copy benchmark that no row lists.
type MissedEdit struct {
	Copy string `json:"copy"` // the copy's item id
	Old  string `json:"old"`
	New  string `json:"new"`
	// Sentence is the copy's sentence that gives New.
	Sentence string `json:"sentence"`
}

// Precision is Real / Labelled.
func (s CopyRowScore) Precision() float64 { return ratio(s.Real, s.Labelled) }

// Recall is EditsRows / Edits.
func (s CopyRowScore) Recall() float64 { return ratio(s.EditsRows, s.Edits) }

// benchNumber is a number as the benchmark's number edit finds them.
var benchNumber = regexp.MustCompile(`\b\d+(?:[.,]\d+)?\b`)

// numberEdits are the (old, new) numbers a copy's text has in place of
// its original's: each sentence of the copy that the original does not
// have word for word is compared with the original's sentence that shares
// most words with it, and when both give as many numbers, those that
// differ at one place are replacements.
func numberEdits(orig, cp string) [][2]string {
	// A break before a digit or a small letter ("Aug. 2", "Mr. and Mrs.")
	// is no sentence's end.
	split := func(t string) []string {
		var out []string
		start := 0
		for _, m := range benchSentence.FindAllStringIndex(t, -1) {
			if m[1] < len(t) && (t[m[1]] >= '0' && t[m[1]] <= '9' || t[m[1]] >= 'a' && t[m[1]] <= 'z') {
				continue
			}
			out = append(out, t[start:m[1]])
			start = m[1]
		}
		return append(out, t[start:])
	}
	os, cs := split(orig), split(cp)
	have := map[string]bool{}
	for _, s := range os {
		have[s] = true
	}
	var out [][2]string
	for _, c := range cs {
		if have[c] {
			continue
		}
		nc := benchNumber.FindAllString(c, -1)
		if len(nc) == 0 {
			continue
		}
		wc := strings.Fields(c)
		best, bestN := "", 0
		for _, o := range os {
			if n := sharedWords(wc, strings.Fields(o)); n > bestN {
				best, bestN = o, n
			}
		}
		no := benchNumber.FindAllString(best, -1)
		if 2*bestN < len(wc) || len(no) != len(nc) {
			continue
		}
		for k := range no {
			if no[k] != nc[k] {
				out = append(out, [2]string{no[k], nc[k]})
			}
		}
	}
	return out
}

// benchSentence splits a text into sentences, roughly: after a full stop,
// a question or exclamation mark, or at a line break.
var benchSentence = regexp.MustCompile(`[.!?]["”’]?\s+|\n+`)

// sharedWords counts the words of a found in b.
func sharedWords(a, b []string) int {
	in := map[string]int{}
	for _, w := range b {
		in[w]++
	}
	n := 0
	for _, w := range a {
		if in[w] > 0 {
			in[w]--
			n++
		}
	}
	return n
}

// ScoreCopyRows labels the rows of stories made of the copy benchmark:
// texts are the corpus's texts and made its made.jsonl, both by item id.
func ScoreCopyRows(stories []StoryRows, texts map[string]string, made map[string]Made) CopyRowScore {
	s := CopyRowScore{False: map[string]int{}, ByKind: map[string][2]int{}}
	origOf := map[string]string{} // family -> the original's item id
	for id, m := range made {
		if m.Role == "original" {
			origOf[m.Family] = id
		}
	}
	// The number edits of each copy ingested.
	type edit struct {
		copy     string // item id
		old, new string
	}
	var edits []edit
	for _, st := range stories {
		refs := sortedValues(st.Refs)
		for _, ref := range refs {
			m := made[ref]
			if !slices.Contains(m.Edits, "number") {
				continue
			}
			for _, e := range numberEdits(texts[origOf[m.Family]], texts[ref]) {
				edits = append(edits, edit{ref, e[0], e[1]})
			}
		}
	}
	s.Edits = len(edits)
	found := make([]bool, len(edits))
	for _, st := range stories {
		for _, d := range st.Disagreements {
			s.Rows++
			fams := map[string]bool{}
			var hows []string
			for _, v := range d.Values {
				for _, a := range v.Articles {
					m := made[st.Refs[a]]
					fams[m.Family] = true
					if m.Role != "original" {
						hows = append(hows, m.How)
					}
				}
			}
			if len(fams) != 1 {
				continue
			}
			var fam string
			for f := range fams {
				fam = f
			}
			if fromFiller(d.Values, st.Refs, texts[origOf[fam]], made) {
				s.Filler++
				continue
			}
			s.Labelled++
			real := false
			if spun(d.Values) {
				real = true
				s.Spun++
			}
			for k, e := range edits {
				if !fams[made[e.copy].Family] {
					continue
				}
				if apart(gives(d.Values, e.old), gives(d.Values, e.new)) {
					real, found[k] = true, true
				}
			}
			k := s.ByKind[d.Kind]
			k[0]++
			if real {
				k[1]++
				s.ByKind[d.Kind] = k
				s.Real++
				continue
			}
			s.ByKind[d.Kind] = k
			slices.Sort(hows)
			hows = slices.Compact(hows)
			s.False[d.Kind+" / "+fmt.Sprint(hows)]++
			s.FalseRows = append(s.FalseRows, d)
		}
	}
	for k, f := range found {
		if f {
			s.EditsRows++
			continue
		}
		e := edits[k]
		s.Missed = append(s.Missed, MissedEdit{e.copy, e.old, e.new, sentenceWith(texts[e.copy], e.new)})
	}
	return s
}

// sentenceWith is the first sentence of text that holds number n as a
// whole number.
func sentenceWith(text, n string) string {
	start := 0
	for _, m := range append(benchSentence.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		if slices.Contains(benchNumber.FindAllString(text[start:m[1]], -1), n) {
			return strings.TrimSpace(text[start:m[1]])
		}
		start = m[1]
	}
	return ""
}

// gives is the set of versions (as a bit mask) whose text holds number n
// as a whole number.
func gives(vs []facts.Version, n string) uint64 {
	var mask uint64
	for i, v := range vs {
		if i < 64 && slices.Contains(benchNumber.FindAllString(v.Text, -1), n) {
			mask |= 1 << i
		}
	}
	return mask
}

// apart reports whether one version of mask a and another of mask b
// exist.
func apart(a, b uint64) bool {
	return a != 0 && b != 0 && !(a == b && a&(a-1) == 0)
}

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// CorpusTexts reads a corpus JSONL (as add reads it) for its items' texts
// by id and its gold story labels, each once, in order of first use.
func CorpusTexts(path string) (map[string]string, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	texts := map[string]string{}
	var labels []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var it struct {
			ID    string `json:"id"`
			Text  string `json:"text"`
			Story string `json:"story"`
		}
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		texts[it.ID] = it.Text
		if it.Story != "" && !seen[it.Story] {
			seen[it.Story] = true
			labels = append(labels, it.Story)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return texts, labels, nil
}

// units are the words a spinner may swap beside a count: scales and units
// of time and measure.
var units = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true,
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true,
	"miles": true, "kilometres": true, "kilometers": true, "metres": true, "meters": true, "feet": true, "yards": true,
	"pounds": true, "dollars": true, "percent": true}

// spun reports two versions that give the same count with another unit
// or scale: their words differ in one place, a unit on each side.
func spun(vs []facts.Version) bool {
	for i, a := range vs {
		for _, b := range vs[i+1:] {
			wa, wb := strings.Fields(strings.ToLower(a.Text)), strings.Fields(strings.ToLower(b.Text))
			if len(wa) != len(wb) {
				continue
			}
			diff := 0
			ok := true
			for k := range wa {
				if wa[k] != wb[k] {
					diff++
					ok = ok && units[strings.Trim(wa[k], ".,")] && units[strings.Trim(wb[k], ".,")]
				}
			}
			if diff == 1 && ok {
				return true
			}
		}
	}
	return false
}

// fromFiller reports a version said only by excerpts set into invented
// text, in a sentence the original does not have: a sentence of the
// invented host, not of the family.
func fromFiller(vs []facts.Version, refs map[string]string, orig string, made map[string]Made) bool {
	flat := strings.Join(strings.Fields(orig), " ")
	for _, v := range vs {
		if v.Sentence == "" || strings.Contains(flat, strings.Join(strings.Fields(v.Sentence), " ")) {
			continue
		}
		all := true
		for _, a := range v.Articles {
			m := made[refs[a]]
			all = all && m.How == "excerpt" && m.Host == "filler"
		}
		if all {
			return true
		}
	}
	return false
}
