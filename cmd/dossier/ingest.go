package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/store"
)

type ingestOptions struct {
	workers        int
	retryFailed    bool
	allowPrivate   bool
	maxPages       int
	maxStreamBytes int64
	maxHTMLBytes   int64
	verbose        bool
}

func newIngestCmd(g *globalOptions) *cobra.Command {
	var o ingestOptions
	lim := extract.DefaultLimits()
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Read documents (files, folders, http(s) URLs) into the store",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("ingest: name at least one file, folder or URL")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), g, o, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.workers, "workers", 0, "documents read at once (default: number of CPUs)")
	f.BoolVar(&o.retryFailed, "retry-failed", false, "extract again documents that failed before")
	f.BoolVar(&o.allowPrivate, "allow-private", false, "allow URLs on loopback, private and link-local addresses")
	f.IntVar(&o.maxPages, "max-pages", lim.PDF.MaxPages, "largest PDF page count read")
	f.Int64Var(&o.maxStreamBytes, "max-stream-bytes", lim.PDF.MaxStreamBytes, "largest decompressed PDF content per document, in bytes")
	f.Int64Var(&o.maxHTMLBytes, "max-html-bytes", lim.MaxHTMLBytes, "largest web page read, in bytes")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "log each document")
	return cmd
}

func runIngest(ctx context.Context, g *globalOptions, o ingestOptions, args []string, stdout, stderr io.Writer) error {
	st, err := store.Open(ctx, store.PathFromEnv(g.db))
	if err != nil {
		return err
	}
	defer st.Close()
	level := slog.LevelWarn + 1 // failures are printed below, once
	if o.verbose {
		level = slog.LevelInfo
	}
	opt := ingest.Options{
		Workers:     o.workers,
		RetryFailed: o.retryFailed,
		Limits: extract.Limits{
			PDF:          extract.PDFLimits{MaxPages: o.maxPages, MaxStreamBytes: o.maxStreamBytes},
			MaxHTMLBytes: o.maxHTMLBytes,
		},
		HTTP:   ingest.HTTPOptions{AllowPrivate: o.allowPrivate},
		Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})),
	}
	items := ingest.Expand(args, opt.HTTP)
	sum, runErr := ingest.Run(ctx, st, items, opt)
	return reportIngest(sum, runErr, stdout, stderr)
}

// reportIngest prints one line per failed document and a summary.
func reportIngest(sum ingest.Summary, runErr error, stdout, stderr io.Writer) error {
	for _, r := range sum.Results {
		if r.Err != nil {
			fmt.Fprintln(stderr, "dossier:", r.Err)
		}
	}
	n := len(sum.Results)
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(n) / s
	}
	fmt.Fprintf(stdout, "ingested %d, unchanged %d, failed %d in %.2fs (%.1f documents/s)\n",
		sum.Count(ingest.StateIngested), sum.Count(ingest.StateUnchanged), sum.Count(ingest.StateFailed),
		sum.Elapsed.Seconds(), rate)
	if runErr != nil {
		return runErr
	}
	if sum.Count(ingest.StateFailed) > 0 {
		return errSomeFailed
	}
	return nil
}
