package extract

import (
	"bufio"
	"encoding/json"
	"github.com/copydesk/copydesk/internal/corpus"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeeds runs Text over the five scraped articles of shared/seeds: the
// title must be the real headline, no junk may remain, and the body must
// keep the sentences chosen below (short excerpts, not the articles).
func TestSeeds(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("shared/seeds not found")
	}
	// junk lists phrases of junk lines seen in the seeds; none may remain
	// in any seed's text.
	junk := []string{
		"READ MORE", "This article is owned by", "Written by", "WATCH:", "Subscribe to", "Sign up for our",
		"Oops", "Something went wrong", "Please try again later", "originally published on",
		"202302:08", "More Stories", "Stay informed by joining", "24/7 coverage", "cancel anytime",
		"source site-", "HamberMenu", "Photo Credit", "Updated 07:40", "AFP\n",
	}
	tests := []struct {
		file   string
		title  string
		keep   []string
		extra  []string // further phrases that must not remain
		source string
	}{
		{
			file:  "000_85bcfd1926c644ab.txt",
			title: "China No Apology Over Chinese Spy Balloon Incident, According to Antony Blinken",
			keep: []string{
				"China has not issued any apology",
				"China on Chinese Spy Balloon",
				"as detailed by CBS News.",
				"to be into a new Cold War but added that the matter is \"consequential.\"",
			},
			extra:  []string{"Mary Webber", "Latin Post"},
			source: "Latin Post",
		},
		{
			file:  "001_c239fc261f4ef5a6.txt",
			title: "China declined U.S. call after American missile popped spy balloon",
			keep: []string{
				"The Chinese government didn't want to hear it.",
				"A balloon in the sky over Billings, Mont., in images taken Feb. 1.",
				"(Chase Doak / AFP - Getty Images)",
				"well worth its value to collect over.",
			},
		},
		{
			file:  "002_490f96fe355241f3.txt",
			title: "China declined the U.S. call following American missile launch and spy balloon explosion",
			keep: []string{
				"It was not what the Chinese government wanted to hear.",
				"Images taken February 1st show a balloon floating in the air above Billings, Mont.",
				"well worth the effort to collect over.",
			},
			extra:  []string{"a balloon in the sky above Billings", "TruthRow"},
			source: "TruthRow",
		},
		{
			file:  "003_5fdce866855c038c.txt",
			title: "“Contacts” with Beijing: USA and China talk for the first time about “high-altitude balloon”",
			keep: []string{
				"“Contacts” with Beijing",
				"US and China discuss ‘high-altitude balloon’ for the first time",
				"Whole fleet of spy balloons",
				"affirmed that it was a question of a spy balloon.",
			},
		},
		{
			file:  "004_3ea5c3fa35204248.txt",
			title: "U.S. has had contacts with China over 'spy balloon': Pentagon official",
			keep: []string{
				"The official gave no details about who was involved",
				"The United States has communicated with Beijing",
				"did not particularly resemble the Chinese balloon.",
			},
			extra: []string{"The Pentagon\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(shared, "seeds", tt.file))
			if err != nil {
				t.Skip(err)
			}
			r, err := Text(raw, TextOptions{})
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if r.Title != tt.title {
				t.Errorf("title: got %q, want %q", r.Title, tt.title)
			}
			if r.Source != tt.source {
				t.Errorf("source: got %q, want %q", r.Source, tt.source)
			}
			text := r.Text() + "\n"
			for _, s := range append(junk, tt.extra...) {
				if strings.Contains(text, s) {
					t.Errorf("junk %q remains", s)
				}
			}
			for _, s := range tt.keep {
				if !strings.Contains(text, s) {
					t.Errorf("text lost %q", s)
				}
			}
			// No body sentence is removed: every removed line is short or
			// a duplicate of a line that stays.
			for _, rm := range r.Removed {
				if words(rm.Text) > 25 && rm.Reason != "duplicate caption" {
					t.Errorf("removed a long line as %q: %q", rm.Reason, rm.Text)
				}
			}
		})
	}
}

// TestECBNoBodyRemoved runs Text over the ECB+ development corpus (real news
// text without junk) and checks that the rules never remove a body sentence:
// every removed line must be short or repeat a line that stays.
func TestECBNoBodyRemoved(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("shared/ not found")
	}
	f, err := os.Open(filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	docs := 0
	for sc.Scan() {
		var d struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs++
		r, err := Text([]byte(d.Title+"\n\n"+d.Text), TextOptions{})
		if err != nil {
			t.Errorf("%s: %v", d.ID, err)
			continue
		}
		for _, rm := range r.Removed {
			if words(rm.Text) > 15 && !strings.HasPrefix(rm.Reason, "duplicate") {
				t.Errorf("%s: removed a body-length line as %q: %q", d.ID, rm.Reason, rm.Text)
			}
		}
	}
	if docs == 0 {
		t.Skip("empty corpus")
	}
}
