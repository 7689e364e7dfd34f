package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

type projectsPage struct {
	Rows        []projectRow
	Total       int
	NeedsReview int // projects with an open review
	OnlyReview  bool
	Query       string
	Documents   int
	Took        string
}

type projectRow struct {
	ID, Title, Period, Status string
	Open, Documents           int
}

// handleProjects lists the projects: period, status, open reviews,
// documents; ?review=1 keeps those that need review, ?q= filters by id or
// title.
func (s *Server) handleProjects(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	v, err := s.views.get(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	q := r.URL.Query()
	page := &projectsPage{OnlyReview: q.Get("review") == "1", Query: strings.TrimSpace(q.Get("q"))}
	needle := strings.ToLower(page.Query)
	err = v.EachProject(r.Context(), store.ProjectFilter{}, func(p store.ProjectSummary) error {
		page.Total++
		if p.OpenReviews > 0 {
			page.NeedsReview++
		}
		if page.OnlyReview && p.OpenReviews == 0 {
			return nil
		}
		if needle != "" && !strings.Contains(strings.ToLower(p.ID), needle) && !strings.Contains(strings.ToLower(p.Title), needle) {
			return nil
		}
		pp := &dossier.Project{ID: p.ID, Fields: p.Fields}
		status := ""
		if f, ok := p.Fields[dossier.FieldStatus]; ok {
			switch {
			case f.Status == dossier.StatusNeedsReview && f.Value == nil:
				status = "needs review"
			case f.Status == dossier.StatusNeedsReview:
				status = review.FieldValue(f) + " (needs review)"
			default:
				status = review.FieldValue(f)
			}
		}
		page.Rows = append(page.Rows, projectRow{ID: p.ID, Title: p.Title, Period: period(pp), Status: status,
			Open: p.OpenReviews, Documents: p.Documents})
		return nil
	})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	counts, err := s.st.CountDocuments(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	page.Documents = counts.Total - counts.Failed
	page.Took = since(start)
	s.render(w, r, http.StatusOK, "projects", page)
}
