// Package dedup finds which articles are copies of which. NewFingerprint
// reduces an article to what copy detection needs; an Index finds, in time
// independent of the corpus size, the few stored articles that may be copies
// of a new one; Compare verifies one pair exactly and says what kind of copy
// it is: duplicate, near-duplicate, excerpt or rewrite.
package dedup

import (
	"slices"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/zeebo/xxh3"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// ShingleSize is the number of words in a shingle.
const ShingleSize = 5

// SignatureSize is the number of MinHash values in a Fingerprint's signature;
// Options.Bands*Options.Rows may use at most this many.
const SignatureSize = 128

const (
	// winnowWindow is the window of the winnowing that picks a document's
	// anchor shingles: any shared run of winnowWindow shingles
	// (winnowWindow+ShingleSize-1 words) shares at least one anchor.
	winnowWindow = 8
	// maxAnchors caps the anchors of one long document (the smallest hashes
	// are kept, so two copies keep the same ones).
	maxAnchors = 512
	// sentenceHashes is the number of MinHash anchors per sentence.
	sentenceHashes = 6
	// minSentenceStems is the number of content stems a sentence needs to
	// count in the alignment and to get anchors.
	minSentenceStems = 3
	// maxSentences caps the sentences of one text used by the alignment.
	maxSentences = 400
)

// Fingerprint is what copy detection keeps of one article. Build it with
// NewFingerprint; it is read-only afterwards and safe to share.
type Fingerprint struct {
	// Text is the title and the body as compared; offsets refer to it.
	Text string
	// Hash is the xxh3 hash of the normalised Text.
	Hash uint64
	// Shingles are the sorted, unique hashes of the word 5-shingles.
	Shingles []uint64
	// Signature is the MinHash signature of Shingles.
	Signature []uint64
	// Stems are the sorted, unique hashes of the stemmed content words.
	Stems []uint64
	// Sentences are the sentences of Text with their stemmed content words.
	Sentences []Sentence

	classes []uint64 // sorted, unique hashes of the synonym classes of Stems

	// wordsHash and bodyHash are the hashes of the words of Text and of
	// the body (Text without a title put before it; 0 when empty): the
	// same story under another headline, or with its headline taken into
	// the body, has one of them equal (see sameWords).
	wordsHash, bodyHash uint64

	tokens  []span   // where the words of Text are
	seq     []uint64 // shingle hash at every word position
	anchors []uint64 // winnowed shingles, sorted
	sentKey []uint64 // per-sentence MinHash anchors, sorted

	// stemWords and classWords are the stems and synonym classes of the
	// sentences, by hash, for the sentence alignment (see sentWord).
	stemWords, classWords []sentWord

	// shingleBits is a filter of Shingles, made on first use by
	// NearPossible (see shingleFilter); nil until then.
	shingleBits atomic.Pointer[shingleFilter]
}

// Sentence is one sentence of a Fingerprint's Text.
type Sentence struct {
	Start, End int
	// Hash is the hash of the sentence's words: equal for identical sentences.
	Hash uint64
	// Stems are the sorted, unique hashes of its stemmed content words.
	Stems []uint64
	// Content marks a body sentence (not the title) with at least three
	// content words made of letters: the sentences a rewrite must align.
	Content bool

	// classes are the sorted, unique hashes of the WordNet synonym classes
	// of the stems (package synonym), without the words whose class is a
	// stop word ("stated" is "say"): what rewrites are aligned on.
	classes []uint64
}

// useSynonyms makes the rewrite path (sentence alignment and sentence
// anchors) work on synonym classes rather than stems. It is a variable only
// so that tests can measure what the classes buy.
var useSynonyms = true

// wordKeys are the hashes of a content word's stem and synonym class; a
// class that is a stop word has keepClass false.
type wordKeys struct {
	stem, class uint64
	keepClass   bool
}

func keysOf(w string) wordKeys {
	st := text.Stem(w)
	k := wordKeys{stem: xxh3.HashString(st)}
	c := synonym.Of(w, st)
	if c == st {
		k.class, k.keepClass = k.stem, true
		return k
	}
	k.class, k.keepClass = xxh3.HashString(c), !text.IsStop(c)
	return k
}

// wordCache keeps what a fingerprint reads of the words seen last, for
// every article: a slot per hash of a word, the newest word of the slot
// kept (a bounded cache of some 64k words, a few MB, whatever the corpus).
// What it holds of a word (wordInfo) depends on the word alone, so what
// the cache holds never changes it. Looking the words of each article up
// in a map of its own, and stemming and classing each again for every
// article, were a quarter of NewFingerprint's CPU (profile of copydesk
// dedup); asking the stop-word map twice and reading every word's runes
// for isAlpha, a tenth.
var wordCache [1 << 16]atomic.Pointer[cachedWord]

// wordInfo is what a fingerprint reads of one word (lower-case): whether it
// is a stop word, whether it is made of letters (isAlpha), and the keys of
// a content word (keysOf; zero for a stop word).
type wordInfo struct {
	keys  wordKeys
	stop  bool
	alpha bool
}

func infoOf(w string) wordInfo {
	in := wordInfo{stop: text.IsStop(w), alpha: isAlpha(w)}
	if !in.stop {
		in.keys = keysOf(w)
	}
	return in
}

type cachedWord struct {
	word string
	info wordInfo
}

// infoOfCached is infoOf through wordCache; any number of goroutines may
// call it.
func infoOfCached(w string) wordInfo {
	slot := &wordCache[xxh3.HashString(w)&uint64(len(wordCache)-1)]
	if e := slot.Load(); e != nil && e.word == w {
		return e.info
	}
	in := infoOf(w)
	// The word is copied: it is often a slice of a whole article, which
	// the cache must not keep alive.
	slot.Store(&cachedWord{strings.Clone(w), in})
	return in
}

// sortedSet sorts s[from:] and removes its repeats, and returns s with
// that part so shortened.
func sortedSet(s []uint64, from int) []uint64 {
	slices.Sort(s[from:])
	return s[:from+len(slices.Compact(s[from:]))]
}

// rewriteKeys are the keys a sentence is aligned on.
func (s *Sentence) rewriteKeys(syn bool) []uint64 {
	if syn {
		return s.classes
	}
	return s.Stems
}

// NewFingerprint fingerprints an article from its title and body text; either
// may be empty.
func NewFingerprint(title, body string) *Fingerprint {
	full, titleEnd, bodyStart := joinTitle(title, body)
	fp := &Fingerprint{Text: full, Hash: xxh3.HashString(text.Normalize(full))}
	tokens := text.Tokens(full)
	fp.tokens = spans(tokens)
	words := make([]string, len(tokens))
	for i, t := range tokens {
		words[i] = t.Word
	}
	fp.seq = text.ShingleSeq(words, ShingleSize)
	// The scratch slices are made at the size the text's words give them
	// once: grown from empty, their copies were some 7% of
	// NewFingerprint's CPU (profile of copydesk dedup).
	wh := wordHasher{buf: make([]byte, 0, len(full)+len(tokens))}
	if len(tokens) > 0 {
		fp.wordsHash = wh.sum(tokens)
	}
	if body := slices.IndexFunc(tokens, func(t text.Token) bool { return t.Start >= bodyStart }); body >= 0 {
		fp.bodyHash = wh.sum(tokens[body:])
	}
	shingles := make([]uint64, len(fp.seq))
	sortHashesInto(shingles, fp.seq)
	fp.Shingles = exact(slices.Compact(shingles))
	fp.Signature = minHash(fp.Shingles)
	fp.anchors = winnow(fp.seq, winnowWindow, maxAnchors)

	// Sentences and their content stems; tokens are assigned by offset.
	// The stems and classes of every sentence are gathered in two scratch
	// slices and then copied into one array of their exact size, which
	// the sentences share: two slices of their own for every sentence,
	// and a map grown from empty for every article, were a third of
	// NewFingerprint's allocations (profile of copydesk dedup).
	scratch := make([]uint64, 2*len(tokens))
	stemBuf, classBuf := scratch[:0:len(tokens)], scratch[len(tokens):len(tokens)]
	type sentKeys struct{ stems, classes int } // where a sentence's sets end in the scratch slices
	var ends []sentKeys
	ti := 0
	for _, sp := range text.Sentences(full) {
		if len(fp.Sentences) == maxSentences {
			break
		}
		for ti < len(tokens) && tokens[ti].Start < sp.Start {
			ti++
		}
		first := ti
		alpha := 0
		s0, c0 := len(stemBuf), len(classBuf)
		for ti < len(tokens) && tokens[ti].End <= sp.End {
			in := infoOfCached(tokens[ti].Word)
			ti++
			if in.stop {
				continue
			}
			if in.alpha {
				alpha++
			}
			stemBuf = append(stemBuf, in.keys.stem)
			if in.keys.keepClass {
				classBuf = append(classBuf, in.keys.class)
			}
		}
		if ti == first {
			continue // no words: punctuation or symbols only
		}
		// The sentence's sorted, unique stems and classes.
		stemBuf, classBuf = sortedSet(stemBuf, s0), sortedSet(classBuf, c0)
		ends = append(ends, sentKeys{len(stemBuf), len(classBuf)})
		fp.Sentences = append(fp.Sentences, Sentence{
			Start: sp.Start, End: sp.End,
			Hash:    wh.sum(tokens[first:ti]),
			Content: alpha >= minSentenceStems && sp.Start >= titleEnd,
		})
		// The sentence's rewriteKeys, read before they are copied.
		keys := classBuf[c0:]
		if !useSynonyms {
			keys = stemBuf[s0:]
		}
		if len(keys) >= minSentenceStems {
			for k := range sentenceHashes {
				fp.sentKey = append(fp.sentKey, minPair(keys, uint64(k))^keySentence)
			}
		}
	}
	kept := make([]uint64, len(stemBuf)+len(classBuf))
	copy(kept, stemBuf)
	copy(kept[len(stemBuf):], classBuf)
	s0, c0 := 0, len(stemBuf)
	for i, e := range ends {
		st := &fp.Sentences[i]
		if e.stems > s0 {
			st.Stems = kept[s0:e.stems:e.stems]
		}
		if c := len(stemBuf) + e.classes; c > c0 {
			st.classes = kept[c0:c:c]
		}
		s0, c0 = e.stems, len(stemBuf)+e.classes
	}
	fp.Stems = sortedHashSet(stemBuf)
	fp.classes = sortedHashSet(classBuf)
	fp.sentKey = sortedHashSet(fp.sentKey)
	fp.stemWords = sentWords(fp.Sentences, func(s *Sentence) []uint64 { return s.Stems })
	fp.classWords = sentWords(fp.Sentences, func(s *Sentence) []uint64 { return s.classes })
	return fp
}

// sortedHashSet returns the sorted, unique values of the hashes s in an
// array of its own (s is left as it was).
func sortedHashSet(s []uint64) []uint64 {
	if len(s) == 0 {
		return nil
	}
	out := make([]uint64, len(s))
	sortHashesInto(out, s)
	return exact(slices.Compact(out))
}

// exact returns s in an array of its length when appending left it much
// larger: a fingerprint's sets live as long as the copy index keeps it.
func exact(s []uint64) []uint64 {
	if cap(s)-len(s) <= len(s)/8 {
		return s
	}
	return slices.Clone(s)
}

// span is where a word of a Fingerprint's Text is: what verification
// reads of its tokens once the fingerprint is made (8 bytes a word, where a
// text.Token with its word takes 32 and more: the copy index keeps
// thousands of fingerprints).
type span struct{ Start, End int32 }

// spans returns where each token is.
func spans(ts []text.Token) []span {
	out := make([]span, len(ts))
	for i, t := range ts {
		out[i] = span{int32(t.Start), int32(t.End)}
	}
	return out
}

// joinTitle puts the title before the body unless the body already starts
// with it as a line of its own, and returns where the title ends and where
// the body starts. A title that is only the first words of the body's first
// line (a headline cut from the lead: "Storm closes Harbour Road" over
// "Storm closes Harbour Road, police said on Monday ...") is not that line:
// taken for it, the whole lead sentence was counted as title, not content.
func joinTitle(title, body string) (full string, titleEnd, bodyStart int) {
	title = strings.TrimSpace(title)
	body = strings.TrimSpace(body)
	switch {
	case title == "":
		return body, 0, 0
	case body == "":
		return title, len(title), len(title)
	case strings.HasPrefix(body, title) && titleLine(body[len(title):]):
		return body, len(title), 0
	}
	return title + "\n\n" + body, len(title), len(title) + 2
}

// titleLine reports whether rest, what follows a title at the start of a
// body, leaves the title a line of its own: nothing, or a line break after
// at most a closing mark.
func titleLine(rest string) bool {
	rest = strings.TrimLeft(rest, ".!?:;\"'”’ \t")
	return rest == "" || rest[0] == '\n' || rest[0] == '\r'
}

// sameWords reports whether a and b have the same words, headlines aside:
// both texts, both bodies, or one's text and the other's body (a headline
// that is the other's first line, or none).
func sameWords(a, b *Fingerprint) bool {
	for _, x := range []uint64{a.wordsHash, a.bodyHash} {
		if x != 0 && (x == b.wordsHash || x == b.bodyHash) {
			return true
		}
	}
	return false
}

// isAlpha reports whether w has a letter and no digit.
func isAlpha(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}

// wordHasher hashes runs of words, each followed by a space, in one buffer
// it reuses: a new buffer for every sentence was a tenth of
// NewFingerprint's bytes.
type wordHasher struct{ buf []byte }

func (h *wordHasher) sum(toks []text.Token) uint64 {
	h.buf = h.buf[:0]
	for _, t := range toks {
		h.buf = append(h.buf, t.Word...)
		h.buf = append(h.buf, ' ')
	}
	return xxh3.Hash(h.buf)
}

// Key namespaces, so that anchors of different kinds never meet in the index.
const (
	keyBand     = 0x9e3779b97f4a7c15
	keyShingle  = 0xc2b2ae3d27d4eb4f
	keySentence = 0x165667b19e3779f9
)

// mix is the splitmix64 finaliser: a fast, well-spread bijection.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// seedOf is the fixed seed of the i-th MinHash function.
func seedOf(i uint64) uint64 { return mix(i*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019) }

// minHashSeeds are the seeds of the signature's MinHash functions.
var minHashSeeds = func() (s [SignatureSize]uint64) {
	for i := range s {
		s[i] = seedOf(uint64(i))
	}
	return s
}()

// minHash returns the MinHash signature of a set of hashes; an empty set
// gives all ones, which matches nothing but another empty set. It runs
// four functions at a time over the set, their minima in registers (the
// set in the outer loop kept the signature in memory, and the minima of one
// function waiting on each other: a sixth of NewFingerprint's CPU).
func minHash(set []uint64) []uint64 {
	sig := make([]uint64, SignatureSize)
	for i := 0; i < SignatureSize; i += 4 {
		s0, s1, s2, s3 := minHashSeeds[i], minHashSeeds[i+1], minHashSeeds[i+2], minHashSeeds[i+3]
		m0, m1, m2, m3 := ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)
		for _, x := range set {
			m0 = min(m0, mix(x^s0))
			m1 = min(m1, mix(x^s1))
			m2 = min(m2, mix(x^s2))
			m3 = min(m3, mix(x^s3))
		}
		sig[i], sig[i+1], sig[i+2], sig[i+3] = m0, m1, m2, m3
	}
	return sig
}

// minPair hashes together the two smallest values of a set of at least two
// hashes under the k-th MinHash function. Two sets of Jaccard J share it
// with probability about J squared; a single minimum would too often be a
// common word shared by unrelated sentences.
func minPair(set []uint64, k uint64) uint64 {
	s := seedOf(SignatureSize + k)
	m1, m2 := ^uint64(0), ^uint64(0)
	for _, x := range set {
		h := mix(x ^ s)
		switch {
		case h < m1:
			m1, m2 = h, m1
		case h < m2:
			m2 = h
		}
	}
	return mix(m1 ^ mix(m2))
}

// winnow picks the minimum of every window of w consecutive hashes
// (Schleimer, Wilkerson and Aiken 2003), at most limit of them (the
// smallest), sorted and unique.
func winnow(seq []uint64, w, limit int) []uint64 {
	if len(seq) == 0 {
		return nil
	}
	if len(seq) < w {
		w = len(seq)
	}
	out := make([]uint64, 0, 2*len(seq)/(w+1)+1)
	for i := 0; i+w <= len(seq); i++ {
		m := seq[i]
		for _, h := range seq[i+1 : i+w] {
			m = min(m, h)
		}
		if len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// BodyShingles returns the sorted, unique word shingles of fp that start in
// the body, after the title fp was made with (NewFingerprint's title; ""
// or a title the body begins with has none before the body). A shingle
// that runs from the title into the body is the title's: headlines are
// what every outlet rewrites, and copies of one text often make theirs
// alike (from its first words, its date line), so what a relative keeps of
// them tells nothing of descent (provenance.Kept).
func (fp *Fingerprint) BodyShingles(title string) []uint64 {
	start := fp.bodyStart(title)
	if start == 0 {
		return fp.Shingles
	}
	first := slices.IndexFunc(fp.tokens, func(t span) bool { return int(t.Start) >= start })
	if first < 0 || first >= len(fp.seq) {
		return nil
	}
	return exact(slices.Compact(slices.Sorted(slices.Values(fp.seq[first:]))))
}

// Body is what BodyCloseness reads of a fingerprint's body: its synonym
// classes and its word shingles (BodyShingles). Made once, it serves every
// pair the article is in (CloseBodies).
type Body struct {
	classes  []uint64
	Shingles []uint64
}

// Body returns the body of fp after title (as BodyShingles).
func (fp *Fingerprint) Body(title string) Body {
	return Body{classes: fp.bodyClasses(title), Shingles: fp.BodyShingles(title)}
}

// bodyStart returns where the body starts in fp's Text when fp was made
// with title put before it, else 0.
func (fp *Fingerprint) bodyStart(title string) int {
	title = strings.TrimSpace(title)
	if title == "" || !strings.HasPrefix(fp.Text, title+"\n\n") {
		return 0
	}
	return len(title) + 2
}

// bodyClasses returns the synonym classes of the content words of fp's
// sentences that start in the body, after the title fp was made with (as
// BodyShingles).
func (fp *Fingerprint) bodyClasses(title string) []uint64 {
	start := fp.bodyStart(title)
	if start == 0 {
		return fp.classes
	}
	var out []uint64
	for i := range fp.Sentences {
		if fp.Sentences[i].Start >= start {
			out = append(out, fp.Sentences[i].classes...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
