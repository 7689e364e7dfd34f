package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/internal/termsafe"
	"github.com/dossier-dev/dossier/store"
	"github.com/dossier-dev/dossier/web"
)

type serveOptions struct {
	addr         string
	token        string
	passwordFile string
	maxUpload    int64
	uploads      string
	allowPrivate bool
	timeout      time.Duration
	maxMemory    int64
}

// minTokenLength keeps a token from being guessed through the login form
// (which takes one attempt a second).
const minTokenLength = 16

func newServeCmd(g *globalOptions) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Review reconciliation diffs in the browser: projects, fields, sources, decisions, documents, reports",
		Long: `Serve a web page for reviewers on the store: the projects (filter: needs
review), each project's fields with their candidates, sources and quotes, a
form per field that records a decision as dossier review does, the
documents with an upload form that ingests as dossier ingest does, and the
donor report as a PDF.

It listens on 127.0.0.1 by default. Listening on any other address needs
--token (or --password-file): a visitor types it once in a login form.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), g, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on, host:port")
	f.StringVar(&o.token, "token", "", "token visitors must give (required off loopback)")
	f.StringVar(&o.passwordFile, "password-file", "", "file whose first line is the token")
	f.Int64Var(&o.maxUpload, "max-upload", web.DefaultMaxUpload, "largest uploaded file, in bytes")
	f.StringVar(&o.uploads, "uploads", "", "folder for uploaded files (default: dossier-uploads beside the store)")
	f.BoolVar(&o.allowPrivate, "allow-private", false, "let uploaded URLs name private, loopback and other special-purpose addresses")
	f.DurationVar(&o.timeout, "timeout", worker.DefaultTimeout, "longest time one uploaded document may take to read")
	f.Int64Var(&o.maxMemory, "max-memory", worker.DefaultMaxMemory, "most memory one uploaded document may take to read, in bytes")
	return cmd
}

// serveToken is the token --token or --password-file gives, or "".
func (o serveOptions) serveToken() (string, error) {
	if o.token != "" && o.passwordFile != "" {
		return "", usageError{errors.New("serve: give --token or --password-file, not both")}
	}
	tok := o.token
	if o.passwordFile != "" {
		b, err := os.ReadFile(o.passwordFile)
		if err != nil {
			return "", usageError{fmt.Errorf("serve: --password-file: %w", err)}
		}
		tok, _, _ = strings.Cut(string(b), "\n")
		tok = strings.TrimRight(tok, "\r")
	}
	if o.token != "" || o.passwordFile != "" {
		if len(tok) < minTokenLength {
			return "", usageError{fmt.Errorf("serve: the token must be at least %d characters", minTokenLength)}
		}
	}
	return tok, nil
}

func runServe(ctx context.Context, g *globalOptions, o serveOptions, stdout, stderr io.Writer) error {
	tok, err := o.serveToken()
	if err != nil {
		return err
	}
	if tok == "" && !web.IsLoopback(o.addr) {
		return usageError{fmt.Errorf("serve: %s is not a loopback address: give --token or --password-file, so that only people with it get in", o.addr)}
	}
	if o.maxUpload <= 0 || o.timeout <= 0 || o.maxMemory <= 0 {
		return usageError{errors.New("serve: --max-upload, --timeout and --max-memory take a value above zero")}
	}
	dbPath := store.PathFromEnv(g.db)
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	uploads := o.uploads
	if uploads == "" {
		uploads = filepath.Join(filepath.Dir(dbPath), "dossier-uploads")
	}
	lim := extract.DefaultLimits()
	srv, err := web.New(st, web.Options{
		Token:     tok,
		MaxUpload: o.maxUpload,
		UploadDir: uploads,
		Ingest: ingest.Options{
			Workers:      1,
			MaxFileBytes: max(o.maxUpload, ingest.DefaultMaxFileBytes),
			Limits:       lim,
			HTTP:         ingest.HTTPOptions{AllowPrivate: o.allowPrivate, MaxBytes: ingest.DefaultMaxFileBytes, MaxPageBytes: lim.MaxHTMLBytes},
			Isolate:      true,
			Worker:       worker.Config{Timeout: o.timeout, MaxMemory: o.maxMemory},
			Logger:       slog.New(slog.DiscardHandler),
		},
		Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(stdout, "dossier serve: open %s in a browser (store %s; Ctrl-C stops)\n", serveURL(ln.Addr()), termsafe.Cell(dbPath))
	if tok != "" {
		fmt.Fprintln(stdout, "dossier serve: visitors log in with the token")
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	<-done
	fmt.Fprintln(stdout, "dossier serve: stopped")
	return nil
}

// serveURL is the address a person opens for a listener.
func serveURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(tcp.Port)) + "/"
}
