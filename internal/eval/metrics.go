// Package eval measures what copydesk decides against labelled corpora:
// BCubed precision and recall for clusterings (events, stories), pair
// precision, recall, kind confusion and direction accuracy for copies, and
// the facts stage's quotes, speakers, dates and disagreements (on our
// invented stories, and quotes and speakers on real news beside a
// baseline).
package eval

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/copydesk/copydesk"
)

// PRF is precision, recall and their harmonic mean.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func prf(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// BCubed scores a clustering against gold labels. Both map an item to its
// cluster; only items present in both count.
func BCubed(got, gold map[string]string) PRF {
	gotMembers := map[string][]string{}
	goldMembers := map[string][]string{}
	var items []string
	for id, g := range gold {
		c, ok := got[id]
		if !ok {
			continue
		}
		items = append(items, id)
		gotMembers[c] = append(gotMembers[c], id)
		goldMembers[g] = append(goldMembers[g], id)
	}
	if len(items) == 0 {
		return PRF{}
	}
	// Summed in one order, not the map's, so that a score is the same to
	// the last bit each run.
	slices.Sort(items)
	var p, r float64
	for _, id := range items {
		c, g := got[id], gold[id]
		both := 0
		for _, other := range gotMembers[c] {
			if gold[other] == g {
				both++
			}
		}
		p += float64(both) / float64(len(gotMembers[c]))
		r += float64(both) / float64(len(goldMembers[g]))
	}
	n := float64(len(items))
	return prf(p/n, r/n)
}

// Pair is one labelled or found copy: Copy copies Original, of some Kind.
// Besides the copy kinds, a gold pair may be of kind copydesk.SharedSource
// (two rewrites of one common source: never a copy, no direction), None
// (independent reports of one event: a trap, never related) or Sibling (two
// copies of one original: not scored either way).
type Pair struct {
	Original string        `json:"original"`
	Copy     string        `json:"copy"`
	Kind     copydesk.Kind `json:"kind"`
	// How says how a gold copy was made (the rewriter), when known.
	How string `json:"how,omitempty"`
	// Confidence is the confidence of a found pair's direction; gold
	// pairs leave it 0.
	Confidence float64 `json:"confidence,omitempty"`
	// Undetermined marks a found pair whose direction was left
	// undetermined: Original is then no claim.
	Undetermined bool `json:"undetermined,omitempty"`
	// Direct is false for a gold pair of two copies of one original (the
	// invented benchmark's transitive pairs): such a pair is a Sibling.
	Direct *bool `json:"direct,omitempty"`
	// Reasons are a found pair's reasons of direction.
	Reasons []string `json:"reasons,omitempty"`
	// Via names the duplicate of Original through which a found pair was
	// credited (Credit): the copy was linked to it, not to Original.
	Via string `json:"via,omitempty"`
}

// Credit returns found with the gold copies (Original A, Copy B) that were
// linked through a duplicate of A credited as found: B was not linked to A
// but to X, which the gold labels a duplicate of A (the same words: one
// body, the headline or a credit line aside) and which was found related
// to A. The provenance graph then says that B's text derives from A's
// text, as the labels do; which of the two identical texts B took it from,
// no text can tell, and the graph is right either way. The found pair
// (X, B) is replaced by (A, B) with X's side read as A's (so the pair's
// direction is right when X was found B's original) and Via X. A
// near-duplicate of A is no such stand-in: it carries edits of its own,
// which show whether B came from it or from A, so a copy linked to a
// near-duplicate in A's place is still a miss. Pairs found directly are
// never replaced; of several duplicates that would do, the first by id.
func Credit(found, gold []Pair) []Pair {
	key := func(x, y string) [2]string { return [2]string{min(x, y), max(x, y)} }
	idx := map[[2]string]int{}
	for i, p := range found {
		if p.Kind != copydesk.SharedSource {
			idx[key(p.Original, p.Copy)] = i
		}
	}
	dups := map[string][]string{}    // the gold duplicates of each original
	labelled := map[[2]string]bool{} // the gold pairs scored as such
	for _, g := range gold {
		if g.Kind == copydesk.Duplicate && (g.Direct == nil || *g.Direct) {
			dups[g.Original] = append(dups[g.Original], g.Copy)
		}
		if g.Kind != Sibling && (g.Direct == nil || *g.Direct) {
			labelled[key(g.Original, g.Copy)] = true
		}
	}
	out := slices.Clone(found)
	taken := map[int]bool{}
	for _, g := range gold {
		if g.Kind == None || g.Kind == Sibling || g.Kind == copydesk.SharedSource || g.Direct != nil && !*g.Direct {
			continue
		}
		if _, ok := idx[key(g.Original, g.Copy)]; ok {
			continue
		}
		xs := slices.Clone(dups[g.Original])
		slices.Sort(xs)
		for _, x := range xs {
			if x == g.Copy {
				continue
			}
			if _, ok := idx[key(g.Original, x)]; !ok {
				continue // the duplicate is not found related to the original
			}
			i, ok := idx[key(x, g.Copy)]
			if !ok || taken[i] || labelled[key(x, g.Copy)] {
				continue
			}
			p := found[i]
			if p.Original == x {
				p.Original = g.Original
			} else {
				p.Copy = g.Original
			}
			p.Via = x
			out[i], taken[i] = p, true
			break
		}
	}
	return out
}

// None is the kind of a pair that is not a copy, in the confusion matrix,
// and of a labelled trap.
const None copydesk.Kind = "none"

// Sibling is the kind of a labelled pair of two copies of one original:
// whether they are related is not scored (a copy links to its closest
// original; siblings are known through their family).
const Sibling copydesk.Kind = "sibling"

// CopyScore is how well found copies match the labelled ones.
type CopyScore struct {
	Overall PRF                   `json:"overall"`
	PerKind map[copydesk.Kind]PRF `json:"per_kind"`
	// Direction is the share of found gold pairs whose original was right;
	// a pair left undetermined counts as wrong, so that abstaining never
	// raises it.
	Direction float64 `json:"direction_accuracy"`
	// DirectionCoverage is the share of found gold pairs whose direction
	// was decided (not undetermined), DirectionOfDecided the share of
	// those decided whose original was right.
	DirectionCoverage  float64 `json:"direction_coverage"`
	DirectionOfDecided float64 `json:"direction_accuracy_of_decided"`
	// KindAccuracy is the share of found gold pairs whose kind was right.
	KindAccuracy float64 `json:"kind_accuracy"`
	// Calibration counts the found gold pairs whose direction was decided,
	// and those whose original was right, by the confidence given to their
	// direction (rounded to one decimal, lowest first): a calibrated
	// confidence c is right about c of the time.
	Calibration []Bin `json:"direction_calibration,omitempty"`
	// Confusion counts gold kind (rows) against found kind (columns), with
	// None for pairs missed or found wrongly.
	Confusion map[copydesk.Kind]map[copydesk.Kind]int `json:"confusion"`
	Gold      int                                     `json:"gold_pairs"`
	Found     int                                     `json:"found_pairs"`
	// Credited counts the gold copies found through a duplicate of their
	// original (Credit), and Strict is Overall without them, when Run
	// scored with Credit.
	Credited int  `json:"credited_through_duplicate,omitempty"`
	Strict   *PRF `json:"strict,omitempty"`
	// Traps are the labelled independent pairs (kind None) and how many
	// were related all the same.
	Traps Traps `json:"traps"`
	// Shared are the labelled shared-source pairs: found as such, or
	// called a copy (a false copy).
	Shared Shared `json:"shared_source"`
	// ByHow counts the gold copies of each way of making them, and those
	// found.
	ByHow map[string]Found `json:"by_how,omitempty"`
	// ByDating is direction accuracy over the found gold copies by how
	// many of the two articles carry a publication time: "both", "one",
	// "none". Run fills it.
	ByDating map[string]Direction `json:"direction_by_dating,omitempty"`
	// ByTimes is direction accuracy over the found gold copies both of
	// whose articles came with a publication time in the input: "apart"
	// when the times are a minute or more apart (the later is never the
	// original: the dated pairs), "within a minute" when they are
	// not (undetermined unless the text decides). ByDating's "both" counts
	// any two times the store holds, a date line read from the text
	// included: a copy that keeps its original's date line is dated by it
	// to the same day. Run fills it.
	ByTimes map[string]Direction `json:"direction_by_times,omitempty"`
	// ByText is direction accuracy over the found gold copies by whether
	// nothing in the input can order the two: "identical" when their
	// bodies and bylines are the same, word for word, and the input gives
	// no times a minute or more apart (the issue wants such a pair
	// undetermined: any direction given is arbitrary), "differ" for the
	// others. Titles may differ: outlets retitle what they copy, and what
	// a family keeps of two titles was a coin on the real-text benchmark's
	// tune half (18 right, 13 wrong). Run fills it.
	ByText map[string]Direction `json:"direction_by_text,omitempty"`
}

// Traps scores the labelled independent pairs.
type Traps struct {
	Pairs      int `json:"pairs"`
	CalledCopy int `json:"called_copy"`
	// CalledShared counts those called shared-source.
	CalledShared int `json:"called_shared_source"`
}

// Shared scores the labelled shared-source pairs.
type Shared struct {
	Pairs      int `json:"pairs"`
	Found      int `json:"found"`
	CalledCopy int `json:"called_copy"`
}

// Direction counts found gold pairs (Gold), those whose direction was
// decided and those decided right.
type Direction struct {
	Gold    int `json:"gold"`
	Decided int `json:"decided"`
	Right   int `json:"right"`
}

// Found is a count of gold items and of those found (or right).
type Found struct {
	Gold  int `json:"gold"`
	Found int `json:"found"`
}

// Bin is one confidence level of a calibration table.
type Bin struct {
	Confidence float64 `json:"confidence"`
	Pairs      int     `json:"pairs"`
	Right      int     `json:"right"`
}

// Copies scores found pairs against gold pairs. A pair counts as found when
// the two articles are related at all, whatever the direction; per kind, it
// counts when the kinds agree too. Only copy kinds count for precision and
// recall: a found shared-source relation is no claim of a copy, a found
// relation between siblings is not scored, and a copy found on a labelled
// shared-source or independent pair is a false copy.
func Copies(found, gold []Pair) CopyScore {
	key := func(p Pair) [2]string {
		if p.Original < p.Copy {
			return [2]string{p.Original, p.Copy}
		}
		return [2]string{p.Copy, p.Original}
	}
	special := map[[2]string]Pair{} // labelled pairs that are not copies
	g := map[[2]string]Pair{}
	for _, p := range gold {
		if p.Direct != nil && !*p.Direct {
			p.Kind = Sibling // the invented benchmark's transitive pairs
		}
		switch p.Kind {
		case None, Sibling, copydesk.SharedSource:
			special[key(p)] = p
		default:
			g[key(p)] = p
		}
	}
	s := CopyScore{PerKind: map[copydesk.Kind]PRF{}, Confusion: map[copydesk.Kind]map[copydesk.Kind]int{}}
	conf := func(a, b copydesk.Kind) {
		if s.Confusion[a] == nil {
			s.Confusion[a] = map[copydesk.Kind]int{}
		}
		s.Confusion[a][b]++
	}
	f := map[[2]string]Pair{}
	foundSpecial := map[[2]string]Pair{}
	for _, p := range found {
		k := key(p)
		if sp, ok := special[k]; ok {
			foundSpecial[k] = p
			if sp.Kind == Sibling {
				continue
			}
		}
		if p.Kind != copydesk.SharedSource {
			f[k] = p
		}
	}
	for k, sp := range special {
		fp, ok := foundSpecial[k]
		switch sp.Kind {
		case None:
			s.Traps.Pairs++
			if ok && fp.Kind == copydesk.SharedSource {
				s.Traps.CalledShared++
			} else if ok {
				s.Traps.CalledCopy++
			}
		case copydesk.SharedSource:
			s.Shared.Pairs++
			switch {
			case !ok:
				conf(sp.Kind, None)
			case fp.Kind == copydesk.SharedSource:
				s.Shared.Found++
				conf(sp.Kind, fp.Kind)
			default:
				s.Shared.CalledCopy++
				conf(sp.Kind, fp.Kind)
			}
		}
	}
	s.Gold, s.Found = len(g), len(f)
	for _, gp := range g {
		if gp.How == "" {
			continue
		}
		if s.ByHow == nil {
			s.ByHow = map[string]Found{}
		}
		c := s.ByHow[gp.How]
		c.Gold++
		if _, ok := f[key(gp)]; ok {
			c.Found++
		}
		s.ByHow[gp.How] = c
	}
	hit, dirOK, kindOK, decided := 0, 0, 0, 0
	for k, gp := range g {
		fp, ok := f[k]
		if !ok {
			conf(gp.Kind, None)
			continue
		}
		hit++
		conf(gp.Kind, fp.Kind)
		if fp.Kind == gp.Kind {
			kindOK++
		}
		if fp.Undetermined {
			continue
		}
		decided++
		right := fp.Original == gp.Original
		if right {
			dirOK++
		}
		c := math.Round(fp.Confidence*10) / 10
		i := sort.Search(len(s.Calibration), func(i int) bool { return s.Calibration[i].Confidence >= c })
		if i == len(s.Calibration) || s.Calibration[i].Confidence != c {
			s.Calibration = slices.Insert(s.Calibration, i, Bin{Confidence: c})
		}
		s.Calibration[i].Pairs++
		if right {
			s.Calibration[i].Right++
		}
	}
	for k, fp := range f {
		if _, ok := g[k]; !ok {
			if sp, ok := special[k]; !ok || sp.Kind != copydesk.SharedSource { // counted in its own row
				conf(None, fp.Kind)
			}
		}
	}
	s.Overall = prf(ratio(hit, len(f)), ratio(hit, len(g)))
	s.Direction = ratio(dirOK, hit)
	s.DirectionCoverage, s.DirectionOfDecided = ratio(decided, hit), ratio(dirOK, decided)
	s.KindAccuracy = ratio(kindOK, hit)
	for _, kind := range copydesk.Kinds {
		var tp, nf, ng int
		for k, fp := range f {
			if fp.Kind == kind {
				nf++
				if gp, ok := g[k]; ok && gp.Kind == kind {
					tp++
				}
			}
		}
		for _, gp := range g {
			if gp.Kind == kind {
				ng++
			}
		}
		if nf+ng > 0 {
			s.PerKind[kind] = prf(ratio(tp, nf), ratio(tp, ng))
		}
	}
	return s
}

// ByDating counts, for the gold copies (of a copy kind) that were found, how
// many had the right original, by how many of the two articles are dated:
// "both", "one" or "none". The Gold of each count is the pairs found.
func ByDating(found, gold []Pair, dated map[string]bool) map[string]Direction {
	return byClass(found, gold, func(p Pair) string {
		switch {
		case dated[p.Original] && dated[p.Copy]:
			return "both"
		case dated[p.Original] || dated[p.Copy]:
			return "one"
		}
		return "none"
	})
}

// ByTimes counts, for the gold copies (of a copy kind) that were found and
// both of whose articles have a time in given (the publication times the
// input gave), how many had the right original: "apart" when the two times
// are a minute or more apart, else "within a minute".
func ByTimes(found, gold []Pair, given map[string]time.Time) map[string]Direction {
	return byClass(found, gold, func(p Pair) string {
		o, c := given[p.Original], given[p.Copy]
		switch {
		case o.IsZero() || c.IsZero():
			return ""
		case o.Sub(c).Abs() >= time.Minute:
			return "apart"
		}
		return "within a minute"
	})
}

// DirectionByText is direction accuracy with an undetermined direction
// counted right for a pair nothing in the input can order (ByText's
// "identical"), a decided one there counted as Direction counts it (so a
// guess cannot score above abstaining), and the other pairs as Direction
// counts them; 0 without ByText.
func (s *CopyScore) DirectionByText() float64 {
	id, df := s.ByText["identical"], s.ByText["differ"]
	return ratio(df.Right+id.Right+id.Gold-id.Decided, df.Gold+id.Gold)
}

// Outcomes splits the found gold copies counted in ByText by what their
// direction was: decided right, decided wrong, undetermined where nothing
// in the input orders the two (ByText's "identical": word for word the same
// bodies, no input times apart, for which undetermined is the right answer,
// as issue 18 defines it), and undetermined elsewhere. Direction is
// right/(the four), DirectionByText (right+identicalUndetermined)/(the four).
func (s *CopyScore) Outcomes() (right, wrong, identicalUndetermined, otherUndetermined int) {
	id, df := s.ByText["identical"], s.ByText["differ"]
	right = id.Right + df.Right
	wrong = id.Decided - id.Right + df.Decided - df.Right
	return right, wrong, id.Gold - id.Decided, df.Gold - df.Decided
}

// ByText counts, for the gold copies (of a copy kind) that were found, how
// many had the right original, by whether the input can order them at all:
// "identical" when texts holds the same hash for both (of the body and the
// byline) and given holds no times a minute or more apart, else "differ".
func ByText(found, gold []Pair, given map[string]time.Time, texts map[string]uint64) map[string]Direction {
	return byClass(found, gold, func(p Pair) string {
		o, c := given[p.Original], given[p.Copy]
		if texts[p.Original] == texts[p.Copy] && (o.IsZero() || c.IsZero() || o.Sub(c).Abs() < time.Minute) {
			return "identical"
		}
		return "differ"
	})
}

// byClass counts, for the gold copies (of a copy kind) that were found, how
// many had the right original, by the class each pair is given ("": not
// counted).
func byClass(found, gold []Pair, class func(Pair) string) map[string]Direction {
	orig := map[[2]string]string{}
	for _, p := range found {
		if p.Kind != copydesk.SharedSource {
			o := p.Original
			if p.Undetermined {
				o = ""
			}
			orig[[2]string{min(p.Original, p.Copy), max(p.Original, p.Copy)}] = o
		}
	}
	out := map[string]Direction{}
	for _, p := range gold {
		if p.Kind == None || p.Kind == Sibling || p.Kind == copydesk.SharedSource || p.Direct != nil && !*p.Direct {
			continue
		}
		o, ok := orig[[2]string{min(p.Original, p.Copy), max(p.Original, p.Copy)}]
		if !ok {
			continue
		}
		cl := class(p)
		if cl == "" {
			continue
		}
		c := out[cl]
		c.Gold++
		if o != "" {
			c.Decided++
		}
		if o == p.Original {
			c.Right++
		}
		out[cl] = c
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Kinds lists the row and column labels of a confusion matrix in order.
func Kinds(m map[copydesk.Kind]map[copydesk.Kind]int) []copydesk.Kind {
	seen := map[copydesk.Kind]bool{}
	for a, row := range m {
		seen[a] = true
		for b := range row {
			seen[b] = true
		}
	}
	var out []copydesk.Kind
	for _, k := range append(append([]copydesk.Kind{}, copydesk.Kinds...), None) {
		if seen[k] {
			out = append(out, k)
			delete(seen, k)
		}
	}
	var rest []string
	for k := range seen {
		rest = append(rest, string(k))
	}
	sort.Strings(rest)
	for _, k := range rest {
		out = append(out, copydesk.Kind(k))
	}
	return out
}

// PairError is one gold pair copydesk got wrong: missed, of the wrong kind,
// or (for a shared-source or independent pair) called a copy. Got is the
// kind found (None when missed); OfOriginal and OfCopy list, for a missed
// pair, the relations each of its articles has instead ("id kind (its
// copy)"), so a reader sees whether a copy was linked to a sibling.
type PairError struct {
	Gold       Pair          `json:"gold"`
	Got        copydesk.Kind `json:"got"`
	OfOriginal []string      `json:"of_original,omitempty"`
	OfCopy     []string      `json:"of_copy,omitempty"`
	// Direction is "wrong" or "undetermined" for a found gold copy whose
	// original was not found as such (DirectionErrors), with the run it
	// was found in ("as dated" or "dates stripped") and the found pair.
	Direction string `json:"direction,omitempty"`
	Run       string `json:"run,omitempty"`
	Found     *Pair  `json:"found,omitempty"`
}

// DirectionErrors lists the found gold copies (of a copy kind) whose
// direction is wrong or undetermined, in the order of gold, each marked with
// run. It is for reading the errors of a tune half.
func DirectionErrors(found, gold []Pair, run string) []PairError {
	key := func(x, y string) [2]string { return [2]string{min(x, y), max(x, y)} }
	f := map[[2]string]Pair{}
	for _, p := range found {
		f[key(p.Original, p.Copy)] = p
	}
	var out []PairError
	for _, g := range gold {
		if g.Kind == Sibling || g.Kind == None || g.Kind == copydesk.SharedSource || g.Direct != nil && !*g.Direct {
			continue
		}
		fp, ok := f[key(g.Original, g.Copy)]
		if !ok || fp.Kind == copydesk.SharedSource {
			continue
		}
		what := "wrong"
		switch {
		case fp.Undetermined:
			what = "undetermined"
		case fp.Original == g.Original:
			continue
		}
		out = append(out, PairError{Gold: g, Got: fp.Kind, Direction: what, Run: run, Found: &fp})
	}
	return out
}

// Errors lists the gold pairs (copies, shared-source and independent ones;
// siblings are not scored) whose found relation differs from the label, and
// those found only through a duplicate of the original (Credit; Found with
// Via: a miss when scored strictly), in the order of gold. It is for reading
// the errors of a tune half.
func Errors(found, gold []Pair) []PairError {
	key := func(x, y string) [2]string { return [2]string{min(x, y), max(x, y)} }
	f := map[[2]string]Pair{}
	rel := map[string][]string{}
	for _, p := range found {
		f[key(p.Original, p.Copy)] = p
		rel[p.Original] = append(rel[p.Original], p.Copy+" "+string(p.Kind)+" (its copy)")
		rel[p.Copy] = append(rel[p.Copy], p.Original+" "+string(p.Kind)+" (its original)")
	}
	var out []PairError
	for _, g := range gold {
		if g.Kind == Sibling || g.Direct != nil && !*g.Direct {
			continue
		}
		fp, ok := f[key(g.Original, g.Copy)]
		got := None
		if ok {
			got = fp.Kind
		}
		if got == g.Kind && (!ok || fp.Via == "") {
			continue
		}
		e := PairError{Gold: g, Got: got}
		if ok && fp.Via != "" {
			// Found only through a duplicate of the original (Credit):
			// right when credited, a miss when strict.
			e.Found = &fp
		}
		if !ok && g.Kind != None {
			e.OfOriginal, e.OfCopy = rel[g.Original], rel[g.Copy]
		}
		out = append(out, e)
	}
	return out
}
