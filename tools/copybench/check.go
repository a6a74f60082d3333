package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// changedShare is the share of src's sentences that do not stand word for
// word (punctuation and case aside) in text.
func changedShare(src Doc, text string) float64 {
	hay := " " + strings.Join(Words(text), " ") + " "
	n, changed := 0, 0
	for _, s := range src.Sentences() {
		ws := Words(s)
		if len(ws) == 0 {
			continue
		}
		n++
		if !strings.Contains(hay, " "+strings.Join(ws, " ")+" ") {
			changed++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(changed) / float64(n)
}

// contains reports whether the words of part stand in a row in text.
func contains(text string, part []string) bool {
	hay := " " + strings.Join(Words(text), " ") + " "
	return strings.Contains(hay, " "+strings.Join(Words(strings.Join(part, " ")), " ")+" ")
}

// Bounds on how much each rewriter changes: the share of the source's
// sentences not kept word for word.
var changeBounds = map[string][2]float64{
	"duplicate":      {0, 0},
	"near-duplicate": {0, 0.35},
	"spin":           {0.5, 1},
	"reorder":        {0.35, 1},
	"lead":           {0.2, 1},
	"shared-source":  {0.2, 1},
}

// checkCopy says what is wrong with a copy (made by how, its record m, its
// text d without appended lines), or "" when it changed its source as
// intended.
func checkCopy(how string, m *Made, d Doc) string {
	text := d.Text()
	if how == "excerpt" {
		if !contains(text, m.passage) {
			return "excerpt: the passage does not stand in the copy"
		}
		pw, sw, cw := CountWords(strings.Join(m.passage, " ")), CountWords(m.source.Text()), CountWords(text)
		if pw > sw*6/10 || pw < 50 {
			return fmt.Sprintf("excerpt: a passage of %d words of %d", pw, sw)
		}
		if pw*10 > cw*8 {
			return fmt.Sprintf("excerpt: the passage is %d of the copy's %d words: too little host text", pw, cw)
		}
		return ""
	}
	bd, ok := changeBounds[how]
	if !ok {
		return "unknown rewriter " + how
	}
	if m.Changed < bd[0] || m.Changed > bd[1] {
		return fmt.Sprintf("%s: %.2f of the sentences changed, want %.2f to %.2f", how, m.Changed, bd[0], bd[1])
	}
	switch how {
	case "duplicate":
		if !contains(text, m.source.Sentences()) {
			return "duplicate: the text is not the original's"
		}
	case "near-duplicate":
		if strings.Join(Words(text), " ") == strings.Join(Words(m.source.Text()), " ") {
			return "near-duplicate: no edit"
		}
	case "lead":
		src := m.source.Sentences()
		lead := Doc{Paras: [][]string{src[:min(3, len(src))]}}
		if changedShare(lead, text) < 0.6 {
			return "lead: fewer than two of the first three sentences restated"
		}
	case "spin":
		var share float64
		if len(m.Edits) == 1 {
			fmt.Sscanf(m.Edits[0], "swapped %f", &share)
		}
		if share < 0.12 {
			return fmt.Sprintf("spin: %.2f of the content words swapped", share)
		}
	}
	return ""
}

// Check confirms a built benchmark: every copy changed its source as its
// rewriter intends, every trap pair shares no 8-word run, and no two
// articles of different families share more than a stock phrase (outlet
// template lines aside). It returns the problems found.
func Check(b *Bench) []string {
	var problems []string
	byID := map[string]Article{}
	for _, a := range b.Articles {
		byID[a.ID] = a
	}
	for _, a := range b.Articles {
		m := b.Made[a.ID]
		if m.Role == "original" {
			continue
		}
		how := m.How
		if m.Role == "shared-source" {
			how = "shared-source"
		}
		d := ParseDoc(a.Title, stripTemplate(stripTemplate(a.Text, m.template), m.own))
		if c := changedShare(m.source, d.Text()); c != m.Changed {
			problems = append(problems, fmt.Sprintf("%s: changed share %.2f, recorded %.2f", a.ID, c, m.Changed))
		}
		if p := checkCopy(how, m, d); p != "" {
			problems = append(problems, a.ID+": "+p)
		}
	}
	for _, p := range b.Pairs {
		if p.Kind == "none" || p.Kind == "sibling" || p.Kind == "shared-source" {
			continue
		}
		if e := dateSlip(byID[p.Original], byID[p.Copy]); e != "" {
			problems = append(problems, p.Copy+": "+e)
		}
	}
	// Two outlets' rewrites of one release share its wording, and at most
	// a stock phrase besides (their own material and templates aside).
	for _, p := range b.Pairs {
		if p.Kind != "shared-source" {
			continue
		}
		x, y := b.Made[p.Original], b.Made[p.Copy]
		wx := Words(stripTemplate(stripTemplate(byID[x.ID].Text, x.template), x.own))
		wy := Words(stripTemplate(stripTemplate(byID[y.ID].Text, y.template), y.own))
		if beyondSource(wx, wy, Shingles(x.source.Text(), 8)) {
			problems = append(problems, fmt.Sprintf("shared-source %s (%s) and %s (%s) share more than a stock phrase their common source lacks", x.ID, x.How, y.ID, y.How))
		}
	}
	family := func(id string) string { return b.Made[id].Family }
	for _, p := range b.Pairs {
		if p.Kind != "none" {
			continue
		}
		x, y := byID[p.Original], byID[p.Copy]
		o := overlap(Words(stripTemplate(x.Text, b.Made[x.ID].template)), Words(stripTemplate(y.Text, b.Made[y.ID].template)))
		if o.Shared > 0 {
			problems = append(problems, fmt.Sprintf("trap %s %s shares %d 8-word runs", p.Original, p.Copy, o.Shared))
		}
	}
	// Different families: at most a stock phrase in common.
	index := map[string][]string{}
	words := map[string][]string{}
	for _, a := range b.Articles {
		// Credit lines ("This story was first published by ...") are
		// boilerplate, shared by copies of every family.
		m := b.Made[a.ID]
		ws := Words(stripTemplate(stripTemplate(a.Text, m.template), m.credits))
		words[a.ID] = ws
		seen := map[string]bool{}
		for i := 0; i+8 <= len(ws); i++ {
			k := strings.Join(ws[i:i+8], " ")
			if !seen[k] {
				seen[k] = true
				index[k] = append(index[k], a.ID)
			}
		}
	}
	// Runs the two families' real sources already share (a stock phrase
	// of two independent reports) do not count.
	sources := map[string]map[string]bool{}
	for _, a := range b.Articles {
		m := b.Made[a.ID]
		if sources[m.Family] == nil {
			sources[m.Family] = Shingles(m.source.Text(), 8)
		}
		if m.hostText != "" {
			for k := range Shingles(m.hostText, 8) {
				sources[m.Family][k] = true
			}
		}
	}
	checked := map[[2]string]bool{}
	var related [][2]string
	for _, ids := range index {
		for i, x := range ids {
			for _, y := range ids[i+1:] {
				if family(x) == family(y) {
					continue
				}
				k := [2]string{min(x, y), max(x, y)}
				if checked[k] {
					continue
				}
				checked[k] = true
				fx, fy := sources[family(k[0])], sources[family(k[1])]
				if overlapExcept(words[k[0]], words[k[1]], func(s string) bool { return fx[s] && fy[s] }).Related() {
					related = append(related, k)
				}
			}
		}
	}
	slices.SortFunc(related, func(a, b [2]string) int { return strings.Compare(a[0]+a[1], b[0]+b[1]) })
	for _, k := range related {
		problems = append(problems, fmt.Sprintf("%s (%s) and %s (%s), of different families, share more than a stock phrase",
			k[0], b.Made[k[0]].How, k[1], b.Made[k[1]].How))
	}
	return problems
}

// when is what an article's page says of when it was published: its
// publication time when it has one, else its date line's span, else
// nothing.
func when(a Article) (Span, bool) {
	if a.Published != "" {
		t, err := time.Parse(time.RFC3339, a.Published)
		return Span{t, t}, err == nil
	}
	return datelineSpan(a.Text)
}

// dateSlip says what is wrong when a copy's page says it was published
// before its original's page says the original was (each by its
// publication time or, without one, its date line), or "".
func dateSlip(orig, copy Article) string {
	so, ok1 := when(orig)
	sc, ok2 := when(copy)
	if !ok1 || !ok2 || !sc.Latest.Before(so.Earliest) {
		return ""
	}
	return fmt.Sprintf("dated %s, before its original %s (%s)", sc.Latest.Format(time.RFC3339), orig.ID, so.Earliest.Format(time.RFC3339))
}
