package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/fixtures"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

func newDemoCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Run the whole job on the built-in fixture documents with the embedded store",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), g, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
}

func runDemo(ctx context.Context, g *globalOptions, stdout, stderr io.Writer) error {
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
	fmt.Fprintln(stdout, "\n== the facts the export contract reconciles, as each document states them")
	if err := runFacts(ctx, g, factsOptions{fields: append([]string{dossier.FieldTitle}, dossier.ContractFields...)}, stdout); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nAll facts, with their quotes: go run ./cmd/dossier facts --db %s [--field NAME] [--json]\n", dbPath)
	return nil
}
