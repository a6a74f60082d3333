package dedup

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/translit"
)

// anchorKind says what an anchor is: a name, a number (or a time), or a
// month or day.
type anchorKind uint8

const (
	nameAnchor anchorKind = iota + 1
	numberAnchor
	calendarAnchor
)

// anchor is one thing a sentence says that survives translation.
type anchor struct {
	kind anchorKind
	// key is what two anchors are compared by. A name's is its consonant
	// key (translit.Key: Обаму and Obama are "abm"); a number's its value
	// written plainly ("38000", "5.2", "5200000" for "5,2 млн"), a time's
	// "h:mm"; a month's or day's its English name.
	key string
	// alt is a second reading of a number: "09.30" is 9.3 or 9:30, "21 Uhr"
	// is 21 or 21:00, "5,2 млн" is also 5.2 when the other side dropped the
	// unit. For a name it is its folded spelling (translit.Fold), which
	// decides for names too short for their keys to (Айше and Aishe).
	alt string
	// text is the anchor as written, for people to read.
	text string
}

// matches reports whether two anchors stand for the same thing.
func (a anchor) matches(b anchor) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case nameAnchor:
		return translit.KeysMatch(a.key, b.key) || a.alt == b.alt
	case numberAnchor:
		return a.key == b.key || a.alt != "" && (a.alt == b.key || a.alt == b.alt) || b.alt != "" && b.alt == a.key
	}
	return a.key == b.key
}

// mention is one anchor in one sentence. A weak mention counts only when
// the other side has it too: a capitalised word that may be a common word
// (the first word of a sentence, one the article also writes in lower
// case, a German noun).
type mention struct {
	a    anchor
	weak bool
	// start and end are the byte offsets of the anchor in its sentence.
	start, end int
}

// readAnchors reads the anchors of one sentence in language lang, given
// its tokens; lower counts the words the article writes in lower case
// somewhere.
func readAnchors(lang, sentence string, toks []text.Token, lower map[string]int) []mention {
	var out []mention
	// The index in out of the number read from the token before (else -1),
	// of one written as a word, and of an hour waiting for its minutes;
	// plain is whether the number before is an integer of at most three
	// digits, written without separators (a first group of thousands).
	lastNum, wordNum, hour := -1, -1, -1
	plain := false
	for i, t := range toks {
		raw := sentence[t.Start:t.End]
		first, _ := utf8.DecodeRuneInString(raw)
		prevNum, prevWord, prevHour, prevPlain := lastNum, wordNum, hour, plain
		lastNum, wordNum, hour, plain = -1, -1, -1, false
		gap := ""
		if i > 0 {
			gap = sentence[toks[i-1].End:t.Start]
		}
		if containsDigit(raw) {
			switch {
			case prevNum >= 0 && prevPlain && isSpaceGap(gap) && len(raw) == 3 && isDigits(raw):
				// "2 100" and "80 000" (French, Russian, Czech thousands,
				// also with a no-break space) read as one number.
				n := &out[prevNum].a
				n.key, n.alt = plainNumber(strings.TrimLeft(n.key+raw, "0")), ""
				n.text += gap + raw
				out[prevNum].end = t.End
				lastNum, plain = prevNum, len(n.key) <= 3
				continue
			case prevNum >= 0 && gap == ":" && len(raw) == 2 && isDigits(raw) && isHour(out[prevNum].a.key):
				// "6:45" is a time.
				n := &out[prevNum].a
				n.key, n.alt, n.text = clock(n.key, raw), "", n.text+":"+raw
				out[prevNum].end = t.End
				lastNum = prevNum
				continue
			case prevHour >= 0 && len(raw) == 2 && isDigits(raw):
				// "6 h 45": the minutes join the hour.
				n := &out[prevHour].a
				n.key, n.alt, n.text = clock(hourOf(n.key), raw), "", n.text+" "+raw
				out[prevHour].end = t.End
				lastNum = prevHour
				continue
			}
			for _, m := range numbersOf(lang, raw) {
				m.start, m.end = m.start+t.Start, m.end+t.Start
				out = append(out, m)
			}
			lastNum = len(out) - 1
			plain = isDigits(raw) && len(raw) <= 3
			continue
		}
		w := t.Word
		if prevNum >= 0 && out[prevNum].a.kind == numberAnchor {
			n := &out[prevNum].a
			if exp, ok := scaleWords[lang][w]; ok && isSpaceGap(gap) {
				// "5,2 млн" is 5200000, "mil millones" a thousand millions.
				if n.alt == "" || strings.Contains(n.alt, ":") {
					n.alt = n.key // the value without its unit
				}
				n.key = scaled(n.key, exp)
				n.text += gap + raw
				out[prevNum].end = t.End
				lastNum = prevNum
				continue
			}
			if clockWords[w] {
				switch {
				case isHour(n.key):
					// "21 Uhr" is 21 or 21:00; "6 h 45" waits for its
					// minutes.
					n.alt = clock(n.key, "00")
					out[prevNum].end = t.End
					hour = prevNum
					continue
				case strings.Contains(n.alt, ":"):
					// "6.45 Uhr" is a time.
					n.key, n.alt = n.alt, ""
					out[prevNum].end = t.End
					continue
				}
			}
			if lang == "en" && isMeridiem(raw) && isHour(hourOf(n.key)) {
				// "9 p.m." is 21:00, as German, French and Spanish write it.
				h, m := splitClock(n.key, n.alt)
				if strings.HasPrefix(strings.ToLower(raw), "p") {
					h = afternoon(h)
				}
				n.key, n.alt = clock(h, m), ""
				if m == "00" {
					n.alt = h
				}
				out[prevNum].end = t.End
				continue
			}
		}
		if v := translit.Word(lang, raw, w); v != "" {
			if prevWord >= 0 && gap == "-" && isDigits(v) {
				// "soixante-dix" is 70, "dix-sept" 17, "quatre-vingts" 80.
				out[prevWord].a.key = compound(out[prevWord].a.key, v)
				out[prevWord].a.text += gap + raw
				out[prevWord].end = t.End
				lastNum, wordNum = prevWord, prevWord
				continue
			}
			kind := calendarAnchor
			if isDigits(v) {
				kind = numberAnchor
			}
			out = append(out, mention{a: anchor{kind: kind, key: v, text: raw}, start: t.Start, end: t.End})
			if kind == numberAnchor {
				lastNum, wordNum = len(out)-1, len(out)-1
			}
			continue
		}
		if v := roman(raw); v > 0 {
			// "XVII" (or "ХVII" typed with a Cyrillic Х) is 17, as
			// "17th" is.
			out = append(out, mention{a: anchor{kind: numberAnchor, key: strconv.Itoa(v), text: raw}, start: t.Start, end: t.End})
			lastNum = len(out) - 1
			continue
		}
		if !unicode.IsUpper(first) || utf8.RuneCountInString(raw) < 3 {
			continue
		}
		key := translit.Key(raw)
		if key == "" {
			continue
		}
		weak := i == 0 || lower[w] > 0 || lang == "de" && germanNoun(sentence, toks, i)
		out = append(out, mention{a: anchor{kind: nameAnchor, key: key, alt: translit.Fold(raw), text: raw}, weak: weak, start: t.Start, end: t.End})
	}
	return out
}

// roman returns the value of a Roman numeral of two letters or more that
// holds an I, a V or an X (centuries, kings, wars: "XX", "XVII", "II";
// not "DC" or "CD", which are more often abbreviations), written in
// capitals, with Cyrillic Х and І read as X and I; else 0.
func roman(raw string) int {
	if len(raw) < 2 {
		return 0
	}
	var buf [16]int
	vs := buf[:0]
	small := false
	for _, r := range raw {
		v := romanDigit(r)
		if v == 0 || len(vs) == len(buf) {
			return 0
		}
		small = small || v <= 10
		vs = append(vs, v)
	}
	if !small || len(vs) < 2 {
		return 0
	}
	n := 0
	for i, v := range vs {
		if i+1 < len(vs) && v < vs[i+1] {
			n -= v
		} else {
			n += v
		}
	}
	// Only the canonical spelling: what the value writes back to.
	if n <= 0 || n >= 4000 || toRoman(n) != strings.NewReplacer("Х", "X", "І", "I").Replace(raw) {
		return 0
	}
	return n
}

// romanDigit is the value of one letter of a Roman numeral, else 0.
func romanDigit(r rune) int {
	switch r {
	case 'I', 'І':
		return 1
	case 'V':
		return 5
	case 'X', 'Х':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

// toRoman writes n (1 to 3999) as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= d.v {
			b.WriteString(d.s)
			n -= d.v
		}
	}
	return b.String()
}

func containsDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isSpaceGap(g string) bool { return g == " " || g == "\u00a0" || g == "\u202f" }

// numbersOf reads the numbers of one token that holds a digit: "38,000",
// "5,2", "09.30", "20th", "41-летний", "20-35", "F-22", "20h30". Separators
// are read as language lang writes them. Two numbers joined by a hyphen
// are a range, or in a language other than English possibly a time
// ("11-50"): the first then also reads as the time.
func numbersOf(lang, raw string) []mention {
	var out []mention
	k := 0 // the part's place in the token
	for start := 0; start < len(raw); k++ {
		end := strings.IndexFunc(raw[start:], isHyphenRune)
		if end < 0 {
			end = len(raw)
		} else {
			end += start
		}
		p := raw[start:end]
		at := start
		if end < len(raw) {
			_, n := utf8.DecodeRuneInString(raw[end:])
			start = end + n
		} else {
			start = end
		}
		if p == "" {
			continue
		}
		// "20h30": an hour and its minutes in one token.
		if h, m, ok := strings.Cut(p, "h"); ok && len(m) == 2 && isDigits(m) && isDigits(h) && isHour(h) {
			out = append(out, mention{a: anchor{kind: numberAnchor, key: clock(h, m), text: p}, start: at, end: end})
			continue
		}
		num := leadingNumber(p)
		if num == "" {
			// "F" of "F-22", "covid": a letter part; its digits, if any,
			// are a number ("G20").
			if d := digits(p); d != "" {
				out = append(out, mention{a: anchor{kind: numberAnchor, key: plainNumber(d), text: p}, start: at, end: end})
			}
			continue
		}
		key, alt := readNumber(lang, num)
		if key == "" {
			continue
		}
		if k == 1 && lang != "en" && len(out) == 1 && len(num) == 2 && isDigits(num) && isHour(out[0].a.key) && out[0].a.alt == "" {
			if mm, _ := strconv.Atoi(num); mm < 60 {
				out[0].a.alt = clock(out[0].a.key, num)
			}
			if num == "00" {
				continue // "1-00": a full hour, not a range
			}
		}
		out = append(out, mention{a: anchor{kind: numberAnchor, key: key, alt: alt, text: num}, start: at, end: at + len(num)})
	}
	return out
}

func isHyphenRune(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013'
}

// leadingNumber returns the digits and separators a token part starts
// with, without a separator at its end ("20th" gives "20", "5,2" "5,2").
func leadingNumber(p string) string {
	end := 0
	for end < len(p) && (p[end] >= '0' && p[end] <= '9' || p[end] == '.' || p[end] == ',') {
		end++
	}
	return strings.TrimRight(p[:end], ".,")
}

// readNumber reads a number written with digits and separators in language
// lang, and returns its value written plainly and, when it may also be a
// time of day ("09.30"), the time.
func readNumber(lang, num string) (key, alt string) {
	intPart, frac := num, ""
	comma, dot := strings.Count(num, ","), strings.Count(num, ".")
	grouped := func(sep string) bool { // "1,000,000": groups of three after the first
		gs := strings.Split(num, sep)
		for _, g := range gs[1:] {
			if len(g) != 3 {
				return false
			}
		}
		return len(gs[0]) >= 1 && len(gs[0]) <= 3
	}
	switch {
	case comma > 0 && dot > 0:
		// Both: the last is the decimal separator.
		i := max(strings.LastIndex(num, ","), strings.LastIndex(num, "."))
		intPart, frac = num[:i], num[i+1:]
	case comma > 0:
		if comma > 1 || !translit.DecimalComma(lang) && grouped(",") {
			intPart = num
		} else {
			intPart, frac, _ = strings.Cut(num, ",")
		}
	case dot > 0:
		if dot > 1 || dotThousands[lang] && grouped(".") {
			intPart = num
		} else {
			intPart, frac, _ = strings.Cut(num, ".")
		}
	}
	intPart = digits(intPart)
	if frac != "" && !isDigits(frac) {
		return "", ""
	}
	if len(frac) == 2 && len(intPart) <= 2 && isHour(intPart) {
		if mm, _ := strconv.Atoi(frac); mm < 60 {
			alt = clock(intPart, frac)
		}
	}
	key = plainNumber(intPart)
	if f := strings.TrimRight(frac, "0"); f != "" {
		key += "." + f
	}
	return key, alt
}

// plainNumber writes an integer's digits without leading zeros.
func plainNumber(d string) string {
	d = strings.TrimLeft(d, "0")
	if d == "" {
		return "0"
	}
	return d
}

// scaled multiplies a plainly written number by 10^exp.
func scaled(key string, exp int) string {
	if strings.Contains(key, ":") {
		return key
	}
	intPart, frac, _ := strings.Cut(key, ".")
	for range exp {
		if frac != "" {
			intPart, frac = intPart+frac[:1], frac[1:]
		} else {
			intPart += "0"
		}
	}
	intPart = plainNumber(intPart)
	if frac = strings.TrimRight(frac, "0"); frac != "" {
		return intPart + "." + frac
	}
	return intPart
}

// isHour reports whether a plainly written number is an hour of the day.
func isHour(s string) bool {
	if len(s) > 2 || !isDigits(s) {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n <= 24
}

// clock writes a time of day: "6:45", "21:00".
func clock(h, m string) string { return plainNumber(h) + ":" + m }

// hourOf returns the hour of a time or an hour.
func hourOf(key string) string {
	h, _, _ := strings.Cut(key, ":")
	return h
}

// splitClock returns the hour and minutes of a number read as a time ("6:45",
// or "6.45" with its reading "6:45"; "9" is 9:00).
func splitClock(key, alt string) (h, m string) {
	for _, k := range []string{key, alt} {
		if a, b, ok := strings.Cut(k, ":"); ok {
			return a, b
		}
	}
	return key, "00"
}

// compound joins two number words written with a hyphen: a smaller one
// first multiplies ("quatre-vingts"), a larger one first adds.
func compound(a, b string) string {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return a
	}
	if x < y {
		return strconv.Itoa(x * y)
	}
	return strconv.Itoa(x + y)
}

func isMeridiem(raw string) bool {
	switch strings.ToLower(strings.ReplaceAll(raw, ".", "")) {
	case "am", "pm":
		return true
	}
	return false
}

// afternoon turns an hour before noon into the 24-hour clock.
func afternoon(h string) string {
	n, err := strconv.Atoi(h)
	if err != nil || n < 1 || n > 11 {
		return h
	}
	return strconv.Itoa(n + 12)
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// German capitalises every noun, so a capitalised German word is a name
// only when nothing marks it as a common noun: an article, a determiner or
// a contracted preposition before it (or before the adjective before it),
// the ending of a derived noun, or the length of a compound.
var (
	germanDeterminers = map[string]bool{}
	germanNounEndings = strings.Fields("ung ungen heit heiten keit keiten schaft schaften tion tionen tät täten ismus nis nisse tum tümer chen lein ling linge ment mente erei enz anz ik ur")
)

func init() {
	for _, w := range strings.Fields(`der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
		im am zum zur vom beim ins ans aufs durchs fürs ums dieser diese dieses diesen diesem jede jeder jedes jeden jedem
		sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer
		mein meine meinen meinem meiner alle allen aller viele vielen mehrere mehreren einige einigen wenige wenigen beide beiden
		welche welcher welches solche solchen jene jener`) {
		germanDeterminers[w] = true
	}
}

// germanNoun reports whether the capitalised word toks[i] of a German
// sentence is marked as a common noun.
func germanNoun(sentence string, toks []text.Token, i int) bool {
	w := toks[i].Word
	if utf8.RuneCountInString(w) >= 13 {
		return true // "Bürgermeisterin", "Küstenwache" and their kind
	}
	for _, e := range germanNounEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	if i >= 1 && germanDeterminers[toks[i-1].Word] {
		return true
	}
	// An adjective between: "die neue Regierung".
	if i >= 2 && germanDeterminers[toks[i-2].Word] {
		prev := sentence[toks[i-1].Start:toks[i-1].End]
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsLower(r) {
			return true
		}
	}
	return false
}
