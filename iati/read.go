package iati

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
)

// Errors that say why an IATI file could not be read.
var (
	// ErrDoctype: a DOCTYPE can define entities that expand without
	// bound or name outside files; an IATI file has no use for one.
	ErrDoctype = errors.New("DOCTYPE not allowed in an IATI file")
	// ErrNotIATI: the root element is not iati-activities.
	ErrNotIATI = errors.New("not an IATI activity file")
)

// maxActivities bounds the activities read from one file: each becomes a
// project's facts.
const maxActivities = 100000

// Read parses an IATI activity file (root iati-activities, or a lone
// iati-activity). It reads UTF-8 only, refuses any DOCTYPE, defines no
// entity and fetches nothing; the caller bounds the size. Errors are one
// line.
func Read(data []byte) (f *File, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return r, nil
		}
		return nil, fmt.Errorf("encoding %q not read: IATI files are UTF-8", label)
	}
	g := xml.NewTokenDecoder(&guard{d: d})
	defer func() {
		if err != nil {
			err = lineError(err, d)
		}
	}()
	for {
		tok, err := g.Token()
		if err == io.EOF {
			return nil, fmt.Errorf("%w: no root element", ErrNotIATI)
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		f = &File{}
		switch {
		case se.Name.Local == "iati-activities" && se.Name.Space == "":
			err = g.DecodeElement(f, &se)
		case se.Name.Local == "iati-activity" && se.Name.Space == "":
			var a Activity
			err = g.DecodeElement(&a, &se)
			f.Activities = []Activity{a}
		default:
			return nil, fmt.Errorf("%w: the root element is <%s>", ErrNotIATI, se.Name.Local)
		}
		if err != nil {
			return nil, err
		}
		// Nothing but comments, processing instructions and spaces may
		// follow the root.
		for {
			tok, err := g.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, err
			}
			if cd, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(cd)) > 0 || isElement(tok) {
				return nil, errors.New("content after the root element")
			}
		}
		if len(f.Activities) > maxActivities {
			return nil, fmt.Errorf("too many activities: %d, over the limit of %d", len(f.Activities), maxActivities)
		}
		return f, nil
	}
}

func isElement(tok xml.Token) bool {
	_, ok := tok.(xml.StartElement)
	return ok
}

// guard passes a decoder's tokens on and stops at a directive: a DOCTYPE,
// or an ENTITY outside one.
type guard struct{ d *xml.Decoder }

func (g *guard) Token() (xml.Token, error) {
	tok, err := g.d.Token()
	if dir, ok := tok.(xml.Directive); ok {
		if bytes.HasPrefix(bytes.TrimSpace(dir), []byte("DOCTYPE")) {
			return nil, ErrDoctype
		}
		return nil, errors.New("markup declaration not allowed in an IATI file")
	}
	return tok, err
}

// lineError folds a parser's message onto one line, with the line it
// stopped at.
func lineError(err error, d *xml.Decoder) error {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	if rest, ok := strings.CutPrefix(msg, "xml: opening charset "); ok {
		if _, why, ok := strings.Cut(rest, ": "); ok {
			msg = why
		}
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed IATI XML: %s", strings.TrimPrefix(msg, "XML syntax error on "))
	}
	if line, _ := d.InputPos(); line > 0 && !strings.Contains(msg, "line ") {
		msg += " (line " + strconv.Itoa(line) + ")"
	}
	return &wrapped{msg: msg, err: err}
}

type wrapped struct {
	msg string
	err error
}

func (e *wrapped) Error() string { return e.msg }
func (e *wrapped) Unwrap() error { return e.err }

// Sniff reports whether data starts an IATI activity file: after a byte
// order mark, the XML declaration, comments, processing instructions and a
// DOCTYPE (which Read then refuses), the first element is iati-activities
// or iati-activity.
func Sniff(data []byte) bool {
	s := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return false
			}
			s = s[i+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s[4:], []byte("-->"))
			if i < 0 {
				return false
			}
			s = s[4+i+3:]
		case bytes.HasPrefix(s, []byte("<!")):
			i := declEnd(s)
			if i < 0 {
				return false
			}
			s = s[i+1:]
		case bytes.HasPrefix(s, []byte("<")):
			name := s[1:]
			if i := bytes.IndexAny(name, " \t\r\n/>"); i >= 0 {
				name = name[:i]
			}
			return string(name) == "iati-activities" || string(name) == "iati-activity"
		default:
			return false
		}
	}
}

// declEnd is the index of the ">" that ends the declaration s starts
// with, past an internal subset in brackets; -1 if it does not end.
func declEnd(s []byte) int {
	depth := 0
	for i, c := range s {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				return i
			}
		}
	}
	return -1
}

// Title names a file as a document: its activity's title when it holds
// one, else how many activities it holds and who reports them.
func Title(f *File) string {
	if len(f.Activities) == 1 {
		if t := name(&f.Activities[0]); t != "" {
			return t
		}
	}
	t := "IATI activities: " + count(len(f.Activities), "activity", "activities")
	for _, a := range f.Activities {
		if a.ReportingOrg != nil {
			if n := narrative(a.ReportingOrg.Narratives); n != "" {
				return t + ", reported by " + n
			}
		}
	}
	return t
}

// AsOf is the date a file speaks from: when it was generated, else the
// newest date an activity was last updated; nil if it gives neither.
func AsOf(f *File) (*dossier.Date, string) {
	if d, ok := dateTime(f.Generated); ok {
		return &d, `generated-datetime="` + f.Generated + `"`
	}
	var best *dossier.Date
	var quote string
	for _, a := range f.Activities {
		if d, ok := dateTime(a.LastUpdated); ok && (best == nil || best.Before(d)) {
			best, quote = &d, `last-updated-datetime="`+a.LastUpdated+`"`
		}
	}
	return best, quote
}

// dateTime reads the day of an xsd:dateTime.
func dateTime(s string) (dossier.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return dossier.Date{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return dossier.Date{}, false
	}
	return dossier.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: dossier.PrecisionDay}, true
}

// name is an activity's title (in English when it has several), else its
// identifier.
func name(a *Activity) string {
	if t := narrative(a.Title); t != "" {
		return t
	}
	return strings.TrimSpace(a.Identifier)
}

// narrative picks the English text, or the one without a language, or
// the first; spaces collapsed.
func narrative(ns []Narrative) string {
	pick := ""
	for i, n := range ns {
		t := strings.Join(strings.Fields(n.Text), " ")
		if t == "" {
			continue
		}
		lang := strings.ToLower(n.Lang)
		if lang == "en" || strings.HasPrefix(lang, "en-") {
			return t
		}
		if pick == "" || n.Lang == "" && i > 0 {
			pick = t
		}
	}
	return pick
}

// blockPath is where an element of an activity stands in a file.
func blockPath(activity int, elem string, k int) string {
	return fmt.Sprintf("iati-activities>iati-activity[%d]>%s[%d]", activity+1, elem, k+1)
}

// Blocks turns a file into document blocks: one for each element of each
// activity that dossier reads, its text the element as canonical XML (the
// quote its facts cite), its path the activity and the element, its
// section the activity's title. The title opens each activity as a
// heading.
func Blocks(f *File) ([]dossier.Block, error) {
	var out []dossier.Block
	sn := newSnippets()
	for i := range f.Activities {
		a := &f.Activities[i]
		section := name(a)
		// A value without a currency is in the activity's default one:
		// the block says so, since the activity's attributes are no block.
		for k := range a.Transactions {
			if v := &a.Transactions[k].Value; strings.TrimSpace(v.Currency) == "" {
				v.Currency = strings.TrimSpace(a.DefaultCurrency)
			}
		}
		seen := map[string]int{}
		for _, el := range a.elements() {
			text, err := sn.write(el)
			if err != nil {
				return nil, fmt.Errorf("activity %d, %s: %w", i+1, el.name, err)
			}
			role := dossier.RoleParagraph
			if el.name == "title" {
				role = dossier.RoleHeading
			}
			out = append(out, dossier.Block{Role: role, Text: text, Path: blockPath(i, el.name, seen[el.name]), Section: section})
			seen[el.name]++
		}
	}
	return out, nil
}
