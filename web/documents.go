package web

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

// Document states as the documents page shows them. The store keeps a
// document in which no project was found as ingested, with a mark.
const (
	stateIngested  = "ingested"
	stateFailed    = "failed"
	stateNoProject = "no project found"
)

// documentsPerPage bounds the rows of one documents page: a store of
// 10,000 documents is listed page by page.
const documentsPerPage = 100

type documentsPage struct {
	Rows     []documentRow
	Counts   map[string]int
	Total    int
	Shown    int
	State    string // filter: "", ingested, failed, no-project
	Query    string
	Page     int
	Pages    int
	PrevURL  string
	NextURL  string
	MaxBytes string
	// Upload is set when an upload was refused; it says why.
	Upload string
	URL    string
}

type documentRow struct {
	Hex, Short, Kind, AsOf, State, Error, Title, Source, SourceURL string
	Facts                                                          int
	Projects                                                       []string
}

func docState(d store.DocumentInfo) string {
	switch {
	case d.State == store.StateFailed:
		return stateFailed
	case d.NoProject:
		return stateNoProject
	}
	return stateIngested
}

// handleDocuments lists every document with its state, a page at a time,
// with the upload form.
func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	s.documentsPage(w, r, http.StatusOK, "", "")
}

func (s *Server) documentsPage(w http.ResponseWriter, r *http.Request, status int, uploadErr, typedURL string) {
	v, err := s.views.get(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	q := r.URL.Query()
	page := &documentsPage{State: q.Get("state"), Query: strings.TrimSpace(q.Get("q")),
		Counts: map[string]int{}, MaxBytes: humanBytes(s.opt.MaxUpload), Upload: uploadErr, URL: typedURL}
	switch page.State {
	case "", "ingested", "failed", "no-project":
	default:
		page.State = ""
	}
	page.Page, _ = strconv.Atoi(q.Get("page"))
	page.Page = max(page.Page, 1)
	query := store.DocumentQuery{State: page.State, Text: page.Query, Offset: (page.Page - 1) * documentsPerPage, Limit: documentsPerPage}
	rows, matching, counts, err := s.st.DocumentPage(r.Context(), query)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	page.Pages = max(1, (matching+documentsPerPage-1)/documentsPerPage)
	if page.Page > page.Pages {
		// Past the last page: the last one.
		page.Page = page.Pages
		query.Offset = (page.Page - 1) * documentsPerPage
		if rows, matching, counts, err = s.st.DocumentPage(r.Context(), query); err != nil {
			s.fail(w, r, http.StatusInternalServerError, err.Error())
			return
		}
	}
	page.Total, page.Shown = counts.Total, matching
	for state, n := range map[string]int{stateIngested: counts.Ingested, stateFailed: counts.Failed, stateNoProject: counts.NoProject} {
		if n > 0 {
			page.Counts[state] = n
		}
	}
	link := func(n int) string {
		v := url.Values{}
		if page.State != "" {
			v.Set("state", page.State)
		}
		if page.Query != "" {
			v.Set("q", page.Query)
		}
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		}
		if len(v) == 0 {
			return "/documents"
		}
		return "/documents?" + v.Encode()
	}
	if page.Page > 1 {
		page.PrevURL = link(page.Page - 1)
	}
	if page.Page < page.Pages {
		page.NextURL = link(page.Page + 1)
	}
	ids := make([]string, len(rows))
	for i, d := range rows {
		ids[i] = d.ID
	}
	byDoc, err := v.DocProjects(r.Context(), ids)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	for _, d := range rows {
		row := documentRow{Hex: docHex(d.ID), Short: shortID(d.ID), Kind: string(d.Kind), AsOf: "–", State: docState(d),
			Error: d.Error, Title: d.Title, Facts: d.Facts, Projects: byDoc[d.ID]}
		if d.AsOf != nil {
			row.AsOf = d.AsOf.Human()
		}
		if len(d.Sources) > 0 {
			row.Source = d.Sources[0]
			row.SourceURL = webURL(d.Sources[0])
		}
		page.Rows = append(page.Rows, row)
	}
	s.render(w, r, status, "documents", page)
}

// humanBytes writes n bytes as "64 MiB".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

type documentPage struct {
	Hex, Title, Kind, AsOf, AsOfQuote, State, Error string
	Sources                                         []sourceLink
	Pages                                           []textPage
	Projects                                        []string
	Quote                                           string
	Found                                           bool
	Original                                        string // address of the original PDF, when it can be shown
}

type sourceLink struct{ Text, URL string }

type textPage struct {
	N      int // 0 for a web page
	Blocks []textBlock
}

type textBlock struct {
	Role  string
	Label string
	Text  []segment
	Cells [][]segment // a table row's cells
	ID    string      // "hl" on the first block that holds the quote
}

// maxQuote bounds the quote a document's page highlights.
const maxQuote = 2000

// handleDocument shows a document as the text dossier read from it:
// blocks in reading order, by page for a PDF, with the quote given in ?q=
// highlighted. An HTML source's markup and scripts are never shown or
// sent.
func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	doc, info, ok := s.document(w, r)
	if !ok {
		return
	}
	v, err := s.views.get(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	byDoc, err := v.DocProjects(r.Context(), []string{doc.ID})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	page := &documentPage{Hex: docHex(doc.ID), Title: doc.Title, Kind: string(doc.Kind), AsOfQuote: doc.AsOfQuote,
		State: docState(info), Error: doc.Error, Projects: byDoc[doc.ID]}
	if doc.AsOf != nil {
		page.AsOf = doc.AsOf.Human()
	}
	for _, src := range info.Sources {
		page.Sources = append(page.Sources, sourceLink{Text: src, URL: webURL(src)})
	}
	if doc.Kind == dossier.KindPDF {
		if s.hasOriginal(info) {
			page.Original = "/documents/" + page.Hex + "/original"
		}
	}
	quote := r.URL.Query().Get("q")
	if len(quote) > maxQuote {
		quote = quote[:maxQuote]
	}
	page.Quote = quote
	find := quoteFinder(quote)
	cur := -1
	for _, b := range doc.Blocks {
		if cur < 0 || page.Pages[cur].N != b.Page {
			page.Pages = append(page.Pages, textPage{N: b.Page})
			cur++
		}
		tb := textBlock{Role: string(b.Role), Label: b.Label}
		hit := false
		if b.Role == dossier.RoleRow && strings.Contains(b.Text, "\t") {
			for _, cell := range strings.Split(b.Text, "\t") {
				segs, h := find(cell)
				hit = hit || h
				tb.Cells = append(tb.Cells, segs)
			}
		} else {
			tb.Text, hit = find(b.Text)
			if !hit && b.Label != "" {
				// A quote may be the whole "Label: value" line.
				if segs, h := find(b.Label + ": " + b.Text); h {
					tb.Label, tb.Text, hit = "", segs, true
				}
			}
		}
		if hit && !page.Found {
			tb.ID, page.Found = "hl", true
		}
		page.Pages[cur].Blocks = append(page.Pages[cur].Blocks, tb)
	}
	s.render(w, r, http.StatusOK, "document", page)
}

// quoteFinder returns a function that marks where quote occurs in a text,
// ignoring case and runs of white space, and says whether it did.
func quoteFinder(quote string) func(string) ([]segment, bool) {
	words := strings.Fields(quote)
	if len(words) == 0 {
		return func(t string) ([]segment, bool) { return []segment{{Text: t}}, false }
	}
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)` + strings.Join(words, `\s+`))
	if err != nil {
		return func(t string) ([]segment, bool) { return []segment{{Text: t}}, false }
	}
	return func(t string) ([]segment, bool) {
		locs := re.FindAllStringIndex(t, -1)
		if len(locs) == 0 {
			return []segment{{Text: t}}, false
		}
		var out []segment
		at := 0
		for _, l := range locs {
			if l[0] > at {
				out = append(out, segment{Text: t[at:l[0]]})
			}
			out = append(out, segment{Text: t[l[0]:l[1]], Mark: true})
			at = l[1]
		}
		if at < len(t) {
			out = append(out, segment{Text: t[at:]})
		}
		return out, true
	}
}

// document reads the document the path names, or writes a 404.
func (s *Server) document(w http.ResponseWriter, r *http.Request) (*dossier.Document, store.DocumentInfo, bool) {
	h := r.PathValue("hex")
	if !isHexID(h) {
		s.fail(w, r, http.StatusNotFound, "A document's address is /documents/ and the 64 hex digits of its id.")
		return nil, store.DocumentInfo{}, false
	}
	doc, err := s.st.Document(r.Context(), "sha256:"+h)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "There is no such document in this store.")
		return nil, store.DocumentInfo{}, false
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, store.DocumentInfo{}, false
	}
	info, err := s.st.DocumentInfo(r.Context(), doc.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, store.DocumentInfo{}, false
	}
	return doc, info, true
}

// documentInfo reads what the store holds of the document the path names
// (its hex id, its metadata), or writes a 404.
func (s *Server) documentInfo(w http.ResponseWriter, r *http.Request) (string, store.DocumentInfo, bool) {
	h := r.PathValue("hex")
	if !isHexID(h) {
		s.fail(w, r, http.StatusNotFound, "A document's address is /documents/ and the 64 hex digits of its id.")
		return "", store.DocumentInfo{}, false
	}
	info, err := s.st.DocumentInfo(r.Context(), "sha256:"+h)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "There is no such document in this store.")
		return "", store.DocumentInfo{}, false
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return "", store.DocumentInfo{}, false
	}
	return h, info, true
}

// handleDocumentPage opens a PDF at a page: the original file when this
// server can show it (Chromium's viewer opens it at #page=N), else the
// text dossier read from that page.
func (s *Server) handleDocumentPage(w http.ResponseWriter, r *http.Request) {
	h, info, ok := s.documentInfo(w, r)
	if !ok {
		return
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("page"))
	n = max(n, 1)
	if info.Kind == dossier.KindPDF {
		if s.hasOriginal(info) {
			http.Redirect(w, r, fmt.Sprintf("/documents/%s/original#page=%d", h, n), http.StatusSeeOther)
			return
		}
	}
	v := url.Values{}
	if q := r.URL.Query().Get("q"); q != "" {
		v.Set("q", q)
	}
	target := "/documents/" + h
	if len(v) > 0 {
		target += "?" + v.Encode()
	}
	frag := fmt.Sprintf("#p-%d", n)
	if v.Get("q") != "" {
		frag = "#hl"
	}
	http.Redirect(w, r, target+frag, http.StatusSeeOther)
}

// handleOriginal sends a PDF's original bytes, inline, for the browser's
// viewer. Only a file recorded as one of the document's sources, whose
// bytes still hash to the document's id, is ever sent; web pages never
// are (their text view stands for them).
func (s *Server) handleOriginal(w http.ResponseWriter, r *http.Request) {
	h, info, ok := s.documentInfo(w, r)
	if !ok {
		return
	}
	if info.Kind != dossier.KindPDF {
		s.fail(w, r, http.StatusNotFound, "Only PDFs are shown as they are; a web page is shown as the text dossier read from it.")
		return
	}
	f, ok := s.openOriginal(info)
	if !ok {
		s.fail(w, r, http.StatusNotFound, "The original file is no longer where it was read from, or has changed since; its text is shown instead at /documents/"+h+".")
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "application/pdf")
	hd.Set("Content-Disposition", `inline; filename="`+shortID(info.ID)+`.pdf"`)
	// Chromium's viewer shows the PDF under this policy (checked with
	// scripts/serve-screenshots.sh's browser); no other site may frame it.
	hd.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	hd.Set("Cache-Control", "private, max-age=300")
	defer f.Close()
	http.ServeContent(w, r, "", info.IngestedAt, f)
}

// fileCache remembers originals whose bytes were checked, by path, size
// and modification time, so a file is hashed once.
type fileCache struct {
	mu sync.Mutex
	ok map[string]string // path and stat to document id
}

// openOriginal opens a local source of the document whose bytes still
// hash to its id; the caller closes it. Only places recorded as the
// document's sources are looked at.
func (s *Server) openOriginal(info store.DocumentInfo) (*os.File, bool) {
	for _, src := range info.Sources {
		if strings.Contains(src, "://") {
			continue
		}
		if fi, err := os.Stat(src); err != nil || !fi.Mode().IsRegular() || fi.Size() != info.Size {
			continue
		}
		f, err := os.Open(src)
		if err != nil {
			continue
		}
		fi, err := f.Stat()
		if err != nil || !fi.Mode().IsRegular() || fi.Size() != info.Size {
			f.Close()
			continue
		}
		key := fmt.Sprintf("%s\x00%d\x00%d", src, fi.Size(), fi.ModTime().UnixNano())
		s.files.mu.Lock()
		known := s.files.ok[key] == info.ID
		s.files.mu.Unlock()
		if !known {
			h := sha256.New()
			if _, err := io.Copy(h, io.LimitReader(f, info.Size+1)); err != nil ||
				"sha256:"+hex.EncodeToString(h.Sum(nil)) != info.ID {
				f.Close()
				continue
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				f.Close()
				continue
			}
			s.files.mu.Lock()
			if s.files.ok == nil {
				s.files.ok = map[string]string{}
			}
			s.files.ok[key] = info.ID
			s.files.mu.Unlock()
		}
		return f, true
	}
	return nil, false
}

// hasOriginal reports whether openOriginal would find the file.
func (s *Server) hasOriginal(info store.DocumentInfo) bool {
	f, ok := s.openOriginal(info)
	if ok {
		f.Close()
	}
	return ok
}
