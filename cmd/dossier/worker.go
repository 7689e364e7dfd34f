package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/ingest/worker"
)

// newParseWorkerCmd is the hidden command that ingest starts as a subprocess to
// read documents (PDFs and web pages) under the per-document time and memory
// limits; it speaks the worker protocol on stdin and stdout and is not
// for people to run. (`dossier worker` is the queue's worker, see queue.go.)
func newParseWorkerCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "parse-worker",
		Short:  "Parse documents for ingest in a separate process (internal)",
		Hidden: true,
		Args:   noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			// The ingest that started this worker is being profiled:
			// profile the worker too, in a file of its own beside it.
			if path := os.Getenv(envCPUProfile); path != "" {
				stop, err := startCPUProfile(fmt.Sprintf("%s.worker-%d", path, os.Getpid()))
				if err != nil {
					return err
				}
				defer stop()
			}
			if code := worker.Main(); code != 0 {
				return fmt.Errorf("worker exited with code %d", code)
			}
			return nil
		},
	}
}
