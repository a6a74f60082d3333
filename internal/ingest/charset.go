package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

var (
	utf16LEBOM = []byte{0xff, 0xfe}
	utf16BEBOM = []byte{0xfe, 0xff}
)

// hasUTF16BOM reports whether b starts with a UTF-16 byte order mark: such
// a text is full of NUL bytes without being binary.
func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, utf16LEBOM) || bytes.HasPrefix(b, utf16BEBOM)
}

// metaCharsetAny finds a charset declared in a meta tag, wherever it stands
// in the page (<meta charset=...> or <meta http-equiv content="...;
// charset=...">): the HTML5 prescan reads only the first 1024 bytes, and
// pages declare it further down.
var metaCharsetAny = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decoded is a text or HTML body as UTF-8, with how it was read.
type decoded struct {
	body []byte
	// note, when not empty, tells the user how the body was read when that
	// was not plain UTF-8: a charset detected, or stray bytes replaced.
	note string
}

// toUTF8 returns the body of a text or HTML source as UTF-8. The charset is
// taken from, in order: a byte order mark; for a body that is valid UTF-8,
// UTF-8; the HTTP Content-Type; for HTML a meta tag anywhere in the page;
// else it is detected (guess). A body declared UTF-8 (or detected as
// UTF-8 with stray bytes) keeps its text, each invalid byte replaced by
// U+FFFD, with a note; so does a text file in a legacy charset. Only a body
// that decodes to nothing readable is an error.
func toUTF8(data []byte, k kind, contentType string) (decoded, error) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		return fixUTF8(data[len(utf8BOM):], "UTF-8 (byte order mark)")
	case bytes.HasPrefix(data, utf16LEBOM), bytes.HasPrefix(data, utf16BEBOM):
		enc := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
		if bytes.HasPrefix(data, utf16BEBOM) {
			enc = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return decoded{}, fmt.Errorf("decode UTF-16: %w", err)
		}
		return decoded{body: out}, nil
	case utf8.Valid(data):
		return decoded{body: data}, nil
	}
	name, from := contentType, "the Content-Type"
	if name == "" && k == kindHTML {
		if m := metaCharsetAny.FindSubmatch(data); m != nil {
			name, from = string(m[1]), "its meta tag"
		}
	}
	if name != "" {
		enc, canon := charset.Lookup(name)
		switch {
		case enc == nil:
			// An unknown label is no reason to lose the page: detect.
		case canon == "utf-8":
			return fixUTF8(data, "UTF-8 ("+from+")")
		default:
			out, err := enc.NewDecoder().Bytes(data)
			if err != nil {
				return decoded{}, fmt.Errorf("decode %s: %w", canon, err)
			}
			return decoded{body: bytes.ToValidUTF8(out, []byte("\uFFFD"))}, nil
		}
	}
	if mostlyUTF8(data) {
		return fixUTF8(data, "UTF-8 (detected)")
	}
	enc, canon := detect(data)
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, fmt.Errorf("decode %s: %w", canon, err)
	}
	return decoded{body: bytes.ToValidUTF8(out, []byte("\uFFFD")), note: fmt.Sprintf("not UTF-8 and no charset declared: read as %s (detected)", canon)}, nil
}

// fixUTF8 replaces the invalid bytes of a body read as UTF-8 by U+FFFD,
// saying how many there were and where the first stood.
func fixUTF8(data []byte, how string) (decoded, error) {
	if utf8.Valid(data) {
		return decoded{body: data}, nil
	}
	bad, first := 0, -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			bad++
		}
		i += n
	}
	noun := "bytes"
	if bad == 1 {
		noun = "byte"
	}
	return decoded{
		body: bytes.ToValidUTF8(data, []byte("\uFFFD")),
		note: fmt.Sprintf("read as %s: %d invalid %s replaced (the first at byte offset %d)", how, bad, noun, first),
	}, nil
}

// mostlyUTF8 reports whether data reads as UTF-8 with a few stray bytes:
// several multi-byte sequences, and at most one invalid byte for four of
// them. Text in a legacy charset has next to no valid multi-byte sequences.
func mostlyUTF8(data []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi >= 2 && bad*4 <= multi
}

// candidates are the charsets detect chooses among, legacy charsets common
// on the news web, multi-byte ones first.
var candidates = []struct {
	name string
	enc  encoding.Encoding
}{
	{"shift_jis", japanese.ShiftJIS},
	{"euc-jp", japanese.EUCJP},
	{"gbk", simplifiedchinese.GBK},
	{"big5", traditionalchinese.Big5},
	{"euc-kr", korean.EUCKR},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"iso-8859-5", charmap.ISO8859_5},
	{"iso-8859-7", charmap.ISO8859_7},
	{"windows-1250", charmap.Windows1250},
	{"windows-1252", charmap.Windows1252},
}

// detect guesses the legacy charset of data, which is not UTF-8: the
// candidate whose decoding reads most like text (letters in words of one
// script, mostly lower case, no control characters or unmapped bytes),
// windows-1252 on a tie, as browsers do.
func detect(data []byte) (encoding.Encoding, string) {
	sample := data[:min(len(data), 64<<10)]
	best, bestScore := len(candidates)-1, textScore(decodeWith(charmap.Windows1252, sample))
	for i, c := range candidates[:len(candidates)-1] {
		if s := textScore(decodeWith(c.enc, sample)); s > bestScore {
			best, bestScore = i, s
		}
	}
	return candidates[best].enc, candidates[best].name
}

func decodeWith(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return ""
	}
	return string(out)
}

// textScore rates how much s reads as text. Each non-ASCII letter scores
// when it stands in a word whose letters (ASCII ones too) are all of one
// script and, after the word's first letter, in lower case, as words are;
// hiragana score most, being common in Japanese and rare in what other
// charsets' bytes decode to, and Han characters least, being what any
// two-byte charset's bytes decode to. Replacement and control characters,
// symbols, half-width katakana and words mixing scripts cost.
func textScore(s string) int {
	if s == "" {
		return -1 << 30
	}
	score := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) {
		script := -1
		mixed, upperInside, points, letters := false, false, 0, 0
		for i, r := range w {
			switch {
			case r < utf8.RuneSelf && !unicode.IsLetter(r):
				continue
			case r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Co, r):
				score -= 8
				continue
			case !unicode.IsLetter(r):
				score -= 2
				continue
			case r >= 0xff61 && r <= 0xff9f: // half-width katakana
				score -= 2
				continue
			}
			if i > 0 && unicode.IsUpper(r) {
				upperInside = true
			}
			if sc := scriptOf(r); sc < len(scripts) {
				if script < 0 {
					script = sc
				} else if sc != script {
					mixed = true
				}
			}
			if r < utf8.RuneSelf {
				continue
			}
			letters++
			switch {
			case unicode.Is(unicode.Hiragana, r):
				points += 3
			case unicode.Is(unicode.Han, r):
				points++
			default:
				points += 2
			}
		}
		switch {
		case mixed:
			score -= letters
		case !upperInside:
			score += points
		}
	}
	return score
}

// scripts are the writing systems a word keeps to; Chinese and Japanese
// mix theirs within a word (which, unspaced, is a whole clause), so they
// count as one.
var scripts = [][]*unicode.RangeTable{
	{unicode.Latin}, {unicode.Cyrillic}, {unicode.Greek},
	{unicode.Han, unicode.Hiragana, unicode.Katakana}, {unicode.Hangul},
	{unicode.Arabic}, {unicode.Hebrew},
}

// scriptOf returns the index of r's script in scripts, len(scripts) for
// another.
func scriptOf(r rune) int {
	for i, ts := range scripts {
		if unicode.In(r, ts...) {
			return i
		}
	}
	return len(scripts)
}
