// Package provenance decides which of two related articles is the original
// and which the copy, and says why.
//
// Publication times decide when both are known and differ. A missing time is
// unknown, never "now": when only one article is dated, the other's arrival
// can only bound its publication from above, so it is used only when it
// shows the undated article was there before the dated one was published
// (and the dated one's time is not later than its own arrival).
// Otherwise the text decides, by adding up points for:
//
//   - a canonical URL pointing at the other article;
//   - a byline or credit naming the other's outlet ("By Norland Wire
//     Service" on a newspaper's page);
//   - a credit line ("originally published on") between literal copies;
//   - spinner artefacts: where aligned sentences differ, the words of a spun
//     copy are rarer than the ones it replaced (a thesaurus offers rare
//     synonyms as readily as common ones, a writer uses the common word),
//     and misspellings and mangled inflections are rarer still; commonness
//     is the word's count in WordNet's tagged concordance
//     (synonym.Commonness);
//   - containment: a near-duplicate copy lost text the original has; an
//     excerpt cut down stands almost wholly in its original; an excerpt set
//     into a page of other news is wrapped in words its passage does not
//     use, where the original goes on with the same story;
//   - the junk a copier wraps around what it took (subscribe prompts,
//     read-more links), as extraction recorded it;
//   - between texts in two languages: a credit line saying one was
//     translated from the other's language or outlet, and the source
//     language's residue: a translation keeps names of its source language
//     with their function words ("Place de l'Église", "Bank of England"),
//     an original seldom holds those of the language it is translated
//     into (residue.go).
//
// The aligned sentences and the texts come in the Pair; without them the
// spinner and topic signals are silent and the others still speak. When
// nothing speaks, the article stored first is taken as the original, with a
// low confidence that says so; when only one of the two is dated, not even
// that (the pipeline stores a batch's dated articles before its undated
// ones), and the choice is said to be arbitrary.
package provenance

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// Decision is the direction of one copy relation.
type Decision struct {
	Original, Copy *copydesk.Article
	Reasons        []string
	Confidence     float64
}

// Pair holds the figures of one verified pair that bear on direction.
type Pair struct {
	Kind copydesk.Kind
	// AInB is the share of a's text that stands in b, BInA the share of
	// b's in a: word for word or in aligned sentences (dedup.Reused).
	AInB, BInA float64
	// Aligned are the sentence pairs verification aligned, a's sentence
	// first, as they read in the two texts; nil when not known (a
	// translation, or a caller that has no texts).
	Aligned []Sentences
	// AText and BText are the two texts as compared (title and body); ""
	// when not known.
	AText, BText string
	// Names are the names a translation pair shares, as a writes each and
	// as b does; Abbreviations the abbreviations (words in capitals) each
	// side has that the other lacks, a's then b's. Both empty for copies in
	// one language.
	Names         [][2]string
	Abbreviations [2][]string
}

// Sentences is one aligned pair of sentences: A of the first article, B of
// the second.
type Sentences struct{ A, B string }

// minGap is the smallest difference in publication time taken as an order;
// feeds and pages round their times, so closer times are a tie.
const minGap = time.Minute

// Weights of the text signals, in points; a decision's confidence grows with
// its points (see confidence). Chosen on the tune half of testdata/copies.
const (
	wCanonical = 3.0
	wByline    = 2.5
	wCredit    = 2.0
	// wSpin is the weight of one unit of commonness (natural log of the
	// concordance count) by which the words one side swapped for synonyms
	// are commoner, on average, than the other's; capped at maxSpin points.
	wSpin, maxSpin = 2.0, 3.0
	// minSpin is the least mean difference in commonness taken as a signal,
	// over at least minSwaps synonym swaps.
	minSpin, minSwaps = 0.3, 3
	// wLost is the weight of a near-duplicate's or a full rewrite's lost
	// text; wExcerpt of the excerpt being the shorter, contained text.
	wLost, wExcerpt = 1.0, 1.5
	// minLost is the least difference of containment taken as lost text.
	minLost = 0.02
	// minCut is the least share of an excerpt found in its original when
	// it was cut down alone (0.72 to 0.96 on the tune pairs) rather than set
	// into text of its own (0.29 to 0.62). wDiluted weighs the passage
	// being the smaller part of one text, a weak sign (an original may
	// quote a passage of another text too).
	minCut, wDiluted = 0.67, 0.5
	// wOffTopic weighs one text's own words (outside the shared passage)
	// being absent from the passage at least minOff more often than the
	// other's, when both have minOffWords such words: the original goes on
	// with its story, a round-up with another (0.69 to 0.91 against 0.29
	// to 0.57 on the tune pairs).
	wOffTopic, minOff, minOffWords = 1.0, 0.1, 20
	wPromo                         = 0.5
	// wTranslated weighs a credit line saying a text was translated from
	// the other's language or outlet.
	wTranslated = 2.5
	// wResidue is the weight of each function word of the other's language
	// that one text keeps in its names beyond what the other keeps of the
	// first's, capped at maxResidue points; minResidue is the least such
	// difference and minResidueRate the least difference of those words
	// per word of text. Chosen on the tune half of testdata/translations,
	// where the signal fires on 3 of 24 direct pairs (one word each,
	// 0.0054 to 0.0063 per word), all right, and on no sibling pair; the
	// rate keeps one such word in a long text (over 400 words) silent.
	wResidue, maxResidue = 1.0, 2.0
	minResidue           = 1
	minResidueRate       = 0.0025
)

// Direct decides which of a and b is the original.
func Direct(a, b *copydesk.Article, p Pair) Decision {
	aDated, bDated := !a.Published.IsZero(), !b.Published.IsZero()
	name := names(a, b)
	// 1. Publication times.
	if aDated && bDated {
		d := a.Published.Sub(b.Published)
		if d <= -minGap || d >= minGap {
			first, second := a, b
			if d > 0 {
				first, second = b, a
			}
			conf := 0.95
			if abs(d) < time.Hour {
				conf = 0.8
			}
			return Decision{Original: first, Copy: second, Confidence: conf, Reasons: []string{
				fmt.Sprintf("published %s earlier (%s vs %s)", human(abs(d)),
					first.Published.UTC().Format(time.RFC3339), second.Published.UTC().Format(time.RFC3339)),
			}}
		}
	}
	// 2. One time known: the undated article was published at the latest
	// when it was stored, so it is the original only if it was stored
	// before the other was published. A later arrival says nothing.
	half := aDated != bDated
	if half {
		dated, undated := a, b
		if bDated {
			dated, undated = b, a
		}
		// A publication time later than the article's own storage is
		// wrong (or invented), and bounds nothing.
		trusted := dated.Added.IsZero() || dated.Published.Sub(dated.Added) < 24*time.Hour
		if trusted && !undated.Added.IsZero() && dated.Published.Sub(undated.Added) >= minGap {
			return Decision{Original: undated, Copy: dated, Confidence: 0.9, Reasons: []string{
				fmt.Sprintf("%s has no publication time but was stored %s before %s was published (%s vs %s)",
					name(undated), human(dated.Published.Sub(undated.Added)), name(dated),
					undated.Added.UTC().Format(time.RFC3339), dated.Published.UTC().Format(time.RFC3339)),
			}}
		}
	}
	var reasons []string
	score := 0.0 // > 0 favours a as the original
	add := func(points float64, reason string) {
		score += points
		reasons = append(reasons, reason)
	}
	// 3. Canonical URLs pointing at the other article.
	if points(a, b) {
		add(-wCanonical, fmt.Sprintf("%s names %s as its canonical URL", name(a), b.URL))
	} else if points(b, a) {
		add(wCanonical, fmt.Sprintf("%s names %s as its canonical URL", name(b), a.URL))
	}
	// 4. A byline or credit naming the other's outlet: a wire story run
	// by a newspaper ("By Norland Wire Service") is the newspaper's copy.
	if na, nb := namesOutlet(a, b), namesOutlet(b, a); na != nb {
		if na {
			add(-wByline, fmt.Sprintf("%s credits %s in its byline", name(a), b.Source))
		} else {
			add(wByline, fmt.Sprintf("%s credits %s in its byline", name(b), a.Source))
		}
	}
	// 5. Credit lines: an article that says it was published elsewhere first
	// is a republication. Against a verbatim copy that settles it; against a
	// rewrite it does not, since a syndicated copy of the original is still
	// closer to it than a spun text is.
	literal := p.Kind != copydesk.Rewrite && p.Kind != copydesk.Translation
	if ca, cb := credit(a), credit(b); literal && ca != cb {
		if ca {
			add(-wCredit, fmt.Sprintf("%s carries a credit line to an earlier publication", name(a)))
		} else {
			add(wCredit, fmt.Sprintf("%s carries a credit line to an earlier publication", name(b)))
		}
	}
	// 6. Spinner artefacts: where aligned sentences swap a word for a
	// synonym, the spun copy's word is the rarer. An excerpt takes its
	// sentences as they were, so what differs there is alignment noise.
	if s := Spin(p.Aligned); p.Kind != copydesk.Excerpt && s.Swaps >= minSwaps && math.Abs(s.Diff) >= minSpin {
		pts := min(maxSpin, wSpin*math.Abs(s.Diff))
		if p.Kind != copydesk.Rewrite && p.Kind != copydesk.Translation {
			// Between literal copies a different word is a typo or a
			// correction, and either side may have made it.
			pts = min(pts, 0.5)
		}
		rare := b
		if s.Diff < 0 {
			rare, pts = a, -pts
		}
		add(pts, fmt.Sprintf("%s swaps words for rarer synonyms (%d swaps in %d aligned sentences, commonness %.1f lower on average): the mark of a spun copy",
			name(rare), s.Swaps, len(p.Aligned), math.Abs(s.Diff)))
	}
	// 6b. A translation: a credit line naming the other's language or
	// outlet settles it; else the source language's residue in names (a
	// translation keeps "Place de l'Église" and "Bank of England" as they
	// were, an original seldom holds the function words of the language it
	// is later translated into).
	if la, lb := lang(a.Lang), lang(b.Lang); la != "" && lb != "" && la != lb {
		ta := translatedFrom(creditLines(a, p.AText), lb, b.Source)
		tb := translatedFrom(creditLines(b, p.BText), la, a.Source)
		switch {
		case ta && !tb:
			add(-wTranslated, fmt.Sprintf("%s says it was translated from %s or %s", name(a), languageName[lb], name(b)))
		case tb && !ta:
			add(wTranslated, fmt.Sprintf("%s says it was translated from %s or %s", name(b), languageName[la], name(a)))
		}
		if p.AText != "" && p.BText != "" {
			ra, rb := ResidueOf(p.AText, la), ResidueOf(p.BText, lb)
			ha, hb := ra.Of(lb), rb.Of(la) // a keeps b's language, b keeps a's
			rate := float64(ha)/float64(max(ra.Words, 1)) - float64(hb)/float64(max(rb.Words, 1))
			switch {
			case ha-hb >= minResidue && rate >= minResidueRate:
				add(-min(maxResidue, wResidue*float64(ha-hb)), residueReason(name(a), name(b), lb, ra, hb))
			case hb-ha >= minResidue && -rate >= minResidueRate:
				add(min(maxResidue, wResidue*float64(hb-ha)), residueReason(name(b), name(a), la, rb, ha))
			}
		}
	}
	// 6c. A translation, in any two languages: the original's local
	// references (locality.go).
	if p.Kind == copydesk.Translation {
		if l := LocalityOf(p.AText, p.BText, p.Names); l.Names >= minLocalNames && math.Abs(l.Fit) >= max(minLocal, minLocalT*l.SE) {
			if l.Fit > 0 {
				add(wLocal, localReason(name(a), name(b), l.Example, l.Fit, l.Names))
			} else {
				add(-wLocal, localReason(name(b), name(a), l.Example, -l.Fit, l.Names))
			}
		}
		switch oa, ob := p.Abbreviations[0], p.Abbreviations[1]; {
		case len(oa) > len(ob):
			add(wAbbrev, abbrevReason(name(a), name(b), oa))
		case len(ob) > len(oa):
			add(-wAbbrev, abbrevReason(name(b), name(a), ob))
		}
	}
	// 7. Containment.
	switch p.Kind {
	case copydesk.Duplicate, copydesk.NearDuplicate:
		// The copy is the one that lost text: the original is the text
		// less of which is found in the other.
		if d := p.BInA - p.AInB; d >= minLost {
			add(wLost, dropped(name(b), name(a), p.BInA, p.AInB))
		} else if d <= -minLost {
			add(-wLost, dropped(name(a), name(b), p.AInB, p.BInA))
		}
	case copydesk.Excerpt:
		// An excerpt is cut from a longer text. Cut down alone, nearly all
		// of it stands in the original. Set into text of its own (a
		// round-up, an aggregator's page), neither text is mostly inside
		// the other: the copy is the one whose own text is about something
		// else (the original tells one story in the same words throughout),
		// and, more weakly, the one the passage is the smaller part of.
		ain, bin := p.AInB, p.BInA
		hi := max(ain, bin)
		switch {
		case math.Abs(ain-bin) < minLost:
		case hi >= minCut && ain > bin:
			add(-wExcerpt, cut(name(a), name(b), ain, bin))
		case hi >= minCut:
			add(wExcerpt, cut(name(b), name(a), bin, ain))
		case ain < bin:
			add(-wDiluted, diluted(name(a), name(b), ain, bin))
		default:
			add(wDiluted, diluted(name(b), name(a), bin, ain))
		}
		if hi < minCut {
			oa, na := offTopic(p.AText, p.Aligned, true)
			ob, nb := offTopic(p.BText, p.Aligned, false)
			if na >= minOffWords && nb >= minOffWords && math.Abs(oa-ob) >= minOff {
				if oa > ob {
					add(-wOffTopic, aside(name(a), oa, ob))
				} else {
					add(wOffTopic, aside(name(b), ob, oa))
				}
			}
		}
	case copydesk.Rewrite:
		// A full rewrite (most sentences of both aligned) drops sentences
		// more often than it adds them; a partial one (an excerpt spun, or
		// a spun text quoting part of another) says nothing this way.
		if min(p.AInB, p.BInA) >= 0.7 {
			if d := p.BInA - p.AInB; d >= minLost {
				add(wLost/2, dropped(name(b), name(a), p.BInA, p.AInB))
			} else if d <= -minLost {
				add(-wLost/2, dropped(name(a), name(b), p.AInB, p.BInA))
			}
		}
	}
	// 8. Junk a copier adds: content farms wrap what they take in prompts
	// to subscribe and links to more of their stories.
	if ja, jb := promos(a), promos(b); ja != jb {
		pts := wPromo
		if ja > jb {
			pts = -pts
		}
		add(pts, fmt.Sprintf("promotional lines stripped: %d from %s, %d from %s", ja, name(a), jb, name(b)))
	}
	if half {
		reasons = append(reasons, "only one of the two has a publication time; the other's is unknown, so the times are not compared")
	}
	switch {
	case score > 0:
		return Decision{Original: a, Copy: b, Reasons: reasons, Confidence: confidence(score)}
	case score < 0:
		return Decision{Original: b, Copy: a, Reasons: reasons, Confidence: confidence(-score)}
	}
	if half {
		// The pipeline stores a batch's dated articles before its undated
		// ones, so the order of storage would only echo which is dated.
		first, second := a, b
		if b.ID < a.ID {
			first, second = b, a
		}
		reasons = append(reasons, fmt.Sprintf("no signal of direction: %s taken as the original arbitrarily", name(first)))
		return Decision{Original: first, Copy: second, Reasons: reasons, Confidence: 0.5}
	}
	first, second := a, b
	if b.Added.Before(a.Added) || b.Added.Equal(a.Added) && b.ID < a.ID {
		first, second = b, a
	}
	reasons = append(reasons, fmt.Sprintf("no signal of direction: %s was stored first", name(first)))
	return Decision{Original: first, Copy: second, Reasons: reasons, Confidence: 0.5}
}

// SpinScore compares the words two texts swapped in their aligned
// sentences.
type SpinScore struct {
	// Pairs is the number of aligned sentence pairs in which each side has
	// content words the other lacks.
	Pairs int
	// Swaps counts the words one side swapped for a synonym of the same
	// class (package synonym): a word of one sentence and a word of the
	// other, each missing from the other sentence. That is a thesaurus's
	// work; a writer who paraphrases rebuilds the sentence instead.
	Swaps int
	// Diff is the mean, over the swaps, of the commonness (natural log of 1
	// + the concordance count) of a's word minus that of b's: above 0 when
	// b looks spun from a.
	Diff float64
}

// Spin measures which side of the aligned sentence pairs swapped words for
// rarer synonyms. Only lower-case words of three letters or more that are
// not stop words count (names and numbers are what a copy keeps, not what
// it spins).
func Spin(aligned []Sentences) SpinScore {
	var s SpinScore
	for _, p := range aligned {
		wa, wb := contentWords(p.A), contentWords(p.B)
		// In sorted order, so that of two words of b in one class the same
		// one is kept every time.
		onlyB := map[string]string{} // class -> word of b missing from a
		for _, stem := range slices.Sorted(maps.Keys(wb)) {
			if _, ok := wa[stem]; !ok {
				onlyB[synonym.Of(wb[stem], stem)] = wb[stem]
			}
		}
		changed := false
		for _, stem := range slices.Sorted(maps.Keys(wa)) {
			w := wa[stem]
			if _, ok := wb[stem]; ok {
				continue
			}
			changed = true
			if v, ok := onlyB[synonym.Of(w, stem)]; ok {
				s.Swaps++
				s.Diff += synonym.Commonness(w) - synonym.Commonness(v)
			}
		}
		if changed && len(onlyB) > 0 {
			s.Pairs++
		}
	}
	if s.Swaps > 0 {
		s.Diff /= float64(s.Swaps)
	}
	return s
}

// contentWords maps the stems of a sentence's lower-case content words to
// one of their forms.
func contentWords(s string) map[string]string {
	out := map[string]string{}
	for _, t := range text.Tokens(s) {
		w := t.Word
		if len(w) < 3 || text.IsStop(w) || !lowerLetters(s[t.Start:t.End]) {
			continue
		}
		out[text.Stem(w)] = w
	}
	return out
}

func lowerLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// offTopic is the share of the content words of full outside the aligned
// passage (a's side of aligned when first) that the passage does not use,
// and the number of those words: low for an article's own text around the
// passage (it tells the same story in the same words), high for the text of
// another story around a passage taken from elsewhere.
func offTopic(full string, aligned []Sentences, first bool) (float64, int) {
	if full == "" || len(aligned) == 0 {
		return 0, 0
	}
	shared := map[string]bool{}
	passage := map[string]bool{}
	for _, p := range aligned {
		s := p.B
		if first {
			s = p.A
		}
		shared[strings.TrimSpace(s)] = true
		for _, w := range text.Words(s) {
			if len(w) >= 3 && !text.IsStop(w) {
				passage[text.Stem(w)] = true
			}
		}
	}
	rest, off := 0, 0
	for _, sp := range text.Sentences(full) {
		if shared[strings.TrimSpace(sp.Text)] {
			continue
		}
		for _, w := range text.Words(sp.Text) {
			if len(w) < 3 || text.IsStop(w) {
				continue
			}
			rest++
			if !passage[text.Stem(w)] {
				off++
			}
		}
	}
	if rest == 0 {
		return 0, 0
	}
	return float64(off) / float64(rest), rest
}

// dropped explains that copy lost text of orig: inOrig of copy stands in
// orig but only inCopy of orig in copy.
func dropped(copy, orig string, inOrig, inCopy float64) string {
	return fmt.Sprintf("%s lacks part of %s: %.0f%% of it stands in the other, only %.0f%% the other way",
		copy, orig, 100*inOrig, 100*inCopy)
}

// cut explains that copy is an excerpt cut down from orig.
func cut(copy, orig string, inOrig, inCopy float64) string {
	return fmt.Sprintf("%s is cut down from %s: %.0f%% of it stands in the other, only %.0f%% the other way",
		copy, orig, 100*inOrig, 100*inCopy)
}

// diluted explains that copy set a passage of orig into more text of its
// own than orig has around it.
func diluted(copy, orig string, inOrig, inCopy float64) string {
	return fmt.Sprintf("%s sets a passage of %s into text of its own: the passage is %.0f%% of it and %.0f%% of the other",
		copy, orig, 100*inOrig, 100*inCopy)
}

// aside explains that copy's own text is about something else.
func aside(copy string, off, otherOff float64) string {
	return fmt.Sprintf("%s wraps the shared passage in text about something else: %.0f%% of the words around it are not in the passage, %.0f%% in the other",
		copy, 100*off, 100*otherOff)
}

// confidence maps the points of a text decision to a probability of being
// right, as measured on the tune half of testdata/copies (without dates).
func confidence(score float64) float64 {
	switch {
	case score >= 3:
		return 0.9
	case score >= 2:
		return 0.8
	case score >= 1:
		return 0.7
	}
	return 0.6
}

// promos counts the promotional junk lines extraction stripped
// (copydesk.Promotional).
func promos(a *copydesk.Article) int {
	n := 0
	for _, r := range a.Removed {
		if copydesk.Promotional(r.Reason) {
			n++
		}
	}
	return n
}

// namesOutlet reports whether x's byline, or a byline or credit line
// extraction stripped from it, names y's outlet, which is not x's own.
func namesOutlet(x, y *copydesk.Article) bool {
	outlet := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(y.Source)), "the ")
	if len(outlet) < 4 || strings.EqualFold(strings.TrimSpace(x.Source), strings.TrimSpace(y.Source)) {
		return false
	}
	lines := []string{x.Byline}
	for _, r := range x.Removed {
		switch r.Reason {
		case copydesk.RemovedByline, copydesk.RemovedCredit, copydesk.RemovedSourceLine:
			lines = append(lines, r.Text)
		}
	}
	for _, l := range lines {
		if strings.Contains(strings.ToLower(l), outlet) {
			return true
		}
	}
	return false
}

// credit reports whether an article carries a line crediting an earlier
// publication, among what extraction stripped.
func credit(a *copydesk.Article) bool {
	for _, r := range a.Removed {
		if isCredit(r.Text) {
			return true
		}
	}
	return false
}

func isCredit(s string) bool {
	s = strings.ToLower(s)
	for _, p := range []string{"originally published", "first published", "first appeared", "republished", "reprinted with permission", "appeared originally"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func points(a, b *copydesk.Article) bool {
	if a.CanonicalURL == "" || b.URL == "" {
		return false
	}
	return trimURL(a.CanonicalURL) == trimURL(b.URL) && trimURL(a.URL) != trimURL(b.URL)
}

func trimURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

// names returns how reasons name a and b: as a reader knows them
// (Article.DisplayName), and when that is the same, by title, then by
// publication time, then by the order they were stored; never by id or
// path.
func names(a, b *copydesk.Article) func(*copydesk.Article) string {
	na, nb := a.DisplayName(), b.DisplayName()
	return func(x *copydesk.Article) string {
		n := x.DisplayName()
		switch {
		case na != nb:
			return n
		case a.Title != b.Title && x.Title != "" && x.Title != n:
			return fmt.Sprintf("%s (%q)", n, x.Title)
		case !a.Published.Equal(b.Published) && !x.Published.IsZero():
			return fmt.Sprintf("%s of %s", n, x.Published.UTC().Format("2 Jan 2006 15:04"))
		}
		// Alike in all a reader sees: by the order they were stored, else
		// (the same instant) as one and the other, whichever way the pair
		// is given.
		y := a
		if x == a {
			y = b
		}
		first := x.Added.Before(y.Added) || (x.Added.Equal(y.Added) && x.ID < y.ID)
		switch {
		case !x.Added.Equal(y.Added) && first:
			return n + " (stored first)"
		case !x.Added.Equal(y.Added):
			return n + " (stored later)"
		case first:
			return n + " (one)"
		}
		return n + " (the other)"
	}
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func human(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", int(d.Hours()/24))
	case d >= 2*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	}
	return fmt.Sprintf("%d minutes", int(d.Minutes()))
}
