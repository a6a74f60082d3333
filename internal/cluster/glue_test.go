package cluster

import (
	"testing"
	"time"
)

// quenby is the shooting, the hearing, the trial and the other shooting,
// in that order.
func quenby() []Item {
	day := 24 * time.Hour
	shooting := []Item{
		{ID: "s1", Time: day0, Title: "Guard shot dead outside Quenby warehouse",
			Text: "A night guard, Pell Arkwright, was shot dead outside the Ostrander warehouse in Quenby on Monday. Police arrested Dorian Vasko, 31, near the Quenby rail yard. Sheriff Ada Moncrief said the gun was found in a drain."},
		{ID: "s2", Time: day0.Add(3 * time.Hour), Title: "Quenby man held after warehouse killing",
			Text: "Dorian Vasko is held on suspicion of killing Pell Arkwright, a guard at the Ostrander warehouse in Quenby, Sheriff Ada Moncrief said. Neighbours heard two shots before midnight."},
		{ID: "s3", Time: day0.Add(20 * time.Hour), Title: "Vigil for slain Quenby guard",
			Text: "Hundreds gathered in Quenby for Pell Arkwright, the guard shot outside the Ostrander warehouse. Sheriff Ada Moncrief thanked the town; Dorian Vasko remains in custody."},
	}
	hearing := []Item{
		{ID: "h1", Time: day0.Add(21 * day), Title: "Vasko pleads not guilty in Quenby killing",
			Text: "Dorian Vasko pleaded not guilty at the Harlow County court to the murder of Pell Arkwright, the Ostrander warehouse guard. Judge Liesl Brandt set bail at two million."},
		{ID: "h2", Time: day0.Add(21*day + 2*time.Hour), Title: "Bail set for man accused of guard's murder",
			Text: "At the Harlow County court Judge Liesl Brandt set bail for Dorian Vasko, accused of shooting Pell Arkwright in Quenby. His lawyer said Vasko was at home that night."},
	}
	trial := []Item{
		{ID: "t1", Time: day0.Add(130 * day), Title: "Jury convicts Vasko of Quenby guard's murder",
			Text: "A jury at the Harlow County court found Dorian Vasko guilty of murdering Pell Arkwright outside the Ostrander warehouse in Quenby. Judge Liesl Brandt will sentence him next month; Sheriff Ada Moncrief welcomed the verdict."},
		{ID: "t2", Time: day0.Add(130*day + 3*time.Hour), Title: "Vasko guilty, Arkwright family relieved",
			Text: "Pell Arkwright's family wept as the jurors in Harlow County convicted Dorian Vasko. The guard was shot at the Ostrander warehouse in Quenby; Judge Liesl Brandt thanked the jury."},
	}
	other := []Item{
		{ID: "o1", Time: day0.Add(131 * day), Title: "Shop owner shot in Belcastle robbery",
			Text: "A shop owner, Mirela Sand, was shot and wounded in a robbery on Fenwick Road in Belcastle. Police chief Tomas Ruell said two men fled in a grey van."},
		{ID: "o2", Time: day0.Add(131*day + 2*time.Hour), Title: "Belcastle robbery: two men sought",
			Text: "Police in Belcastle are looking for two men after Mirela Sand was shot in her shop on Fenwick Road, chief Tomas Ruell said. She is in hospital."},
	}
	var items []Item
	for _, g := range [][]Item{shooting, hearing, trial, other} {
		items = append(items, g...)
	}
	return items
}

// A shooting in Quenby, the suspect's hearing three weeks later and his
// trial four months later name the same victim, suspect, court and town;
// a shooting in another town at the time of the trial names none of them.
// The story keeps its people and places past the 60-day story window: the
// trial joins the story of the shooting as an event of its own, and the
// other shooting stays apart.
func TestStoryKeepsItsNamesPastTheWindow(t *testing.T) {
	items := quenby()
	for _, glue := range []float64{-1, 0} {
		c := New(Options{StoryGlue: glue})
		stories := map[string]string{}
		for _, it := range items {
			c.Assign(it)
		}
		c.Refine()
		for _, it := range items {
			ev, _ := c.Event(c.EventOf(it.ID))
			stories[it.ID] = ev.Story
		}
		if c.EventOf("s1") == c.EventOf("h1") || c.EventOf("h1") == c.EventOf("t1") || c.EventOf("t1") == c.EventOf("o1") {
			t.Errorf("StoryGlue %v: the shooting, hearing, trial and the other shooting are not four events: %s %s %s %s",
				glue, c.EventOf("s1"), c.EventOf("h1"), c.EventOf("t1"), c.EventOf("o1"))
		}
		if stories["s1"] != stories["h1"] {
			t.Errorf("StoryGlue %v: the hearing three weeks on left the shooting's story", glue)
		}
		if got, want := stories["t1"] == stories["s1"] && stories["t2"] == stories["s1"], glue == 0; got != want {
			t.Errorf("StoryGlue %v: the trial four months on in the shooting's story %v, want %v", glue, got, want)
		}
		if stories["o1"] == stories["s1"] || stories["o1"] == stories["t1"] {
			t.Errorf("StoryGlue %v: the Belcastle shooting joined the Quenby story", glue)
		}
		// Recluster keeps them as the online clustering does: its story
		// level joins within the story window only, and the glue joins
		// the trial's story to the shooting's past it.
		moved := c.Recluster()
		for _, it := range items {
			ev, _ := c.Event(c.EventOf(it.ID))
			stories[it.ID] = ev.Story
		}
		if c.EventOf("s1") == c.EventOf("h1") || c.EventOf("h1") == c.EventOf("t1") || c.EventOf("t1") == c.EventOf("o1") {
			t.Errorf("StoryGlue %v, reclustered: the shooting, hearing, trial and the other shooting are not four events", glue)
		}
		if stories["s1"] != stories["h1"] {
			t.Errorf("StoryGlue %v, reclustered: the hearing left the shooting's story", glue)
		}
		if got, want := stories["t1"] == stories["s1"] && stories["t2"] == stories["s1"], glue == 0; got != want {
			t.Errorf("StoryGlue %v, reclustered: the trial in the shooting's story %v, want %v (moved %q)", glue, got, want, moved)
		}
		if stories["o1"] == stories["s1"] || stories["o1"] == stories["t1"] {
			t.Errorf("StoryGlue %v, reclustered: the Belcastle shooting joined the Quenby story", glue)
		}
		if again := c.Recluster(); len(again) != 0 {
			t.Errorf("StoryGlue %v: a second Recluster moved %q", glue, again)
		}
	}
}

// Placed online in stories of their own (as before the glue, or by a store
// of another version), the trial's reports join the shooting's story when
// the store is reclustered, and say why.
func TestReclusterGluesStoriesPastTheWindow(t *testing.T) {
	c := New(Options{})
	for _, it := range quenby() {
		ev, st := "e"+it.ID[:1], "s"+it.ID[:1]
		if it.ID[0] == 'h' {
			st = "ss" // the hearing, in the shooting's story
		}
		if it.ID[0] == 's' {
			st = "ss"
		}
		if it.ID[1] != '1' {
			it.Similarity = 0.5
		}
		c.Restore(it, ev, st)
	}
	moved := c.Recluster()
	st := func(id string) string { ev, _ := c.Event(c.EventOf(id)); return ev.Story }
	if st("t1") != st("s1") || st("t2") != st("s1") || st("h1") != st("s1") {
		t.Fatalf("reclustered: the trial in %s and %s, the hearing in %s, the shooting in %s (moved %q)", st("t1"), st("t2"), st("h1"), st("s1"), moved)
	}
	if st("o1") == st("s1") {
		t.Errorf("reclustered: the Belcastle shooting joined the Quenby story")
	}
	for _, id := range []string{"t1", "t2"} {
		if r, ok := c.Replaced(id); !ok || !r.Reclustered || !r.Glued || r.FromStory != "st" {
			t.Errorf("Replaced(%s) = %+v, %v; want its story st glued to the shooting's", id, r, ok)
		}
	}
	if r, ok := c.Replaced("s1"); ok {
		t.Errorf("Replaced(s1) = %+v: the shooting did not move", r)
	}
}
