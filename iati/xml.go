package iati

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
)

const (
	// Version names how this package reads IATI files into facts: ingest
	// reads stored IATI documents again when it changes.
	Version = "1"
	// StandardVersion is the version of the IATI standard written.
	StandardVersion = "2.03"
	// Namespace is dossier's namespace for what IATI cannot say; the schema
	// lets any element carry elements and attributes of another namespace.
	Namespace = "https://github.com/dossier-dev/dossier/iati"
	// prefix is Namespace's prefix in the files dossier writes.
	prefix = "dossier"
)

// File is an iati-activities document.
type File struct {
	Version    string     `xml:"version,attr"`
	Generated  string     `xml:"generated-datetime,attr"`
	Activities []Activity `xml:"iati-activity"`
}

// Activity is one iati-activity: the elements dossier writes and reads, in
// the schema's order. Elements dossier neither writes nor reads (sectors,
// budgets, results…) are skipped when read.
type Activity struct {
	Lang             string             `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	DefaultCurrency  string             `xml:"default-currency,attr"`
	LastUpdated      string             `xml:"last-updated-datetime,attr"`
	Identifier       string             `xml:"iati-identifier"`
	ReportingOrg     *ReportingOrg      `xml:"reporting-org"`
	Title            []Narrative        `xml:"title>narrative"`
	Descriptions     []Description      `xml:"description"`
	Participating    []ParticipatingOrg `xml:"participating-org"`
	OtherIdentifiers []OtherIdentifier  `xml:"other-identifier"`
	Status           *Code              `xml:"activity-status"`
	Dates            []ActivityDate     `xml:"activity-date"`
	Contacts         []Contact          `xml:"contact-info"`
	Countries        []Recipient        `xml:"recipient-country"`
	Regions          []Recipient        `xml:"recipient-region"`
	Transactions     []Transaction      `xml:"transaction"`
	DocumentLinks    []DocumentLink     `xml:"document-link"`
	Related          []Related          `xml:"related-activity"`

	// Dossier's own elements, after IATI's.
	Envelope      *Envelope         `xml:"https://github.com/dossier-dev/dossier/iati envelope"`
	Contributions []ExtContribution `xml:"https://github.com/dossier-dev/dossier/iati contribution"`
	Aliases       []ExtText         `xml:"https://github.com/dossier-dev/dossier/iati alias"`
	RegionNames   []ExtText         `xml:"https://github.com/dossier-dev/dossier/iati region-name"`
	Predecessors  []ExtText         `xml:"https://github.com/dossier-dev/dossier/iati predecessor"`
	Successors    []ExtText         `xml:"https://github.com/dossier-dev/dossier/iati successor"`
}

// Narrative is a text in one language.
type Narrative struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Text string `xml:",chardata"`
}

// ReportingOrg is the reporting-org element.
type ReportingOrg struct {
	Ref        string      `xml:"ref,attr"`
	Type       string      `xml:"type,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// Description is a description of one type (1 general, 2 objectives).
type Description struct {
	Type       string      `xml:"type,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// ParticipatingOrg is an organisation in a role (1 funding, 4
// implementing).
type ParticipatingOrg struct {
	Ref        string      `xml:"ref,attr"`
	Type       string      `xml:"type,attr"`
	Role       string      `xml:"role,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// OtherIdentifier is another code for the activity; Scheme is dossier's
// name for whose code it is ("coe-project-code").
type OtherIdentifier struct {
	Ref    string `xml:"ref,attr"`
	Type   string `xml:"type,attr"`
	Scheme string `xml:"https://github.com/dossier-dev/dossier/iati scheme,attr"`
}

// Code is an element that only carries a code.
type Code struct {
	Code string `xml:"code,attr"`
}

// ActivityDate is a planned or actual start or end. Precision is dossier's:
// "month" or "year" when the source gave no day (the ISO date is then the
// period's first day for a start and its last day for an end).
type ActivityDate struct {
	Type       string      `xml:"type,attr"`
	ISODate    string      `xml:"iso-date,attr"`
	Precision  string      `xml:"https://github.com/dossier-dev/dossier/iati precision,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// Contact is a contact-info element.
type Contact struct {
	Organisation []Narrative `xml:"organisation>narrative"`
	Department   []Narrative `xml:"department>narrative"`
	PersonName   []Narrative `xml:"person-name>narrative"`
	JobTitle     []Narrative `xml:"job-title>narrative"`
	Telephone    []string    `xml:"telephone"`
	Email        []string    `xml:"email"`
	Website      []string    `xml:"website"`
}

// Recipient is a recipient-country or recipient-region.
type Recipient struct {
	Code       string      `xml:"code,attr"`
	Vocabulary string      `xml:"vocabulary,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// Transaction is a financial transaction; dossier writes incoming
// commitments (type 11), one for each donor's contribution.
type Transaction struct {
	Type        Code        `xml:"transaction-type"`
	Date        DateElem    `xml:"transaction-date"`
	Value       Value       `xml:"value"`
	Description []Narrative `xml:"description>narrative"`
	Provider    *TxOrg      `xml:"provider-org"`
	Receiver    *TxOrg      `xml:"receiver-org"`
}

// DateElem is an element that only carries an ISO date.
type DateElem struct {
	ISODate string `xml:"iso-date,attr"`
}

// Value is an amount with its currency; EUREquivalent is dossier's, the
// amount in euros where a source gives one.
type Value struct {
	Amount        string `xml:",chardata"`
	Currency      string `xml:"currency,attr"`
	ValueDate     string `xml:"value-date,attr"`
	EUREquivalent string `xml:"https://github.com/dossier-dev/dossier/iati eur-equivalent,attr"`
}

// TxOrg is a transaction's provider or receiver.
type TxOrg struct {
	Ref        string      `xml:"ref,attr"`
	Narratives []Narrative `xml:"narrative"`
}

// DocumentLink is a source document.
type DocumentLink struct {
	URL        string      `xml:"url,attr"`
	Format     string      `xml:"format,attr"`
	Title      []Narrative `xml:"title>narrative"`
	Categories []Code      `xml:"category"`
	Date       *DateElem   `xml:"document-date"`
}

// Related is a related-activity: another activity's identifier and how it
// relates (3 sibling for dossier's predecessor and successor).
type Related struct {
	Ref  string `xml:"ref,attr"`
	Type string `xml:"type,attr"`
}

// Envelope is dossier's budget for the whole period, which IATI budgets
// (a year at most each) cannot hold.
type Envelope struct {
	Amount    string `xml:"amount,attr"`
	Currency  string `xml:"currency,attr"`
	Qualifier string `xml:"qualifier,attr"`
}

// ExtContribution is a donor's contribution that no transaction can carry:
// no source dates it.
type ExtContribution struct {
	Donor         string `xml:"donor,attr"`
	Amount        string `xml:"amount,attr"`
	Currency      string `xml:"currency,attr"`
	EUREquivalent string `xml:"eur-equivalent,attr"`
}

// ExtText is one of dossier's text elements (alias, region name,
// predecessor, successor).
type ExtText struct {
	Text string `xml:",chardata"`
}

// encoder writes elements token by token, so the output is the same bytes
// on every run and the namespace is declared once.
type encoder struct {
	e   *xml.Encoder
	err error
	// declare puts the namespace declaration on the next start tag: on
	// the root of a file, or of an element written alone.
	declare bool
}

func newEncoder(w io.Writer, indent bool) *encoder {
	e := xml.NewEncoder(w)
	if indent {
		e.Indent("", "  ")
	}
	return &encoder{e: e}
}

// start opens an element; attrs are name, value pairs, and a pair with an
// empty value is left out.
func (w *encoder) start(name string, attrs ...string) {
	if w.err != nil {
		return
	}
	se := xml.StartElement{Name: xml.Name{Local: name}}
	if w.declare {
		se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: "xmlns:" + prefix}, Value: Namespace})
		w.declare = false
	}
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] != "" {
			se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
	}
	w.err = w.e.EncodeToken(se)
}

func (w *encoder) end(name string) {
	if w.err == nil {
		w.err = w.e.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}})
	}
}

func (w *encoder) text(s string) {
	if w.err == nil {
		w.err = w.e.EncodeToken(xml.CharData(s))
	}
}

// leaf writes an element with text content.
func (w *encoder) leaf(name, text string, attrs ...string) {
	w.start(name, attrs...)
	w.text(text)
	w.end(name)
}

func (w *encoder) narratives(ns []Narrative) {
	for _, n := range ns {
		w.leaf("narrative", n.Text, "xml:lang", n.Lang)
	}
}

// textual writes an element of narratives, or nothing when there are none.
func (w *encoder) textual(name string, ns []Narrative, attrs ...string) {
	if len(ns) == 0 {
		return
	}
	w.start(name, attrs...)
	w.narratives(ns)
	w.end(name)
}

func (w *encoder) flush() error {
	if w.err != nil {
		return w.err
	}
	return w.e.Flush()
}

// ext is the qualified name of one of dossier's elements or attributes.
func ext(name string) string { return prefix + ":" + name }

// Encode writes the file: an XML declaration, then iati-activities.
func (f *File) Encode(out io.Writer) error {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	w := newEncoder(&buf, true)
	w.declare = true
	w.start("iati-activities", "version", f.Version, "generated-datetime", f.Generated)
	for i := range f.Activities {
		f.Activities[i].encode(w)
	}
	w.end("iati-activities")
	if err := w.flush(); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err := out.Write(selfClose(buf.Bytes()))
	return err
}

// emptyElement is a start tag closed at once by its end tag. Text and
// attribute values are escaped ("<" and quotes as entities), so a match
// is always markup.
var emptyElement = regexp.MustCompile(`<([A-Za-z_][-\w.:]*)((?:\s+[^\s="<>]+="[^"<>]*")*)></([A-Za-z_][-\w.:]*)>`)

// selfClose writes each empty element as one tag: <a x="1"/> for
// <a x="1"></a>, which encoding/xml never does.
func selfClose(b []byte) []byte {
	matches := emptyElement.FindAllSubmatchIndex(b, -1)
	if len(matches) == 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	last := 0
	for _, m := range matches {
		name := b[m[2]:m[3]]
		if !bytes.Equal(name, b[m[6]:m[7]]) {
			continue
		}
		out = append(out, b[last:m[0]]...)
		out = append(out, '<')
		out = append(out, name...)
		out = append(out, b[m[4]:m[5]]...)
		out = append(out, '/', '>')
		last = m[1]
	}
	return append(out, b[last:]...)
}

func (a *Activity) encode(w *encoder) {
	w.start("iati-activity", "xml:lang", a.Lang, "default-currency", a.DefaultCurrency, "last-updated-datetime", a.LastUpdated)
	for _, el := range a.elements() {
		el.encode(w)
	}
	w.end("iati-activity")
}

// element is one child of an iati-activity, written alone as a block's
// text or in place in a file.
type element struct {
	// name is the element's name as written, with dossier's prefix for
	// dossier's elements.
	name   string
	encode func(w *encoder)
	// ext says the element uses dossier's namespace.
	ext bool
}

// elements lists a's children in the schema's order.
func (a *Activity) elements() []element {
	var out []element
	add := func(name string, ext bool, fn func(w *encoder)) {
		out = append(out, element{name: name, encode: fn, ext: ext})
	}
	if a.Identifier != "" {
		add("iati-identifier", false, func(w *encoder) { w.leaf("iati-identifier", a.Identifier) })
	}
	if o := a.ReportingOrg; o != nil {
		add("reporting-org", false, func(w *encoder) {
			w.start("reporting-org", "ref", o.Ref, "type", o.Type)
			w.narratives(o.Narratives)
			w.end("reporting-org")
		})
	}
	if len(a.Title) > 0 {
		add("title", false, func(w *encoder) { w.textual("title", a.Title) })
	}
	for _, d := range a.Descriptions {
		add("description", false, func(w *encoder) { w.textual("description", d.Narratives, "type", d.Type) })
	}
	for _, p := range a.Participating {
		add("participating-org", false, func(w *encoder) {
			w.start("participating-org", "ref", p.Ref, "type", p.Type, "role", p.Role)
			w.narratives(p.Narratives)
			w.end("participating-org")
		})
	}
	for _, o := range a.OtherIdentifiers {
		add("other-identifier", o.Scheme != "", func(w *encoder) {
			w.start("other-identifier", "ref", o.Ref, "type", o.Type, ext("scheme"), o.Scheme)
			w.end("other-identifier")
		})
	}
	if s := a.Status; s != nil {
		add("activity-status", false, func(w *encoder) {
			w.start("activity-status", "code", s.Code)
			w.end("activity-status")
		})
	}
	for _, d := range a.Dates {
		add("activity-date", d.Precision != "", func(w *encoder) {
			w.start("activity-date", "type", d.Type, "iso-date", d.ISODate, ext("precision"), d.Precision)
			w.narratives(d.Narratives)
			w.end("activity-date")
		})
	}
	for _, c := range a.Contacts {
		add("contact-info", false, func(w *encoder) {
			w.start("contact-info")
			w.textual("organisation", c.Organisation)
			w.textual("department", c.Department)
			w.textual("person-name", c.PersonName)
			w.textual("job-title", c.JobTitle)
			for _, t := range c.Telephone {
				w.leaf("telephone", t)
			}
			for _, e := range c.Email {
				w.leaf("email", e)
			}
			for _, u := range c.Website {
				w.leaf("website", u)
			}
			w.end("contact-info")
		})
	}
	for _, r := range a.Countries {
		add("recipient-country", false, func(w *encoder) {
			w.start("recipient-country", "code", r.Code)
			w.narratives(r.Narratives)
			w.end("recipient-country")
		})
	}
	for _, r := range a.Regions {
		add("recipient-region", false, func(w *encoder) {
			w.start("recipient-region", "code", r.Code, "vocabulary", r.Vocabulary)
			w.narratives(r.Narratives)
			w.end("recipient-region")
		})
	}
	for _, t := range a.Transactions {
		add("transaction", t.Value.EUREquivalent != "", func(w *encoder) {
			w.start("transaction")
			w.start("transaction-type", "code", t.Type.Code)
			w.end("transaction-type")
			w.start("transaction-date", "iso-date", t.Date.ISODate)
			w.end("transaction-date")
			w.leaf("value", t.Value.Amount, "currency", t.Value.Currency, "value-date", t.Value.ValueDate, ext("eur-equivalent"), t.Value.EUREquivalent)
			w.textual("description", t.Description)
			for _, o := range []struct {
				name string
				org  *TxOrg
			}{{"provider-org", t.Provider}, {"receiver-org", t.Receiver}} {
				if o.org != nil {
					w.start(o.name, "ref", o.org.Ref)
					w.narratives(o.org.Narratives)
					w.end(o.name)
				}
			}
			w.end("transaction")
		})
	}
	for _, d := range a.DocumentLinks {
		add("document-link", false, func(w *encoder) {
			w.start("document-link", "url", d.URL, "format", d.Format)
			w.textual("title", d.Title)
			for _, c := range d.Categories {
				w.start("category", "code", c.Code)
				w.end("category")
			}
			if d.Date != nil {
				w.start("document-date", "iso-date", d.Date.ISODate)
				w.end("document-date")
			}
			w.end("document-link")
		})
	}
	for _, r := range a.Related {
		add("related-activity", false, func(w *encoder) {
			w.start("related-activity", "ref", r.Ref, "type", r.Type)
			w.end("related-activity")
		})
	}
	if e := a.Envelope; e != nil {
		add(ext("envelope"), true, func(w *encoder) {
			w.start(ext("envelope"), "amount", e.Amount, "currency", e.Currency, "qualifier", e.Qualifier)
			w.end(ext("envelope"))
		})
	}
	for _, c := range a.Contributions {
		add(ext("contribution"), true, func(w *encoder) {
			w.start(ext("contribution"), "donor", c.Donor, "amount", c.Amount, "currency", c.Currency, "eur-equivalent", c.EUREquivalent)
			w.end(ext("contribution"))
		})
	}
	for _, list := range []struct {
		name  string
		texts []ExtText
	}{{"alias", a.Aliases}, {"region-name", a.RegionNames}, {"predecessor", a.Predecessors}, {"successor", a.Successors}} {
		for _, t := range list.texts {
			add(ext(list.name), true, func(w *encoder) { w.leaf(ext(list.name), t.Text) })
		}
	}
	return out
}

// snippets writes elements alone, one after another, with one encoder.
type snippets struct {
	buf bytes.Buffer
	w   *encoder
}

func newSnippets() *snippets {
	s := &snippets{}
	s.w = newEncoder(&s.buf, false)
	return s
}

// write is el alone, with the namespace declared on it if it uses
// dossier's.
func (s *snippets) write(el element) (string, error) {
	s.buf.Reset()
	s.w.declare = el.ext
	el.encode(s.w)
	if err := s.w.flush(); err != nil {
		return "", err
	}
	return string(selfClose(s.buf.Bytes())), nil
}
