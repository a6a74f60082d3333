package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

var utf8BOM = []byte("\xef\xbb\xbf")

// trimBOM drops a leading UTF-8 byte order mark.
func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, utf8BOM) }

// sniff guesses the kind of content from its first bytes.
func sniff(data []byte) kind {
	b := bytes.TrimLeft(trimBOM(data), " \t\r\n")
	if len(b) == 0 {
		return kindText
	}
	switch b[0] {
	case '{', '[':
		return kindJSON
	case '<':
		if isFeed(b) {
			return kindFeed
		}
		return kindHTML
	}
	return kindText
}

// isFeed reports whether data starts like an RSS, RDF or Atom document or a
// JSON Feed.
func isFeed(data []byte) bool {
	return gofeed.DetectFeedType(bytes.NewReader(data[:min(len(data), 4096)])) != gofeed.FeedTypeUnknown
}

// checkUTF8 returns an error naming the first invalid byte, if any.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Errorf("invalid UTF-8 at byte offset %d", i)
		}
		i += n
	}
	return nil
}

var xmlEncoding = regexp.MustCompile(`(?i)^\s*<\?xml[^>]*\sencoding\s*=\s*["']([a-z0-9_:.-]+)["']`)

// declaresCharset reports whether a feed's XML declaration names a charset
// other than UTF-8, which the feed parser then decodes.
func declaresCharset(s source) bool {
	m := xmlEncoding.FindSubmatch(trimBOM(s.data[:min(len(s.data), 1024)]))
	if m == nil {
		return false
	}
	name := strings.ToLower(string(m[1]))
	return name != "utf-8" && name != "utf8" && name != "us-ascii" && name != "ascii"
}

// canonicalURL returns the absolute URL an HTML page claims as its own, from
// <link rel=canonical>, else <meta property=og:url>, scanning the head only.
func canonicalURL(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page[:min(len(page), 256<<10)]))
	var og string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return og
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return og
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return og
			case "link", "meta":
			default:
				continue
			}
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if string(name) == "link" && hasToken(attrs["rel"], "canonical") {
				if u := absoluteURL(attrs["href"]); u != "" {
					return u
				}
			}
			if string(name) == "meta" && og == "" && strings.EqualFold(strings.TrimSpace(attrs["property"]), "og:url") {
				og = absoluteURL(attrs["content"])
			}
		}
	}
}

// hasToken reports whether the space-separated list holds tok, ignoring case.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// absoluteURL returns s when it is an absolute http(s) URL, else "".
func absoluteURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
