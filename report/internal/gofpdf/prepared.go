package gofpdf

// This file is dossier's, not upstream's: fonts parsed once per process,
// and the document language.

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// UTF8Font is a TrueType font parsed once, for any number of documents,
// also rendered at the same time. AddUTF8FontFromBytes parses the font and
// hashes its definition for every document; a report run of a thousand
// documents spent half its time there. A prepared font also keeps the font
// programs it embedded, by the set of characters a document used, so a
// document that uses the same characters as an earlier one embeds the same
// subset without cutting and compressing it again.
//
// A document made with AddPreparedUTF8Font is byte for byte the document
// AddUTF8FontFromBytes makes.
type UTF8Font struct {
	// def is the font's definition as addFontFromBytes makes it, without
	// the characters used, which belong to each document. Read only.
	def fontDefType

	mu       sync.Mutex // guards def.utf8File while it cuts, and programs
	programs map[string]*fontProgram
}

// fontProgram is what putfonts embeds for one subset of a font.
type fontProgram struct {
	stream   []byte // the subset font program, compressed
	size     int    // its length uncompressed
	cidToGID []byte // the CIDToGIDMap stream, compressed
	widths   string // the CID font's /W array
}

// maxPrograms bounds the subsets a prepared font keeps; past it they are
// dropped and made again when needed.
const maxPrograms = 256

// PrepareUTF8Font parses a TrueType font to be registered, as familyStr
// and styleStr, in any number of documents with AddPreparedUTF8Font.
func PrepareUTF8Font(familyStr, styleStr string, utf8Bytes []byte) (*UTF8Font, error) {
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	reader := fileReader{readerPosition: 0, array: utf8Bytes}
	utf8File := newUTF8Font(&reader)
	if err := utf8File.parseFile(); err != nil {
		return nil, fmt.Errorf("parse font %s: %w", fontkey, err)
	}
	def := fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up:       int(round(utf8File.UnderlinePosition)),
		Ut:       round(utf8File.UnderlineThickness),
		Cw:       utf8File.CharWidths,
		utf8File: utf8File,
	}
	id, err := generateFontID(def)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", fontkey, err)
	}
	def.i = id
	if len(def.Cw) == 0 {
		return nil, errors.New("font " + fontkey + " has no character widths")
	}
	return &UTF8Font{def: def, programs: map[string]*fontProgram{}}, nil
}

// AddPreparedUTF8Font registers a prepared font in the document under the
// family and style it was prepared for, as AddUTF8FontFromBytes would.
func (f *Fpdf) AddPreparedUTF8Font(font *UTF8Font) {
	if f.err != nil {
		return
	}
	if _, ok := f.fonts[font.def.Name]; ok {
		return
	}
	def := font.def
	if f.aliasNbPagesStr == "" {
		def.usedRunes = makeSubsetRange(57)
	} else {
		def.usedRunes = makeSubsetRange(32)
	}
	def.prepared = font
	f.fonts[font.def.Name] = def
}

// program returns the embedded program of the subset of usedRunes: made
// once, then kept.
func (font *UTF8Font) program(usedRunes map[int]int) *fontProgram {
	key := runesKey(usedRunes)
	font.mu.Lock()
	defer font.mu.Unlock()
	if p, ok := font.programs[key]; ok {
		return p
	}
	p := cutFont(font.def.utf8File, font.def.Cw, usedRunes)
	if len(font.programs) >= maxPrograms {
		clear(font.programs)
	}
	font.programs[key] = p
	return p
}

// cutFont makes the subset of usedRunes, and its widths from cw, as
// putfonts does for a font added with AddUTF8FontFromBytes.
func cutFont(utf8File *utf8FontFile, cw []int, usedRunes map[int]int) *fontProgram {
	stream := utf8File.GenerateCutFont(usedRunes)
	p := &fontProgram{stream: sliceCompress(stream), size: len(stream),
		widths: cidFontWidths(&fontDefType{Cw: cw, usedRunes: usedRunes}, utf8File.LastRune)}
	codeSignDictionary := utf8File.CodeSymbolDictionary
	delete(codeSignDictionary, 0)
	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codeSignDictionary {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	p.cidToGID = sliceCompress(cidToGidMap)
	return p
}

// runesKey names a set of used runes: its entries, sorted.
func runesKey(usedRunes map[int]int) string {
	keys := make([]int, 0, len(usedRunes))
	for k := range usedRunes {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(strconv.Itoa(k))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(usedRunes[k]))
		b.WriteByte(',')
	}
	return b.String()
}

// SetLang sets the natural language of the document's text, as a BCP 47
// tag ("en", "en-GB"): screen readers and text-to-speech read it, and
// PDF/UA asks for it. It raises the PDF version to 1.4, the first with
// /Lang.
func (f *Fpdf) SetLang(tag string) {
	f.lang = tag
	if f.pdfVersion < "1.4" {
		f.pdfVersion = "1.4"
	}
}
