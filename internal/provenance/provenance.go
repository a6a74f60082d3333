// Package provenance decides which of two related articles is the original
// and which the copy, and says why.
//
// Publication times decide when both are known and apart: the later article
// is never the original. A time read from a date line without a zone, or a
// day alone, spans hours (Span, extract.PublishedSpan); two times closer than
// a minute, or spans that overlap, do not order the pair, and only the text
// may. A missing time is unknown, never "now": when only one article is
// dated, the other's arrival can only bound its publication from above, so
// it is used only when it shows the undated article was there before the
// dated one was published (and the dated one's time is not later than its
// own arrival). Otherwise the text decides, by adding up points for:
//
//   - a canonical URL pointing at the other article;
//   - a byline or credit naming the other's outlet ("By Norland Wire
//     Service" on a newspaper's page);
//   - between literal copies, a line saying the text ran elsewhere first:
//     a republication note ("This story was first published by ...",
//     "Republished with permission") or a short line naming the other's
//     outlet as the source ("Source: ...", "via ..."); a stamp of the
//     page's own first publication ("Originally published 05/03/2013 at
//     10:20 AM EDT"), an agency's "(Reporting by ...)" or an outlet's own
//     promotions are no such line: real originals carry them too (the ECB+
//     People page, the seeds' Latin Post original);
//   - spinner artefacts: where aligned sentences differ, the words of a spun
//     copy are rarer than the ones it replaced (a thesaurus offers rare
//     synonyms as readily as common ones, a writer uses the common word),
//     and misspellings and mangled inflections are rarer still; commonness
//     is the word's count in WordNet's tagged concordance
//     (synonym.Commonness);
//   - a note of a later edit ("Correction, 6:20 a.m.: ...", "Editor's
//     note: this story has been updated ...") that one of two literal
//     copies carries and the other lacks: the text with the note is the
//     later version of the two (edits accumulate on the copy; updateNote);
//   - the pair's other relatives: copies of one original each make their
//     own edits, so the others keep what the original has and a copy
//     changed, not that copy's own changes (edits accumulate on the copy;
//     Kept, family);
//   - fluency: where aligned sentences swap words, the original's words
//     and the word pairs they make are commoner in news text (package
//     fluency, a table the project derives itself);
//   - containment of an excerpt: an excerpt cut down stands almost wholly in
//     its original; an excerpt set into a page of other news is wrapped in
//     words its passage does not use, where the original goes on with the
//     same story;
//   - between texts in two languages: a credit line saying one was
//     translated from the other's language or outlet, the source
//     language's residue (a translation keeps names of its source language
//     with their function words, "Place de l'Église", "Bank of England";
//     residue.go), and the original's local references (locality.go).
//
// Each signal that speaks is listed (Decision.Signals) with its reason, and
// the net points give a calibrated confidence (confidence). Below
// MinConfidence the direction is undetermined: Decision.Undetermined is set,
// the reasons say so, and Original and Copy are only the order the pair is
// kept in, never a claim. Which text is longer (a copy adds lines as often
// as it cuts them) and promotional lines (an outlet's template) decide
// nothing: on real text they were no better than a coin.
//
// The aligned sentences and the texts come in the Pair; without them the
// spinner and topic signals are silent and the others still speak.
package provenance

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/fluency"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// Decision is the direction of one copy relation.
type Decision struct {
	Original, Copy *copydesk.Article
	Reasons        []string
	Confidence     float64
	// Undetermined is set when nothing decides which of the two is the
	// original with confidence: Original and Copy are then only the order
	// the pair is kept in (the one stored first as Original), never a
	// claim.
	Undetermined bool
	// Points are the net points of the text signals for Original (0 when
	// the times decided).
	Points float64
	// Signals are the text signals that spoke, each with the article it
	// takes for the original.
	Signals []Signal
	// Recheck, when set, is what a later relative may re-decide the
	// direction with (Recheck): set when the text decided, or nothing
	// did; nil when the publication times decided, or a chain.
	Recheck *copydesk.Recheck
}

// Signal is one text signal of direction.
type Signal struct {
	// Name names the signal ("spin", "lost-text", "promos", ...).
	Name string
	// Original is the id of the article the signal takes for the original.
	Original string
	// Points is the signal's weight, in points.
	Points float64
	Reason string
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
	// Spans are a's and b's spans of publication (extract.PublishedSpan);
	// a zero Span is the article's Published exactly.
	Spans [2]Span
	// Relatives are the votes of the other articles related to a (Kept):
	// how much of what a alone has, and of what b alone has, each keeps.
	Relatives []Vote
}

// Sentences is one aligned pair of sentences: A of the first article, B of
// the second.
type Sentences struct{ A, B string }

// confTimes is the confidence of a decision by publication times: on the
// real-text benchmark's tune half, every pair the spans ordered was right.
const confTimes = 0.99

// MinConfidence is the least confidence of a decision: below it the
// direction is undetermined.
const MinConfidence = 0.7

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
	// are commoner, on average, than the other's; capped at maxSpin points,
	// under the relatives' maxFamily: rarer synonyms mark a spinner that
	// draws on a thesaurus, not every rewriter (on the real-text copy
	// benchmark's tune half, dates stripped, it named the copy in 44 pairs
	// of 47; a spin that put commoner words for rarer ones, "blaze" to
	// "hell", "roof" to "ceiling", was called the original against six
	// relatives), while edits accumulate on the copy whoever made them.
	wSpin, maxSpin = 2.0, 2.0
	// minSpin is the least mean difference in commonness taken as a signal,
	// over at least minSwaps synonym swaps.
	minSpin, minSwaps = 0.3, 3
	// wExcerpt is the weight of the excerpt being the shorter, contained
	// text.
	wExcerpt = 1.5
	// wQuote weighs a quotation one side has where the other reports it,
	// in aligned sentences that share minRestate of their words.
	wQuote, minRestate = 1.0, 0.6
	// minLost is the least difference of containment taken as lost text.
	minLost = 0.02
	// minCut is the least share of an excerpt found in its original when
	// it was cut down alone (0.72 to 0.96 on the tune pairs) rather than set
	// into text of its own (0.29 to 0.62).
	minCut = 0.67
	// wOffTopic weighs one text's own words (outside the shared passage)
	// being absent from the passage at least minOff more often than the
	// other's, when both have minOffWords such words: the original goes on
	// with its story, a round-up with another (0.69 to 0.91 against 0.29
	// to 0.57 on the tune pairs).
	wOffTopic, minOff, minOffWords = 1.0, 0.1, 20
	// wFamily weighs each net vote of the pair's other relatives (what
	// they keep of one side's own text against the other's), capped at
	// maxFamily; minFamily is the least net vote taken as a signal (a
	// relative votes when it keeps MinKept shingles of either side's own
	// text).
	wFamily, maxFamily, minFamily = 1.0, 3.0, 0.9
	// loneVote is what the first net vote of the relatives is worth less
	// than wFamily: one relative's vote alone (net 0.9 to 1.5) was right
	// for 28 of 34 tune pairs without dates (0.82; 0.88 was given at 1
	// point), every net vote of 1.5 or more for all of 200.
	loneVote = 0.2
	// wUpdate weighs a note of a later edit that one of two literal
	// copies carries and the other lacks. It was right for every such tune
	// pair, but the benchmark adds notes to copies only, while a real
	// original updated after it was copied carries the note its copy
	// lacks: the weight is a lone relative's vote (0.83), not the tune
	// rate.
	wUpdate = 0.8
	// wFluency weighs the fluency of swapped words at minFluentT standard
	// errors, growing to maxFluentT/minFluentT times that; over at least
	// minFluent aligned sentence pairs.
	wFluency, minFluentT, maxFluentT, minFluent = 0.5, 2.0, 4.0, 3
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

// Span is when an article was published, as far as its publication time
// tells: from Earliest to Latest (equal for an exact time). A time read from
// a date line with no zone, or a day alone, spans hours
// (extract.PublishedSpan).
type Span struct{ Earliest, Latest time.Time }

// span is x's publication span: given, else its exact publication time.
func span(x *copydesk.Article, given Span) Span {
	if !given.Earliest.IsZero() {
		return given
	}
	return Span{x.Published, x.Published}
}

// Direct decides which of a and b is the original.
func Direct(a, b *copydesk.Article, p Pair) Decision {
	aDated, bDated := !a.Published.IsZero(), !b.Published.IsZero()
	name := names(a, b)
	if p.Kind == copydesk.SharedSource {
		// Two reports of one common source: neither copies the other.
		first, second := a, b
		if b.ID < a.ID {
			first, second = b, a
		}
		return Decision{Original: first, Copy: second, Confidence: 0.5, Undetermined: true, Reasons: []string{
			fmt.Sprintf("%s and %s each report one common source: neither is the original of the other", name(a), name(b))}}
	}
	var reasons []string
	// 1. Publication times. The later article is never the original: when
	// one's span of publication ends a minute or more before the other's
	// begins, that decides. When they overlap (within a minute, or a date
	// line that gives only a day), the text may still decide, but nothing
	// else does: not which was stored first.
	near := false
	if aDated && bDated {
		sa, sb := span(a, p.Spans[0]), span(b, p.Spans[1])
		switch {
		case sb.Earliest.Sub(sa.Latest) >= minGap:
			return dated(a, b, sa, sb)
		case sa.Earliest.Sub(sb.Latest) >= minGap:
			return dated(b, a, sb, sa)
		}
		near = true
		reasons = append(reasons, overlap(name(a), name(b), a, b, sa, sb))
	}
	// 2. One time known: the undated article was published at the latest
	// when it was stored, so it is the original only if it was stored
	// before the other was published. A later arrival says nothing.
	half := aDated != bDated
	if half {
		dated, undated, ds := a, b, span(a, p.Spans[0])
		if bDated {
			dated, undated, ds = b, a, span(b, p.Spans[1])
		}
		// A publication time later than the article's own storage is
		// wrong (or invented), and bounds nothing.
		trusted := dated.Added.IsZero() || dated.Published.Sub(dated.Added) < 24*time.Hour
		if trusted && !undated.Added.IsZero() && ds.Earliest.Sub(undated.Added) >= minGap {
			return Decision{Original: undated, Copy: dated, Confidence: confTimes, Reasons: []string{
				fmt.Sprintf("%s has no publication time but was stored %s before %s was published (%s vs %s)",
					name(undated), human(ds.Earliest.Sub(undated.Added)), name(dated),
					undated.Added.UTC().Format(time.RFC3339), dated.Published.UTC().Format(time.RFC3339)),
			}}
		}
	}
	score := 0.0 // > 0 favours a as the original
	var signals []Signal
	// The relatives' vote is kept apart from the pair's own signals: a
	// later relative re-decides it (Recheck), the rest stands.
	family, familyReason := 0.0, ""
	add := func(sig string, points float64, reason string) {
		score += points
		if sig == signalRelatives {
			family, familyReason = points, reason
		} else {
			reasons = append(reasons, reason)
		}
		favours := a.ID
		if points < 0 {
			favours = b.ID
		}
		signals = append(signals, Signal{Name: sig, Original: favours, Points: math.Abs(points), Reason: reason})
	}
	// 3. Canonical URLs pointing at the other article.
	if points(a, b) {
		add("canonical", -wCanonical, fmt.Sprintf("%s names %s as its canonical URL", name(a), b.URL))
	} else if points(b, a) {
		add("canonical", wCanonical, fmt.Sprintf("%s names %s as its canonical URL", name(b), a.URL))
	}
	// 4. A byline or credit naming the other's outlet: a wire story run
	// by a newspaper ("By Norland Wire Service") is the newspaper's copy.
	if na, nb := namesOutlet(a, b), namesOutlet(b, a); na != nb {
		if na {
			add("byline", -wByline, fmt.Sprintf("%s credits %s in its byline", name(a), b.Source))
		} else {
			add("byline", wByline, fmt.Sprintf("%s credits %s in its byline", name(b), a.Source))
		}
	}
	// 5. Credit lines: an article that says it was published elsewhere first
	// is a republication. Against a verbatim copy that settles it; against a
	// rewrite it does not, since a syndicated copy of the original is still
	// closer to it than a spun text is. A line naming a third outlet as the
	// source tells nothing between two copies of that outlet's text.
	// (The lines are looked for only where they count.)
	literal := p.Kind != copydesk.Rewrite && p.Kind != copydesk.Translation
	if literal {
		if ca, cb := credit(a, b, p.AText), credit(b, a, p.BText); (ca == "") != (cb == "") {
			if ca != "" {
				add("credit", -wCredit, creditReason(name(a), ca))
			} else {
				add("credit", wCredit, creditReason(name(b), cb))
			}
		}
	}
	// 6. Spinner artefacts: where aligned sentences swap a word for a
	// synonym, the spun copy's word is the rarer. An excerpt takes its
	// sentences as they were, so what differs there is alignment noise.
	// (So an excerpt's swaps are not even looked for.)
	var s SpinScore
	if p.Kind != copydesk.Excerpt {
		s = Spin(p.Aligned)
	}
	if s.Swaps >= minSwaps && math.Abs(s.Diff) >= minSpin {
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
		add("spin", pts, fmt.Sprintf("%s swaps words for rarer synonyms (%d swaps in %d aligned sentences, commonness %.1f lower on average): the mark of a spun copy",
			name(rare), s.Swaps, len(p.Aligned), math.Abs(s.Diff)))
	}
	// 5'. A note of a later edit: of two versions of one text, the one
	// that notes a correction or an update the other lacks is the later.
	// Only between literal copies: an excerpt or a rewrite leaves out
	// what it likes, notes included.
	if literal {
		if ua, ub := updateNote(a, p.AText), updateNote(b, p.BText); ua != ub {
			if ua != "" {
				add("update", -wUpdate, updateReason(name(a), name(b), ua))
			} else {
				add("update", wUpdate, updateReason(name(b), name(a), ub))
			}
		}
	}
	// 6'. Edits accumulate on the copy: the other relatives of the pair
	// (copies of one original each made their own edits) keep what the
	// original has and the copy changed, not the copy's own edits.
	if n, net, pts := FamilyPoints(p.Relatives); pts != 0 {
		orig, other := a, b
		if pts < 0 {
			orig, other = b, a
		}
		add(signalRelatives, pts, familyText(n, name(orig), name(other), net))
	}
	// 6''. The original reads more fluently: where aligned sentences swap
	// words, the copy's words and the pairs they make with their
	// neighbours are rarer in news text (package fluency).
	if p.Kind == copydesk.Rewrite || p.Kind == copydesk.NearDuplicate {
		if f := Fluency(p.Aligned); f.Pairs >= minFluent && math.Abs(f.T) >= minFluentT {
			pts := wFluency * min(math.Abs(f.T), maxFluentT) / minFluentT
			orig, other := a, b
			if f.T < 0 {
				orig, other, pts = b, a, -pts
			}
			add("fluency", pts, fmt.Sprintf("where %d aligned sentences differ by swapped words, %s's words are commoner in news text than %s's (%.1f standard errors): the original reads more fluently",
				f.Pairs, name(orig), name(other), math.Abs(f.T)))
		}
	}
	// 6a. Quotes: a rewriter turns a quotation into reported speech, never
	// the other way round (that would invent a quotation): where an aligned
	// sentence quotes on one side only, that side is the original.
	if p.Kind == copydesk.Rewrite || p.Kind == copydesk.NearDuplicate {
		switch qa, qb := quoteShifts(p.Aligned); {
		case qa > 0 && qb == 0:
			add("quotes", wQuote, quoteReason(name(a), name(b), qa))
		case qb > 0 && qa == 0:
			add("quotes", -wQuote, quoteReason(name(b), name(a), qb))
		}
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
			add("translated", -wTranslated, fmt.Sprintf("%s says it was translated from %s or %s", name(a), languageName[lb], name(b)))
		case tb && !ta:
			add("translated", wTranslated, fmt.Sprintf("%s says it was translated from %s or %s", name(b), languageName[la], name(a)))
		}
		if p.AText != "" && p.BText != "" {
			ra, rb := ResidueOf(p.AText, la), ResidueOf(p.BText, lb)
			ha, hb := ra.Of(lb), rb.Of(la) // a keeps b's language, b keeps a's
			rate := float64(ha)/float64(max(ra.Words, 1)) - float64(hb)/float64(max(rb.Words, 1))
			switch {
			case ha-hb >= minResidue && rate >= minResidueRate:
				add("residue", -min(maxResidue, wResidue*float64(ha-hb)), residueReason(name(a), name(b), lb, ra, hb))
			case hb-ha >= minResidue && -rate >= minResidueRate:
				add("residue", min(maxResidue, wResidue*float64(hb-ha)), residueReason(name(b), name(a), la, rb, ha))
			}
		}
	}
	// 6c. A translation, in any two languages: the original's local
	// references (locality.go).
	if p.Kind == copydesk.Translation {
		if l := LocalityOf(p.AText, p.BText, p.Names); l.Names >= 2 {
			if pts := localPoints(l); pts > 0 && l.Fit > 0 {
				add("locality", pts, localReason(name(a), name(b), l.Example, l.Fit, l.Names))
			} else if pts > 0 {
				add("locality", -pts, localReason(name(b), name(a), l.Example, -l.Fit, l.Names))
			}
		}
		switch oa, ob := p.Abbreviations[0], p.Abbreviations[1]; {
		case len(oa) > len(ob):
			add("abbreviations", wAbbrev, abbrevReason(name(a), name(b), oa))
		case len(ob) > len(oa):
			add("abbreviations", -wAbbrev, abbrevReason(name(b), name(a), ob))
		}
	}
	// 7. Containment. Which of two literal copies or rewrites lost text
	// says nothing: on the real-text benchmark's tune half the one that
	// lost text was the copy in 39% of the pairs (a copy adds credit,
	// update and context lines as often as it cuts one), so only an
	// excerpt's containment counts.
	switch p.Kind {
	case copydesk.Excerpt:
		// An excerpt is cut from a longer text. Cut down alone, nearly all
		// of it stands in the original. Set into text of its own (a
		// round-up, an aggregator's page), neither text is mostly inside
		// the other: the copy is the one whose own text is about something
		// else (the original tells one story in the same words throughout).
		// Which text the passage is the smaller part of decides nothing:
		// on the real-text benchmark's tune half that text was the copy in
		// 58 of 117 excerpts (an original may quote a passage of another
		// text too).
		ain, bin := p.AInB, p.BInA
		hi := max(ain, bin)
		switch {
		case math.Abs(ain-bin) < minLost:
		case hi >= minCut && ain > bin:
			add("cut-down", -wExcerpt, cut(name(a), name(b), ain, bin))
		case hi >= minCut:
			add("cut-down", wExcerpt, cut(name(b), name(a), bin, ain))
		}
		if hi < minCut {
			oa, na := offTopic(p.AText, p.Aligned, true)
			ob, nb := offTopic(p.BText, p.Aligned, false)
			if na >= minOffWords && nb >= minOffWords && math.Abs(oa-ob) >= minOff {
				if oa > ob {
					add("off-topic", -wOffTopic, aside(name(a), oa, ob))
				} else {
					add("off-topic", wOffTopic, aside(name(b), ob, oa))
				}
			}
		}
	}
	// Promotional lines (subscribe prompts, read-more links) decide
	// nothing: they are an outlet's template, on its originals as on its
	// copies (on the real-text benchmark's tune half, the side with fewer
	// was the original in 121 of 223 pairs; in our own examples the local
	// paper's original carries four, its copy none). They only lean the
	// order an undetermined pair is kept in (keepOrder).
	if half {
		reasons = append(reasons, "only one of the two has a publication time; the other's is unknown, so the times are not compared")
	}
	// The pair's own reasons first, then the relatives' vote, then the
	// verdict: a re-check replaces what follows the own ones.
	own := len(reasons)
	if familyReason != "" {
		reasons = append(reasons, familyReason)
	}
	recheck := func(forFirst float64) *copydesk.Recheck {
		return &copydesk.Recheck{Own: forFirst, Relatives: len(p.Relatives), Reasons: own}
	}
	if c := confidence(math.Abs(score)); score != 0 && c >= MinConfidence {
		if score > 0 {
			return Decision{Original: a, Copy: b, Reasons: reasons, Confidence: c, Points: score, Signals: signals, Recheck: recheck(score - family)}
		}
		return Decision{Original: b, Copy: a, Reasons: reasons, Confidence: c, Points: -score, Signals: signals, Recheck: recheck(family - score)}
	}
	// Nothing decides: the pair is kept in an order that is no claim. The
	// pipeline links a copy to its closest original by that order, so it
	// should put a family's members round its root as often as it can:
	// the side the weak signals lean to, else the one that lost no text
	// and has fewer promotional lines (neither decides anything, see
	// above, but of several copies of one original the original is the
	// one that lacks none of the text they share), else the one stored
	// first (or, for a half-dated pair, which the pipeline stores dated
	// first, by id).
	first, second := a, b
	switch lean := score + keepOrder(a, b, p); {
	case lean < 0:
		first, second = b, a
	case lean > 0:
	case half:
		if b.ID < a.ID {
			first, second = b, a
		}
	case b.Added.Before(a.Added) || b.Added.Equal(a.Added) && b.ID < a.ID:
		first, second = b, a
	}
	why := "no signal of direction"
	if score != 0 {
		why = fmt.Sprintf("the signals fall short of a decision (confidence %.2f, below %.2f)", confidence(math.Abs(score)), MinConfidence)
	}
	if near {
		why += " and the publication times do not tell them apart"
	}
	reasons = append(reasons, why+": which is the original is undetermined")
	ownFirst := score - family
	if first != a {
		ownFirst = -ownFirst
	}
	return Decision{Original: first, Copy: second, Reasons: reasons, Confidence: 0.5, Undetermined: true, Signals: signals, Recheck: recheck(ownFirst)}
}

// Fluency compares the aligned sentences of a pair by the news frequency
// model (fluency.Model.Compare): above 0 a's side reads the more fluently.
func Fluency(aligned []Sentences) fluency.Score {
	pairs := make([][2]string, len(aligned))
	for i, s := range aligned {
		pairs[i] = [2]string{s.A, s.B}
	}
	return fluency.Default().Compare(pairs)
}

// Vote is what one relative of a pair keeps of the text only one side of
// the pair has: A of a's own word 5-shingles (those b lacks), B of b's.
type Vote struct{ A, B int }

// MinFamilyKept is the fewest word 5-shingles of each side's own text
// (what the other side lacks) that one relative of a pair must keep for
// the pair to be two reports of one common source rather than a copy and
// its original (Vote.KeepsBoth). A relative of a copy and its original
// keeps one side's own text, never both: a copy's own edits pass only to
// its own copies, and what the copy dropped or changed of its original
// passes only to the original's other copies; but copies of one outlet's
// text share its stock lines (a sign-off, a credit line, a promotion),
// and one such line of a dozen words is 8 shingles. On the copy
// benchmark's tune draws 1-6, 4 gold copy pairs of about 2,000 rewrites
// and near-duplicates have a relative keeping 8 of each side's own text
// (and passing the pipeline's other two tests, threeReports), none 10;
// the shared-source pairs called copies whose family holds a third
// report have one keeping 10 to 149 of each in 9 of 10.
const MinFamilyKept = 10

// KeepsBoth reports whether the relative of v keeps MinFamilyKept or more
// of both sides' own text: one that shows neither side of the pair took
// its text from the other.
func (v Vote) KeepsBoth() bool { return min(v.A, v.B) >= MinFamilyKept }

// MinKept is the fewest word 5-shingles of one side's own text (what the
// other side lacks) that a relative must keep to be taken to descend from
// that side's text.
const MinKept = 3

// Kept counts what z keeps of the shingles only a has and of those only b
// has (each a sorted set of shingle hashes).
func Kept(a, b, z []uint64) Vote { return KeptBodies(a, a, b, b, z) }

// KeptBodies is Kept on two articles' body shingles (aBody, bBody) with
// all their shingles, headline included (aAll, bAll; each a sorted set):
// a's own text is what its body has and b lacks anywhere, so that a line
// one side has as its headline and the other at the head of its body (a
// page without a title gives its first line as the headline; a copy keeps
// the line and carries a headline of its own) is the same text placed
// differently, not an edit of either.
func KeptBodies(aBody, aAll, bBody, bAll, z []uint64) Vote {
	var v Vote
	var i, j, k, l int
	in := func(s []uint64, p *int, h uint64) bool {
		for *p < len(s) && s[*p] < h {
			*p++
		}
		return *p < len(s) && s[*p] == h
	}
	for _, h := range z {
		ina, inAllA := in(aBody, &i, h), in(aAll, &k, h)
		inb, inAllB := in(bBody, &j, h), in(bAll, &l, h)
		switch {
		case ina && !inAllB:
			v.A++
		case inb && !inAllA:
			v.B++
		}
	}
	return v
}

// minOwnVotes is the fewest relatives' votes on one pair for which the
// pair's own text is found first (OwnOf): it costs a pass over both texts
// and their own text's memory, which a vote or two repays less than it
// costs (a rewrite's own text is most of it).
const minOwnVotes = 3

// KeptBy is KeptBodies of each relative of zs (sorted sets), in order: the
// pair's own text found once (OwnOf) when they are minOwnVotes or more.
func KeptBy(aBody, aAll, bBody, bAll []uint64, zs [][]uint64) []Vote {
	out := make([]Vote, len(zs))
	if len(zs) >= minOwnVotes {
		own := OwnOf(aBody, aAll, bBody, bAll)
		for i, z := range zs {
			out[i] = own.Kept(z)
		}
		return out
	}
	for i, z := range zs {
		out[i] = KeptBodies(aBody, aAll, bBody, bAll, z)
	}
	return out
}

// Own is the own text of each side of a pair, as KeptBodies reads it: A
// the shingles of a's body that b lacks anywhere, B those of b's body that
// a lacks anywhere (each sorted). A pair's relatives each count what they
// keep of both (Kept), so a pair's own text is found once for all of
// them: copies share most of their text, and what is left is small.
type Own struct{ A, B []uint64 }

// OwnOf finds the own text of a pair of articles (KeptBodies's arguments
// but the relative).
func OwnOf(aBody, aAll, bBody, bAll []uint64) Own {
	a := minus(aBody, bAll)
	// A shingle of both sides' own text (possible only where a body is
	// not within its all) counts for a.
	return Own{A: a, B: minus(minus(bBody, aAll), a)}
}

// Kept counts what z (sorted) keeps of a's own shingles and of b's.
func (o Own) Kept(z []uint64) Vote {
	return Vote{A: countIn(z, o.A), B: countIn(z, o.B)}
}

// minus returns the elements of the sorted x that the sorted y lacks.
func minus(x, y []uint64) []uint64 {
	out := make([]uint64, 0, len(x))
	j := 0
	for _, h := range x {
		for j < len(y) && y[j] < h {
			j++
		}
		if j < len(y) && y[j] == h {
			continue
		}
		out = append(out, h)
	}
	return out
}

// countIn counts the elements of the sorted z (with their repeats) that
// the sorted set s holds: by binary search in z when s is small beside
// it, else in one pass over both.
func countIn(z, s []uint64) int {
	n := 0
	if len(s)*16 < len(z) {
		for _, h := range s {
			i, ok := slices.BinarySearch(z, h)
			for ; ok && i < len(z) && z[i] == h; i++ {
				n++
			}
			z = z[i:]
		}
		return n
	}
	j := 0
	for _, h := range z {
		for j < len(s) && s[j] < h {
			j++
		}
		if j < len(s) && s[j] == h {
			n++
		}
	}
	return n
}

// signalRelatives names the relatives' vote among the signals.
const signalRelatives = "relatives"

// FamilyPoints is what the votes of a pair's relatives are worth, in
// points for a (below 0 for b; 0 when the net vote is below minFamily), with
// how many voted and the net vote: one home for the rule that Direct and a
// re-check (Recheck) share.
func FamilyPoints(votes []Vote) (n int, net, points float64) {
	n, net = family(votes)
	if n == 0 || math.Abs(net) < minFamily {
		return n, net, 0
	}
	points = min(maxFamily, wFamily*(math.Abs(net)-loneVote))
	if net < 0 {
		points = -points
	}
	return n, net, points
}

// familyText is the reason of the relatives' vote for orig.
func familyText(n int, orig, other string, net float64) string {
	return fmt.Sprintf("%d other related articles keep what %s has and %s changed more than they keep the other's changes (net %.1f votes): edits accumulate on the copy",
		n, orig, other, math.Abs(net))
}

// family adds up the votes of a pair's relatives: each that keeps at least
// MinKept shingles of one side's own text votes (A-B)/(A+B), towards the
// side whose text it keeps. It returns how many voted and the net vote
// (above 0 for a).
func family(votes []Vote) (n int, net float64) {
	for _, v := range votes {
		if v.A+v.B < MinKept {
			continue
		}
		n++
		net += float64(v.A-v.B) / float64(v.A+v.B)
	}
	return n, net
}

// keepOrder leans, for a pair nothing decides, towards the side that lost
// no text the other has, then towards the one with fewer promotional
// lines: above 0 for a, below for b, 0 for neither.
func keepOrder(a, b *copydesk.Article, p Pair) float64 {
	lean := 0.0
	switch p.Kind {
	case copydesk.Duplicate, copydesk.NearDuplicate, copydesk.Rewrite:
		switch d := p.BInA - p.AInB; {
		case d >= minLost:
			lean++
		case d <= -minLost:
			lean--
		}
	}
	switch ja, jb := promos(a), promos(b); {
	case ja < jb:
		lean += 0.5
	case ja > jb:
		lean -= 0.5
	}
	return lean
}

// dated is the decision of publication times: first's span ends before
// second's begins.
func dated(first, second *copydesk.Article, sf, ss Span) Decision {
	d := ss.Earliest.Sub(sf.Latest)
	// A time known only to within hours gives the least gap it allows.
	least := ""
	if !sf.Earliest.Equal(sf.Latest) || !ss.Earliest.Equal(ss.Latest) {
		least = "at least "
	}
	return Decision{Original: first, Copy: second, Confidence: confTimes, Reasons: []string{
		fmt.Sprintf("published %s%s earlier (%s vs %s)", least, human(d),
			when(first.Published, sf), when(second.Published, ss)),
	}}
}

// when shows a publication time, with its span when it has one (a date
// line without a zone or a time of day is known only to within hours).
func when(t time.Time, s Span) string {
	if s.Earliest.Equal(s.Latest) {
		return t.UTC().Format(time.RFC3339)
	}
	return fmt.Sprintf("%s, known only within a span (a date line without a zone or a time of day, or a page's first publication and its update): between %s and %s", t.UTC().Format(time.RFC3339), s.Earliest.UTC().Format(time.RFC3339), s.Latest.UTC().Format(time.RFC3339))
}

// overlap explains that the publication times do not order a and b.
func overlap(na, nb string, a, b *copydesk.Article, sa, sb Span) string {
	if sa.Earliest.Equal(sa.Latest) && sb.Earliest.Equal(sb.Latest) {
		return fmt.Sprintf("%s and %s were published within a minute of each other (%s vs %s): the times do not order them",
			na, nb, a.Published.UTC().Format(time.RFC3339), b.Published.UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("the publication times of %s and %s overlap (%s vs %s; a date line without a zone or a time of day is known only to within hours; a page updated after it first ran, from its first publication to its update): they do not order them",
		na, nb, when(a.Published, sa), when(b.Published, sb))
}

// quoteShifts counts the aligned sentence pairs that quote on a's side
// only and on b's side only.
func quoteShifts(aligned []Sentences) (aOnly, bOnly int) {
	for _, p := range aligned {
		qa, qb := quotes(p.A), quotes(p.B)
		if qa == qb || !restates(p.A, p.B) {
			continue
		}
		switch {
		case qa && !qb:
			aOnly++
		case qb && !qa:
			bOnly++
		}
	}
	return aOnly, bOnly
}

// restates reports whether two aligned sentences say the same thing: at
// least minRestate of the words of each (by stem) stand in the other, so
// that a quotation on one side is the other's reported speech and not a
// neighbouring sentence the alignment paired with it.
func restates(a, b string) bool {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range text.Words(a) {
		if !text.IsStop(w) {
			wa[text.Stem(w)] = true
		}
	}
	for _, w := range text.Words(b) {
		if !text.IsStop(w) {
			wb[text.Stem(w)] = true
		}
	}
	both := 0
	for w := range wa {
		if wb[w] {
			both++
		}
	}
	return len(wa) > 0 && len(wb) > 0 && float64(both) >= minRestate*float64(max(len(wa), len(wb)))
}

// quotes reports whether s holds a quotation mark.
func quotes(s string) bool {
	return strings.ContainsAny(s, "\"“”«»")
}

// quoteReason explains that orig quotes what copy reports.
func quoteReason(orig, copy string, n int) string {
	return fmt.Sprintf("%s quotes where %s reports the words (%d aligned sentences): a rewrite turns quotations into reported speech, never the other way round", orig, copy, n)
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
		if p.A == p.B {
			continue // nothing swapped (most of a literal copy's sentences)
		}
		wa, wb := contentWords(p.A), contentWords(p.B)
		// In sorted order, so that of two words of b in one class the same
		// one is kept every time.
		var onlyB map[string]string // class -> word of b missing from a
		for _, x := range wb {
			if !hasStem(wa, x.stem) {
				if onlyB == nil {
					onlyB = map[string]string{}
				}
				onlyB[synonym.Of(x.word, x.stem)] = x.word
			}
		}
		changed := false
		for _, x := range wa {
			if hasStem(wb, x.stem) {
				continue
			}
			changed = true
			if v, ok := onlyB[synonym.Of(x.word, x.stem)]; ok {
				s.Swaps++
				s.Diff += synonym.Commonness(x.word) - synonym.Commonness(v)
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

// stemWord is a content word of a sentence with its stem.
type stemWord struct{ stem, word string }

// contentWords returns the stems of a sentence's lower-case content words,
// each with the last of its forms, sorted by stem.
func contentWords(s string) []stemWord {
	var out []stemWord
	for t := range text.AllTokens(s) {
		w := t.Word
		if len(w) < 3 || text.IsStop(w) || !lowerLetters(s[t.Start:t.End]) {
			continue
		}
		out = append(out, stemWord{text.Stem(w), w})
	}
	slices.SortStableFunc(out, func(x, y stemWord) int { return strings.Compare(x.stem, y.stem) })
	// Of the forms of one stem, the last (stable: in the text's order).
	kept := out[:0]
	for i, x := range out {
		if i+1 < len(out) && out[i+1].stem == x.stem {
			continue
		}
		kept = append(kept, x)
	}
	return kept
}

// hasStem reports whether ws (contentWords) holds stem.
func hasStem(ws []stemWord, stem string) bool {
	_, ok := slices.BinarySearchFunc(ws, stem, func(x stemWord, t string) int { return strings.Compare(x.stem, t) })
	return ok
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

// cut explains that copy is an excerpt cut down from orig.
func cut(copy, orig string, inOrig, inCopy float64) string {
	return fmt.Sprintf("%s is cut down from %s: %.0f%% of it stands in the other, only %.0f%% the other way",
		copy, orig, 100*inOrig, 100*inCopy)
}

// aside explains that copy's own text is about something else.
func aside(copy string, off, otherOff float64) string {
	return fmt.Sprintf("%s wraps the shared passage in text about something else: %.0f%% of the words around it are not in the passage, %.0f%% in the other",
		copy, 100*off, 100*otherOff)
}

// confidence maps the net points of the text signals to the probability
// that the side they favour is the original: the logistic of twice the
// points (a point is worth odds of e² to 1), at most confTimes. On the tune
// half of the real-text copy benchmark without dates, the pairs at 0.5
// points were right 85% of the time (0.73 given), from 1 to 2.5 points all
// 155 (0.88 to 0.99 given), at 3 points 39 of 40; copydesk eval prints
// this reliability table.
func confidence(points float64) float64 {
	return min(confTimes, 1/(1+math.Exp(-2*points)))
}

// namesOutlet reports whether x's byline, or a byline or credit line
// extraction stripped from it, names y's outlet, which is not x's own.
func namesOutlet(x, y *copydesk.Article) bool {
	outlet := outletKey(y)
	if outlet == "" || strings.EqualFold(strings.TrimSpace(x.Source), strings.TrimSpace(y.Source)) {
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

// credit reports whether an article carries a line saying its text ran
// elsewhere first (creditLine), and not one that names a third outlet.
func credit(a, other *copydesk.Article, txt string) string {
	if l := creditLine(a, other, txt); l != "" && (namesOther(l, other) || !namesThird(l, other)) {
		return l
	}
	return ""
}

// creditLine returns the line of an article saying its text ran elsewhere
// first, "" when it carries none: among what extraction stripped (not its
// date line, "First published: 3 May"), or among the last creditTail
// sentences of its text as compared (txt; a short sentence). Such a line is
// a republication note (republished) or a line naming the other article's
// outlet as its source ("Source: Harbour Ledger", "via harbourledger.example").
// A line both an original and its copy carry (an outlet's own promotions,
// "(Reporting by ...; editing by ...)", which agencies print under their own
// stories) is none.
func creditLine(a, other *copydesk.Article, txt string) string {
	is := func(l string) bool { return republished(l) || sourceLine(l, other) }
	for _, r := range a.Removed {
		if r.Reason == copydesk.RemovedDateLine {
			continue
		}
		if is(r.Text) {
			return r.Text
		}
		// "© 2031 Harbour Ledger. All rights reserved. Republished
		// with permission.": one line of several sentences.
		for _, sp := range text.Sentences(r.Text) {
			if is(sp.Text) {
				return r.Text
			}
		}
	}
	ss := text.Sentences(txt)
	for i := len(ss) - 1; i >= 0 && i >= len(ss)-creditTail; i-- {
		if l := ss[i].Text; len(strings.Fields(l)) <= 25 && is(l) {
			return l
		}
	}
	return ""
}

// republishedRe matches the opening of a republication note: "This story
// was first published by ...", "Originally published at ...", "Republished
// with permission", "This article was originally published on" (a link's
// name lost). Only at the head of a line or sentence: "the virus first
// appeared in southern China" is a report, not a note.
var republishedRe = regexp.MustCompile(`(?i)^\W*(?:this (?:article|story|post|piece|report|content|column|item) (?:was |is |has been |had been )?(?:first |originally )?)?(?:(?:originally|first) (?:published|appeared|ran|posted)|appeared originally|(?:republished|reprinted|reproduced)\b(?: here)? with\b|(?:was |is )?(?:republished|reprinted|reproduced) from\b|published here with)`)

// stampWords are the words that may follow "Originally published" in a
// stamp of the page's own first publication ("Originally published 05/03/2031
// at 10:20 AM EDT"), which names no other outlet.
var stampWords = regexp.MustCompile(`(?i)^(?:on|at|in|am|pm|a\.m\.|p\.m\.|[ecmp][sd]t|[ecmp]t|gmt|utc|bst|ist|cet|cest|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated?)\.?$`)

// republished reports whether line is a republication note, and not a stamp
// of its own first publication: a date and time after the opening and
// nothing else (extraction removes those as date lines; this is for the
// ones left in a text).
func republished(line string) bool {
	m := republishedRe.FindStringIndex(line)
	if m == nil || len(strings.Fields(line)) > 25 {
		return false
	}
	rest := strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) || strings.ContainsRune(",:/|-–—()", r) {
			return ' '
		}
		return r
	}, line[m[1]:]))
	digits := strings.IndexFunc(line[m[1]:], unicode.IsDigit) >= 0
	for _, w := range rest {
		if !stampWords.MatchString(strings.Trim(w, ".")) && !stampWords.MatchString(w) {
			return true
		}
	}
	return !digits
}

// sourceLineRe matches a short line naming the source of a text: "Source:
// Harbour Ledger", "via harbourledger.example", "Courtesy of the Harbour
// Ledger".
var sourceLineRe = regexp.MustCompile(`(?i)^\W*(?:source|via|courtesy of)\b\s*[:–—-]?\s*(.+?)\W*$`)

// sourceLine reports whether line is a short line naming other's outlet as
// the source of the text (sourceLineRe): a line an original never carries
// about its own copy. A line naming the article's own outlet or a third is
// none.
func sourceLine(line string, other *copydesk.Article) bool {
	if len(strings.Fields(line)) > 8 {
		return false
	}
	m := sourceLineRe.FindStringSubmatch(line)
	return m != nil && namesOther(m[1], other)
}

// outletKey is y's outlet as a line may name it: lower case, without "The";
// "" when shorter than four letters (too short to look for in a line).
func outletKey(y *copydesk.Article) string {
	outlet := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(y.Source)), "the ")
	if len(outlet) < 4 {
		return ""
	}
	return outlet
}

// namesOther reports whether s names y's outlet: its name (without "The",
// of four letters or more) or its site's host ("harbourledger.example").
func namesOther(s string, y *copydesk.Article) bool {
	s = strings.ToLower(s)
	if outlet := outletKey(y); outlet != "" && strings.Contains(s, outlet) {
		return true
	}
	host := trimURL(y.URL)
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host = host[:i]
	}
	return strings.Contains(host, ".") && len(host) >= 6 && strings.Contains(s, strings.ToLower(host))
}

// creditReason explains that copy says its text ran elsewhere first.
func creditReason(copy, line string) string {
	if w := strings.Fields(line); len(w) > 12 {
		line = strings.Join(w[:12], " ") + "…"
	}
	return fmt.Sprintf("%s carries a credit line to an earlier publication (%q): a republication", copy, line)
}

// creditNameRe finds the name a credit line gives its source: "first
// published by The Evening Register", "originally appeared in Harbour
// News".
var creditNameRe = regexp.MustCompile(`(?i:originally published|first published|first appeared|republished|reprinted with permission|appeared originally)\b.*?\b(?:by|in|on|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*)`)

// namesThird reports whether a credit line names its source and that
// source is not y's outlet: the line says its article was taken from a
// third publication, so between two copies of that one (a republication
// crediting the original, and an excerpt of it) it tells nothing of which
// came first.
func namesThird(line string, y *copydesk.Article) bool {
	m := creditNameRe.FindStringSubmatch(line)
	if m == nil || weekdaysMonths[strings.ToLower(strings.TrimSuffix(m[1], "."))] {
		return false
	}
	outlet := outletKey(y)
	return outlet != "" && !strings.Contains(strings.ToLower(line), outlet)
}

// weekdaysMonths are the capitalised words after "on" or "in" in a credit
// line that name a day, not a source ("first published on Monday").
var weekdaysMonths = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true}

// updateRe matches the start of a note of a later edit: "Correction, 6:20
// a.m.: ...", "UPDATE: ...", "Editor's note (3 May): ...", "Updated at 14:05:
// ...", "This story has been updated ...", "An earlier version of this
// article misstated ...".
var updateRe = regexp.MustCompile(`(?i)^\W{0,3}(?:(?:updated?|correction|clarification|editor['’]s note)\b[^\n]{0,40}?:\s+\S|this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b|an earlier version of this (?:story|article|report)\b)`)

// updateNote returns the note of a later edit that x carries, "" when it
// carries none: among the lines extraction stripped (not its date line),
// or among the first and the last noteLines lines of its text as compared
// (txt), a line of at most 50 words.
func updateNote(x *copydesk.Article, txt string) string {
	for _, r := range x.Removed {
		if l := strings.TrimSpace(r.Text); r.Reason != copydesk.RemovedDateLine && isNote(l) {
			return l
		}
	}
	var lines []string
	for _, l := range strings.Split(txt, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	for i, l := range lines {
		if (i < noteLines || i >= len(lines)-noteLines) && len(strings.Fields(l)) <= 50 && isNote(l) {
			return l
		}
	}
	return ""
}

// isNote reports whether line is a note of a later edit: it opens as one
// (updateRe) and says what changed in at least minNoteWords words of
// letters, so that a time stamp ("Updated: 12:30 PM EST, May 3") is none.
func isNote(line string) bool {
	if !updateRe.MatchString(line) {
		return false
	}
	n := 0
	for _, w := range text.Words(line) {
		if len(w) >= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			n++
		}
	}
	return n >= minNoteWords
}

// minNoteWords is the fewest words of three letters or more in a note of a
// later edit, its opening word included.
const minNoteWords = 5

// noteLines is how many of a text's first and last lines may hold a note
// of a later edit.
const noteLines = 3

// updateReason explains that later, which notes an edit, is the later
// version of the two.
func updateReason(later, other, note string) string {
	if w := strings.Fields(note); len(w) > 12 {
		note = strings.Join(w[:12], " ") + "…"
	}
	return fmt.Sprintf("%s notes a later edit that %s lacks (%q): of two versions of one text, the one that notes an update is the later", later, other, note)
}

// creditTail is how many of a text's last sentences may hold a credit
// line.
const creditTail = 3

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

func human(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", int(d.Hours()/24))
	case d >= 2*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	}
	return fmt.Sprintf("%d minutes", int(d.Minutes()))
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
