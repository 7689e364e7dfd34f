package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

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
				return writeReport(set, args[0], o.donor, o.out, w)
			}
			return writeAllReports(cmd.Context(), set, o.donor, o.out, w)
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "the PDF file, or with --all the folder")
	cmd.Flags().StringVar(&o.donor, "donor", "", "a donor report: this donor's contributions first")
	cmd.Flags().BoolVar(&o.all, "all", false, "a report for every project")
	return cmd
}

// writeReport renders one report to a file, through a temporary file so a
// failed render never leaves half a PDF behind.
func writeReport(set *records.Set, id, donor, path string, w io.Writer) error {
	rec, err := set.Record(id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, rec, report.Options{Donor: donor, Date: report.DateFromEnv()}); err != nil {
		return fmt.Errorf("report %s: %w", id, err)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("report %s: %w", id, err)
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("report %s: %w", id, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("report %s: %w", id, err)
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", path, buf.Len())
	return nil
}

// writeAllReports writes DIR/<project>.pdf for every project, and with a
// donor DIR/<project>-<donor>.pdf for each project the donor funds.
func writeAllReports(ctx context.Context, set *records.Set, donor, dir string, w io.Writer) error {
	for _, p := range set.Projects {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeReport(set, p.ID, "", filepath.Join(dir, p.ID+".pdf"), w); err != nil {
			return err
		}
		if donor == "" {
			continue
		}
		path := filepath.Join(dir, p.ID+"-"+reconcile.Slugify(donor)+".pdf")
		err := writeReport(set, p.ID, donor, path, w)
		if errors.Is(err, report.ErrUnknownDonor) {
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}
