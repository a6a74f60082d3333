package extract

import (
	"bytes"
	"fmt"
	"io"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxRemovedBlocks bounds the Removed entries of one HTML page: a page can
// have thousands of menu items, and beyond a few hundred a list of them helps
// nobody. The rest is summarised in one entry.
const maxRemovedBlocks = 300

// HTML extracts the article from an HTML page. go-trafilatura (with its
// readability and DOM distiller fallbacks) finds the main text and the
// metadata; the line rules of Text then clean what it found. pageURL, when
// not empty, resolves relative canonical links.
//
// Every text block of the page (text between block-level tags) that is not
// part of the main text is listed in Result.Removed, clipped to 200
// characters, with the reason a line rule gives ("byline", "subscribe
// prompt", ...) or else "not main text"; Line is 0, HTML not being line
// based. After 300 entries one last entry counts the blocks left out. When
// trafilatura finds nothing that reads as prose, the page's own blocks of
// eight words or more that end a sentence are used instead. It returns an EInvalid error for empty, binary or
// undecodable input, and ErrNoText when the page has no main text.
func HTML(raw []byte, pageURL string) (Result, error) {
	raw, err := decodeHTML(raw)
	if err != nil {
		return Result{}, err
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return Result{}, copydesk.Errorf(copydesk.EInvalid, "parse HTML: %v", err)
	}
	flatten(doc, 0)
	var base *nurl.URL
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
		base = u
	}
	page := scanPage(doc, base)

	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  true,
		ExcludeComments: true,
		// The fast mode: dates in metadata, URLs and markup, without the
		// slow free-text date parser; with the time of day when given.
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, ExtractTime: true, URL: pageURL},
	}
	var paras []string
	var meta trafilatura.Metadata
	// A page too large for trafilatura's cost is read from its own prose
	// blocks, as below when trafilatura finds nothing.
	if len(raw) <= maxMainTextBytes {
		if ex, err := trafilatura.ExtractDocument(doc, opts); err == nil && ex != nil {
			meta = ex.Metadata
			if ex.ContentNode != nil {
				paras = textBlocks(ex.ContentNode, true)
			}
		}
	}
	r := cleanBlocks(paras, meta, page, pageURL)
	if !hasProse(r.Paragraphs) {
		// trafilatura gives up on some pages, or keeps only a menu; the
		// blocks of the page that read as prose are better than that.
		var fallback []string
		for _, b := range page.blocks {
			if bodyLike(b) {
				fallback = append(fallback, b)
			}
		}
		if fr := cleanBlocks(fallback, meta, page, pageURL); hasProse(fr.Paragraphs) {
			r = fr
		}
	}
	removeOutside(&r, page.blocks)
	if !hasProse(r.Paragraphs) {
		// A menu or a cookie banner is all some pages have without
		// JavaScript; that is not an article.
		return r, ErrNoText
	}
	if r.Lang = Lang(r.Text()); r.Lang == "" && len(meta.Language) == 2 {
		r.Lang = meta.Language
	}
	return r, nil
}

// cleanBlocks applies the line rules to the main-text blocks of a page and
// fills the metadata from trafilatura's and from the page scan.
func cleanBlocks(paras []string, meta trafilatura.Metadata, page page, pageURL string) Result {
	title := collapseSpace(meta.Title)
	c := &cleaner{}
	c.res.Title = title
	c.res.Byline = collapseSpace(meta.Author)
	c.res.Source = collapseSpace(meta.Sitename)
	if c.res.Source != "" {
		c.srcPrio = srcHeader
	}
	c.res.Published = meta.Date
	if pt := page.published; !pt.IsZero() && (meta.Date.IsZero() || sameDay(pt, meta.Date)) {
		c.res.Published = pt
	}
	c.res.CanonicalURL = page.canonical
	if c.res.CanonicalURL == "" && meta.URL != "" && meta.URL != pageURL {
		c.res.CanonicalURL = meta.URL
	}
	// Blocks become lines separated by blank lines, so that the line rules
	// see one block at a time and never join two of them.
	lines := make([]string, 0, 2*len(paras))
	for _, p := range paras {
		lines = append(lines, p, "")
	}
	c.run(lines, title != "")
	for i := range c.res.Removed {
		c.res.Removed[i].Line = 0
	}
	return c.res
}

var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([\w:.-]+)`)

// hasProse reports whether paragraphs read as article text: one sentence of
// five words or more, or thirty words in all.
func hasProse(paragraphs []string) bool {
	total := 0
	for _, p := range paragraphs {
		n := words(p)
		if n >= 5 && endsSentence(p) {
			return true
		}
		total += n
	}
	return total >= 30
}

// decodeHTML checks raw like Text does and returns it as UTF-8. A page that
// is not valid UTF-8 is decoded with the character set it declares or, when
// it declares none, the one the HTML5 sniffing rules guess (windows-1252 by
// default). A page that declares UTF-8 may have a few broken bytes, replaced
// by U+FFFD; more than one in a hundred is an error.
func decodeHTML(raw []byte) ([]byte, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "empty input")
	}
	if !utf8.Valid(raw) {
		enc, name, _ := charset.DetermineEncoding(raw, "text/html")
		// The HTML5 prescan reads only the first 1024 bytes; a declaration
		// further down the head still beats a guess.
		if m := metaCharsetRE.FindSubmatch(raw[:min(len(raw), 16384)]); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
			}
		}
		if name == "utf-8" {
			bad := 0
			for i := 0; i < len(raw); {
				r, n := utf8.DecodeRune(raw[i:])
				if r == utf8.RuneError && n == 1 {
					bad++
				}
				i += n
			}
			if bad*100 > len(raw) {
				return nil, copydesk.Errorf(copydesk.EInvalid, "invalid UTF-8 (%d bad bytes in %d)", bad, len(raw))
			}
			raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
		} else {
			out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
			if err != nil {
				return nil, copydesk.Errorf(copydesk.EInvalid, "decode %s: %v", name, err)
			}
			raw = bytes.ToValidUTF8(out, []byte("\uFFFD"))
		}
	}
	if err := checkInput(raw, false); err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(raw, []byte{0}, nil), nil
}

// run classifies lines as cleanText does, titled telling whether the title
// is already known.
func (c *cleaner) run(lines []string, titled bool) {
	c.lines = make([]string, len(lines))
	c.orig = make([]string, len(lines))
	for i, l := range lines {
		c.orig[i] = strings.TrimSpace(l)
		// plainLine collapses the line's space itself: doing it here as
		// well made every line that is not collapsed already twice.
		var text, reason string
		if c.markup {
			text, reason = plainLine(l)
		} else {
			text = collapseSpace(l)
		}
		if reason != "" {
			c.remove(i+1, c.orig[i], reason)
		}
		c.lines[i] = text
	}
	c.classifyAll(titled)
}

// removeOutside records the page blocks that the main text does not contain,
// with the reason a line rule gives or else "not main text".
func removeOutside(r *Result, blocks []string) {
	var main strings.Builder
	main.WriteString(normalise(r.Title))
	for _, p := range r.Paragraphs {
		main.WriteByte('\n')
		main.WriteString(normalise(p))
	}
	for _, rm := range r.Removed {
		main.WriteByte('\n')
		main.WriteString(normalise(rm.Text))
	}
	text := main.String()
	seen := map[string]bool{}
	left := 0
	for _, b := range blocks {
		n := normalise(b)
		if n == "" || seen[n] || strings.Contains(text, n) {
			continue
		}
		seen[n] = true
		if len(r.Removed) >= maxRemovedBlocks {
			left++
			continue
		}
		// Name the kind of junk when a line rule knows it; the metadata
		// the rules find here is not used (trafilatura's is).
		reason := (&cleaner{}).classify(0, b, false, true)
		if reason == "" {
			reason = copydesk.RemovedNotMainText
		}
		r.Removed = append(r.Removed, copydesk.Removed{Text: clip(b, 200), Reason: reason})
	}
	if left > 0 {
		r.Removed = append(r.Removed, copydesk.Removed{Text: fmt.Sprintf("%d more blocks", left), Reason: copydesk.RemovedNotMainText})
	}
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// page is what one walk over the parsed page finds.
type page struct {
	blocks    []string // every text block, in order
	canonical string   // <link rel=canonical>, resolved
	published time.Time
}

// publishedMeta are the <meta> names and properties that give the
// publication time, with its time of day where go-htmldate keeps only the day.
var publishedMeta = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"pubdate": true, "publishdate": true, "dc.date.issued": true, "dcterms.created": true,
	"parsely-pub-date": true, "sailthru.date": true,
}

func scanPage(doc *html.Node, base *nurl.URL) page {
	var p page
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if p.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					p.canonical = resolve(base, attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if p.published.IsZero() && publishedMeta[key] {
					if t, _, ok := findDate(attr(n, "content")); ok {
						p.published = t
					}
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	p.blocks = textBlocks(doc, false)
	return p
}

func resolve(base *nurl.URL, href string) string {
	href = strings.TrimSpace(href)
	u, err := nurl.Parse(href)
	if err != nil || href == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// skipped elements hold no readable text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Head: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Math: true,
}

// blockLevel elements start and end a text block; all others, including
// unknown ones, are inline.
var blockLevel = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Figure: true,
	atom.Figcaption: true, atom.Caption: true, atom.Dt: true, atom.Dd: true, atom.Address: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Form: true, atom.Main: true,
	atom.Hr: true, atom.Body: true, atom.Html: true, atom.Details: true, atom.Summary: true,
}

// textBlocks returns the text of n split at block-level elements, each block
// with its white space collapsed, empty blocks left out. With trimmed, n comes
// from trafilatura, which trims the text around inline elements
// ("Fahrzeug<b>und</b>"): a space then goes back wherever an element boundary
// separates two letters or digits.
func textBlocks(n *html.Node, trimmed bool) []string {
	var out []string
	var buf strings.Builder
	boundary := false
	flush := func() {
		if t := collapseSpace(buf.String()); t != "" {
			out = append(out, t)
		}
		buf.Reset()
		boundary = false
	}
	write := func(s string) {
		if trimmed && boundary && buf.Len() > 0 && s != "" {
			last, _ := utf8.DecodeLastRuneInString(buf.String())
			first, _ := utf8.DecodeRuneInString(s)
			if isWordRune(last) && isWordRune(first) {
				buf.WriteByte(' ')
			}
		}
		boundary = false
		buf.WriteString(s)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			write(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br || n.DataAtom == atom.Img {
				buf.WriteByte(' ')
				return
			}
			if blockLevel[n.DataAtom] {
				flush()
				defer flush()
			} else {
				boundary = true
				defer func() { boundary = true }()
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	flush()
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
