package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/fixtures"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
)

type demoOptions struct {
	out string
}

func newDemoCmd(g *globalOptions) *cobra.Command {
	var o demoOptions
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole job on the built-in fixture documents with the embedded store",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&o.out, "out", "dossier-out", "folder for the export and the reports")
	return cmd
}

func runDemo(ctx context.Context, g *globalOptions, o demoOptions, stdout, stderr io.Writer) error {
	dbPath := store.PathFromEnv(g.db)
	fsys := fixtures.Docs()
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		return fmt.Errorf("list fixtures: %w", err)
	}
	items := make([]ingest.Item, 0, len(names))
	for _, n := range names {
		items = append(items, ingest.Item{
			Name: path.Join("fixtures/docs", n),
			Read: func(context.Context) ([]byte, string, error) {
				b, err := fs.ReadFile(fsys, n)
				return b, "", err
			},
		})
	}
	fmt.Fprintf(stdout, "== ingest: %d fixture documents into %s\n", len(items), dbPath)
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	sum, runErr := ingest.Run(ctx, st, items, ingest.Options{Logger: slog.New(slog.DiscardHandler)})
	st.Close()
	if err := reportIngest(sum, runErr, stdout, stderr); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\n== documents")
	if err := runDocuments(ctx, g, documentsOptions{}, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\n== projects")
	st, set, err := loadSet(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	// The demo lists whatever the store holds, not only the fixtures: a
	// title, value or rule may come from any document ingested before, so
	// each is escaped (termsafe) like the other commands' output.
	for _, p := range set.Projects {
		fmt.Fprintf(stdout, "%s  %s  (%s)  documents: %d, fields needing review: %d\n",
			termsafe.Cell(p.ID), termsafe.Cell(p.Title), termsafe.Cell(period(p)), len(p.Documents), p.OpenReviews())
	}
	fmt.Fprintln(stdout, "\n== how the sources' conflicts were reconciled")
	for i := range set.Projects {
		p := &set.Projects[i]
		fmt.Fprintf(stdout, "\n%s\n", termsafe.Cell(p.ID))
		for _, name := range sortedFields(p) {
			f := p.Fields[name]
			if f.Status == dossier.StatusAgreed {
				continue
			}
			// Clipped before escaping, so no escape is cut in half.
			fmt.Fprintf(stdout, "  %-40s %-12s %s\n", termsafe.Cell(name), termsafe.Cell(f.Status),
				termsafe.Cell(clip(fieldValue(f), 60)))
			fmt.Fprintf(stdout, "  %-40s %-12s %s\n", "", "", termsafe.Cell(f.Rule))
		}
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return fmt.Errorf("demo output: %w", err)
	}
	exportPath := filepath.Join(o.out, "export.json")
	var buf bytes.Buffer
	if err := runExport(ctx, g, &buf); err != nil {
		return err
	}
	if err := os.WriteFile(exportPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("demo output: %w", err)
	}
	fmt.Fprintf(stdout, "\n== export (CONTRACT.md): %s\n", exportPath)
	fmt.Fprintln(stdout, "\n== donor reports")
	if err := writeAllReports(ctx, set, "Canada", filepath.Join(o.out, "reports"), stdout); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nNext: dossier diff PROJECT --db %s shows every candidate with its sources and quotes;\n"+
		"dossier review PROJECT FIELD --candidate N --note WHY records a reviewer's decision.\n", dbPath)
	return nil
}
