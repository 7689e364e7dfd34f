package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/csvexport"
	"github.com/dossier-dev/dossier/iati"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// exportOptions are export's flags.
type exportOptions struct {
	format string
	// facts writes one CSV row per fact rather than per field.
	facts bool
	// org publishes the IATI file.
	org iati.Org
}

// defaultOrgType is the reporting organisation's IATI OrganisationType
// when --reporting-org-type is not given: 90, Other.
const defaultOrgType = "90"

func newExportCmd(g *globalOptions) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export --format json|iati|csv",
		Short: "Print every document and every reconciled project: as the export contract says (json), as IATI activity XML (iati), or as CSV (csv)",
		Long: `Print the store's reconciled projects on standard output.

  --format json   documents and projects, as ../shared/CONTRACT.md says
  --format iati   one IATI 2.03 iati-activities file, an activity a project;
                  needs --reporting-org REF and --reporting-org-name NAME
                  (and --reporting-org-type CODE, default 90 Other)
  --format csv    one row per project and field; with --facts, one row per
                  fact with its document, page and quote

A project IATI cannot hold (no settled date, status, donor or implementer)
is left out with one line on standard error saying why, and the exit code
is 3.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := o.check(cmd); err != nil {
				return usageError{err}
			}
			return runExportAs(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "json", "output format: json, iati or csv")
	cmd.Flags().BoolVar(&o.facts, "facts", false, "with --format csv: one row per fact, with its provenance")
	cmd.Flags().StringVar(&o.org.Ref, "reporting-org", "", "with --format iati: the publisher's IATI organisation identifier; every activity identifier starts with it")
	cmd.Flags().StringVar(&o.org.Name, "reporting-org-name", "", "with --format iati: the publisher's name")
	cmd.Flags().StringVar(&o.org.Type, "reporting-org-type", defaultOrgType, "with --format iati: the publisher's IATI OrganisationType code (10 government, 21 international NGO, 40 multilateral, 90 other…)")
	return cmd
}

// check refuses flags that do not go together.
func (o exportOptions) check(cmd *cobra.Command) error {
	switch o.format {
	case "json", "iati", "csv":
	default:
		return fmt.Errorf("export: unknown format %q (json, iati or csv)", o.format)
	}
	if o.facts && o.format != "csv" {
		return errors.New("export: --facts goes with --format csv")
	}
	for _, f := range []string{"reporting-org", "reporting-org-name", "reporting-org-type"} {
		if cmd.Flags().Changed(f) && o.format != "iati" {
			return fmt.Errorf("export: --%s goes with --format iati", f)
		}
	}
	if o.format == "iati" {
		if err := iati.CheckOrg(o.org); err != nil {
			return fmt.Errorf("export --format iati: %w", err)
		}
	}
	return nil
}

// exportDocument is a document in the contract's shape.
type exportDocument struct {
	ID     string        `json:"id"`
	Source string        `json:"source"`
	Kind   dossier.Kind  `json:"kind"`
	Title  string        `json:"title"`
	AsOf   *dossier.Date `json:"as_of"`
	// FiguresAsOf (added to the contract) is the date the document's
	// figures stand at where it states one other than as_of: the date
	// reconciliation orders its facts by.
	FiguresAsOf *dossier.Date `json:"figures_as_of"`
	Projects    []string      `json:"projects"`
	Error       *string       `json:"error"`
}

// export is the whole export object, as writeExportJSON writes it a
// document or a project at a time.
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

// runExport writes the contract's JSON export.
func runExport(ctx context.Context, g *globalOptions, w io.Writer) error {
	return runExportAs(ctx, g, exportOptions{format: "json"}, w, io.Discard)
}

// runExportAs writes the export in o's format.
func runExportAs(ctx context.Context, g *globalOptions, o exportOptions, w, stderr io.Writer) error {
	if o.format == "json" {
		// A document or a project at a time: constant memory.
		st, v, err := openView(ctx, g, stderr, false)
		if err != nil {
			return err
		}
		defer st.Close()
		return writeExportJSON(ctx, v, w, now().Format(time.RFC3339))
	}
	st, set, err := loadSet(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	infos, err := st.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		return err
	}
	switch {
	case o.format == "iati":
		return exportIATI(set, infos, o.org, w, stderr)
	case o.format == "csv" && o.facts:
		facts, err := st.Facts(ctx, store.FactFilter{})
		if err != nil {
			return err
		}
		docs := map[string]csvexport.Document{}
		for _, d := range infos {
			docs[d.ID] = csvexport.Document{Source: firstSource(d), Kind: d.Kind, AsOf: d.AsOf}
		}
		return csvexport.WriteFacts(w, facts, docs, set.Projects)
	default:
		return csvexport.WriteFields(w, set.Projects)
	}
}

func firstSource(d store.DocumentInfo) string {
	if len(d.Sources) > 0 {
		return d.Sources[0]
	}
	return ""
}

// exportIATI writes the IATI file, and on stderr one line for each thing
// left out; a project left out makes the run end with exit code 3.
func exportIATI(set *records.Set, infos []store.DocumentInfo, org iati.Org, w, stderr io.Writer) error {
	sources := map[string]iati.Source{}
	for _, d := range infos {
		sources[d.ID] = iati.Source{Source: firstSource(d), Kind: d.Kind, Title: d.Title, AsOf: d.AsOf}
	}
	f, notes, err := iati.Build(set.Projects, sources, iati.Options{ReportingOrg: org, Now: now()})
	leftOut := 0
	for _, n := range notes {
		fmt.Fprintln(stderr, "dossier:", termsafe.Text(n.String()))
		if n.LeftOut {
			leftOut++
		}
	}
	if err != nil {
		return err
	}
	if err := f.Encode(w); err != nil {
		return err
	}
	if leftOut > 0 {
		fmt.Fprintf(stderr, "dossier: %d of %d projects left out of the IATI file\n", leftOut, len(set.Projects))
		return errSomeFailed
	}
	return nil
}
