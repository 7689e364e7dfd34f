package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/fixtures"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/report"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

type demoOptions struct {
	out string
}

func newDemoCmd(g *globalOptions) *cobra.Command {
	var o demoOptions
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole job on the built-in fixture documents with the embedded store",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&o.out, "out", "dossier-out", "folder for the export and the reports")
	return cmd
}

func runDemo(ctx context.Context, g *globalOptions, o demoOptions, stdout, stderr io.Writer) error {
	dbPath := store.PathFromEnv(g.db)
	fsys := fixtures.Docs()
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		return fmt.Errorf("list fixtures: %w", err)
	}
	items := make([]ingest.Item, 0, len(names))
	for _, n := range names {
		items = append(items, ingest.Item{
			Name: path.Join("fixtures/docs", n),
			Read: func(context.Context) ([]byte, string, error) {
				b, err := fs.ReadFile(fsys, n)
				return b, "", err
			},
		})
	}
	fmt.Fprintf(stdout, "== ingest: %d fixture documents into %s\n", len(items), dbPath)
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	sum, runErr := ingest.Run(ctx, st, items, ingest.Options{Logger: slog.New(slog.DiscardHandler)})
	st.Close()
	if err := reportIngest(sum, runErr, stdout, stderr); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\n== documents")
	if err := runDocuments(ctx, g, documentsOptions{}, stdout, stderr); err != nil {
		return err
	}
	if err := recordDemoDecisions(ctx, g, stdout, stderr); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\n== projects")
	st, v, err := openView(ctx, g, stderr, false)
	if err != nil {
		return err
	}
	defer st.Close()
	set, err := v.Set(ctx)
	if err != nil {
		return err
	}
	// The demo lists whatever the store holds, not only the fixtures: a
	// title, value or rule may come from any document ingested before, so
	// each is escaped (termsafe) like the other commands' output.
	for _, p := range set.Projects {
		fmt.Fprintf(stdout, "%s  %s  (%s)  documents: %d, fields needing review: %d\n",
			termsafe.Cell(p.ID), termsafe.Cell(p.Title), termsafe.Cell(period(p)), len(p.Documents), p.OpenReviews())
	}
	fmt.Fprintln(stdout, "\n== how the sources' conflicts were reconciled")
	for i := range set.Projects {
		p := &set.Projects[i]
		fmt.Fprintf(stdout, "\n%s\n", termsafe.Cell(p.ID))
		for _, name := range review.SortedFields(p) {
			f := p.Fields[name]
			if f.Status == dossier.StatusAgreed {
				continue
			}
			// Clipped before escaping, so no escape is cut in half.
			fmt.Fprintf(stdout, "  %-40s %-12s %s\n", termsafe.Cell(name), termsafe.Cell(f.Status),
				termsafe.Cell(clip(review.FieldValue(f), 60)))
			fmt.Fprintf(stdout, "  %-40s %-12s %s\n", "", "", termsafe.Cell(f.Rule))
		}
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return fmt.Errorf("demo output: %w", err)
	}
	exportPath := filepath.Join(o.out, "export.json")
	var buf bytes.Buffer
	if err := runExport(ctx, g, &buf); err != nil {
		return err
	}
	if err := os.WriteFile(exportPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("demo output: %w", err)
	}
	fmt.Fprintf(stdout, "\n== export (CONTRACT.md): %s\n", exportPath)
	fmt.Fprintln(stdout, "\n== donor reports")
	src := newReportSource(v)
	// Drafts are allowed so that a project still open gets one; a project
	// with no open review gets its final report either way.
	if err := writeAllReports(ctx, src, "Canada", true, filepath.Join(o.out, "reports"), stdout); err != nil {
		return err
	}
	final, drafts := 0, 0
	for _, p := range set.Projects {
		open := report.OpenFields(p)
		if len(open) == 0 {
			final++
			continue
		}
		drafts++
		fmt.Fprintf(stdout, "%s: a DRAFT, not for sending: %s (%s). Settle each with\n  dossier review %s FIELD --candidate N --note WHY --db %s\n(dossier diff %s --db %s numbers the candidates), then run dossier report again.\n",
			termsafe.Cell(p.ID), plural(len(open), "field needs review", "fields need review"), termsafe.Cell(strings.Join(open, ", ")),
			termsafe.Cell(p.ID), termsafe.Cell(dbPath), termsafe.Cell(p.ID), termsafe.Cell(dbPath))
	}
	fmt.Fprintf(stdout, "final reports for %s; drafts for %d\n", plural(final, "project", "projects"), drafts)
	fmt.Fprintf(stdout, "\nNext: dossier diff PROJECT --db %s shows every candidate with its sources and quotes;\n"+
		"dossier review PROJECT FIELD --candidate N --note WHY records a reviewer's decision;\n"+
		"dossier history PROJECT --db %s lists the decisions, the demo's among them.\n", termsafe.Cell(dbPath), termsafe.Cell(dbPath))
	fmt.Fprintf(stdout, "\nTo review in a browser: go run ./cmd/dossier serve --db %s, then open http://127.0.0.1:8080/\n", termsafe.Cell(dbPath))
	return nil
}

// demoDecision is a decision a reviewer makes on the fixtures after reading
// dossier diff: the demo records it, saying so, through dossier review.
type demoDecision struct {
	project, field string
	// args are dossier review's flags for it.
	args []string
}

// demoReviewer signs the demo's decisions, so that dossier history tells
// them from a person's.
const demoReviewer = "dossier demo"

// demoDecisions are the decisions the fixtures call for.
var demoDecisions = []demoDecision{
	{"octopus-project", dossier.FieldStatus, []string{"--value", "ongoing", "--note",
		"Recorded by the demo, as a reviewer would decide: the Council of Europe brochure of April 2025 gives the project as 2021-2027; " +
			"Finished on the Cybil portal is the status of Canada's funding (Oct 2020 - Dec 2021), not of the project"}},
}

// recordDemoDecisions records each demo decision whose field still needs
// review, through the review command, and says that it does; a field a
// person has decided, or that no longer needs review, is left alone.
func recordDemoDecisions(ctx context.Context, g *globalOptions, stdout, stderr io.Writer) error {
	st, set, err := loadSet(ctx, g)
	if err != nil {
		return err
	}
	var due []demoDecision
	for _, d := range demoDecisions {
		if p, err := set.Project(d.project); err == nil && p.Fields[d.field].Status == dossier.StatusNeedsReview {
			due = append(due, d)
		}
	}
	st.Close()
	if len(due) == 0 {
		return nil
	}
	fmt.Fprintf(stdout, "\n== review: the demo records %s a reviewer would make after reading dossier diff\n",
		plural(len(due), "decision", "decisions"))
	for _, d := range due {
		args := append([]string{"review", d.project, d.field}, d.args...)
		args = append(args, "--reviewer", demoReviewer)
		fmt.Fprintf(stdout, "$ dossier %s\n", termsafe.Cell(shellQuote(args)))
		cmd := newReviewCmd(g)
		cmd.SetArgs(args[1:])
		cmd.SetOut(stdout)
		cmd.SetErr(stderr)
		cmd.SilenceUsage, cmd.SilenceErrors = true, true
		if err := cmd.ExecuteContext(ctx); err != nil {
			return fmt.Errorf("demo: review %s %s: %w", d.project, d.field, err)
		}
	}
	return nil
}

// shellQuote joins args as a shell reads them back, quoting those with
// spaces or quotes.
func shellQuote(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		switch {
		case a != "" && !strings.ContainsAny(a, " '\"$`\\!*?&;|<>()"):
		case !strings.ContainsAny(a, "\"$`\\!"):
			a = `"` + a + `"`
		default:
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}
