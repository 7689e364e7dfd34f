package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// exportWriter writes the contract's JSON export a document or a project
// at a time, in constant memory whatever the store's size, byte for byte
// as writeJSON writes the whole export object: two-space indent, HTML left
// unescaped, and what a terminal must not get raw escaped (termsafe.JSON).
type exportWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	out bytes.Buffer
	enc *json.Encoder
	// n counts the elements of the list being written.
	n int
}

func newExportWriter(w io.Writer) *exportWriter {
	e := &exportWriter{w: bufio.NewWriterSize(w, 256<<10)}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// value writes v, indented as the export's depth puts it.
func (e *exportWriter) value(v any, prefix string) error {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	e.out.Reset()
	if err := json.Indent(&e.out, bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), prefix, "  "); err != nil {
		return err
	}
	_, err := e.w.Write(termsafe.JSON(e.out.Bytes()))
	return err
}

// element writes one element of the list being written.
func (e *exportWriter) element(v any) error {
	if e.n == 0 {
		e.w.WriteString("\n    ")
	} else {
		e.w.WriteString(",\n    ")
	}
	e.n++
	return e.value(v, "    ")
}

// endList closes the list being written: "[]" when it was empty.
func (e *exportWriter) endList() {
	if e.n > 0 {
		e.w.WriteString("\n  ")
	}
	e.w.WriteString("]")
	e.n = 0
}

// writeExportJSON writes every document and every project's record as the
// export contract says, reading them one at a time.
func writeExportJSON(ctx context.Context, v *records.View, w io.Writer, generatedAt string) error {
	e := newExportWriter(w)
	e.w.WriteString("{\n  \"generated_at\": ")
	if err := e.value(generatedAt, "  "); err != nil {
		return err
	}
	e.w.WriteString(",\n  \"documents\": [")
	inProjects := false
	err := v.Export(ctx, func(d store.ExportDocument) error {
		x := exportDocument{ID: d.ID, Source: d.Source, Kind: d.Kind, Title: d.Title, AsOf: d.AsOf, FiguresAsOf: d.FiguresAsOf, Projects: d.Projects}
		if x.Projects == nil {
			x.Projects = []string{}
		}
		if d.Error != "" {
			msg := d.Error
			x.Error = &msg
		}
		return e.element(x)
	}, func(p *dossier.Project) error {
		if !inProjects {
			e.endList()
			e.w.WriteString(",\n  \"projects\": [")
			inProjects = true
		}
		return e.element(p)
	})
	if err != nil {
		return err
	}
	if !inProjects {
		e.endList()
		e.w.WriteString(",\n  \"projects\": [")
	}
	e.endList()
	e.w.WriteString("\n}\n")
	return e.w.Flush()
}
