package text_test

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/text"
)

func ExampleSentences() {
	s := "Gen. Pat Ryder spoke in Billings, Mont. The U.S. Navy's F-22 flew on Feb. 4. \u201cIt is over,\u201d he said."
	for _, sp := range text.Sentences(s) {
		fmt.Println(sp.Text)
	}
	fmt.Println(text.Words("The U.S. Navy's F-22"))
	fmt.Println(text.Stem("declined"), text.Stem("militaries"), text.IsStop("the"))
	// Output:
	// Gen. Pat Ryder spoke in Billings, Mont.
	// The U.S. Navy's F-22 flew on Feb. 4.
	// “It is over,” he said.
	// [the u.s. navy's f-22]
	// declin militari true
}
