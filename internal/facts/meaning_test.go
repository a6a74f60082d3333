package facts

import (
	"strings"
	"testing"
)

func TestMeaningFlags(t *testing.T) {
	tests := []struct {
		diff [][2]string
		want string
	}{
		{[][2]string{{"=", "the deal"}, {"-", "contains no"}, {"+", "does contain"}, {"=", "layoffs"}}, "negation “no” removed"},
		{[][2]string{{"-", "four"}, {"+", "five"}}, "number “4” removed; number “5” added"},
		{[][2]string{{"-", "six o'clock"}, {"+", "6 pm"}}, ""},        // the same number, written out
		{[][2]string{{"-", "never"}, {"=", "x"}, {"+", "never"}}, ""}, // moved, not removed
		{[][2]string{{"-", "Sunday"}, {"+", "Saturday"}}, ""},         // a change, but no flag
		{[][2]string{{"+", "did not,"}}, "negation “not” added"},
	}
	for _, tt := range tests {
		var diff []DiffStep
		for _, s := range tt.diff {
			diff = append(diff, DiffStep{Kind: s[0], Text: s[1]})
		}
		if got := strings.Join(MeaningFlags(diff), "; "); got != tt.want {
			t.Errorf("%v: got %q, want %q", tt.diff, got, tt.want)
		}
	}
}
