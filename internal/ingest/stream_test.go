package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// genReader is a stream made as it is read: next returns the next piece,
// nil at the end. Nothing of it is kept, so a gigabyte costs no memory.
type genReader struct {
	next func() []byte
	buf  []byte
}

func (g *genReader) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.buf = g.next(); g.buf == nil {
			return 0, io.EOF
		}
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// articleLines generates JSONL of about size bytes, articles of about 2 KB.
func articleLines(size int64) io.Reader {
	para := strings.Repeat("The ferry to Saltholm ran late again on Monday, the harbour master said. ", 27)
	var made int64
	i := 0
	return &genReader{next: func() []byte {
		if made >= size {
			return nil
		}
		i++
		line := fmt.Appendf(nil, `{"id":"gen-%d","source":"The Saltholm Echo","title":"Ferry late, day %d","text":%q}`+"\n", i, i, para)
		made += int64(len(line))
		return line
	}}
}

// heapWatch samples the heap in use while a stream is read.
type heapWatch struct{ base, peak uint64 }

func newHeapWatch() *heapWatch {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return &heapWatch{base: m.HeapAlloc}
}

func (h *heapWatch) sample() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	h.peak = max(h.peak, m.HeapAlloc)
}

// grown is how far the heap rose over where it stood.
func (h *heapWatch) grown() uint64 { return h.peak - min(h.peak, h.base) }

// readAll reads every item of docs, sampling the heap every 1,000; it counts
// the docs and returns the failures' messages.
func readAll(docs func(yieldFunc), h *heapWatch) (n int, fails []string) {
	docs(func(d Doc, err error) bool {
		if err != nil {
			fails = append(fails, err.Error())
			return true
		}
		if n++; n%1000 == 0 && h != nil {
			h.sample()
		}
		return true
	})
	return n, fails
}

// stdinDocs reads standard input with r.
func stdinDocs(r *Reader) func(yieldFunc) {
	return func(y yieldFunc) {
		for d, err := range r.Docs(context.Background(), []string{"-"}) {
			if !y(d, err) {
				return
			}
		}
	}
}

func TestJSONLConstantMemory(t *testing.T) {
	size := int64(64 << 20)
	if raceEnabled {
		size = 32 << 20 // the race detector slows every access
	}
	r := NewReader(Options{Stdin: articleLines(size)})
	h := newHeapWatch()
	n, fails := readAll(stdinDocs(r), h)
	// A generated line is about 2,060 bytes: every line read, none failed.
	if want := int(size / 2100); len(fails) > 0 || n < want {
		t.Fatalf("read %d docs, failures %q; want over %d and none", n, fails, want)
	}
	// The input is 32 or 64 MiB; the reader holds one line and its buffer.
	if got := h.grown(); got > 16<<20 {
		t.Errorf("heap grew %d MiB reading %d MiB of JSONL, want under 16 MiB", got>>20, size>>20)
	}
}

// BenchmarkJSONLGigabyte reads 1 GB of generated JSONL from standard input
// and reports the heap's peak growth (heap-MiB), which stays that of one
// item, and the rate.
func BenchmarkJSONLGigabyte(b *testing.B) {
	const size = 1 << 30
	for b.Loop() {
		r := NewReader(Options{Stdin: articleLines(size)})
		h := newHeapWatch()
		n, fails := readAll(stdinDocs(r), h)
		if len(fails) > 0 {
			b.Fatal(fails)
		}
		b.ReportMetric(float64(h.grown())/(1<<20), "heap-MiB")
		b.ReportMetric(float64(n), "docs")
	}
	b.SetBytes(size)
}

// hugeItem returns a stream of before, then an item whose text is size
// bytes, then after.
func hugeItem(before, open string, size int64, close, after string) io.Reader {
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	var sent int64
	step := 0
	return &genReader{next: func() []byte {
		switch {
		case step == 0:
			step++
			return []byte(before + open)
		case sent < size:
			n := min(int64(len(chunk)), size-sent)
			sent += n
			return chunk[:n]
		case step == 1:
			step++
			return []byte(close + after)
		}
		return nil
	}}
}

func TestHugeLine(t *testing.T) {
	size := int64(2 << 30)
	if raceEnabled {
		size = 256 << 20 // the race detector slows every copy
	}
	in := hugeItem(`{"id":"before","text":"kept"}`+"\n", `{"id":"huge","text":"`, size, `"}`, "\n"+`{"id":"after","text":"kept too"}`+"\n")
	r := NewReader(Options{Stdin: in})
	h := newHeapWatch()
	var got []string
	for d, err := range r.Docs(context.Background(), []string{"-"}) {
		h.sample()
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, d.Ref)
	}
	want := []string{"before", "stdin:2: line too long (over 32 MiB)", "after"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if g := h.grown(); g > 96<<20 {
		t.Errorf("heap grew %d MiB skipping a line of %d MiB, want under 96 MiB (the cap and its buffer)", g>>20, size>>20)
	}
}

// articleArray generates a JSON array of n small articles, pretty-printed
// over lines, with a huge text at index huge (1-based; 0 for none).
func articleArray(n int, huge int, hugeSize int64) io.Reader {
	i := 0
	var rest io.Reader
	return &genReader{next: func() []byte {
		if rest != nil {
			buf := make([]byte, 1<<20)
			k, _ := rest.Read(buf)
			if k > 0 {
				return buf[:k]
			}
			rest = nil
		}
		if i > n {
			return nil
		}
		i++
		sep := ",\n  "
		switch {
		case i == 1:
			sep = "[\n  "
		case i > n:
			return []byte("\n]\n")
		}
		if i == huge {
			rest = hugeItem("", `{"title": "huge", "text": "`, hugeSize, `"}`, "")
			return []byte(sep)
		}
		return fmt.Appendf(nil, "%s{\"id\": \"a%d\",\n   \"title\": \"Lock gates %d\", \"text\": \"The canal lock gates were replaced.\"}", sep, i, i)
	}}
}

func TestJSONArrayStreams(t *testing.T) {
	n := 1_000_000
	if raceEnabled {
		n = 30_000
	}
	r := NewReader(Options{MaxItemBytes: 1 << 20})
	h := newHeapWatch()
	s := source{name: "big.json", input: "big.json", kind: kindJSON, noun: "file"}
	got, fails := readAll(func(y yieldFunc) {
		r.jsonValues(s, bufio.NewReader(articleArray(n, 3, 40<<20)), y)
	}, h)
	if got != n-1 || !slices.Equal(fails, []string{"big.json#3: item too large (over 1 MiB)"}) {
		t.Errorf("got %d docs and failures %q, want %d and the third item too large", got, fails, n-1)
	}
	if g := h.grown(); g > 32<<20 {
		t.Errorf("heap grew %d MiB reading an array of %d items, want under 32 MiB", g>>20, n)
	}
}

func TestJSONValues(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // refs, and failures prefixed FAIL
	}{
		{"array", `[{"id":"a","text":"x"}, {"title":"t"}]`, []string{"a", "f.json#2"}},
		{"empty array", " [ ] \n", nil},
		{"strings with brackets", `[{"id":"a","text":"] } [ { \" \\"}, {"id":"b","text":"y"}]`, []string{"a", "b"}},
		{"bad item, the rest goes on", "[\n{\"id\":\"a\",\"text\":\"x\"},\n{\"text\": 1},\n{\"id\":\"c\",\"text\":\"z\"}]",
			[]string{"a", `FAIL f.json#2: field "text": want a string, got number`, "c"}},
		{"syntax error in an item names its line", "[\n{\"id\":\"a\",\"text\":\"x\"},\n{\"text\":\n \"b\",,}\n]",
			[]string{"a", "FAIL f.json#2:4: malformed JSON: invalid character ',' looking for beginning of object key string"}},
		{"missing comma stops there", `[{"id":"a","text":"x"} {"id":"b","text":"y"}]`,
			[]string{"a", "FAIL f.json:1: malformed JSON: invalid character '{' after array element"}},
		{"trailing comma", `[{"id":"a","text":"x"},]`,
			[]string{"a", "FAIL f.json:1: malformed JSON: invalid character ']' looking for beginning of value"}},
		{"cut short", "[{\"id\":\"a\",\"text\":\"x\"},\n{\"id\":\"b\",\"te",
			[]string{"a", "FAIL f.json:2: malformed JSON: unexpected end of JSON input"}},
		{"junk after the array", "[{\"id\":\"a\",\"text\":\"x\"}]\nx",
			[]string{"a", "FAIL f.json:2: malformed JSON: invalid character 'x' after top-level value"}},
		{"objects one after the other", "{\"id\":\"a\",\"text\":\"x\"}\n{\n \"text\": \"y\"\n}\n[1]",
			[]string{"a", "f.json#2", "FAIL f.json#5: want a JSON object, got array"}},
		{"not JSON", "hello", []string{`FAIL f.json: not JSON: want an object or an array, got 'h'`}},
		{"byte order mark", "\xef\xbb\xbf[{\"id\":\"a\",\"text\":\"x\"}]", []string{"a"}},
		{"too large", `[{"id":"a","text":"x"},{"id":"b","text":"` + strings.Repeat("y", 200) + `"},{"id":"c","text":"z"}]`,
			[]string{"a", "FAIL f.json#2: item too large (over 100 B)", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(Options{MaxItemBytes: 100})
			s := source{name: "f.json", input: "f.json", kind: kindJSON, noun: "file"}
			var got []string
			r.jsonValues(s, bufio.NewReader(strings.NewReader(tt.in)), func(d Doc, err error) bool {
				if err != nil {
					got = append(got, "FAIL "+err.Error())
				} else {
					got = append(got, d.Ref)
					if !strings.Contains(tt.in, string(d.Raw)) {
						t.Errorf("Raw %q is not part of the input", d.Raw)
					}
				}
				return true
			})
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
