package cluster

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

// The commonest words of four languages, commonest first: the words every
// article of a language shares whatever it reports.
var functionWords = map[string]string{
	"de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man",
	"es": "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra",
	"fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il sont aux avec son ses ont été mais comme ou leur elle cette on nous ils avait aussi entre deux fait sans peut lors après",
	"ru": "и в не на что он с как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас",
}

// languageItems returns n unrelated articles of invented words written
// with the function words of lang, 37 minutes apart.
func languageItems(lang string, n int) []Item {
	b := corpus.NewBabbleIn(rand.New(rand.NewPCG(3, 4)), strings.Fields(functionWords[lang]))
	out := make([]Item, n)
	for i := range out {
		var paras []string
		for range 4 {
			paras = append(paras, b.Sentence()+" "+b.Sentence())
		}
		out[i] = Item{ID: fmt.Sprintf("a%05d", i), Title: b.Sentence(), Text: strings.Join(paras, "\n\n"),
			Time: day0.Add(time.Duration(i) * 37 * time.Minute), Lang: lang}
	}
	return out
}

// In a pile of one language's unrelated articles no story may hold more
// than a small share: every article shares the commonest words of its
// language with every other, and a story grown large looks like the
// corpus at large, so that without the language's stop words and
// Options.StoryLift the pile chains into a few stories (as German news
// did, 412 of 430 articles in one; here 244 of 300 German and 262 of 300
// Russian articles without the lift).
func TestLanguageDoesNotChain(t *testing.T) {
	for _, lang := range slices.Sorted(maps.Keys(functionWords)) {
		items := languageItems(lang, 300)
		c := New(Options{})
		for _, it := range items {
			c.Assign(it)
		}
		c.Refine()
		largest := 0
		for _, st := range c.stories {
			largest = max(largest, st.size)
		}
		if largest > len(items)/20 {
			t.Errorf("%s: the largest story holds %d of %d unrelated articles, want at most %d", lang, largest, len(items), len(items)/20)
		}
	}
}
