package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
)

type factsOptions struct {
	doc, field, project string
	json                bool
	// fields, when set, keeps only these fields.
	fields []string
}

func newFactsCmd(g *globalOptions) *cobra.Command {
	var o factsOptions
	cmd := &cobra.Command{
		Use:   "facts",
		Short: "List the facts extracted from the documents, with their sources",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runFacts(cmd.Context(), g, o, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&o.doc, "doc", "", "only this document (id or a prefix of it)")
	cmd.Flags().StringVar(&o.field, "field", "", "only this field (start, end, budget, donors, …)")
	cmd.Flags().StringVar(&o.project, "project", "", "only facts about this project name")
	cmd.Flags().BoolVar(&o.json, "json", false, "print JSON")
	return cmd
}

func runFacts(ctx context.Context, g *globalOptions, o factsOptions, w io.Writer) error {
	st, err := store.Open(ctx, store.PathFromEnv(g.db), store.ForReading())
	if err != nil {
		return err
	}
	defer st.Close()
	fs, err := st.Facts(ctx, store.FactFilter{Document: o.doc, Field: o.field, Project: o.project})
	if err != nil {
		return err
	}
	if len(o.fields) > 0 {
		keep := fs[:0]
		for _, f := range fs {
			if slices.Contains(o.fields, f.Field) {
				keep = append(keep, f)
			}
		}
		fs = keep
	}
	if o.json {
		return encodeJSON(w, fs, true)
	}
	tab := termsafe.NewTable(w, "DOCUMENT", "PAGE", "PROJECT", "FIELD", "VALUE", "QUOTE")
	for _, f := range fs {
		page := "-"
		if f.Page > 0 {
			page = fmt.Sprint(f.Page)
		}
		v := f.Value.String()
		if f.Scope != "" {
			v += " [" + f.Scope + "]"
		}
		tab.Row(short(f.Document), page, f.Project, f.Field, clip(v, 60), clip(f.Quote, 70))
	}
	return tab.Flush()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
