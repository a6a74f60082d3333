// Package ingest is the first stage of the copydesk pipeline: it turns inputs
// (files, folders, http(s) URLs and "-" for standard input) into raw
// documents, one per article, without extracting their text. Package extract
// takes it from there.
//
// Formats are chosen by file extension, then by sniffing the content: plain
// text and Markdown, HTML pages, JSON articles (one object, an array of them,
// or a JSON Feed), JSONL (one article a line; standard input is read as
// JSONL), and RSS 0.9x/1.0/2.0 and Atom feeds.
//
// Doc.Raw is what the store keeps as the raw input of an article, so it is
// deterministic: the same input always gives the same Raw bytes.
//   - A text or HTML file or page: the whole file or response body.
//   - A single JSON article file: the whole file.
//   - An element of a JSON array or a JSON Feed item: the element's bytes as
//     they stand in the file.
//   - A JSONL line: the line without its line ending ("\n" or "\r\n").
//   - An RSS or Atom item: the JSON encoding of the item as parsed by gofeed
//     (github.com/mmcdole/gofeed.Item), which encoding/json writes in a fixed
//     field order with sorted map keys.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

// Doc is one raw article as read from an input.
type Doc struct {
	// Ref is the input's id, else the file path (as given, cleaned, with
	// forward slashes), else the URL. For items inside a file it is the
	// item's id, guid or link, else "PATH#N" with N the 1-based item or line.
	Ref string
	// ID is the input's own id field (a feed item's guid), when it has one.
	ID     string
	URL    string
	Source string
	Title  string
	Byline string
	Lang   string
	// Published is zero when unknown.
	Published time.Time
	// Format is "text" (plain text or Markdown body) or "html" (HTML body).
	Format string
	// Body is the article body to extract from. It may share memory with Raw.
	Body []byte
	// Raw is the exact raw input of this item; see the package comment.
	Raw []byte
	// Partial marks a feed item known only by its summary.
	Partial bool
	// Extra keeps the unknown fields of a JSON article as they were decoded
	// (numbers as json.Number), and "published_raw" for a date that could not
	// be parsed.
	Extra map[string]any
	// Input is the input argument this came from, for messages.
	Input string
}

// Failure is one input or item that could not be read. Input names the file,
// URL or item ("PATH#N" for the N-th item of a JSON array or feed, "stdin"
// for standard input); Line is the 1-based line of a JSONL file or of a JSON
// syntax error, 0 otherwise.
type Failure struct {
	Input string
	Line  int
	Err   error
}

// Error returns one line naming the input and the reason, as in
// "data.jsonl:7: malformed JSON: unexpected end of JSON input".
func (f *Failure) Error() string {
	var s string
	if f.Line > 0 {
		s = fmt.Sprintf("%s:%d: %v", f.Input, f.Line, f.Err)
	} else {
		s = fmt.Sprintf("%s: %v", f.Input, f.Err)
	}
	return oneLine.Replace(s)
}

// oneLine keeps a message on one line whatever a parser's error says.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// Unwrap returns the reason.
func (f *Failure) Unwrap() error { return f.Err }

// As lets copydesk.ErrorCode classify a Failure as invalid input: whatever
// went wrong, the input could not be read as articles.
func (f *Failure) As(target any) bool {
	if e, ok := target.(**copydesk.Error); ok {
		*e = &copydesk.Error{Code: copydesk.EInvalid, Message: f.Error()}
		return true
	}
	return false
}

// Options configure a Reader. The zero value is usable.
type Options struct {
	// MaxBytes caps each HTTP body, read whole; default 32 MiB.
	MaxBytes int64
	// MaxItemBytes caps one item: a JSONL line, an element of a JSON array,
	// a text, HTML, feed or single-article JSON file; default 32 MiB. Files
	// have no cap of their own: JSONL and JSON arrays are read an item at a
	// time, and an item over the cap is a Failure naming it (PATH:LINE or
	// PATH#INDEX) after which the rest of the file is read.
	MaxItemBytes int64
	// Timeout bounds each HTTP request, body included; default 20s.
	Timeout time.Duration
	// MaxRedirects is the number of redirects followed; default 5, and a
	// negative value follows none.
	MaxRedirects int
	// UserAgent is sent with every request; default DefaultUserAgent.
	UserAgent string
	// AllowPrivate allows fetching from loopback, private, link-local and
	// unspecified addresses. They are refused by default, checked on the
	// dialed IP after DNS resolution, so also after redirects.
	AllowPrivate bool
	// Client, when set, is used as is for HTTP: the address check and the
	// redirect limit are then its own business, while Timeout, MaxBytes and
	// UserAgent still apply. When nil, a client honouring the options above
	// is built.
	Client *http.Client
	// Stdin is what "-" reads; nothing when nil.
	Stdin io.Reader
	// Read, when set, counts the bytes read from files and standard input
	// as they are read (for a progress bar, beside Size).
	Read *atomic.Int64
}

// Defaults of Options.
const (
	DefaultMaxBytes     = 32 << 20
	DefaultMaxItemBytes = 32 << 20
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "copydesk/0.1 (+https://github.com/copydesk/copydesk)"
)

// Reader reads inputs into Docs. It holds no state between calls to Docs, so
// one Reader may serve several goroutines.
type Reader struct {
	opts   Options
	client *http.Client
}

// NewReader returns a Reader with opts, defaults filled in.
func NewReader(opts Options) *Reader {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxItemBytes <= 0 {
		opts.MaxItemBytes = DefaultMaxItemBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	} else if opts.MaxRedirects < 0 {
		opts.MaxRedirects = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	r := &Reader{opts: opts, client: opts.Client}
	if r.client == nil {
		r.client = newClient(opts)
	}
	return r
}

// yieldFunc receives a Doc, or a *Failure, and reports whether to go on.
type yieldFunc = func(Doc, error) bool

// Docs yields every document of every input in order, with a *Failure
// instead of a Doc for each bad input or item; one bad item never stops the
// others. Folders are walked recursively in lexical order, skipping hidden
// files and folders and, silently, files of unknown extensions; an unknown
// file named directly is read by sniffing its content. When ctx ends, Docs
// yields one Failure for the input at hand and stops.
func (r *Reader) Docs(ctx context.Context, inputs []string) iter.Seq2[Doc, error] {
	return func(yield yieldFunc) {
		for _, in := range inputs {
			if err := ctx.Err(); err != nil {
				yield(Doc{}, &Failure{Input: displayName(in), Err: err})
				return
			}
			if !r.input(ctx, in, yield) {
				return
			}
		}
	}
}

// input reads one input argument.
func (r *Reader) input(ctx context.Context, in string, yield yieldFunc) bool {
	switch {
	case in == "-":
		return r.stdin(ctx, in, yield)
	case isURL(in):
		return r.url(ctx, in, yield)
	}
	name := displayName(in)
	info, err := os.Stat(in)
	if err != nil {
		return yield(Doc{}, &Failure{Input: name, Err: pathReason(err)})
	}
	if info.IsDir() {
		return r.dir(ctx, in, yield)
	}
	return r.file(in, name, in, true, yield)
}

// displayName is how an input is named in Refs and messages.
func displayName(in string) string {
	switch {
	case in == "-":
		return "stdin"
	case isURL(in):
		return in
	}
	return filepath.ToSlash(filepath.Clean(in))
}

// isURL reports whether in is an http or https URL.
func isURL(in string) bool {
	l := strings.ToLower(in)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// pathReason strips the operation and path from a *fs.PathError, which the
// Failure names already.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// stdin reads standard input as JSONL, line by line, so that a pipe is
// processed as it comes and ctx is checked between reads. MaxItemBytes caps
// each line; the stream has no cap.
func (r *Reader) stdin(ctx context.Context, in string, yield yieldFunc) bool {
	if r.opts.Stdin == nil {
		return yield(Doc{}, &Failure{Input: "stdin", Err: errors.New("no standard input")})
	}
	return r.jsonl("stdin", in, r.counted(ctxReader{ctx, r.opts.Stdin}), yield)
}

// ctxReader stops reading once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// dir walks a folder in lexical order and reads the files of known formats.
func (r *Reader) dir(ctx context.Context, root string, yield yieldFunc) bool {
	more := true
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			more = yield(Doc{}, &Failure{Input: displayName(path), Err: ctx.Err()})
			return filepath.SkipAll
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			more = yield(Doc{}, &Failure{Input: displayName(path), Err: pathReason(err)})
			if !more {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, known := kindOfExt(path); !known {
			return nil
		}
		if reason := notArticleName(d.Name()); reason != "" {
			if !yield(Doc{}, &NotArticle{Input: displayName(path), Reason: reason}) {
				more = false
				return filepath.SkipAll
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// WalkDir does not follow links; read a link to a file, not to a folder.
			info, err := os.Stat(path)
			if err == nil && !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if !r.file(path, displayName(path), root, false, yield) {
			more = false
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && more {
		return yield(Doc{}, &Failure{Input: displayName(root), Err: pathReason(err)})
	}
	return more
}

// file reads one file. named says whether the file was named as an input, in
// which case an unknown extension is sniffed rather than skipped. JSONL and
// JSON arrays are read an item at a time, whatever the file's size; a text,
// HTML, feed or single-article JSON file is one item, read whole up to
// MaxItemBytes.
func (r *Reader) file(path, name, input string, named bool, yield yieldFunc) bool {
	k, known := kindOfExt(path)
	if !known && !named {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Doc{}, &Failure{Input: name, Err: pathReason(err)})
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return yield(Doc{}, &Failure{Input: name, Err: pathReason(err)})
	}
	if info.IsDir() {
		return yield(Doc{}, &Failure{Input: name, Err: errors.New("is a directory")})
	}
	size := info.Size()
	if !info.Mode().IsRegular() {
		size = -1 // special files report no size
	}
	s := source{name: name, input: input, kind: k, noun: "file", inFolder: !named}
	return r.stream(s, r.counted(readErrors{f}), size, yield)
}

// counted counts what in reads into Options.Read, when set.
func (r *Reader) counted(in io.Reader) io.Reader {
	if r.opts.Read == nil {
		return in
	}
	return countingReader{in, r.opts.Read}
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// Size is the total size of the files inputs name, read as Docs would read
// them (folders walked, hidden and unknown files left out), for a progress
// bar; known is false when an input's size cannot be known ahead (standard
// input, a URL, a special file).
func Size(inputs []string) (total int64, known bool) {
	known = true
	for _, in := range inputs {
		if in == "-" || isURL(in) {
			known = false
			continue
		}
		info, err := os.Stat(in)
		switch {
		case err != nil:
		case !info.IsDir():
			if !info.Mode().IsRegular() {
				known = false
			}
			total += info.Size()
		default:
			_ = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
				if err != nil || path == in {
					return nil
				}
				if strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if _, ok := kindOfExt(path); ok && !d.IsDir() && notArticleName(d.Name()) == "" {
					if info, err := d.Info(); err == nil {
						total += info.Size()
					}
				}
				return nil
			})
		}
	}
	return total, known
}

// readErrors strips the operation and path from the read errors of a file,
// which the Failure names already.
type readErrors struct{ r io.Reader }

func (e readErrors) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		err = pathReason(err)
	}
	return n, err
}

// stream reads a source from in, size bytes long (-1 when unknown): JSONL
// and JSON arrays an item at a time, the other kinds whole up to
// MaxItemBytes.
func (r *Reader) stream(s source, in io.Reader, size int64, yield yieldFunc) bool {
	max := r.opts.MaxItemBytes
	if whole := s.kind == kindText || s.kind == kindHTML || s.kind == kindFeed; whole && size > max {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("%s too large (%s > %s)", s.noun, sizeString(size), sizeString(max))})
	}
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return yield(Doc{}, &Failure{Input: s.name, Err: err})
	}
	if len(head) < 8<<10 && len(bytes.TrimSpace(trimBOM(head))) == 0 {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("empty %s", s.noun)})
	}
	if i := bytes.IndexByte(head, 0); i >= 0 && !hasUTF16BOM(head) {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("binary %s (NUL byte at offset %d)", s.noun, i)})
	}
	if s.kind == kindUnknown {
		s.kind = sniff(head)
	}
	switch s.kind {
	case kindJSONL:
		return r.jsonl(s.name, s.input, br, yield)
	case kindJSON:
		// A single article (or a JSON Feed) keeps the whole file as its raw
		// input; an array, or objects one after the other, go an item at a
		// time.
		b := bytes.TrimLeft(trimBOM(head), jsonSpace)
		if len(b) == 0 || b[0] != '{' || size < 0 || size > max {
			return r.jsonValues(s, br, yield)
		}
	}
	if size > max {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("%s too large (%s > %s)", s.noun, sizeString(size), sizeString(max))})
	}
	// The size may grow after Stat, and special files report none.
	buf := bytes.NewBuffer(make([]byte, 0, max64(size, 0)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(br, max+1)); err != nil {
		return yield(Doc{}, &Failure{Input: s.name, Err: err})
	}
	if int64(buf.Len()) > max {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("%s too large (over %s)", s.noun, sizeString(max))})
	}
	s.data = buf.Bytes()
	return r.content(s, yield)
}

func max64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// NotArticle is a file met in a folder that is not an article: a README, a
// licence, a labels file. It is reported once, as a note: neither ingested
// nor failed.
type NotArticle struct {
	Input  string
	Reason string
}

func (n *NotArticle) Error() string {
	return fmt.Sprintf("%s: not an article (%s), skipped", n.Input, n.Reason)
}

// Warning is a note on an item that was read, given before it: its charset
// was detected, or stray bytes in it were replaced. The item itself follows
// as a Doc.
type Warning struct {
	Input string
	Note  string
}

func (w *Warning) Error() string { return oneLine.Replace(w.Input + ": " + w.Note) }

// notArticleName says why a file of a folder named name is not an article
// ("" when it may be one): the documents that come with a corpus.
func notArticleName(name string) string {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE", "AUTHORS":
		return "a " + strings.ToLower(base) + " file"
	}
	return ""
}

// sizeString formats a byte count: exact binary multiples in KiB, MiB or GiB,
// other counts in decimal units.
func sizeString(n int64) string {
	const ki = 1 << 10
	for _, u := range []struct {
		size int64
		name string
	}{{ki * ki * ki, "GiB"}, {ki * ki, "MiB"}, {ki, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	f := float64(n)
	for _, u := range []struct {
		size float64
		name string
	}{{1e9, "GB"}, {1e6, "MB"}, {1e3, "kB"}} {
		if f >= u.size {
			s := fmt.Sprintf("%.1f", f/u.size)
			return strings.TrimSuffix(s, ".0") + " " + u.name
		}
	}
	return fmt.Sprintf("%d B", n)
}

// kind is the format of an input's content.
type kind int

const (
	kindUnknown kind = iota // sniff the content
	kindText
	kindHTML
	kindJSON
	kindJSONL
	kindFeed
)

// kindOfExt returns the kind a file's extension announces.
func kindOfExt(path string) (kind, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".text":
		return kindText, true
	case ".html", ".htm":
		return kindHTML, true
	case ".json":
		return kindJSON, true
	case ".jsonl", ".ndjson":
		return kindJSONL, true
	case ".xml", ".rss", ".atom", ".rdf", ".feed":
		return kindFeed, true
	}
	return kindUnknown, false
}

// source is one input read whole.
type source struct {
	name  string // for Refs and messages: the path, URL or "stdin"
	input string // the input argument
	kind  kind
	noun  string // "file" or "response", for messages
	data  []byte
	// url is the final URL of a fetched page; charset its declared charset.
	url     string
	charset string
	// inFolder is set for a file met in a folder (not named as an input):
	// a JSON object there that has no article field is not an article.
	inFolder bool
}

// content dispatches a source by kind, sniffing an unknown one.
func (r *Reader) content(s source, yield yieldFunc) bool {
	if len(bytes.TrimSpace(trimBOM(s.data))) == 0 {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("empty %s", s.noun)})
	}
	if i := bytes.IndexByte(s.data[:min(len(s.data), 8<<10)], 0); i >= 0 && !hasUTF16BOM(s.data) {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("binary %s (NUL byte at offset %d)", s.noun, i)})
	}
	if s.kind == kindUnknown {
		s.kind = sniff(s.data)
	}
	switch s.kind {
	case kindUnknown, kindHTML, kindText:
		dec, err := toUTF8(s.data, s.kind, s.charset)
		if err != nil {
			return yield(Doc{}, &Failure{Input: s.name, Err: err})
		}
		if dec.note != "" && !yield(Doc{}, &Warning{Input: s.name, Note: dec.note}) {
			return false
		}
		if s.kind == kindText {
			return yield(Doc{Ref: s.name, URL: s.url, Format: "text", Body: dec.body, Raw: s.data, Input: s.input}, nil)
		}
		d := Doc{Ref: s.name, URL: s.url, Format: "html", Body: dec.body, Raw: s.data, Input: s.input}
		if d.URL == "" {
			d.URL = canonicalURL(dec.body)
		}
		return yield(d, nil)
	case kindFeed:
		// An XML declaration of another charset is the feed parser's to
		// read; a feed without one is read as HTML and text are.
		if !utf8.Valid(s.data) && !declaresCharset(s) {
			dec, err := toUTF8(s.data, s.kind, s.charset)
			if err != nil {
				return yield(Doc{}, &Failure{Input: s.name, Err: err})
			}
			if dec.note != "" && !yield(Doc{}, &Warning{Input: s.name, Note: dec.note}) {
				return false
			}
			s.data = dec.body
		}
		return r.feed(s, yield)
	case kindJSON:
		if err := checkUTF8(s.data); err != nil {
			return yield(Doc{}, &Failure{Input: s.name, Err: err})
		}
		return r.json(s, yield)
	}
	return r.jsonl(s.name, s.input, bytes.NewReader(s.data), yield)
}
