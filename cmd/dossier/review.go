package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

type reviewOptions struct {
	value, candidate, note, reviewer, seen string
}

func newReviewCmd(g *globalOptions) *cobra.Command {
	var o reviewOptions
	cmd := &cobra.Command{
		Use:   "review PROJECT FIELD (--value V | --candidate N) --note TEXT [--reviewer NAME] [--seen VERSION]",
		Short: "Decide a field's value; the decision holds across re-ingestion until a newer source disagrees",
		Args:  exactArgs(2, "review: name a project id and a field"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (o.value == "") == (o.candidate == "") {
				return usageError{fmt.Errorf("review: give exactly one of --value and --candidate")}
			}
			if strings.TrimSpace(o.note) == "" {
				return usageError{fmt.Errorf("review: --note is required: say why")}
			}
			if o.seen != "" && !fieldVersionForm(o.seen) {
				return usageError{fmt.Errorf("review: --seen %q: give the 16 hex digits dossier diff shows after 'version:'", o.seen)}
			}
			st, v, p, err := loadProject(cmd.Context(), g, args[0], cmd.ErrOrStderr(), true)
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
				review.Choice{Candidates: o.candidate, Value: o.value, Note: o.note, Reviewer: reviewer, Version: o.seen})
			if err != nil {
				if errors.As(err, new(*review.InvalidError)) {
					return usageError{fmt.Errorf("review %s %s: %w", p.ID, field, err)}
				}
				// Another reviewer (or a new document) got there first:
				// nothing was stored; show the field as it is now, with
				// the version to decide on.
				var changed *store.FieldChangedError
				if errors.As(err, &changed) && changed.Now != nil && changed.Now.Fields[field].Status != "" {
					docs, derr := v.Documents(cmd.Context(), sourceDocuments(changed.Now))
					if derr == nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "%s %s now:\n", changed.Now.ID, termsafe.Cell(field))
						writeDiffField(cmd.ErrOrStderr(), docs, changed.Now, field, false)
					}
				}
				return err // it names the project and field already
			}
			fmt.Fprintf(cmd.OutOrStdout(), "decision %d: %s %s = %s (by %s)\n", d.ID, p.ID, termsafe.Cell(field),
				termsafe.Cell(review.DecisionValue(d)), termsafe.Cell(d.Reviewer))
			return nil
		},
	}
	cmd.Flags().StringVar(&o.value, "value", "", "the value (a list field takes members separated by ';')")
	cmd.Flags().StringVar(&o.candidate, "candidate", "", "the number of a candidate as dossier diff shows them (a list field takes several: 1,3)")
	cmd.Flags().StringVar(&o.note, "note", "", "why (required)")
	cmd.Flags().StringVar(&o.reviewer, "reviewer", "", "who decides (default $USER)")
	cmd.Flags().StringVar(&o.seen, "seen", "", "decide only if the field is still at this version (the one dossier diff showed): a field another reviewer or a new document changed meanwhile is refused and shown as it is now")
	return cmd
}

// fieldVersionForm reports the form of a field's version: 16 hex digits
// (store.FieldVersion).
func fieldVersionForm(v string) bool {
	if len(v) != 16 {
		return false
	}
	for _, c := range v {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
