package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

// ingestTimeout bounds one upload's ingest; a URL has its own, shorter,
// download limits.
const ingestTimeout = 10 * time.Minute

// keptRuns is how many uploads' results the server keeps to show.
const keptRuns = 50

// ingestRun is what one upload did.
type ingestRun struct {
	N        int
	At       string
	Input    string
	Elapsed  string
	Results  []runResult
	Projects []projectChange
	Err      string
}

type runResult struct {
	Source, State, Error, Hex string
	Facts                     int
	NoProject                 bool
	Projects                  []string
}

// projectChange is how one project differs after an upload.
type projectChange struct {
	ID, Title string
	New       bool
	Fields    []fieldChange
}

type fieldChange struct {
	Name                            string
	Before, After                   string
	StatusBefore, StatusAfter       string
	CandidatesBefore, CandidatesAft int
}

// handleUpload ingests an uploaded file, or a URL, through the pipeline
// dossier ingest runs, then shows what it changed. An uploaded file is
// kept in the upload folder and ingested from there, as a file named on
// the command line would be.
func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	// The form's fields beside the file are small; 1 MiB is room for them.
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxUpload+1<<20)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("The file is larger than this server takes (%s); see dossier serve --max-upload.", humanBytes(s.opt.MaxUpload)))
			return
		}
		s.fail(w, r, http.StatusBadRequest, "The upload form could not be read: "+err.Error())
		return
	}
	defer r.MultipartForm.RemoveAll()
	if !s.checkCSRF(r) {
		s.failCSRF(w, r)
		return
	}
	rawURL := strings.TrimSpace(r.PostFormValue("url"))
	file, header, fileErr := r.FormFile("file")
	hasFile := fileErr == nil && header.Size > 0
	if fileErr == nil {
		defer file.Close()
	}
	var input string
	switch {
	case hasFile == (rawURL != ""):
		s.documentsPage(w, r, http.StatusUnprocessableEntity, "Choose a file or give a URL (one of them).", rawURL)
		return
	case hasFile && header.Size > s.opt.MaxUpload:
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("The file is larger than this server takes (%s); see dossier serve --max-upload.", humanBytes(s.opt.MaxUpload)))
		return
	case hasFile:
		p, err := s.keepUpload(file, header)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, "The upload could not be kept: "+err.Error())
			return
		}
		input = p
	default:
		u, err := url.Parse(rawURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(rawURL) > 2048 {
			s.documentsPage(w, r, http.StatusUnprocessableEntity, "A URL starts with http:// or https:// and names a host.", rawURL)
			return
		}
		input = rawURL
	}
	run := s.ingest(r.Context(), input)
	http.Redirect(w, r, "/ingests/"+strconv.Itoa(run.N), http.StatusSeeOther)
}

// keepUpload writes an uploaded file to the upload folder under its
// digest and a cleaned name, and returns its path; the same bytes
// uploaded again land on the same path.
func (s *Server) keepUpload(file multipart.File, header *multipart.FileHeader) (string, error) {
	if err := os.MkdirAll(s.opt.UploadDir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(s.opt.UploadDir, ".upload-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // gone once renamed
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(file, s.opt.MaxUpload+1))
	if err == nil && n > s.opt.MaxUpload {
		err = fmt.Errorf("larger than %s", humanBytes(s.opt.MaxUpload))
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	name := hex.EncodeToString(h.Sum(nil))[:16] + "-" + cleanName(header.Filename)
	p := filepath.Join(s.opt.UploadDir, name)
	if err := os.Rename(tmp.Name(), p); err != nil {
		return "", err
	}
	return p, nil
}

// cleanName keeps a file name's letters, digits, dots, dashes and
// underscores, so an uploaded name can never name a path elsewhere or a
// hidden file.
func cleanName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	var b strings.Builder
	for _, r := range name {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if len(out) > 100 {
		out = out[len(out)-100:]
	}
	if out == "" {
		out = "upload"
	}
	return out
}

// ingest runs the pipeline on one input, one upload at a time, and keeps
// what it changed for the result page. The run goes on if the visitor
// leaves: a document read whole is worth storing.
func (s *Server) ingest(ctx context.Context, input string) *ingestRun {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ingestTimeout)
	defer cancel()
	run := &ingestRun{Input: input, At: s.opt.Now().UTC().Format(time.RFC3339)}
	defer s.keepRun(run)
	// What the projects were before, read after the run from a snapshot
	// taken now: only the projects the run touched are read.
	before, err := s.st.Snapshot(ctx)
	if err != nil {
		run.Err = err.Error()
		return run
	}
	defer before.Close()
	opt := s.opt.Ingest
	items := ingest.Expand([]string{input}, opt.HTTP)
	sum, err := ingest.Run(ctx, s.st, items, opt)
	run.Elapsed = roundDuration(sum.Elapsed)
	if err != nil {
		run.Err = err.Error()
	}
	after, err := s.views.get(ctx)
	if err != nil {
		run.Err = err.Error()
		return run
	}
	var ids []string
	for _, res := range sum.Results {
		if res.ID != "" && res.State != ingest.StateFailed {
			ids = append(ids, res.ID)
		}
	}
	byDoc, err := after.DocProjects(ctx, ids)
	if err != nil {
		run.Err = err.Error()
		return run
	}
	touched := map[string]bool{}
	for _, res := range sum.Results {
		rr := runResult{Source: res.Source, State: res.State, Facts: res.Facts, NoProject: res.NoProject}
		if res.Err != nil {
			rr.Error = res.Err.Error()
		}
		if res.ID != "" && res.State != ingest.StateFailed {
			rr.Hex = docHex(res.ID)
			rr.Projects = byDoc[res.ID]
			for _, p := range rr.Projects {
				touched[p] = true
			}
		}
		run.Results = append(run.Results, rr)
	}
	sortedTouched := make([]string, 0, len(touched))
	for id := range touched {
		sortedTouched = append(sortedTouched, id)
	}
	sort.Strings(sortedTouched)
	for _, id := range sortedTouched {
		was, err := before.Project(ctx, id)
		if err != nil && !errors.Is(err, store.ErrNoProject) {
			run.Err = err.Error()
			return run
		}
		now, err := after.Project(ctx, id)
		if err != nil {
			run.Err = err.Error()
			return run
		}
		run.Projects = append(run.Projects, changeOf(was, now))
	}
	return run
}

// changeOf says how project after differs from before (nil if new): the
// fields whose value, status or candidates changed.
func changeOf(before, after *dossier.Project) projectChange {
	pc := projectChange{ID: after.ID, Title: after.Title, New: before == nil}
	names := map[string]bool{}
	for n := range after.Fields {
		names[n] = true
	}
	if before != nil {
		for n := range before.Fields {
			names[n] = true
		}
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		var b, a dossier.Field
		var hadB, hadA bool
		if before != nil {
			b, hadB = before.Fields[n]
		}
		a, hadA = after.Fields[n]
		fc := fieldChange{Name: n, Before: "(not stated)", After: "(not stated)",
			CandidatesBefore: len(b.Candidates), CandidatesAft: len(a.Candidates)}
		if hadB {
			fc.Before, fc.StatusBefore = review.FieldValue(b), b.Status
		}
		if hadA {
			fc.After, fc.StatusAfter = review.FieldValue(a), a.Status
		}
		if fc.Before != fc.After || fc.StatusBefore != fc.StatusAfter || fc.CandidatesBefore != fc.CandidatesAft {
			pc.Fields = append(pc.Fields, fc)
		}
	}
	return pc
}

func (s *Server) keepRun(run *ingestRun) {
	s.runsMu.Lock()
	defer s.runsMu.Unlock()
	s.nextRun++
	run.N = s.nextRun
	s.runs = append(s.runs, run)
	if len(s.runs) > keptRuns {
		s.runs = s.runs[len(s.runs)-keptRuns:]
	}
}

// handleIngestRun shows what an upload did.
func (s *Server) handleIngestRun(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.PathValue("n"))
	s.runsMu.Lock()
	var run *ingestRun
	for _, x := range s.runs {
		if x.N == n {
			run = x
		}
	}
	s.runsMu.Unlock()
	if run == nil {
		s.fail(w, r, http.StatusNotFound, "This server keeps the results of its latest uploads only; the documents page lists every document.")
		return
	}
	s.render(w, r, http.StatusOK, "ingest", run)
}
