package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/report"
)

type reportRefusal struct {
	ID, Title string
	Fields    []string
	DraftURL  string
}

// handleReport sends a project's donor report as a PDF download:
// ?draft=1 for a draft, ?donor= for one donor's report. A final report of
// a project whose fields still need review is refused, naming them, with
// a link to the draft, as dossier report refuses it.
func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	v, p, ok := s.project(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	draft := q.Get("draft") == "1"
	donor := strings.TrimSpace(q.Get("donor"))
	if len(donor) > 200 {
		s.fail(w, r, http.StatusBadRequest, "That donor's name is too long.")
		return
	}
	rec, peers, err := s.reportRecord(r, v, p)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	var buf bytes.Buffer
	err = report.RenderContext(r.Context(), &buf, rec, report.Options{Donor: donor, Draft: draft, Peers: peers})
	var open *report.OpenReviewsError
	switch {
	case errors.As(err, &open):
		ref := &reportRefusal{ID: p.ID, Title: p.Title, Fields: open.Fields, DraftURL: "/projects/" + url.PathEscape(p.ID) + "/report?draft=1"}
		if donor != "" {
			ref.DraftURL += "&donor=" + url.QueryEscape(donor)
		}
		s.render(w, r, http.StatusConflict, "refused", ref)
		return
	case errors.Is(err, report.ErrUnknownDonor):
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("No source links the donor %q to project %s.", donor, p.ID))
		return
	case err != nil:
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	name := strings.TrimSuffix(records.ReportFileName(p.ID, donor), ".pdf")
	if draft && len(report.OpenFields(*p)) > 0 {
		name += "-draft"
	}
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", `attachment; filename="`+name+`.pdf"`)
	h.Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// reportRecord gathers what dossier report renders a project from: its
// record with each document's metadata, and the records of the other
// projects its sources describe.
func (s *Server) reportRecord(r *http.Request, v *records.View, p *dossier.Project) (dossier.Record, []dossier.Record, error) {
	rec, err := v.Record(r.Context(), p.ID)
	if err != nil {
		return rec, nil, err
	}
	peers, err := v.Peers(r.Context(), rec)
	return rec, peers, err
}
