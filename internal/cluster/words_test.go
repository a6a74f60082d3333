package cluster

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	title := "Spy balloon: Chinese officials decline a call"
	body := "The Chinese government said on Monday that the spying claims were false. Officials in Beijing " +
		"declined the call from Defence Secretary Lloyd Austin. The U.S. military shot the balloon down."
	for _, tc := range []struct {
		terms, want []string
	}{
		{[]string{"chines", "spi", "offici", "beij", "balloon"}, []string{"Chinese", "spy", "officials", "Beijing", "balloon"}},
		// The name and the stem of one word are given once; a name keeps its capitals.
		{[]string{"lloyd austin", "chinese", "chines"}, []string{"Lloyd Austin", "Chinese"}},
		{[]string{"u.s.", "u.s"}, []string{"U.S."}},
		// A term the text does not hold stays as it is.
		{[]string{"zzyzx"}, []string{"zzyzx"}},
		{nil, nil},
	} {
		got := Words("en", title, body, tc.terms)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.terms, got, tc.want)
		}
	}
}
