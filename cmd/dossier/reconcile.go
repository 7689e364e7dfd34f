package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/store"
)

func newReconcileCmd(g *globalOptions) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reconcile --all",
		Short: "Reconcile every project again from the stored facts and decisions, and store the records (after an upgrade of the rules)",
		Long: `Every write (an ingest, a review) reconciles the projects it touches in
its own transaction, so the stored records are always current. reconcile
--all makes every record again from the facts, the decisions and the ids
given, as if every document had been ingested anew, and replaces them in
one transaction: after an upgrade of dossier's rules, or to check that
the records are what the facts give. Ids never change.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !all {
				return usageError{fmt.Errorf("reconcile: --all is required (every project is reconciled again)")}
			}
			st, err := store.Open(cmd.Context(), store.PathFromEnv(g.db))
			if err != nil {
				return err
			}
			defer st.Close()
			start := time.Now()
			if err := st.RebuildRecords(cmd.Context()); err != nil {
				return err
			}
			n, _, err := st.CountProjects(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "reconciled %s in %.2fs\n", plural(n, "project", "projects"), time.Since(start).Seconds())
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "every project")
	return cmd
}
