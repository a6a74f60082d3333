package view_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// TestCompareTranslation: the compare of a translation pair (an invented
// English article and our Russian translation of it) aligns the two
// sentence by sentence and marks the names, numbers and dates each pair
// shares, each side in its own spelling.
func TestCompareTranslation(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for _, f := range []string{"corpus.jsonl", "ru.jsonl"} {
		fh, err := os.Open(filepath.Join("..", "..", "testdata", "translations", f))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var d struct{ ID string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			if d.ID == "tr01-en" || d.ID == "tr01-ru" {
				lines = append(lines, sc.Text())
			}
		}
		fh.Close()
	}
	path := filepath.Join(dir, "pair.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := build(t, path)
	byRef := ids(t, db)
	ctx := context.Background()
	c, err := view.Compare(ctx, db, byRef["tr01-en"], byRef["tr01-ru"])
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != copydesk.Translation || len(c.Pairs) < 6 {
		t.Fatalf("got kind %q with %d sentence pairs, want a translation with at least 6", c.Kind, len(c.Pairs))
	}
	found := map[[2]string]bool{}
	for _, p := range c.Pairs {
		if len(p.Anchors) != len(p.MarksA) || len(p.Anchors) != len(p.MarksB) {
			t.Fatalf("pair A%d: %d anchors, %d and %d marks", p.A, len(p.Anchors), len(p.MarksA), len(p.MarksB))
		}
		for i, a := range p.Anchors {
			if ma, mb := p.MarksA[i], p.MarksB[i]; p.AText[ma[0]:ma[1]] != a[0] || p.BText[mb[0]:mb[1]] != a[1] {
				t.Errorf("pair A%d: anchor %q marked as %q / %q", p.A, a, p.AText[ma[0]:ma[1]], p.BText[mb[0]:mb[1]])
			}
			found[a] = true
		}
	}
	for _, want := range [][2]string{{"38,000", "38 000"}, {"Okonkwo", "Оконкво"}, {"Harwick", "Харвика"}, {"April", "апреля"},
		{"4.5 million", "4,5 млн"}, {"Wednesday", "среду"}, {"three", "трёх"}} {
		if !found[want] {
			t.Errorf("anchors %q not marked; got %v", want, found)
		}
	}
}
