package queue

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// The payload of an extract job: a pipeline.Batch as JSON.

// wireDoc is an ingest.Doc as EncodeBatch writes it: the body is left out
// when it is the raw input (most documents), and rebuilt on decoding.
type wireDoc struct {
	ingest.Doc
	BodyIsRaw bool `json:",omitempty"`
}

type wireBatch struct {
	Seq  int
	Base time.Time
	Docs []wireDoc
}

// EncodeBatch returns b as bytes for a job's payload (JSON).
func EncodeBatch(b pipeline.Batch) ([]byte, error) {
	w := wireBatch{Seq: b.Seq, Base: b.Base.UTC(), Docs: make([]wireDoc, len(b.Docs))}
	for i, d := range b.Docs {
		if len(d.Body) > 0 && bytes.Equal(d.Body, d.Raw) {
			d.Body = nil
			w.Docs[i] = wireDoc{Doc: d, BodyIsRaw: true}
			continue
		}
		w.Docs[i] = wireDoc{Doc: d}
	}
	out, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encode batch %d: %w", b.Seq, err)
	}
	return out, nil
}

// DecodeBatch reads what EncodeBatch wrote. The unknown fields of JSON
// articles (Doc.Extra) come back with their numbers as json.Number, as
// ingest reads them.
func DecodeBatch(p []byte) (pipeline.Batch, error) {
	dec := json.NewDecoder(bytes.NewReader(p))
	dec.UseNumber()
	var w wireBatch
	if err := dec.Decode(&w); err != nil {
		return pipeline.Batch{}, copydesk.Errorf(copydesk.EInvalid, "decode batch: %v", err)
	}
	b := pipeline.Batch{Seq: w.Seq, Base: w.Base.UTC(), Docs: make([]ingest.Doc, len(w.Docs))}
	for i, d := range w.Docs {
		if d.BodyIsRaw {
			d.Body = d.Raw
		}
		b.Docs[i] = d.Doc
	}
	return b, nil
}
