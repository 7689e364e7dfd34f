package pdftext

import (
	"bytes"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Built-in encodings: the text of a simple font's codes when its
// dictionary names no base encoding. The standard Symbol and ZapfDingbats
// fonts carry their own (Annex D.5 and D.6); an embedded Type 1 program may
// declare one in its clear-text part, as TeX's math and symbol fonts do.

// builtinByName returns the built-in encoding of a standard 14 font that
// is not Latin text, by its base name: Symbol ("Symbol", "SymbolMT",
// "Symbol,Bold") or ZapfDingbats.
func builtinByName(base string) *[256]rune {
	switch {
	case base == "Symbol" || strings.HasPrefix(base, "Symbol,") || strings.HasPrefix(base, "Symbol-") || base == "SymbolMT":
		return &symbolEnc
	case strings.HasPrefix(base, "ZapfDingbats") || base == "Dingbats":
		return &zapfEnc
	}
	return nil
}

// maxType1Header bounds how much of an embedded Type 1 program is read for
// its encoding: the clear-text part, before eexec, is a few kilobytes.
const maxType1Header = 64 << 10

// Type1Encoding reads the built-in encoding of a Type 1 font program from
// its clear-text part: "/Encoding StandardEncoding def" or "/Encoding 256
// array … dup CODE /NAME put … readonly def". It returns the text of each
// code, and false if the program declares no encoding of its own (none,
// or StandardEncoding).
func Type1Encoding(prog []byte) (enc [256]string, ok bool) {
	if len(prog) > maxType1Header {
		prog = prog[:maxType1Header]
	}
	if i := bytes.Index(prog, []byte("eexec")); i >= 0 {
		prog = prog[:i]
	}
	at := bytes.Index(prog, []byte("/Encoding"))
	if at < 0 {
		return enc, false
	}
	l := &lexer{data: prog, pos: at + len("/Encoding")}
	t := l.next()
	if t.kind != kNum {
		return enc, false // StandardEncoding, or something we do not know
	}
	// dup CODE /NAME put, until def.
	var prev [3]operand
	for n := 0; n < 4*256+64; n++ {
		t := l.next()
		if t.kind == kEOF || t.kind == kOp && string(t.str) == "def" {
			break
		}
		if t.kind == kOp && string(t.str) == "put" && prev[0].kind == kOp && string(prev[0].str) == "dup" &&
			prev[1].kind == kNum && prev[2].kind == kName {
			if c := int(prev[1].num); c >= 0 && c < 256 && float64(c) == prev[1].num {
				if s := GlyphText(string(prev[2].str)); s != "" {
					enc[c] = foldCompat(s)
					ok = true
				}
			}
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], t
	}
	return enc, ok
}

// foldCompat writes presentation forms as the letters they join: the
// Latin ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), the Armenian and Hebrew ones
// and Arabic presentation forms (U+FB00–FDFF, U+FE70–FEFE) become their
// compatibility decomposition, so "Oﬃce" reads "Office". Other text is
// returned as it is.
func foldCompat(s string) string {
	if strings.IndexByte(s, 0xEF) < 0 { // every rune folded is U+F000 or above
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if presentationForm(r) {
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if presentationForm(r) {
					b.WriteString(norm.NFKC.String(string(r)))
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

func presentationForm(r rune) bool {
	return r >= 0xFB00 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE
}

// FoldCompat is foldCompat for other packages' tests and callers: the
// characters the reader writes as their letters.
func FoldCompat(s string) string { return foldCompat(s) }

// symbolEnc is the Symbol font's built-in encoding (Annex D.5), code to
// rune by the Adobe Glyph List names of its glyphs.
var symbolEnc = func() [256]rune {
	var t [256]rune
	for i := range t {
		t[i] = noRune
	}
	for c, r := range map[int]rune{
		0x20: 0x0020, // space
		0x21: 0x0021, // exclam
		0x22: 0x2200, // universal
		0x23: 0x0023, // numbersign
		0x24: 0x2203, // existential
		0x25: 0x0025, // percent
		0x26: 0x0026, // ampersand
		0x27: 0x220B, // suchthat
		0x28: 0x0028, // parenleft
		0x29: 0x0029, // parenright
		0x2A: 0x2217, // asteriskmath
		0x2B: 0x002B, // plus
		0x2C: 0x002C, // comma
		0x2D: 0x2212, // minus
		0x2E: 0x002E, // period
		0x2F: 0x002F, // slash
		0x30: 0x0030, // zero
		0x31: 0x0031, // one
		0x32: 0x0032, // two
		0x33: 0x0033, // three
		0x34: 0x0034, // four
		0x35: 0x0035, // five
		0x36: 0x0036, // six
		0x37: 0x0037, // seven
		0x38: 0x0038, // eight
		0x39: 0x0039, // nine
		0x3A: 0x003A, // colon
		0x3B: 0x003B, // semicolon
		0x3C: 0x003C, // less
		0x3D: 0x003D, // equal
		0x3E: 0x003E, // greater
		0x3F: 0x003F, // question
		0x40: 0x2245, // congruent
		0x41: 0x0391, // Alpha
		0x42: 0x0392, // Beta
		0x43: 0x03A7, // Chi
		0x44: 0x0394, // Delta: the Greek letter, not the increment sign
		0x45: 0x0395, // Epsilon
		0x46: 0x03A6, // Phi
		0x47: 0x0393, // Gamma
		0x48: 0x0397, // Eta
		0x49: 0x0399, // Iota
		0x4A: 0x03D1, // theta1
		0x4B: 0x039A, // Kappa
		0x4C: 0x039B, // Lambda
		0x4D: 0x039C, // Mu
		0x4E: 0x039D, // Nu
		0x4F: 0x039F, // Omicron
		0x50: 0x03A0, // Pi
		0x51: 0x0398, // Theta
		0x52: 0x03A1, // Rho
		0x53: 0x03A3, // Sigma
		0x54: 0x03A4, // Tau
		0x55: 0x03A5, // Upsilon
		0x56: 0x03C2, // sigma1
		0x57: 0x03A9, // Omega: the Greek letter, not the ohm sign
		0x58: 0x039E, // Xi
		0x59: 0x03A8, // Psi
		0x5A: 0x0396, // Zeta
		0x5B: 0x005B, // bracketleft
		0x5C: 0x2234, // therefore
		0x5D: 0x005D, // bracketright
		0x5E: 0x22A5, // perpendicular
		0x5F: 0x005F, // underscore
		0x60: 0xF8E5, // radicalex
		0x61: 0x03B1, // alpha
		0x62: 0x03B2, // beta
		0x63: 0x03C7, // chi
		0x64: 0x03B4, // delta
		0x65: 0x03B5, // epsilon
		0x66: 0x03C6, // phi
		0x67: 0x03B3, // gamma
		0x68: 0x03B7, // eta
		0x69: 0x03B9, // iota
		0x6A: 0x03D5, // phi1
		0x6B: 0x03BA, // kappa
		0x6C: 0x03BB, // lambda
		0x6D: 0x03BC, // mu: the Greek letter, not the micro sign
		0x6E: 0x03BD, // nu
		0x6F: 0x03BF, // omicron
		0x70: 0x03C0, // pi
		0x71: 0x03B8, // theta
		0x72: 0x03C1, // rho
		0x73: 0x03C3, // sigma
		0x74: 0x03C4, // tau
		0x75: 0x03C5, // upsilon
		0x76: 0x03D6, // omega1
		0x77: 0x03C9, // omega
		0x78: 0x03BE, // xi
		0x79: 0x03C8, // psi
		0x7A: 0x03B6, // zeta
		0x7B: 0x007B, // braceleft
		0x7C: 0x007C, // bar
		0x7D: 0x007D, // braceright
		0x7E: 0x223C, // similar
		0xA1: 0x03D2, // Upsilon1
		0xA2: 0x2032, // minute
		0xA3: 0x2264, // lessequal
		0xA4: 0x2044, // fraction
		0xA5: 0x221E, // infinity
		0xA6: 0x0192, // florin
		0xA7: 0x2663, // club
		0xA8: 0x2666, // diamond
		0xA9: 0x2665, // heart
		0xAA: 0x2660, // spade
		0xAB: 0x2194, // arrowboth
		0xAC: 0x2190, // arrowleft
		0xAD: 0x2191, // arrowup
		0xAE: 0x2192, // arrowright
		0xAF: 0x2193, // arrowdown
		0xB0: 0x00B0, // degree
		0xB1: 0x00B1, // plusminus
		0xB2: 0x2033, // second
		0xB3: 0x2265, // greaterequal
		0xB4: 0x00D7, // multiply
		0xB5: 0x221D, // proportional
		0xB6: 0x2202, // partialdiff
		0xB7: 0x2022, // bullet
		0xB8: 0x00F7, // divide
		0xB9: 0x2260, // notequal
		0xBA: 0x2261, // equivalence
		0xBB: 0x2248, // approxequal
		0xBC: 0x2026, // ellipsis
		0xBD: 0xF8E6, // arrowvertex
		0xBE: 0xF8E7, // arrowhorizex
		0xBF: 0x21B5, // carriagereturn
		0xC0: 0x2135, // aleph
		0xC1: 0x2111, // Ifraktur
		0xC2: 0x211C, // Rfraktur
		0xC3: 0x2118, // weierstrass
		0xC4: 0x2297, // circlemultiply
		0xC5: 0x2295, // circleplus
		0xC6: 0x2205, // emptyset
		0xC7: 0x2229, // intersection
		0xC8: 0x222A, // union
		0xC9: 0x2283, // propersuperset
		0xCA: 0x2287, // reflexsuperset
		0xCB: 0x2284, // notsubset
		0xCC: 0x2282, // propersubset
		0xCD: 0x2286, // reflexsubset
		0xCE: 0x2208, // element
		0xCF: 0x2209, // notelement
		0xD0: 0x2220, // angle
		0xD1: 0x2207, // gradient
		0xD2: 0xF6DA, // registerserif
		0xD3: 0xF6D9, // copyrightserif
		0xD4: 0xF6DB, // trademarkserif
		0xD5: 0x220F, // product
		0xD6: 0x221A, // radical
		0xD7: 0x22C5, // dotmath
		0xD8: 0x00AC, // logicalnot
		0xD9: 0x2227, // logicaland
		0xDA: 0x2228, // logicalor
		0xDB: 0x21D4, // arrowdblboth
		0xDC: 0x21D0, // arrowdblleft
		0xDD: 0x21D1, // arrowdblup
		0xDE: 0x21D2, // arrowdblright
		0xDF: 0x21D3, // arrowdbldown
		0xE0: 0x25CA, // lozenge
		0xE1: 0x2329, // angleleft
		0xE2: 0xF8E8, // registersans
		0xE3: 0xF8E9, // copyrightsans
		0xE4: 0xF8EA, // trademarksans
		0xE5: 0x2211, // summation
		0xE6: 0xF8EB, // parenlefttp
		0xE7: 0xF8EC, // parenleftex
		0xE8: 0xF8ED, // parenleftbt
		0xE9: 0xF8EE, // bracketlefttp
		0xEA: 0xF8EF, // bracketleftex
		0xEB: 0xF8F0, // bracketleftbt
		0xEC: 0xF8F1, // bracelefttp
		0xED: 0xF8F2, // braceleftmid
		0xEE: 0xF8F3, // braceleftbt
		0xEF: 0xF8F4, // braceex
		0xF1: 0x232A, // angleright
		0xF2: 0x222B, // integral
		0xF3: 0x2320, // integraltp
		0xF4: 0xF8F5, // integralex
		0xF5: 0x2321, // integralbt
		0xF6: 0xF8F6, // parenrighttp
		0xF7: 0xF8F7, // parenrightex
		0xF8: 0xF8F8, // parenrightbt
		0xF9: 0xF8F9, // bracketrighttp
		0xFA: 0xF8FA, // bracketrightex
		0xFB: 0xF8FB, // bracketrightbt
		0xFC: 0xF8FC, // bracerighttp
		0xFD: 0xF8FD, // bracerightmid
		0xFE: 0xF8FE, // bracerightbt
	} {
		t[c] = r
	}
	return t
}()

// zapfEnc is the ZapfDingbats font's built-in encoding (Annex D.6), code
// to rune: the Unicode Dingbats block follows the font's order, but for
// the glyphs Unicode had elsewhere (a telephone, pointing hands, a star,
// shapes, card suits, circled digits, arrows).
var zapfEnc = func() [256]rune {
	var t [256]rune
	for i := range t {
		t[i] = noRune
	}
	t[0x20] = ' '
	for c := 0x21; c <= 0x7E; c++ {
		t[c] = rune(0x2700 + c - 0x20)
	}
	for c, r := range map[int]rune{
		0x25: 0x260E, 0x2A: 0x261B, 0x2B: 0x261E, 0x48: 0x2605, 0x6C: 0x25CF,
		0x6E: 0x25A0, 0x73: 0x25B2, 0x74: 0x25BC, 0x75: 0x25C6, 0x77: 0x25D7,
	} {
		t[c] = r
	}
	for c := 0x80; c <= 0x8D; c++ {
		t[c] = rune(0x2768 + c - 0x80)
	}
	for c := 0xA1; c <= 0xA7; c++ {
		t[c] = rune(0x2761 + c - 0xA1)
	}
	t[0xA8], t[0xA9], t[0xAA], t[0xAB] = 0x2663, 0x2666, 0x2665, 0x2660
	for c := 0xAC; c <= 0xB5; c++ {
		t[c] = rune(0x2460 + c - 0xAC)
	}
	for c := 0xB6; c <= 0xFE; c++ {
		t[c] = rune(0x2776 + c - 0xB6)
	}
	t[0xD5], t[0xD6], t[0xD7], t[0xF0] = 0x2192, 0x2194, 0x2195, noRune
	return t
}()
