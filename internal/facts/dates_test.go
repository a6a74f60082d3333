package facts

import (
	"strings"
	"testing"
	"time"
)

// TestDateHappenings checks what a date resolves to, against which
// anchor, whether it is a timeline entry and what it dates, on the ways
// news writes dates (the failures issue 14 lists among them, in words of
// our own).
func TestDateHappenings(t *testing.T) {
	pub := time.Date(2024, 5, 8, 9, 0, 0, 0, time.UTC) // a Wednesday
	for _, c := range []struct {
		name, text, words string
		value             string // "" when it must stay unresolved
		entry             bool
		what, notWhat     string // words the description holds, and must not hold
	}{
		{name: "the next day counts from a dated happening",
			text: "The barge left port on May 2. It crossed the border the next day.", words: "the next day",
			value: "2024-05-03", entry: true, what: "crossed the border"},
		{name: "the next day after an offset of unknown size",
			text:  "The barge left port on May 2. It reached the canal a few days later. It crossed the border the next day.",
			words: "the next day", value: ""},
		{name: "an offset of unknown size, within a month",
			text: "The barge left port on May 2. It reached the canal a few days later.", words: "a few days later", value: "2024-05",
			entry: true},
		{name: "an offset of unknown size, across months",
			text: "The barge left port on April 27. It reached the canal a few days later.", words: "a few days later", value: ""},
		{name: "days before a month: the year",
			text:  "A fire in March 2023 destroyed the depot. Its manager had been dismissed four days earlier.",
			words: "four days earlier", value: "2023", entry: true},
		{name: "counted from the happening it names",
			text:  "The Oct. 12 breakout by two inmates shocked the town. Last week the governor said guards had stopped searching visitors two months before the breakout.",
			words: "two months before", value: "2023-08", entry: true, what: "stopped searching visitors"},
		{name: "a happening it names that the text does not date",
			text: "The court sat on Monday. The judge was appointed a week after the disaster.", words: "a week after", value: ""},
		{name: "the date of a noun in a statement dated otherwise",
			text:  "The ministry has spoken with the shipping company about the tanker seized on April 30, an official said on May 6.",
			words: "April 30", value: "2024-04-30", entry: true, what: "tanker", notWhat: "spoken"},
		{name: "the statement's own date",
			text:  "The ministry has spoken with the shipping company about the tanker seized on April 30, an official said on May 6.",
			words: "May 6", value: "2024-05-06", entry: true, what: "spoken with the shipping company"},
		{name: "a year in a relative clause describes the thing, and dates no call",
			text:  "Opposition lawmakers called for an inquiry into the bridge, which was built in 1971.",
			words: "1971", value: "1971", entry: false, what: "bridge was built", notWhat: "lawmakers"},
		{name: "a year of a thing's making, a participle",
			text: "The mill, founded by two brothers in 1921, closed its doors on Monday.", words: "1921", value: "1921"},
		{name: "the happening beside a describing year",
			text:  "The mill, founded by two brothers in 1921, closed its doors on Monday.",
			words: "Monday", value: "2024-05-06", entry: true, what: "closed its doors"},
		{name: "a birth year", text: "The skipper, who was born in 1962, was rescued at sea.", words: "1962", value: "1962"},
		{name: "a year a person did something is a happening", text: "She joined the coast guard in 2009 after leaving school.",
			words: "2009", value: "2009", entry: true, what: "joined the coast guard"},
		{name: "weeks before a happening still to come",
			text:  "“Realistically we are looking at two to three weeks before the roads are clear,” the mayor said.",
			words: "three weeks before", value: ""},
		{name: "a dateline", text: "May 8, 2024 10:15 am\n\nFloods closed the coast road.", words: "May 8, 2024 10:15 am",
			value: "2024-05-08", entry: false},
		{name: "a wire dateline", text: "HARTWELL, May 7 (Lowland Press) - Floods closed the coast road on Tuesday.", words: "May 7",
			value: "2024-05-07", entry: false},
		{name: "the day after a wire dateline", text: "HARTWELL, May 7 (Lowland Press) - Floods closed the coast road on Tuesday.",
			words: "Tuesday", value: "2024-05-07", entry: true, what: "Floods closed the coast road", notWhat: "HARTWELL"},
		{name: "a future statement", text: "The council will vote on the budget on Friday.", words: "Friday",
			value: "2024-05-10", entry: false},
		{name: "a sitting that goes on is to come", text: "The hearings continue on Thursday, when the engineer returns to the stand.",
			words: "Thursday", value: "2024-05-09", entry: false},
		{name: "a sitting that went on", text: "The hearings continued on Monday with the engineer on the stand.",
			words: "Monday", value: "2024-05-06", entry: true, what: "hearings continued"},
		{name: "a condition", text: "If the rain continues on Thursday, the schools will close.", words: "Thursday", entry: false,
			value: "2024-05-09"},
		{name: "a deadline", text: "The city must reply to the complaint by June 20.", words: "June 20", value: "2024-06-20", entry: false},
		{name: "a past day without a year", text: "The mayor, sacked on June 8, is suing the city.", words: "June 8",
			value: "2023-06-08", entry: true, what: "mayor was sacked"},
		{name: "a year that names a thing", text: "She was cleared in a 2019 tax case on Monday.", words: "2019", value: "2019",
			entry: false},
		{name: "a day that names a thing", text: "The firm missed the May 20 deadline.", words: "May 20", entry: false,
			value: "2024-05-20"},
		{name: "a day that dates a happening noun", text: "Investigators are still studying the April 3 blast at the plant.",
			words: "April 3", value: "2024-04-03", entry: true, what: "blast at the plant"},
		{name: "a relative date in a quote counts from when it was said",
			text:  "Late yesterday, the coach told reporters that the deal was close. “Talks moved forward earlier today,” the coach said.",
			words: "earlier today", value: "2024-05-07", entry: true, what: "Talks moved forward"},
		{name: "a whole clause", text: "On Friday, the regional court fined the operator 2 million crowns.", words: "Friday",
			value: "2024-05-03", entry: true, what: "the regional court fined the operator 2 million crowns"},
		{name: "a statement after its content",
			text:  "The port has reopened to container ships after a week of repairs, the harbour master said Tuesday.",
			words: "Tuesday", value: "2024-05-07", entry: true, what: "The port has reopened to container ships"},
		{name: "a period of years: its start", text: "He served as mayor from 1996 to 2001.", words: "1996", value: "1996",
			entry: true, what: "He served as mayor"},
		{name: "a period of years: its end, listed at the start", text: "He served as mayor from 1996 to 2001.", words: "2001",
			value: "2001", entry: false},
		{name: "a period of months in two years", text: "She lived abroad from November 2019 to February 2020.",
			words: "February 2020", value: "2020-02", entry: false, what: "She lived abroad", notWhat: "to"},
		{name: "between two years", text: "Between 2011 and 2015, the mill changed hands twice.", words: "2011",
			value: "2011", entry: true, what: "the mill changed hands twice"},
		{name: "a range of years in one word", text: "The club finished third in 2016-17.", words: "2016", value: "2016",
			entry: true, what: "club finished third"},
		{name: "a range of years in one word: its end", text: "The club finished third in 2016–17.", words: "17", value: "2017",
			entry: false},
		{name: "years in a list, written short", text: "She won the title three times (1994, '97, '99).", words: "99", value: "1999",
			entry: true, what: "She won the title three times"},
		{name: "a score is no range of years", text: "They won 2016-2080 in a charity match.", words: "2016-2080", value: "missing"},
		{name: "a period within a month", text: "On May 1 to May 3, storms hit the coast.", words: "May 1 to May 3",
			value: "2024-05", entry: true, what: "storms hit the coast"},
		{name: "a weekday in general", text: "It felt like a rainy Sunday.", words: "Sunday", value: "missing"},
		{name: "a numeric date, month first", text: "05/06/2024\n\nThe plant closed.", words: "05/06/2024", value: "2024-05-06"},
		{name: "that night: the day of the happening before it",
			text: "The barge ran aground on May 2. The crew left it later that night.", words: "that night", value: "2024-05-02",
			entry: true, what: "crew left it"},
		{name: "that same day", text: "The barge ran aground on May 2. That same day the harbour closed.", words: "That same day",
			value: "2024-05-02", entry: true},
		{name: "later that year", text: "The ferry sank in 2019. Later that year the owners sold the line.", words: "that year",
			value: "2019", entry: true, what: "owners sold the line"},
		{name: "the day of a date is no happening's day",
			text: "The ferry sank in 2019. On April 18 of that year the owners sold the line.", words: "that year", value: "missing"},
		{name: "that day as a pronoun's noun", text: "The barge ran aground on May 2. He said that day was the worst.",
			words: "that day", value: "missing"},
		{name: "the next morning", text: "The climbers fell on Saturday. They were found the next morning by a helicopter crew.",
			words: "the next morning", value: "2024-05-05", entry: true, what: "found"},
		{name: "the following week", text: "The mill closed on April 3. The owners sold the land the following week.",
			words: "the following week", value: "2024-04-08", entry: true, what: "owners sold the land"},
		{name: "the previous night", text: "The barge ran aground on May 2. Its pilot had slept little the previous night.",
			words: "the previous night", value: "2024-05-01", entry: true},
		{name: "the next week is the week to come", text: "The council will decide in the next week.", words: "the next week",
			value: "missing"},
		{name: "a restrictive clause ends at its comma",
			text:  "The port authority was warned that the quay wall that cracked last month, but stayed open, needed repairs.",
			words: "last month", value: "2024-04", entry: true, what: "quay wall cracked", notWhat: "stayed open"},
		{name: "a verb told in a year takes its that-clause",
			text:  "The operator of the weir was told in 2021 that water was seeping through the gates.",
			words: "2021", value: "2021", entry: true, what: "was told that water was seeping through the gates"},
		{name: "early on a weekday carries the date",
			text: "The fire early on Monday destroyed the depot.", words: "Monday", value: "2024-05-06", entry: true,
			what: "The fire destroyed the depot"},
		{name: "a thing's making a few years ago describes it",
			text:  "Water flooded the new flats on Mill Row, built only two years ago on old marshland.",
			words: "two years ago", value: "2022", entry: false},
		{name: "a year after the reference is to come, whatever the tense",
			text:  "The agreement, reached on Thursday, delayed the new cranes until 2031.",
			words: "2031", value: "2031", entry: false},
		{name: "a month after the reference is to come",
			text:  "The union agreed on Monday that the plan is put on hold until January 2026.",
			words: "January 2026", value: "2026-01", entry: false},
		{name: "the article of a date goes with it", text: "The striker was banned for the 2022 season for doping.",
			words: "2022 season", value: "2022", entry: true, what: "striker was banned for doping"},
		{name: "the article of a date before its noun stays", text: "Police are still studying the April 3 blast at the plant.",
			words: "April 3", value: "2024-04-03", entry: true, what: "the blast"},
		{name: "a date's possessive is the noun's article",
			text:  "The firm hired extra crews, a move agreed with the union as part of Tuesday's settlement.",
			words: "Tuesday's", value: "2024-05-07", entry: true, what: "as part of the settlement"},
		{name: "a relative clause on the object, its subject a title and a name",
			text:  "The families asked to take part in the hearings, a request that judge Ilse Marrow granted on Monday.",
			words: "Monday", value: "2024-05-06", entry: true, what: "judge Ilse Marrow granted a request"},
		{name: "is to be sentenced: a schedule", text: "The driver is to be formally sentenced May 20 by Judge Orla Penn.",
			words: "May 20", value: "2024-05-20", entry: false},
		{name: "a next hearing is to come", text: "The judge held him without bond pending his next court hearing May 15.",
			words: "May 15", value: "2024-05-15", entry: false},
		{name: "at the weekend: the week of the last Saturday", text: "Two climbers died on the ridge at the weekend.",
			words: "weekend", value: "2024-04-29", entry: true, what: "Two climbers died on the ridge"},
		{name: "this weekend, to come", text: "The club will hold a vigil this weekend.", words: "this weekend", value: "2024-05-06",
			entry: false},
		{name: "a weekend that names a thing", text: "The weekend rush filled the ferries.", words: "weekend", value: "missing"},
		{name: "counted from a happening told with an irregular verb",
			text:  "A gunman shot a guard outside the bank in March 2021. The guard had married two weeks before the shooting.",
			words: "two weeks before", value: "2021", entry: true},
		{name: "weeks from a happening known by its year",
			text:  "A gunman shot a guard outside the bank in 2019. The guard had married two weeks before the shooting.",
			words: "two weeks before", value: "2019", entry: true},
		{name: "the same date", text: "She took over the firm on May 6, 2019. That is the same date that her rival resigned.",
			words: "the same date", value: "2019-05-06", entry: true, what: "her rival resigned"},
		{name: "that night without a dated happening before it", text: "He said he expected to die that night on the ridge.",
			words: "that night", value: ""},
	} {
		f := Extract(ArticleInput{ID: "d", Text: c.text, Published: pub})
		var d *Date
		for k := range f.Dates {
			if f.Dates[k].Text == c.words {
				d = &f.Dates[k]
			}
		}
		if d == nil {
			if c.value != "missing" {
				t.Errorf("%s: %q not found among %+v", c.name, c.words, f.Dates)
			}
			continue
		}
		if c.value == "missing" {
			t.Errorf("%s: %q found as a date", c.name, c.words)
			continue
		}
		if d.Value != c.value {
			t.Errorf("%s: %q resolved to %q (%s), want %q", c.name, c.words, d.Value, d.Resolution, c.value)
		}
		if d.Entry != (c.entry && c.value != "") {
			t.Errorf("%s: %q entry %v (%s), want %v", c.name, c.words, d.Entry, d.NotEntry, c.entry)
		}
		if c.what != "" && !strings.Contains(d.What, c.what) || c.notWhat != "" && strings.Contains(d.What, c.notWhat) {
			t.Errorf("%s: %q dates %q, want it to hold %q and not %q", c.name, c.words, d.What, c.what, c.notWhat)
		}
	}
}

// TestTimelineOneHappening: two outlets that date one happening on two days
// give one entry that lists both dates; one outlet that dates two alike
// happenings on two days gives two entries.
func TestTimelineOneHappening(t *testing.T) {
	pub := time.Date(2024, 5, 8, 9, 0, 0, 0, time.UTC)
	a := Extract(ArticleInput{ID: "a", Source: "Coast Courier", Published: pub,
		Text: "The tanker Marisol ran aground off Port Ellis on Monday, spilling fuel oil along the northern beaches."})
	b := Extract(ArticleInput{ID: "b", Source: "Harbour Post", Published: pub,
		Text: "The tanker Marisol ran aground off Port Ellis on Sunday, spilling fuel oil along the northern beaches, officials said."})
	c := Extract(ArticleInput{ID: "c", Source: "Harbour Post", Published: pub,
		Text: "The board delayed the repairs in 2021. The board delayed the repairs again in 2022."})
	sf := Merge([]*Facts{a, b, c}, nil)
	var tanker []TimelineEntry
	repairs := 0
	for _, e := range sf.Timeline {
		if strings.Contains(e.What, "tanker") {
			tanker = append(tanker, e)
		}
		if strings.Contains(e.What, "repairs") {
			repairs++
		}
	}
	if len(tanker) != 1 {
		t.Fatalf("the grounding is %d entries, want one: %+v", len(tanker), sf.Timeline)
	}
	e := tanker[0]
	if len(e.Sources) != 2 || len(e.Dates) != 2 || e.Dates[0].Date != "2024-05-05" || e.Dates[1].Date != "2024-05-06" {
		t.Errorf("the grounding: sources %v, dates %+v; want both outlets and both days", e.Sources, e.Dates)
	}
	if repairs != 2 {
		t.Errorf("the two delays of one article are %d entries, want two: %+v", repairs, sf.Timeline)
	}
}
