package pdftext

import (
	"bytes"
	"errors"
	"fmt"
)

// ErrUnsafe reports a file structure that would make the PDF library loop
// forever or allocate without bound: it has no limits of its own there.
var ErrUnsafe = errors.New("unsafe PDF structure")

// maxXrefSections bounds the /Prev chain of cross-reference sections.
const maxXrefSections = 1024

// CheckStructure walks, over the raw bytes, the parts of a PDF that the
// library follows before any limit of ours can apply, and refuses those it
// could not survive:
//   - a /Prev chain of cross-reference sections that loops (the library
//     follows it forever);
//   - object numbers or a /Size far beyond what the file could hold (the
//     library allocates its cross-reference table by them);
//   - object streams whose /Extends chain loops (the library follows it
//     forever when an object is not found).
//
// Anything else malformed is left for the library to report.
func CheckStructure(data []byte) error {
	// A file cannot hold more objects than bytes; the slack allows sparse
	// numbering in small files.
	bound := float64(len(data)) + 1<<16
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil
	}
	l := &lexer{data: data, pos: i + len("startxref")}
	t := l.next()
	seen := map[int]bool{}
	for t.kind == kNum {
		off := int(t.num)
		if t.num < 0 || t.num >= float64(len(data)) {
			return nil
		}
		if seen[off] {
			return fmt.Errorf("%w: cross-reference sections form a cycle at offset %d", ErrUnsafe, off)
		}
		if len(seen) >= maxXrefSections {
			return fmt.Errorf("%w: more than %d cross-reference sections", ErrUnsafe, maxXrefSections)
		}
		seen[off] = true
		dict, err := xrefDict(data, off, bound)
		if err != nil {
			return err
		}
		for _, key := range []string{"Size"} {
			if v, ok := dictGet(dict, key); ok && v.kind == kNum && v.num > bound {
				return fmt.Errorf("%w: /Size %g in a file of %d bytes", ErrUnsafe, v.num, len(data))
			}
		}
		if idx, ok := dictGet(dict, "Index"); ok && idx.kind == kArray {
			for k := 0; k+1 < len(idx.elems); k += 2 {
				if idx.elems[k].num+idx.elems[k+1].num > bound {
					return fmt.Errorf("%w: object numbers up to %g in a file of %d bytes", ErrUnsafe, idx.elems[k].num+idx.elems[k+1].num, len(data))
				}
			}
		}
		t, _ = dictGet(dict, "Prev")
	}
	return checkExtends(data)
}

// xrefDict reads the cross-reference section at off, checking a table's
// subsection numbers, and returns its trailer or stream dictionary.
func xrefDict(data []byte, off int, bound float64) (operand, error) {
	l := &lexer{data: data, pos: off}
	t := l.next()
	switch {
	case t.kind == kOp && string(t.str) == "xref":
		for {
			a := l.next()
			if a.kind == kOp && string(a.str) == "trailer" {
				return l.operand(l.next(), 0), nil
			}
			b := l.next()
			if a.kind != kNum || b.kind != kNum {
				return operand{}, nil // malformed: the library says so
			}
			if a.num < 0 || b.num < 0 || a.num+b.num > bound {
				return operand{}, fmt.Errorf("%w: object numbers up to %g in a file of %d bytes", ErrUnsafe, a.num+b.num, len(data))
			}
			for k := 0; k < int(b.num) && l.pos < len(data); k++ {
				l.next()
				l.next()
				l.next()
			}
		}
	case t.kind == kNum:
		// An xref stream: "N G obj << … >> stream".
		l.next()
		if kw := l.next(); kw.kind != kOp || string(kw.str) != "obj" {
			return operand{}, nil
		}
		return l.operand(l.next(), 0), nil
	}
	return operand{}, nil
}

// dictGet looks a key up in a dictionary operand.
func dictGet(d operand, key string) (operand, bool) {
	if d.kind != kDict {
		return operand{}, false
	}
	for i := 0; i+1 < len(d.elems); i += 2 {
		if d.elems[i].kind == kName && string(d.elems[i].str) == key {
			return d.elems[i+1], true
		}
	}
	return operand{}, false
}

// checkExtends finds object streams' /Extends references ("N G obj <<
// … /Extends M G R … >>": object streams are never compressed themselves)
// and refuses a chain that loops.
func checkExtends(data []byte) error {
	next := map[int]int{}
	for from := 0; ; {
		i := bytes.Index(data[from:], []byte("/Extends"))
		if i < 0 {
			break
		}
		at := from + i
		from = at + len("/Extends")
		l := &lexer{data: data, pos: from}
		m, g, r := l.next(), l.next(), l.next()
		if m.kind != kNum || g.kind != kNum || r.kind != kOp || string(r.str) != "R" {
			continue
		}
		if id, ok := enclosingObject(data, at); ok {
			next[id] = int(m.num)
		}
	}
	for start := range next {
		seen := map[int]bool{}
		for id, ok := start, true; ok; id, ok = next[id] {
			if seen[id] {
				return fmt.Errorf("%w: object streams extend each other in a cycle (object %d)", ErrUnsafe, id)
			}
			seen[id] = true
		}
	}
	return nil
}

// enclosingObject returns the number of the object whose "N G obj" header
// comes last before at.
func enclosingObject(data []byte, at int) (int, bool) {
	j := bytes.LastIndex(data[:at], []byte("obj"))
	if j < 0 {
		return 0, false
	}
	// Read back over "G" and "N".
	k := j
	var nums [2]int
	for n := 0; n < 2; n++ {
		for k > 0 && isWhite(data[k-1]) {
			k--
		}
		end := k
		for k > 0 && data[k-1] >= '0' && data[k-1] <= '9' {
			k--
		}
		if k == end {
			return 0, false
		}
		v := 0
		for _, c := range data[k:end] {
			v = v*10 + int(c-'0')
			if v > 1<<30 {
				return 0, false
			}
		}
		nums[n] = v
	}
	return nums[1], true
}
