// Command dossier turns scattered documents about international projects
// into one trustworthy record per project, and into donor reports.
//
// This package is wiring only: each command parses its flags into an
// options struct and makes one call into the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
)

// Exit codes, decided here and nowhere else.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitSomeFailed  = 3
	exitInterrupted = 130
)

// envStats, when set, makes every command say on stderr, last, what its
// writes reconciled: for bench/scale.sh and whoever measures, not users.
const envStats = "DOSSIER_STATS"

// errSomeFailed marks a run that finished but could not read some documents.
var errSomeFailed = errors.New("some documents failed")

// usageError marks bad flags or arguments.
type usageError struct{ error }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns its exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if os.Getenv(envStats) != "" {
		// For bench/scale.sh: what the command's writes reconciled.
		s := store.AllReconcileStats()
		fmt.Fprintf(stderr, "reconciled %d project records in %d writes (%d rebuilds) in %.3fs\n", s.Projects, s.Writes, s.Rebuilds, s.Took.Seconds())
	}
	switch {
	case err == nil:
		return exitOK
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "dossier: interrupted; finished documents are stored, run the same command again to go on")
		return exitInterrupted
	case errors.Is(err, errSomeFailed):
		return exitSomeFailed
	case errors.As(err, new(usageError)):
		fmt.Fprintln(stderr, "dossier:", termsafe.Text(err.Error()))
		return exitUsage
	default:
		// An error may quote a document's title or a source: escaped too.
		fmt.Fprintln(stderr, "dossier:", termsafe.Text(err.Error()))
		return exitFailure
	}
}

// unknownCommand refuses words after "dossier" that name no command.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's own default for its message
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return usageError{errors.New(msg)}
}

// globalOptions are the flags every command takes.
type globalOptions struct {
	db string
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	var g globalOptions
	root := &cobra.Command{
		Use:           "dossier",
		Short:         "One trustworthy record per project, from the documents that describe it",
		SilenceUsage:  true,
		SilenceErrors: true,
		// With Args set, cobra hands an unknown command to us rather than
		// failing with an untyped error, so it exits 2 like other usage
		// errors.
		Args: unknownCommand,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&g.db, "db", "", "store file (default $DOSSIER_DB, else ./dossier.db)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newIngestCmd(&g),
		newParseWorkerCmd(),
		newWorkerCmd(&g),
		newMigrateCmd(),
		newDocumentsCmd(&g),
		newFactsCmd(&g),
		newDemoCmd(&g),
		newProjectsCmd(&g),
		newDiffCmd(&g),
		newReviewCmd(&g),
		newHistoryCmd(&g),
		newReconcileCmd(&g),
		newExportCmd(&g),
		newReportCmd(&g),
		newCheckCmd(&g),
		newServeCmd(&g),
	)
	return root
}
