package align

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		a, b string
		want []Op
	}{
		{"the call was meant to ease tensions", "the call was meant to increase tensions",
			[]Op{{Equal, "the call was meant to"}, {Delete, "ease"}, {Insert, "increase"}, {Equal, "tensions"}}},
		{"Crews did not strike.", "crews did strike", []Op{{Equal, "crews did"}, {Delete, "not"}, {Equal, "strike"}}},
		{"", "new words", []Op{{Insert, "new words"}}},
		{"same", "same", []Op{{Equal, "same"}}},
	}
	for _, tt := range tests {
		if got := Words(tt.a, tt.b); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestShared(t *testing.T) {
	a, b := Shared(Words("one two three four", "one two five"))
	if a != 0.5 || b != 2.0/3 {
		t.Errorf("got %v %v, want 0.5 and 2/3", a, b)
	}
}

func BenchmarkWords(b *testing.B) {
	x := "The Pentagon said on Tuesday that China declined a request for a secure call between the two defence chiefs after the balloon was shot down"
	y := "According to the Pentagon, China rejected on Tuesday the request to have a secure call between both defence chiefs after the balloon was downed"
	for b.Loop() {
		Words(x, y)
	}
}
