// Package dossier holds the domain types that every stage of the pipeline
// shares: a Document read from a source, the Facts extracted from it, and the
// Projects, Fields, Candidates and Decisions that reconciliation builds.
//
// It imports only the standard library, so extract, normalize, reconcile,
// report and store can all use it without importing one another.
package dossier

import (
	"time"
)

// Kind is the format a document was read from.
type Kind string

// Document kinds, as the export contract names them; an IATI activity
// file is the third kind.
const (
	KindPDF  Kind = "pdf"
	KindHTML Kind = "html"
	KindIATI Kind = "iati"
)

// BlockRole says what a block of text is in its document's structure.
type BlockRole string

// Block roles. A pair is a label with its value (dl/dt/dd, a two-column table
// row, a "Label: value" line); a cell is one row of a wider table, its
// columns joined by tabs.
const (
	RoleHeading   BlockRole = "heading"
	RoleParagraph BlockRole = "paragraph"
	RoleItem      BlockRole = "item"
	RolePair      BlockRole = "pair"
	RoleRow       BlockRole = "row"
	// RoleMargin marks page furniture: running headers and footers and
	// page numbers. It is text of the document, but states no fact.
	RoleMargin BlockRole = "margin"
)

// Rect is a position on a PDF page in points, origin at the top left.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Block is one unit of text in reading order, with where it came from.
type Block struct {
	Role BlockRole `json:"role"`
	// Label is set on pairs: the label, without its trailing colon.
	Label string `json:"label,omitempty"`
	// Text is the block's text; for a pair, the value.
	Text string `json:"text"`
	// Page is the 1-based PDF page, 0 for HTML.
	Page int `json:"page,omitempty"`
	// Box is the block's position on its PDF page.
	Box *Rect `json:"box,omitempty"`
	// FontSize is the largest font size in the block (PDF), which tells big
	// key figures and headings from body text.
	FontSize float64 `json:"font_size,omitempty"`
	// Path is the HTML element path (e.g. "html>body>main>dl>dd[2]").
	Path string `json:"path,omitempty"`
	// Section is the text of the nearest heading above the block.
	Section string `json:"section,omitempty"`
}

// MetaSite is the Document.Meta key of the name of the site a web page
// belongs to (og:site_name, or what its <title> gives after the headline):
// the publisher's name, never a project's.
const MetaSite = "dossier:site"

// MetaPageTitle is the Document.Meta key of a web page's <title> as
// written, when the document's Title is another headline: it may say
// what the headline does not ("Ana Petrović – Programme Officer").
const MetaPageTitle = "dossier:page-title"

// MetaLang is the Document.Meta key of the language the document declares
// for itself (a web page's lang attribute, a PDF catalog's /Lang), as
// written: "es", "fr-BE".
const MetaLang = "dossier:lang"

// Document is a source read into text blocks with provenance.
type Document struct {
	// ID is "sha256:" and the hex digest of the bytes.
	ID     string `json:"id"`
	Source string `json:"source"`
	Kind   Kind   `json:"kind"`
	Title  string `json:"title"`
	// AsOf is the date the document speaks from, nil if it states none.
	AsOf *Date `json:"as_of"`
	// AsOfQuote is the text the as-of date was read from.
	AsOfQuote string `json:"as_of_quote,omitempty"`
	// FiguresAsOf is the date the document's figures stand at, where it
	// states one other than AsOf: a report published in March 2023 ("Bonn,
	// im März 2023") gives its table "Stand: 31.12.2022". nil otherwise.
	FiguresAsOf *Date `json:"figures_as_of,omitempty"`
	// Meta holds what the file says of itself: a PDF's Info dictionary,
	// a page's meta tags, and MetaSite.
	Meta   map[string]string `json:"meta,omitempty"`
	Pages  int               `json:"pages,omitempty"`
	Size   int64             `json:"size"`
	Blocks []Block           `json:"blocks,omitempty"`
	// Extractor names the version of the code that read the document and
	// found its facts; a document read by an older version is read again.
	Extractor string `json:"extractor,omitempty"`
	// Error is a one-line reason the document could not be read, or "".
	Error      string    `json:"error,omitempty"`
	IngestedAt time.Time `json:"ingested_at"`
}

// Text returns the document's blocks as plain text, one block a line, pairs
// as "Label: value".
func (d *Document) Text() string {
	var n int
	for _, b := range d.Blocks {
		n += len(b.Label) + len(b.Text) + 3
	}
	buf := make([]byte, 0, n)
	for _, b := range d.Blocks {
		if b.Label != "" {
			buf = append(buf, b.Label...)
			buf = append(buf, ": "...)
		}
		buf = append(buf, b.Text...)
		buf = append(buf, '\n')
	}
	return string(buf)
}

// FactsAsOf is the date the document's facts stand at: FiguresAsOf where
// the document gives one, else AsOf. Reconciliation orders sources by it:
// a report's table as at December is older than a factsheet of March,
// even when the report was published in May.
func (d *Document) FactsAsOf() *Date {
	if d.FiguresAsOf != nil {
		return d.FiguresAsOf
	}
	return d.AsOf
}
