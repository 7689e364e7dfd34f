// Package worker reads documents in child processes, so that a parser that
// crashes, loops or allocates without bound costs one document, never the
// run.
//
// The child is the dossier binary itself, started again with the hidden
// command "dossier parse-worker" (tests start their own test binary, whose
// TestMain calls Main when EnvChild is set). It is kept alive across
// documents and speaks a length-prefixed protocol over its stdin and
// stdout: every message is a 4-byte big-endian length followed by that
// many bytes of gob. The parent first sends a config (memory and stack
// limits), the child applies the limits and answers ready, then each
// request (a document's bytes) gets one response (the extracted document,
// with its facts when the request asks for them, or the reason it failed).
//
// The parent side is Pool: it bounds each document by a wall-clock
// timeout, and kills and restarts a child that crashed, ran out of its
// memory or timed out, recording that as the document's failure.
package worker

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

// EnvChild is set to "1" in a child's environment. A test binary's TestMain
// checks it to act as the worker instead of running tests.
const EnvChild = "DOSSIER_WORKER_CHILD"

// protocolVersion changes whenever a message changes shape; parent and
// child must be the same build anyway, this catches a stale binary.
const protocolVersion = 2

// config is the parent's first message.
type config struct {
	Version int
	// MaxMemory is the address space the child may take beyond what it
	// has at start, in bytes; 0 means no limit.
	MaxMemory int64
	// MaxStack is the largest goroutine stack, in bytes: deep recursion
	// in a parser ends the child early rather than after a gigabyte.
	MaxStack int
	// Names are the project names the store knew when the run started,
	// for fact extraction (facts.Known): sent once per child, not with
	// every document.
	Names []string
}

// ready is the child's answer to config.
type ready struct {
	Version int
	Pid     int
	// Limited says whether the memory limit could be applied.
	Limited bool
}

// request asks the child to read one document.
type request struct {
	Name        string
	ContentType string
	Data        []byte
	Limits      extract.Limits
	// Facts asks for the document's facts too, found in the child beside
	// the parsing, so that the parent only hashes, schedules and stores.
	Facts bool
}

// response is one document read, or the reason it could not be.
type response struct {
	// Doc is the document; on failure it has Error set.
	Doc *dossier.Document
	// Facts are the facts Doc states, when the request asked for them.
	Facts []dossier.Fact
	// Err is the extractor's error message, "" on success.
	Err string
}

// maxResponseBytes bounds a response the parent accepts: a child gone
// wrong must not make the parent allocate without bound either.
const maxResponseBytes = 512 << 20

// maxRequestBytes bounds a request the child accepts.
const maxRequestBytes = 1<<32 - 1

var errFrameTooLarge = errors.New("message over the size limit")

// conn is one end of a parent–child connection. Each message is one frame
// (a 4-byte big-endian length, then that many bytes) holding one gob
// value. The gob encoder and decoder last as long as the connection, so a
// type is described once, in the first frame that uses it, not in every
// message: the child is one process for many documents.
type conn struct {
	r   *bufio.Reader
	w   *bufio.Writer
	max int64 // largest frame read

	enc *gob.Encoder
	out bytes.Buffer // the frame being written

	dec   *gob.Decoder
	in    frameReader // the frame being read
	frame []byte      // reused between frames
}

func newConn(r io.Reader, w io.Writer, max int64) *conn {
	c := &conn{r: bufio.NewReaderSize(r, 64<<10), w: bufio.NewWriterSize(w, 64<<10), max: max}
	c.enc = gob.NewEncoder(&c.out)
	c.dec = gob.NewDecoder(&c.in)
	return c
}

// send writes v as one frame and flushes it.
func (c *conn) send(v any) error {
	c.out.Reset()
	c.out.Write([]byte{0, 0, 0, 0})
	if err := c.enc.Encode(v); err != nil {
		return fmt.Errorf("encode %T: %w", v, err)
	}
	b := c.out.Bytes()
	n := len(b) - 4
	if int64(n) > maxRequestBytes {
		return fmt.Errorf("encode %T: %w (%d bytes)", v, errFrameTooLarge, n)
	}
	binary.BigEndian.PutUint32(b, uint32(n))
	if _, err := c.w.Write(b); err != nil {
		return fmt.Errorf("write %T: %w", v, err)
	}
	if err := c.w.Flush(); err != nil {
		return fmt.Errorf("write %T: %w", v, err)
	}
	if c.out.Cap() > 4<<20 {
		c.out = bytes.Buffer{} // do not keep a big document's buffer
	}
	return nil
}

// recv reads one frame into v. A stream that ends before a frame starts
// gives io.EOF; one that ends inside a frame gives io.ErrUnexpectedEOF.
// After an error the connection is unusable: the gob stream is out of step.
func (c *conn) recv(v any) error {
	var hdr [4]byte
	if _, err := io.ReadFull(c.r, hdr[:]); err != nil {
		return err
	}
	n := int64(binary.BigEndian.Uint32(hdr[:]))
	if n > c.max {
		return fmt.Errorf("read %T: %w (%d bytes, limit %d)", v, errFrameTooLarge, n, c.max)
	}
	frame, err := readFrame(c.r, n, c.frame)
	if err != nil {
		return fmt.Errorf("read %T: %w", v, err)
	}
	if cap(frame) <= 4<<20 {
		c.frame = frame[:0]
	}
	c.in.b = frame
	err = c.dec.Decode(v)
	c.in.b = nil
	if err != nil {
		return fmt.Errorf("decode %T: %w", v, err)
	}
	return nil
}

// readFrame reads n bytes into buf (reused if big enough). Past a few
// megabytes it grows as bytes arrive, so a lying length costs no more than
// the bytes actually sent.
func readFrame(r io.Reader, n int64, buf []byte) ([]byte, error) {
	if n <= 4<<20 {
		if int64(cap(buf)) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, unexpected(err)
		}
		return buf, nil
	}
	var b bytes.Buffer
	if _, err := io.CopyN(&b, r, n); err != nil {
		return nil, unexpected(err)
	}
	return b.Bytes(), nil
}

func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// frameReader gives the gob decoder one frame's bytes. It is a ByteReader,
// so the decoder reads it directly instead of through a buffer that could
// read past the frame.
type frameReader struct{ b []byte }

func (f *frameReader) Read(p []byte) (int, error) {
	if len(f.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.b)
	f.b = f.b[n:]
	return n, nil
}

func (f *frameReader) ReadByte() (byte, error) {
	if len(f.b) == 0 {
		return 0, io.EOF
	}
	c := f.b[0]
	f.b = f.b[1:]
	return c, nil
}
