package provenance

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

func TestChain(t *testing.T) {
	a := &copydesk.Article{ID: "a", Source: "The First Post"}
	b := &copydesk.Article{ID: "b", Source: "The Second Post"}
	c := &copydesk.Article{ID: "c", Source: "The Third Post"}
	tests := []struct {
		name     string
		c1, c2   float64
		wantOK   bool
		wantConf float64
	}{
		{"two sure links decide", 0.99, 0.95, true, 0.99 * 0.95},
		{"two weak links do not", 0.8, 0.8, false, 0},
	}
	for _, tt := range tests {
		d, ok := Chain(a, b, c, tt.c1, tt.c2)
		if ok != tt.wantOK || ok && (d.Original != a || d.Copy != c || d.Confidence != tt.wantConf || d.Undetermined) {
			t.Errorf("%s: got %+v, %v; want ok %v, a the original of c at %v", tt.name, d, ok, tt.wantOK, tt.wantConf)
		}
		if ok && (len(d.Reasons) != 1 || !strings.Contains(d.Reasons[0], "The Second Post")) {
			t.Errorf("%s: reasons %q, want one naming the article between", tt.name, d.Reasons)
		}
	}
}
