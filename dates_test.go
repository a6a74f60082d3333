package copydesk_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" when unparseable
	}{
		{"2031-04-17T06:30:00Z", "2031-04-17T06:30:00Z"},
		{"2031-04-17T06:30:00.123+02:00", "2031-04-17T06:30:00.123+02:00"},
		{"2031-04-17T06:30:00+0200", "2031-04-17T06:30:00+02:00"},
		{"2031-04-17T06:30:00", "2031-04-17T06:30:00Z"},
		{"2031-04-17 06:30", "2031-04-17T06:30:00Z"},
		{"2031-04-17", "2031-04-17T00:00:00Z"},
		{"2031/04/17", "2031-04-17T00:00:00Z"},
		{"Thu, 17 Apr 2031 06:30:00 +0000", "2031-04-17T06:30:00Z"},
		{"Thu, 17 Apr 2031 06:30:00 GMT", "2031-04-17T06:30:00Z"},
		{"Thu, 17 Apr 2031 06:30:00 EDT", "2031-04-17T06:30:00-04:00"},
		{"17 Apr 2031 06:30:00 +0100", "2031-04-17T06:30:00+01:00"},
		{"April 17, 2031", "2031-04-17T00:00:00Z"},
		{"April 17, 2031 3:04 PM", "2031-04-17T15:04:00Z"},
		{"Apr 17, 2031", "2031-04-17T00:00:00Z"},
		{"17 April 2031", "2031-04-17T00:00:00Z"},
		{"  17   April  2031 ", "2031-04-17T00:00:00Z"},
		{"Thursday, April 17, 2031", "2031-04-17T00:00:00Z"},
		{"sometime last spring", ""},
		{"", ""},
		{"2031-13-45", ""},
	}
	for _, tt := range tests {
		got, ok := copydesk.ParseTime(tt.in)
		s := ""
		if ok {
			s = got.Format(time.RFC3339Nano)
		}
		if s != tt.want {
			t.Errorf("ParseTime(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
