package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/review"
)

type reviewOptions struct {
	value, candidate, note, reviewer string
}

func newReviewCmd(g *globalOptions) *cobra.Command {
	var o reviewOptions
	cmd := &cobra.Command{
		Use:   "review PROJECT FIELD (--value V | --candidate N) --note TEXT [--reviewer NAME]",
		Short: "Decide a field's value; the decision holds across re-ingestion until a newer source disagrees",
		Args:  exactArgs(2, "review: name a project id and a field"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (o.value == "") == (o.candidate == "") {
				return usageError{fmt.Errorf("review: give exactly one of --value and --candidate")}
			}
			if strings.TrimSpace(o.note) == "" {
				return usageError{fmt.Errorf("review: --note is required: say why")}
			}
			st, _, p, err := loadProject(cmd.Context(), g, args[0], cmd.ErrOrStderr(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			field := args[1]
			if _, ok := p.Fields[field]; !ok {
				return usageError{fmt.Errorf("review: project %s has no field %q", p.ID, field)}
			}
			reviewer := o.reviewer
			if reviewer == "" {
				reviewer = os.Getenv("USER")
			}
			if reviewer == "" {
				reviewer = "reviewer"
			}
			// The same call as dossier serve's form: one way to decide.
			d, err := review.Put(cmd.Context(), st, p, field,
				review.Choice{Candidates: o.candidate, Value: o.value, Note: o.note, Reviewer: reviewer})
			if err != nil {
				if errors.As(err, new(*review.InvalidError)) {
					return usageError{fmt.Errorf("review %s %s: %w", p.ID, field, err)}
				}
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "decision %d: %s %s = %s (by %s)\n", d.ID, p.ID, termsafe.Cell(field),
				termsafe.Cell(decisionValue(d)), termsafe.Cell(d.Reviewer))
			return nil
		},
	}
	cmd.Flags().StringVar(&o.value, "value", "", "the value (a list field takes members separated by ';')")
	cmd.Flags().StringVar(&o.candidate, "candidate", "", "the number of a candidate as dossier diff shows them (a list field takes several: 1,3)")
	cmd.Flags().StringVar(&o.note, "note", "", "why (required)")
	cmd.Flags().StringVar(&o.reviewer, "reviewer", "", "who decides (default $USER)")
	return cmd
}
