package facts

//go:generate go run ../../tools/speechgen -out speechverbs.txt

import (
	_ "embed"
	"strings"
)

// speechverbs.txt holds the verbs of speech that attribute a quote beside
// them (about 300 forms of some 150 verbs, derived from WordNet 3.0 by
// tools/speechgen; see LICENSE-WordNet): a form ("quipped", "grumbles"), a
// tab, the verb. They are the verbs of communication that can take what
// is said as a clause ("whispered", "retorted", "conceded"), in the past
// and the third person present.
//
//go:embed speechverbs.txt
var speechVerbsTxt string

// withDerivedSpeech adds the forms of speechverbs.txt to the verbs of
// speech written by hand, so that a manner of speaking no tune text held
// ("..., Ida Kern muttered") attributes a quote as "said" does.
func withDerivedSpeech(m map[string]bool) map[string]bool {
	for _, l := range strings.Split(speechVerbsTxt, "\n") {
		if form, _, ok := strings.Cut(l, "\t"); ok && form != "" {
			m[form] = true
		}
	}
	return m
}
