package report

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"github.com/dossier-dev/dossier/report/internal/gofpdf"
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

// preparedFonts are the three faces parsed once per process, for every
// report, also rendered at the same time: parsing them for each report was
// half of its time.
var preparedFonts = sync.OnceValue(func() [3]*gofpdf.UTF8Font {
	var out [3]*gofpdf.UTF8Font
	for f, ttf := range faceTTF {
		font, err := gofpdf.PrepareUTF8Font(fontFamily, faceStyle[f], ttf)
		if err != nil {
			// The fonts are compiled in; failing to parse them is a broken build.
			panic("report: prepare embedded Go font: " + err.Error())
		}
		out[f] = font
	}
	return out
})

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
// run of white space becomes one space, invisible format characters go
// (bidi controls among them: gofpdf does not reorder, so the text stays in
// the order it is stored), a character the fonts lack becomes its
// compatibility decomposition where that is covered ("ﬁ" is "fi"), a run
// of a script the fonts lack becomes its script's name in brackets
// ("[Arabic]", "[CJK]"; see scriptName), and anything else U+FFFD. gofpdf
// indexes its width tables by rune and writes two-byte codes, so nothing
// outside what the fonts cover may reach it.
func clean(s string) string {
	m := loadMetrics()
	s = norm.NFC.String(s) // "e" and a combining acute become the covered "é"
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	wrote := false
	inScript := "" // the placeholder just written, while only spaces follow it
	emitString := func(t string) {
		if space && wrote {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(t)
		wrote = true
		inScript = ""
	}
	emit := func(r rune) { emitString(string(r)) }
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
		case unicode.Is(unicode.Cf, r):
			// Other invisible format characters (bidi controls, the
			// Arabic letter mark): nothing to draw.
		default:
			repl := []rune(norm.NFKD.String(string(r)))
			okAll := len(repl) > 0
			for _, d := range repl {
				if !unicode.Is(unicode.Mn, d) && !(d < 0x10000 && m.covered[d]) {
					okAll = false
				}
			}
			if okAll {
				for _, d := range repl {
					if !unicode.Is(unicode.Mn, d) {
						emit(d)
					}
				}
				continue
			}
			name := scriptName(r)
			if name == "" {
				emit('\ufffd')
				continue
			}
			ph := "[" + name + "]"
			if inScript == ph {
				space = false // one placeholder for a run of words
				continue
			}
			emitString(ph)
			inScript = ph
		}
	}
	return b.String()
}

// scriptName names the script of a letter the fonts lack, for the
// placeholder that stands for it: "Arabic", "Hebrew", "CJK" (Chinese,
// Japanese, Korean), "Thai"; "" for symbols and marks of no one script.
//
// Why placeholders and not more fonts: gofpdf neither shapes text nor
// reorders right-to-left runs, so Arabic drawn from a font would be
// unjoined letters in reverse order, and Hebrew reversed: a wrong name
// that looks right. No Go module ships a CJK font; Debian's (Noto CJK,
// WenQuanYi) are 10-20 MB a face, Noto's in CFF outlines that gofpdf
// cannot embed, and gofpdf parses a whole font for every report. A marked
// gap is honest; the export keeps every name as written.
func scriptName(r rune) string {
	for _, s := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo} {
		if unicode.Is(s, r) {
			return "CJK"
		}
	}
	if unicode.Is(unicode.Common, r) || unicode.Is(unicode.Inherited, r) {
		return ""
	}
	// unicode.Scripts is a map; a letter is in one script only, so the
	// order of the search does not matter.
	for name, table := range unicode.Scripts {
		if unicode.Is(table, r) {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	return ""
}

// scriptsLacking lists, sorted, the scripts of s that the fonts lack and
// clean shows as placeholders.
func scriptsLacking(s string) []string {
	m := loadMetrics()
	seen := map[string]bool{}
	for _, r := range s {
		if r < 0x10000 && m.covered[r] || r < 0x80 {
			continue
		}
		if name := scriptName(r); name != "" && clean(string(r)) == "["+name+"]" {
			seen[name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
