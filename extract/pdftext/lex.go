package pdftext

import (
	"bytes"
	"strconv"
)

// kind is the kind of a token or operand in a content stream or CMap.
type kind uint8

const (
	kEOF kind = iota
	kNum
	kStr
	kName
	kOp // an operator keyword, also true, false and null
	kArrayOpen
	kArrayClose
	kDictOpen
	kDictClose
	kArray // an operand only: an array built from the tokens between [ and ]
	kDict  // an operand only: a dictionary, kept as flat key, value operands
)

// operand is one value on the operand stack. Arrays and dictionaries keep
// their elements in elems (a dictionary as key, value, key, value…).
type operand struct {
	kind  kind
	num   float64
	str   []byte // string bytes, name without the slash, operator keyword
	elems []operand
}

// lexer splits a content stream or CMap into tokens (PDF 32000-1 §7.2).
// It never fails: malformed bytes are skipped, so any input ends in kEOF.
type lexer struct {
	data []byte
	pos  int
	// elems holds the elements of the arrays and dictionaries operand
	// has returned, and bytes the strings that are not a slice of data
	// (hex strings, strings with escapes), one after another: a page's
	// content draws thousands of "[<0012>-5<0034>]TJ", each a few bytes,
	// which allocated one by one cost more than reading them. tmp holds
	// the elements of the arrays being read. A returned operand stays
	// valid until release; a lexer that never calls release only
	// allocates in larger steps.
	elems, tmp []operand
	bytes      []byte
}

// release says that no operand returned so far is in use any more, so
// their room is used again. The interpreter calls it after each operator,
// which consumes the operands before it.
func (l *lexer) release() {
	l.elems, l.bytes = l.elems[:0], l.bytes[:0]
}

func isWhite(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next token. Names, strings and keywords share t.str.
func (l *lexer) next() operand {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return operand{kind: kEOF}
	}
	c := l.data[l.pos]
	switch {
	case c == '[':
		l.pos++
		return operand{kind: kArrayOpen}
	case c == ']':
		l.pos++
		return operand{kind: kArrayClose}
	case c == '{' || c == '}':
		// PostScript procedures appear only in CMaps and functions; treat
		// the braces as operators nobody handles.
		l.pos++
		return operand{kind: kOp, str: l.data[l.pos-1 : l.pos]}
	case c == '<':
		if l.pos+1 < len(l.data) && l.data[l.pos+1] == '<' {
			l.pos += 2
			return operand{kind: kDictOpen}
		}
		return l.hexString()
	case c == '>':
		if l.pos+1 < len(l.data) && l.data[l.pos+1] == '>' {
			l.pos += 2
			return operand{kind: kDictClose}
		}
		l.pos++ // a stray '>'
		return l.next()
	case c == '(':
		return l.literalString()
	case c == ')':
		l.pos++
		return l.next()
	case c == '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
			l.pos++
		}
		return operand{kind: kName, str: unescapeName(l.data[start:l.pos])}
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		start := l.pos
		l.pos++
		for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
			l.pos++
		}
		if f, ok := parseNumber(l.data[start:l.pos]); ok {
			return operand{kind: kNum, num: f}
		}
		return operand{kind: kOp, str: l.data[start:l.pos]}
	default:
		start := l.pos
		l.pos++
		for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
			l.pos++
		}
		return operand{kind: kOp, str: l.data[start:l.pos]}
	}
}

// parseNumber reads a PDF number, tolerating the forms producers write
// ("-.5", "4.", "--3" is not one).
func parseNumber(b []byte) (float64, bool) {
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

func unescapeName(b []byte) []byte {
	if bytes.IndexByte(b, '#') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if h, ok := unhex(b[i+1]); ok {
				if lo, ok := unhex(b[i+2]); ok {
					out = append(out, h<<4|lo)
					i += 2
					continue
				}
			}
		}
		out = append(out, b[i])
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (l *lexer) hexString() operand {
	l.pos++ // '<'
	start := len(l.bytes)
	out := l.bytes
	var hi byte
	half := false
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half { // an odd final digit is followed by an implied 0
		out = append(out, hi<<4)
	}
	l.bytes = out
	if len(out) == start {
		return operand{kind: kStr}
	}
	return operand{kind: kStr, str: out[start:len(out):len(out)]}
}

func (l *lexer) literalString() operand {
	l.pos++ // '('
	// Most strings have no escape, no end of line and no parenthesis
	// inside: their bytes are the data's, taken as they are.
	for i := l.pos; i < len(l.data); i++ {
		c := l.data[i]
		if c == ')' {
			str := l.data[l.pos:i:i]
			if i == l.pos {
				str = nil
			}
			l.pos = i + 1
			return operand{kind: kStr, str: str}
		}
		if c == '\\' || c == '(' || c == '\r' {
			break
		}
	}
	start := len(l.bytes)
	out := l.bytes
	// done ends the string: its bytes are kept in l.bytes.
	done := func() operand {
		l.bytes = out
		if len(out) == start {
			return operand{kind: kStr}
		}
		return operand{kind: kStr, str: out[start:len(out):len(out)]}
	}
	depth := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return done()
			}
		case '\r':
			// An end of line inside a string is read as one newline.
			if l.pos < len(l.data) && l.data[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		case '\\':
			if l.pos >= len(l.data) {
				return done()
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return done()
}

// maxNesting bounds arrays and dictionaries nested inside one operand, so a
// stream of "[[[[…" cannot grow the Go stack.
const maxNesting = 32

// operand reads one complete operand or operator starting with token t,
// building arrays and dictionaries from their elements.
func (l *lexer) operand(t operand, depth int) operand {
	switch t.kind {
	case kArrayOpen, kDictOpen:
		closer := kArrayClose
		k := kArray
		if t.kind == kDictOpen {
			closer, k = kDictClose, kDict
		}
		v := operand{kind: k}
		start := len(l.tmp)
		for {
			e := l.next()
			if e.kind == kEOF || e.kind == closer {
				break
			}
			if e.kind == kArrayClose || e.kind == kDictClose {
				continue // a mismatched closer: drop it
			}
			if depth >= maxNesting {
				continue
			}
			// A nested array reads its elements after ours in tmp and
			// leaves tmp as it found it.
			e = l.operand(e, depth+1)
			l.tmp = append(l.tmp, e)
		}
		if n := len(l.tmp) - start; n > 0 {
			at := len(l.elems)
			l.elems = append(l.elems, l.tmp[start:]...)
			v.elems = l.elems[at : at+n : at+n]
		}
		clear(l.tmp[start:]) // no stale pointers kept alive
		l.tmp = l.tmp[:start]
		return v
	}
	return t
}

// skipInlineImage moves past the data of an inline image: from after "ID"
// to after the "EI" that ends it (§8.9.7). It looks for EI between white
// space, the same heuristic other readers use, since the data has no length.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.data) && isWhite(l.data[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.data); i++ {
		if l.data[i] == 'E' && l.data[i+1] == 'I' && (i == 0 || isWhite(l.data[i-1])) &&
			(i+2 >= len(l.data) || isWhite(l.data[i+2]) || isDelim(l.data[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.data)
}
