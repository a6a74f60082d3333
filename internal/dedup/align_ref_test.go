package dedup

// alignDense is the alignment as it was first written, comparing every
// sentence pair: the reference the sparse align must agree with.
func alignDense(a, b *Fingerprint, minSim float64, syn bool) []Pair {
	na, nb := len(a.Sentences), len(b.Sentences)
	if na == 0 || nb == 0 {
		return nil
	}
	stems := func(fp *Fingerprint, i int) []uint64 { return fp.Sentences[i].rewriteKeys(syn) }
	keep := func(v float64) float64 {
		if v < minSim {
			return 0
		}
		return v
	}
	sim := make([]float64, na*nb)
	for i := range na {
		for j := range nb {
			sim[i*nb+j] = keep(pairSim(&a.Sentences[i], &b.Sentences[j], syn))
		}
	}
	// Splits are only tried next to a sentence pair that already shares
	// words, which keeps the cost near na*nb.
	sim12 := make(map[int]float64)
	sim21 := make(map[int]float64)
	for i := range na {
		for j := range nb {
			if j+1 < nb && (sim[i*nb+j] > 0 || sim[i*nb+j+1] > 0) &&
				isPart(stems(b, j), stems(a, i)) && isPart(stems(b, j+1), stems(a, i)) {
				if v := keep(pairSim(&a.Sentences[i], joined(&b.Sentences[j], &b.Sentences[j+1]), syn)); v > 0 && !hasItself(&a.Sentences[i], &b.Sentences[j], &b.Sentences[j+1]) {
					sim12[i*nb+j] = v
				}
			}
			if i+1 < na && (sim[i*nb+j] > 0 || sim[(i+1)*nb+j] > 0) &&
				isPart(stems(a, i), stems(b, j)) && isPart(stems(a, i+1), stems(b, j)) {
				if v := keep(pairSim(joined(&a.Sentences[i], &a.Sentences[i+1]), &b.Sentences[j], syn)); v > 0 && !hasItself(&b.Sentences[j], &a.Sentences[i], &a.Sentences[i+1]) {
					sim21[i*nb+j] = v
				}
			}
		}
	}
	// best[i][j] is the best score aligning a[i:] with b[j:].
	w := nb + 1
	best := make([]float64, (na+2)*(w+1))
	move := make([]uint8, (na+1)*w)
	at := func(i, j int) float64 { return best[i*(w+1)+j] }
	for i := na - 1; i >= 0; i-- {
		for j := nb - 1; j >= 0; j-- {
			v, m := at(i+1, j), uint8(moveSkipA)
			if x := at(i, j+1); x > v {
				v, m = x, moveSkipB
			}
			if s := sim[i*nb+j]; s > 0 && s+at(i+1, j+1) > v {
				v, m = s+at(i+1, j+1), move11
			}
			if s := sim12[i*nb+j]; s > 0 && 1.5*s+at(i+1, j+2) > v {
				v, m = 1.5*s+at(i+1, j+2), move12
			}
			if s := sim21[i*nb+j]; s > 0 && 1.5*s+at(i+2, j+1) > v {
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
