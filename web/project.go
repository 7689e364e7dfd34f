package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

type projectPage struct {
	ID, Title   string
	Aliases     []string
	Identifiers []dossier.Identifier
	Predecessor string
	Successor   string
	Documents   int
	Open        int
	Period      string
	Fields      []*fieldView
	Donors      []string
	// Decided names the field a decision was just recorded on.
	Decided string
	// Error is set when a decision was refused; the field's form says why.
	Error string
	Took  string
	// All unfolds every field's candidates and form (?all=1).
	All bool
}

type fieldView struct {
	Name, Anchor string
	Status       string
	Value        string
	IsList       bool
	Rule, Cause  string
	Stale        bool
	Candidates   []candidateView
	History      []decisionView
	// Form is what the reviewer typed, kept when a decision is refused.
	Form formState
	// Version is the field's version (store.FieldVersion) the form
	// decides on: a field another reviewer decided meanwhile is not
	// decided again unseen.
	Version string
}

type formState struct {
	Error, Note, Reviewer, Value string
	Picked                       map[int]bool
	ByValue                      bool
}

type candidateView struct {
	N       int
	Value   string
	Chosen  bool
	Scope   string
	Cause   string
	Sources []sourceView
}

type sourceView struct {
	Hex, Title, Kind, AsOf string
	Page                   int
	// File is the last part of the path or URL it was read from.
	File  string
	Quote []segment
	// Link opens the document: a PDF at its page, a web page's text
	// with the quote highlighted.
	Link string
}

type decisionView struct {
	ID       int64
	Time     string
	Value    string
	Reviewer string
	Note     string
	State    string
}

func (s *Server) handleProject(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	v, p, ok := s.project(w, r)
	if !ok {
		return
	}
	page, err := s.projectPage(r.Context(), v, p, start)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	page.All = r.URL.Query().Get("all") == "1"
	if d := r.URL.Query().Get("decided"); d != "" {
		if _, ok := p.Fields[d]; ok {
			page.Decided = d
		}
	}
	s.render(w, r, http.StatusOK, "project", page)
}

// project finds the project the path names, or writes a 404. A page
// asked for by the id of a project since merged into another is sent to
// that project's page.
func (s *Server) project(w http.ResponseWriter, r *http.Request) (*records.View, *dossier.Project, bool) {
	v, err := s.views.get(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, nil, false
	}
	id := r.PathValue("id")
	cur, merged, err := v.Resolve(r.Context(), id)
	if errors.As(err, new(records.ErrNoProject)) {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("There is no project %q in this store.", id))
		return nil, nil, false
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, nil, false
	}
	if merged && r.Method == http.MethodGet {
		u := url.URL{Path: strings.Replace(r.URL.Path, "/projects/"+id, "/projects/"+cur, 1), RawQuery: r.URL.RawQuery}
		http.Redirect(w, r, u.String(), http.StatusMovedPermanently)
		return nil, nil, false
	}
	p, err := v.Project(r.Context(), cur)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, nil, false
	}
	return v, p, true
}

// projectPage gathers what a project's page shows.
func (s *Server) projectPage(ctx context.Context, v *records.View, p *dossier.Project, start time.Time) (*projectPage, error) {
	page := &projectPage{ID: p.ID, Title: p.Title, Aliases: p.Aliases, Identifiers: p.Identifiers,
		Documents: len(p.Documents), Open: p.OpenReviews(), Period: period(p)}
	if p.Predecessor != nil {
		page.Predecessor = *p.Predecessor
	}
	if p.Successor != nil {
		page.Successor = *p.Successor
	}
	if f, ok := p.Fields[dossier.FieldDonors]; ok {
		for _, v := range f.List {
			page.Donors = append(page.Donors, v.String())
		}
	}
	marks, err := s.marksFor(ctx, p)
	if err != nil {
		return nil, err
	}
	decisions, err := v.Decisions(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	history := map[string][]dossier.Decision{}
	for _, d := range decisions {
		history[d.Field] = append(history[d.Field], d)
	}
	docs, err := v.Documents(ctx, citedDocuments(p))
	if err != nil {
		return nil, err
	}
	for i, name := range review.SortedFields(p) {
		f := p.Fields[name]
		fv := &fieldView{Name: name, Anchor: "field-" + strconv.Itoa(i+1), Status: f.Status, Value: review.FieldValue(f), Version: store.FieldVersion(p, name),
			IsList: f.IsList || reconcile.IsListField(name), Rule: f.Rule, Stale: f.Stale}
		if f.Cause != nil {
			fv.Cause = *f.Cause
		}
		for j, c := range f.Candidates {
			cv := candidateView{N: j + 1, Value: c.Value.String(), Chosen: c.Chosen, Scope: c.Scope, Cause: c.Cause}
			for _, src := range c.Sources {
				cv.Sources = append(cv.Sources, s.sourceView(docs, name, c.Value, src, marks))
			}
			fv.Candidates = append(fv.Candidates, cv)
		}
		fv.Form.Picked = map[int]bool{}
		if fv.IsList {
			// A list's form starts from the list as it stands: untick
			// what should go.
			for _, c := range fv.Candidates {
				fv.Form.Picked[c.N] = c.Chosen
			}
		}
		for _, d := range history[name] {
			fv.History = append(fv.History, decisionView{ID: d.ID, Time: d.Time.UTC().Format(time.RFC3339), Value: review.DecisionValue(d),
				Reviewer: d.Reviewer, Note: d.Note, State: review.State(p, d)})
		}
		page.Fields = append(page.Fields, fv)
	}
	page.Took = since(start)
	return page, nil
}

// citedDocuments lists the documents a project is made of and those its
// candidates cite.
func citedDocuments(p *dossier.Project) []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, d := range p.Documents {
		add(d)
	}
	for _, f := range p.Fields {
		for _, c := range f.Candidates {
			for _, src := range c.Sources {
				add(src.Document)
			}
		}
	}
	sort.Strings(out)
	return out
}

// sourceView describes one source of a candidate, with the words its
// value was read from marked in the quote.
func (s *Server) sourceView(docs map[string]dossier.Document, field string, v dossier.Value, src dossier.Source, marks *quoteMarks) sourceView {
	sv := sourceView{Hex: docHex(src.Document), Title: "(document not in the store)", Kind: "?", AsOf: "undated"}
	if d, ok := docs[src.Document]; ok && d.Error == "" {
		sv.Title, sv.Kind, sv.File = d.Title, string(d.Kind), lastPart(d.Source)
		if d.AsOf != nil {
			sv.AsOf = d.AsOf.Human()
		}
	}
	if sv.Title == "" {
		sv.Title = "(untitled)"
	}
	sv.Quote = marks.segments(src.Document, field, src.Quote, v)
	q := url.Values{"q": {src.Quote}}
	if src.Page != nil {
		sv.Page = *src.Page
		q.Set("page", strconv.Itoa(sv.Page))
		sv.Link = "/documents/" + sv.Hex + "/page?" + q.Encode()
	} else {
		sv.Link = "/documents/" + sv.Hex + "?" + q.Encode() + "#hl"
	}
	return sv
}

// handleDecide records a reviewer's decision on one field, through
// review.Put as dossier review does, then shows the project again.
func (s *Server) handleDecide(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 256<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "The form could not be read: "+err.Error())
		return
	}
	if !s.checkCSRF(r) {
		s.failCSRF(w, r)
		return
	}
	start := time.Now()
	v, p, ok := s.project(w, r)
	if !ok {
		return
	}
	field := r.PostFormValue("field")
	f, ok := p.Fields[field]
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("Project %s has no field %q.", p.ID, field))
		return
	}
	isList := f.IsList || reconcile.IsListField(field)
	c := review.Choice{Note: r.PostFormValue("note"), Reviewer: r.PostFormValue("reviewer"), Version: r.PostFormValue("version")}
	form := formState{Note: c.Note, Reviewer: c.Reviewer, Value: r.PostFormValue("value"), Picked: map[int]bool{}}
	picked := r.PostForm["candidate"]
	for _, n := range picked {
		if k, err := strconv.Atoi(n); err == nil {
			form.Picked[k] = true
		}
	}
	switch {
	case isList && r.PostFormValue("by") == "value",
		!isList && len(picked) == 1 && picked[0] == "typed":
		c.Value, form.ByValue = form.Value, true
	default:
		c.Candidates = strings.Join(picked, ",")
	}
	switch {
	case !isList && len(picked) > 1:
		form.Error = "The field holds one value: choose one candidate."
	case isList && !form.ByValue && len(picked) == 0:
		form.Error = "Tick at least one candidate, or type the list."
	}
	if form.Error == "" {
		_, err := review.Put(r.Context(), s.st, p, field, c)
		if err == nil {
			http.Redirect(w, r, "/projects/"+url.PathEscape(p.ID)+"?decided="+url.QueryEscape(field)+"#decided", http.StatusSeeOther)
			return
		}
		status := http.StatusUnprocessableEntity
		switch {
		case errors.Is(err, store.ErrFieldChanged):
			// The page below reads the project again: the reviewer sees
			// what the other decision (or a new document) made of it.
			status = http.StatusConflict
			form.Error = "Another reviewer decided " + field + ", or a new document changed it, since you opened this page: below is what it says now. Decide again if you still disagree."
			if p2, err2 := v.Project(r.Context(), p.ID); err2 == nil {
				p = p2
			}
		case !errors.As(err, new(*review.InvalidError)):
			s.fail(w, r, http.StatusInternalServerError, err.Error())
			return
		default:
			form.Error = decisionError(err)
		}
		s.renderDecideError(w, r, v, p, field, form, start, status)
		return
	}
	s.renderDecideError(w, r, v, p, field, form, start, http.StatusUnprocessableEntity)
}

// renderDecideError shows the project again with the form of field as the
// reviewer filled it and what to correct.
func (s *Server) renderDecideError(w http.ResponseWriter, r *http.Request, v *records.View, p *dossier.Project, field string, form formState, start time.Time, status int) {
	page, err := s.projectPage(r.Context(), v, p, start)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	for _, fv := range page.Fields {
		if fv.Name == field {
			fv.Form = form
			page.Error = fv.Anchor
		}
	}
	s.render(w, r, status, "project", page)
}

// decisionError says what to correct, in the form's words.
func decisionError(err error) string {
	switch {
	case errors.Is(err, review.ErrOneOf):
		return "Choose a candidate or enter a value."
	case errors.Is(err, review.ErrNoteRequired):
		return "A note is required: say why."
	case errors.Is(err, review.ErrNoReviewer):
		return "Your name is required."
	}
	msg := err.Error()
	return strings.ToUpper(msg[:1]) + msg[1:] + "."
}

// lastPart is the file name of a path or URL.
func lastPart(src string) string {
	src = strings.TrimRight(src, "/")
	if i := strings.LastIndexAny(src, "/\\"); i >= 0 && i < len(src)-1 {
		return src[i+1:]
	}
	return src
}

// roundDuration writes d for a person: "2.41 s", "38 ms".
func roundDuration(d time.Duration) string {
	if d >= time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%d ms", d.Milliseconds())
}
