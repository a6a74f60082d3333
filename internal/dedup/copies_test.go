package dedup

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
)

// The labelled copy benchmark (testdata/copies, written by copygen): this
// test runs the index and Compare over it in file order, as the pipeline
// does, without extraction. `copydesk eval` measures the full pipeline.

type benchItem struct {
	ID, Title, Text, Story, Made string
}

type benchPair struct {
	Original, Copy, Kind string
	Direct               bool
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("copy benchmark: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s:%d: %v", path, len(out)+1, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

type kindScore struct{ tp, found, gold int }

func (k kindScore) f1() (p, r, f float64) {
	if k.found > 0 {
		p = float64(k.tp) / float64(k.found)
	}
	if k.gold > 0 {
		r = float64(k.tp) / float64(k.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// benchRun finds the copies of every item among the earlier ones and scores
// them per kind against the gold pairs of the items kept.
func benchRun(t *testing.T, items []benchItem, gold []benchPair, syn bool) (map[string]*kindScore, map[string]int) {
	t.Helper()
	made := map[string]string{}
	for _, it := range items {
		made[it.ID] = it.Made
	}
	old := useSynonyms
	useSynonyms = syn
	defer func() { useSynonyms = old }()
	key := func(a, b string) [2]string {
		if a > b {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	g := map[[2]string]benchPair{}
	for _, p := range gold {
		g[key(p.Original, p.Copy)] = p
	}
	ix := NewIndex(Options{})
	fps := map[string]*Fingerprint{}
	found := map[[2]string]string{}
	for _, it := range items {
		fp := NewFingerprint(it.Title, it.Text)
		for _, id := range ix.Candidates(fp) {
			if m := Compare(fp, fps[id]); m.Kind != "" {
				found[key(it.ID, id)] = string(m.Kind)
			}
		}
		ix.Add(it.ID, fp)
		fps[it.ID] = fp
	}
	scores := map[string]*kindScore{"all": {}}
	conf := map[string]int{}
	get := func(k string) *kindScore {
		if scores[k] == nil {
			scores[k] = &kindScore{}
		}
		return scores[k]
	}
	// In key order, so that the missed pairs are logged in the same order
	// on every run.
	keys := make([][2]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		p := g[k]
		if p.Direct {
			get("direct "+p.Kind).gold++
			if found[k] == p.Kind {
				get("direct "+p.Kind).tp++
			}
		}
		get(p.Kind).gold++
		scores["all"].gold++
		f, ok := found[k]
		if f == string(copydesk.SharedSource) && !p.Direct {
			// Two copies of one original, each with text of its own (an
			// excerpt set into other text, a rewrite): written from a
			// common source, which is what shared-source says; only a
			// copy and its original must keep their kind.
			f = p.Kind
			found[k] = f
		}
		if ok {
			scores["all"].tp++
		}
		if f == p.Kind {
			get(p.Kind).tp++
		}
		if f == "" {
			f = "none"
			if syn {
				t.Logf("missed: %s %s (%s)", p.Original, p.Copy, p.Kind)
			}
		}
		if f != p.Kind {
			conf[fmt.Sprintf("%s (%s / %s) as %s", p.Kind, made[p.Original], made[p.Copy], f)]++
		}
	}
	for k, f := range found {
		get(f).found++
		scores["all"].found++
		if _, ok := g[k]; !ok {
			conf["none as "+f]++
			t.Logf("false copy: %s and %s as %s", k[0], k[1], f)
		}
	}
	return scores, conf
}

func TestCopyBenchmark(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "copies")
	items := readJSONL[benchItem](t, filepath.Join(dir, "corpus.jsonl"))
	gold := readJSONL[benchPair](t, filepath.Join(dir, "pairs.jsonl"))
	story := map[string]string{}
	for _, it := range items {
		story[it.ID] = it.Story
	}
	for _, part := range []string{"tune", "heldout"} {
		var its []benchItem
		for _, it := range items {
			if corpus.InPart(part, it.Story) {
				its = append(its, it)
			}
		}
		var ps []benchPair
		for _, p := range gold {
			if corpus.InPart(part, story[p.Original]) {
				ps = append(ps, p)
			}
		}
		for _, syn := range []bool{false, true} {
			scores, conf := benchRun(t, its, ps, syn)
			var b strings.Builder
			fmt.Fprintf(&b, "%s, synonyms %v: %d items, %d gold pairs;", part, syn, len(its), len(ps))
			for _, k := range []string{"all", "duplicate", "near-duplicate", "excerpt", "rewrite"} {
				if s, ok := scores[k]; ok {
					p, r, f := s.f1()
					fmt.Fprintf(&b, " %s P %.3f R %.3f F1 %.3f;", k, p, r, f)
				}
			}
			fmt.Fprint(&b, " recall of direct pairs:")
			for _, k := range []string{"duplicate", "near-duplicate", "excerpt", "rewrite"} {
				if s, ok := scores["direct "+k]; ok {
					_, r, _ := s.f1()
					fmt.Fprintf(&b, " %s %.3f (%d);", k, r, s.gold)
				}
			}
			t.Log(b.String())
			keys := make([]string, 0, len(conf))
			for k := range conf {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				t.Logf("  %s: %d", k, conf[k])
			}
			if !syn {
				continue
			}
			// What the issue asks for. Duplicates with different
			// boilerplate are only duplicates once extraction strips it,
			// which this test does not run: copydesk eval measures them.
			for k, want := range map[string]float64{"excerpt": 0.98, "rewrite": 0.95} {
				if _, _, f := scores[k].f1(); f < want {
					t.Errorf("%s: %s F1 %.3f, want at least %.2f", part, k, f, want)
				}
			}
			if p, _, _ := scores["all"].f1(); p < 0.98 {
				t.Errorf("%s: precision %.3f, want at least 0.98", part, p)
			}
		}
	}
}
