package web

import (
	"net/http"
	"strings"

	"github.com/dossier-dev/dossier"
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
	snap, err := s.cache.get(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	q := r.URL.Query()
	page := &projectsPage{OnlyReview: q.Get("review") == "1", Query: strings.TrimSpace(q.Get("q")),
		Total: len(snap.set.Projects), Documents: len(snap.set.Documents), Took: roundDuration(snap.took)}
	needle := strings.ToLower(page.Query)
	for i := range snap.set.Projects {
		p := &snap.set.Projects[i]
		open := p.OpenReviews()
		if open > 0 {
			page.NeedsReview++
		}
		if page.OnlyReview && open == 0 {
			continue
		}
		if needle != "" && !strings.Contains(strings.ToLower(p.ID), needle) && !strings.Contains(strings.ToLower(p.Title), needle) {
			continue
		}
		status := ""
		if f, ok := p.Fields[dossier.FieldStatus]; ok {
			switch {
			case f.Status == dossier.StatusNeedsReview && f.Value == nil:
				status = "needs review"
			case f.Status == dossier.StatusNeedsReview:
				status = fieldValue(f) + " (needs review)"
			default:
				status = fieldValue(f)
			}
		}
		page.Rows = append(page.Rows, projectRow{ID: p.ID, Title: p.Title, Period: period(p), Status: status,
			Open: open, Documents: len(p.Documents)})
	}
	s.render(w, r, http.StatusOK, "projects", page)
}
