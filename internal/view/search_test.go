package view

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("Ferries crossed Lake Varn all week. ", 20)
	tests := []struct {
		name, text string
		terms      []string
		want       string
	}{
		{"short, no match", "The   ferry\nresumed.", []string{"bridge"}, "The ferry resumed."},
		{"match at the top", "Brell's ferry resumed on Tuesday.", []string{"ferr"}, "Brell's ferry resumed on Tuesday."},
		{"match in a long text", long + "The mayor of Öskton praised the crews. " + long, []string{"öskton"},
			"…Ferries crossed Lake Varn all week. The mayor of Öskton praised the crews. Ferries crossed Lake Varn all week. Ferries crossed Lake Varn all week. Ferries cross…"},
		{"a term inside a word is no match", "Sunbridge closed. The bridge opened.", []string{"bridge"}, "Sunbridge closed. The bridge opened."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(tt.terms, tt.text)
			if got != tt.want {
				t.Errorf("snippet = %q,\nwant %q", got, tt.want)
			}
			if !utf8.ValidString(got) || utf8.RuneCountInString(got) > 170 {
				t.Errorf("snippet %q: invalid or longer than 170 runes", got)
			}
		})
	}
}
