// Package report renders a reconciled project record as a PDF report that a
// secretariat can send to a donor as it is: a first page that answers a
// donor's questions (purpose, period, status on the report's date, budget,
// the donor's contribution and its share, key results), then the project,
// a timeline, funding, objectives and results, key figures, and an annex,
// "Sources and data notes", that says how each value was chosen where the
// sources differ and lists the sources. Every value carries numbered
// references [n] to its sources, which link to the list.
//
// A report is final by default: Render refuses a record whose fields still
// need review (an *OpenReviewsError), and nothing meant for reviewers is
// printed. Options.Draft renders it anyway, marked DRAFT on every page,
// with the open reviews counted in the header and marked where they show.
//
// A donor report (Options.Donor) puts one donor first: its contributions,
// what they fund, their share of the budget and their period.
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
	// Date is the report's date: printed on the first page (as a day, in
	// UTC), the date the project's status is given for, and the PDF's
	// creation and modification date. The zero Date means DateFromEnv().
	Date time.Time
	// Draft renders a record whose fields still need review: every page
	// is marked DRAFT, the header counts the open reviews and each open
	// field is marked NEEDS REVIEW where it shows. Without Draft, Render
	// refuses such a record with an *OpenReviewsError. A record with no
	// open review gives the final report either way.
	Draft bool
	// Peers are the records of other projects that a source of this one
	// also describes (the dossier command passes them from the store). A
	// contribution a source gives to this project and to a peer is shown
	// as shared, its split not stated, and counted once; a donor's funding
	// period a peer's source states is shown here too. The record's
	// Related projects are looked at as well.
	Peers []dossier.Record
	// Creator is the PDF's creator; "" means "dossier".
	Creator string
	// Author is the PDF's author, such as the secretariat's name; "" leaves
	// it out.
	Author string
}

// Lang is the language of a report's text, written in the PDF for screen
// readers and text-to-speech: reports are in British English.
const Lang = "en-GB"

// ErrUnknownDonor reports a donor report asked for a donor that no source
// links to the project.
var ErrUnknownDonor = errors.New("donor not found in the project's record")

// ErrOpenReviews reports a final report asked of a record whose fields
// still need review; errors.As gives the *OpenReviewsError that names them.
var ErrOpenReviews = errors.New("fields need review")

// OpenReviewsError names the fields that keep a project's report from
// being final.
type OpenReviewsError struct {
	Project string
	// Fields are the fields that need review, in the order the report
	// discusses them.
	Fields []string
}

func (e *OpenReviewsError) Error() string {
	return fmt.Sprintf("project %q: %s review (%s): settle %s, or render a draft",
		e.Project, plural(len(e.Fields), "field needs", "fields need"), strings.Join(e.Fields, ", "),
		map[bool]string{true: "it", false: "them"}[len(e.Fields) == 1])
}

// Is makes errors.Is(err, ErrOpenReviews) true.
func (e *OpenReviewsError) Is(target error) bool { return target == ErrOpenReviews }

// OpenFields lists the fields of p that still need review, in the order a
// report discusses them.
func OpenFields(p dossier.Project) []string {
	var out []string
	for _, key := range orderedFields(p.Fields) {
		if p.Fields[key].Status == dossier.StatusNeedsReview {
			out = append(out, key)
		}
	}
	return out
}

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
// ErrUnknownDonor; a final report of a record with open reviews an
// *OpenReviewsError.
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
	if len(r.open) > 0 && !opt.Draft {
		return &OpenReviewsError{Project: rec.Project.ID, Fields: r.open}
	}
	r.borrowSources()
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
	open    []string

	contribs  []contribution        // allContributions, once made
	lists     map[string][]listItem // items, once made
	listNotes map[string][]listNote
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
	return &report{rec: rec, fields: fields, opt: opt, src: newSourceList(rec), title: title,
		open: OpenFields(rec.Project), lists: map[string][]listItem{}, listNotes: map[string][]listNote{}}
}

// borrowSources lists the peers' documents the report cites: those that
// state a shared contribution's funding period.
func (r *report) borrowSources() {
	docs := map[string]dossier.Document{}
	for _, p := range r.opt.Peers {
		for _, d := range p.Documents {
			docs[d.ID] = d
		}
	}
	donors := map[string]bool{}
	for _, c := range r.allContributions() {
		if len(c.sharedWith) > 0 {
			donors[c.k.Donor] = true
		}
	}
	for _, c := range r.allContributions() {
		if !donors[c.k.Donor] {
			continue
		}
		delete(donors, c.k.Donor) // each donor once, in the record's order
		for _, f := range r.fundingFacts(c.k.Donor) {
			for _, s := range f.srcs {
				if d, ok := docs[s.Document]; ok {
					r.src.add(d, true)
				} else if s.Document != "" {
					r.src.add(dossier.Document{ID: s.Document}, false)
				}
			}
		}
	}
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

// draft reports whether the report is a draft: asked for, of a record
// with fields still open. A record with none gives the final report
// either way.
func (r *report) draft() bool { return r.opt.Draft && len(r.open) > 0 }

// openText counts the open reviews: "1 open review".
func (r *report) openText() string {
	return plural(len(r.open), "open review", "open reviews")
}

func (r *report) render(out io.Writer) error {
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(r.opt.Date.UTC())
	pdf.SetModificationDate(r.opt.Date.UTC())
	pdf.SetLang(Lang)
	// Metadata goes through clean too: gofpdf writes it as UTF-16.
	title := r.title + " \u2013 " + r.kind()
	if r.draft() {
		title += " (draft)"
	}
	pdf.SetTitle(clean(title), true)
	subject := "Project report"
	if r.donor != "" {
		subject = "Donor report for " + r.donor
	}
	if r.draft() {
		subject = "Draft " + strings.ToLower(subject[:1]) + subject[1:] + " with " + r.openText()
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
	for range r.src.entries {
		r.w.sourceLinks = append(r.w.sourceLinks, pdf.AddLink())
	}
	pdf.SetHeaderFunc(func() {
		if r.draft() {
			r.draftMark()
		}
		if pdf.PageNo() > 1 {
			r.pageHeader()
		}
	})
	pdf.SetFooterFunc(r.pageFooter)

	r.summary()
	if r.donor != "" {
		r.donorSection()
	}
	r.projectSection()
	r.timelineSection()
	r.funding()
	r.results()
	r.figures()
	r.annex()

	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(out)
}

// pageHeader draws the running header: the project on the left, the
// report's kind and date on the right, and on a draft how many reviews
// are open.
func (r *report) pageHeader() {
	w := r.w
	st := style{bold, 8, colNavy}
	right := clean(r.kind() + " \u00b7 " + r.dateText())
	rightSt := style{regular, 8, colMuted}
	rw := w.m.width(right, rightSt.face, rightSt.size)
	x := marginL + contentW - rw
	if r.draft() {
		mark := clean("DRAFT \u00b7 " + r.openText() + " \u00b7")
		markSt := style{bold, 8, colRed}
		x -= w.m.width(mark, markSt.face, markSt.size) + w.m.width(" ", rightSt.face, rightSt.size)
		w.text(x, headerBase, mark, markSt)
	}
	left := ellipsize(clean(r.title), st, x-marginL-16)
	w.text(marginL, headerBase, left, st)
	w.text(marginL+contentW-rw, headerBase, right, rightSt)
	w.setDraw(colRule)
	w.pdf.SetLineWidth(0.5)
	w.pdf.Line(marginL, headerBase+6, marginL+contentW, headerBase+6)
}

// draftMark sets DRAFT across the page, light, under what the page holds.
func (r *report) draftMark() {
	w := r.w
	st := style{bold, 110, rgb{250, 230, 230}}
	text := "DRAFT"
	tw := w.m.width(text, st.face, st.size)
	cx, cy := pageW/2, pageH/2
	w.pdf.TransformBegin()
	w.pdf.TransformRotate(50, cx, cy)
	w.text(cx-tw/2, cy+st.size*0.35, text, st)
	w.pdf.TransformEnd()
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
	note := "[n]: source n, listed in the annex"
	if r.draft() {
		note = "DRAFT, not for sending \u00b7 " + note
	}
	note = clean(note)
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

// citeSpan is a value's reference, or, for a value a reviewer entered
// with no document behind it, "[reviewer]": the annex says who decided,
// when and why.
func citeSpan(c cited) span {
	if c.reviewer {
		return span{text: " [reviewer]", st: stRef, glue: true}
	}
	return refSpan(c.refs)
}

// notStated is the note for a field no source states.
func notStated() []span {
	return []span{{text: "not stated in the sources", st: stItalic}}
}

// openTag marks, in a draft, a field that still needs review; nothing in a
// final report.
func (r *report) openTag(f dossier.Field) []span {
	if !r.draft() || f.Status != dossier.StatusNeedsReview {
		return nil
	}
	return []span{tagSpan("NEEDS REVIEW", colRed)}
}

// fieldSpans sets a field's value with its references, and in a draft a
// NEEDS REVIEW tag where the field needs a reviewer; ok is false when the
// record lacks the field.
func (r *report) fieldSpans(key string) ([]span, bool) {
	f, ok := r.fields[key]
	if !ok {
		return nil, false
	}
	var out []span
	if f.IsList {
		var cs []cited
		for _, it := range r.items(key) {
			cs = append(cs, it.cited())
		}
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
	return append(out, r.openTag(f)...), true
}

// cited is a list item as a cited value.
func (it listItem) cited() cited {
	return cited{value: it.value, text: it.text, refs: it.refs, srcs: it.srcs, reviewer: it.reviewer}
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
	if c, ok := r.src.citedSingle(dossier.FieldStart, r.fields[dossier.FieldStart]); ok && c.value.Date != nil {
		start = &c
	}
	if c, ok := r.src.citedSingle(dossier.FieldEnd, r.fields[dossier.FieldEnd]); ok && c.value.Date != nil {
		end = &c
	}
	return start, end
}

// periodSpans sets "start [n] – end [n]", with the duration where a
// source states it.
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
		out = append(out, r.openTag(f)...)
	}
	add(dossier.FieldStart, start)
	out = append(out, span{text: " \u2013 ", st: stBody})
	add(dossier.FieldEnd, end)
	if c, ok := r.src.citedSingle(dossier.FieldDurationMonths, r.fields[dossier.FieldDurationMonths]); ok {
		out = append(out, span{text: " (" + c.text, st: stBody}, citeSpan(c), span{text: ")", st: stBody, glue: true})
		out = append(out, r.openTag(r.fields[dossier.FieldDurationMonths])...)
	}
	return out
}
