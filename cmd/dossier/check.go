package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/store"
)

func newCheckCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check the store file for damage and say what is damaged",
		Long: `Check the store file for damage with SQLite's integrity_check: every
page, every b-tree, and every index against its table. It prints "ok", or
each problem found and exits 1. It writes nothing.

Every command already runs the quicker quick_check when it opens the store
and stops on damage; check also finds an index that disagrees with its
table. Neither can see a changed byte inside a stored text.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCheck(cmd, store.PathFromEnv(g.db), cmd.OutOrStdout())
		},
	}
}

func runCheck(cmd *cobra.Command, path string, w io.Writer) error {
	problems, err := store.Check(cmd.Context(), path)
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(w, "%s: ok\n", path)
		return nil
	}
	for _, p := range problems {
		fmt.Fprintf(w, "%s: damaged: %s\n", path, p)
	}
	n := fmt.Sprintf("%d problems", len(problems))
	if len(problems) == 1 {
		n = "1 problem"
	}
	return fmt.Errorf("%s: %w: %s; restore it from a backup, or ingest the documents again into a new store", path, store.ErrDamaged, n)
}
