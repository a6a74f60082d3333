package provenance

import (
	"fmt"

	"github.com/copydesk/copydesk"
)

// minChain is the least confidence of a decision through a chain: above
// MinConfidence, because the confidences a chain multiplies are
// overconfident below 1 (on the real-text benchmark's tune half, pairs
// given 0.7 to 0.9 were right 0.67 to 0.82 of the time), and the one
// wrong chain on tune multiplied 0.99 by 0.73.
const minChain = 0.8

// Chain decides the direction of a pair of copies whose texts alone leave
// it undetermined through a third article: when orig is shown to be the
// original of mid (with confidence c1) and mid the original of cp (c2),
// orig came before cp and is its original. The confidence is c1*c2, each
// link being right independently of the other; below minChain the pair
// stays undetermined and Chain returns ok false.
func Chain(orig, mid, cp *copydesk.Article, c1, c2 float64) (d Decision, ok bool) {
	c := c1 * c2
	if c < minChain {
		return Decision{}, false
	}
	return Decision{Original: orig, Copy: cp, Confidence: c, Reasons: []string{fmt.Sprintf(
		"%s is the original of %s (confidence %.2f), which is the original of %s (confidence %.2f): %s came first",
		orig.DisplayName(), mid.DisplayName(), c1, cp.DisplayName(), c2, orig.DisplayName())}}, true
}
