package provenance

import (
	"fmt"
	"math"

	"github.com/copydesk/copydesk"
)

// Recheck re-decides the direction of a stored pair, first its original
// as stored (or the order it is kept in), when a later article has matched
// both: own are the points of the pair's own text signals for first
// (copydesk.Recheck.Own), which stand; votes those of the relatives asked
// now (A what each keeps of first's own text, B of second's), which replace
// the vote taken before. The Decision's Reasons are the lines that follow
// the pair's own reasons (copydesk.Relation.Redirected); undetermined, the
// pair stays in the order given.
func Recheck(first, second *copydesk.Article, own float64, votes []Vote) Decision {
	n, net, fam := FamilyPoints(votes)
	score := own + fam
	rc := &copydesk.Recheck{Relatives: len(votes)}
	why := fmt.Sprintf("re-decided when a later article matched both, asking %d related articles", len(votes))
	c := confidence(math.Abs(score))
	decided := score != 0 && c >= MinConfidence
	var reasons []string
	switch {
	case fam == 0:
	case !decided:
		reasons = append(reasons, fmt.Sprintf("%d related articles lean one way (net %.1f votes), too little with the pair's own signals to decide", n, math.Abs(net)))
	case fam > 0 == (score > 0):
		reasons = append(reasons, fmt.Sprintf("%d related articles keep what the original has and the copy changed more than they keep the copy's changes (net %.1f votes): edits accumulate on the copy", n, math.Abs(net)))
	default:
		reasons = append(reasons, fmt.Sprintf("%d related articles keep more of what the copy changed (net %.1f votes), outweighed by the pair's own signals", n, math.Abs(net)))
	}
	if decided {
		if score > 0 {
			rc.Own = own
			return Decision{Original: first, Copy: second, Confidence: c, Points: score, Recheck: rc, Reasons: append(reasons, why)}
		}
		rc.Own = -own
		return Decision{Original: second, Copy: first, Confidence: c, Points: -score, Recheck: rc, Reasons: append(reasons, why)}
	}
	rc.Own = own
	verdict := "no signal of direction"
	switch {
	case score == 0 && (own != 0 || fam != 0):
		verdict = "the pair's own signals and the relatives' vote cancel out"
	case score != 0:
		verdict = fmt.Sprintf("the signals fall short of a decision (confidence %.2f, below %.2f)", c, MinConfidence)
	}
	return Decision{Original: first, Copy: second, Confidence: 0.5, Undetermined: true, Recheck: rc,
		Reasons: append(reasons, why, verdict+": which is the original is undetermined")}
}
