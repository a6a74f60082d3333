package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk"
)

var (
	fenceRE       = regexp.MustCompile("^(```|~~~)")
	ruleRE        = regexp.MustCompile(`^([-*_=]\s*){3,}$`)
	imageLineRE   = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)$`)
	headingRE     = regexp.MustCompile(`^#{1,6}\s+`)
	closingHashRE = regexp.MustCompile(`\s+#+$`)
	quoteRE       = regexp.MustCompile(`^(>\s?)+`)
	listRE        = regexp.MustCompile(`^([-*+•·▪●◦‣]|\d{1,3}[.)])\s+`)
	imageRE       = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	linkRE        = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	refLinkRE     = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	autoLinkRE    = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	strongRE      = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	strongUndRE   = regexp.MustCompile(`__([^_]+)__`)
	emRE          = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	emUndRE       = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_([^\p{L}\p{N}_]|$)`)
	strikeRE      = regexp.MustCompile(`~~([^~]+)~~`)
)

// plainLine turns one input line into plain text: markdown markers (headings,
// quotes, list bullets, emphasis, links) are stripped and white space is
// collapsed. A line that is pure markup (a code fence, a rule, an image)
// gives "" and the reason to record.
func plainLine(s string) (text, reason string) {
	s = collapseSpace(s)
	if s == "" {
		return "", ""
	}
	// The anchored patterns run only on a line that starts as they must
	// (a line of text starts with none of these: listRE alone, copying
	// every line it did not match, was 3% of extraction, profile of
	// BenchmarkTextCorpus).
	switch first := s[0]; {
	case (first == '`' || first == '~') && fenceRE.MatchString(s), strings.IndexByte("-*_=", first) >= 0 && ruleRE.MatchString(s):
		return "", copydesk.RemovedMarkup
	case first == '!' && imageLineRE.MatchString(s):
		return "", copydesk.RemovedImage
	}
	// Each pattern runs only on a line it can match: ReplaceAllString
	// copies the line even when nothing matches, and the unanchored
	// closing hashes were tried at every position of every line.
	if strings.HasPrefix(s, "#") {
		s = headingRE.ReplaceAllString(s, "")
	}
	if strings.HasSuffix(s, "#") {
		s = closingHashRE.ReplaceAllString(s, "")
	}
	if strings.HasPrefix(s, ">") {
		s = quoteRE.ReplaceAllString(s, "")
	}
	if mayList(s) {
		s = listRE.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, "[]<!") {
		s = imageRE.ReplaceAllString(s, "")
		s = linkRE.ReplaceAllString(s, "$1")
		s = refLinkRE.ReplaceAllString(s, "$1")
		s = autoLinkRE.ReplaceAllString(s, "$1")
	}
	if strings.ContainsAny(s, "*_~`") {
		s = strongRE.ReplaceAllString(s, "$1")
		s = strongUndRE.ReplaceAllString(s, "$1")
		s = emRE.ReplaceAllString(s, "$1")
		s = emUndRE.ReplaceAllString(s, "$1$2$3")
		s = strikeRE.ReplaceAllString(s, "$1")
		s = strings.ReplaceAll(s, "`", "")
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", copydesk.RemovedMarkup
	}
	return s, ""
}

// mayList reports whether s starts as listRE's bullets and numbers do: an
// ASCII bullet, a digit, or a byte of a character beyond ASCII (the other
// bullets); an empty s holds none.
func mayList(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '-' || c == '*' || c == '+' || '0' <= c && c <= '9' || c >= 0x80
}

// collapseSpace trims s and replaces each run of white space (including
// no-break and zero-width spaces) by one space.
func collapseSpace(s string) string {
	if collapsed(s) {
		return s
	}
	return collapseRunes(s)
}

// collapseRunes is collapseSpace of any s.
func collapseRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0' {
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// collapsed reports whether collapseSpace would give s back unchanged: an
// ASCII line without control characters, with single spaces between its
// words and none at its ends, as most lines are. Every line is collapsed
// (plainLine), and building each again was a tenth of extraction's
// allocation (profile of copydesk add).
func collapsed(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}
