package dedup

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

type ecbDoc struct {
	ID, Title, Text, Event, Story string
}

func readECB(t *testing.T) []ecbDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir(t), "eval", "ecbplus-dev", "corpus.jsonl"))
	if err != nil {
		t.Skipf("ECB+ corpus: %v", err)
	}
	defer f.Close()
	var docs []ecbDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d ecbDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("ECB+ line %d: %v", len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read ECB+: %v", err)
	}
	return docs
}

// TestECBIndependentReports runs Compare over every pair of ECB+ articles
// of one topic (reports of the same event, or of the same kind of event, by
// different outlets). Pairs that share no passage of 20 words or more and
// have a shingle Jaccard under 0.05 are taken as independent reports; none
// of them may be called a copy (shared-source is no claim of a copy).
// Pairs that share passages are often real copies of one wire story and
// are only counted.
func TestECBIndependentReports(t *testing.T) {
	docs := readECB(t)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.Title, d.Text)
	}
	kinds := map[copydesk.Kind]int{}
	pairs, independent, falseCopies, sharedSource := 0, 0, 0, 0
	related := map[[2]int]bool{}
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if docs[i].Story != docs[j].Story {
				continue
			}
			pairs++
			m := Compare(fps[i], fps[j])
			kinds[m.Kind]++
			related[[2]int{i, j}] = m.Kind != ""
			if sharedWords(fps[i], fps[j]) > 0 || m.Jaccard >= 0.05 {
				continue
			}
			independent++
			if m.Kind == copydesk.SharedSource {
				sharedSource++ // written from one source: no claim of a copy
				continue
			}
			if m.Kind != "" {
				falseCopies++
				t.Logf("independent %s and %s called %s (J %.3f, %d aligned sentences)",
					docs[i].ID, docs[j].ID, m.Kind, m.Jaccard, len(m.AlignedSentences))
			}
		}
	}
	t.Logf("ECB+: %d same-topic pairs, kinds %v; %d independent pairs, %d called copies, %d shared-source", pairs, kinds, independent, falseCopies, sharedSource)

	// Candidate recall on real text: every pair Compare relates must be found
	// by the index when the later article arrives. (Copies only occur within
	// a topic here.)
	ix := NewIndex(Options{})
	copies, missed, cands := 0, 0, 0
	for j := range docs {
		got := ix.Candidates(fps[j])
		cands += len(got)
		for i := range j {
			if !related[[2]int{i, j}] {
				continue
			}
			copies++
			if !slices.Contains(got, docs[i].ID) {
				missed++
				t.Logf("Candidates(%s) misses %s", docs[j].ID, docs[i].ID)
			}
		}
		ix.Add(docs[j].ID, fps[j])
	}
	t.Logf("index over ECB+: %d related pairs, %d missed; %.1f candidates per article", copies, missed, float64(cands)/float64(len(docs)))
	if missed > copies/100 {
		t.Errorf("the index missed %d of %d related pairs, want at most 1%%", missed, copies)
	}
	if falseCopies > 0 {
		t.Errorf("%d of %d independent reports called copies, want none", falseCopies, independent)
	}
}

// TestCloughStevenson classifies short answers against their source.
func TestCloughStevenson(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir(t), "eval", "clough-stevenson", "plagiarism-clough&stevenson.csv"))
	if err != nil {
		t.Skipf("Clough-Stevenson corpus: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read Clough-Stevenson: %v", err)
	}
	byLabel := map[string]map[copydesk.Kind]int{}
	for _, row := range rows {
		if len(row) < 3 {
			continue
		}
		label := strings.TrimSpace(row[2])
		m := Compare(NewFingerprint("", row[0]), NewFingerprint("", row[1]))
		if byLabel[label] == nil {
			byLabel[label] = map[copydesk.Kind]int{}
		}
		byLabel[label][m.Kind]++
	}
	for _, l := range []string{"0", "1", "2", "3"} {
		t.Logf("label %s: %v", l, byLabel[l])
	}
	total := func(l string) (all, found int) {
		for k, n := range byLabel[l] {
			all += n
			if k != "" {
				found += n
			}
		}
		return all, found
	}
	if all, found := total("0"); found > 1 {
		t.Errorf("%d of %d non-plagiarised answers called copies, want at most 1", found, all)
	}
	if all, found := total("3"); float64(found) < 0.8*float64(all) {
		t.Errorf("%d of %d cut-and-paste answers found, want at least 80%%", found, all)
	}
}
