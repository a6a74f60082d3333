package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/copydesk/copydesk"
)

// synth generates a corpus of invented articles and copies of them from a
// fixed seed: sentences are drawn from a pool of made-up words (with common
// English function words between them), and copies are made by the edits a
// copy desk makes.
type synth struct {
	r        *rand.Rand
	pool     []string
	synonym  map[string]string
	zipf     *rand.Zipf
	function []string
}

func newSynth(seed uint64) *synth {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	s := &synth{r: r, synonym: make(map[string]string)}
	syll := []string{"ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "dra", "ni", "gos", "bre", "ta", "lin", "mar", "qu", "zo", "fen", "ul", "ish"}
	seen := map[string]bool{}
	for len(s.pool) < 3000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		w := b.String()
		if !seen[w] {
			seen[w] = true
			s.pool = append(s.pool, w)
		}
	}
	// Every word gets a synonym: another pool word.
	for _, w := range s.pool {
		s.synonym[w] = s.pool[r.IntN(len(s.pool))]
	}
	s.zipf = rand.NewZipf(r, 1.1, 8, uint64(len(s.pool)-1))
	s.function = []string{"the", "of", "and", "to", "in", "a", "was", "that", "for", "on", "with", "said"}
	return s
}

func (s *synth) word() string { return s.pool[s.zipf.Uint64()] }

// sentence returns one sentence as a list of words (first capitalised on
// output), with a clause break (",") somewhere in the middle.
func (s *synth) sentence() []string {
	n := 8 + s.r.IntN(15)
	out := make([]string, 0, n+1)
	for i := range n {
		if i > 0 && s.r.IntN(3) == 0 {
			out = append(out, s.function[s.r.IntN(len(s.function))])
			continue
		}
		out = append(out, s.word())
		if i == n/2 {
			out = append(out, ",")
		}
	}
	return out
}

type synthArticle struct {
	title string
	sents [][]string
}

func (s *synth) article(minSents, maxSents int) synthArticle {
	a := synthArticle{title: render([][]string{s.sentence()[:6]})}
	for range minSents + s.r.IntN(maxSents-minSents+1) {
		a.sents = append(a.sents, s.sentence())
	}
	return a
}

// render writes sentences as text: capitalised, full stops, two per
// paragraph.
func render(sents [][]string) string {
	var b strings.Builder
	for i, sent := range sents {
		if i > 0 {
			if i%2 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		for j, w := range sent {
			switch {
			case w == ",":
				b.WriteString(",")
				continue
			case j > 0:
				b.WriteByte(' ')
			}
			if j == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		b.WriteByte('.')
	}
	return b.String()
}

func (a synthArticle) text() string { return render(a.sents) }

func clone(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = append([]string(nil), s...)
	}
	return out
}

// spin paraphrases sentence by sentence: about half the content words
// replaced by their synonym, clauses swapped in some sentences, one long
// sentence split in two, and one sentence dropped.
func (s *synth) spin(a synthArticle) synthArticle {
	out := synthArticle{title: render([][]string{{s.word(), s.word(), s.word(), s.word()}})}
	drop := s.r.IntN(len(a.sents))
	for i, sent := range clone(a.sents) {
		if i == drop && len(a.sents) > 4 {
			continue
		}
		for j, w := range sent {
			if syn, ok := s.synonym[w]; ok && s.r.IntN(10) < 3 {
				sent[j] = syn
			}
		}
		if k := indexOf(sent, ","); k > 0 && s.r.IntN(2) == 0 {
			sent = append(append(append([]string{}, sent[k+1:]...), ","), sent[:k]...)
		}
		if k := indexOf(sent, ","); k > 3 && len(sent)-k > 4 && s.r.IntN(4) == 0 {
			out.sents = append(out.sents, sent[:k], sent[k+1:])
			continue
		}
		out.sents = append(out.sents, sent)
	}
	return out
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

// synthDoc is one generated article with what it was made as.
type synthDoc struct {
	id, title, text string
	made            copydesk.Kind // "" for an original or unrelated article
	of              int           // the index of its original, -1 if none
}

// corpus generates n articles: originals, and copies of earlier originals of
// every kind.
func (s *synth) corpus(n int) []synthDoc {
	var docs []synthDoc
	var originals []int
	var arts []synthArticle
	add := func(a synthArticle, title, text string, made copydesk.Kind, of int) {
		docs = append(docs, synthDoc{id: fmt.Sprintf("s%04d", len(docs)), title: title, text: text, made: made, of: of})
		arts = append(arts, a)
	}
	for len(docs) < n {
		if len(originals) < 5 || s.r.IntN(10) < 3 {
			a := s.article(6, 20)
			originals = append(originals, len(docs))
			add(a, a.title, a.text(), "", -1)
			continue
		}
		oi := originals[s.r.IntN(len(originals))]
		o := arts[oi]
		kind := s.r.IntN(6)
		if kind == 3 && len(o.sents) < 10 {
			kind = 2 // too short to embed a long excerpt of
		}
		switch kind {
		case 0: // duplicate, maybe under another headline
			title := o.title
			if s.r.IntN(2) == 0 {
				title = render([][]string{{s.word(), s.word(), s.word()}})
			}
			add(o, title, o.text(), copydesk.Duplicate, oi)
		case 1: // near-duplicate: new headline, a dropped sentence, a changed word
			c := synthArticle{title: render([][]string{{s.word(), s.word(), s.word()}}), sents: clone(o.sents)}
			if len(c.sents) >= 10 {
				k := s.r.IntN(len(c.sents))
				c.sents = append(c.sents[:k], c.sents[k+1:]...)
			}
			c.sents[0][len(c.sents[0])-1] = s.word()
			add(c, c.title, c.text(), copydesk.NearDuplicate, oi)
		case 2: // excerpt alone: at most half the original
			k := min(3+s.r.IntN(3), len(o.sents)/2)
			start := s.r.IntN(len(o.sents) - k + 1)
			c := synthArticle{sents: clone(o.sents[start : start+k])}
			add(c, "", c.text(), copydesk.Excerpt, oi)
		case 3: // excerpt embedded in other text: at most half the original
			k := min(5+s.r.IntN(3), len(o.sents)/2)
			start := s.r.IntN(len(o.sents) - k + 1)
			host := s.article(4, 8)
			c := synthArticle{title: host.title}
			c.sents = append(c.sents, host.sents[:2]...)
			c.sents = append(c.sents, clone(o.sents[start:start+k])...)
			c.sents = append(c.sents, host.sents[2:]...)
			add(c, c.title, c.text(), copydesk.Excerpt, oi)
		default: // spun rewrite
			c := s.spin(o)
			add(c, c.title, c.text(), copydesk.Rewrite, oi)
		}
	}
	return docs
}
