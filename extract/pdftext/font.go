package pdftext

import (
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// font is what text decoding needs of a PDF font dictionary (§9.5–9.10):
// how to split strings into character codes, each code's text and width.
type font struct {
	name      string
	bold      bool
	composite bool // Type0: codes by CMap, widths by CID

	// Composite fonts.
	encCMap *CMap // an embedded encoding CMap; nil for Identity-H/V
	ucs2    bool  // a predefined UCS-2 CMap: codes are UTF-16BE
	// byToUnicode: a predefined CMap other than Identity and UCS-2, whose
	// codespace only the ToUnicode CMap tells.
	byToUnicode bool
	cidW        map[int]float64
	cidRange    []widthRange
	dw          float64

	// Simple fonts: text by the encoding, width by /FirstChar and /Widths.
	enc      [256]string
	first    int
	widths   []float64
	missingW float64

	toUnicode *CMap
	wscale    float64 // glyph-space width units to text space (1/1000, or Type 3's FontMatrix)
	hscale    float64 // glyph height relative to the font size: 1 except for Type 3
}

type widthRange struct {
	lo, hi int
	w      float64
}

// char is one decoded character code.
type char struct {
	text  string
	w     float64 // advance in text space per unit of font size
	space bool    // the single-byte code 32, to which word spacing applies
}

// maxWidthEntries bounds how much of a /W array is read.
const maxWidthEntries = 1 << 16

// loadFont reads a font dictionary. It reads the ToUnicode and embedded
// CMap streams through rd, which applies the document's byte budget.
func loadFont(v pdf.Value, rd func(pdf.Value) ([]byte, error), maxCMap int) *font {
	f := &font{wscale: 0.001, hscale: 1, dw: 1000}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:] // drop the subset tag "ABCDEF+"
	}
	f.name = base
	desc := v.Key("FontDescriptor")
	subtype := v.Key("Subtype").Name()

	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if data, err := rd(tu); err == nil || len(data) > 0 {
			f.toUnicode, _ = ParseCMap(data, maxCMap)
		}
	}

	if subtype == "Type0" {
		f.composite = true
		d := v.Key("DescendantFonts").Index(0)
		if desc.IsNull() {
			desc = d.Key("FontDescriptor")
		}
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.readCIDWidths(d.Key("W"))
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case pdf.Stream:
			if data, err := rd(enc); err == nil || len(data) > 0 {
				f.encCMap, _ = ParseCMap(data, maxCMap)
			}
		case pdf.Name:
			n := enc.Name()
			f.ucs2 = strings.Contains(n, "UCS2") || strings.Contains(n, "UTF16")
			f.byToUnicode = !f.ucs2 && n != "Identity-H" && n != "Identity-V" && f.toUnicode.hasSpace()
		}
	} else {
		f.readSimpleEncoding(v, subtype, desc, base, rd)
		f.first = int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		for i := 0; i < w.Len() && i < 256; i++ {
			f.widths = append(f.widths, w.Index(i).Float64())
		}
		f.missingW = desc.Key("MissingWidth").Float64()
		if subtype == "Type3" {
			// Type 3 glyph widths are in the glyph space FontMatrix maps to
			// text space, not thousandths.
			m := v.Key("FontMatrix")
			if a := m.Index(0).Float64(); m.Len() == 6 && a != 0 && !math.IsInf(a, 0) && !math.IsNaN(a) {
				f.wscale = math.Abs(a)
				if d := math.Abs(m.Index(3).Float64()); d > 0 && d < 1e3 {
					f.hscale = d * 1000
				}
			}
		}
	}

	lower := strings.ToLower(base)
	weight := desc.Key("FontWeight").Float64()
	flags := desc.Key("Flags").Int64()
	f.bold = weight >= 600 || flags&(1<<18) != 0 ||
		strings.Contains(lower, "bold") || strings.Contains(lower, "black") ||
		strings.Contains(lower, "heavy") || strings.Contains(lower, "semibold") ||
		strings.Contains(lower, "demi")
	return f
}

// readSimpleEncoding fills f.enc from /Encoding: a base encoding by name or
// in a dictionary with /Differences, else the font's built-in encoding
// (Symbol, ZapfDingbats, or one an embedded Type 1 program declares), else
// the font type's usual default.
func (f *font) readSimpleEncoding(v pdf.Value, subtype string, desc pdf.Value, base string, rd func(pdf.Value) ([]byte, error)) {
	table := &standard
	if subtype == "TrueType" {
		table = &winAnsi
	}
	enc := v.Key("Encoding")
	var diffs pdf.Value
	var named *[256]rune
	switch enc.Kind() {
	case pdf.Name:
		named = baseEncoding(enc.Name())
	case pdf.Dict:
		named = baseEncoding(enc.Key("BaseEncoding").Name())
		diffs = enc.Key("Differences")
	}
	builtin := false
	switch {
	case named != nil:
		table = named
	case builtinByName(base) != nil:
		table = builtinByName(base)
	case subtype == "Type1" || subtype == "MMType1":
		if ff := desc.Key("FontFile"); ff.Kind() == pdf.Stream {
			if prog, err := rd(ff); err == nil || len(prog) > 0 {
				f.enc, builtin = Type1Encoding(prog)
			}
		}
	}
	if !builtin {
		for c, r := range table {
			if r != noRune {
				f.enc[c] = foldCompat(string(r))
			}
		}
	}
	code := -1
	for i := 0; i < diffs.Len() && i < 1024; i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			code = int(x.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				f.enc[code] = foldCompat(GlyphText(x.Name()))
			}
			code++
		}
	}
}

// readCIDWidths reads a CID font's /W array: "c [w1 w2 …]" gives widths
// from CID c on, "c1 c2 w" one width for a range.
func (f *font) readCIDWidths(w pdf.Value) {
	f.cidW = map[int]float64{}
	n := w.Len()
	for i := 0; i < n && len(f.cidW)+len(f.cidRange) < maxWidthEntries; {
		first := w.Index(i)
		if first.Kind() != pdf.Integer && first.Kind() != pdf.Real {
			i++
			continue
		}
		c := int(first.Float64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < maxWidthEntries; j++ {
				f.cidW[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 < n {
			f.cidRange = append(f.cidRange, widthRange{c, int(next.Float64()), w.Index(i + 2).Float64()})
		}
		i += 3
	}
}

func (f *font) cidWidth(cid int) float64 {
	if w, ok := f.cidW[cid]; ok {
		return w
	}
	for _, r := range f.cidRange {
		if cid >= r.lo && cid <= r.hi {
			return r.w
		}
	}
	return f.dw
}

// decode splits s into character codes and gives each its text and width.
func (f *font) decode(s []byte, out []char) []char {
	if !f.composite {
		for _, b := range s {
			c := codeKey{1, uint32(b)}
			text, ok := f.toUnicode.unicode(c)
			if !ok {
				text = f.enc[b]
			} else {
				text = foldCompat(text)
			}
			w := f.missingW
			if i := int(b) - f.first; i >= 0 && i < len(f.widths) {
				w = f.widths[i]
			} else if len(f.widths) == 0 {
				w = 500 // no metrics (an unembedded standard font): half an em
			}
			out = append(out, char{text: text, w: w * f.wscale, space: b == ' '})
		}
		return out
	}
	for len(s) > 0 {
		var c codeKey
		switch {
		case f.encCMap.hasSpace():
			c, s = f.encCMap.nextCode(s)
		case f.byToUnicode:
			c, s = f.toUnicode.nextCode(s)
		default: // Identity-H/V and the UCS-2 CMaps use two-byte codes
			if len(s) == 1 {
				c, s = codeKey{1, uint32(s[0])}, s[1:]
			} else {
				c, s = codeKey{2, uint32(s[0])<<8 | uint32(s[1])}, s[2:]
			}
		}
		cid := int(c.code)
		if f.encCMap != nil {
			if v, ok := f.encCMap.cid(c); ok {
				cid = v
			}
		}
		text, ok := f.toUnicode.unicode(c)
		if !ok && f.ucs2 && c.n == 2 {
			text = unitsString([]uint16{uint16(c.code)})
		}
		text = foldCompat(text)
		out = append(out, char{text: text, w: f.cidWidth(cid) * f.wscale, space: c.n == 1 && c.code == ' '})
	}
	return out
}
