package main

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/store"
)

// newMigrateCmd is `dossier migrate`: a store copied whole into another,
// SQLite to PostgreSQL (or back).
func newMigrateCmd() *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "migrate --from ./dossier.db --to postgres://…",
		Short: "Copy a store into another, empty one: SQLite to PostgreSQL, or back",
		Long: `Copy a store into another, empty one: SQLite to PostgreSQL, or back.

Every document (or the reason it could not be read), the places it was read
from, its blocks and facts, every reviewer's decision, the project ids and
the reconciled records are copied as they are, in one transaction of the
destination: a copy that fails leaves it empty. The source is not changed.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" || to == "" {
				return usageError{fmt.Errorf("migrate: give --from and --to")}
			}
			if from == to {
				return usageError{fmt.Errorf("migrate: --from and --to are the same store")}
			}
			ctx := cmd.Context()
			src, err := store.Open(ctx, from, store.ForReading())
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := store.Open(ctx, to)
			if err != nil {
				return err
			}
			defer dst.Close()
			stats, err := store.Copy(ctx, src, dst)
			if err != nil {
				return err
			}
			tables := make([]string, 0, len(stats))
			for t := range stats {
				tables = append(tables, t)
			}
			sort.Strings(tables)
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "copied %s to %s:", store.RedactDB(from), store.RedactDB(to))
			for _, t := range tables {
				fmt.Fprintf(out, " %s %d", t, stats[t])
			}
			fmt.Fprintln(out)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "store to copy: a SQLite file or postgres://…")
	cmd.Flags().StringVar(&to, "to", "", "empty store to copy into: postgres://… or a SQLite file")
	return cmd
}
