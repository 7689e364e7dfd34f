package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/review"
	"github.com/dossier-dev/dossier/store"
)

// openView opens the store and a view of its reconciled records; when the
// records were made by another version of dossier (or never), the view
// reconciles in memory, and a line on stderr says how to store them.
//
// A command that only reads opens the store without checking the whole
// file first (store.ForReading): it reads, and checks, only the rows it
// shows. One that writes (review) checks the whole file, as ingest does.
func openView(ctx context.Context, g *globalOptions, stderr io.Writer, writes bool) (*store.Store, *records.View, error) {
	var opts []store.Option
	if !writes {
		opts = append(opts, store.ForReading())
	}
	st, err := store.Open(ctx, store.PathFromEnv(g.db), opts...)
	if err != nil {
		return nil, nil, err
	}
	v, err := records.Open(ctx, st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	if v.Stale() {
		fmt.Fprintln(stderr, "dossier: the store's reconciled records are from another version of dossier; reconciled in memory for this command (dossier reconcile --all stores them)")
	}
	return st, v, nil
}

// loadSet opens the store and reads every reconciled record into memory.
func loadSet(ctx context.Context, g *globalOptions) (*store.Store, *records.Set, error) {
	st, v, err := openView(ctx, g, io.Discard, false)
	if err != nil {
		return nil, nil, err
	}
	set, err := v.Set(ctx)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, set, nil
}

// loadProject opens the store and reads one project's record. An id from
// before a merge gives the project it was merged into, and a line on
// stderr says so.
func loadProject(ctx context.Context, g *globalOptions, id string, stderr io.Writer, writes bool) (*store.Store, *records.View, *dossier.Project, error) {
	st, v, err := openView(ctx, g, stderr, writes)
	if err != nil {
		return nil, nil, nil, err
	}
	cur, merged, err := v.Resolve(ctx, id)
	if err != nil {
		st.Close()
		return nil, nil, nil, err
	}
	if merged {
		fmt.Fprintf(stderr, "dossier: project %s was merged into %s\n", termsafe.Cell(id), cur)
	}
	p, err := v.Project(ctx, cur)
	if err != nil {
		st.Close()
		return nil, nil, nil, err
	}
	return st, v, p, nil
}

func newProjectsCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "projects",
		Short: "List the projects: id, title, dates, open reviews",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, v, err := openView(cmd.Context(), g, cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			defer st.Close()
			tab := termsafe.NewTable(cmd.OutOrStdout(), "ID", "TITLE", "PERIOD", "DOCUMENTS", "OPEN REVIEWS")
			err = v.EachProject(cmd.Context(), store.ProjectFilter{}, func(p store.ProjectSummary) error {
				tab.Row(p.ID, p.Title, period(dossier.Project{Fields: p.Fields}), p.Documents, p.OpenReviews)
				return nil
			})
			if err != nil {
				return err
			}
			return tab.Flush()
		},
	}
}

// period writes a project's start and end as a reader would.
func period(p dossier.Project) string {
	s, e := "?", "?"
	if f, ok := p.Fields[dossier.FieldStart]; ok && f.Value != nil {
		s = f.Value.String()
	}
	if f, ok := p.Fields[dossier.FieldEnd]; ok && f.Value != nil {
		e = f.Value.String()
	}
	return s + " – " + e
}

type diffOptions struct {
	json, all bool
	color     string
}

func newDiffCmd(g *globalOptions) *cobra.Command {
	var o diffOptions
	cmd := &cobra.Command{
		Use:   "diff PROJECT",
		Short: "Show how each field of a project was reconciled: value, status, rule and every candidate with its sources",
		Args:  exactArgs(1, "diff: name one project id (see dossier projects)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, v, p, err := loadProject(cmd.Context(), g, args[0], cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			defer st.Close()
			w := cmd.OutOrStdout()
			if o.json {
				return writeJSON(w, p)
			}
			docs, err := v.Documents(cmd.Context(), sourceDocuments(p))
			if err != nil {
				return err
			}
			color := o.color == "always" || o.color == "auto" && isTerminal(w) && os.Getenv("NO_COLOR") == ""
			return writeDiff(w, docs, p, o.all, color)
		},
	}
	cmd.Flags().BoolVar(&o.json, "json", false, "print the project as JSON")
	cmd.Flags().BoolVar(&o.all, "all", false, "show agreed fields too")
	cmd.Flags().StringVar(&o.color, "color", "auto", "colour: auto, always or never")
	return cmd
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

// writeDiff prints a project's reconciliation for reviewers: per field the
// value, status, rule and cause, then the candidates side by side with the
// documents and quotes that state them.
func writeDiff(w io.Writer, docs map[string]dossier.Document, p *dossier.Project, all, color bool) error {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	// Every string from a document goes through esc, so only our own
	// colour codes reach the terminal.
	esc := termsafe.Cell
	fmt.Fprintf(w, "%s  %s\n", paint(ansiBold, esc(p.ID)), esc(p.Title))
	if len(p.Aliases) > 0 {
		fmt.Fprintf(w, "also called: %s\n", esc(strings.Join(p.Aliases, ", ")))
	}
	for _, id := range p.Identifiers {
		fmt.Fprintf(w, "%s: %s\n", esc(id.Scheme), esc(id.Value))
	}
	if p.Predecessor != nil {
		fmt.Fprintf(w, "predecessor: %s\n", esc(*p.Predecessor))
	}
	if p.Successor != nil {
		fmt.Fprintf(w, "successor: %s\n", esc(*p.Successor))
	}
	fmt.Fprintf(w, "documents: %d, fields needing review: %d\n", len(p.Documents), p.OpenReviews())
	shown := 0
	for _, name := range review.SortedFields(p) {
		f := p.Fields[name]
		if !all && f.Status == dossier.StatusAgreed {
			continue
		}
		shown++
		writeDiffField(w, docs, p, name, color)
	}
	if shown == 0 {
		fmt.Fprintln(w, "\nevery field agreed (--all shows them)")
	}
	return nil
}

// writeDiffField prints one field of writeDiff: its value, status, rule,
// cause and version (what `dossier review --seen` takes), then its
// candidates with their sources.
func writeDiffField(w io.Writer, docs map[string]dossier.Document, p *dossier.Project, name string, color bool) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	esc := termsafe.Cell
	f := p.Fields[name]
	status := strings.ToUpper(strings.ReplaceAll(f.Status, "_", " "))
	switch f.Status {
	case dossier.StatusNeedsReview:
		status = paint(ansiRed+ansiBold, status)
	case dossier.StatusResolved, dossier.StatusOverridden:
		status = paint(ansiYellow, status)
	default:
		status = paint(ansiGreen, status)
	}
	fmt.Fprintf(w, "\n%s  %s  %s\n", paint(ansiBold, esc(name)), status, esc(review.FieldValue(f)))
	fmt.Fprintf(w, "  rule:  %s\n", esc(f.Rule))
	if f.Cause != nil {
		fmt.Fprintf(w, "  cause: %s\n", esc(*f.Cause))
	}
	fmt.Fprintf(w, "  version: %s\n", paint(ansiDim, store.FieldVersion(p, name)))
	for i, c := range f.Candidates {
		mark := " "
		if c.Chosen {
			mark = paint(ansiGreen, "✓")
		}
		extra := ""
		if c.Scope != "" {
			extra += "  [" + esc(c.Scope) + "]"
		}
		if c.Cause != "" {
			extra += "  (" + esc(c.Cause) + ")"
		}
		fmt.Fprintf(w, "  [%d] %s %s%s\n", i+1, mark, esc(c.Value.String()), paint(ansiDim, extra))
		for _, s := range c.Sources {
			// %q escapes controls and bidi marks itself.
			fmt.Fprintf(w, "        %s  %q\n", paint(ansiDim, esc(sourceLabel(docs[s.Document], s))), s.Quote)
		}
	}
}

// sourceDocuments lists the documents a project's candidates cite.
func sourceDocuments(p *dossier.Project) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range p.Fields {
		for _, c := range f.Candidates {
			for _, s := range c.Sources {
				if !seen[s.Document] {
					seen[s.Document] = true
					out = append(out, s.Document)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// sourceLabel names a source: short id, title, as-of date, page.
func sourceLabel(d dossier.Document, s dossier.Source) string {
	label := short(s.Document)
	if d.Title != "" {
		label += " " + clip(d.Title, 40)
	}
	if d.AsOf != nil {
		label += ", " + d.AsOf.String()
	} else {
		label += ", undated"
	}
	if s.Page != nil {
		label += ", p. " + strconv.Itoa(*s.Page)
	}
	return label
}

// writeJSON writes v as indented JSON, with no control or bidi character
// raw (termsafe.JSON), since JSON output often goes to a terminal.
func writeJSON(w io.Writer, v any) error {
	return encodeJSON(w, v, false)
}

// encodeJSON writes v as indented JSON, escaping what a terminal must not
// get raw; escapeHTML as json.Encoder's SetEscapeHTML.
func encodeJSON(w io.Writer, v any, escapeHTML bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(termsafe.JSON(buf.Bytes()))
	return err
}

func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s", msg)}
		}
		return nil
	}
}

func newHistoryCmd(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "history PROJECT",
		Short: "List the reviewers' decisions on a project, oldest first, with which still hold",
		Args:  exactArgs(1, "history: name one project id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, v, p, err := loadProject(cmd.Context(), g, args[0], cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			defer st.Close()
			history, err := v.Decisions(cmd.Context(), p.ID)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if len(history) == 0 {
				fmt.Fprintf(w, "%s: no decisions yet\n", p.ID)
				return nil
			}
			tab := termsafe.NewTable(w, "#", "TIME", "FIELD", "VALUE", "REVIEWER", "STATE", "NOTE")
			for _, d := range history {
				tab.Row(d.ID, d.Time.UTC().Format(time.RFC3339), d.Field,
					review.DecisionValue(d), d.Reviewer, review.State(p, d), d.Note)
			}
			return tab.Flush()
		},
	}
}
