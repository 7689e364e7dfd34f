// Package web is dossier serve: a local web page where reviewers check
// what reconciliation decided, source by source, and settle what it could
// not, on the same store and through the same code as the CLI (records for
// reconciling, review for decisions, ingest for new documents, report for
// donor PDFs).
//
// Pages are rendered on the server with html/template; the little
// JavaScript there is (static/app.js) only adds conveniences, and every
// page works without it, by keyboard alone. Documents are untrusted:
// everything a document says is escaped by the templates, an HTML source
// is shown as the text dossier read from it (never its markup or
// scripts), and every response carries a Content-Security-Policy that
// allows no inline script.
//
// The store keeps every project's reconciled record, made again in the
// transaction of each write that changes it (a decision, a document, from
// this server or another dossier process), so a page reads only the rows
// it shows: a project's page costs a look-up, not a reconciliation.
package web

import (
	"crypto/rand"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

//go:embed templates static
var assets embed.FS

// DefaultMaxUpload is the largest upload accepted when Options.MaxUpload
// is 0.
const DefaultMaxUpload = 64 << 20

// Options configure a Server.
type Options struct {
	// Token, when not empty, is required of every visitor: typed once in
	// the login form, then kept as a cookie. Without it only requests
	// addressed to a loopback host name are answered (a page on another
	// site cannot rebind its name to this server).
	Token string
	// MaxUpload bounds an uploaded file, in bytes; 0 means
	// DefaultMaxUpload.
	MaxUpload int64
	// UploadDir is the folder uploaded files are kept in, so that they
	// are ingested as files (and a PDF can be shown at its page later).
	UploadDir string
	// Ingest configures the pipeline that uploads go through, as
	// dossier ingest's flags do.
	Ingest ingest.Options
	// SecureCookies marks cookies Secure, for a server behind TLS.
	SecureCookies bool
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
	// Now is the clock of the pages (nil: time.Now).
	Now func() time.Time
}

// Server serves the pages of one store.
type Server struct {
	st    *store.Store
	opt   Options
	key   []byte // per process: signs CSRF tokens and the session cookie
	views views
	pages map[string]*template.Template
	log   *slog.Logger

	ingestMu sync.Mutex // one upload ingests at a time
	runsMu   sync.Mutex
	runs     []*ingestRun // the latest uploads, newest last
	nextRun  int
	files    fileCache // originals whose bytes were checked

	loginMu sync.Mutex // login attempts are taken one at a time
}

// New returns a server over st, which must stay open while it serves.
func New(st *store.Store, opt Options) (*Server, error) {
	if opt.MaxUpload <= 0 {
		opt.MaxUpload = DefaultMaxUpload
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	s := &Server{st: st, opt: opt, key: make([]byte, 32), log: opt.Logger}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if _, err := rand.Read(s.key); err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	s.views.st = st
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	return s, nil
}

// Handler returns the server's routes, wrapped in its security checks.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.handleProjects)
	mux.HandleFunc("GET /projects/{id}", s.handleProject)
	mux.HandleFunc("POST /projects/{id}/decisions", s.handleDecide)
	mux.HandleFunc("GET /projects/{id}/report", s.handleReport)
	mux.HandleFunc("GET /documents", s.handleDocuments)
	mux.HandleFunc("POST /documents", s.handleUpload)
	mux.HandleFunc("GET /documents/{hex}", s.handleDocument)
	mux.HandleFunc("GET /documents/{hex}/page", s.handleDocumentPage)
	mux.HandleFunc("GET /documents/{hex}/original", s.handleOriginal)
	mux.HandleFunc("GET /ingests/{n}", s.handleIngestRun)
	mux.HandleFunc("GET /login", s.handleLoginForm)
	mux.HandleFunc("POST /login", s.handleLogin)
	mux.HandleFunc("POST /logout", s.handleLogout)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return s.secure(mux)
}

// IsLoopback reports whether addr (host:port, as --addr takes it) listens
// on a loopback address only. An empty host ("":8080) listens on every
// address, so it is not; a name other than localhost is not trusted to
// resolve to one.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	return isLoopbackHost(host)
}

func isLoopbackHost(host string) bool {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
