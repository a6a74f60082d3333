package main

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
)

// Outlet is an invented publisher. Template lines, when it has them, end
// every article it publishes (its sign-up and promo blocks): text shared
// by unrelated articles that must never make a copy.
type Outlet struct {
	Name     string
	Domain   string
	Template []string
}

var (
	outletFirst = strings.Fields("Harbour Valley Northern Evening Coastal Daily Capital Prairie Lakeside Metro Riverside Summit Granite Cedar Union Pioneer Frontier Beacon")
	outletLast  = strings.Fields("Ledger Courier Gazette Dispatch Sentinel Herald Chronicle Observer Tribune Record Post Bulletin Wire Journal Register Monitor Express Mirror")
	promos      = []string{
		"Sign up for the %s morning briefing and get the day's top stories in your inbox.",
		"Subscribe to %s for unlimited access to local reporting you can trust.",
		"Download the %s app to follow breaking news as it happens.",
		"Get %s alerts on your phone: text NEWS to 40400.",
		"Support independent journalism: become a %s member today.",
		"Like this story? Share it and follow %s on social media.",
		"Never miss a story: join the %s newsletter, free every weekday.",
	}
)

// Outlets invents n outlets; about a third carry template lines.
func Outlets(n int, rng *rand.Rand) []Outlet {
	seen := map[string]bool{}
	var out []Outlet
	for len(out) < n {
		name := "The " + outletFirst[rng.IntN(len(outletFirst))] + " " + outletLast[rng.IntN(len(outletLast))]
		if seen[name] {
			continue
		}
		seen[name] = true
		o := Outlet{Name: name, Domain: strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, "The "), " ", "")) + ".example"}
		if rng.IntN(3) == 0 {
			for _, i := range rng.Perm(len(promos))[:1+rng.IntN(2)] {
				o.Template = append(o.Template, fmt.Sprintf(promos[i], strings.TrimPrefix(name, "The ")))
			}
		}
		out = append(out, o)
	}
	return out
}

var (
	givenNames = strings.Fields("Alma Bruno Carla Dario Elena Felix Greta Hugo Ines Jonas Kira Lukas Mara Nils Olga Pavel Rosa Stefan Tilda Viktor Wanda Yusuf Zora Anton Beatrix Cyril Dagny Emil")
	surnames   = strings.Fields("Arden Brekke Castell Dunmore Eskew Falk Garrow Holm Ivers Jessup Kettle Lindqvist Marlow Norcott Oakes Pellham Quarry Rusk Stroud Tolland Upham Vance Wexley Yarrow Zell Ashby Birch Colley")
)

func personName(rng *rand.Rand) string {
	return givenNames[rng.IntN(len(givenNames))] + " " + surnames[rng.IntN(len(surnames))]
}

// creditLine writes a credit a republisher appends.
func creditLine(orig Outlet, year int, rng *rand.Rand) string {
	switch rng.IntN(4) {
	case 0:
		return "This story was first published by " + orig.Name + "."
	case 1:
		return "(Reporting by " + personName(rng) + "; editing by " + personName(rng) + ")"
	case 2:
		return fmt.Sprintf("© %d %s. All rights reserved. Republished with permission.", year, orig.Name)
	}
	return "Originally published at " + orig.Domain + "."
}

var (
	updateOpen = []string{"Update", "UPDATE", "Editor's note", "Correction", "Clarification"}
	updateBody = []string{"this article now adds %s", "%s was added after publication", "updated with %s",
		"a figure was corrected and %s added", "now with %s", "we have since added %s"}
	updateWhat = []string{"comment from %s", "figures from %s", "a statement by %s", "details from %s",
		"background on %s", "a reply from %s", "%s's response", "word from %s"}
)

func updateLine(text string, rng *rand.Rand) string {
	who := mainName(text)
	if who == "" {
		who = "the authorities"
	}
	what := fmt.Sprintf(updateWhat[rng.IntN(len(updateWhat))], who)
	at := fmt.Sprintf("%d:%02d %s", 1+rng.IntN(12), rng.IntN(60), []string{"a.m.", "p.m."}[rng.IntN(2)])
	return updateOpen[rng.IntN(len(updateOpen))] + ", " + at + ": " + Upper(fmt.Sprintf(updateBody[rng.IntN(len(updateBody))], what)) + "."
}

var (
	numberRe   = regexp.MustCompile(`\b\d+(?:[.,]\d+)?\b`)
	quirkFixes = strings.NewReplacer(" ,", ",", " .", ".", "( ", "(", " )", ")", " 's", "'s", " n't", "n't",
		"“ ", "“", " ”", "”", " ;", ";", " :", ":", "  ", " ", " ?", "?", " !", "!")
	longWordRe = regexp.MustCompile(`\b[a-z]{7,}\b`)
)

// dayRe is a day of a month without its year ("April 27", "27 April").
var dayRe = regexp.MustCompile(`(?i)\b` + months + ` \d{1,2}\b|\b\d{1,2} ` + months)

// inDate reports whether s[from:to] is part of a date or a clock time: a
// correction never changes when something was published or happened.
func inDate(s string, from, to int) bool {
	res := append([]*regexp.Regexp{clockRe, dayRe}, pageDates...)
	for _, re := range res {
		for _, l := range re.FindAllStringIndex(s, -1) {
			if from < l[1] && to > l[0] {
				return true
			}
		}
	}
	return false
}

// fixNumber corrects one number in s that is not a year, a date or a clock
// time.
func fixNumber(s string, rng *rand.Rand) (string, bool) {
	locs := numberRe.FindAllStringIndex(s, -1)
	var cands [][]int
	for _, l := range locs {
		n := s[l[0]:l[1]]
		if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) || inDate(s, l[0], l[1]) {
			continue
		}
		cands = append(cands, l)
	}
	if len(cands) == 0 {
		return s, false
	}
	l := cands[rng.IntN(len(cands))]
	n := s[l[0]:l[1]]
	var r string
	if i, err := strconv.Atoi(n); err == nil {
		d := 1 + rng.IntN(3)
		if i > d && rng.IntN(2) == 0 {
			d = -d
		}
		r = strconv.Itoa(i + d)
	} else {
		last := n[len(n)-1]
		r = n[:len(n)-1] + string('0'+(last-'0'+1+byte(rng.IntN(8)))%10)
	}
	return s[:l[0]] + r + s[l[1]:], true
}

// typo swaps two letters in one long word of s.
func typo(s string, rng *rand.Rand) (string, bool) {
	locs := longWordRe.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s, false
	}
	l := locs[rng.IntN(len(locs))]
	w := []byte(s[l[0]:l[1]])
	i := 1 + rng.IntN(len(w)-3)
	w[i], w[i+1] = w[i+1], w[i]
	return s[:l[0]] + string(w) + s[l[1]:], true
}

// NearDuplicate makes a copy with real edits: a corrected number, an
// update line, the source's spacing quirks fixed, a typo, a sentence cut,
// a rewording. It applies 2 or 3 of them and returns the edits made.
func NearDuplicate(d Doc, rng *rand.Rand, used Phrases) (Doc, []string) {
	out := d.Clone()
	want := 2 + rng.IntN(2)
	var done []string
	text := d.Text()
	edits := []string{"number", "update", "quirks", "typo", "cut", "reword"}
	rng.Shuffle(len(edits), func(i, j int) { edits[i], edits[j] = edits[j], edits[i] })
	// each applies to a random sentence outside the first.
	pick := func() (int, int) {
		var idx [][2]int
		for pi, p := range out.Paras {
			for si := range p {
				if pi > 0 || si > 0 {
					idx = append(idx, [2]int{pi, si})
				}
			}
		}
		if len(idx) == 0 {
			return 0, 0
		}
		x := idx[rng.IntN(len(idx))]
		return x[0], x[1]
	}
	for _, e := range edits {
		if len(done) == want {
			break
		}
		ok := false
		switch e {
		case "number":
			for pi, p := range out.Paras {
				for si, s := range p {
					if !ok {
						if r, changed := fixNumber(s, rng); changed && rng.IntN(2) == 0 {
							out.Paras[pi][si], ok = r, true
						}
					}
				}
			}
		case "update":
			out.Paras = append(out.Paras, []string{used.Unique(func() string { return updateLine(text, rng) })})
			ok = true
		case "quirks":
			for pi, p := range out.Paras {
				for si, s := range p {
					if r := quirkFixes.Replace(s); r != s {
						out.Paras[pi][si], ok = r, true
					}
				}
			}
		case "typo":
			pi, si := pick()
			if len(out.Paras) > 0 {
				out.Paras[pi][si], ok = typo(out.Paras[pi][si], rng)
			}
		case "cut":
			pi, si := pick()
			if (pi > 0 || si > 0) && len(d.Sentences()) > 6 {
				out.Paras[pi] = append(out.Paras[pi][:si:si], out.Paras[pi][si+1:]...)
				ok = true
			}
		case "reword":
			pi, si := pick()
			if len(out.Paras) > 0 {
				out.Paras[pi][si], ok = lightEdit(out.Paras[pi][si], rng)
			}
		}
		if ok {
			done = append(done, e)
		}
	}
	return out, done
}

var headlineStop = setOf("a an the to of in on at for and or but by with from as that this its their his her is was are were has have had said says will would")

// NewHeadline writes a headline from the first sentence when the source
// has none or a republisher retitles.
func NewHeadline(d Doc, rng *rand.Rand) string {
	ss := d.Sentences()
	if len(ss) == 0 {
		return d.Title
	}
	ws := strings.Fields(strings.Trim(ss[0], "\"“”"))
	n := min(len(ws), 6+rng.IntN(5))
	// End at a comma when there is one after the fifth word, and never on
	// a small word.
	for i := 4; i < n; i++ {
		if strings.HasSuffix(ws[i], ",") {
			n = i + 1
			break
		}
	}
	for n > 3 && headlineStop[strings.ToLower(strings.Trim(ws[n-1], ",;:."))] {
		n--
	}
	h := strings.TrimRight(strings.Join(ws[:n], " "), ",;:.")
	if rng.IntN(3) == 0 {
		h += ": what we know"
	}
	return h
}

// Filler writes an invented local news item of n sentences, for a host an
// excerpt is set into, none of whose sentences repeats a long run of used.
func Filler(n int, rng *rand.Rand, used Phrases) Doc {
	town := fillerTowns[rng.IntN(len(fillerTowns))]
	var sents []string
	for len(sents) < n {
		prev := ""
		if len(sents) > 0 {
			prev = sents[len(sents)-1]
		}
		sents = append(sents, used.UniqueAfter(prev, func() string { return fillerSentence(town, rng) }))
	}
	var sizes []int
	for range sents {
		sizes = append(sizes, 1+rng.IntN(2))
	}
	title := fmt.Sprintf(fillerTitles[rng.IntN(len(fillerTitles))], town)
	return Regroup(title, sents, sizes)
}

var (
	fillerTowns  = strings.Fields("Ashgrove Bellmoor Caddon Dunwick Elsford Farrowby Glenhollow Hartsby Ivelden Juniper Kestrel Lowmarsh Millbeck Norbury Oakhurst Pellston Quenby Redwater Stonebridge Thornvale Upwell Varnford Westerly Yarrowfield")
	fillerTitles = []string{"%s council weighs new plans", "Weekend round-up from %s", "%s residents react to changes",
		"Busy week ahead in %s", "News in brief: %s", "%s prepares for the season"}
	fillerThings = strings.Fields("library bridge market playground bus-route harbour footpath clinic museum stadium allotment ferry swimming-pool bandstand cemetery car-park skatepark cycle-lane pier youth-centre theatre sports-hall boatyard orchard")
	fillerOrgs   = []string{"the parish council", "the chamber of commerce", "the rotary club", "the water board",
		"the school governors", "the heritage trust", "the cycling club", "the tenants' association", "the bowls club",
		"the civic society", "the allotment society", "the fire brigade", "the ramblers' group", "the harbour board",
		"the choir", "the youth forum", "the business forum", "the district council", "the friends' group", "the sailing club"}
	fillerDays = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	// A filler sentence is a subject, a verb, a clause and a tail, each
	// with slots, so that no two fillers share long runs of words.
	fillerSubj = []string{"%[7]s, who chairs %[4]s,", "Members of %[4]s", "A spokesperson for %[4]s", "%[7]s, %[3]d,",
		"Residents of %[1]s", "Traders on %[1]s's high street", "%[7]s of %[4]s", "Campaigners in %[1]s",
		"The head of %[4]s", "%[7]s, a volunteer with %[4]s,", "Officers at %[1]s town hall", "Parents in %[1]s",
		"%[7]s", "Councillor %[7]s", "%[7]s, %[3]d, of %[1]s,", "A survey by %[4]s", "%[7]s, speaking for %[4]s,",
		"Shopkeepers in %[1]s", "%[7]s and %[4]s", "Older residents of %[1]s"}
	fillerVerb = []string{"said", "told a meeting", "warned", "argued", "agreed", "pointed out", "wrote to say", "insisted",
		"claimed", "suggested", "confirmed", "reported", "announced", "stressed", "admitted", "noted"}
	fillerWhat = []string{"that the %[2]s would close for %[3]d weeks", "that the %[2]s budget had risen by %[6]d per cent",
		"that work on the %[2]s could start by %[5]s", "that %[3]d people had signed up to help with the %[2]s",
		"that the %[2]s in %[1]s had waited long enough", "that a decision on the %[2]s was due within %[6]d days",
		"that %[1]s needed a safer %[2]s", "that parking near the %[2]s would be cut to %[6]d hours",
		"that plans for the %[2]s were on show until %[5]s", "that the old %[2]s was %[3]d years old",
		"that funding of %[3]d,%[6]d00 pounds was in place for the %[2]s", "that footfall near the %[2]s had fallen",
		"that the %[2]s had drawn %[3]d complaints this year", "that a drop-in session on the %[2]s was planned",
		"that %[4]s would pay for the %[2]s", "that the %[2]s opened %[6]d hours a day", "that the %[2]s lost %[3]d pounds a week",
		"that a survey of %[3]d homes backed the %[2]s", "that %[7]s would review the %[2]s", "that the %[2]s was full by %[5]s",
		"that volunteers had repainted the %[2]s", "that the %[2]s lease ran out in %[6]d months",
		"that a new %[2]s had been promised", "that %[3]d trees near the %[2]s would be kept"}
	fillerTail = []string{"", " on %[5]s", " after a long delay", ", weather permitting", " at a packed hall",
		" in a letter to %[4]s", " ahead of the vote", " despite the cost", " last %[5]s", ", to some surprise",
		" for the %[6]dth time", " at %[3]d minutes' notice", ", as expected", " in %[1]s"}
)

func fillerSentence(town string, rng *rand.Rand) string {
	f := fillerSubj[rng.IntN(len(fillerSubj))] + " " + fillerVerb[rng.IntN(len(fillerVerb))] + " " +
		fillerWhat[rng.IntN(len(fillerWhat))] + fillerTail[rng.IntN(len(fillerTail))] + "."
	s := fmt.Sprintf(f, town, fillerThings[rng.IntN(len(fillerThings))],
		2+rng.IntN(60), fillerOrgs[rng.IntN(len(fillerOrgs))], fillerDays[rng.IntN(len(fillerDays))],
		1+rng.IntN(20), personName(rng))
	return Upper(strings.ReplaceAll(s, "%!", ""))
}

// Excerpt sets a passage of d (whole sentences in a row, at least minWords
// words and at most share of d) into host, after one of host's paragraphs
// or at its end, with a line naming where it comes from when intro is not
// "". It returns the copy and the passage's sentences, or false when d has
// no such passage.
func Excerpt(d, host Doc, rng *rand.Rand, minWords int, share float64, intro string) (Doc, []string, bool) {
	sents := d.Sentences()
	total := CountWords(d.Text())
	limit := int(share * float64(total))
	for range 20 {
		i := rng.IntN(len(sents))
		w := 0
		j := i
		for j < len(sents) && w < minWords {
			w += CountWords(sents[j])
			j++
		}
		if w < minWords || w > limit {
			continue
		}
		// Sometimes a longer passage, up to the limit.
		for j < len(sents) && rng.IntN(2) == 0 && w+CountWords(sents[j]) <= limit {
			w += CountWords(sents[j])
			j++
		}
		passage := append([]string(nil), sents[i:j]...)
		out := host.Clone()
		at := rng.IntN(len(out.Paras) + 1)
		block := [][]string{passage}
		if intro != "" {
			block = [][]string{{intro}, passage}
		}
		out.Paras = append(out.Paras[:at], append(block, out.Paras[at:]...)...)
		return out, passage, true
	}
	return Doc{}, nil, false
}
