package pdftext

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

func TestDebugDump(t *testing.T) {
	fn := os.Getenv("PDF")
	if fn == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(fn)
	doc, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Pages(doc, 500)
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader(Limits{})
	for i, pv := range pages {
		p, err := r.Page(pv)
		fmt.Println("page", i+1, p.Width, p.Height, err, len(p.Glyphs))
		var b strings.Builder
		lastY := -1.0
		for _, g := range p.Glyphs {
			if g.Y != lastY {
				fmt.Fprintf(&b, "\n[%.1f,%.1f s%.1f]", g.X, g.Y, g.Size)
				lastY = g.Y
			}
			b.WriteString(g.Text)
		}
		fmt.Println(b.String())
	}
}
