package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

// The labelled corpora under shared/eval (outside the repository) measure
// the clusterer alone, without the copy detection that joins copies to
// their originals' events in the full pipeline.

type labelled struct {
	Item
	event, story string
}

// record is one line of a labelled corpus, as far as the clusterer tests
// read it.
type record struct {
	ID, Lang, Title, Text, Event, Story, Part string
	Published                                 time.Time
}

// readCorpus returns the records of the JSONL corpus at path that keep
// accepts, each as a labelled item numbered in file order, skipping the
// test when the corpus is absent.
func readCorpus(t testing.TB, path string, keep func(r *record) bool) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus: %v", err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if !keep(&r) {
			continue
		}
		id := fmt.Sprintf("a%05d", len(out))
		out = append(out, labelled{Item{ID: id, Title: r.Title, Text: r.Text, Time: r.Published, Lang: r.Lang}, r.Event, r.Story})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

func loadCorpus(t testing.TB, path, part string) []labelled {
	t.Helper()
	return readCorpus(t, path, func(r *record) bool { return corpus.InPart(part, r.Story) })
}

// bcubed returns BCubed F1 of got against gold, both keyed by item.
func bcubed(got, gold []string) float64 {
	gotN, goldN, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for i := range got {
		gotN[got[i]]++
		goldN[gold[i]]++
		both[[2]string{got[i], gold[i]}]++
	}
	var p, r float64
	for i := range got {
		b := float64(both[[2]string{got[i], gold[i]}])
		p += b / float64(gotN[got[i]])
		r += b / float64(goldN[gold[i]])
	}
	p, r = p/float64(len(got)), r/float64(len(got))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// score clusters docs in order, refines once at the end (as an add does)
// and returns BCubed F1 for events and stories.
func score(docs []labelled, opts Options) (events, stories float64) {
	c := New(opts)
	var goldE, goldS []string
	for _, d := range docs {
		c.Assign(d.Item)
		goldE, goldS = append(goldE, d.event), append(goldS, d.story)
	}
	c.Refine()
	// Merges and re-placements move articles: ask where each is now.
	gotE, gotS := make([]string, len(docs)), make([]string, len(docs))
	for i, d := range docs {
		gotE[i] = c.EventOf(d.ID)
		gotS[i] = c.events[gotE[i]].story
	}
	return bcubed(gotE, goldE), bcubed(gotS, goldS)
}

// offlineScore clusters docs offline (see Offline) and returns BCubed F1
// for events and stories.
func offlineScore(docs []labelled, opts Options) (events, stories float64) {
	items := make([]Item, len(docs))
	var goldE, goldS []string
	for i, d := range docs {
		items[i] = d.Item
		goldE, goldS = append(goldE, d.event), append(goldS, d.story)
	}
	ev, st := Offline(items, nil, opts)
	gotE, gotS := make([]string, len(docs)), make([]string, len(docs))
	for i, d := range docs {
		gotE[i], gotS[i] = ev[d.ID], st[d.ID]
	}
	return bcubed(gotE, goldE), bcubed(gotS, goldS)
}

func TestCorpora(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("no shared/eval corpora")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	if corpus.Race {
		t.Skip("an evaluation of minutes, not run under the race detector: go test ./internal/cluster -run Corpora")
	}
	if os.Getenv("COPYDESK_CORPORA") == "" {
		t.Skip("an evaluation of minutes on 2 cores, run on demand: COPYDESK_CORPORA=1 go test ./internal/cluster -run Corpora")
	}
	// The held-out halves are scored only when asked for by name
	// (COPYDESK_CORPORA=heldout): whoever develops cluster rules runs this
	// test for the tune halves and must not see the held-out figures.
	withHeldout := os.Getenv("COPYDESK_CORPORA") == "heldout"
	// Floors a little under the figures measured with the defaults (ECB+
	// events 0.894 and 0.856, UCI stories 0.839 and 0.855): ECB+ is scored
	// on events (its stories pair two happenings of one kind), UCI
	// headlines on stories. Here the ECB+ reports carry no dates (the
	// pipeline finds them in the text of half of them), so Refine has no
	// dated core to split undated reports from, and the merges that the
	// split keeps in check through the pipeline cost a little: with the
	// old merge test (MergeThreshold 0.4, MergeCohesion 1) the clusterer
	// alone scored 0.924 and 0.888. Five shuffled orders of each part
	// (fixed seeds) show how much the result depends on arrival order.
	for _, tc := range []struct {
		corpus, part    string
		events, stories float64
	}{
		{"ecbplus-dev", "tune", 0.88, 0},
		{"ecbplus-dev", "heldout", 0.84, 0},
		{"uci-dev", "tune", 0, 0.82},
		{"uci-dev", "heldout", 0, 0.83},
	} {
		if tc.part == "heldout" && !withHeldout {
			t.Logf("%s %s: not scored (COPYDESK_CORPORA=heldout scores the held-out halves)", tc.corpus, tc.part)
			continue
		}
		docs := loadCorpus(t, filepath.Join(shared, "eval", tc.corpus, "corpus.jsonl"), tc.part)
		e, s := score(docs, Options{})
		oe, os := offlineScore(docs, Options{})
		t.Logf("%s %s: events %.3f stories %.3f; offline (recluster) events %.3f stories %.3f", tc.corpus, tc.part, e, s, oe, os)
		if e < tc.events || s < tc.stories {
			t.Errorf("%s %s: got BCubed F1 events %.3f stories %.3f, want at least %.2f and %.2f", tc.corpus, tc.part, e, s, tc.events, tc.stories)
		}
		// The same orders without re-placement show what it adds.
		for _, o := range []struct {
			name string
			opts Options
		}{{"", Options{}}, {" without re-placement", Options{RefineFactor: -1}}} {
			var es, ss []string
			var eSum, sSum float64
			for seed := uint64(1); seed <= 5; seed++ {
				shuffled := slices.Clone(docs)
				r := rand.New(rand.NewPCG(seed, 7))
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				e, s := score(shuffled, o.opts)
				es, ss = append(es, fmt.Sprintf("%.3f", e)), append(ss, fmt.Sprintf("%.3f", s))
				eSum, sSum = eSum+e, sSum+s
			}
			t.Logf("%s %s, 5 shuffled orders%s: events %s (mean %.3f), stories %s (mean %.3f)", tc.corpus, tc.part, o.name,
				strings.Join(es, " "), eSum/5, strings.Join(ss, " "), sSum/5)
		}
	}
}

// loadWMT reads the WMT14 Russian-English corpus of part: each Russian
// article and its English translation are one story (their ids differ by
// the last "-ru" or "-en"); the corpus gives each document's part.
func loadWMT(t testing.TB, part string) []labelled {
	t.Helper()
	path := filepath.Join(corpus.SharedDir(), "eval", "wmt14-ru-en", "corpus.jsonl")
	return readCorpus(t, path, func(r *record) bool {
		r.Story = r.ID[:strings.LastIndexByte(r.ID, '-')]
		r.Event = r.Story
		return r.Part == part
	})
}

// place clusters docs in order, refines once, and returns each one's story.
func place(docs []labelled, opts Options) []string {
	c := New(opts)
	for _, d := range docs {
		c.Assign(d.Item)
	}
	c.Refine()
	got := make([]string, len(docs))
	for i, d := range docs {
		got[i] = c.events[c.EventOf(d.ID)].story
	}
	return got
}

// pairF1Lang scores the pairs of items placed together against the pairs
// that gold puts together (precision, recall and F1), over the pairs of items in two languages (cross)
// or in one (not cross), langs giving each item's language: a pair counts
// among those found when got puts its items together, among those wanted
// when gold does. Counted by cluster and language sizes, so linear.
func pairF1Lang(got, gold, langs []string, cross bool) (p, r, f float64, found, want float64) {
	pairs := func(n int) float64 { return float64(n * (n - 1) / 2) }
	// count is the pairs of the clusters keyed by key that pass the filter.
	count := func(key func(i int) string) float64 {
		all, one := map[string]int{}, map[[2]string]int{}
		for i := range got {
			all[key(i)]++
			one[[2]string{key(i), langs[i]}]++
		}
		var same, total float64
		for _, n := range all {
			total += pairs(n)
		}
		for _, n := range one {
			same += pairs(n)
		}
		if cross {
			return total - same
		}
		return same
	}
	tp := count(func(i int) string { return got[i] + "\x00" + gold[i] })
	found = count(func(i int) string { return got[i] })
	want = count(func(i int) string { return gold[i] })
	p, r, f = prf(tp, found, want)
	return p, r, f, found, want
}

// prf is precision, recall and F1 from tp right pairs among found pairs
// found and want pairs wanted.
func prf(tp, found, want float64) (p, r, f float64) {
	if found > 0 {
		p = tp / found
	}
	if want > 0 {
		r = tp / want
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// byItem lists the cluster of each item, in order.
func byItem(items []Item, of map[string]string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = of[it.ID]
	}
	return out
}

// largestShare is the share of docs in the largest cluster of got.
func largestShare(got []string) float64 {
	n := map[string]int{}
	top := 0
	for _, g := range got {
		n[g]++
		top = max(top, n[g])
	}
	return float64(top) / float64(max(1, len(got)))
}

// TestLanguages measures stories in two languages on WMT14: every Russian
// article and its English translation are one story (same-story pairs
// across languages), and the articles of one language are unrelated to
// each other, so that no story of one language may hold more than a small
// share of them (a language whose common words all its articles share
// chains into one story).
func TestLanguages(t *testing.T) {
	if corpus.SharedDir() == "" {
		t.Skip("no shared/eval corpora")
	}
	parts := []string{"tune", "heldout"}
	if p := os.Getenv("COPYDESK_WMT_PART"); p != "" {
		parts = []string{p}
	}
	for _, part := range parts {
		docs := loadWMT(t, part)
		gold := make([]string, len(docs))
		langs := make([]string, len(docs))
		for i, d := range docs {
			gold[i], langs[i] = d.story, d.Lang
		}
		all := make([]Item, len(docs))
		for i, d := range docs {
			all[i] = d.Item
		}
		_, st := Offline(all, nil, Options{})
		for _, x := range []struct {
			name string
			got  []string
		}{{"online", place(docs, Options{})}, {"offline (recluster)", byItem(all, st)}} {
			p, r, f, _, _ := pairF1Lang(x.got, gold, langs, true)
			t.Logf("wmt14-ru-en %s (%d articles) %s: same-story pairs across languages P %.3f R %.3f F1 %.3f", part, len(docs), x.name, p, r, f)
			_, _, _, found, _ := pairF1Lang(x.got, gold, langs, false)
			t.Logf("wmt14-ru-en %s (%d articles) %s: same-story pairs within one language: %.0f joined, none of them right (WMT14's stories hold one article of each language)", part, len(docs), x.name, found)
		}
		for _, lang := range []string{"ru", "en"} {
			var one []labelled
			for _, d := range docs {
				if d.Lang == lang {
					one = append(one, d)
				}
			}
			items := make([]Item, len(one))
			for i, d := range one {
				items[i] = d.Item
			}
			_, offline := Offline(items, nil, Options{})
			for _, x := range []struct {
				name string
				got  []string
			}{{"online", place(one, Options{})}, {"offline", byItem(items, offline)}} {
				stories := map[string]bool{}
				for _, g := range x.got {
					stories[g] = true
				}
				share := largestShare(x.got)
				t.Logf("wmt14-ru-en %s, %s alone (%d unrelated articles), %s: %d stories, the largest holds %.3f", part, lang, len(one), x.name, len(stories), share)
				if share > 0.1 {
					t.Errorf("%s %s %s: the largest story holds %.3f of %d unrelated articles, want at most 0.1", part, lang, x.name, share, len(one))
				}
			}
		}
	}
}
