package report

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// face is one of the three embedded Go fonts.
type face int

const (
	regular face = iota
	bold
	italic
)

// fontFamily is the name the Go fonts are registered under in every PDF.
const fontFamily = "go"

var faceTTF = [...][]byte{regular: goregular.TTF, bold: gobold.TTF, italic: goitalic.TTF}

// faceStyle is gofpdf's style string for each face.
var faceStyle = [...]string{regular: "", bold: "B", italic: "I"}

// metrics are the glyph advances of the embedded fonts, read once through
// gofpdf itself so that our line breaks use exactly the widths gofpdf writes
// into the PDF.
type metrics struct {
	// covered[r] is set when every face has a glyph for r.
	covered []bool
	// widths[f][r] is r's advance in face f, in thousandths of an em.
	widths [3][]uint16
}

var loadMetrics = sync.OnceValue(func() *metrics {
	m := &metrics{covered: make([]bool, 0x10000)}
	var fonts [3]*sfnt.Font
	for f, ttf := range faceTTF {
		parsed, err := sfnt.Parse(ttf)
		if err != nil {
			// The fonts are compiled in; failing to parse them is a broken build.
			panic("report: parse embedded Go font: " + err.Error())
		}
		fonts[f] = parsed
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		ok := true
		for _, fn := range fonts {
			if i, err := fn.GlyphIndex(&buf, r); err != nil || i == 0 {
				ok = false
				break
			}
		}
		m.covered[r] = ok
	}
	pdf := gofpdf.New("P", "pt", "A4", "")
	for f := range faceTTF {
		pdf.AddUTF8FontFromBytes(fontFamily, faceStyle[f], faceTTF[f])
		pdf.SetFont(fontFamily, faceStyle[f], 1000)
		w := make([]uint16, 0x10000)
		for r, ok := range m.covered {
			if ok {
				w[r] = uint16(pdf.GetStringSymbolWidth(string(rune(r))))
			}
		}
		m.widths[f] = w
	}
	if err := pdf.Error(); err != nil {
		panic("report: measure embedded Go fonts: " + err.Error())
	}
	return m
})

// width is the advance of s (already cleaned) set in face f at size pt.
func (m *metrics) width(s string, f face, size float64) float64 {
	var units int
	for _, r := range s {
		if r < 0x10000 {
			units += int(m.widths[f][r])
		}
	}
	return float64(units) * size / 1000
}

// clean makes text from a source safe to set in the embedded fonts: every
// run of white space becomes one space, invisible format characters go, a
// character the fonts lack becomes its compatibility decomposition where
// that is covered ("ﬁ" is "fi") and else U+FFFD. gofpdf indexes its width
// tables by rune and writes two-byte codes, so nothing outside what the
// fonts cover may reach it.
func clean(s string) string {
	m := loadMetrics()
	s = norm.NFC.String(s) // "e" and a combining acute become the covered "é"
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	wrote := false
	emit := func(r rune) {
		if space && wrote {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		wrote = true
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\u00a0' || r == '\u202f' || r == '\u2007':
			emit('\u00a0') // kept: the writer never breaks a line there
		case unicode.IsSpace(r):
			space = true
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			// soft hyphen and zero-width characters: nothing to draw
		case r == '\u2010' || r == '\u2011':
			emit('-')
		case r == utf8.RuneError && n == 1:
			emit('\ufffd')
		case unicode.IsControl(r):
			space = true
		case unicode.Is(unicode.Mn, r):
			// A combining mark left after composing: gofpdf cannot place it
			// over its letter, so the base letter stands alone.
		case r < 0x10000 && m.covered[r]:
			emit(r)
		default:
			repl := []rune(norm.NFKD.String(string(r)))
			okAll := len(repl) > 0
			for _, d := range repl {
				if !unicode.Is(unicode.Mn, d) && !(d < 0x10000 && m.covered[d]) {
					okAll = false
				}
			}
			if !okAll {
				emit('\ufffd')
				continue
			}
			for _, d := range repl {
				if !unicode.Is(unicode.Mn, d) {
					emit(d)
				}
			}
		}
	}
	return b.String()
}
