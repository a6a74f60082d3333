package translit_test

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/text/translit"
)

func Example() {
	fmt.Println(translit.Latin("Путин и Обама"))
	fmt.Println(translit.Key("Путиным"), translit.Key("Putin"))
	fmt.Println(translit.Match("Sýrii", "Syria"), translit.Match("Обаму", "Obama"), translit.Match("Putin", "Osama"))
	// Output:
	// Putin i Obama
	// ptnm ptn
	// true true false
}
