package pdftext

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// CMap is a parsed CMap (PDF 32000-1 §9.7.5, §9.10.3; Adobe technical note
// 5411): codespace ranges that tell how many bytes make one character code,
// and the code-to-Unicode mappings of a ToUnicode CMap (bfchar, bfrange) or
// the code-to-CID mappings of an encoding CMap (cidchar, cidrange).
type CMap struct {
	space   []codeRange // codespace ranges
	chars   map[codeKey]string
	ranges  []bfRange // incrementing bfranges, too big to expand
	cids    map[codeKey]int
	cidRngs []cidRange
	entries int
}

type codeKey struct {
	n    uint8 // bytes in the code
	code uint32
}

type codeRange struct {
	n      int
	lo, hi []byte // per-byte bounds, len n
}

type bfRange struct {
	n      uint8
	lo, hi uint32
	dst    []uint16 // UTF-16 code units of the destination of lo
}

type cidRange struct {
	n      uint8
	lo, hi uint32
	cid    int
}

// ErrCMapTooLarge reports a CMap with more mappings than the limit allows.
var ErrCMapTooLarge = errors.New("CMap too large")

// maxExpand is the largest bfrange expanded into single mappings; larger
// incrementing ranges (gofpdf writes <0000> <FFFF> <0000>) are kept as
// ranges and looked up by arithmetic.
const maxExpand = 256

// ParseCMap parses a CMap program. maxEntries bounds the number of
// mappings and codespace ranges it may hold; past it ParseCMap returns what
// it read with ErrCMapTooLarge. Malformed entries are skipped.
func ParseCMap(data []byte, maxEntries int) (*CMap, error) {
	m := &CMap{chars: map[codeKey]string{}, cids: map[codeKey]int{}}
	l := &lexer{data: data}
	var stk []operand
	var err error
	for {
		t := l.next()
		if t.kind == kEOF {
			break
		}
		if t.kind != kOp {
			stk = append(stk, l.operand(t, 0))
			if len(stk) > 64 {
				stk = stk[1:] // only the last few operands ever matter
			}
			continue
		}
		switch string(t.str) {
		case "begincodespacerange":
			err = m.readSection(l, 2, maxEntries, m.addSpace)
		case "beginbfchar":
			err = m.readSection(l, 2, maxEntries, m.addBFChar)
		case "beginbfrange":
			err = m.readSection(l, 3, maxEntries, m.addBFRange)
		case "begincidchar":
			err = m.readSection(l, 2, maxEntries, m.addCIDChar)
		case "begincidrange":
			err = m.readSection(l, 3, maxEntries, m.addCIDRange)
		}
		stk = stk[:0]
		if err != nil {
			break
		}
	}
	return m, err
}

// readSection reads the operands of one begin…end section in groups of
// width, ignoring the count written before the begin operator: producers
// get it wrong, and the end keyword is what ends the section.
func (m *CMap) readSection(l *lexer, width, maxEntries int, add func([]operand)) error {
	group := make([]operand, 0, width)
	for {
		t := l.next()
		if t.kind == kEOF {
			return nil
		}
		if t.kind == kOp {
			return nil // endbfchar, endcodespacerange…, or junk: the section ends
		}
		group = append(group, l.operand(t, 0))
		if len(group) == width {
			m.entries++
			if m.entries > maxEntries {
				return ErrCMapTooLarge
			}
			add(group)
			group = group[:0]
		}
	}
}

func codeOf(b []byte) (codeKey, bool) {
	if len(b) == 0 || len(b) > 4 {
		return codeKey{}, false
	}
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return codeKey{uint8(len(b)), c}, true
}

func (m *CMap) addSpace(g []operand) {
	lo, hi := g[0], g[1]
	if lo.kind != kStr || hi.kind != kStr || len(lo.str) != len(hi.str) || len(lo.str) == 0 || len(lo.str) > 4 {
		return
	}
	m.space = append(m.space, codeRange{n: len(lo.str), lo: lo.str, hi: hi.str})
}

// utf16Units reads a destination string as UTF-16BE code units; an odd
// final byte is taken as a unit of its own.
func utf16Units(b []byte) []uint16 {
	u := make([]uint16, 0, (len(b)+1)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func unitsString(u []uint16) string {
	return string(utf16.Decode(u))
}

// dstString decodes a bfchar or bfrange destination: a UTF-16BE string
// (with surrogate pairs and ligatures), or a glyph name.
func dstString(d operand) (string, bool) {
	switch d.kind {
	case kStr:
		return unitsString(utf16Units(d.str)), true
	case kName:
		if r, ok := glyphRune(string(d.str)); ok {
			return string(r), true
		}
	}
	return "", false
}

func (m *CMap) addBFChar(g []operand) {
	src, ok := codeOf(g[0].str)
	if g[0].kind != kStr || !ok {
		return
	}
	if s, ok := dstString(g[1]); ok {
		m.chars[src] = s
	}
}

func (m *CMap) addBFRange(g []operand) {
	if g[0].kind != kStr || g[1].kind != kStr || len(g[0].str) != len(g[1].str) {
		return
	}
	lo, ok1 := codeOf(g[0].str)
	hi, ok2 := codeOf(g[1].str)
	if !ok1 || !ok2 || hi.code < lo.code {
		return
	}
	switch g[2].kind {
	case kArray:
		// The array form: one destination per code, in order.
		m.entries += len(g[2].elems)
		for i, d := range g[2].elems {
			c := lo.code + uint32(i)
			if c > hi.code {
				break
			}
			if s, ok := dstString(d); ok {
				m.chars[codeKey{lo.n, c}] = s
			}
		}
	case kStr:
		dst := utf16Units(g[2].str)
		if len(dst) == 0 {
			return
		}
		if hi.code-lo.code < maxExpand {
			m.entries += int(hi.code - lo.code) // each expanded code counts
			for c := lo.code; c <= hi.code; c++ {
				m.chars[codeKey{lo.n, c}] = unitsString(incremented(dst, c-lo.code))
			}
			return
		}
		m.ranges = append(m.ranges, bfRange{n: lo.n, lo: lo.code, hi: hi.code, dst: dst})
	}
}

// incremented returns dst with off added to its last character: the last
// code unit, or the code point a final surrogate pair encodes, so a range
// whose first destination is outside the BMP counts in code points.
func incremented(dst []uint16, off uint32) []uint16 {
	if off == 0 {
		return dst
	}
	out := append([]uint16(nil), dst...)
	n := len(out)
	if n >= 2 && utf16.IsSurrogate(rune(out[n-2])) {
		r := utf16.DecodeRune(rune(out[n-2]), rune(out[n-1]))
		if r != utf8.RuneError {
			r1, r2 := utf16.EncodeRune(r + rune(off))
			if r1 != utf8.RuneError {
				out[n-2], out[n-1] = uint16(r1), uint16(r2)
				return out
			}
		}
	}
	out[n-1] += uint16(off)
	return out
}

func (m *CMap) addCIDChar(g []operand) {
	src, ok := codeOf(g[0].str)
	if g[0].kind != kStr || !ok || g[1].kind != kNum {
		return
	}
	m.cids[src] = int(g[1].num)
}

func (m *CMap) addCIDRange(g []operand) {
	if g[0].kind != kStr || g[1].kind != kStr || g[2].kind != kNum || len(g[0].str) != len(g[1].str) {
		return
	}
	lo, ok1 := codeOf(g[0].str)
	hi, ok2 := codeOf(g[1].str)
	if !ok1 || !ok2 || hi.code < lo.code {
		return
	}
	m.cidRngs = append(m.cidRngs, cidRange{n: lo.n, lo: lo.code, hi: hi.code, cid: int(g[2].num)})
}

// hasSpace reports whether the CMap declares codespace ranges.
func (m *CMap) hasSpace() bool { return m != nil && len(m.space) > 0 }

// nextCode splits the first character code off s by the codespace ranges
// (§9.7.6.2): the shortest prefix that falls in a range. A prefix in no
// range takes as many bytes as the shortest range that matches its first
// byte (or one byte), so decoding always makes progress.
func (m *CMap) nextCode(s []byte) (code codeKey, rest []byte) {
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, r := range m.space {
			if r.n == n && inRange(s[:n], r) {
				c, _ := codeOf(s[:n])
				return c, s[n:]
			}
		}
	}
	n := 1
	for _, r := range m.space {
		if s[0] >= r.lo[0] && s[0] <= r.hi[0] {
			n = r.n
			break
		}
	}
	if n > len(s) {
		n = len(s)
	}
	c, _ := codeOf(s[:n])
	return c, s[n:]
}

func inRange(b []byte, r codeRange) bool {
	for i := range b {
		if b[i] < r.lo[i] || b[i] > r.hi[i] {
			return false
		}
	}
	return true
}

// unicode returns the text a character code maps to.
func (m *CMap) unicode(c codeKey) (string, bool) {
	if m == nil {
		return "", false
	}
	if s, ok := m.chars[c]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if r.n == c.n && c.code >= r.lo && c.code <= r.hi {
			return unitsString(incremented(r.dst, c.code-r.lo)), true
		}
	}
	return "", false
}

// cid returns the CID an encoding CMap maps a code to.
func (m *CMap) cid(c codeKey) (int, bool) {
	if m == nil {
		return 0, false
	}
	if cid, ok := m.cids[c]; ok {
		return cid, true
	}
	for _, r := range m.cidRngs {
		if r.n == c.n && c.code >= r.lo && c.code <= r.hi {
			return r.cid + int(c.code-r.lo), true
		}
	}
	return 0, false
}
