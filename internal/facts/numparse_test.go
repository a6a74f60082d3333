package facts

import (
	"math"
	"strconv"
	"testing"
)

// TestNumberGuards checks that atoi and parseFloat accept exactly what
// strconv accepts, with the same values: they only fail sooner.
func TestNumberGuards(t *testing.T) {
	words := []string{"", "4", "4th", "21", "-3", "+7", "1,000", "1000", "2023", ".5", "5.", "1e5", "1E5", "inf",
		"Inf", "+infinity", "nan", "NaN", "0x1p-2", "0x10", "1_000", "_1", "i", "n", "said", "the", "ferry",
		"twelve", "$3.5", "3.5m", "\u0663", "½", "-", "+", ".", "e5", "07"}
	for _, w := range words {
		n, err := atoi(w)
		wn, werr := strconv.Atoi(w)
		if (err == nil) != (werr == nil) || n != wn {
			t.Errorf("atoi(%q) = %d, %v; strconv.Atoi gives %d, %v", w, n, err, wn, werr)
		}
		f, err := parseFloat(w)
		wf, werr := strconv.ParseFloat(w, 64)
		if (err == nil) != (werr == nil) || err == nil && f != wf && !(math.IsNaN(f) && math.IsNaN(wf)) {
			t.Errorf("parseFloat(%q) = %v, %v; strconv.ParseFloat gives %v, %v", w, f, err, wf, werr)
		}
	}
}
