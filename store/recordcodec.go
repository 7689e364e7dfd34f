package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/dossier-dev/dossier"
)

// A record is kept as JSON that reads back to the same dossier.Project:
// unlike the export's shape, a value keeps its kind and every field, a
// list field says it is one, and an empty list stays apart from none, so
// the export and every page made from a stored record are the ones a
// fresh reconciliation would make.

type storedValue struct {
	Kind         dossier.ValueKind     `json:"k"`
	Text         string                `json:"t,omitempty"`
	Date         *dossier.Date         `json:"d,omitempty"`
	Int          int                   `json:"i,omitempty"`
	Money        *dossier.Money        `json:"m,omitempty"`
	Contribution *dossier.Contribution `json:"c,omitempty"`
	Quantity     *dossier.Quantity     `json:"q,omitempty"`
	Contact      *dossier.Contact      `json:"p,omitempty"`
	Identifier   *dossier.Identifier   `json:"id,omitempty"`
}

func toStoredValue(v dossier.Value) storedValue { return storedValue(v) }

func (v storedValue) value() dossier.Value { return dossier.Value(v) }

func toStoredValues(vs []dossier.Value) []storedValue {
	if vs == nil {
		return nil
	}
	out := make([]storedValue, len(vs))
	for i, v := range vs {
		out[i] = toStoredValue(v)
	}
	return out
}

func fromStoredValues(vs []storedValue) []dossier.Value {
	if vs == nil {
		return nil
	}
	out := make([]dossier.Value, len(vs))
	for i, v := range vs {
		out[i] = v.value()
	}
	return out
}

type storedCandidate struct {
	Value   storedValue      `json:"v"`
	Sources []dossier.Source `json:"s"`
	Chosen  bool             `json:"ch,omitempty"`
	Scope   string           `json:"sc,omitempty"`
	Cause   string           `json:"ca,omitempty"`
}

type storedDecision struct {
	ID       int64         `json:"id"`
	Project  string        `json:"project"`
	Field    string        `json:"field"`
	Value    storedValue   `json:"v"`
	List     []storedValue `json:"l"`
	IsList   bool          `json:"il,omitempty"`
	Reviewer string        `json:"reviewer"`
	Note     string        `json:"note"`
	Time     time.Time     `json:"time"`
}

type storedField struct {
	Value      *storedValue      `json:"v,omitempty"`
	List       []storedValue     `json:"l"`
	IsList     bool              `json:"il,omitempty"`
	Status     string            `json:"st"`
	Rule       string            `json:"r"`
	Cause      *string           `json:"ca"`
	Candidates []storedCandidate `json:"c"`
	Decision   *storedDecision   `json:"d,omitempty"`
	Stale      bool              `json:"stale,omitempty"`
}

type storedProject struct {
	ID          string                 `json:"id"`
	Title       string                 `json:"title"`
	Aliases     []string               `json:"aliases"`
	Identifiers []dossier.Identifier   `json:"identifiers"`
	Predecessor *string                `json:"pred"`
	Successor   *string                `json:"succ"`
	Fields      map[string]storedField `json:"fields"`
	Documents   []string               `json:"documents"`
}

func toStoredField(f dossier.Field) storedField {
	s := storedField{List: toStoredValues(f.List), IsList: f.IsList, Status: f.Status, Rule: f.Rule, Cause: f.Cause, Stale: f.Stale}
	if f.Value != nil {
		v := toStoredValue(*f.Value)
		s.Value = &v
	}
	if f.Candidates != nil {
		s.Candidates = make([]storedCandidate, len(f.Candidates))
		for i, c := range f.Candidates {
			s.Candidates[i] = storedCandidate{Value: toStoredValue(c.Value), Sources: c.Sources, Chosen: c.Chosen, Scope: c.Scope, Cause: c.Cause}
		}
	}
	if d := f.Decision; d != nil {
		s.Decision = &storedDecision{ID: d.ID, Project: d.Project, Field: d.Field, Value: toStoredValue(d.Value), List: toStoredValues(d.List),
			IsList: d.IsList, Reviewer: d.Reviewer, Note: d.Note, Time: d.Time}
	}
	return s
}

func (s storedField) field() dossier.Field {
	f := dossier.Field{List: fromStoredValues(s.List), IsList: s.IsList, Status: s.Status, Rule: s.Rule, Cause: s.Cause, Stale: s.Stale}
	if s.Value != nil {
		v := s.Value.value()
		f.Value = &v
	}
	if s.Candidates != nil {
		f.Candidates = make([]dossier.Candidate, len(s.Candidates))
		for i, c := range s.Candidates {
			f.Candidates[i] = dossier.Candidate{Value: c.Value.value(), Sources: c.Sources, Chosen: c.Chosen, Scope: c.Scope, Cause: c.Cause}
		}
	}
	if d := s.Decision; d != nil {
		f.Decision = &dossier.Decision{ID: d.ID, Project: d.Project, Field: d.Field, Value: d.Value.value(), List: fromStoredValues(d.List),
			IsList: d.IsList, Reviewer: d.Reviewer, Note: d.Note, Time: d.Time}
	}
	return f
}

// encodeRecord writes p as a stored record.
func encodeRecord(p *dossier.Project) ([]byte, error) {
	s := storedProject{ID: p.ID, Title: p.Title, Aliases: p.Aliases, Identifiers: p.Identifiers,
		Predecessor: p.Predecessor, Successor: p.Successor, Documents: p.Documents}
	if p.Fields != nil {
		s.Fields = make(map[string]storedField, len(p.Fields))
		for name, f := range p.Fields {
			s.Fields[name] = toStoredField(f)
		}
	}
	var buf bytes.Buffer
	w := flaters.Get().(*flate.Writer)
	defer flaters.Put(w)
	w.Reset(&buf)
	if err := json.NewEncoder(w).Encode(s); err != nil {
		return nil, fmt.Errorf("encode record %s: %w", p.ID, err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("encode record %s: %w", p.ID, err)
	}
	return buf.Bytes(), nil
}

// Records are compressed: a candidate's sources repeat the quotes of its
// facts, and the same words stand in many fields, so a record shrinks to
// a fraction.
var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// decodeRecord reads a stored record back.
func decodeRecord(b []byte) (*dossier.Project, error) {
	var s storedProject
	r := flate.NewReader(bytes.NewReader(b))
	defer r.Close()
	if err := json.NewDecoder(r).Decode(&s); err != nil {
		return nil, fmt.Errorf("decode record: %w", err)
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, fmt.Errorf("decode record: %w", err)
	}
	p := &dossier.Project{ID: s.ID, Title: s.Title, Aliases: s.Aliases, Identifiers: s.Identifiers,
		Predecessor: s.Predecessor, Successor: s.Successor, Documents: s.Documents}
	if s.Fields != nil {
		p.Fields = make(map[string]dossier.Field, len(s.Fields))
		for name, f := range s.Fields {
			p.Fields[name] = f.field()
		}
	}
	return p, nil
}

// summaryFields are the fields a list of projects shows.
var summaryFields = []string{dossier.FieldStart, dossier.FieldEnd, dossier.FieldStatus}

// encodeSummary keeps the fields lists show, without their candidates.
func encodeSummary(p *dossier.Project) ([]byte, error) {
	m := map[string]storedField{}
	for _, name := range summaryFields {
		if f, ok := p.Fields[name]; ok {
			f.Candidates, f.Decision = nil, nil
			m[name] = toStoredField(f)
		}
	}
	return json.Marshal(m)
}

func decodeSummary(b []byte) (map[string]dossier.Field, error) {
	var m map[string]storedField
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode summary: %w", err)
	}
	out := make(map[string]dossier.Field, len(m))
	for name, f := range m {
		out[name] = f.field()
	}
	return out, nil
}
