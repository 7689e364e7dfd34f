// Package extract reads a document's bytes (PDF, HTML or an IATI activity
// file) into a dossier.Document: text blocks in reading order, each with where it came
// from (PDF page and position, HTML element path), the title, metadata and
// the date the document speaks from.
//
// Extractors plug into one registry keyed by media type; Default lists them
// all. Only this package imports the PDF and HTML libraries.
package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/iati"
)

// Version names this package's way of reading documents. Raise it when a
// change reads documents differently: stores re-read what an older version
// read.
const Version = "23"

// Media types the registry knows.
const (
	MediaPDF  = "application/pdf"
	MediaHTML = "text/html"
)

// Source is a document's bytes and where they were read from.
type Source struct {
	// Name is the path or URL the bytes came from.
	Name string
	Data []byte
	// ContentType is the HTTP Content-Type header, if the bytes came over HTTP.
	ContentType string
}

// ID returns the document id of the bytes: "sha256:" and the hex digest.
func ID(data []byte) string {
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Limits bounds the work one document may cause.
type Limits struct {
	PDF PDFLimits
	// MaxHTMLBytes is the largest HTML page read, in bytes.
	MaxHTMLBytes int64
}

// DefaultLimits are the limits used where none are given.
func DefaultLimits() Limits {
	return Limits{
		PDF:          PDFLimits{MaxPages: 500, MaxStreamBytes: 64 << 20},
		MaxHTMLBytes: 20 << 20,
	}
}

// Extractor reads one kind of document.
type Extractor interface {
	// Extract fills doc's blocks, title, metadata and pages from src.
	Extract(ctx context.Context, src Source, lim Limits, doc *dossier.Document) error
}

// Registry maps media types to extractors.
type Registry struct {
	byType map[string]Extractor
	kinds  map[string]dossier.Kind
}

// Register adds an extractor for a media type producing documents of kind.
func (r *Registry) Register(mediaType string, kind dossier.Kind, e Extractor) {
	if r.byType == nil {
		r.byType = map[string]Extractor{}
		r.kinds = map[string]dossier.Kind{}
	}
	r.byType[mediaType] = e
	r.kinds[mediaType] = kind
}

// Default returns the registry with every extractor dossier has.
func Default() *Registry {
	var r Registry
	r.Register(MediaPDF, dossier.KindPDF, pdfExtractor{})
	r.Register(MediaHTML, dossier.KindHTML, htmlExtractor{})
	r.Register(MediaIATI, dossier.KindIATI, iatiExtractor{})
	return &r
}

// Errors that name why a document could not be read.
var (
	ErrEmpty       = errors.New("empty file")
	ErrUnsupported = errors.New("unsupported document type")
	ErrBinary      = errors.New("binary content, not a web page")
	ErrTooLarge    = errors.New("too large")
)

// Extract detects src's media type, runs its extractor and returns the
// document. On failure it still returns the document (id, source, kind,
// size) with Error set, and the error, so callers can record the failure.
func (r *Registry) Extract(ctx context.Context, src Source, lim Limits) (*dossier.Document, error) {
	doc := &dossier.Document{ID: ID(src.Data), Source: src.Name, Size: int64(len(src.Data))}
	err := r.extract(ctx, src, lim, doc)
	if err != nil {
		doc.Blocks = nil
		doc.Error = oneLine(err.Error())
		return doc, fmt.Errorf("%s: %w", src.Name, err)
	}
	return doc, nil
}

func (r *Registry) extract(ctx context.Context, src Source, lim Limits, doc *dossier.Document) (err error) {
	// A panic in a parser is this document's error, never the batch's end.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error reading document: %v", p)
		}
	}()
	mt, err := DetectMediaType(src)
	if err != nil {
		return err
	}
	e, ok := r.byType[mt]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnsupported, mt)
	}
	doc.Kind = r.kinds[mt]
	if err := e.Extract(ctx, src, lim, doc); err != nil {
		return err
	}
	stripDocumentControls(doc)
	if doc.AsOf == nil {
		doc.AsOf, doc.AsOfQuote, doc.FiguresAsOf = AsOfAndFigures(doc.Blocks, doc.Meta)
	}
	if doc.AsOf == nil {
		doc.AsOf, doc.AsOfQuote = TitleDate(doc.Title, doc.Meta[dossier.MetaPageTitle])
	}
	return nil
}

// DetectMediaType says whether src is a PDF or a web page, from its bytes
// first, then its declared type and name. A binary file named .html is not
// a web page.
func DetectMediaType(src Source) (string, error) {
	data := src.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.Contains(head, []byte("%PDF-")) {
		return MediaPDF, nil
	}
	if iati.Sniff(data) {
		return MediaIATI, nil
	}
	declared := ""
	if src.ContentType != "" {
		if mt, _, err := mime.ParseMediaType(src.ContentType); err == nil {
			declared = mt
		}
	}
	ext := strings.ToLower(path.Ext(stripQuery(src.Name)))
	sniffed, _, _ := strings.Cut(http.DetectContentType(data), ";")
	switch {
	case declared == MediaPDF || ext == ".pdf":
		// Named PDF but no header: say so rather than guessing HTML.
		return "", errors.New("not a PDF: no %PDF header")
	case sniffed == MediaHTML:
		return MediaHTML, nil
	case sniffed == "text/plain" || sniffed == "text/xml":
		if declared == MediaHTML || declared == "application/xhtml+xml" || ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == "" {
			return MediaHTML, nil
		}
		return "", fmt.Errorf("%w: %s", ErrUnsupported, sniffed)
	case declared == MediaHTML || ext == ".html" || ext == ".htm":
		return "", ErrBinary
	default:
		return "", fmt.Errorf("%w: %s", ErrUnsupported, sniffed)
	}
}

func stripQuery(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		return name[:i]
	}
	return name
}

// maxReason is the longest reason kept: a parser's message can quote
// kilobytes of the file it choked on.
const maxReason = 300

// oneLine folds an error message onto one line, so a document's reason
// always fits a listing.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxReason {
		s = string(r[:maxReason-1]) + "…"
	}
	return s
}

// stripDocumentControls removes control and bidirectional formatting characters from
// everything a document's text gives: a title with "\x1b]0;…\x07" or a
// donor written "\u202eadanaC\u202c" must not reach a terminal, a store or
// a report as it came. Line breaks and the tabs between a row's cells stay.
func stripDocumentControls(doc *dossier.Document) {
	doc.Title = stripControls(doc.Title)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		b.Text = stripControls(b.Text)
		b.Label = stripControls(b.Label)
	}
	for k, v := range doc.Meta {
		doc.Meta[k] = stripControls(v)
	}
}

func stripControls(s string) string {
	clean := true
	for _, r := range s {
		if isStripped(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isStripped(r) {
			return -1
		}
		return r
	}, s)
}

// isStripped reports C0 and C1 controls other than line break and tab,
// and the bidi embeddings, overrides, isolates and marks.
func isStripped(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
