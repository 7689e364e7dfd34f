// Package pdftext decodes the text that PDF pages show, with positions.
//
// It interprets a page's content streams itself (the text state, the
// graphics state, form XObjects), decodes each string by its font's
// ToUnicode CMap, encoding and widths, and gives every glyph its place on
// the page. It reads the file's objects through github.com/ledongthuc/pdf,
// whose own text decoding gets fonts outside WinAnsi, MacRoman and
// Identity-H wrong and whose text comes in content-stream order.
//
// Every loop is bounded by Limits, so hostile input costs bounded work.
package pdftext

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/ledongthuc/pdf"
)

// Glyph is one character code drawn on a page.
type Glyph struct {
	// Text is the code's Unicode text: usually one rune, several for a
	// ligature, "" when the font gives no way to know.
	Text string
	// X and Y are the glyph's origin on the baseline, in points from the
	// top left corner of the page as displayed (after /Rotate).
	X, Y float64
	// W is the glyph's advance along the baseline, in points.
	W float64
	// Size is the font size as drawn, in points.
	Size float64
	// Font is the font's base name without a subset tag.
	Font string
	// Bold reports a bold font (by name, weight or flags).
	Bold bool
	// Rotated marks glyphs whose baseline is not left to right.
	Rotated bool
}

// Page is a page's size as displayed and the glyphs drawn on it, in the
// order the content streams draw them.
type Page struct {
	Width, Height float64
	Glyphs        []Glyph
}

// Limits bounds the work one document may cause.
type Limits struct {
	// MaxStreamBytes bounds the decompressed bytes of the content streams,
	// form XObjects and CMaps read for all pages of a document.
	MaxStreamBytes int64
	// MaxOps bounds the operators interpreted on one page, forms included.
	MaxOps int
	// MaxDepth bounds the nesting of form XObjects.
	MaxDepth int
	// MaxCMapEntries bounds the mappings of one CMap.
	MaxCMapEntries int
}

// DefaultLimits are generous for real documents.
var DefaultLimits = Limits{
	MaxStreamBytes: 64 << 20,
	MaxOps:         4 << 20,
	MaxDepth:       12,
	MaxCMapEntries: 1 << 17,
}

// ErrTooLarge reports a document past its Limits.
var ErrTooLarge = errors.New("PDF over limits")

// Reader decodes pages of one document, sharing fonts and the byte budget
// between them. It is not safe for concurrent use.
type Reader struct {
	lim   Limits
	used  int64
	fonts map[string]*font
}

// NewReader returns a Reader with lim, zero fields taking DefaultLimits.
func NewReader(lim Limits) *Reader {
	if lim.MaxStreamBytes <= 0 {
		lim.MaxStreamBytes = DefaultLimits.MaxStreamBytes
	}
	if lim.MaxOps <= 0 {
		lim.MaxOps = DefaultLimits.MaxOps
	}
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultLimits.MaxDepth
	}
	if lim.MaxCMapEntries <= 0 {
		lim.MaxCMapEntries = DefaultLimits.MaxCMapEntries
	}
	return &Reader{lim: lim, fonts: map[string]*font{}}
}

// readStream returns a stream's decoded bytes, charged to the budget. A
// panic in the PDF library (an unsupported filter, a broken object)
// becomes an error. A stream that fails part way returns what it gave.
func (r *Reader) readStream(v pdf.Value) (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("stream: %v", p)
		}
	}()
	if v.Kind() != pdf.Stream {
		return nil, nil
	}
	rc := v.Reader()
	defer rc.Close()
	left := r.lim.MaxStreamBytes - r.used
	data, err = io.ReadAll(io.LimitReader(rc, left+1))
	r.used += int64(len(data))
	if int64(len(data)) > left {
		return data[:left], fmt.Errorf("content streams over %d bytes: %w", r.lim.MaxStreamBytes, ErrTooLarge)
	}
	if err != nil {
		return data, fmt.Errorf("stream: %w", err)
	}
	return data, nil
}

// font returns the font a resource dictionary names, parsed once per
// document.
func (r *Reader) font(v pdf.Value) *font {
	key := v.String()
	if f, ok := r.fonts[key]; ok {
		return f
	}
	f := loadFont(v, r.readStream, r.lim.MaxCMapEntries)
	r.fonts[key] = f
	return f
}

// Page decodes one page dictionary. On an error it still returns the
// glyphs read so far; errors wrapping ErrTooLarge mean the document is over
// its limits, others that a stream of this page could not be read whole.
func (r *Reader) Page(page pdf.Value) (p Page, err error) {
	return r.PageInto(page, nil)
}

// PageInto is Page with the glyphs appended to glyphs[:0]: a caller done
// with one page's glyphs before it reads the next gives them back, and a
// document's pages are read into one array, not each into arrays grown
// from nothing (a page draws thousands of glyphs).
func (r *Reader) PageInto(page pdf.Value, glyphs []Glyph) (p Page, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("malformed page: %v", x)
		}
	}()
	p.Glyphs = glyphs[:0]
	box, toPage := pageSpace(page)
	p.Width, p.Height = box[0], box[1]
	in := &interp{r: r, out: &p, opsLeft: r.lim.MaxOps}
	res := inherited(page, "Resources")
	contents := page.Key("Contents")
	var data []byte
	if contents.Kind() == pdf.Array {
		for i := 0; i < contents.Len() && i < 4096; i++ {
			d, e := r.readStream(contents.Index(i))
			data = append(data, d...)
			data = append(data, '\n') // streams split only between tokens
			if e != nil {
				err = e
				if errors.Is(e, ErrTooLarge) {
					break
				}
			}
		}
	} else {
		data, err = r.readStream(contents)
	}
	if errors.Is(err, ErrTooLarge) {
		return p, err
	}
	st := gstate{ctm: toPage, th: 1}
	if e := in.run(data, res, map[string]*font{}, st, 0); e != nil {
		return p, e
	}
	return p, err
}

// inherited looks a key up on a page and the page tree nodes above it.
func inherited(page pdf.Value, key string) pdf.Value {
	v := page
	for i := 0; i < 32 && !v.IsNull(); i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// pageSpace returns the page's displayed width and height and the matrix
// from its default user space to display space: origin at the top left of
// the crop box, y down, /Rotate applied.
func pageSpace(page pdf.Value) ([2]float64, matrix) {
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0 // US Letter when no box is given
	if b, ok := rectOf(inherited(page, "MediaBox")); ok {
		x0, y0, x1, y1 = b[0], b[1], b[2], b[3]
	}
	if b, ok := rectOf(inherited(page, "CropBox")); ok {
		x0, y0 = math.Max(x0, b[0]), math.Max(y0, b[1])
		x1, y1 = math.Min(x1, b[2]), math.Min(y1, b[3])
		if x1 <= x0 || y1 <= y0 {
			x0, y0, x1, y1 = b[0], b[1], b[2], b[3]
		}
	}
	w, h := x1-x0, y1-y0
	rot := int(inherited(page, "Rotate").Int64()) % 360
	if rot < 0 {
		rot += 360
	}
	switch rot {
	case 90: // display x = y - y0, display y = x - x0
		return [2]float64{h, w}, matrix{0, 1, 1, 0, -y0, -x0}
	case 180: // display x = x1 - x, display y = y - y0
		return [2]float64{w, h}, matrix{-1, 0, 0, 1, x1, -y0}
	case 270: // display x = y1 - y, display y = x1 - x
		return [2]float64{h, w}, matrix{0, -1, -1, 0, y1, x1}
	}
	// display x = x - x0, display y = y1 - y
	return [2]float64{w, h}, matrix{1, 0, 0, -1, -x0, y1}
}

func rectOf(v pdf.Value) ([4]float64, bool) {
	if v.Kind() != pdf.Array || v.Len() != 4 {
		return [4]float64{}, false
	}
	var b [4]float64
	for i := range b {
		b[i] = v.Index(i).Float64()
		if math.IsNaN(b[i]) || math.IsInf(b[i], 0) {
			return b, false
		}
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	if b[2]-b[0] < 1 || b[3]-b[1] < 1 {
		return b, false
	}
	return b, true
}

// ErrTooManyPages reports a page tree with more pages than allowed.
var ErrTooManyPages = errors.New("too many pages")

// Pages returns the document's page dictionaries in order, walking the page
// tree itself: the library's Reader.Page loops forever on a tree whose
// node lists itself among its kids. More than limit pages is an error.
func Pages(doc *pdf.Reader, limit int) (pages []pdf.Value, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("page tree: %v", x)
		}
	}()
	root := doc.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return nil, errors.New("no page tree")
	}
	visits := 0
	var walk func(n pdf.Value, depth int) error
	walk = func(n pdf.Value, depth int) error {
		visits++
		if depth > 64 || visits > 4*limit+1024 {
			return errors.New("page tree too deep or cyclic")
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Pages" || kids.Kind() == pdf.Array {
			for i := 0; i < kids.Len(); i++ {
				if visits++; visits > 4*limit+1024 {
					return errors.New("page tree too large")
				}
				if k := kids.Index(i); k.Kind() == pdf.Dict {
					if err := walk(k, depth+1); err != nil {
						return err
					}
				}
			}
			return nil
		}
		if len(pages) >= limit {
			return fmt.Errorf("more than %d: %w", limit, ErrTooManyPages)
		}
		pages = append(pages, n)
		return nil
	}
	err = walk(root, 0)
	return pages, err
}
