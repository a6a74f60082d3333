package eval

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

// lazyDates are date strings of several languages and time zones (our own),
// to parse at go-dateparser's first use: the copy go.mod's replace builds
// (third_party/go-dateparser, made by tools/lazydateparser) builds a
// locale file's data and the time zones' tables only then.
var lazyDates = []struct{ lang, text string }{
	{"en", "3 March 2024 14:05 GMT+2"},
	{"en", "yesterday at 9am EST"},
	{"fr", "le 12 février 2023 à 10h30 CET"},
	{"de", "5. Mai 2022"},
	{"es", "hace 3 días"},
	{"ru", "15 января 2021 г."},
	{"zh-Hant", "2020年7月4日"},
	{"ar", "12 يناير 2019"},
	{"pt", "terça-feira, 8 de outubro de 2024"},
}

// parseLazyDates parses every lazyDates string in each of n goroutines at
// once and returns one line a string, checking that every goroutine read the
// same.
func parseLazyDates(n int) ([]string, error) {
	anchor := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	got := make([][]string, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := range lazyDates {
				d := lazyDates[(i+g)%len(lazyDates)]
				cfg := &dps.Configuration{Languages: []string{d.lang}, CurrentTime: anchor}
				dt, err := dps.Parse(cfg, d.text)
				got[g] = append(got[g], fmt.Sprintf("%s %q: %s %v %v", d.lang, d.text, dt.Time.Format(time.RFC3339), dt.Period, err))
			}
			slices.Sort(got[g])
		}()
	}
	close(start)
	wg.Wait()
	for g := 1; g < n; g++ {
		if !slices.Equal(got[g], got[0]) {
			return nil, fmt.Errorf("goroutine %d parsed\n%s\ngoroutine 0\n%s", g, strings.Join(got[g], "\n"), strings.Join(got[0], "\n"))
		}
	}
	return got[0], nil
}

// TestDateparserFirstUse runs this test binary again (so that
// go-dateparser's first use is in a fresh process, and under -race the
// child is checked too) to parse dates of nine locales from eight goroutines
// at once, each locale's data built at that first use, and compares what
// they read with the same parse here, one goroutine, after the data is built.
func TestDateparserFirstUse(t *testing.T) {
	if os.Getenv("COPYDESK_DATEPARSER_CHILD") == "1" {
		lines, err := parseLazyDates(8)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("BEGIN")
		for _, l := range lines {
			fmt.Println(l)
		}
		fmt.Println("END")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDateparserFirstUse$", "-test.count=1")
	cmd.Env = append(os.Environ(), "COPYDESK_DATEPARSER_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	_, child, ok := strings.Cut(string(out), "BEGIN\n")
	child, _, ok2 := strings.Cut(child, "END\n")
	if !ok || !ok2 {
		t.Fatalf("child printed no dates:\n%s", out)
	}
	want, err := parseLazyDates(1)
	if err != nil {
		t.Fatal(err)
	}
	if child != strings.Join(want, "\n")+"\n" {
		t.Errorf("eight goroutines at first use parsed\n%s\none goroutine after\n%s", child, strings.Join(want, "\n"))
	}
	parsed := 0
	for _, l := range want {
		if !strings.Contains(l, "0001-01-01") {
			parsed++
		}
	}
	if parsed < len(lazyDates)-1 {
		t.Errorf("only %d of %d strings parsed to a date:\n%s", parsed, len(lazyDates), strings.Join(want, "\n"))
	}
}
