package extract

import (
	"bytes"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// The line rules. Each one matches the shape of a kind of junk, never a
// particular outlet's wording, and each is limited to short lines so that a
// body sentence that happens to contain "subscribe" or "newsletter" stays.
var (
	headerRE = regexp.MustCompile(`(?i)^(source|outlet|publisher|title|headline|url|canonical(?:[ _]url)?|link|author|byline|date|published|language|lang)\s*:\s*(.+)$`)

	errorWidgetRE = regexp.MustCompile(`(?i)^(oops\b.*|something went wrong.*|please try again( later)?[.!]?|an error (has )?occurred.*|(this |the )?(video|content|embed|media) (is )?(not available|unavailable|could not be (loaded|played)).*|javascript (is )?(disabled|required).*|please enable javascript.*|your browser does not support.*)$`)

	subscribeStartRE = regexp.MustCompile(`(?i)^(subscribe|sign ?up|join|stay informed|get (our|the|unlimited|full|breaking|the latest)|download (our|the)|register (now|today|for)|log ?in\b|already (a subscriber|have an account)|become a (member|subscriber|patron)|support (our|independent|local) |don'?t miss|follow us|click here|get access|start your (free )?trial)\b`)
	promoRE          = regexp.MustCompile(`(?i)(\b(our|free|daily|weekly|morning|evening)( \w+)? newsletters?\b|\bsubscriber[- ]exclusive|\bsubscribers? only\b|\bcancel any ?time\b|\b24/7 coverage\b|\bunlimited digital access\b|\bin your inbox\b)`)
	// saidRE marks reported speech, which a prompt never is.
	saidRE        = regexp.MustCompile(`(?i)\b(said|says|told)\b`)
	subscribeToRE = regexp.MustCompile(`(?i)^subscribe to (?:the )?(.+?)[!.]*$`)
	joiningRE     = regexp.MustCompile(`(?i)\bjoin(?:ing)?\s+(.+?)[!.]*$`)

	readMoreRE = regexp.MustCompile(`(?i)^(read more|read also|also read|read next|more stories|more news|more from .{1,40}|related( stories| articles| coverage| news| content| reading)?|recommended( stories| for you| reading)?|see also|trending( now| stories)?|most (read|popular|viewed)|top stories|latest (news|stories)|you (may|might) also like|editor'?s picks|further reading)(\s*[:|»›>–—-].*)?$`)
	mediaRE    = regexp.MustCompile(`(?i)^(watch|video|listen|photos?|gallery|podcast|in pictures)\s*[:|–—-]\s*\S`)

	creditLineRE = regexp.MustCompile(`(?i)^\(?(this (article|story|post|piece|report|content) (was |is |has been |first )?(originally |first )?(published|appeared|posted|produced|republished|reproduced|owned)\b.*|originally (published|appeared)\b.*|a version of this (article|story)\b.*|(additional )?reporting by\b.*|(writing|editing|edited|compiled) by\b.*|all rights reserved\.?)\)?$`)
	ownedByRE    = regexp.MustCompile(`(?i)^this (?:article|story|content|post) is owned by (.+?)\.?$`)
	copyrightRE  = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*?)\.?\s*(?:all rights reserved\.?)?$`)

	trackerRE = regexp.MustCompile(`^[a-z][a-z0-9]*(\s+[a-z0-9]+([-_][a-z0-9]+)+)+$`)
	bareURLRE = regexp.MustCompile(`^(https?://|www\.)\S+$`)

	photoCreditRE = regexp.MustCompile(`(?i)(^|[|–—-]\s*|\s\(?)((photo|image|picture|photograph|illustration|graphic|file photo|video|pictures?)(\s+credits?)?\s*:|credits?\s*:|(photo|photograph|image|picture)s? by\b|courtesy( of)?\b)`)
	parenCreditRE = regexp.MustCompile(`^\([^()]{2,100}\)$`)

	// The words without one of which photoCreditRE and promoRE cannot
	// match (lower case): most lines have none, and looking for them
	// costs a fraction of running the unanchored patterns.
	photoCreditKeys = []string{"photo", "image", "picture", "illustration", "graphic", "video", "credit", "courtesy"}
	promoKeys       = []string{"newsletter", "subscriber", "cancel any", "24/7 coverage", "unlimited digital access", "in your inbox"}
	// roleKeys are the words without one of which bylineRoleRE cannot
	// match: its lazy start and the role anywhere after a separator made
	// it the dearest of the line rules on lines without one (profile).
	roleKeys = []string{"writer", "correspondent", "reporter", "editor", "contributor", "columnist", "journalist", "staff", "bureau", "analyst", "producer"}

	widgetRE = regexp.MustCompile(`(?i)^(advertisements?|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|share( this( article| story)?)?( on \S+)?|tweet|email|print|copy link|link copied|\d* ?comments?|skip to (main )?content|toggle navigation|menu|close|back to top|loading\.*|show more|view comments|listen to (this )?article|\d+ min(ute)?s? read)[.!:]?$`)

	bylinePrefixRE = regexp.MustCompile(`(?i)^(by|written by|words by|story by|report by|posted by|author|von|par|por)\s*:?\s+(.+)$`)
	bylineRoleRE   = regexp.MustCompile(`(?i)^(.+?)\s*[|,–—-]\s*(.*\b(writers?|correspondents?|reporters?|editors?|contributors?|columnists?|journalists?|staff|bureau|analysts?|producers?)\b.*)$`)

	datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+\S`)
)

// agencies are wire services whose bare name, alone on a line near the top,
// is a credit rather than article text.
var agencies = map[string]bool{
	"ap": true, "afp": true, "reuters": true, "associated press": true, "the associated press": true,
	"agence france-presse": true, "agence france presse": true, "dpa": true, "upi": true,
	"xinhua": true, "pti": true, "ani": true, "ians": true, "efe": true, "ansa": true,
	"kyodo": true, "tass": true, "anadolu": true, "bloomberg": true,
}

// source priorities: an explicit header beats an ownership or copyright
// line, which beats the outlet named in a subscribe prompt.
const (
	srcPrompt = iota + 1
	srcCredit
	srcHeader
)

type cleaner struct {
	opts TextOptions
	res  Result
	// markup is true when lines may carry markdown to strip.
	markup  bool
	srcPrio int
	// lines are the input lines after markdown stripping; "" for blank.
	lines []string
	orig  []string
	// byUpdate is set while res.Published was read from a stamp of an
	// update (stampOf), which a stamp of the first publication replaces.
	byUpdate bool
}

func (c *cleaner) remove(no int, text, reason string) {
	c.res.Removed = append(c.res.Removed, copydesk.Removed{Line: no, Text: text, Reason: reason})
}

func (c *cleaner) setSource(s string, prio int) {
	s = strings.TrimSpace(strings.Trim(s, " .!,;:"))
	if s == "" || prio <= c.srcPrio || words(s) > 6 || utf8.RuneCountInString(s) > 60 {
		return
	}
	c.res.Source, c.srcPrio = s, prio
}

// kept is a line that survived classification, waiting to become (part of)
// a paragraph.
type kept struct {
	no    int
	block int
	text  string
	norm  string   // text normalised
	dw    []string // distinctWords(norm), once made (distinct)
	sig   uint64   // the words' bits (signature), once made
	n     int      // how many words norm has, with sig
	nw    int      // words(norm)+1, once counted (normWords)
}

// normWords is words(k.norm), counted at the first call: a line is compared
// with the line before it and the line after it.
func (k *kept) normWords() int {
	if k.nw == 0 {
		k.nw = words(k.norm) + 1
	}
	return k.nw - 1
}

// signature returns one bit for each word of k's normalised text (a hash
// of the word picks it) and how many words it has (strings.Fields), made
// at the first call without allocating.
func (k *kept) signature() (uint64, int) {
	if k.n > 0 {
		return k.sig, k.n
	}
	h, in := uint64(fnvOffset), false
	end := func() {
		if in {
			k.sig |= 1 << (h >> 58)
			k.n++
		}
		h, in = fnvOffset, false
	}
	// A byte at a time for ASCII (unicode.IsSpace of every rune was most
	// of the signature's cost, profile of copydesk dedup).
	for i := 0; i < len(k.norm); {
		r := rune(k.norm[i])
		space := false
		if r < utf8.RuneSelf {
			space = text.SpaceByte(byte(r))
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(k.norm[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			end()
			continue
		}
		in = true
		h = (h ^ uint64(r)) * fnvPrime
	}
	end()
	return k.sig, k.n
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mayBeNear reports whether the distinct words of a and b may have a
// Jaccard similarity of pct percent or more, from their signatures: a bit
// one sets and the other does not comes from a word only one of them has,
// so the bits they differ in are at most the words in one and not the
// other, which a similarity of pct leaves at most (100-pct)% of the words
// of both. Most neighbouring lines differ in far more bits, and sorting
// their words (distinct) was 2% of add's CPU on the shared-sentence 2k.
func mayBeNear(a, b *kept, pct int) bool {
	sa, na := a.signature()
	sb, nb := b.signature()
	// One word more than the bound allows, for the rounding of jaccard's
	// float at the threshold.
	return 100*bits.OnesCount64(sa^sb) <= (100-pct)*(na+nb)+100
}

// distinct returns the words of k's normalised text, sorted, each once,
// made at the first call: a line is compared with the line before it and
// the line after it, a sentence with its neighbours alike.
func (k *kept) distinct() []string {
	if k.dw == nil {
		k.dw = distinctWords(k.norm)
	}
	return k.dw
}

// cleanText runs the line rules over s. It never fails: the caller decides
// what an empty result means.
func cleanText(s string, opts TextOptions) Result {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	c := &cleaner{opts: opts, markup: true}
	c.res.Title = opts.Title
	c.run(strings.Split(s, "\n"), opts.Title != "")
	sort.SliceStable(c.res.Removed, func(i, j int) bool { return c.res.Removed[i].Line < c.res.Removed[j].Line })
	return c.res
}

// classifyAll classifies c.lines and builds the paragraphs from the lines
// kept. titled tells whether the title is already known.
func (c *cleaner) classifyAll(titled bool) {
	var out []kept
	block, head := 0, true
	title, titleNorm := "", "" // the title and its normalised form
	for i, text := range c.lines {
		if text == "" {
			block++
			continue
		}
		no := i + 1
		if reason := c.classify(i, text, head, titled); reason != "" {
			c.remove(no, c.orig[i], reason)
			if c.res.Title != "" {
				titled = true
			}
			continue
		}
		if !titled {
			titled = true
			// A first line shaped like a body sentence (a full stop after a
			// dozen words or more) or of more than 40 words is article text
			// that came without a title: keep it.
			if n := words(text); n <= 40 && !(n >= 12 && strings.HasSuffix(strings.TrimRight(text, "\"'”’)"), ".")) {
				c.res.Title = text
				continue
			}
		}
		// Each line is normalised once: the line before it keeps its own.
		norm := normalise(text)
		if c.res.Title != "" {
			if c.res.Title != title {
				title, titleNorm = c.res.Title, normalise(c.res.Title)
			}
			if norm == titleNorm {
				c.remove(no, c.orig[i], copydesk.RemovedDuplicateTitle)
				continue
			}
		}
		cur := kept{no: no, block: block, text: text, norm: norm}
		if n := len(out); n > 0 && nearDuplicate(&out[n-1], &cur) {
			c.remove(no, c.orig[i], copydesk.RemovedDuplicateCaption)
			continue
		}
		if t := c.dropRepeatedSentence(no, text); t != text {
			cur = kept{no: no, block: block, text: t, norm: normalise(t)}
		}
		if head && bodyLike(cur.text) {
			head = false
		}
		out = append(out, cur)
	}
	c.res.Paragraphs = joinWrapped(out)
	if c.res.Dateline == "" && len(c.res.Paragraphs) > 0 {
		// "WASHINGTON (Wire) — The ..." opening the first paragraph. The
		// paragraph keeps it: it is part of the text other outlets copy.
		if m := datelineRE.FindStringSubmatch(c.res.Paragraphs[0]); m != nil {
			c.res.Dateline = titleCase(m[1])
		}
	}
}

// classify returns why the line at index i (plain text) is left out, or ""
// to keep it. It records the metadata the line carries. head is true until
// the first body-like paragraph; titled is true once the title is known.
func (c *cleaner) classify(i int, text string, head, titled bool) string {
	n := words(text)

	promo := promoReason(text, n)
	if c.opts.Repeated != nil && c.opts.Repeated(text) {
		// A repeated line keeps the finer reason of a promotional one:
		// provenance counts those (copydesk.Promotional).
		if promo != "" {
			return promo
		}
		return copydesk.RemovedRepeated
	}
	// headerRE and videoTimeRE match only lines with a colon.
	colon := strings.IndexByte(text, ':') >= 0
	if colon && n <= 30 {
		if m := headerRE.FindStringSubmatch(text); m != nil {
			if reason := c.header(strings.ToLower(m[1]), strings.TrimSpace(m[2]), titled); reason != "" {
				return reason
			}
		}
	}
	if n <= 15 && errorWidgetRE.MatchString(text) {
		return copydesk.RemovedErrorWidget
	}
	if promo == copydesk.RemovedSubscribe {
		if m := subscribeToRE.FindStringSubmatch(text); m != nil && capitalisedWords(m[1]) && !strings.Contains(strings.ToLower(m[1]), "newsletter") {
			c.setSource(m[1], srcPrompt)
		} else if m := joiningRE.FindStringSubmatch(text); m != nil && capitalisedWords(m[1]) && words(m[1]) <= 4 {
			c.setSource(m[1], srcPrompt)
		}
		return copydesk.RemovedSubscribe
	}
	if promo == copydesk.RemovedReadMore || promo == copydesk.RemovedMedia {
		return promo
	}
	if n <= 30 {
		if m := ownedByRE.FindStringSubmatch(text); m != nil {
			c.setSource(m[1], srcCredit)
			return copydesk.RemovedCredit
		}
		if creditLineRE.MatchString(text) {
			if _, _, ok := dateLine(text); ok {
				// "Originally published 3 May 2031 at 10:20": a stamp of
				// the page's own first publication, naming no one else.
				return c.dated(text)
			}
			return copydesk.RemovedCredit
		}
		if strings.HasPrefix(text, "©") || lowerHasPrefix(text, "(c)") || lowerHasPrefix(text, "copyright") {
			if m := copyrightRE.FindStringSubmatch(text); m != nil {
				if capitalisedWords(m[1]) {
					c.setSource(m[1], srcCredit)
				}
				return copydesk.RemovedCredit
			}
		}
	}
	if n <= 4 && trackerRE.MatchString(text) && strings.ContainsAny(text, "0123456789") {
		return copydesk.RemovedTrackerLine
	}
	if bareURLRE.MatchString(text) {
		return copydesk.RemovedLink
	}
	if reason := photoCredit(text, n); reason != "" {
		return reason
	}
	if colon && videoTimeRE.MatchString(text) {
		return copydesk.RemovedVideoTime
	}
	if name, ok := byline(text); ok {
		if c.res.Byline == "" {
			c.res.Byline = name
		}
		return copydesk.RemovedByline
	}
	if _, _, ok := dateLine(text); ok {
		return c.dated(text)
	}
	if promo == copydesk.RemovedWidget {
		return promo
	}
	if head && titled && n <= 6 && !endsSentence(text) {
		if agencies[strings.ToLower(text)] || allUpper(text) {
			return copydesk.RemovedCredit
		}
		// A short line that the next lines repeat (an image's alt text
		// above its caption) is a doubled caption.
		seen := 0
		for j := i + 1; j < len(c.lines) && seen < 3; j++ {
			if c.lines[j] == "" {
				continue
			}
			seen++
			if strings.HasPrefix(normalise(c.lines[j]), normalise(text)) {
				return copydesk.RemovedDuplicateCaption
			}
		}
	}
	return ""
}

// dated records what a date line says (dateLine must accept it) and returns
// its reason. An article is dated by its first publication: a stamp of an
// update ("UPDATED 05/03/2031 at 11:00 AM EDT") dates it only when nothing
// else does, and a stamp of the first publication ("Originally published
// 05/03/2031 at 10:20 AM EDT") or a plain date line, above or below it and
// not later, takes its place. A day alone is made precise by a time of that
// day (of another line than an update's).
func (c *cleaner) dated(line string) string {
	t, place, _ := dateLine(line)
	stamp := stampOf(line)
	p := c.res.Published
	switch {
	case p.IsZero():
		c.res.Published, c.byUpdate = t, stamp == stampUpdate
	case c.byUpdate && stamp != stampUpdate && !t.After(p):
		c.res.Published, c.byUpdate = t, false
	case stamp != stampUpdate && !c.byUpdate && p.Hour() == 0 && p.Minute() == 0 && sameDay(p, t):
		c.res.Published = t
	}
	if c.res.Dateline == "" {
		c.res.Dateline = place
	}
	return copydesk.RemovedDateLine
}

// promoReason returns the reason of a promotional line of n words (a
// prompt to subscribe, a link to more stories, a media link, widget text),
// or "": the one place these lines are recognised.
func promoReason(text string, n int) string {
	switch {
	case n <= 25 && (subscribeStartRE.MatchString(text) || matchGated(promoRE, promoKeys, text) != nil) && !saidRE.MatchString(text):
		return copydesk.RemovedSubscribe
	case n <= 40 && readMoreRE.MatchString(text):
		return copydesk.RemovedReadMore
	case n <= 40 && mediaRE.MatchString(text):
		return copydesk.RemovedMedia
	case n <= 12 && widgetRE.MatchString(text):
		return copydesk.RemovedWidget
	}
	return ""
}

// header handles a "Key: value" line and returns its reason, or "" when the
// value does not fit the key (the line is then treated as text).
func (c *cleaner) header(key, value string, titled bool) string {
	switch key {
	case "source", "outlet", "publisher":
		if words(value) > 8 {
			return ""
		}
		c.setSource(value, srcHeader)
		return copydesk.RemovedSourceLine
	case "title", "headline":
		if titled {
			return copydesk.RemovedTitleLine
		}
		if v, _ := plainLine(value); v != "" && c.res.Title == "" {
			c.res.Title = v
		}
		return copydesk.RemovedTitleLine
	case "url", "canonical", "canonical url", "canonical_url", "link":
		if !bareURLRE.MatchString(value) {
			return ""
		}
		if c.res.CanonicalURL == "" {
			c.res.CanonicalURL = value
		}
		return copydesk.RemovedURLLine
	case "author", "byline":
		if words(value) > 8 {
			return ""
		}
		if c.res.Byline == "" {
			name, ok := byline("By " + value)
			if !ok {
				name = value
			}
			c.res.Byline = name
		}
		return copydesk.RemovedByline
	case "date", "published":
		t, _, ok := findDate(value)
		if !ok {
			return ""
		}
		if c.res.Published.IsZero() {
			c.res.Published = t
		}
		return copydesk.RemovedDateLine
	case "language", "lang":
		if words(value) > 1 {
			return ""
		}
		return copydesk.RemovedLanguageLine
	}
	return ""
}

// photoCredit recognises a credit printed on its own line ("Photo Credit:
// AP", "(Jane Roe / Example Images)"), after a caption too short to be a
// sentence ("The Harbor | Photo: AP"), and a caption sentence closed by a
// credit, which describes a picture rather than the story.
//
// n is words(text), which classify has counted.
func photoCredit(text string, n int) string {
	if n > 40 {
		return ""
	}
	if m := matchGated(photoCreditRE, photoCreditKeys, text); m != nil {
		// The credit must close the line: a name or two, no sentence.
		credit := strings.TrimRight(text[m[1]:], " .)")
		if words(credit) > 8 || strings.ContainsAny(credit, ".!?;") && words(credit) > 4 {
			return ""
		}
		caption := strings.Trim(text[:m[0]], " |–—-:(")
		if words(caption) < 6 || !endsSentence(caption) {
			return copydesk.RemovedPhotoCredit
		}
		// A sentence closed by a credit describes a picture, not the
		// story: copies print it or not, so it is not article text.
		return copydesk.RemovedPhotoCaption
	}
	if parenCreditRE.MatchString(text) && n <= 12 {
		inner := strings.ToLower(text)
		if strings.Contains(inner, "/") || strings.Contains(inner, "images") || strings.Contains(inner, "photo") || strings.Contains(inner, "getty") {
			return copydesk.RemovedPhotoCredit
		}
	}
	return ""
}

// matchGated returns where re first matches text, as FindStringIndex, but
// runs re only when the lower-cased text holds one of keys, words every
// match of re contains.
func matchGated(re *regexp.Regexp, keys []string, text string) []int {
	if mayHold(text, keys) {
		return re.FindStringIndex(text)
	}
	return nil
}

// mayHold reports whether text may hold one of keys (lower-case ASCII) as
// a case-insensitive pattern sees it: its lower-cased form holds one, or
// it has a letter that such a pattern folds to an ASCII one and lowering
// does not (the long s, "ſ", folds to "s").
//
// The lower-cased form is made without allocating for a line of up to
// foldBuf bytes (every line of a text is asked two or three times, and
// strings.ToLower's copy of each was 2-3% of dedup's CPU, profile):
// foldASCII writes the bytes a key can match.
func mayHold(text string, keys []string) bool {
	if len(text) > foldBuf {
		lower := strings.ToLower(text)
		for _, k := range keys {
			if strings.Contains(lower, k) {
				return true
			}
		}
		return strings.ContainsRune(text, 'ſ')
	}
	var buf [foldBuf]byte
	folded := foldASCII(buf[:0], text)
	for _, k := range keys {
		if containsKey(folded, k) {
			return true
		}
	}
	return strings.ContainsRune(text, 'ſ')
}

// lowerHasPrefix is strings.HasPrefix(strings.ToLower(s), p) for a p of
// lower-case ASCII, without lowering the whole of s (classify asked it of
// every line, and the copy was most of strings.ToLower's 2% of dedup's CPU,
// profile).
func lowerHasPrefix(s, p string) bool {
	var buf [16]byte
	if len(p) > len(buf) {
		return strings.HasPrefix(strings.ToLower(s), p)
	}
	// p's length in characters of s is enough: each folds to one byte.
	i, n := 0, 0
	for n < len(p) && i < len(s) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return string(foldASCII(buf[:0], s[:i])) == p
}

// containsKey reports whether b holds the non-empty key k.
func containsKey(b []byte, k string) bool {
	for i := 0; len(b)-i >= len(k); i++ {
		j := bytes.IndexByte(b[i:len(b)-len(k)+1], k[0])
		if j < 0 {
			return false
		}
		i += j
		if string(b[i:i+len(k)]) == k {
			return true
		}
	}
	return false
}

// foldBuf is the longest line mayHold folds on the stack.
const foldBuf = 512

// foldASCII appends to dst what strings.ToLower(s) holds of ASCII, a byte
// a character: the ASCII lower case of an ASCII character, "i" for "İ" and
// "k" for the Kelvin sign (the only other characters whose lower case is
// ASCII, TestFoldASCII), and 0 for any other character, which lowers to
// bytes of U+0080 or above. A key of lower-case ASCII is in the result
// exactly when it is in strings.ToLower(s).
func foldASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\u0130':
			dst = append(dst, 'i')
		case '\u212a':
			dst = append(dst, 'k')
		default:
			dst = append(dst, 0)
		}
	}
	return dst
}

// byline recognises "By Jane Roe", "Written by: Jane Roe", "By Jane Roe,
// Staff Writer" and "Jane Roe | Staff writer", and returns the name.
func byline(text string) (string, bool) {
	if utf8.RuneCountInString(text) > 100 {
		return "", false
	}
	if m := bylinePrefixRE.FindStringSubmatch(text); m != nil {
		name := m[2]
		if r := roleLine(name); r != nil {
			name = r[1]
		} else if i := strings.IndexAny(name, "|"); i >= 0 {
			name = name[:i]
		}
		name = strings.TrimSpace(strings.TrimRight(name, " .,;"))
		if personName(name) {
			return name, true
		}
		return "", false
	}
	if r := roleLine(text); r != nil && words(r[2]) <= 5 {
		name := strings.TrimSpace(r[1])
		if personName(name) && words(name) >= 2 {
			return name, true
		}
	}
	return "", false
}

// roleLine is bylineRoleRE's submatches of s, run only when s holds a role.
func roleLine(s string) []string {
	if !mayHold(s, roleKeys) {
		return nil
	}
	return bylineRoleRE.FindStringSubmatch(s)
}

// personName reports whether s looks like one or a few names: capitalised
// words and connectors, no digits, no sentence punctuation.
func personName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 || strings.ContainsAny(s, "0123456789!?:;\"“”") {
		return false
	}
	caps := 0
	for _, w := range f {
		switch strings.ToLower(w) {
		case "and", "&", "de", "van", "von", "der", "den", "da", "del", "la", "le", "bin", "al", "y", "the", "staff":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpperRune(r) {
			return false
		}
		caps++
	}
	return caps > 0
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// allUpper reports whether s has at least two upper-case letters and no
// lower-case one (scripts without case never qualify).
func allUpper(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;。！？", r)
}

// bodyLike reports whether a kept line reads as article prose, which ends
// the title area where bare credits and alt texts are expected.
func bodyLike(s string) bool { return words(s) >= 8 && endsSentence(s) }

// normalise lower-cases s and keeps only its letters and digits, single
// spaced, for comparing lines that differ in punctuation or quotes.
func normalise(s string) string {
	if text.IsASCII(s) {
		return normaliseASCII(s)
	}
	return normaliseRunes(s)
}

// normaliseRunes is normalise of any s.
func normaliseRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// normaliseASCII is normalise of an ASCII s in one pass and one
// allocation: every line is normalised, most of them ASCII, and lowering
// the whole line first, then growing the result a rune at a time, made
// three (profile of copydesk add).
func normaliseASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// nearDuplicate reports whether the kept line b repeats the line a before
// it: their normalised texts equal, or, for lines of six words or more,
// sharing nearly all their words.
func nearDuplicate(a, b *kept) bool {
	if a.norm == b.norm {
		return true
	}
	return a.normWords() >= 6 && b.normWords() >= 6 && mayBeNear(a, b, 85) && jaccard(a.distinct(), b.distinct()) >= 0.85
}

// jaccard is the Jaccard similarity of two sets of words, each sorted
// (distinctWords), by one merge: a map of the words of every pair of
// neighbouring lines was about 5% of dedup's CPU (profile).
func jaccard(wa, wb []string) float64 {
	if len(wa)+len(wb) == 0 {
		return 0
	}
	both := 0
	for i, j := 0, 0; i < len(wa) && j < len(wb); {
		switch strings.Compare(wa[i], wb[j]) {
		case 0:
			both++
			i, j = i+1, j+1
		case -1:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(wa)+len(wb)-both)
}

// distinctWords returns the words of s, sorted, each once.
func distinctWords(s string) []string {
	w := strings.Fields(s)
	slices.Sort(w)
	return slices.Compact(w)
}

// dropRepeatedSentence removes a sentence that repeats the sentence before
// it within one line (a caption printed twice in one paragraph).
func (c *cleaner) dropRepeatedSentence(no int, text string) string {
	sents := splitSentences(text)
	if len(sents) < 2 {
		return text
	}
	keep := sents[:1]
	// The last sentence kept, normalised once, its words sorted once.
	prev := kept{norm: normalise(sents[0])}
	for _, s := range sents[1:] {
		cur := kept{norm: normalise(s)}
		if prev.normWords() >= 6 && cur.normWords() >= 6 && mayBeNear(&prev, &cur, 70) && jaccard(prev.distinct(), cur.distinct()) >= 0.7 {
			c.remove(no, s, copydesk.RemovedDuplicateCaption)
			continue
		}
		keep = append(keep, s)
		prev = cur
	}
	if len(keep) == len(sents) {
		return text
	}
	return strings.Join(keep, " ")
}

// splitSentences splits s after sentence punctuation (and closing quotes)
// followed by a space and an upper-case letter or opening quote. It errs
// towards splitting at abbreviations, which is harmless for its one use:
// comparing neighbouring sentences.
//
// It walks the bytes of s, decoding a rune where it needs one, and cuts
// substrings of s: a copy of every line as runes, and of every sentence back
// to a string, was 40% of dropRepeatedSentence (profile). A text that is
// not valid UTF-8 is first made what the runes would have made of it (each
// stray byte a replacement character).
func splitSentences(s string) []string {
	if !utf8.ValidString(s) {
		s = string([]rune(s))
	}
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i
		for j < len(s) {
			q, m := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune("\"'”’)", q) {
				break
			}
			j += m
		}
		if j+1 < len(s) && s[j] == ' ' {
			if next, _ := utf8.DecodeRuneInString(s[j+1:]); isUpperRune(next) || strings.ContainsRune("\"“‘'", next) {
				out = append(out, strings.TrimSpace(s[start:j]))
				start = j + 1
				i = j + 1
			}
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// joinWrapped builds paragraphs from kept lines. A line continues the
// previous paragraph of the same block when that paragraph does not end a
// sentence and either the line starts in lower case or the paragraph's last
// line is long enough to have been wrapped. Short unpunctuated lines, such as
// section subheadings, therefore stay paragraphs of their own.
func joinWrapped(lines []kept) []string {
	var paras []string
	var lastLine string
	prevBlock := -1
	for _, l := range lines {
		if n := len(paras); n > 0 && l.block == prevBlock && !endsSentence(lastLine) {
			first, _ := utf8.DecodeRuneInString(l.text)
			if unicode.IsLower(first) || (utf8.RuneCountInString(lastLine) >= 50 && words(lastLine) >= 8) {
				paras[n-1] += " " + l.text
				lastLine = l.text
				continue
			}
		}
		paras = append(paras, l.text)
		lastLine = l.text
		prevBlock = l.block
	}
	return paras
}

func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}
