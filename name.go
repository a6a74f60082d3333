package copydesk

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// DisplayName is how copydesk names an article to a reader, the same in
// the CLI, the API and the pages: its outlet, else its address's domain,
// else its title, else its first words. Never a file path or a hash: those
// say nothing to a reader and differ between two stores of the same
// articles. The stores set Article.Name to it on every read.
func (a *Article) DisplayName() string {
	if s := strings.TrimSpace(a.Source); s != "" {
		return s
	}
	for _, u := range []string{a.URL, a.CanonicalURL} {
		if h := domain(u); h != "" {
			return h
		}
	}
	if t := strings.TrimSpace(a.Title); t != "" {
		return clipWords(t, 80)
	}
	if t := strings.TrimSpace(a.Text); t != "" {
		return clipWords(t, 60)
	}
	return "an article without title or text"
}

// domain is the host of an http(s) address without a leading "www.", or ""
// when u is not one.
func domain(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// clipWords cuts s to at most max bytes at a word boundary, marking the cut.
func clipWords(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > max/2 {
		cut = i
	}
	return s[:cut] + "…"
}
