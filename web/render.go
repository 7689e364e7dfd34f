package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/dossier-dev/dossier"
)

// layout is the frame of every page; each page template defines "title"
// and "main".
const layout = "templates/layout.html"

// parsePages parses each page with the layout.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		if n == layout {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, layout, n)
		if err != nil {
			return nil, fmt.Errorf("serve: template %s: %w", n, err)
		}
		pages[strings.TrimSuffix(path.Base(n), ".html")] = t
	}
	return pages, nil
}

var funcs = template.FuncMap{
	"hex":        docHex,
	"short":      shortID,
	"label":      statusLabel,
	"pathescape": url.PathEscape,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	},
}

// frame is what the layout needs besides the page's own data.
type frame struct {
	CSRF string
	Auth bool // show the log-out button
	Nav  string
	Page any
}

// render writes page name with data, status code and the visitor's CSRF
// token. It renders into a buffer first, so a template error is a clean
// 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t := s.pages[name]
	f := frame{CSRF: s.csrfToken(w, r), Auth: s.opt.Token != "" && s.loggedIn(r), Nav: navOf(r.URL.Path), Page: data}
	var buf bytes.Buffer
	if err := t.Execute(&buf, f); err != nil {
		s.log.Error("render", "page", name, "error", err)
		http.Error(w, "internal error: the page could not be drawn", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Pages hold CSRF tokens and change with every decision.
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func navOf(p string) string {
	switch {
	case strings.HasPrefix(p, "/documents"), strings.HasPrefix(p, "/ingests"):
		return "documents"
	case p == "/login":
		return "login"
	}
	return "projects"
}

type errorPage struct {
	Status  int
	Title   string
	Message string
}

// fail writes an error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", msg)
	}
	s.render(w, r, status, "error", &errorPage{Status: status, Title: http.StatusText(status), Message: msg})
}

// docHex is a document id without "sha256:", as the pages' addresses
// take it.
func docHex(id string) string { return strings.TrimPrefix(id, "sha256:") }

// shortID is the first 12 hex digits of a document id, as the CLI shows.
func shortID(id string) string {
	h := docHex(id)
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// statusLabel is a field status as a reader says it.
func statusLabel(status string) string {
	return strings.ReplaceAll(status, "_", " ")
}

// isHexID reports whether h is 64 lowercase hex digits.
func isHexID(h string) bool {
	if len(h) != 64 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// period is a project's start and end as a reader writes them.
func period(p *dossier.Project) string {
	s, e := "?", "?"
	if f, ok := p.Fields[dossier.FieldStart]; ok && f.Value != nil {
		s = f.Value.String()
	}
	if f, ok := p.Fields[dossier.FieldEnd]; ok && f.Value != nil {
		e = f.Value.String()
	}
	return s + " – " + e
}

// webURL returns u if it is an http(s) address a link may point to, else
// "": a source named "javascript:…" is shown as text, never a link.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
