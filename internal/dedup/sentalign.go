package dedup

import (
	"cmp"
	"sync"
)

// sentWord is one content word of one sentence: the hash of its stem or of
// its synonym class, and the sentence's number. A Fingerprint keeps them
// sorted by hash, so that the sentence pairs of two texts that share words
// are found by one merge of the two lists, without looking at the pairs
// that share none: those are nearly all the pairs of two unrelated texts,
// and similarity 0 whatever their words.
type sentWord struct {
	hash uint64
	sent int32
}

// sentWords lists the keys of the sentences that can align (at least
// minSentenceStems stems, see pairSim), sorted by hash, then sentence.
func sentWords(ss []Sentence, keys func(*Sentence) []uint64) []sentWord {
	n := 0
	for i := range ss {
		if len(ss[i].Stems) >= minSentenceStems {
			n += len(keys(&ss[i]))
		}
	}
	keyed := make([]sentWord, 0, n)
	for i := range ss {
		if len(ss[i].Stems) < minSentenceStems {
			continue
		}
		for _, h := range keys(&ss[i]) {
			keyed = append(keyed, sentWord{h, int32(i)})
		}
	}
	out := make([]sentWord, n)
	sortByHashInto(out, keyed, func(w sentWord) uint64 { return w.hash }, func(x, y sentWord) int {
		if c := cmp.Compare(x.hash, y.hash); c != 0 {
			return c
		}
		return cmp.Compare(x.sent, y.sent)
	})
	return out
}

// simTable holds the similarities of the sentence pairs of two texts a and
// b (na and nb sentences), cell i*nb+j for a's sentence i and b's j: sim
// for one sentence with one, sim12 for a's i with b's j and j+1 joined (a
// split), sim21 for a's i and i+1 joined with b's j (a merge). Each is zero
// below the least similarity. The slices are scratch space reused between
// comparisons; cells lists the cells written, so that only they are
// cleared.
type simTable struct {
	na, nb            int
	ns, nc            []int32 // shared stems and classes per cell
	sim, sim12, sim21 []float64
	cells             []int32 // cells with shared words (ns, nc, sim)
	joins             []int32 // cells of sim12 and sim21 written
	// best and move are the alignment's dynamic programme.
	best []float64
	move []uint8
	// share is maxShare's best similarity per sentence.
	share []float64
}

var tables = sync.Pool{New: func() any { return new(simTable) }}

// grow makes s a slice of at least n zeroed elements, reusing its memory.
// Callers keep the elements they wrote zeroed again after use, so only new
// memory is cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// newSimTable computes the similarities of the sentence pairs of a and b
// that share at least two content words, the only pairs pairSim can find
// similar, at least minSim; on synonym classes with syn.
func newSimTable(a, b *Fingerprint, minSim float64, syn bool) *simTable {
	t := tables.Get().(*simTable)
	t.na, t.nb = len(a.Sentences), len(b.Sentences)
	n := t.na * t.nb
	t.ns, t.nc = grow(t.ns, n), grow(t.nc, n)
	t.sim, t.sim12, t.sim21 = grow(t.sim, n), grow(t.sim12, n), grow(t.sim21, n)
	t.cells, t.joins = t.cells[:0], t.joins[:0]
	t.count(a.stemWords, b.stemWords, t.ns)
	if syn {
		t.count(a.classWords, b.classWords, t.nc)
	}
	nb := t.nb
	keep := func(v float64) float64 {
		if v < minSim {
			return 0
		}
		return v
	}
	for _, c := range t.cells {
		x, y := &a.Sentences[int(c)/nb], &b.Sentences[int(c)%nb]
		t.sim[c] = keep(simOf(x, y, t.ns[c], t.nc[c], syn))
	}
	// Splits and merges are only tried next to a sentence pair that
	// already shares words (as pairSim finds it), as in the dense
	// definition: a split of b's j and j+1 when a's i is similar to one of
	// them, a merge of a's i and i+1 likewise.
	stems := func(fp *Fingerprint, i int) []uint64 { return fp.Sentences[i].rewriteKeys(syn) }
	try12 := func(i, j int) {
		c := i*nb + j
		if j < 0 || j+1 >= nb || t.sim12[c] != 0 || (t.sim[c] == 0 && t.sim[c+1] == 0) {
			return
		}
		if isPart(stems(b, j), stems(a, i)) && isPart(stems(b, j+1), stems(a, i)) {
			if hasItself(&a.Sentences[i], &b.Sentences[j], &b.Sentences[j+1]) {
				return
			}
			if v := keep(pairSim(&a.Sentences[i], joined(&b.Sentences[j], &b.Sentences[j+1]), syn)); v > 0 {
				t.sim12[c] = v
				t.joins = append(t.joins, int32(c))
			}
		}
	}
	try21 := func(i, j int) {
		c := i*nb + j
		if i < 0 || i+1 >= t.na || t.sim21[c] != 0 || (t.sim[c] == 0 && t.sim[c+nb] == 0) {
			return
		}
		if isPart(stems(a, i), stems(b, j)) && isPart(stems(a, i+1), stems(b, j)) {
			if hasItself(&b.Sentences[j], &a.Sentences[i], &a.Sentences[i+1]) {
				return
			}
			if v := keep(pairSim(joined(&a.Sentences[i], &a.Sentences[i+1]), &b.Sentences[j], syn)); v > 0 {
				t.sim21[c] = v
				t.joins = append(t.joins, int32(c))
			}
		}
	}
	for _, c := range t.cells {
		if t.sim[c] == 0 {
			continue
		}
		i, j := int(c)/nb, int(c)%nb
		try12(i, j)
		try12(i, j-1)
		try21(i, j)
		try21(i-1, j)
	}
	return t
}

// hasItself reports whether one of the two sentences x and y that a split
// or merge would join is the sentence s itself, word for word: s then
// aligns with it one to one, identical, not with both joined. A headline
// made of its lead's words, joined with that lead, matches the lead as well
// as the lead does, and a join counts 1.5: an excerpt starting at the
// original's first sentence had that sentence shown joined and changed.
func hasItself(s, x, y *Sentence) bool { return s.Hash == x.Hash || s.Hash == y.Hash }

// count adds to per the words that each sentence pair shares, merging two
// sorted word lists, and records the cells it touches first.
func (t *simTable) count(a, b []sentWord, per []int32) {
	nb := int32(t.nb)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ha, hb := a[i].hash, b[j].hash
		switch {
		case ha < hb:
			i++
			continue
		case ha > hb:
			j++
			continue
		}
		ie, je := i+1, j+1
		for ie < len(a) && a[ie].hash == ha {
			ie++
		}
		for je < len(b) && b[je].hash == ha {
			je++
		}
		for _, x := range a[i:ie] {
			row := x.sent * nb
			for _, y := range b[j:je] {
				c := row + y.sent
				if t.ns[c] == 0 && t.nc[c] == 0 {
					t.cells = append(t.cells, c)
				}
				per[c]++
			}
		}
		i, j = ie, je
	}
}

// simOf is pairSim of x and y given the number of stems (ns) and synonym
// classes (nc) they share.
func simOf(x, y *Sentence, ns, nc int32, syn bool) float64 {
	if len(x.Stems) < minSentenceStems || len(y.Stems) < minSentenceStems {
		return 0
	}
	if !syn {
		if ns < 2 {
			return 0
		}
		return 2 * float64(ns) / float64(len(x.Stems)+len(y.Stems))
	}
	n := float64(ns) + synonymWeight*max(0, float64(nc)-float64(ns))
	if n < 2 {
		return 0
	}
	return min(1, 2*n/float64(len(x.Stems)+len(y.Stems)))
}

// release clears what the table wrote and returns it to the pool.
func (t *simTable) release() {
	for _, c := range t.cells {
		t.ns[c], t.nc[c], t.sim[c] = 0, 0, 0
	}
	for _, c := range t.joins {
		t.sim12[c], t.sim21[c] = 0, 0
	}
	t.cells, t.joins = t.cells[:0], t.joins[:0]
	tables.Put(t)
}

// maxShare bounds from above the share rewriteShare can find in any
// alignment of a and b: each content sentence of the shorter text counts
// at most its best similarity in any group it can be part of.
func (t *simTable) maxShare(a, b *Fingerprint) float64 {
	ca, cb := contentSentences(a), contentSentences(b)
	if ca == 0 || cb == 0 {
		return 0
	}
	nb := t.nb
	onA := cb >= ca
	n := ca
	if !onA {
		n = cb
	}
	x := a
	if !onA {
		x = b
	}
	t.share = grow(t.share, len(x.Sentences))
	best := t.share
	defer clear(best)
	note := func(i int, v float64) {
		if v > 0 && v > best[i] {
			best[i] = v
		}
	}
	for _, c := range t.cells {
		i, j := int(c)/nb, int(c)%nb
		if onA {
			note(i, t.sim[c])
		} else {
			note(j, t.sim[c])
		}
	}
	for _, c := range t.joins {
		i, j := int(c)/nb, int(c)%nb
		if onA {
			note(i, t.sim12[c])
			note(i, t.sim21[c])
			note(i+1, t.sim21[c])
		} else {
			note(j, t.sim12[c])
			note(j+1, t.sim12[c])
			note(j, t.sim21[c])
		}
	}
	sum := 0.0
	for i, v := range best {
		if x.Sentences[i].Content {
			sum += v
		}
	}
	return min(1, sum/float64(n))
}

// align finds the in-order alignment of a's and b's sentences that
// maximises the similarity of the aligned groups, each at least minSim: a
// sentence aligns with one sentence, or with two adjacent ones (a split or
// merge, weighted 1.5 as it covers three sentences); unaligned sentences
// (drops) cost nothing. A split gives two Pairs with the same sentence.
// With syn, sentences are compared on synonym classes, else on stems.
func align(a, b *Fingerprint, minSim float64, syn bool) []Pair {
	if len(a.Sentences) == 0 || len(b.Sentences) == 0 {
		return nil
	}
	t := newSimTable(a, b, minSim, syn)
	defer t.release()
	return t.align(a, b)
}

// align runs the dynamic programme over the table.
func (t *simTable) align(a, b *Fingerprint) []Pair {
	na, nb := t.na, t.nb
	if len(t.cells) == 0 {
		return nil
	}
	sim, sim12, sim21 := t.sim, t.sim12, t.sim21
	// best[i][j] is the best score aligning a[i:] with b[j:]; the rows and
	// columns past the end stay zero.
	w := nb + 1
	t.best = grow(t.best, (na+2)*(w+1))
	t.move = grow(t.move, (na+1)*w)
	best, move := t.best, t.move
	clear(best[na*(w+1):])
	for i := range na {
		best[i*(w+1)+nb] = 0
		best[i*(w+1)+nb+1] = 0
	}
	at := func(i, j int) float64 { return best[i*(w+1)+j] }
	for i := na - 1; i >= 0; i-- {
		for j := nb - 1; j >= 0; j-- {
			v, m := at(i+1, j), uint8(moveSkipA)
			if x := at(i, j+1); x > v {
				v, m = x, moveSkipB
			}
			c := i*nb + j
			if s := sim[c]; s > 0 && s+at(i+1, j+1) > v {
				v, m = s+at(i+1, j+1), move11
			}
			if s := sim12[c]; s > 0 && 1.5*s+at(i+1, j+2) > v {
				v, m = 1.5*s+at(i+1, j+2), move12
			}
			if s := sim21[c]; s > 0 && 1.5*s+at(i+2, j+1) > v {
				v, m = 1.5*s+at(i+2, j+1), move21
			}
			best[i*(w+1)+j] = v
			move[i*w+j] = m
		}
	}
	var pairs []Pair
	for i, j := 0, 0; i < na && j < nb; {
		switch move[i*w+j] {
		case moveSkipA:
			i++
		case moveSkipB:
			j++
		case move11:
			pairs = append(pairs, Pair{A: i, B: j, Sim: sim[i*nb+j], Identical: a.Sentences[i].Hash == b.Sentences[j].Hash})
			i++
			j++
		case move12:
			s := sim12[i*nb+j]
			pairs = append(pairs, Pair{A: i, B: j, Sim: s}, Pair{A: i, B: j + 1, Sim: s})
			i++
			j += 2
		case move21:
			s := sim21[i*nb+j]
			pairs = append(pairs, Pair{A: i, B: j, Sim: s}, Pair{A: i + 1, B: j, Sim: s})
			i += 2
			j++
		}
	}
	return pairs
}
