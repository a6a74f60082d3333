// Package extract is the second stage of the copydesk pipeline: it turns one
// raw document (plain text, markdown or an HTML page) into clean article text
// plus metadata (title, byline, outlet, date, dateline, language), and keeps a
// record of every line or block it left out and why, so that a journalist can
// check that no sentence of the article was lost.
//
// Plain text goes through Text, a line classifier built from the shapes of
// scraped news text: subscribe prompts, read-more and media links, credit and
// tracker lines, photo credits, error widgets, doubled captions, bylines and
// date lines. Each rule is limited to short lines, so that a body sentence
// that merely mentions a newsletter stays. The decisions worth knowing:
//
//   - The title is the first line that no rule removes (a line of a date and
//     menu words before it is junk). A first line shaped like a body sentence
//     (a full stop after a dozen words, or more than 40 words) is kept as text
//     and the title stays empty; a document of one line is its own title and
//     text. A later line repeating part of the title (a kicker, a standfirst)
//     is kept; one equal to it is removed as "duplicate title".
//   - Section subheadings (short lines without final punctuation) are kept
//     as paragraphs of their own: they are text other outlets copy.
//   - Lines of one block (no blank line between them) are joined into one
//     paragraph only when they look hard-wrapped; one line per paragraph, as
//     scraped text usually comes, stays one paragraph per line.
//   - A dateline is read from a date line's trailing place ("... IST -
//     Washington") or from a "CITY (Agency) —" opening of the first
//     paragraph; that paragraph keeps its opening.
//   - Bare one-to-three-word credits ("AFP") and alt texts repeated by the
//     caption below them are removed only between the title and the first
//     body sentence, where a picture sits.
//
// HTML goes through HTML, which lets go-trafilatura find the main text and
// the metadata and then applies the same line rules to each block it kept.
// Boilerplate learns the lines that one outlet repeats under every article,
// for the junk that no fixed rule knows. Evaluate extraction quality with
// Score and EvalTrafilatura.
package extract

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

// Result is what extraction finds in one raw document.
type Result struct {
	Title, Byline, Source, CanonicalURL, Lang string
	// Published is the publication time; zero when unknown.
	Published time.Time
	// Dateline is the place the story was filed from, e.g. "Washington",
	// when a dateline is recognised.
	Dateline string
	// Paragraphs are the clean paragraphs, in order.
	Paragraphs []string
	// Removed lists every line or block left out, with a short reason.
	Removed []copydesk.Removed
}

// Text returns the paragraphs joined by blank lines.
func (r Result) Text() string { return strings.Join(r.Paragraphs, "\n\n") }

// ErrNoText is returned when nothing is left of a document after cleaning.
// Its code is copydesk.EInvalid; callers print it after the input's name
// ("INPUT: no article text").
var ErrNoText = copydesk.Errorf(copydesk.EInvalid, "no article text")

// TextOptions tunes Text. Its zero value is ready to use.
type TextOptions struct {
	// Repeated reports lines known to repeat across one outlet's articles
	// (see Boilerplate.Repeated). It may be nil.
	Repeated func(line string) bool
	// Title, when the input already gave one (a JSON or feed item), means
	// the text has no title line: its first line is body.
	Title string
	// NoLang leaves Result.Lang empty instead of detecting the language,
	// for callers that do not read it (batch dedup): detection is a fixed
	// cost of about a millisecond an article.
	NoLang bool
}

// Text extracts the article from plain text or markdown. The first real line
// is the title; bylines, date lines and source lines become metadata; junk
// lines are dropped and listed in Result.Removed. It returns an EInvalid error
// for empty, binary or invalid UTF-8 input, and ErrNoText when no paragraph is
// left.
func Text(raw []byte, opts TextOptions) (Result, error) {
	if err := checkInput(raw, true); err != nil {
		return Result{}, err
	}
	r := cleanText(string(raw), opts)
	if len(r.Paragraphs) == 0 && r.Title != "" {
		// A document of one real line (a brief, a headline-only item) is
		// its own title and text.
		r.Paragraphs = []string{r.Title}
	}
	if len(r.Paragraphs) == 0 {
		return r, ErrNoText
	}
	if !opts.NoLang {
		r.Lang = Lang(r.Text())
	}
	return r, nil
}

// checkInput rejects input that is not text: empty, invalid UTF-8, or binary
// (more than one control character in twenty, or with strictNUL any NUL
// byte: plain text never has one, while a web page may carry a stray one).
func checkInput(raw []byte, strictNUL bool) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return copydesk.Errorf(copydesk.EInvalid, "empty input")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 && strictNUL {
		return copydesk.Errorf(copydesk.EInvalid, "binary input (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return copydesk.Errorf(copydesk.EInvalid, "invalid UTF-8 at offset %d", off)
	}
	control, total := 0, 0
	for _, r := range string(raw) {
		total++
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	if control*20 > total {
		return copydesk.Errorf(copydesk.EInvalid, "binary input (%d control characters in %d)", control, total)
	}
	return nil
}
