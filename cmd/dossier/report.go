package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/sourcegraph/conc/stream"
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/report"
	"github.com/dossier-dev/dossier/store"
)

type reportOptions struct {
	out, donor string
	all, draft bool
}

func newReportCmd(g *globalOptions) *cobra.Command {
	var o reportOptions
	cmd := &cobra.Command{
		Use:   "report (PROJECT -o FILE.pdf | --all -o DIR) [--donor NAME] [--draft]",
		Short: "Render the donor report of a project as PDF, from its reconciled record",
		Long: `Render the report of a project as PDF, from its reconciled record.

A report is final: it refuses (exit 1, naming each open field) while a
field of the project needs review. Settle them with dossier review, or
render a draft with --draft: every page is then marked DRAFT and the open
reviews are counted in the header and marked where they show.`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case o.out == "":
				return usageError{fmt.Errorf("report: -o is required")}
			case o.all && len(args) > 0, !o.all && len(args) != 1:
				return usageError{fmt.Errorf("report: name one project, or --all")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			st, v, err := openView(cmd.Context(), g, cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			defer st.Close()
			src := newReportSource(v)
			w := cmd.OutOrStdout()
			if !o.all {
				path := o.out
				// "-o reports/" names a folder, existing or not: the report
				// goes inside it (writing a file over the folder's own
				// name would fail on rename).
				if fi, err := os.Stat(path); err == nil && fi.IsDir() || strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
					path = filepath.Join(path, records.ReportFileName(args[0], o.donor))
				}
				return writeReport(cmd.Context(), src, reportJob{id: args[0], donor: o.donor, draft: o.draft, path: path}, w)
			}
			return writeAllReportsTo(cmd.Context(), src, o.donor, o.draft, o.out, w, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the PDF file or a folder to write it in; with --all the folder")
	cmd.Flags().StringVar(&o.donor, "donor", "", "a donor report: this donor's contributions first")
	cmd.Flags().BoolVar(&o.all, "all", false, "a report for every project, rendered on all cores")
	cmd.Flags().BoolVar(&o.draft, "draft", false, "render a project whose fields still need review, marked DRAFT")
	return cmd
}

// reportSource is what reports are made from: the store's reconciled
// records, read a project at a time (its record with its documents'
// metadata, and the records of the projects that share its sources).
type reportSource struct {
	v *records.View
}

func newReportSource(v *records.View) *reportSource {
	return &reportSource{v: v}
}

// record is project id's record, its documents with their metadata.
func (s *reportSource) record(ctx context.Context, id string) (dossier.Record, error) {
	return s.v.Record(ctx, id)
}

// peers are the records of the other projects that a document of rec
// describes, in the order of their ids.
func (s *reportSource) peers(ctx context.Context, rec dossier.Record) ([]dossier.Record, error) {
	return s.v.Peers(ctx, rec)
}

// ids lists every project id, in order.
func (s *reportSource) ids(ctx context.Context) ([]string, error) {
	var out []string
	err := s.v.EachProject(ctx, store.ProjectFilter{}, func(p store.ProjectSummary) error {
		out = append(out, p.ID)
		return nil
	})
	return out, err
}

// reportJob is one report to write.
type reportJob struct {
	id, donor string
	draft     bool
	path      string
	// batch leaves the folder's sync to the caller, which syncs it once
	// when every report of a run is written.
	batch bool
}

// writeReport renders one report to a file, through a temporary file so a
// failed render never leaves half a PDF behind.
func writeReport(ctx context.Context, src *reportSource, job reportJob, w io.Writer) error {
	n, err := renderReportFile(ctx, src, job)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", termsafe.Cell(job.path), n)
	return nil
}

// renderReportFile renders job's report and writes it; it returns the
// size written.
func renderReportFile(ctx context.Context, src *reportSource, job reportJob) (int, error) {
	rec, err := src.record(ctx, job.id)
	if err != nil {
		return 0, err
	}
	peers, err := src.peers(ctx, rec)
	if err != nil {
		return 0, err
	}
	var buf bytes.Buffer
	opt := report.Options{Donor: job.donor, Date: report.DateFromEnv(), Draft: job.draft, Peers: peers}
	if err := report.RenderContext(ctx, &buf, rec, opt); err != nil {
		var open *report.OpenReviewsError
		if errors.As(err, &open) {
			return 0, fmt.Errorf("report %s: not final: %s (%s); settle %s with dossier review %s FIELD --candidate N --note WHY, or add --draft",
				job.id, plural(len(open.Fields), "field needs review", "fields need review"), strings.Join(open.Fields, ", "),
				map[bool]string{true: "it", false: "them"}[len(open.Fields) == 1], job.id)
		}
		return 0, fmt.Errorf("report %s: %w", job.id, err)
	}
	if err := writeFileSynced(job.path, buf.Bytes(), !job.batch); err != nil {
		return 0, fmt.Errorf("report %s: %w", job.id, err)
	}
	return buf.Len(), nil
}

// plural is "1 field" or "3 fields".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// writeFileSynced writes data to path so that path holds either its old
// content or all of data, even across a crash: a temporary file in the
// same folder, synced, renamed over path, then (with dirSync) the folder
// synced so the rename itself is on disk. The temporary file never
// outlives a failure.
func writeFileSynced(path string, data []byte, dirSync bool) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// A short fixed pattern: a long report name plus a suffix could pass
	// the file system's limit on a name.
	f, err := os.CreateTemp(dir, ".dossier-report-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if !dirSync {
		return nil
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Some systems cannot sync a
// folder (EINVAL); there the rename is as durable as the system allows.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// writeAllReports is writeAllReportsTo with failures on w too, for the
// demo, which tells its story on one stream.
func writeAllReports(ctx context.Context, src *reportSource, donor string, draft bool, dir string, w io.Writer) error {
	return writeAllReportsTo(ctx, src, donor, draft, dir, w, w)
}

// writeAllReportsTo writes DIR/<project>.pdf for every project, and with a
// donor DIR/<project>-<donor>.pdf for each project the donor funds. The
// reports are rendered on all cores (the fonts are prepared once per
// process) and told in the projects' order. A report that fails is
// reported on errOut and the others are still written; the run then ends
// with errSomeFailed (exit 3).
func writeAllReportsTo(ctx context.Context, src *reportSource, donor string, draft bool, dir string, w, errOut io.Writer) error {
	ids, err := src.ids(ctx)
	if err != nil {
		return err
	}
	failed, tried, open := 0, 0, 0
	s := stream.New().WithMaxGoroutines(runtime.GOMAXPROCS(0))
	submit := func(job reportJob) {
		s.Go(func() stream.Callback {
			n, err := renderReportFileSafe(ctx, src, job)
			return func() {
				switch {
				case errors.Is(err, report.ErrUnknownDonor):
					// The donor does not fund this project: no report.
				case err != nil && ctx.Err() == nil:
					tried++
					failed++
					if errors.Is(err, report.ErrOpenReviews) {
						open++
					}
					fmt.Fprintln(errOut, "dossier:", termsafe.Cell(err.Error()))
				case err == nil:
					tried++
					fmt.Fprintf(w, "wrote %s (%d bytes)\n", termsafe.Cell(job.path), n)
				}
			}
		})
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			break
		}
		submit(reportJob{id: id, draft: draft, path: filepath.Join(dir, records.ReportFileName(id, "")), batch: true})
		if donor != "" {
			submit(reportJob{id: id, donor: donor, draft: draft, path: filepath.Join(dir, records.ReportFileName(id, donor)), batch: true})
		}
	}
	s.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	// One sync of the folder makes every rename of the run durable.
	if tried > failed {
		if err := syncDir(dir); err != nil {
			return err
		}
	}
	if failed > 0 {
		msg := fmt.Sprintf("%d of %d reports failed; the others are written", failed, tried)
		if open > 0 {
			msg += fmt.Sprintf(" (%d not final: fields need review; add --draft to render them as drafts)", open)
		}
		fmt.Fprintln(errOut, "dossier:", msg)
		return fmt.Errorf("%d of %d reports failed: %w", failed, tried, errSomeFailed)
	}
	return nil
}

// renderReportFileSafe is renderReportFile with a panic turned into that
// report's error, so one report cannot end a run of all.
func renderReportFileSafe(ctx context.Context, src *reportSource, job reportJob) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("report %s: internal error: %v", job.id, p)
		}
	}()
	return renderReportFile(ctx, src, job)
}
