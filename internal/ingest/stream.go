package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// jsonScanner cuts the values of a JSON text out of a stream one at a time,
// without decoding them, so that an array of a million articles or a file
// of a gigabyte is read in memory of one item. encoding/json's Decoder
// buffers each value whole before decoding it, so it cannot cap an item
// and go on after it; the scanner only tracks strings and brackets, and
// each value it cuts out is then decoded (and validated) by encoding/json.
type jsonScanner struct {
	br   *bufio.Reader
	line int   // 1-based line of the next byte
	max  int64 // largest value kept; a longer one is skipped
}

// errValueTooLong reports a value longer than the scanner's max, skipped.
var errValueTooLong = errors.New("value too long")

func newJSONScanner(br *bufio.Reader, max int64) *jsonScanner {
	return &jsonScanner{br: br, line: 1, max: max}
}

// peek skips white space and returns the next byte without consuming it;
// io.EOF at the end of the stream.
func (s *jsonScanner) peek() (byte, error) {
	for {
		buf, err := s.br.Peek(1)
		if len(buf) == 0 {
			if err == nil {
				err = io.EOF
			}
			return 0, err
		}
		buf, _ = s.br.Peek(s.br.Buffered())
		i := 0
		for i < len(buf) && isJSONSpace(buf[i]) {
			if buf[i] == '\n' {
				s.line++
			}
			i++
		}
		if i < len(buf) {
			_, _ = s.br.Discard(i)
			return buf[i], nil
		}
		_, _ = s.br.Discard(i)
	}
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// skip consumes one byte that peek returned.
func (s *jsonScanner) skip() { _, _ = s.br.ReadByte() }

// value cuts out the next value, which starts at the next byte (after peek):
// an object or array up to its closing bracket, a string up to its closing
// quote, or a literal up to the next delimiter. line is the line it starts
// on. A value longer than max is read to its end and dropped: err is then
// errValueTooLong and the stream is positioned after it. At the end of the
// stream inside a value, err is io.ErrUnexpectedEOF.
func (s *jsonScanner) value() (raw []byte, line int, err error) {
	line = s.line
	var (
		depth    int
		inString bool
		escaped  bool
		started  bool
		literal  bool
		tooLong  bool
		size     int64
	)
	for {
		if _, err := s.br.Peek(1); err != nil {
			if literal && started && !tooLong {
				return raw, line, nil // a literal ends with the stream
			}
			if tooLong {
				return nil, line, errValueTooLong
			}
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, line, err
		}
		buf, _ := s.br.Peek(s.br.Buffered())
		end := -1 // index just past the value's last byte
		i := 0
		if !started {
			started = true
			switch buf[0] {
			case '{', '[':
				depth = 1
			case '"':
				inString = true
			default:
				literal = true
			}
			i = 1
		}
	scan:
		for i < len(buf) {
			if inString {
				j := bytes.IndexAny(buf[i:], "\"\\")
				if escaped {
					j = 0
				}
				if j < 0 {
					break // the string goes on in the next chunk
				}
				i += j
				switch {
				case escaped:
					escaped = false
				case buf[i] == '\\':
					escaped = true
				default:
					inString = false
					if depth == 0 {
						end = i + 1
						break scan
					}
				}
				i++
				continue
			}
			c := buf[i]
			if literal {
				if isJSONSpace(c) || c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' {
					end = i
					break
				}
				i++
				continue
			}
			switch c {
			case '"':
				inString = true
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					end = i + 1
					break scan
				}
			}
			i++
		}
		n := len(buf)
		if end >= 0 {
			n = end
		}
		chunk := buf[:n]
		s.line += bytes.Count(chunk, []byte{'\n'})
		size += int64(n)
		if !tooLong {
			if size > s.max {
				tooLong, raw = true, nil
			} else {
				raw = append(raw, chunk...)
			}
		}
		_, _ = s.br.Discard(n)
		if end >= 0 {
			if tooLong {
				return nil, line, errValueTooLong
			}
			return raw, line, nil
		}
	}
}

// tooLarge words the failure of an item over the cap.
func tooLarge(noun string, max int64) error {
	return fmt.Errorf("%s too large (over %s)", noun, sizeString(max))
}
