package iati_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/iati"
)

// FuzzRead feeds the IATI reader any bytes (seeds in
// testdata/fuzz/FuzzRead: an export of the seed fixtures, another
// publisher's file, a billion laughs, an external entity, deep nesting,
// bad dates and amounts, foreign namespaces). It must never panic; bad
// input is a one-line error, which the extractor registry gives with the
// document's name; what it reads gives blocks and facts, and writes as a
// file it reads again.
//
//	go test -fuzz FuzzRead ./iati
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := iati.Read(data)
		if err != nil {
			if msg := err.Error(); msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("error not one line: %q", msg)
			}
			if iati.Sniff(data) {
				doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: "input.xml", Data: data}, extract.DefaultLimits())
				if err == nil {
					t.Fatalf("the registry read what Read refused")
				}
				if msg := err.Error(); !strings.HasPrefix(msg, "input.xml: ") || strings.ContainsAny(msg, "\r\n") {
					t.Fatalf("registry error %q does not name the document on one line", msg)
				}
				if doc == nil || doc.Kind != dossier.KindIATI || doc.Error == "" || strings.ContainsAny(doc.Error, "\r\n") {
					t.Fatalf("failed document %+v", doc)
				}
			}
			return
		}
		blocks, err := iati.Blocks(file)
		if err != nil {
			t.Fatalf("blocks of a file read: %v", err)
		}
		doc := &dossier.Document{ID: "sha256:fuzz", Kind: dossier.KindIATI, Blocks: blocks}
		for _, fact := range iati.Facts(doc) {
			if fact.Project == "" || fact.Quote == "" {
				t.Fatalf("fact without project or quote: %+v", fact)
			}
			if _, err := fact.Value.Payload(); err != nil {
				t.Fatalf("fact value: %v", err)
			}
		}
		var buf bytes.Buffer
		if err := file.Encode(&buf); err != nil {
			t.Fatalf("encode a file read: %v", err)
		}
		if _, err := iati.Read(buf.Bytes()); err != nil {
			t.Fatalf("a file written from one read does not read: %v\n%s", err, buf.Bytes())
		}
	})
}
