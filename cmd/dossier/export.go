package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/store"
)

func newExportCmd(g *globalOptions) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export --format json",
		Short: "Print every document and every reconciled project as the export contract says",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "json" {
				return usageError{fmt.Errorf("export: unknown format %q (json)", format)}
			}
			return runExport(cmd.Context(), g, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json")
	return cmd
}

// exportDocument is a document in the contract's shape.
type exportDocument struct {
	ID       string        `json:"id"`
	Source   string        `json:"source"`
	Kind     dossier.Kind  `json:"kind"`
	Title    string        `json:"title"`
	AsOf     *dossier.Date `json:"as_of"`
	Projects []string      `json:"projects"`
	Error    *string       `json:"error"`
}

type export struct {
	GeneratedAt string            `json:"generated_at"`
	Documents   []exportDocument  `json:"documents"`
	Projects    []dossier.Project `json:"projects"`
}

// now is the time the run speaks from: SOURCE_DATE_EPOCH when set, so
// exports and reports can be reproduced byte for byte.
func now() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC()
}

func runExport(ctx context.Context, g *globalOptions, w io.Writer) error {
	st, set, err := loadSet(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	infos, err := st.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		return err
	}
	out := export{GeneratedAt: now().Format(time.RFC3339), Documents: []exportDocument{}, Projects: set.Projects}
	if out.Projects == nil {
		out.Projects = []dossier.Project{}
	}
	for _, d := range infos {
		e := exportDocument{ID: d.ID, Kind: d.Kind, Title: d.Title, AsOf: d.AsOf, Projects: set.DocProjects[d.ID]}
		if len(d.Sources) > 0 {
			e.Source = d.Sources[0]
		}
		if e.Projects == nil {
			e.Projects = []string{}
		}
		if d.Error != "" {
			msg := d.Error
			e.Error = &msg
		}
		out.Documents = append(out.Documents, e)
	}
	return writeJSON(w, out)
}
