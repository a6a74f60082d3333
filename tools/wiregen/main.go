// Command wiregen writes a generated news corpus (JSONL, one article a line)
// in which articles share sentences the way real news does: wire stories
// reprinted by many outlets (verbatim, edited, cut down or reworded),
// independent reports of one event quoting the same statement, background
// sentences repeated across a story's follow-ups, outlet footers under
// every article of an outlet, and stock sentences that thousands of
// articles carry. It is the corpus the speed figures of the README are
// measured on (with ../shared/bench/vs-datasketch.sh and the scale
// benchmarks); the words are invented so the text is ours: a vocabulary of 20,000 invented words drawn with a Zipf law
// among English function words, in the proportions of English news text.
//
//	go run ./tools/wiregen -n 2000 -seed 1 > /tmp/wire-2k.jsonl
//
// The same -n and -seed always give the same corpus. About 28% of the
// articles are copies of a wire story (a third verbatim, a third edited, a
// fifth cut, the rest reworded), which is the share of syndicated copy
// measured in studies of online news; the most reprinted wire stories are
// carried by a hundred outlets or more in a large corpus. Articles are
// dated at about 1,700 a day, in order, with one in twenty undated.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 2000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	g := newGen(*seed)
	for i := range *n {
		if err := g.write(w, g.article(i)); err != nil {
			fmt.Fprintln(os.Stderr, "wiregen:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "wiregen:", err)
		os.Exit(1)
	}
}

// Doc is one article of the corpus, in copydesk's JSONL form.
type Doc struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title"`
	Text      string `json:"text"`
}

// The shape of the corpus.
const (
	outlets      = 300  // outlets, each with its own footer
	perDay       = 1700 // articles a day
	copyShare    = 0.28 // share of articles that copy a wire story
	wireShare    = 0.3  // share of the original reports that are wire stories
	eventReports = 12   // mean original reports of one event
	storyEvents  = 4    // mean events of one story
	recentWire   = 300  // wire stories still being reprinted
)

type outlet struct {
	name, host string
	footer     []string // lines under every article
}

type story struct {
	background []string // sentences its reports repeat
	names      []string
}

type event struct {
	story  *story
	words  []string
	town   string
	quotes []string // statements several reports quote
	left   int      // original reports still to come
}

type wire struct {
	title string
	paras []string
	when  time.Time
}

type gen struct {
	rng     *rand.Rand
	vocab   []string
	common  *rand.Zipf // over vocab
	fzipf   *rand.Zipf // over function
	outlets []outlet
	stock   []string // sentences carried by thousands of articles
	events  []*event
	stories []*story
	wires   []*wire
	zipf    *rand.Zipf
	start   time.Time
}

func newGen(seed uint64) *gen {
	rng := rand.New(rand.NewPCG(seed, 17))
	g := &gen{rng: rng, start: time.Date(2031, 3, 1, 6, 0, 0, 0, time.UTC)}
	g.vocab = make([]string, vocabulary)
	for i := range g.vocab {
		g.vocab[i] = strings.ToLower(g.name())
	}
	g.common = rand.NewZipf(rng, 1.05, 10, vocabulary-1)
	g.fzipf = rand.NewZipf(rng, 1.1, 1, uint64(len(function)-1))
	g.zipf = rand.NewZipf(rng, 1.2, 1, recentWire-1)
	for i := range outlets {
		name := "The " + g.name() + " " + []string{"Courier", "Herald", "Post", "Ledger", "Tribune", "Gazette"}[i%6]
		o := outlet{name: name, host: strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, "The "), " ", "")) + ".example"}
		o.footer = []string{
			name + " is an independent newsroom serving " + g.name() + " and the " + g.name() + " valley since 19" + fmt.Sprint(10+rng.IntN(89)) + ".",
			"Subscribe to " + name + "'s morning newsletter.",
		}
		if rng.IntN(3) == 0 {
			o.footer = append(o.footer, "Tips and corrections: write to "+name+" at any hour of the day.")
		}
		g.outlets = append(g.outlets, o)
	}
	for range 8 {
		g.stock = append(g.stock, g.plain())
	}
	return g
}

// syllables make the invented names.
var syllables = strings.Fields("ab ko ri nel to vas pe dor in ul bri sa mo ge hal tur ne lus fi ram os bel cu den vi sor")

// name is an invented proper name of two or three syllables.
func (g *gen) name() string {
	var b strings.Builder
	for range 2 + g.rng.IntN(2) {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// vocabulary is the number of invented content words.
const vocabulary = 20000

// function are English function words, most frequent first; they make
// about 45% of the words of a sentence, as in English news text.
var function = strings.Fields("the of to and a in that for on is was said with he it as at by from his be have has are an but they not who were had will after this been their its which would more also about than two one new or over when up out into last year")

// words writes n words of ordinary text.
func (g *gen) ordinary(n int) []string {
	w := make([]string, n)
	for i := range w {
		if g.rng.IntN(20) < 9 {
			w[i] = function[g.fzipf.Uint64()]
		} else {
			w[i] = g.vocab[g.common.Uint64()]
		}
	}
	return w
}

// plain writes a sentence of ordinary text, about nothing in particular.
func (g *gen) plain() string {
	w := g.ordinary(12 + g.rng.IntN(14))
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// sentence writes a sentence about ev: the event's words and names mixed
// into ordinary text.
func (g *gen) sentence(ev *event) string {
	w := g.ordinary(12 + g.rng.IntN(14))
	for i := range w {
		if g.rng.IntN(6) == 0 {
			w[i] = ev.words[g.rng.IntN(len(ev.words))]
		}
	}
	w[g.rng.IntN(len(w))] = ev.town
	if g.rng.IntN(2) == 0 {
		w[g.rng.IntN(len(w))] = ev.story.names[g.rng.IntN(len(ev.story.names))]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// event returns the event of the next original report: a running one, or
// a new one, in a running story or a new one.
func (g *gen) event() *event {
	if len(g.events) > 0 && g.rng.IntN(eventReports) > 0 {
		ev := g.events[g.rng.IntN(len(g.events))]
		if ev.left--; ev.left <= 0 {
			g.events = remove(g.events, ev)
		}
		return ev
	}
	var st *story
	if len(g.stories) > 0 && g.rng.IntN(storyEvents) > 0 {
		st = g.stories[g.rng.IntN(len(g.stories))]
	} else {
		st = &story{}
		for range 3 {
			st.names = append(st.names, g.name()+" "+g.name())
		}
		g.stories = append(g.stories, st)
		if len(g.stories) > 200 {
			g.stories = g.stories[1:]
		}
		ev := &event{story: st, town: g.name(), words: g.words(20)}
		for range 3 {
			st.background = append(st.background, g.sentence(ev))
		}
	}
	ev := &event{story: st, town: g.name(), words: g.words(40), left: 1 + g.rng.IntN(2*eventReports)}
	for range 2 {
		ev.quotes = append(ev.quotes, "\""+g.sentence(ev)+"\" "+st.names[g.rng.IntN(len(st.names))]+" said.")
	}
	g.events = append(g.events, ev)
	if len(g.events) > 400 {
		g.events = g.events[1:]
	}
	return ev
}

func (g *gen) words(n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = strings.ToLower(g.name())
	}
	return w
}

func remove[T comparable](s []T, x T) []T {
	for i, y := range s {
		if y == x {
			return append(s[:i], s[i+1:]...)
		}
	}
	return s
}

// report writes the paragraphs of an original report on ev.
func (g *gen) report(ev *event, o outlet) (string, []string) {
	title := strings.TrimSuffix(g.sentence(ev), ".")
	var paras []string
	for k := range 6 + g.rng.IntN(6) {
		var p []string
		for range 1 + g.rng.IntN(3) {
			p = append(p, g.sentence(ev))
		}
		switch {
		case k == 0:
			p[0] = strings.ToUpper(ev.town) + " (" + o.name + ") — " + p[0]
		case k == 2 && g.rng.IntN(2) == 0:
			p = append(p, ev.quotes[g.rng.IntN(len(ev.quotes))])
		case k == 4 && g.rng.IntN(2) == 0:
			p = append(p, ev.story.background[g.rng.IntN(len(ev.story.background))])
		}
		paras = append(paras, strings.Join(p, " "))
	}
	if g.rng.IntN(3) == 0 {
		paras = append(paras, g.stock[g.rng.IntN(len(g.stock))])
	}
	return title, paras
}

// article makes the i-th article.
func (g *gen) article(i int) Doc {
	o := g.outlets[g.rng.IntN(len(g.outlets))]
	when := g.start.Add(time.Duration(i) * 24 * time.Hour / perDay).Add(time.Duration(g.rng.IntN(90)) * time.Minute)
	d := Doc{ID: fmt.Sprintf("wire-%07d", i), Source: o.name}
	var title string
	var paras []string
	if len(g.wires) > 0 && g.rng.Float64() < copyShare {
		w := g.wires[len(g.wires)-1-min(int(g.zipf.Uint64()), len(g.wires)-1)]
		title, paras = g.reprint(w, o)
		when = w.when.Add(time.Duration(5+g.rng.IntN(600)) * time.Minute)
	} else {
		ev := g.event()
		title, paras = g.report(ev, o)
		if g.rng.Float64() < wireShare {
			g.wires = append(g.wires, &wire{title: title, paras: paras, when: when})
			if len(g.wires) > recentWire {
				g.wires = g.wires[1:]
			}
		}
	}
	paras = append(paras, o.footer...)
	d.Title, d.Text = title, strings.Join(paras, "\n\n")
	d.URL = fmt.Sprintf("https://%s/%s/%07d", o.host, when.Format("2006/01/02"), i)
	if g.rng.IntN(20) > 0 {
		d.Published = when.Format(time.RFC3339)
	}
	return d
}

// reprint is an outlet's copy of a wire story: verbatim, edited (a word
// changed here and there, a paragraph dropped, a local line added), cut to
// its first paragraphs, or reworded sentence by sentence.
func (g *gen) reprint(w *wire, o outlet) (string, []string) {
	paras := append([]string(nil), w.paras...)
	title := w.title
	switch r := g.rng.IntN(20); {
	case r < 7:
	case r < 14:
		paras = g.edit(paras, 0.03)
		if len(paras) > 4 {
			k := 1 + g.rng.IntN(len(paras)-1)
			paras = append(paras[:k], paras[k+1:]...)
		}
		paras = append(paras, g.plain())
	case r < 18:
		paras = paras[:max(2, len(paras)*(4+g.rng.IntN(3))/10)]
	default:
		title = g.edit([]string{title}, 0.3)[0]
		paras = g.edit(paras, 0.3)
	}
	return title, paras
}

// edit changes about share of the words of paras: dropped, replaced or
// moved next to their neighbour.
func (g *gen) edit(paras []string, share float64) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		w := strings.Fields(p)
		var e []string
		for j := 0; j < len(w); j++ {
			if g.rng.Float64() >= share {
				e = append(e, w[j])
				continue
			}
			switch g.rng.IntN(3) {
			case 0: // dropped
			case 1:
				e = append(e, strings.ToLower(g.name()))
			default:
				if j+1 < len(w) {
					e = append(e, w[j+1], w[j])
					j++
				} else {
					e = append(e, w[j])
				}
			}
		}
		out[i] = strings.Join(e, " ")
	}
	return out
}

func (g *gen) write(w *bufio.Writer, d Doc) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}
