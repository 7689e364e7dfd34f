package pdftext

import (
	"errors"
	"fmt"
	"math"

	"github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation matrix [a b c d e f]; points are row
// vectors, so p × m maps p (§8.3.3).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// gstate is the part of the graphics state that text positions depend on
// (§8.4, §9.3).
type gstate struct {
	ctm   matrix
	font  *font
	size  float64 // Tfs
	tc    float64 // character spacing
	tw    float64 // word spacing
	th    float64 // horizontal scaling, 1 = 100%
	tl    float64 // leading
	trise float64
}

// interp runs the content streams of one page and the forms they draw.
type interp struct {
	r       *Reader
	out     *Page
	opsLeft int
	chars   []char
}

// maxStack bounds the operand stack and the q/Q nesting.
const maxStack = 256

// run interprets one content stream with its resources, from state st.
// fonts caches the fonts of res by name.
func (in *interp) run(data []byte, res pdf.Value, fonts map[string]*font, st gstate, depth int) error {
	l := &lexer{data: data}
	var stk []operand
	var saved []gstate
	var tm, tlm matrix

	num := func(i int) float64 {
		if i < len(stk) && stk[i].kind == kNum && !math.IsNaN(stk[i].num) && !math.IsInf(stk[i].num, 0) {
			return stk[i].num
		}
		return 0
	}
	// args takes the last n operands, so stray operands before them do not
	// shift the ones the operator reads.
	args := func(n int) {
		if len(stk) > n {
			stk = stk[len(stk)-n:]
		}
	}
	nextLine := func(tx, ty float64) {
		tlm = matrix{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}

	for {
		t := l.next()
		if t.kind == kEOF {
			return nil
		}
		if t.kind != kOp {
			if len(stk) >= maxStack {
				stk = stk[:0]
			}
			stk = append(stk, l.operand(t, 0))
			continue
		}
		op := string(t.str)
		switch op {
		case "true", "false", "null":
			if len(stk) < maxStack {
				stk = append(stk, operand{kind: kName, str: t.str})
			}
			continue
		}
		in.opsLeft--
		if in.opsLeft < 0 {
			return fmt.Errorf("more than %d operators on a page: %w", in.r.lim.MaxOps, ErrTooLarge)
		}
		switch op {
		case "q":
			if len(saved) < maxStack {
				saved = append(saved, st)
			}
		case "Q":
			if n := len(saved); n > 0 {
				st = saved[n-1]
				saved = saved[:n-1]
			}
		case "cm":
			args(6)
			st.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(st.ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			args(1)
			st.tc = num(0)
		case "Tw":
			args(1)
			st.tw = num(0)
		case "Tz":
			args(1)
			st.th = num(0) / 100
		case "TL":
			args(1)
			st.tl = num(0)
		case "Ts":
			args(1)
			st.trise = num(0)
		case "Tf":
			args(2)
			st.size = num(1)
			if len(stk) == 2 && stk[0].kind == kName {
				name := string(stk[0].str)
				f, ok := fonts[name]
				if !ok {
					if fv := res.Key("Font").Key(name); fv.Kind() == pdf.Dict {
						f = in.r.font(fv)
					}
					fonts[name] = f
				}
				st.font = f
			}
		case "Td":
			args(2)
			nextLine(num(0), num(1))
		case "TD":
			args(2)
			st.tl = -num(1)
			nextLine(num(0), num(1))
		case "Tm":
			args(6)
			tm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			tlm = tm
		case "T*":
			nextLine(0, -st.tl)
		case "Tj":
			args(1)
			if len(stk) == 1 && stk[0].kind == kStr {
				in.show(stk[0].str, &st, &tm)
			}
		case "'":
			args(1)
			nextLine(0, -st.tl)
			if len(stk) == 1 && stk[0].kind == kStr {
				in.show(stk[0].str, &st, &tm)
			}
		case "\"":
			args(3)
			st.tw, st.tc = num(0), num(1)
			nextLine(0, -st.tl)
			if len(stk) == 3 && stk[2].kind == kStr {
				in.show(stk[2].str, &st, &tm)
			}
		case "TJ":
			args(1)
			if len(stk) == 1 && stk[0].kind == kArray {
				for _, e := range stk[0].elems {
					switch e.kind {
					case kStr:
						in.show(e.str, &st, &tm)
					case kNum:
						if !math.IsNaN(e.num) && !math.IsInf(e.num, 0) {
							tx := -e.num / 1000 * st.size * st.th
							tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
						}
					}
				}
			}
		case "BI":
			// An inline image: its dictionary runs to ID, then binary data.
			for {
				x := l.next()
				if x.kind == kEOF || (x.kind == kOp && string(x.str) == "ID") {
					break
				}
			}
			l.skipInlineImage()
		case "Do":
			args(1)
			if len(stk) == 1 && stk[0].kind == kName {
				if err := in.form(res.Key("XObject").Key(string(stk[0].str)), res, fonts, st, depth); err != nil {
					return err
				}
			}
		}
		stk = stk[:0]
		// The operator has consumed its operands: their room in the
		// lexer serves the next ones.
		l.release()
	}
}

// form draws a form XObject (§8.10) with its own matrix and resources.
// Images and other XObjects draw no text.
func (in *interp) form(x pdf.Value, parentRes pdf.Value, parentFonts map[string]*font, st gstate, depth int) error {
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return nil
	}
	if depth+1 > in.r.lim.MaxDepth {
		return nil // a form nested this deep, or drawing itself: skip it
	}
	data, err := in.r.readStream(x)
	if err != nil && len(data) == 0 {
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		return nil
	}
	if m := x.Key("Matrix"); m.Kind() == pdf.Array && m.Len() == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		st.ctm = fm.mul(st.ctm)
	}
	res, fonts := x.Key("Resources"), map[string]*font{}
	if res.Kind() != pdf.Dict {
		res, fonts = parentRes, parentFonts
	}
	if e := in.run(data, res, fonts, st, depth+1); e != nil {
		return e
	}
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return nil
}

// show draws a string with the current font, moving the text matrix by
// each glyph's advance (§9.4.4).
func (in *interp) show(s []byte, st *gstate, tm *matrix) {
	f := st.font
	if f == nil {
		return // no font: nothing legible to draw
	}
	in.chars = f.decode(s, in.chars[:0])
	for _, c := range in.chars {
		m := tm.mul(st.ctm)
		w := c.w * st.size * st.th
		x0, y0 := m.apply(0, st.trise)
		x1, y1 := m.apply(w, st.trise)
		size := math.Abs(st.size) * math.Hypot(m[2], m[3]) * f.hscale
		if c.text != "" && len(in.out.Glyphs) < maxGlyphs && finite(x0, y0, x1, y1, size) {
			dx, dy := x1-x0, y1-y0
			if w == 0 { // a zero-width glyph: take the baseline's direction
				dx, dy = m[0], m[1]
			}
			in.out.Glyphs = append(in.out.Glyphs, Glyph{
				Text: c.text, X: x0, Y: y0, W: math.Hypot(x1-x0, y1-y0), Size: size,
				Font: f.name, Bold: f.bold,
				Rotated: dx <= 0 || math.Abs(dy) > 0.2*math.Abs(dx),
			})
		}
		tx := w + st.tc*st.th
		if c.space {
			tx += st.tw * st.th
		}
		*tm = matrix{1, 0, 0, 1, tx, 0}.mul(*tm)
	}
}

// maxGlyphs bounds the glyphs kept for one page; a real page has a few
// thousand.
const maxGlyphs = 1 << 18

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e7 {
			return false
		}
	}
	return true
}
