package pdftext

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// standard is StandardEncoding (Annex D.2): ASCII but for the quotes at
// 0x27 and 0x60, and Adobe's own upper half.
var standard = func() [256]rune {
	var t [256]rune
	for i := range t {
		t[i] = noRune
	}
	for c := 0x20; c < 0x7F; c++ {
		t[c] = rune(c)
	}
	t[0x27] = '\u2019' // quoteright
	t[0x60] = '\u2018' // quoteleft
	upper := map[int]rune{
		0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§',
		0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
		0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•',
		0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿',
		0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙',
		0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—',
		0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ',
		0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
	}
	for c, r := range upper {
		t[c] = r
	}
	return t
}()

// baseEncoding returns the table of a named simple encoding, or nil.
func baseEncoding(name string) *[256]rune {
	switch name {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	case "PDFDocEncoding":
		return &pdfDoc
	}
	return nil
}

// glyphRune returns the rune a glyph name stands for: an Adobe Glyph List
// name ("eacute", "endash", "Euro"), "uniXXXX" or "uXXXX[XX]", with any
// ".suffix" (small caps, alternates) dropped. For ligature names joined by
// "_" ("f_f_i") it returns the first component; GlyphText gives all.
func glyphRune(name string) (rune, bool) {
	s := GlyphText(name)
	if s == "" {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, true
}

// GlyphText returns the text a glyph name stands for, "" if unknown.
func GlyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			t := GlyphText(part)
			if t == "" {
				return ""
			}
			b.WriteString(t)
		}
		return b.String()
	}
	if r, ok := glyphRunes[name]; ok {
		return string(r)
	}
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		// uniXXXX, or several code units uniXXXXYYYY for a ligature.
		var units []uint16
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			units = append(units, uint16(v))
		}
		s := string(utf16.Decode(units))
		if strings.ContainsRune(s, utf8.RuneError) {
			return "" // a lone surrogate names no character
		}
		return s
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		v, err := strconv.ParseUint(name[1:], 16, 32)
		if err != nil || v > utf8.MaxRune || (v >= 0xD800 && v < 0xE000) {
			return ""
		}
		return string(rune(v))
	}
	return ""
}

// DecodeTextString decodes a PDF text string (§7.9.2.2), as the Info
// dictionary holds: UTF-16BE after a byte order mark, UTF-8 after its
// mark (PDF 2.0), otherwise PDFDocEncoding.
func DecodeTextString(s string) string {
	switch {
	case len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF:
		return unitsString(utf16Units([]byte(s[2:])))
	case len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF:
		return strings.ToValidUTF8(s[3:], "\uFFFD")
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		r := pdfDoc[s[i]]
		if r == noRune {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
