package facts

import (
	"reflect"
	"testing"
)

func TestMeaningFlags(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string
	}{
		{"the same name with digits", "The port used an F-22 tug.", "The port used an F-22 tug boat.", nil},
		{"a number in two forms", "Six boats and 2.5 million oars, up 5%.", "6 boats and 2,500,000 oars, up 5 percent.", nil},
		{"a date in two forms", "Seen on Feb. 1 over the port.", "Seen on February 1st over the port.", nil},
		{"one as a pronoun", "One of the pilots said no more.", "A pilot said no more.", nil},
		{"a number changed", "Twelve boats sank.", "Fifteen boats sank.", []string{"number “Twelve” only in A", "number “Fifteen” only in B"}},
		{"a negation moved", "The council didn't want to hear it.", "It was not what the council wanted to hear.", nil},
		{"a negation dropped", "The mayor did not sign the deal.", "The mayor signed the deal.", []string{"negation “not” only in A"}},
		{"a negation added", "Crews will strike.", "Crews won't strike.", []string{"negation “won't” only in B"}},
		{"a change, but no flag", "It opened on Sunday.", "It opened on Saturday.", nil},
		{"a length of time in other words", "The strike lasted two weeks.", "The strike lasted a fortnight.", nil},
		{"hours as days", "Talks ran for 48 hours.", "Talks ran for two days.", nil},
		{"a dozen", "Twelve boats sank and 6 more drifted.", "A dozen boats sank and half a dozen more drifted.", nil},
		{"a word turned to its opposite", "The talks aimed to ease tensions at the port.", "The talks aimed to raise tensions at the port.", []string{"“ease” in A, “raise” in B: opposite meanings"}},
		{"a length changed", "The strike lasted three weeks.", "The strike lasted a fortnight.", []string{"number “three” only in A"}},
	}
	for _, tt := range tests {
		if got := MeaningFlags(tt.a, tt.b); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: MeaningFlags(%q, %q) = %q, want %q", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}
