package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
	"github.com/dossier-dev/dossier/facts"
	"github.com/dossier-dev/dossier/iati"
)

// Handler reads one document. A child normally runs Extract; tests give
// their own to make a child hang, crash or balloon on purpose.
type Handler func(ctx context.Context, src extract.Source, lim extract.Limits) (*dossier.Document, error)

// Extract reads a document with every extractor dossier has.
func Extract(ctx context.Context, src extract.Source, lim extract.Limits) (*dossier.Document, error) {
	return extract.Default().Extract(ctx, src, lim)
}

// FactsOf reads doc's facts: an IATI activity file's from its elements
// (package iati), any other document's by the facts package's rules, with
// the project names a store already knows. A child runs it beside the
// parsing; ingest runs it itself when documents are not isolated.
func FactsOf(doc *dossier.Document, known *facts.Known) []dossier.Fact {
	if doc.Kind == dossier.KindIATI {
		return iati.Facts(doc)
	}
	return facts.ExtractWith(doc, known)
}

// Main is the child's whole life: it serves requests from stdin with
// Extract until stdin closes, and returns the exit code.
func Main() int {
	// The protocol owns the real stdout; anything a library prints goes
	// to stderr, where the parent keeps the tail for crash reports.
	out := os.Stdout
	os.Stdout = os.Stderr
	if err := Serve(context.Background(), os.Stdin, out, Extract); err != nil {
		fmt.Fprintln(os.Stderr, "dossier parse-worker:", err)
		return 1
	}
	return 0
}

// Serve runs the child side of the protocol on r and w: it reads the
// config, applies its limits, answers ready, then answers each request
// with h until r ends.
func Serve(ctx context.Context, r io.Reader, w io.Writer, h Handler) error {
	c := newConn(r, w, maxRequestBytes)
	var cfg config
	if err := c.recv(&cfg); err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	if cfg.Version != protocolVersion {
		return fmt.Errorf("protocol version %d, this worker speaks %d", cfg.Version, protocolVersion)
	}
	if cfg.MaxStack > 0 {
		debug.SetMaxStack(cfg.MaxStack)
	}
	// A child's heap is one document's: collecting less often costs a few
	// megabytes and saves a fifth of the time; the memory limit below
	// still makes the collector work harder near the limit.
	debug.SetGCPercent(400)
	limited := false
	if cfg.MaxMemory > 0 {
		// The soft limit makes the collector work harder before the hard
		// limit is reached, so a document that fits is not lost to
		// garbage not yet collected.
		debug.SetMemoryLimit(cfg.MaxMemory * 3 / 4)
		if err := limitAddressSpace(cfg.MaxMemory); err != nil {
			fmt.Fprintln(os.Stderr, "dossier parse-worker: no memory limit:", err)
		} else {
			limited = true
		}
	}
	if err := c.send(ready{Version: protocolVersion, Pid: os.Getpid(), Limited: limited}); err != nil {
		return err
	}
	// Indexed once, on the first document that asks for facts.
	names := cfg.Names
	var known *facts.Known
	knownOnce := func() *facts.Known {
		if known == nil {
			known, names = facts.NewKnown(names), nil
		}
		return known
	}
	for {
		var req request
		err := c.recv(&req)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp := handle(ctx, h, req, knownOnce)
		req = request{} // let the bytes go before the next request arrives
		if err := c.send(resp); err != nil {
			return err
		}
	}
}

// handle runs h on one request, then finds the document's facts if the
// request asks for them; a panic in either is that document's error.
func handle(ctx context.Context, h Handler, req request, known func() *facts.Known) (resp response) {
	defer func() {
		if p := recover(); p != nil {
			resp = response{Err: fmt.Sprintf("%s: internal error reading document: %v", req.Name, p)}
		}
	}()
	doc, err := h(ctx, extract.Source{Name: req.Name, Data: req.Data, ContentType: req.ContentType}, req.Limits)
	resp.Doc = doc
	if err != nil {
		resp.Err = err.Error()
		return resp
	}
	if req.Facts && doc != nil {
		resp.Facts = FactsOf(doc, known())
	}
	return resp
}
