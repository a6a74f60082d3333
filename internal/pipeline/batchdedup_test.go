package pipeline

import (
	"context"
	"fmt"
	"iter"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/sqlite"
)

func docsOf(texts ...string) iter.Seq2[ingest.Doc, error] {
	return func(yield func(ingest.Doc, error) bool) {
		for i, t := range texts {
			d := ingest.Doc{Ref: fmt.Sprintf("d%d", i+1), Title: "Harbour council report", Format: "text", Body: []byte(t), Raw: []byte(fmt.Sprintf(`{"id":"d%d"}`, i+1))}
			if !yield(d, nil) {
				return
			}
		}
	}
}

// sentences s(i..j) builds a text from numbered sentences, so that texts
// overlap exactly where their ranges do.
func sentences(from, to int) string {
	var b strings.Builder
	subjects := []string{"council", "mayor", "union", "engineer", "treasurer", "harbourmaster", "ferry operator", "fishing guild"}
	verbs := []string{"discussed", "rejected", "approved", "questioned", "postponed", "praised"}
	things := []string{"pier repairs", "dredging plan", "budget line", "lighthouse lease", "crane contract", "mooring fees", "tide gauge", "breakwater study"}
	for i := from; i <= to; i++ {
		fmt.Fprintf(&b, "On day %d the Portmere %s %s the %s after %d minutes of debate. ", i, subjects[i%len(subjects)], verbs[i%len(verbs)], things[(i*3)%len(things)], i*7+3)
	}
	return b.String()
}

func TestDedupNoChaining(t *testing.T) {
	a, b, c := sentences(1, 12), sentences(3, 14), sentences(6, 17)
	fp := func(s string) *dedup.Fingerprint { return dedup.NewFingerprint("Harbour council report", s) }
	if ab, bc, ac := dedup.Compare(fp(a), fp(b)).Kind, dedup.Compare(fp(b), fp(c)).Kind, dedup.Compare(fp(a), fp(c)).Kind; ab != "near-duplicate" || bc != "near-duplicate" || ac == "near-duplicate" || ac == "duplicate" {
		t.Fatalf("premise: got a~b %q, b~c %q, a~c %q; want a chain a~b~c with a and c apart", ab, bc, ac)
	}
	var kept []string
	var clusters []*Cluster
	res, err := Dedup(context.Background(), docsOf(a, b, c, a), DedupOptions{},
		func(raw []byte) error { kept = append(kept, string(raw)); return nil },
		func(c *Cluster) error { clusters = append(clusters, c); return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	// b duplicates a, and c duplicates b, but c does not duplicate a: c must
	// not join a's cluster through b.
	if got, want := strings.Join(kept, ","), `{"id":"d1"},{"id":"d3"}`; got != want {
		t.Errorf("got kept %s, want %s", got, want)
	}
	if res.Read != 4 || res.Kept != 2 || res.Dropped != 2 {
		t.Errorf("got %+v, want 4 read, 2 kept, 2 dropped", res)
	}
	if len(clusters) != 1 || len(clusters[0].Members) != 3 || clusters[0].Members[2].Kind != "duplicate" {
		t.Errorf("got clusters %+v, want d1 with d2 and the exact duplicate d4", clusters)
	}
}

func TestDedupKeepLongest(t *testing.T) {
	short, long := sentences(1, 10), sentences(1, 11)
	var kept []string
	_, err := Dedup(context.Background(), docsOf(short, long), DedupOptions{Keep: KeepLongest},
		func(raw []byte) error { kept = append(kept, string(raw)); return nil }, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(kept, ","), `{"id":"d2"}`; got != want {
		t.Errorf("got kept %s, want %s", got, want)
	}
}

func TestAddTitleOnly(t *testing.T) {
	docs := func(yield func(ingest.Doc, error) bool) {
		yield(ingest.Doc{Ref: "x", Title: "Portmere ferry crews end strike", Format: "text", Raw: []byte(`{"id":"x"}`)}, nil)
	}
	st, err := addTo(t, docs)
	if err != nil || st.Added != 1 || st.Skipped != 0 {
		t.Errorf("got %+v, %v; want the headline-only item added", st, err)
	}
}

func addTo(t *testing.T, docs iter.Seq2[ingest.Doc, error]) (Stats, error) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	e, err := Open(context.Background(), db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e.Add(context.Background(), docs, nil)
}

// TestDedupWorkersSameOutput runs batch dedup over the copy benchmark with
// one worker and with four, and checks that the kept documents and the
// clusters are the same, in the same order.
func TestDedupWorkersSameOutput(t *testing.T) {
	run := func(workers int) string {
		ctx := context.Background()
		var b strings.Builder
		docs := ingest.NewReader(ingest.Options{}).Docs(ctx, []string{"../../testdata/copies/corpus.jsonl"})
		res, err := Dedup(ctx, docs, DedupOptions{Workers: workers},
			func(raw []byte) error { b.Write(raw); b.WriteByte('\n'); return nil },
			func(c *Cluster) error {
				fmt.Fprintf(&b, "cluster %s:", c.Kept)
				for _, m := range c.Members {
					fmt.Fprintf(&b, " %s/%s/%.4f", m.Ref, m.Kind, m.Score)
				}
				b.WriteByte('\n')
				return nil
			}, func(err error) { fmt.Fprintf(&b, "failed: %v\n", err) })
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%+v\n", res)
		return b.String()
	}
	one, four := run(1), run(4)
	if one != four {
		t.Errorf("dedup with one and four workers differ (%d and %d bytes)", len(one), len(four))
	}
	if !strings.Contains(one, "cluster ") {
		t.Errorf("no cluster found in the copy benchmark:\n%.500s", one)
	}
}
