package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract/pdftext"
)

// PDFLimits bounds the work one PDF may cause.
type PDFLimits struct {
	MaxPages       int   // default 500
	MaxStreamBytes int64 // decompressed content-stream bytes per document, default 64 MiB
}

// PDFResult is what ReadPDF reads from a PDF.
type PDFResult struct {
	Title  string            // from the Info dictionary /Title (decoded: PDFDocEncoding or UTF-16BE), or ""
	Meta   map[string]string // Info dict: Author, Subject, Creator, Producer, CreationDate …
	Pages  int
	Blocks []dossier.Block // Role heading/paragraph/item/pair/row; Page; Box; FontSize
}

// ErrEncrypted reports an encrypted PDF that cannot be read: one that needs
// a user password, or uses an encryption the PDF library cannot open. A
// PDF with an owner password only (permissions, no password to open) is
// read, except with 40-bit RC4 keys, whose streams the library decrypts
// with a wrong object key.
var ErrEncrypted = errors.New("encrypted PDF")

// ErrPDFTooLarge reports a PDF over its PDFLimits.
var ErrPDFTooLarge = errors.New("PDF over limits")

// ReadPDF reads a PDF's text into blocks in reading order, with page,
// position and font size.
//
// It never panics: a panic inside the PDF library becomes an error
// ("malformed PDF: …"). Encrypted PDFs give ErrEncrypted. ctx cancellation
// is checked between pages. A page that cannot be read whole gives the text
// read from it; a document from which no text at all could be read, and
// that had such errors, gives the first of them.
func ReadPDF(ctx context.Context, data []byte, lim PDFLimits) (res PDFResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res = PDFResult{}
			err = fmt.Errorf("malformed PDF: %v", p)
		}
	}()
	if lim.MaxPages <= 0 {
		lim.MaxPages = 500
	}
	if lim.MaxStreamBytes <= 0 {
		lim.MaxStreamBytes = 64 << 20
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return PDFResult{}, fmt.Errorf("malformed PDF: %w", ErrEmpty)
	}
	doc, err := openPDF(data)
	if err != nil {
		return PDFResult{}, err
	}
	res.Meta, res.Title = pdfInfo(doc)

	pages, err := pdftext.Pages(doc, lim.MaxPages)
	if errors.Is(err, pdftext.ErrTooManyPages) {
		return PDFResult{}, fmt.Errorf("%w: more than %d pages", ErrPDFTooLarge, lim.MaxPages)
	}
	if err != nil {
		return PDFResult{}, fmt.Errorf("malformed PDF: %w", err)
	}
	if len(pages) == 0 {
		return PDFResult{}, errors.New("malformed PDF: no pages")
	}
	res.Pages = len(pages)

	rd := pdftext.NewReader(pdftext.Limits{MaxStreamBytes: lim.MaxStreamBytes})
	var lay layout
	var firstErr error
	// The layout keeps no glyph (addPage makes fragments of them), so
	// each page is read into the array the page before it used.
	var glyphs []pdftext.Glyph
	for i, pv := range pages {
		if err := ctx.Err(); err != nil {
			return PDFResult{}, fmt.Errorf("read PDF page %d: %w", i+1, err)
		}
		page, err := rd.PageInto(pv, glyphs)
		glyphs = page.Glyphs
		if errors.Is(err, pdftext.ErrTooLarge) {
			return PDFResult{}, fmt.Errorf("%w: page %d: %v", ErrPDFTooLarge, i+1, err)
		}
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("malformed PDF: page %d: %w", i+1, err)
		}
		lay.addPage(i+1, page)
	}
	res.Blocks = lay.blocks()
	if len(res.Blocks) == 0 && firstErr != nil {
		return PDFResult{}, firstErr
	}
	return res, nil
}

// openPDF opens data with the PDF library, first mending two things it
// rejects that readers accept: bytes before the header or a header it does
// not know ("%PDF-2.0"), and bytes after the last %%EOF.
func openPDF(data []byte) (*pdf.Reader, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	start := bytes.Index(head, []byte("%PDF-"))
	if start < 0 {
		return nil, errors.New("malformed PDF: no %PDF header")
	}
	end := bytes.LastIndex(data, []byte("%%EOF"))
	if end < start {
		return nil, errors.New("malformed PDF: no %%EOF marker")
	}
	body := data[start : end+len("%%EOF")]
	if len(body) >= 9 && (body[5] != '1' || body[7] < '0' || body[7] > '7' || (body[8] != '\n' && body[8] != '\r')) {
		// The library wants "%PDF-1.x" and an end of line; the version says
		// nothing we use, so a copy gets a header it accepts, of the same
		// length so that every offset stays put.
		body = append([]byte(nil), body...)
		copy(body, "%PDF-1.7\n")
	}
	// Bytes before the header are dropped: offsets count from the header,
	// as readers that accept such files assume.
	if err := pdftext.CheckStructure(body); err != nil {
		return nil, fmt.Errorf("malformed PDF: %w", err)
	}
	doc, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		msg := err.Error()
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt") {
			// The library's own message may already say so.
			msg = strings.TrimSpace(strings.TrimPrefix(msg, ErrEncrypted.Error()+":"))
			return nil, fmt.Errorf("%w: %s", ErrEncrypted, msg)
		}
		if strings.HasPrefix(msg, "malformed PDF") {
			return nil, err
		}
		return nil, fmt.Errorf("malformed PDF: %w", err)
	}
	if enc := doc.Trailer().Key("Encrypt"); !enc.IsNull() {
		// The library hashes each object's key to 16 bytes where the
		// standard cuts it to the file key's length plus 5 (§7.6.3.3,
		// algorithm 1): right for 128-bit keys, wrong for 40-bit ones.
		if bits := enc.Key("Length").Int64(); enc.Key("V").Int64() < 2 || bits == 0 || bits < 128 {
			return nil, fmt.Errorf("%w: %d-bit RC4, which the PDF library cannot decrypt", ErrEncrypted, max(bits, 40))
		}
	}
	return doc, nil
}

// pdfInfo reads the Info dictionary's text entries.
func pdfInfo(doc *pdf.Reader) (map[string]string, string) {
	info := doc.Trailer().Key("Info")
	meta := map[string]string{}
	for i, k := range info.Keys() {
		if i >= 64 {
			break
		}
		v := info.Key(k)
		var s string
		switch v.Kind() {
		case pdf.String:
			s = pdftext.DecodeTextString(v.RawString())
		case pdf.Name:
			s = v.Name()
		default:
			continue
		}
		s = strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
		if utf8.RuneCountInString(s) > 4096 {
			s = string([]rune(s)[:4096])
		}
		if s != "" {
			meta[k] = s
		}
	}
	// The catalog's /Lang is the language the producer declares for the
	// document's text (LibreOffice and Chromium write it).
	if l := doc.Trailer().Key("Root").Key("Lang"); l.Kind() == pdf.String {
		if s := strings.TrimSpace(strings.ToValidUTF8(pdftext.DecodeTextString(l.RawString()), "")); s != "" && len(s) <= 35 {
			meta[dossier.MetaLang] = s
		}
	}
	if len(meta) == 0 {
		meta = nil
	}
	return meta, meta["Title"]
}
