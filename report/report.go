// Package report renders a reconciled project record as a PDF report that a
// secretariat can send to a ministry: a cover, the project at a glance, a
// timeline, funding, objectives and results, how conflicting sources were
// reconciled, and the sources themselves. Every value carries a numbered
// reference [n] to the sources it came from.
//
// A donor report (Options.Donor) puts one donor first: its contributions,
// what they fund, and the project's other donors.
//
// report takes a dossier.Record and writes bytes; it never reads the store
// or the documents. It draws with gofpdf, its own copy in
// report/internal/gofpdf (upstream is archived), where the fonts are
// parsed once per process. Output is reproducible: the same record and
// the same Options give the same bytes.
package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/report/internal/gofpdf"
)

// Options say what kind of report to render and how to sign it.
type Options struct {
	// Donor is "" for a project report, or a donor's name for a donor
	// report. Any of the donor's spellings will do ("USA", "United States").
	Donor string
	// Date is the report's date: printed on the cover (as a day, in UTC)
	// and written as the PDF's creation and modification date. The zero
	// Date means DateFromEnv().
	Date time.Time
	// Creator is the PDF's creator; "" means "dossier".
	Creator string
	// Author is the PDF's author, such as the secretariat's name; "" leaves
	// it out.
	Author string
}

// ErrUnknownDonor reports a donor report asked for a donor that no source
// links to the project.
var ErrUnknownDonor = errors.New("donor not found in the project's record")

// DateFromEnv returns the date a report should carry: SOURCE_DATE_EPOCH (Unix
// seconds, as in reproducible builds) when it is set to an integer, else
// the start of today in UTC, so that reports rendered the same day from the
// same record are identical. A SOURCE_DATE_EPOCH that is not an integer is
// ignored.
func DateFromEnv() time.Time {
	if s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC().Truncate(24 * time.Hour)
}

// Render writes rec as a PDF report to w. It writes nothing when it fails.
// A donor report for a donor the record does not mention gives
// ErrUnknownDonor.
func Render(w io.Writer, rec dossier.Record, opt Options) error {
	return RenderContext(context.Background(), w, rec, opt)
}

// RenderContext is Render that stops when ctx is done (Ctrl-C): it checks
// between sections, pages, table rows and list items, and then returns
// ctx's error, wrapped, having written nothing.
func RenderContext(ctx context.Context, w io.Writer, rec dossier.Record, opt Options) (err error) {
	name := strconv.Quote(rec.Project.ID)
	defer func() {
		p := recover()
		if c, ok := p.(canceled); ok {
			err = fmt.Errorf("render report %s: %w", name, c.err)
			return
		}
		// gofpdf panics on a few inputs it does not expect; a report that
		// cannot be drawn is that report's error, not the end of a run.
		if p != nil {
			err = fmt.Errorf("render report %s: internal error: %v", name, p)
		}
	}()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render report %s: %w", name, err)
	}
	if opt.Date.IsZero() {
		opt.Date = DateFromEnv()
	}
	if opt.Creator == "" {
		opt.Creator = "dossier"
	}
	r := newReport(rec, opt)
	r.ctx = ctx
	if opt.Donor != "" {
		donor, ok := r.findDonor(opt.Donor)
		if !ok {
			return fmt.Errorf("render donor report %s for %q: %w", name, opt.Donor, ErrUnknownDonor)
		}
		r.donor = donor
	}
	var buf bytes.Buffer
	if err := r.render(&buf); err != nil {
		return fmt.Errorf("render report %s: %w", name, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write report %s: %w", name, err)
	}
	return nil
}

// report is one report being rendered.
type report struct {
	ctx     context.Context
	rec     dossier.Record
	fields  map[string]dossier.Field
	opt     Options
	src     *sourceList
	w       *writer
	title   string
	donor   string // the donor of a donor report, as the record names it
	section int    // the number of the last section begun
}

func newReport(rec dossier.Record, opt Options) *report {
	title := strings.TrimSpace(rec.Project.Title)
	if title == "" {
		title = rec.Project.ID
	}
	if title == "" {
		title = "Untitled project"
	}
	fields := rec.Project.Fields
	if fields == nil {
		fields = map[string]dossier.Field{}
	}
	return &report{rec: rec, fields: fields, opt: opt, src: newSourceList(rec), title: title}
}

// kind names the report: "Project report" or "Donor report: Canada".
func (r *report) kind() string {
	if r.donor != "" {
		return "Donor report: " + r.donor
	}
	return "Project report"
}

// dateText is the report's date as printed.
func (r *report) dateText() string {
	return r.opt.Date.UTC().Format("2 January 2006")
}

func (r *report) render(out io.Writer) error {
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(r.opt.Date.UTC())
	pdf.SetModificationDate(r.opt.Date.UTC())
	// Metadata goes through clean too: gofpdf writes it as UTF-16.
	pdf.SetTitle(clean(r.title+" \u2013 "+r.kind()), true)
	subject := "Project report"
	if r.donor != "" {
		subject = "Donor report for " + r.donor
	}
	pdf.SetSubject(clean(subject+", "+r.dateText()), true)
	pdf.SetCreator(clean(r.opt.Creator), true)
	if r.opt.Author != "" {
		pdf.SetAuthor(clean(r.opt.Author), true)
	}
	pdf.SetProducer("dossier with gofpdf", true)
	pdf.SetDisplayMode("fullwidth", "single")
	pdf.AliasNbPages("{nb}")
	for _, font := range preparedFonts() {
		pdf.AddPreparedUTF8Font(font)
	}
	pdf.SetMargins(marginL, bodyTop, marginR)
	pdf.SetAutoPageBreak(false, 0)
	r.w = &writer{pdf: pdf, m: loadMetrics(), ctx: r.ctx}
	pdf.SetHeaderFunc(func() {
		if pdf.PageNo() > 1 {
			r.pageHeader()
		}
	})
	pdf.SetFooterFunc(r.pageFooter)

	r.cover()
	if r.donor != "" {
		r.donorSection()
	}
	r.glance()
	r.timelineSection()
	r.funding()
	r.results()
	r.figures()
	r.reconciliation()
	r.sources()

	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(out)
}

// pageHeader draws the running header: the project on the left, the
// report's kind and date on the right.
func (r *report) pageHeader() {
	w := r.w
	st := style{bold, 8, colNavy}
	right := clean(r.kind() + " \u00b7 " + r.dateText())
	rightSt := style{regular, 8, colMuted}
	rw := w.m.width(right, rightSt.face, rightSt.size)
	left := ellipsize(clean(r.title), st, contentW-rw-16)
	w.text(marginL, headerBase, left, st)
	w.text(marginL+contentW-rw, headerBase, right, rightSt)
	w.setDraw(colRule)
	w.pdf.SetLineWidth(0.5)
	w.pdf.Line(marginL, headerBase+6, marginL+contentW, headerBase+6)
}

// pageFooter draws "Page X of Y" and what the bracketed numbers mean.
func (r *report) pageFooter() {
	w := r.w
	w.setDraw(colRule)
	w.pdf.SetLineWidth(0.5)
	w.pdf.Line(marginL, footerBase-12, marginL+contentW, footerBase-12)
	st := style{regular, 8, colMuted}
	// The page count is an alias gofpdf fills in when the document closes,
	// so the count goes on the left, where its width does not matter.
	w.text(marginL, footerBase, fmt.Sprintf("Page %d of {nb}", w.pdf.PageNo()), st)
	note := clean("Numbers in brackets [n] refer to the sources listed at the end.")
	w.text(marginL+contentW-w.m.width(note, st.face, st.size), footerBase, note, st)
}

// ellipsize shortens s to fit width, ending it with "…".
func ellipsize(s string, st style, width float64) string {
	m := loadMetrics()
	if m.width(s, st.face, st.size) <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && m.width(string(rs)+"\u2026", st.face, st.size) > width {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "\u2026"
}

// beginSection starts a numbered top-level section on the current page or,
// when little room is left, on a new one.
func (r *report) beginSection(title string) {
	r.beginSectionKeep(title, 0)
}

// beginSectionKeep starts a section that must be followed on its page by
// keep points of content, such as a chart.
func (r *report) beginSectionKeep(title string, keep float64) {
	r.w.check()
	r.section++
	if r.w.room() < max(220, keep+70) {
		r.w.newPage()
	}
	r.w.heading(h1, fmt.Sprintf("%d %s", r.section, title), true)
}

// findDonor looks for donor among every donor the record names: the donors
// and contributions fields, their candidates, and funding scopes. It
// returns the record's own spelling.
func (r *report) findDonor(donor string) (string, bool) {
	var names []string
	for _, key := range []string{dossier.FieldDonors, dossier.FieldContributions} {
		f := r.fields[key]
		vals := append([]dossier.Value(nil), f.List...)
		if f.Value != nil {
			vals = append(vals, *f.Value)
		}
		for _, c := range f.Candidates {
			vals = append(vals, c.Value)
		}
		for _, v := range vals {
			names = append(names, donorName(v))
		}
	}
	for _, key := range sortedKeys(r.fields) {
		for _, c := range r.fields[key].Candidates {
			if kind, what, ok := strings.Cut(c.Scope, ":"); ok && kind == "funding" {
				names = append(names, what)
			}
		}
	}
	for _, n := range names {
		if n != "" && sameDonor(n, donor) {
			return n, true
		}
	}
	return "", false
}

// donorName is the donor a donors or contributions value names.
func donorName(v dossier.Value) string {
	if v.Kind == dossier.ValueContribution && v.Contribution != nil {
		return v.Contribution.Donor
	}
	if v.Kind == dossier.ValueText {
		return v.Text
	}
	return ""
}

// spansOf sets cited values one after another, each with its references.
func spansOf(cs []cited, sep string) []span {
	var out []span
	for i, c := range cs {
		out = append(out, span{text: c.text, st: stBody}, citeSpan(c))
		if i < len(cs)-1 {
			// The separator stays with the reference before it.
			out = append(out, span{text: sep, st: stBody, glue: true})
		}
	}
	return out
}

// listSep separates the members of a list: a comma, or a semicolon when a
// member holds a comma itself ("legislative, judicial and executive powers").
func listSep(cs []cited) string {
	for _, c := range cs {
		if strings.Contains(c.text, ",") {
			return "; "
		}
	}
	return ", "
}

// citeSpan is a value's reference, or the note that a reviewer entered it.
func citeSpan(c cited) span {
	if c.reviewer {
		return span{text: " [reviewer]", st: style{italic, stRef.size, colPurple}, glue: true}
	}
	return refSpan(c.refs)
}

// notStated is the note for a field no source states.
func notStated() []span {
	return []span{{text: "not stated in the sources", st: stItalic}}
}

// fieldSpans sets a field's value with its references, a NEEDS REVIEW tag
// where the field needs a reviewer; ok is false when the record lacks the
// field.
func (r *report) fieldSpans(key string) ([]span, bool) {
	f, ok := r.fields[key]
	if !ok {
		return nil, false
	}
	var out []span
	if f.IsList {
		cs := r.src.citedList(key, f)
		if key == dossier.FieldDonors && r.donor != "" {
			cs = donorFirst(cs, r.donor)
		}
		switch {
		case len(cs) == 0 && f.Status == dossier.StatusNeedsReview:
			out = []span{{text: "undecided: the sources disagree", st: stItalic}}
		case len(cs) == 0:
			out = notStated()
		default:
			out = spansOf(cs, listSep(cs))
		}
	} else if c, ok := r.src.citedSingle(key, f); ok {
		out = spansOf([]cited{c}, "")
	} else if f.Status == dossier.StatusNeedsReview {
		out = []span{{text: "undecided: the sources disagree", st: stItalic}}
	} else {
		out = notStated()
	}
	if f.Status == dossier.StatusNeedsReview {
		out = append(out, statusTag(f.Status))
	}
	return out, true
}

// donorFirst moves the donor's entries to the front.
func donorFirst(cs []cited, donor string) []cited {
	var first, rest []cited
	for _, c := range cs {
		if sameDonor(donorName(c.value), donor) {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}

// period returns the chosen start and end dates, nil where unknown.
func (r *report) period() (start, end *cited) {
	if c, ok := r.src.citedSingle(dossier.FieldStart, r.fields[dossier.FieldStart]); ok {
		start = &c
	}
	if c, ok := r.src.citedSingle(dossier.FieldEnd, r.fields[dossier.FieldEnd]); ok {
		end = &c
	}
	return start, end
}

// periodSpans sets "start [n] – end [n]".
func (r *report) periodSpans() []span {
	start, end := r.period()
	var out []span
	add := func(key string, c *cited) {
		f := r.fields[key]
		switch {
		case c != nil:
			out = append(out, span{text: c.text, st: stBody}, citeSpan(*c))
		case f.Status == dossier.StatusNeedsReview:
			out = append(out, span{text: "undecided", st: stItalic})
		default:
			out = append(out, span{text: "not stated", st: stItalic})
		}
		if f.Status == dossier.StatusNeedsReview {
			out = append(out, statusTag(f.Status))
		}
	}
	add(dossier.FieldStart, start)
	out = append(out, span{text: " \u2013 ", st: stBody})
	add(dossier.FieldEnd, end)
	return out
}
