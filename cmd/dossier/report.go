package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/reconcile"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/report"
)

type reportOptions struct {
	out, donor string
	all        bool
}

func newReportCmd(g *globalOptions) *cobra.Command {
	var o reportOptions
	cmd := &cobra.Command{
		Use:   "report (PROJECT -o FILE.pdf | --all -o DIR) [--donor NAME]",
		Short: "Render the donor report of a project as PDF, from its reconciled record",
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
			st, set, err := loadSet(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer st.Close()
			w := cmd.OutOrStdout()
			if !o.all {
				path := o.out
				if fi, err := os.Stat(path); err == nil && fi.IsDir() {
					path = filepath.Join(path, reportFileName(args[0], o.donor))
				}
				return writeReport(cmd.Context(), set, args[0], o.donor, path, w)
			}
			return writeAllReportsTo(cmd.Context(), set, o.donor, o.out, w, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the PDF file or a folder to write it in; with --all the folder")
	cmd.Flags().StringVar(&o.donor, "donor", "", "a donor report: this donor's contributions first")
	cmd.Flags().BoolVar(&o.all, "all", false, "a report for every project")
	return cmd
}

// writeReport renders one report to a file, through a temporary file so a
// failed render never leaves half a PDF behind.
func writeReport(ctx context.Context, set *records.Set, id, donor, path string, w io.Writer) error {
	rec, err := set.Record(id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.RenderContext(ctx, &buf, rec, report.Options{Donor: donor, Date: report.DateFromEnv()}); err != nil {
		return fmt.Errorf("report %s: %w", id, err)
	}
	if err := writeFileSynced(path, buf.Bytes()); err != nil {
		return fmt.Errorf("report %s: %w", id, err)
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", termsafe.Cell(path), buf.Len())
	return nil
}

// writeFileSynced writes data to path so that path holds either its old
// content or all of data, even across a crash: a temporary file in the
// same folder, synced, renamed over path, then the folder synced so the
// rename itself is on disk. The temporary file never outlives a failure.
func writeFileSynced(path string, data []byte) (err error) {
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

// maxReportName caps a report's file name before ".pdf", in bytes; file
// systems take 255.
const maxReportName = 120

// reportFileName is the name of a project's report in a folder:
// "<project>.pdf", or "<project>-<donor slug>.pdf" for a donor report. Only
// letters, digits, '-' and '_' are kept, so an id from an older store can
// never name a path elsewhere; a name cut to maxReportName ends in a hash
// of the whole, so two long ids still get two files.
func reportFileName(id, donor string) string {
	var b strings.Builder
	for _, r := range id {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	name := b.String()
	if donor != "" {
		name += "-" + reconcile.Slugify(donor)
	}
	if name == "" || strings.Trim(name, "-") == "" {
		name = "project" + name
	}
	if len(name) > maxReportName {
		sum := sha256.Sum256([]byte(name))
		name = name[:maxReportName-13] + "-" + hex.EncodeToString(sum[:6])
	}
	return name + ".pdf"
}

// writeAllReports is writeAllReportsTo with failures on w too, for the
// demo, which tells its story on one stream.
func writeAllReports(ctx context.Context, set *records.Set, donor, dir string, w io.Writer) error {
	return writeAllReportsTo(ctx, set, donor, dir, w, w)
}

// writeAllReportsTo writes DIR/<project>.pdf for every project, and with a
// donor DIR/<project>-<donor>.pdf for each project the donor funds. A
// report that fails is reported on errOut and the others are still
// written; the run then ends with errSomeFailed (exit 3).
func writeAllReportsTo(ctx context.Context, set *records.Set, donor, dir string, w, errOut io.Writer) error {
	failed, tried := 0, 0
	one := func(id, donor string) {
		tried++
		err := writeReport(ctx, set, id, donor, filepath.Join(dir, reportFileName(id, donor)), w)
		if errors.Is(err, report.ErrUnknownDonor) {
			tried--
			return
		}
		if err != nil && ctx.Err() == nil {
			failed++
			fmt.Fprintln(errOut, "dossier:", termsafe.Cell(err.Error()))
		}
	}
	for _, p := range set.Projects {
		if err := ctx.Err(); err != nil {
			return err
		}
		one(p.ID, "")
		if donor != "" {
			one(p.ID, donor)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(errOut, "dossier: %d of %d reports failed; the others are written\n", failed, tried)
		return fmt.Errorf("%d of %d reports failed: %w", failed, tried, errSomeFailed)
	}
	return nil
}
