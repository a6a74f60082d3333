package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// StoryArticle is one invented news article of a generated story.
type StoryArticle struct {
	ID, Source, Title string
	Published         time.Time
	Text              string
}

// Story writes n articles about one invented happening (a dam breaks above
// the town of Orlenburg), as outlets covering one story write them: the
// same officials quoted with their titles, counts that differ between
// outlets (the dead, the evacuated, the cost), days and places, and about
// a tenth of the articles wire copies of another. It is text we wrote, for
// tests and benchmarks of the facts stage at the scale of a large story;
// the same seed gives the same articles.
func Story(seed uint64, n int) []StoryArticle {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	start := time.Date(2031, 5, 12, 6, 0, 0, 0, time.UTC) // a Monday
	out := make([]StoryArticle, 0, n)
	for i := range n {
		src := fmt.Sprintf("%s %s", pick("Orlen", "Valley", "Coastal", "Northern", "Kestrel", "Morrow", "Fenmoor", "Saltwick"),
			pick("Courier", "Ledger", "Wire", "Gazette", "Herald", "Times", "Post", "Daily"))
		pub := start.Add(time.Duration(rng.IntN(96)) * time.Hour)
		if i > 0 && rng.IntN(10) == 0 {
			// A wire copy of an earlier article, under another outlet.
			o := out[rng.IntN(len(out))]
			out = append(out, StoryArticle{ID: fmt.Sprintf("story-%04d", i), Source: src, Title: o.Title, Published: o.Published.Add(time.Hour), Text: o.Text})
			continue
		}
		dead := pick("12", "14", "six", "twelve", "6")
		evac := pick("3,000", "3000", "4,500", "three thousand")
		cost := pick("40", "45", "forty")
		day := pick("on Monday", "on Sunday", "on 12 May", "on May 12")
		sents := []string{
			fmt.Sprintf("The Varn dam above Orlenburg gave way %s, sending a wall of water down the Orle valley and forcing %s residents from their homes.", day, evac),
			fmt.Sprintf("At least %s people were killed in the flood, according to the Orlenburg fire service.", dead),
			fmt.Sprintf("“We have never seen the river rise this fast,” said %s Ilse Varga, who has led the rescue since the first hours.", pick("Fire Chief", "fire chief", "Chief Fire Officer")),
			fmt.Sprintf("Mayor Tomas Hallberg said repairs to the dam would cost about %s million euros and take until the autumn.", cost),
			fmt.Sprintf("%s Pell Aaberg told reporters in %s that the government would pay for temporary housing.", pick("Interior Minister", "Deputy Interior Minister", "Housing Minister"), pick("Orlenburg", "Kestrel", "Varnholm")),
			"The dam, built in 1962, held back about eleven million cubic metres of water before it broke.",
			fmt.Sprintf("Engineers had warned in %s that cracks in the eastern wall were growing, the Valley Ledger reported.", pick("March", "April", "2029")),
			fmt.Sprintf("“The water came through the streets in minutes, and we lost everything,” said %s, a baker on Mill Lane.", pick("Ada Rusk", "Oskar Demming", "Marta Velling")),
			fmt.Sprintf("Rescue teams from %s neighbouring towns searched the flooded farms along the river %s.", pick("nine", "seven", "9"), pick("through the night", "until dawn", "on Tuesday")),
			fmt.Sprintf("The army sent %s helicopters and %s soldiers to help with the evacuation, a defence ministry spokesman said.", pick("four", "five", "4"), pick("200", "250", "two hundred")),
			"Schools in the lower town stayed closed, and the regional hospital said it had treated dozens of people for injuries and hypothermia.",
			fmt.Sprintf("Ilse Varga, the %s, said the search for the missing would go on %s.", pick("fire chief", "chief fire officer", "head of the fire service"), pick("for days", "until every house is checked")),
			fmt.Sprintf("The river was expected to fall back below its banks by %s, forecasters said.", pick("Thursday", "the weekend", "Friday")),
			"Residents of the upper town opened their homes to families whose houses were flooded.",
			fmt.Sprintf("Opposition lawmakers called for an inquiry into why the warnings about the dam had not been acted on, %s.", pick("saying the cracks had been known for months", "and the mayor said he would welcome one")),
		}
		rng.Shuffle(len(sents)-1, func(a, b int) { sents[a+1], sents[b+1] = sents[b+1], sents[a+1] })
		text := strings.Join(sents[:8+rng.IntN(len(sents)-7)], "\n\n")
		title := pick("Varn dam breaks above Orlenburg", "Flood kills "+dead+" as Orlenburg dam gives way",
			"Orlenburg counts the cost of the Varn dam flood", "Thousands flee as dam bursts in Orle valley")
		out = append(out, StoryArticle{ID: fmt.Sprintf("story-%04d", i), Source: src, Title: title, Published: pub, Text: text})
	}
	return out
}
