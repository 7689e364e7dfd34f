// Package csvexport writes reconciled records and facts as CSV for
// spreadsheets and analysts: RFC 4180 (every record ends in CRLF, a field
// with a comma, a quote or a line break is quoted, quotes doubled), UTF-8,
// a header row first. Every value is written as it is: a line break inside
// a value stays a line break inside its quoted field.
package csvexport

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-dev/dossier"
)

// FieldColumns are the columns of WriteFields, in order.
var FieldColumns = []string{"project", "title", "field", "value", "value_json", "status", "cause", "rule", "candidates", "sources"}

// FactColumns are the columns of WriteFacts, in order.
var FactColumns = []string{"document", "source", "kind", "as_of", "as_of_precision", "page", "project", "project_name", "field", "value", "value_json", "scope", "raw", "quote", "extractor"}

// Document is what a fact's row says of its document.
type Document struct {
	Source string
	Kind   dossier.Kind
	AsOf   *dossier.Date
}

// WriteFields writes one row per project and field: the chosen value as a
// person reads it (a list's members one per line) and as the export
// contract's JSON, the field's status, cause and rule, how many candidates
// it has and how many documents state it. Projects come in the order
// given; fields in the contract's order, then by name.
func WriteFields(w io.Writer, projects []dossier.Project) error {
	cw := newWriter(w)
	if err := cw.Write(FieldColumns); err != nil {
		return err
	}
	for _, p := range projects {
		for _, name := range fieldOrder(p) {
			f := p.Fields[name]
			human, js, err := value(f)
			if err != nil {
				return err
			}
			cause := ""
			if f.Cause != nil {
				cause = *f.Cause
			}
			docs := map[string]bool{}
			for _, c := range f.Candidates {
				for _, s := range c.Sources {
					docs[s.Document] = true
				}
			}
			row := []string{p.ID, p.Title, name, human, js, f.Status, cause, f.Rule, strconv.Itoa(len(f.Candidates)), strconv.Itoa(len(docs))}
			if err := cw.Write(clean(row)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteFacts writes one row per fact with its provenance: the document
// (id, source, kind, as-of date), the page, the project it was reconciled
// into (by the name the document gives, among projects' titles and
// aliases) and that name, the field, the value as a person reads it and as
// JSON, the scope, the raw text, the quote and the rule that found it.
func WriteFacts(w io.Writer, facts []dossier.Fact, docs map[string]Document, projects []dossier.Project) error {
	byName := map[string]string{}
	for _, p := range projects {
		for _, n := range append([]string{p.Title}, p.Aliases...) {
			if _, taken := byName[n]; !taken {
				byName[n] = p.ID
			}
		}
	}
	cw := newWriter(w)
	if err := cw.Write(FactColumns); err != nil {
		return err
	}
	for _, f := range facts {
		d := docs[f.Document]
		asOf, precision := "", ""
		if d.AsOf != nil {
			asOf, precision = d.AsOf.String(), string(d.AsOf.Precision)
		}
		page := ""
		if f.Page > 0 {
			page = strconv.Itoa(f.Page)
		}
		js, err := json.Marshal(f.Value)
		if err != nil {
			return err
		}
		row := []string{f.Document, d.Source, string(d.Kind), asOf, precision, page, byName[f.Project], f.Project,
			f.Field, f.Value.String(), string(js), f.Scope, f.Raw, f.Quote, f.Extractor}
		if err := cw.Write(clean(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func newWriter(w io.Writer) *csv.Writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw
}

// clean makes each cell read back as it was written: a reader of CSV
// takes a CRLF inside a quoted field for a line break, so a CR before a
// line feed goes, and a lone CR becomes a line break.
func clean(row []string) []string {
	for i, s := range row {
		if strings.Contains(s, "\r") {
			s = strings.ReplaceAll(s, "\r\n", "\n")
			row[i] = strings.ReplaceAll(s, "\r", "\n")
		}
	}
	return row
}

// fieldOrder is the contract's fields first, in its order, then the
// others by name.
func fieldOrder(p dossier.Project) []string {
	var out []string
	seen := map[string]bool{}
	for _, name := range dossier.ContractFields {
		if _, ok := p.Fields[name]; ok {
			out = append(out, name)
			seen[name] = true
		}
	}
	var rest []string
	for name := range p.Fields {
		if !seen[name] {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// value is a field's value as a person reads it (a list's members one a
// line; "" for none) and as the export contract's JSON.
func value(f dossier.Field) (human, js string, err error) {
	var v any
	switch {
	case f.IsList:
		list := f.List
		if list == nil {
			list = []dossier.Value{}
		}
		parts := make([]string, len(list))
		for i, m := range list {
			parts[i] = m.String()
		}
		human, v = strings.Join(parts, "\n"), list
	case f.Value != nil:
		human, v = f.Value.String(), *f.Value
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", "", err
	}
	return human, string(b), nil
}
