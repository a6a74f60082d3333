package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

// jsonFeedVersion starts the version of a JSON Feed.
const jsonFeedVersion = "https://jsonfeed.org/version/"

const jsonSpace = " \t\r\n"

// json reads a .json input: one article object, an array of them, a JSON
// Feed, or JSONL misnamed .json (objects one after the other).
func (r *Reader) json(s source, yield yieldFunc) bool {
	data := trimBOM(s.data)
	b := bytes.TrimLeft(data, jsonSpace)
	switch b[0] {
	case '[':
		return r.jsonValues(s, bufio.NewReader(bytes.NewReader(s.data)), yield)
	case '{':
		dec := json.NewDecoder(bytes.NewReader(data))
		var first json.RawMessage
		if err := dec.Decode(&first); err != nil {
			return yield(Doc{}, jsonFailure(s.name, data, err))
		}
		if len(bytes.TrimLeft(data[dec.InputOffset():], jsonSpace)) > 0 {
			return r.jsonl(s.name, s.input, bytes.NewReader(s.data), yield)
		}
		var head struct {
			Version any `json:"version"`
		}
		if json.Unmarshal(first, &head) == nil {
			if v, ok := head.Version.(string); ok && strings.HasPrefix(v, jsonFeedVersion) {
				s.kind = kindFeed
				return r.feed(s, yield)
			}
		}
		if s.inFolder && !hasAnyKey(first, "text", "html", "title") {
			return yield(Doc{}, &NotArticle{Input: s.name, Reason: "a JSON object without text, html or title"})
		}
		a, err := decodeArticle(first)
		if err != nil {
			return yield(Doc{}, &Failure{Input: s.name, Err: err})
		}
		ref := s.name
		if a.id != "" {
			ref = a.id
		}
		return yield(a.doc(ref, s.data, s.input), nil)
	}
	return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("not JSON: want an object or an array, got %q", firstRune(b))})
}

// jsonValues reads a JSON array of articles, or articles one after the
// other (JSONL misnamed, or objects over several lines), an item at a time:
// the memory of one item whatever the length of the whole. An array element
// is named PATH#N (N its 1-based index), an object of a sequence PATH#L (L
// the line it starts on, as JSONL names its lines). An item over
// MaxItemBytes, or one that is not an article, is a Failure naming it, and
// the next item is read; a syntax error between items stops the input there,
// what came before being kept.
func (r *Reader) jsonValues(s source, br *bufio.Reader, yield yieldFunc) bool {
	sc := newJSONScanner(br, r.opts.MaxItemBytes)
	if b, _ := br.Peek(len(utf8BOM)); bytes.Equal(b, utf8BOM) {
		_, _ = br.Discard(len(utf8BOM))
	}
	stop := func(err error) bool {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return yield(Doc{}, &Failure{Input: s.name, Line: sc.line, Err: malformed(err)})
	}
	c, err := sc.peek()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("empty %s", s.noun)})
		}
		return yield(Doc{}, &Failure{Input: s.name, Err: err})
	}
	array := c == '['
	if !array && c != '{' {
		return yield(Doc{}, &Failure{Input: s.name, Err: fmt.Errorf("not JSON: want an object or an array, got %q", rune(c))})
	}
	if array {
		sc.skip()
		if c, err = sc.peek(); err != nil {
			return stop(err)
		}
		if c == ']' {
			sc.skip()
			return r.jsonEnd(s, sc, yield)
		}
	}
	for i := 1; ; i++ {
		if !startsValue(c) {
			return stop(fmt.Errorf("invalid character %q looking for beginning of value", rune(c)))
		}
		raw, line, err := sc.value()
		item := fmt.Sprintf("%s#%d", s.name, i)
		if !array {
			item = fmt.Sprintf("%s#%d", s.name, line)
		}
		switch {
		case errors.Is(err, errValueTooLong):
			if !yield(Doc{}, &Failure{Input: item, Err: tooLarge("item", r.opts.MaxItemBytes)}) {
				return false
			}
		case err != nil:
			return stop(err)
		default:
			if !yield(itemDoc(item, s.input, line, raw)) {
				return false
			}
		}
		c, err = sc.peek()
		switch {
		case !array && errors.Is(err, io.EOF):
			return true
		case err != nil:
			return stop(err)
		case array && c == ']':
			sc.skip()
			return r.jsonEnd(s, sc, yield)
		case array && c == ',':
			sc.skip()
			if c, err = sc.peek(); err != nil {
				return stop(err)
			}
		case array:
			return stop(fmt.Errorf("invalid character %q after array element", rune(c)))
		}
	}
}

// jsonEnd checks that nothing but white space follows a JSON array.
func (r *Reader) jsonEnd(s source, sc *jsonScanner, yield yieldFunc) bool {
	c, err := sc.peek()
	switch {
	case errors.Is(err, io.EOF):
		return true
	case err != nil:
		return yield(Doc{}, &Failure{Input: s.name, Line: sc.line, Err: err})
	}
	return yield(Doc{}, &Failure{Input: s.name, Line: sc.line, Err: malformed(fmt.Errorf("invalid character %q after top-level value", rune(c)))})
}

// startsValue reports whether c may start a JSON value.
func startsValue(c byte) bool {
	return strings.IndexByte(`{["-0123456789tfn`, c) >= 0
}

// itemDoc reads one item cut out of a JSON input, named item, which starts
// on line; a syntax error inside it is placed on its own line.
func itemDoc(item, input string, line int, raw []byte) (Doc, error) {
	if err := checkUTF8(raw); err != nil {
		return Doc{}, &Failure{Input: item, Err: err}
	}
	a, err := decodeArticle(raw)
	if err != nil {
		f := &Failure{Input: item, Err: err}
		var se *json.SyntaxError
		if errors.As(err, &se) && se.Offset > 0 && se.Offset <= int64(len(raw)) {
			f.Line = line + bytes.Count(raw[:se.Offset], []byte("\n"))
		}
		return Doc{}, f
	}
	return a.doc(item, raw, input), nil
}

// firstRune returns the first character of b, for messages.
func firstRune(b []byte) string {
	s := string(b[:min(len(b), 4)])
	for _, r := range s {
		return string(r)
	}
	return ""
}

// jsonFailure names the line of a JSON syntax error in data.
func jsonFailure(name string, data []byte, err error) *Failure {
	f := &Failure{Input: name, Err: malformed(err)}
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && se.Offset <= int64(len(data)) {
		f.Line = 1 + bytes.Count(data[:se.Offset], []byte("\n"))
	}
	return f
}

// malformed words a JSON decoding error.
func malformed(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("unexpected end of JSON input")
	}
	return fmt.Errorf("malformed JSON: %w", err)
}

// jsonl reads one JSON article a line, skipping blank lines. A bad line is a
// Failure naming the line; the others still come through.
func (r *Reader) jsonl(name, input string, in io.Reader, yield yieldFunc) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(br, r.opts.MaxItemBytes)
		if errors.Is(err, errLineTooLong) {
			if !yield(Doc{}, &Failure{Input: name, Line: n, Err: fmt.Errorf("line too long (over %s)", sizeString(r.opts.MaxItemBytes))}) {
				return false
			}
			continue
		}
		if n == 1 {
			line = trimBOM(line)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if !yield(lineDoc(name, input, n, line)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Doc{}, &Failure{Input: name, Line: n, Err: pathReason(err)})
		}
	}
}

// lineDoc reads JSONL line n.
func lineDoc(name, input string, n int, line []byte) (Doc, error) {
	if err := checkUTF8(line); err != nil {
		return Doc{}, &Failure{Input: name, Line: n, Err: err}
	}
	a, err := decodeArticle(line)
	if err != nil {
		return Doc{}, &Failure{Input: name, Line: n, Err: err}
	}
	return a.doc(fmt.Sprintf("%s#%d", name, n), line, input), nil
}

var errLineTooLong = errors.New("line too long")

// readLine returns the next line of br without its line ending, in memory of
// its own. A line longer than max is skipped and reported as errLineTooLong.
// err is io.EOF with the last line.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			// At the end of input, the next call returns io.EOF.
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, err
	}
}

// article is a decoded JSON article.
type article struct {
	id, url, source, title, byline, lang, text, html string
	published                                        time.Time
	extra                                            map[string]any
}

// doc turns a into a Doc. Ref is a's id, else its URL, else fallback.
func (a *article) doc(fallback string, raw []byte, input string) Doc {
	d := Doc{
		Ref: fallback, ID: a.id, URL: a.url, Source: a.source, Title: a.title,
		Byline: a.byline, Lang: a.lang, Published: a.published,
		Format: "text", Raw: raw, Extra: a.extra, Input: input,
	}
	switch {
	case a.id != "":
		d.Ref = a.id
	case a.url != "":
		d.Ref = a.url
	}
	switch {
	case strings.TrimSpace(a.text) != "":
		d.Body = []byte(a.text)
		if strings.TrimSpace(a.html) != "" {
			d.setExtra("html", a.html)
		}
	case strings.TrimSpace(a.html) != "":
		d.Format, d.Body = "html", []byte(a.html)
	}
	return d
}

// setExtra sets one Extra field, making the map when needed.
func (d *Doc) setExtra(key string, v any) {
	if d.Extra == nil {
		d.Extra = map[string]any{}
	}
	d.Extra[key] = v
}

// decodeArticle decodes one JSON article object. It interprets the fields
// below; every other field goes to Doc.Extra. When both names of an alias
// pair are given, the first (byline, published) wins and the other is kept
// in Extra unless equal.
//
//	id         string or number
//	url        string
//	source     string
//	title      string
//	text       string: the body as plain text (wins over html, then kept in Extra)
//	html       string: the body as HTML
//	lang       string
//	byline     string, array of strings, or {"name": ...} objects; alias author
//	published  string date (RFC 3339 or a common form); alias date
func decodeArticle(raw []byte) (*article, error) {
	b := bytes.TrimLeft(raw, jsonSpace)
	if len(b) == 0 {
		return nil, malformed(io.ErrUnexpectedEOF)
	}
	if b[0] != '{' {
		if !json.Valid(raw) {
			return nil, malformed(json.Unmarshal(raw, new(any)))
		}
		return nil, fmt.Errorf("want a JSON object, got %s", jsonType(b[0]))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, malformed(err)
	}
	a := &article{}
	var err error
	take := func(key string, dst *string) {
		v, ok := fields[key]
		if !ok || err != nil {
			return
		}
		delete(fields, key)
		*dst, err = stringField(key, v)
	}
	if v, ok := fields["id"]; ok {
		delete(fields, "id")
		if a.id, err = idField(v); err != nil {
			return nil, err
		}
	}
	take("url", &a.url)
	take("source", &a.source)
	take("title", &a.title)
	take("text", &a.text)
	take("html", &a.html)
	take("lang", &a.lang)
	if err != nil {
		return nil, err
	}
	if a.byline, err = alias(fields, "byline", "author", bylineField); err != nil {
		return nil, err
	}
	published, err := alias(fields, "published", "date", func(key string, v json.RawMessage) (string, error) {
		s, err := decodeValue(v)
		if err != nil {
			return "", err
		}
		switch s := s.(type) {
		case nil:
			return "", nil
		case string:
			return s, nil
		}
		return string(v), nil
	})
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(a.text) == "" && strings.TrimSpace(a.html) == "" && strings.TrimSpace(a.title) == "" {
		return nil, errors.New("empty article (no text, html or title)")
	}
	// In key order: with two bad fields, the same one is named each run.
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		x, err := decodeValue(fields[k])
		if err != nil {
			return nil, err
		}
		a.setExtra(k, x)
	}
	if published != "" {
		if t, ok := copydesk.ParseTime(published); ok {
			a.published = t
		} else {
			a.setExtra("published_raw", published)
		}
	}
	return a, nil
}

func (a *article) setExtra(key string, v any) {
	if a.extra == nil {
		a.extra = map[string]any{}
	}
	a.extra[key] = v
}

// alias reads the field first, else second, with read; when both are given
// and differ, the loser stays in fields, hence in Extra.
func alias(fields map[string]json.RawMessage, first, second string, read func(string, json.RawMessage) (string, error)) (string, error) {
	var got string
	for _, key := range []string{first, second} {
		v, ok := fields[key]
		if !ok {
			continue
		}
		s, err := read(key, v)
		if err != nil {
			return "", err
		}
		if got == "" {
			got = s
			delete(fields, key)
		} else if s == got || s == "" {
			delete(fields, key)
		}
	}
	return got, nil
}

// decodeValue decodes one JSON value cut out by a decoder, keeping numbers
// as json.Number. Strings, numbers and literals skip the full decoder.
func decodeValue(v json.RawMessage) (any, error) {
	v = bytes.TrimSpace(v)
	if s, ok := unquote(v); ok {
		return s, nil
	}
	switch {
	case len(v) == 0:
		return nil, malformed(io.ErrUnexpectedEOF)
	case v[0] == '-' || (v[0] >= '0' && v[0] <= '9'):
		return json.Number(v), nil
	case string(v) == "null":
		return nil, nil
	case string(v) == "true":
		return true, nil
	case string(v) == "false":
		return false, nil
	}
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return nil, malformed(err)
	}
	return x, nil
}

// jsonType names the JSON type starting with c, for messages.
func jsonType(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// stringField decodes a string field; null is "".
func stringField(key string, v json.RawMessage) (string, error) {
	if s, ok := unquote(v); ok {
		return s, nil
	}
	var s *string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", fieldError(key, "a string", v)
	}
	if s == nil {
		return "", nil
	}
	return *s, nil
}

// unquote decodes a JSON string already validated by the decoder that cut
// it out, when it holds no escapes other than the common one-letter ones;
// ok is false otherwise. It spares a second validation pass over long texts.
func unquote(v []byte) (s string, ok bool) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", false
	}
	v = v[1 : len(v)-1]
	if !utf8.Valid(v) {
		return "", false // encoding/json replaces invalid bytes
	}
	i := bytes.IndexByte(v, '\\')
	if i < 0 {
		return string(v), true
	}
	b := make([]byte, 0, len(v))
	for i >= 0 {
		b = append(b, v[:i]...)
		if i+1 >= len(v) {
			return "", false
		}
		switch c := v[i+1]; c {
		case '"', '\\', '/':
			b = append(b, c)
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		default: // \b, \f and \u: leave them to encoding/json
			return "", false
		}
		v = v[i+2:]
		i = bytes.IndexByte(v, '\\')
	}
	return string(append(b, v...)), true
}

// idField decodes an id, a string or a number.
func idField(v json.RawMessage) (string, error) {
	x, err := decodeValue(v)
	if err != nil {
		return "", err
	}
	switch x := x.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case json.Number:
		return x.String(), nil
	}
	return "", fieldError("id", "a string or a number", v)
}

// bylineField decodes a byline: a string, a {"name": ...} object, or an
// array of those, joined with ", ".
func bylineField(key string, v json.RawMessage) (string, error) {
	x, err := decodeValue(v)
	if err != nil {
		return "", err
	}
	name := func(x any) (string, bool) {
		switch x := x.(type) {
		case string:
			return strings.TrimSpace(x), true
		case map[string]any:
			n, ok := x["name"].(string)
			return strings.TrimSpace(n), ok
		}
		return "", false
	}
	switch x := x.(type) {
	case nil:
		return "", nil
	case []any:
		var names []string
		for _, e := range x {
			n, ok := name(e)
			if !ok {
				return "", fieldError(key, "names", v)
			}
			if n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", "), nil
	}
	if n, ok := name(x); ok {
		return n, nil
	}
	return "", fieldError(key, "a name", v)
}

// fieldError says that field key holds the wrong JSON type.
func fieldError(key, want string, v json.RawMessage) error {
	b := bytes.TrimLeft(v, jsonSpace)
	got := "nothing"
	if len(b) > 0 {
		got = jsonType(b[0])
	}
	return fmt.Errorf("field %q: want %s, got %s", key, want, got)
}

// hasAnyKey reports whether the JSON object obj has one of keys.
func hasAnyKey(obj json.RawMessage, keys ...string) bool {
	var fields map[string]json.RawMessage
	if json.Unmarshal(obj, &fields) != nil {
		return true // let the article decoder say what is wrong
	}
	for _, k := range keys {
		if _, ok := fields[k]; ok {
			return true
		}
	}
	return false
}
