// Package provenance decides which of two related articles is the original
// and which the copy, and says why.
//
// Publication times decide when both are known and differ; otherwise the
// text decides: a credit line that names another outlet ("originally
// published on"), a canonical URL pointing at the other article, the
// asymmetry of containment between near-duplicates (a copier drops more than
// it adds), and the junk a copier wraps around what it took. When nothing
// speaks, the article stored first is taken as the original, with a low
// confidence that says so.
package provenance

import (
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
)

// Decision is the direction of one copy relation.
type Decision struct {
	Original, Copy *copydesk.Article
	Reasons        []string
	Confidence     float64
}

// Pair holds the figures of one verified pair that bear on direction.
type Pair struct {
	Kind copydesk.Kind
	// AInB is the share of a's text found in b; BInA the share of b's in a.
	AInB, BInA float64
}

// minGap is the smallest difference in publication time taken as an order;
// feeds and pages round their times, so closer times are a tie.
const minGap = time.Minute

// Direct decides which of a and b is the original.
func Direct(a, b *copydesk.Article, p Pair) Decision {
	// 1. Publication times.
	if !a.Published.IsZero() && !b.Published.IsZero() {
		d := a.Published.Sub(b.Published)
		if d <= -minGap || d >= minGap {
			first, second := a, b
			if d > 0 {
				first, second = b, a
			}
			conf := 0.95
			if abs(d) < time.Hour {
				conf = 0.8
			}
			return Decision{Original: first, Copy: second, Confidence: conf, Reasons: []string{
				fmt.Sprintf("published %s earlier (%s vs %s)", human(abs(d)),
					first.Published.UTC().Format(time.RFC3339), second.Published.UTC().Format(time.RFC3339)),
			}}
		}
	}
	var reasons []string
	score := 0.0 // > 0 favours a as the original
	// 2. Credit lines: an article that says it was published elsewhere first
	// is a republication. Against a verbatim copy that settles it; against a
	// rewrite it does not, since a syndicated copy of the original is still
	// closer to it than a spun text is.
	literal := p.Kind != copydesk.Rewrite && p.Kind != copydesk.Translation
	if literal && credit(a) && !credit(b) {
		score -= 2
		reasons = append(reasons, fmt.Sprintf("%s carries a credit line to an earlier publication", label(a)))
	} else if literal && credit(b) && !credit(a) {
		score += 2
		reasons = append(reasons, fmt.Sprintf("%s carries a credit line to an earlier publication", label(b)))
	}
	// 3. Canonical URLs pointing at the other article.
	if points(a, b) {
		score -= 3
		reasons = append(reasons, fmt.Sprintf("%s names %s as its canonical URL", label(a), b.URL))
	} else if points(b, a) {
		score += 3
		reasons = append(reasons, fmt.Sprintf("%s names %s as its canonical URL", label(b), a.URL))
	}
	// 4. Containment asymmetry. Between near-duplicates the copy is the one
	// that lost sentences, so the original is the text less of which is found
	// in the other. An excerpt gives no such signal: a copy may cut an
	// original down or wrap a part of it in its own text.
	if p.Kind == copydesk.NearDuplicate {
		if d := p.BInA - p.AInB; d > 0.1 {
			score += 1
			reasons = append(reasons, dropped(b, a, p.BInA, p.AInB))
		} else if d < -0.1 {
			score -= 1
			reasons = append(reasons, dropped(a, b, p.AInB, p.BInA))
		}
	}
	// 5. Junk a copier adds: content farms wrap what they take in prompts
	// to subscribe and links to more of their stories.
	if ja, jb := promos(a), promos(b); ja != jb && score == 0 {
		if ja < jb {
			score += 0.5
		} else {
			score -= 0.5
		}
		reasons = append(reasons, fmt.Sprintf("promotional lines stripped: %d from %s, %d from %s", ja, label(a), jb, label(b)))
	}
	if !a.Published.IsZero() && b.Published.IsZero() || a.Published.IsZero() && !b.Published.IsZero() {
		reasons = append(reasons, "only one of the two has a publication time")
	}
	switch {
	case score > 0:
		return Decision{Original: a, Copy: b, Reasons: reasons, Confidence: confidence(score)}
	case score < 0:
		return Decision{Original: b, Copy: a, Reasons: reasons, Confidence: confidence(-score)}
	}
	first, second := a, b
	if b.Added.Before(a.Added) || b.Added.Equal(a.Added) && b.ID < a.ID {
		first, second = b, a
	}
	reasons = append(reasons, fmt.Sprintf("no signal of direction: %s was stored first", label(first)))
	return Decision{Original: first, Copy: second, Reasons: reasons, Confidence: 0.5}
}

// dropped explains that copy lost text of orig: inCopy of copy stands in orig
// but only inOrig of orig in copy.
func dropped(copy, orig *copydesk.Article, inOrig, inCopy float64) string {
	return fmt.Sprintf("%s lacks part of %s: %.0f%% of it stands in the other, only %.0f%% the other way",
		label(copy), label(orig), 100*inOrig, 100*inCopy)
}

func confidence(score float64) float64 {
	switch {
	case score >= 3:
		return 0.9
	case score >= 2:
		return 0.8
	case score >= 1:
		return 0.7
	}
	return 0.6
}

// promos counts the promotional junk lines extraction stripped.
func promos(a *copydesk.Article) int {
	n := 0
	for _, r := range a.Removed {
		switch r.Reason {
		case "subscribe prompt", "read-more link", "widget text", "media link":
			n++
		}
	}
	return n
}

// credit reports whether an article carries a line crediting an earlier
// publication, in its text or among what extraction stripped.
func credit(a *copydesk.Article) bool {
	for _, r := range a.Removed {
		if isCredit(r.Text) {
			return true
		}
	}
	return false
}

func isCredit(s string) bool {
	s = strings.ToLower(s)
	for _, p := range []string{"originally published", "first published", "first appeared", "republished", "reprinted with permission", "appeared originally"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func points(a, b *copydesk.Article) bool {
	if a.CanonicalURL == "" || b.URL == "" {
		return false
	}
	return trimURL(a.CanonicalURL) == trimURL(b.URL) && trimURL(a.URL) != trimURL(b.URL)
}

func trimURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

func label(a *copydesk.Article) string {
	if a.Source != "" {
		return a.Source
	}
	return a.ID
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func human(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", int(d.Hours()/24))
	case d >= 2*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	}
	return fmt.Sprintf("%d minutes", int(d.Minutes()))
}
