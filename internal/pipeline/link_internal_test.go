package pipeline

import (
	"reflect"
	"slices"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/provenance"
)

// words marks the words [from, to) of a text of n words.
func words(n, from, to int) []bool {
	c := make([]bool, n)
	for i := from; i < to; i++ {
		c[i] = true
	}
	return c
}

func TestChoose(t *testing.T) {
	const a = "new"
	art := func(id string) *copydesk.Article { return &copydesk.Article{ID: id} }
	// copyOf: the new article copies id; originOf: it is id's original.
	copyOf := func(id string, close, conf float64, covered []bool) match {
		return match{id: id, kind: copydesk.Rewrite, close: close, covered: covered,
			d: provenance.Decision{Original: art(id), Copy: art(a), Confidence: conf}}
	}
	originOf := func(id string, close, conf float64) match {
		return match{id: id, kind: copydesk.Rewrite, close: close, covered: words(100, 0, 90),
			d: provenance.Decision{Original: art(a), Copy: art(id), Confidence: conf}}
	}
	rel := func(from, to string, conf float64) copydesk.Relation {
		return copydesk.Relation{From: from, To: to, Kind: copydesk.Rewrite, Evidence: copydesk.Evidence{Confidence: conf}}
	}
	// with gives a match what is kept of its own text against others.
	with := func(m match, own map[string]ownKept) match { m.own = own; return m }
	full := []copydesk.Relation{rel("s1", "c", 0.9), rel("s2", "c", 0.9), rel("s3", "c", 0.9), rel("s1", "s2", 0.5)}
	fullClose := map[[2]string]float64{{"c", "s1"}: 0.5, {"c", "s2"}: 0.5, {"c", "s3"}: 0.5, {"s1", "s2"}: 0.9}
	tests := []struct {
		name       string
		stored     []copydesk.Relation
		close      map[[2]string]float64 // of the stored pairs
		ms         []match
		wantKeep   []string
		wantUnlink []copydesk.Link
		wantNear   map[string]string // when given, the nearest links the plan makes
	}{
		{name: "the original, not its other copy (a sibling keeps fewer of its words)",
			stored: []copydesk.Relation{rel("orig", "sibling", 0.8)}, close: map[[2]string]float64{{"orig", "sibling"}: 0.6},
			ms:       []match{copyOf("sibling", 0.4, 0.5, words(100, 0, 100)), copyOf("orig", 0.7, 0.8, words(100, 0, 94))},
			wantKeep: []string{"orig"}},
		{name: "a round-up of two stories has two originals",
			ms:       []match{copyOf("story-1", 0.3, 0.8, words(100, 0, 45)), copyOf("story-2", 0.25, 0.8, words(100, 50, 90))},
			wantKeep: []string{"story-1", "story-2"}},
		{name: "an original arriving after its copies gathers them and the copies' own link goes",
			stored: []copydesk.Relation{rel("copy-1", "copy-2", 0.5)}, close: map[[2]string]float64{{"copy-1", "copy-2"}: 0.4},
			ms:       []match{originOf("copy-1", 0.7, 0.8), originOf("copy-2", 0.6, 0.8)},
			wantKeep: []string{"copy-1", "copy-2"}, wantUnlink: []copydesk.Link{{From: "copy-1", To: "copy-2"}}},
		{name: "an original identical to a copy that came first takes its place when a signal says so",
			stored: []copydesk.Relation{rel("dup-1", "dup-2", 0.5)}, close: map[[2]string]float64{{"dup-1", "dup-2"}: 1},
			ms:       []match{originOf("dup-1", 1, 0.8), originOf("dup-2", 1, 0.8)},
			wantKeep: []string{"dup-1", "dup-2"}, wantUnlink: []copydesk.Link{{From: "dup-1", To: "dup-2"}}},
		{name: "relations of undetermined direction do not make a copy full: its original, coming after it, is linked",
			stored: []copydesk.Relation{rel("a-1", "copy", 0.5), rel("a-2", "copy", 0.5), rel("a-3", "copy", 0.5)},
			close:  map[[2]string]float64{{"a-1", "copy"}: 0.5, {"a-2", "copy"}: 0.5, {"a-3", "copy"}: 0.5},
			ms:     []match{originOf("copy", 0.9, 0.8)}, wantKeep: []string{"copy"}},
		{name: "a farther relative is linked as the new article's nearest, and keeps its own",
			stored: []copydesk.Relation{rel("first", "copy", 0.9)}, close: map[[2]string]float64{{"copy", "first"}: 0.8},
			ms:       []match{originOf("copy", 0.5, 0.8)},
			wantKeep: []string{"copy"}, wantNear: map[string]string{a: "copy"}},
		{name: "the original, not its copy that is a little closer, when the new article keeps none of what that copy added",
			stored: []copydesk.Relation{rel("orig", "dup", 0.9)}, close: map[[2]string]float64{{"dup", "orig"}: 0.95},
			ms: []match{with(copyOf("dup", 0.8, 0.8, words(100, 0, 90)), map[string]ownKept{"orig": {New: 2}}),
				copyOf("orig", 0.75, 0.8, words(100, 0, 90))},
			wantKeep: []string{"dup", "orig"}, wantNear: map[string]string{a: "orig"}},
		{name: "the closer copy when the new article keeps what it added",
			stored: []copydesk.Relation{rel("orig", "dup", 0.9)}, close: map[[2]string]float64{{"dup", "orig"}: 0.95},
			ms: []match{with(copyOf("dup", 0.8, 0.8, words(100, 0, 90)), map[string]ownKept{"orig": {New: 5}}),
				copyOf("orig", 0.75, 0.8, words(100, 0, 90))},
			wantKeep: []string{"dup"}, wantNear: map[string]string{a: "dup"}},
		{name: "the root of a chain of copies that the new article keeps none of the additions of",
			stored: []copydesk.Relation{rel("orig", "dup", 0.9), rel("dup", "dup2", 0.9)},
			close:  map[[2]string]float64{{"dup", "orig"}: 0.95, {"dup", "dup2"}: 0.95},
			ms: []match{with(copyOf("dup2", 0.8, 0.8, words(100, 0, 90)), map[string]ownKept{"dup": {New: 1}}),
				with(copyOf("dup", 0.78, 0.8, words(100, 0, 90)), map[string]ownKept{"orig": {New: 0}}),
				copyOf("orig", 0.75, 0.8, words(100, 0, 90))},
			wantKeep: []string{"dup", "dup2", "orig"}, wantNear: map[string]string{a: "orig"}},
		{name: "a copy of an excerpt's original, closer to the excerpt by chance, does not take it from its original when it keeps none of the copy's own text (a tie link at most)",
			stored: []copydesk.Relation{rel("orig", "exc", 0.9)}, close: map[[2]string]float64{{"exc", "orig"}: 0.3},
			ms: []match{with(copyOf("orig", 0.9, 0.8, words(100, 0, 90)), map[string]ownKept{"exc": {Own: 1}}),
				originOf("exc", 0.4, 0.5)},
			wantKeep: []string{"exc", "orig"}, wantNear: map[string]string{a: "orig", "orig": a}},
		{name: "it takes the excerpt when the excerpt keeps its own text",
			stored: []copydesk.Relation{rel("orig", "exc", 0.9)}, close: map[[2]string]float64{{"exc", "orig"}: 0.3},
			ms: []match{with(copyOf("orig", 0.9, 0.8, words(100, 0, 90)), map[string]ownKept{"exc": {Own: 5}}),
				originOf("exc", 0.4, 0.5)},
			wantKeep: []string{"exc", "orig"}, wantUnlink: []copydesk.Link{{From: "orig", To: "exc"}}, wantNear: map[string]string{a: "orig", "orig": a, "exc": a}},
		{name: "a duplicate of a stored copy's original, as close to the copy, does not take it from its original (a tie link)",
			stored: []copydesk.Relation{rel("orig", "copy", 0.5)}, close: map[[2]string]float64{{"copy", "orig"}: 0.8},
			ms:       []match{copyOf("orig", 1, 0.9, words(100, 0, 100)), originOf("copy", 0.8, 0.8)},
			wantKeep: []string{"copy", "orig"}, wantNear: map[string]string{a: "orig", "orig": a}},
		{name: "an original arriving after a copy that took 3 of its siblings for originals replaces one of them",
			stored: full, close: fullClose,
			ms:       []match{with(originOf("s1", 0.9, 0.8), map[string]ownKept{"c": {Kin: 2}}), originOf("c", 0.6, 0.8)},
			wantKeep: []string{"c", "s1"}, wantUnlink: []copydesk.Link{{From: "s1", To: "c"}}},
		{name: "a copy that keeps what its sibling added keeps the sibling for its original",
			stored: full, close: fullClose,
			ms:       []match{with(originOf("s1", 0.9, 0.8), map[string]ownKept{"c": {Kin: 5}}), originOf("c", 0.6, 0.8)},
			wantKeep: []string{"s1"}},
	}
	for _, tt := range tests {
		lk := newLinks(nil)
		lk.load(tt.stored, func(x, y string) float64 { return tt.close[pairKey(x, y)] })
		p := lk.choose(a, tt.ms)
		var got []string
		for _, m := range p.keep {
			got = append(got, m.id)
		}
		slices.Sort(got)
		if !reflect.DeepEqual(got, tt.wantKeep) || !reflect.DeepEqual(p.unlink, tt.wantUnlink) {
			t.Errorf("%s: kept %q and unlinked %v, want %q and %v", tt.name, got, p.unlink, tt.wantKeep, tt.wantUnlink)
		}
		if tt.wantNear != nil && !reflect.DeepEqual(p.near, tt.wantNear) {
			t.Errorf("%s: nearest links %v, want %v", tt.name, p.near, tt.wantNear)
		}
	}
}

func TestOwnKepts(t *testing.T) {
	// span gives the shingles from..to-1.
	span := func(from, to int) []uint64 {
		var s []uint64
		for i := from; i < to; i++ {
			s = append(s, uint64(i))
		}
		return s
	}
	// The new article keeps 0-40; "dup" is 0-50 (it added 45-50), "orig"
	// 0-45 with 60-64 of its own, and "far" is a further relative.
	own := span(0, 40)
	sh := map[string][]uint64{"dup": span(0, 50), "orig": append(span(0, 45), span(60, 64)...), "far": span(30, 70)}
	ms := []match{{id: "far", close: 0.1}, {id: "dup", close: 0.8}, {id: "orig", close: 0.7}, {id: "none", close: 0.9}}
	ownKepts(own, ms, sh)
	got := map[string]map[string]ownKept{}
	for _, m := range ms {
		got[m.id] = m.own
	}
	want := map[string]map[string]ownKept{
		// dup's own text against orig is 45-50, none of it kept by the new
		// article; orig keeps 40-45 of what dup has and the new one lacks.
		"dup":  {"orig": {New: 0, Kin: 5}, "far": {New: 30, Kin: 10}},
		"orig": {"dup": {New: 0, Kin: 5}, "far": {New: 30, Kin: 9}},
		// The new article's own text against far is 0-30, which dup and
		// orig keep whole.
		"far":  {"dup": {New: 0, Kin: 10, Own: 30}, "orig": {New: 0, Kin: 9, Own: 30}},
		"none": nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestLoadGoesOn links a new article, then opens the stored relations as a
// restarted process does (load), and checks that each article's nearest
// and the relations kept as other parts are the ones the linking process
// goes on with: a nearest that is not the closest relation (a copy of an
// excerpt's original, closer to the excerpt by chance, does not take it)
// is rebuilt from the relation that names it, not from closeness.
func TestLoadGoesOn(t *testing.T) {
	const a = "new"
	art := func(id string) *copydesk.Article { return &copydesk.Article{ID: id} }
	order := map[string]int64{"orig": 1, "exc": 2, "dup": 3, a: 4}
	added := func(id string) int64 { return order[id] }
	rel := func(from, to string, conf float64, nearestOf ...string) copydesk.Relation {
		return copydesk.Relation{From: from, To: to, Kind: copydesk.Rewrite, Evidence: copydesk.Evidence{Confidence: conf, NearestOf: nearestOf}}
	}
	tests := []struct {
		name   string
		stored []copydesk.Relation
		close  map[[2]string]float64
		ms     []match
		// wantTies, when given, is the tie links each article holds
		// once the new article is linked.
		wantTies map[string]int
	}{
		{name: "a copy of an excerpt's original closer to the excerpt by chance",
			stored: []copydesk.Relation{rel("orig", "exc", 0.9, "exc", "orig")},
			close:  map[[2]string]float64{{"exc", "orig"}: 0.3},
			ms: []match{
				{id: "orig", kind: copydesk.Rewrite, close: 0.9, covered: words(100, 0, 90), own: map[string]ownKept{"exc": {Own: 1}},
					d: provenance.Decision{Original: art("orig"), Copy: art(a), Confidence: 0.8}},
				{id: "exc", kind: copydesk.Rewrite, close: 0.4, covered: words(100, 0, 40),
					d: provenance.Decision{Original: art(a), Copy: art("exc"), Confidence: 0.5}}}},
		{name: "an original arriving after its copies gathers them",
			stored: []copydesk.Relation{rel("exc", "dup", 0.5, "dup", "exc")},
			close:  map[[2]string]float64{{"dup", "exc"}: 0.4},
			ms: []match{
				{id: "exc", kind: copydesk.Rewrite, close: 0.7, covered: words(100, 0, 90), d: provenance.Decision{Original: art(a), Copy: art("exc"), Confidence: 0.8}},
				{id: "dup", kind: copydesk.Rewrite, close: 0.6, covered: words(100, 0, 90), d: provenance.Decision{Original: art(a), Copy: art("dup"), Confidence: 0.8}}}},
		{name: "a copy as close to an excerpt as the excerpt's original is: a tie the excerpt holds",
			stored: []copydesk.Relation{rel("orig", "exc", 0.9, "exc", "orig")},
			close:  map[[2]string]float64{{"exc", "orig"}: 0.5},
			ms: []match{
				{id: "orig", kind: copydesk.Rewrite, close: 0.9, covered: words(100, 0, 90), d: provenance.Decision{Original: art("orig"), Copy: art(a), Confidence: 0.8}},
				{id: "exc", kind: copydesk.Rewrite, close: 0.5, covered: words(100, 0, 40), d: provenance.Decision{Original: art(a), Copy: art("exc"), Confidence: 0.5, Undetermined: true}}},
			wantTies: map[string]int{"exc": 1}},
	}
	for _, tt := range tests {
		closeness := func(x, y string) float64 { return tt.close[pairKey(x, y)] }
		lk := newLinks(added)
		lk.load(tt.stored, closeness)
		p := lk.choose(a, tt.ms)
		var rels []copydesk.Relation
		for _, m := range p.keep {
			r := rel(m.d.Original.ID, m.d.Copy.ID, m.d.Confidence, p.nearestOf(a, m.id)...)
			r.Evidence.Undetermined, r.Evidence.TieOf = m.d.Undetermined, p.tieOf(m.id)
			rels = append(rels, r)
			tt.close[pairKey(a, m.id)] = m.close
		}
		lk.commit(p, rels)
		var all []copydesk.Relation
		for _, r := range tt.stored {
			if !slices.Contains(p.unlink, copydesk.Link{From: r.From, To: r.To}) {
				all = append(all, r)
			}
		}
		again := newLinks(added)
		again.load(append(all, rels...), closeness)
		if !reflect.DeepEqual(again.near, lk.near) || !reflect.DeepEqual(again.extra, lk.extra) {
			t.Errorf("%s: opened again, nearest %v and other parts %v; the linking process has %v and %v", tt.name, again.near, again.extra, lk.near, lk.extra)
		}
		if tt.wantTies != nil && !reflect.DeepEqual(lk.ties, tt.wantTies) {
			t.Errorf("%s: ties %v, want %v", tt.name, lk.ties, tt.wantTies)
		}
		if !reflect.DeepEqual(again.ties, lk.ties) {
			t.Errorf("%s: opened again, ties %v; the linking process has %v", tt.name, again.ties, lk.ties)
		}
	}
}

func TestChained(t *testing.T) {
	const a = "new"
	art := func(id string) *copydesk.Article { return &copydesk.Article{ID: id} }
	dec := func(orig, cp string, conf float64) provenance.Decision {
		return provenance.Decision{Original: art(orig), Copy: art(cp), Confidence: conf}
	}
	undetermined := func(x, y string) provenance.Decision {
		return provenance.Decision{Original: art(x), Copy: art(y), Confidence: 0.5, Undetermined: true}
	}
	rel := func(from, to string, conf float64) copydesk.Relation {
		return copydesk.Relation{From: from, To: to, Kind: copydesk.Duplicate, Evidence: copydesk.Evidence{Confidence: conf}}
	}
	tests := []struct {
		name     string
		stored   []copydesk.Relation
		ms       []match
		wantOrig string // the original decided for the match "m", "" for undetermined
	}{
		{name: "m is the original of x, the new article's original: m is the new article's",
			stored:   []copydesk.Relation{rel("m", "x", 0.99)},
			ms:       []match{{id: "m", d: undetermined(a, "m")}, {id: "x", d: dec("x", a, 0.95)}},
			wantOrig: "m"},
		{name: "the new article is the original of x, m's original: the new article is m's",
			stored:   []copydesk.Relation{rel("x", "m", 0.99)},
			ms:       []match{{id: "m", d: undetermined("m", a)}, {id: "x", d: dec(a, "x", 0.95)}},
			wantOrig: a},
		{name: "x and m both copies of the new article: no chain",
			stored: []copydesk.Relation{rel("x", "m", 0.5)},
			ms:     []match{{id: "m", d: undetermined(a, "m")}, {id: "x", d: dec(a, "x", 0.95)}}},
		{name: "links too weak together",
			stored: []copydesk.Relation{rel("m", "x", 0.8)},
			ms:     []match{{id: "m", d: undetermined(a, "m")}, {id: "x", d: dec("x", a, 0.8)}}},
		{name: "chains that disagree leave it undetermined",
			stored: []copydesk.Relation{rel("m", "x", 0.99), rel("y", "m", 0.99)},
			ms:     []match{{id: "m", d: undetermined(a, "m")}, {id: "x", d: dec("x", a, 0.95)}, {id: "y", d: dec(a, "y", 0.95)}}},
	}
	for _, tt := range tests {
		lk := newLinks(nil)
		lk.load(tt.stored, func(x, y string) float64 { return 0.5 })
		got := lk.chained(a, tt.ms)
		d := got[0].d
		orig := ""
		if decided(d) {
			orig = d.Original.ID
		}
		if orig != tt.wantOrig {
			t.Errorf("%s: original %q (%+v), want %q", tt.name, orig, d, tt.wantOrig)
		}
		if tt.ms[0].d.Confidence != 0.5 {
			t.Errorf("%s: the matches given were changed", tt.name)
		}
	}
}

// A shared-source relation gives, after its reason, what in the texts made
// the pair one (dedup.Match.Why, carried in the match's evidence).
func TestSharedSourceReasons(t *testing.T) {
	const why = "each sets 3 sentences or more of its own among what they share"
	m := match{id: "other", kind: copydesk.SharedSource, close: 0.3, covered: words(100, 0, 60),
		ev: copydesk.Evidence{Direction: []string{why}},
		d:  provenance.Decision{Original: &copydesk.Article{ID: "other"}, Copy: &copydesk.Article{ID: "new"}, Reasons: []string{"a direction no one reads"}}}
	p := newLinks(nil).choose("new", []match{m})
	if len(p.keep) != 1 {
		t.Fatalf("kept %d relations, want the shared-source one", len(p.keep))
	}
	if got, want := p.keep[0].d.Reasons, []string{sharedSourceReason, why}; !reflect.DeepEqual(got, want) {
		t.Errorf("reasons %q, want %q", got, want)
	}
}
