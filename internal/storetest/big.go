package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// A big store for the read side's benchmarks: a generated news flow of n
// articles written straight through the Store (no pipeline: building 100k
// articles through it would take most of an hour), shaped like a real one:
// about 1,500 outlets of very different sizes, stories whose sizes follow a
// heavy tail (most of one or a few articles, some of hundreds, one or two
// of thousands), events inside stories, 28% of the articles copies of an
// earlier article of their story, and the facts of the stories the
// benchmarks read. The words are invented (a Zipf law over a generated
// vocabulary among English function words), so the text is ours.

// Big says what FillBig wrote.
type Big struct {
	Articles int
	Stories  int
	// Largest is the id of the largest story, Typical that of a story of
	// about 30 articles: the stories a benchmark views.
	Largest, Typical string
	// Word is a word of many articles, Rare one of a few: searches.
	Word, Rare string
	// Outlet is the name of a large outlet: a filter.
	Outlet string
}

// BigVersion changes whenever FillBig writes something else for the same
// n, so that a cached store of an older version is built again.
const BigVersion = 2

// FillBig writes a generated store of n articles into s, which must be
// empty, the same for the same n. It reports progress through logf when
// it is not nil.
func FillBig(ctx context.Context, s copydesk.Store, n int, logf func(format string, args ...any)) (*Big, error) {
	g := newBigGen(n)
	big := &Big{Articles: n}
	start := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	type storyState struct {
		row    copydesk.Story
		events []*copydesk.Event
		arts   []string
		words  []string // its own words, so that a story is found by them
		target int      // how many articles it will have
	}
	var stories []*storyState
	var active []*storyState // the stories still short of their target
	for i := range n {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		now := start.Add(time.Duration(i) * 51 * time.Second) // about 1,700 a day
		// A new story, or an article of a running one. A story's size is
		// drawn from a Pareto law (P(size >= k) about 1/k^1.1, at most
		// n/25): most stories are of one or a few articles, a few of
		// thousands, and the big ones run for a long time.
		var st *storyState
		if len(active) == 0 || g.rng.Float64() < 0.3 {
			target := int(math.Min(math.Floor(1/math.Pow(1-g.rng.Float64(), 1/1.1)), float64(max(1, n/25))))
			st = &storyState{row: copydesk.Story{ID: fmt.Sprintf("s%07d", len(stories)), FirstSeen: now},
				words: g.words(12), target: target}
			stories = append(stories, st)
			active = append(active, st)
		} else {
			st = active[g.rng.IntN(len(active))]
		}
		if len(st.arts)+1 >= st.target {
			active = slices.DeleteFunc(active, func(x *storyState) bool { return x == st })
		}
		var ev *copydesk.Event
		if len(st.events) == 0 || g.rng.IntN(6) == 0 {
			ev = &copydesk.Event{ID: fmt.Sprintf("e%07d", i), Story: st.row.ID, FirstSeen: now}
			st.events = append(st.events, ev)
		} else {
			ev = st.events[len(st.events)-1]
		}
		o := g.outlet()
		title := g.title(st.words)
		text := g.text(st.words)
		var rel *copydesk.Relation
		if len(st.arts) > 0 && g.rng.Float64() < 0.28 {
			// A copy of an earlier article of the story: its text with a
			// few words changed.
			from := st.arts[g.rng.IntN(len(st.arts))]
			orig, err := s.Article(ctx, from)
			if err != nil {
				return nil, err
			}
			title, text = orig.Title, g.edit(orig.Text)
			kind := copydesk.Kinds[g.rng.IntN(len(copydesk.Kinds))]
			score := 0.6 + 0.4*g.rng.Float64()
			rel = &copydesk.Relation{From: from, Kind: kind, Score: score, Evidence: copydesk.Evidence{
				Jaccard: score, ReusedOfOriginal: score, ReusedOfCopy: score,
				Passages:   []string{firstWords(text, 24)},
				Direction:  []string{"published earlier"},
				Confidence: 0.8}}
		}
		ref := fmt.Sprintf("big-%07d", i)
		raw := []byte(title + "\n\n" + text)
		hash := copydesk.HashRaw(raw)
		a := &copydesk.Article{ID: copydesk.ArticleID(ref, hash), Ref: ref, Source: o.name,
			URL: fmt.Sprintf("https://%s/%s/%07d", o.host, now.Format("2006/01/02"), i), Title: title,
			Published: now, Lang: "en", Text: text, Paragraphs: strings.Split(text, "\n\n"), Format: "json",
			RawHash: hash, Added: now}
		if g.rng.IntN(20) == 0 {
			a.Published = time.Time{} // one in twenty undated
		}
		if _, err := s.PutArticle(ctx, a, raw); err != nil {
			return nil, err
		}
		if ev.Title == "" {
			ev.Title = title
		}
		if st.row.Title == "" {
			st.row.Title = title
		}
		ev.LastSeen, st.row.LastSeen = now, now
		st.arts = append(st.arts, a.ID)
		r := copydesk.Result{Article: a.ID, Event: ev.ID, Story: st.row.ID, Now: now,
			Placement: &copydesk.Placement{Reason: "generated", Similarity: 0.5},
			Events:    []copydesk.Event{*ev}, Stories: []copydesk.Story{st.row}}
		if rel != nil {
			rel.To = a.ID
			r.Relations = []copydesk.Relation{*rel}
			r.Placement.Copy = true
		}
		if err := s.SaveResult(ctx, r); err != nil {
			return nil, err
		}
		if logf != nil && (i+1)%10000 == 0 {
			logf("big store: %d of %d articles", i+1, n)
		}
	}
	big.Stories = len(stories)
	bySize := slices.Clone(stories)
	slices.SortStableFunc(bySize, func(a, b *storyState) int { return len(b.arts) - len(a.arts) })
	big.Largest = bySize[0].row.ID
	big.Typical = bySize[0].row.ID
	for _, st := range bySize {
		if len(st.arts) <= 30 {
			big.Typical = st.row.ID
			break
		}
	}
	big.Word, big.Rare = g.vocab[3], bySize[len(bySize)/2].words[0]
	big.Outlet = g.outlets[0].name
	// What the sources of the viewed stories say, stored as the pipeline
	// stores it.
	for _, id := range []string{big.Largest, big.Typical} {
		if err := storeFacts(ctx, s, id); err != nil {
			return nil, err
		}
	}
	return big, nil
}

// storeFacts extracts, merges and stores the facts of story id.
func storeFacts(ctx context.Context, s copydesk.Store, id string) error {
	arts, err := s.Articles(ctx, copydesk.ArticleFilter{Story: id})
	if err != nil {
		return err
	}
	var fs []*facts.Facts
	var stored []copydesk.Facts
	in := map[string]bool{}
	for _, a := range arts {
		f := facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang})
		data, err := json.Marshal(f)
		if err != nil {
			return err
		}
		fs = append(fs, f)
		stored = append(stored, copydesk.Facts{ID: a.ID, Version: facts.RulesVersion, Data: data})
		in[a.ID] = true
	}
	if err := s.PutArticleFacts(ctx, stored); err != nil {
		return err
	}
	var rels []copydesk.Relation
	for _, a := range arts {
		rs, err := s.Relations(ctx, a.ID)
		if err != nil {
			return err
		}
		for _, r := range rs {
			if r.To == a.ID && in[r.From] {
				rels = append(rels, r)
			}
		}
	}
	data, err := json.Marshal(facts.Merge(fs, rels))
	if err != nil {
		return err
	}
	return s.PutStoryFacts(ctx, []copydesk.Facts{{ID: id, Version: facts.RulesVersion, Data: data}})
}

// bigGen makes the names and words of a big store.
type bigGen struct {
	rng     *rand.Rand
	vocab   []string // invented words, most common first
	zipf    *rand.Zipf
	names   []string // invented people
	outlets []bigOutlet
	ozipf   *rand.Zipf
}

type bigOutlet struct{ name, host string }

// function words of English news, in about their proportions.
var functionWords = strings.Fields("the the the the of of of to to to and and a a in in that is was for on on said with he it as at by from his have be has are were an will would but not who after also")

func newBigGen(n int) *bigGen {
	g := &bigGen{rng: rand.New(rand.NewPCG(uint64(n), 16))}
	seen := map[string]bool{}
	syll := strings.Fields("ka lo mi ren tor vel sa bri dan ol ur es tam pi gor na fel ith wen ros ba cu dal ex hom jin kel mor nev pra qua sil tek ul vor yan zed")
	// word makes a new word of at least parts syllables (one more each
	// time a try is taken).
	word := func(parts int) string {
		for try := 0; ; try++ {
			var b strings.Builder
			for range parts + try/8 {
				b.WriteString(syll[g.rng.IntN(len(syll))])
			}
			if w := b.String(); !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	for len(g.vocab) < 20000 {
		g.vocab = append(g.vocab, word(2+g.rng.IntN(2)))
	}
	for range 400 {
		w := word(2 + g.rng.IntN(2))
		g.names = append(g.names, strings.ToUpper(w[:1])+w[1:])
	}
	g.zipf = rand.NewZipf(g.rng, 1.1, 2, uint64(len(g.vocab)-1))
	kinds := strings.Fields("Times Courier Post Herald Gazette Ledger Wire Daily Tribune Observer Chronicle Star")
	for len(g.outlets) < 1500 {
		w := word(3)
		name := strings.ToUpper(w[:1]) + w[1:] + " " + kinds[g.rng.IntN(len(kinds))]
		g.outlets = append(g.outlets, bigOutlet{name: name, host: strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example"})
	}
	g.ozipf = rand.NewZipf(g.rng, 1.2, 4, uint64(len(g.outlets)-1))
	return g
}

func (g *bigGen) outlet() bigOutlet { return g.outlets[g.ozipf.Uint64()] }

func (g *bigGen) words(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = g.vocab[100+g.rng.IntN(len(g.vocab)-100)]
	}
	return out
}

// sentence is a sentence of about 20 words: function words, common words
// and the story's own words, with a name in it.
func (g *bigGen) sentence(own []string) string {
	n := 12 + g.rng.IntN(16)
	w := make([]string, 0, n+4)
	for range n {
		switch r := g.rng.Float64(); {
		case r < 0.45:
			w = append(w, functionWords[g.rng.IntN(len(functionWords))])
		case r < 0.6:
			w = append(w, own[g.rng.IntN(len(own))])
		default:
			w = append(w, g.vocab[g.zipf.Uint64()])
		}
	}
	name := g.names[g.rng.IntN(len(g.names))] + " " + g.names[g.rng.IntN(len(g.names))]
	if g.rng.IntN(4) == 0 {
		return `"` + capital(strings.Join(w, " ")) + `," ` + name + " said."
	}
	w = slices.Insert(w, g.rng.IntN(len(w)), name)
	return capital(strings.Join(w, " ")) + "."
}

func (g *bigGen) title(own []string) string {
	s := g.sentence(own)
	return strings.TrimSuffix(firstWords(strings.Trim(s, `"`), 9), ".")
}

// text is six to fourteen paragraphs of two or three sentences (about
// three kilobytes).
func (g *bigGen) text(own []string) string {
	paras := make([]string, 6+g.rng.IntN(9))
	for i := range paras {
		s := make([]string, 2+g.rng.IntN(2))
		for j := range s {
			s[j] = g.sentence(own)
		}
		paras[i] = strings.Join(s, " ")
	}
	return strings.Join(paras, "\n\n")
}

// edit changes about one word in twenty of text.
func (g *bigGen) edit(text string) string {
	w := strings.Split(text, " ")
	for i := range w {
		if g.rng.IntN(20) == 0 && !strings.ContainsAny(w[i], "\n\".,") {
			w[i] = g.vocab[g.zipf.Uint64()]
		}
	}
	return strings.Join(w, " ")
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// CachedBig returns the path of a store of n articles generated by FillBig
// and what FillBig wrote. The store is built once, through open, into
// $COPYDESK_BIG_DIR (the user's cache directory by default) and kept beside
// a file of what FillBig wrote, since building 100,000 articles takes long;
// COPYDESK_BIG_N, when set, replaces n. The read side's benchmarks share it.
func CachedBig(ctx context.Context, n int, open func(path string) (copydesk.Store, error), logf func(format string, args ...any)) (string, *Big, error) {
	if v := os.Getenv("COPYDESK_BIG_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 100 {
			return "", nil, fmt.Errorf("COPYDESK_BIG_N=%q: want a whole number from 100", v)
		}
	}
	dir := os.Getenv("COPYDESK_BIG_DIR")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return "", nil, err
		}
		dir = filepath.Join(cache, "copydesk")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", nil, err
	}
	path := filepath.Join(dir, fmt.Sprintf("big-v%d-%d.db", BigVersion, n))
	info := path + ".json" // what FillBig wrote, once it finished
	var big Big
	if data, err := os.ReadFile(info); err == nil {
		if err := json.Unmarshal(data, &big); err != nil {
			return "", nil, fmt.Errorf("%s: %w", info, err)
		}
		return path, &big, refreshViewed(ctx, path, &big, open)
	}
	os.Remove(path)
	s, err := open(path)
	if err != nil {
		return "", nil, err
	}
	got, err := FillBig(ctx, s, n, logf)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", nil, err
	}
	data, err := json.Marshal(got)
	if err != nil {
		return "", nil, err
	}
	return path, got, os.WriteFile(info, data, 0o644)
}

// refreshViewed stores again the facts of the viewed stories of a cached
// store when the facts rules changed since it was built, as the pipeline
// refreshes stale facts when it opens a store: otherwise a story page
// benchmark measures the view extracting them again, not the page.
func refreshViewed(ctx context.Context, path string, big *Big, open func(path string) (copydesk.Store, error)) error {
	s, err := open(path)
	if err != nil {
		return err
	}
	for _, id := range []string{big.Largest, big.Typical} {
		c, err := s.StoryFacts(ctx, id)
		if err == nil && !c.Stale && c.Version == facts.RulesVersion {
			continue
		}
		if err := storeFacts(ctx, s, id); err != nil {
			s.Close()
			return fmt.Errorf("%s: story %s: %w", path, id, err)
		}
	}
	return s.Close()
}

// StoreAllFacts stores the facts of every story of s that has none, as the
// pipeline stores them when it processes articles (FillBig stores only the
// viewed stories'), so that a benchmark of the whole store reads them
// rather than extracting them.
func StoreAllFacts(ctx context.Context, s copydesk.Store) error {
	_, stories, err := s.StaleFacts(ctx, facts.RulesVersion)
	if err != nil {
		return err
	}
	for _, id := range stories {
		if err := storeFacts(ctx, s, id); err != nil {
			return err
		}
	}
	return nil
}
