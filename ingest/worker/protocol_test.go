package worker

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/extract"
)

// TestConn_RoundTrip: what one end sends, the other reads back whole,
// message after message on one stream, types described once.
func TestConn_RoundTrip(t *testing.T) {
	want := []response{
		{Doc: &dossier.Document{ID: "sha256:00", Title: "Octopus", Blocks: []dossier.Block{{Role: dossier.RolePair, Label: "Budget", Text: "EUR 4 million", Page: 1, Box: &dossier.Rect{X: 1, Y: 2, W: 3, H: 4}}}}},
		{Err: "x.pdf: malformed PDF: no %PDF header"},
		{Doc: &dossier.Document{ID: "sha256:01", AsOf: &dossier.Date{Year: 2019, Month: 4, Day: 22, Precision: dossier.PrecisionDay}}},
	}
	var stream bytes.Buffer
	sender := newConn(nil, &stream, maxResponseBytes)
	var sizes []int
	for _, m := range want {
		before := stream.Len()
		if err := sender.send(m); err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, stream.Len()-before)
	}
	receiver := newConn(&stream, nil, maxResponseBytes)
	var got []response
	for {
		var m response
		err := receiver.recv(&m)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages read back (-want +got):\n%s", diff)
	}
	// The first message carries the type descriptions; the third, of the
	// same types, does not.
	if sizes[2] >= sizes[0] {
		t.Errorf("message sizes %v: types described again", sizes)
	}
}

// TestConn_RefusesBadFrames: a length over the limit, a stream cut inside
// a frame and bytes that are not gob are errors, never a hang or a huge
// allocation.
func TestConn_RefusesBadFrames(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		want  string
	}{
		{"length over the limit", []byte{0xff, 0xff, 0xff, 0xff, 1, 2, 3}, "over the size limit"},
		{"cut inside the frame", []byte{0, 0, 0, 10, 1, 2, 3}, "unexpected EOF"},
		{"cut inside the length", []byte{0, 0}, "unexpected EOF"},
		{"not gob", []byte{0, 0, 0, 3, 'a', 'b', 'c'}, "decode"},
	}
	for _, tt := range tests {
		var m response
		err := newConn(bytes.NewReader(tt.input), nil, 1<<20).recv(&m)
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.want)) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConnRecv: whatever a broken child writes, reading it returns an
// error or messages, and never panics.
func FuzzConnRecv(f *testing.F) {
	var b bytes.Buffer
	c := newConn(nil, &b, maxResponseBytes)
	_ = c.send(response{Doc: &dossier.Document{ID: "sha256:00", Blocks: []dossier.Block{{Text: "x"}}}, Err: "e"})
	_ = c.send(response{Err: "second"})
	f.Add(b.Bytes())
	f.Add([]byte{0, 0, 0, 1, 0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		c := newConn(bytes.NewReader(data), nil, 1<<20)
		for {
			var m response
			if err := c.recv(&m); err != nil {
				return
			}
		}
	})
}

// BenchmarkConn measures the protocol's cost for one document: the
// request with the brochure's bytes, and the response with its blocks.
func BenchmarkConn(b *testing.B) {
	data, err := os.ReadFile("../../fixtures/docs/coe-brochure-octopus-project-2025.pdf")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := extract.Default().Extract(context.Background(), extract.Source{Name: "x.pdf", Data: data}, extract.DefaultLimits())
	if err != nil {
		b.Fatal(err)
	}
	pr, pw := io.Pipe()
	cr, cw := io.Pipe()
	parent, child := newConn(cr, pw, maxResponseBytes), newConn(pr, cw, maxRequestBytes)
	go func() {
		for {
			var req request
			if child.recv(&req) != nil {
				return
			}
			if child.send(response{Doc: doc}) != nil {
				return
			}
		}
	}()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := parent.send(request{Name: "x.pdf", Data: data}); err != nil {
			b.Fatal(err)
		}
		var resp response
		if err := parent.recv(&resp); err != nil {
			b.Fatal(err)
		}
	}
	pw.Close()
}
