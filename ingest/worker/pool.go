package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

// Defaults for Config.
const (
	DefaultTimeout   = 60 * time.Second
	DefaultMaxMemory = 1 << 30
	DefaultMaxStack  = 64 << 20
	// startTimeout bounds a child's start, config and ready included.
	startTimeout = 30 * time.Second
)

// Config says how to start children and what one document may cost.
type Config struct {
	// Path is the executable to start; "" means this program, with Args
	// defaulting to "parse-worker" (the hidden dossier command).
	Path string
	Args []string
	// Env is added to this process's environment for the child; EnvChild=1
	// is always added.
	Env []string
	// Procs is how many children run at once; 0 means one per CPU.
	Procs int
	// Timeout bounds the wall-clock time of one document; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxMemory bounds, in bytes, the memory a child may take beyond what
	// it has at start; 0 means DefaultMaxMemory, negative no limit.
	MaxMemory int64
	// MaxStack bounds a goroutine stack in the child, in bytes; 0 means
	// DefaultMaxStack.
	MaxStack int
	// Names are the project names the store knows, which a child's fact
	// extraction recognises (ExtractFacts).
	Names []string
}

func (c Config) withDefaults() (Config, error) {
	if c.Path == "" {
		exe, err := os.Executable()
		if err != nil {
			return c, fmt.Errorf("find this program to start workers: %w", err)
		}
		c.Path = exe
		if c.Args == nil {
			c.Args = []string{"parse-worker"}
		}
	}
	if c.Procs <= 0 {
		c.Procs = runtime.NumCPU()
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxMemory == 0 {
		c.MaxMemory = DefaultMaxMemory
	}
	if c.MaxMemory < 0 {
		c.MaxMemory = 0
	}
	if c.MaxStack <= 0 {
		c.MaxStack = DefaultMaxStack
	}
	return c, nil
}

// Stats counts what happened to a pool's children.
type Stats struct {
	// Started counts children started, restarts included.
	Started int64
	// Crashed counts children that died while reading a document.
	Crashed int64
	// TimedOut counts documents that took longer than the timeout.
	TimedOut int64
}

// ErrClosed is returned by Extract on a closed pool.
var ErrClosed = errors.New("worker pool closed")

// Pool runs documents through a bounded set of child processes, started
// when first needed and restarted after a failure. It is safe for
// concurrent use; at most Procs documents are read at once.
type Pool struct {
	cfg Config
	// slots holds one entry per child that may run: a live child, or nil
	// for one to start when a document needs it.
	slots chan *child

	mu     sync.Mutex
	closed bool

	started, crashed, timedOut atomic.Int64
}

// New returns a pool; no child starts until Extract needs one.
func New(cfg Config) (*Pool, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	p := &Pool{cfg: cfg, slots: make(chan *child, cfg.Procs)}
	for range cfg.Procs {
		p.slots <- nil
	}
	return p, nil
}

// Stats returns the pool's counters.
func (p *Pool) Stats() Stats {
	return Stats{Started: p.started.Load(), Crashed: p.crashed.Load(), TimedOut: p.timedOut.Load()}
}

// Extract reads src in a child within lim.
//
// A document that cannot be read, including one that crashed its child,
// ran it out of memory or took longer than the timeout, comes back as a
// document with Error set and an error: that is the document's failure, to
// be recorded. A nil document with an error means the document was not
// read at all (ctx ended, or no child could start) and says nothing about
// the document.
func (p *Pool) Extract(ctx context.Context, src extract.Source, lim extract.Limits) (*dossier.Document, error) {
	doc, _, err := p.extract(ctx, src, lim, false)
	return doc, err
}

// ExtractFacts is Extract and the facts the document states (FactsOf, with
// Config.Names), found in the same child: fact extraction costs as much
// as parsing, and done here it is bounded by the same limits and spread
// over the children instead of queued in the parent.
func (p *Pool) ExtractFacts(ctx context.Context, src extract.Source, lim extract.Limits) (*dossier.Document, []dossier.Fact, error) {
	return p.extract(ctx, src, lim, true)
}

func (p *Pool) extract(ctx context.Context, src extract.Source, lim extract.Limits, facts bool) (*dossier.Document, []dossier.Fact, error) {
	var c *child
	select {
	case c = <-p.slots:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		p.slots <- c
		return nil, nil, ErrClosed
	}
	if c == nil {
		var err error
		if c, err = p.start(ctx); err != nil {
			p.slots <- nil
			return nil, nil, err
		}
	}
	doc, fs, healthy, err := p.do(ctx, c, request{Name: src.Name, ContentType: src.ContentType, Data: src.Data, Limits: lim, Facts: facts}, src)
	if !healthy {
		c = nil // killed already; a new one starts when next needed
	}
	p.slots <- c
	return doc, fs, err
}

// do sends one request to c and waits for its answer, the timeout or ctx.
// healthy is false when c was killed and must not be used again.
func (p *Pool) do(ctx context.Context, c *child, req request, src extract.Source) (doc *dossier.Document, fs []dossier.Fact, healthy bool, err error) {
	type answer struct {
		resp response
		err  error
	}
	ch := make(chan answer, 1)
	go func() {
		var a answer
		a.err = c.conn.send(req)
		if a.err == nil {
			a.err = c.conn.recv(&a.resp)
		}
		ch <- a
	}()
	timer := time.NewTimer(p.cfg.Timeout)
	defer timer.Stop()
	select {
	case a := <-ch:
		if a.err != nil {
			// The child died or broke the protocol while reading this
			// document: that is the document's failure.
			p.crashed.Add(1)
			reason := c.kill()
			if reason == "" {
				reason = a.err.Error()
			}
			doc, err := failed(src, "worker crashed: "+reason)
			return doc, nil, false, err
		}
		if a.resp.Doc == nil {
			a.resp.Doc = failedDoc(src, a.resp.Err)
		}
		if a.resp.Err != "" {
			if a.resp.Doc.Error == "" {
				a.resp.Doc.Error = oneLine(a.resp.Err)
			}
			return a.resp.Doc, nil, true, errors.New(a.resp.Err)
		}
		return a.resp.Doc, a.resp.Facts, true, nil
	case <-timer.C:
		p.timedOut.Add(1)
		c.kill()
		<-ch
		doc, err := failed(src, fmt.Sprintf("timed out: reading took longer than %s", p.cfg.Timeout))
		return doc, nil, false, err
	case <-ctx.Done():
		c.kill()
		<-ch
		return nil, nil, false, ctx.Err()
	}
}

// failed returns the failure document for src and its error.
func failed(src extract.Source, reason string) (*dossier.Document, error) {
	return failedDoc(src, reason), fmt.Errorf("%s: %s", src.Name, reason)
}

func failedDoc(src extract.Source, reason string) *dossier.Document {
	doc := &dossier.Document{ID: extract.ID(src.Data), Source: src.Name, Size: int64(len(src.Data)), Error: oneLine(reason)}
	switch mt, _ := extract.DetectMediaType(src); mt {
	case extract.MediaPDF:
		doc.Kind = dossier.KindPDF
	case extract.MediaHTML:
		doc.Kind = dossier.KindHTML
	case extract.MediaIATI:
		doc.Kind = dossier.KindIATI
	}
	return doc
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Close stops every child: it waits for documents in flight, then closes
// each child's stdin, which ends it.
func (p *Pool) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	var errs []error
	for range p.cfg.Procs {
		if c := <-p.slots; c != nil {
			if err := c.close(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	// Refilled so that a late Extract finds the pool closed rather than
	// waiting for a slot forever.
	for range p.cfg.Procs {
		p.slots <- nil
	}
	return errors.Join(errs...)
}

// child is one running worker process.
type child struct {
	cmd    *exec.Cmd
	stdin  io.Closer
	conn   *conn
	stderr *tail
	pid    int
}

// start starts a child and hands it its config.
func (p *Pool) start(ctx context.Context) (*child, error) {
	cmd := exec.Command(p.cfg.Path, p.cfg.Args...)
	cmd.Env = append(append(os.Environ(), p.cfg.Env...), EnvChild+"=1")
	cmd.SysProcAttr = sysProcAttr()
	cmd.WaitDelay = 2 * time.Second
	c := &child{cmd: cmd, stderr: &tail{max: 4 << 10}}
	cmd.Stderr = c.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("start worker: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("start worker: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start worker %s: %w", p.cfg.Path, err)
	}
	p.started.Add(1)
	c.stdin, c.conn, c.pid = stdin, newConn(stdout, stdin, maxResponseBytes), cmd.Process.Pid

	ch := make(chan error, 1)
	go func() {
		err := c.conn.send(config{Version: protocolVersion, MaxMemory: p.cfg.MaxMemory, MaxStack: p.cfg.MaxStack, Names: p.cfg.Names})
		if err == nil {
			var r ready
			err = c.conn.recv(&r)
			if err == nil && r.Version != protocolVersion {
				err = fmt.Errorf("worker speaks protocol %d, want %d", r.Version, protocolVersion)
			}
		}
		ch <- err
	}()
	timer := time.NewTimer(startTimeout)
	defer timer.Stop()
	select {
	case err = <-ch:
	case <-timer.C:
		err = fmt.Errorf("no answer in %s", startTimeout)
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		reason := c.kill()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if reason != "" {
			err = fmt.Errorf("%w (%s)", err, reason)
		}
		return nil, fmt.Errorf("start worker %s: %w", p.cfg.Path, err)
	}
	return c, nil
}

// kill ends the child at once and returns why it ended, if it ended by
// itself first ("" if it was still running).
func (c *child) kill() string {
	_ = c.cmd.Process.Kill() // it may have exited already; Wait tells
	err := c.cmd.Wait()
	return exitReason(c.cmd.ProcessState, err, c.stderr.String())
}

// close ends a healthy child by closing its stdin, killing it if it does
// not exit promptly.
func (c *child) close() error {
	_ = c.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("worker %d: %w: %s", c.pid, err, lastLine(c.stderr.String()))
		}
		return nil
	case <-time.After(5 * time.Second):
		_ = c.cmd.Process.Kill()
		<-done
		return fmt.Errorf("worker %d did not exit when its input closed; killed", c.pid)
	}
}

// exitReason says in one line why a child ended: a Go runtime crash is
// recognised from its stderr, otherwise the exit status or signal is given.
// It is "" for a child killed by us with SIGKILL.
func exitReason(st *os.ProcessState, waitErr error, stderr string) string {
	switch {
	case strings.Contains(stderr, "stack exceeds") || strings.Contains(stderr, "stack overflow"):
		return "stack overflow (a structure nested too deeply)"
	case strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory"):
		return "out of memory (over the per-document limit)"
	case strings.Contains(stderr, "pthread_create failed"):
		// A thread's stack is address space too: past the limit, a
		// binary built with cgo cannot start a thread.
		return "out of memory (over the per-document limit; no address space for a thread)"
	}
	if st == nil {
		if waitErr != nil {
			return waitErr.Error()
		}
		return ""
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		if ws.Signal() == syscall.SIGKILL {
			return ""
		}
		return fmt.Sprintf("killed by signal %v", ws.Signal())
	}
	if l := crashLine(stderr); l != "" {
		return l
	}
	return st.String()
}

// crashLine finds the line of a Go crash report that says what went
// wrong, which comes before the goroutine dump; failing that, the first
// line, where a program says why it stops.
func crashLine(stderr string) string {
	first := ""
	for l := range strings.Lines(stderr) {
		l = strings.TrimSpace(l)
		for _, p := range []string{"fatal error: ", "panic: ", "runtime/cgo: ", "SIGSEGV", "SIGBUS", "SIGABRT"} {
			if strings.HasPrefix(l, p) {
				return l
			}
		}
		if first == "" {
			first = l
		}
	}
	return first
}

// lastLine is the last line of a child's stderr, which names the error a
// child reports before it exits.
func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// tail keeps the first and the last max bytes written to it: a child's
// stderr, for the crash report at its end. A Go crash says what went wrong
// first ("fatal error: stack overflow") and then dumps every goroutine.
type tail struct {
	mu         sync.Mutex
	max        int
	head, last []byte
	dropped    bool
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(b)
	if room := t.max - len(t.head); room > 0 {
		k := min(room, len(b))
		t.head = append(t.head, b[:k]...)
		b = b[k:]
	}
	t.last = append(t.last, b...)
	if over := len(t.last) - t.max; over > 0 {
		t.last = append(t.last[:0], t.last[over:]...)
		t.dropped = true
	}
	return n, nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	sep := ""
	if t.dropped {
		sep = "\n…\n"
	}
	return string(t.head) + sep + string(t.last)
}
