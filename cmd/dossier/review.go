package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/normalize"
	"github.com/dossier-dev/dossier/reconcile"
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
			st, _, p, err := loadProject(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			defer st.Close()
			field := args[1]
			f, ok := p.Fields[field]
			if !ok {
				return usageError{fmt.Errorf("review: project %s has no field %q", p.ID, field)}
			}
			d := dossier.Decision{Project: p.ID, Field: field, Reviewer: o.reviewer, Note: o.note, IsList: f.IsList || reconcile.IsListField(field)}
			if d.Reviewer == "" {
				d.Reviewer = os.Getenv("USER")
			}
			if d.Reviewer == "" {
				d.Reviewer = "reviewer"
			}
			if o.candidate != "" {
				err = fromCandidates(&d, f, o.candidate)
			} else {
				err = fromValue(&d, f, o.value)
			}
			if err != nil {
				return usageError{fmt.Errorf("review %s %s: %w", p.ID, field, err)}
			}
			if err := st.PutDecision(cmd.Context(), &d); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "decision %d: %s %s = %s (by %s)\n", d.ID, p.ID, termsafe.Cell(field),
				termsafe.Cell(decisionValue(d)), termsafe.Cell(d.Reviewer))
			return nil
		},
	}
	cmd.Flags().StringVar(&o.value, "value", "", "the value (a list field takes members separated by ';')")
	cmd.Flags().StringVar(&o.candidate, "candidate", "", "the number of a candidate as dossier diff shows it (a list field takes several: 1,3)")
	cmd.Flags().StringVar(&o.note, "note", "", "why (required)")
	cmd.Flags().StringVar(&o.reviewer, "reviewer", "", "who decides (default $USER)")
	return cmd
}

// fromCandidates takes the value of candidate numbers as diff shows them.
func fromCandidates(d *dossier.Decision, f dossier.Field, spec string) error {
	for _, part := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 || n > len(f.Candidates) {
			return fmt.Errorf("no candidate %q (the field has %d)", part, len(f.Candidates))
		}
		v := f.Candidates[n-1].Value
		if d.IsList {
			d.List = append(d.List, v)
			continue
		}
		if strings.Contains(spec, ",") {
			return fmt.Errorf("the field holds one value: name one candidate")
		}
		d.Value = v
	}
	return nil
}

// maxDurationMonths bounds a duration a reviewer types: a century is
// longer than any project runs.
const maxDurationMonths = 1200

// fromValue parses a value the reviewer typed, in the form the field holds.
func fromValue(d *dossier.Decision, f dossier.Field, text string) error {
	kind := dossier.ValueText
	if len(f.Candidates) > 0 {
		kind = f.Candidates[0].Value.Kind
	}
	parse := func(s string) (dossier.Value, error) {
		s = strings.TrimSpace(s)
		switch {
		case d.Field == dossier.FieldStatus:
			st, ok := normalize.Status(s)
			if !ok {
				return dossier.Value{}, fmt.Errorf("%q is not a status (planned, ongoing, completed)", s)
			}
			return dossier.TextValue(st), nil
		case d.Field == dossier.FieldCountries:
			code, ok := normalize.CountryCode(s)
			if !ok {
				return dossier.Value{}, fmt.Errorf("%q is not a country", s)
			}
			return dossier.TextValue(code), nil
		case kind == dossier.ValueDate || d.Field == dossier.FieldStart || d.Field == dossier.FieldEnd:
			dt, err := normalize.ParseDate(s)
			if err != nil {
				return dossier.Value{}, err
			}
			return dossier.DateValue(dt), nil
		case kind == dossier.ValueMoney || d.Field == dossier.FieldBudget:
			m, _, err := normalize.ParseMoney(s)
			if err != nil {
				return dossier.Value{}, err
			}
			if err := dossier.CheckAmount(m.Amount); err != nil {
				return dossier.Value{}, fmt.Errorf("%q: %w", s, err)
			}
			return dossier.MoneyValue(m), nil
		case kind == dossier.ValueInt || d.Field == dossier.FieldDurationMonths:
			n, err := strconv.Atoi(s)
			if err != nil {
				return dossier.Value{}, fmt.Errorf("%q is not a whole number", s)
			}
			if d.Field == dossier.FieldDurationMonths && (n < 1 || n > maxDurationMonths) {
				return dossier.Value{}, fmt.Errorf("%q is not a duration: give 1 to %d months", s, maxDurationMonths)
			}
			if n < 0 {
				return dossier.Value{}, fmt.Errorf("%q is negative", s)
			}
			return dossier.IntValue(n), nil
		case kind == dossier.ValueText:
			return dossier.TextValue(s), nil
		}
		return dossier.Value{}, fmt.Errorf("values of this field are chosen with --candidate")
	}
	if !d.IsList {
		v, err := parse(text)
		d.Value = v
		return err
	}
	for _, part := range strings.Split(text, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		v, err := parse(part)
		if err != nil {
			return err
		}
		d.List = append(d.List, v)
	}
	return nil
}
