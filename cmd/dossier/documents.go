package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
)

type documentsOptions struct {
	json      bool
	failed    bool
	noProject bool
}

// stateNoProject is the state shown for a document read fine in which no
// project was found. The store keeps it as ingested, with a mark; shown as
// ingested, it would pass for a source of the projects.
const stateNoProject = "no project found"

func newDocumentsCmd(g *globalOptions) *cobra.Command {
	var o documentsOptions
	cmd := &cobra.Command{
		Use:   "documents",
		Short: "List the documents in the store: id, source, kind, title, as-of date, state",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDocuments(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVar(&o.json, "json", false, "print JSON")
	cmd.Flags().BoolVar(&o.failed, "failed", false, "list only documents that could not be read, with the reason")
	cmd.Flags().BoolVar(&o.noProject, "no-project", false, "list only documents read fine in which no project was found (with --failed, both kinds)")
	return cmd
}

// documentJSON is a document as the export contract shapes it, with the
// state and every source added.
type documentJSON struct {
	ID       string        `json:"id"`
	Source   string        `json:"source"`
	Sources  []string      `json:"sources"`
	Kind     dossier.Kind  `json:"kind"`
	Title    string        `json:"title"`
	AsOf     *dossier.Date `json:"as_of"`
	Projects []string      `json:"projects"`
	State    string        `json:"state"`
	Error    *string       `json:"error"`
	Facts    int           `json:"facts"`
}

func runDocuments(ctx context.Context, g *globalOptions, o documentsOptions, w, stderr io.Writer) error {
	st, v, err := openView(ctx, g, stderr, false)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(ctx, store.DocumentFilter{Failed: o.failed, NoProject: o.noProject})
	if err != nil {
		return err
	}
	var ids []string // nil: every document's
	if o.failed || o.noProject {
		ids = make([]string, len(docs))
		for i, d := range docs {
			ids[i] = d.ID
		}
	}
	byDoc, err := v.DocProjects(ctx, ids)
	if err != nil {
		return err
	}
	out := make([]documentJSON, 0, len(docs))
	for _, d := range docs {
		j := documentJSON{ID: d.ID, Sources: d.Sources, Kind: d.Kind, Title: d.Title, AsOf: d.AsOf, State: d.State, Facts: d.Facts, Projects: []string{}}
		if d.NoProject {
			j.State = stateNoProject
		}
		if len(d.Sources) > 0 {
			j.Source = d.Sources[0]
		}
		if d.Error != "" {
			e := d.Error
			j.Error = &e
		}
		if ps := byDoc[d.ID]; ps != nil {
			j.Projects = ps
		}
		out = append(out, j)
	}
	if o.json {
		return encodeJSON(w, out, true)
	}
	tab := termsafe.NewTable(w, "ID", "KIND", "AS OF", "STATE", "FACTS", "TITLE", "SOURCE")
	for _, d := range out {
		asOf := "-"
		if d.AsOf != nil {
			asOf = d.AsOf.String()
		}
		state := d.State
		if d.Error != nil {
			state += ": " + *d.Error
		}
		tab.Row(short(d.ID), d.Kind, asOf, state, d.Facts, d.Title, d.Source)
	}
	return tab.Flush()
}

// short gives the first 12 hex digits of a document id, which the store
// accepts as a prefix.
func short(id string) string {
	const p = len("sha256:")
	if len(id) > p+12 {
		return id[p : p+12]
	}
	return id
}

func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("unexpected arguments: %v", args)}
	}
	return nil
}
