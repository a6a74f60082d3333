package extract_test

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/extract"
)

func ExampleText() {
	raw := []byte(`Harbour crane restored for the summer season

By Jane Roe

March 3, 2031 - Portsmouth

The old steam crane on the north quay lifted its first load in forty years on Saturday.

Sign up for our free newsletter!`)
	r, err := extract.Text(raw, extract.TextOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Title)
	fmt.Println(r.Byline, "|", r.Dateline, "|", r.Published.Format("2006-01-02"))
	fmt.Println(r.Text())
	for _, rm := range r.Removed {
		fmt.Printf("line %d (%s): %s\n", rm.Line, rm.Reason, rm.Text)
	}
	// Output:
	// Harbour crane restored for the summer season
	// Jane Roe | Portsmouth | 2031-03-03
	// The old steam crane on the north quay lifted its first load in forty years on Saturday.
	// line 3 (byline): By Jane Roe
	// line 5 (date line): March 3, 2031 - Portsmouth
	// line 9 (subscribe prompt): Sign up for our free newsletter!
}

func ExampleBoilerplate() {
	b := extract.NewBoilerplate()
	b.Observe("gazette", []byte("Bridge closed\n\nThe bridge closed.\n\nSend tips to the newsroom desk"))
	b.Observe("gazette", []byte("Library open\n\nThe library opened.\n\nSend tips to the newsroom desk"))
	r, _ := extract.Text([]byte("Market reopens\n\nThe market reopened on Monday.\n\nSend tips to the newsroom desk"),
		extract.TextOptions{Repeated: b.Repeated("gazette", nil)})
	fmt.Printf("%q %s\n", r.Text(), r.Removed[0].Reason)
	// Output:
	// "The market reopened on Monday." repeated across outlet
}
