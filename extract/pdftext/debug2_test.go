package pdftext

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/ledongthuc/pdf"
)

func TestDebugGlyphs(t *testing.T) {
	fn := os.Getenv("PDF")
	if fn == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(fn)
	doc, _ := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	pages, _ := Pages(doc, 500)
	r := NewReader(Limits{})
	p, _ := r.Page(pages[5])
	for _, g := range p.Glyphs {
		if g.Y > 190 && g.Y < 240 && g.X < 300 {
			fmt.Printf("%q %.2f %.2f w%.2f s%.2f %v\n", g.Text, g.X, g.Y, g.W, g.Size, g.Bold)
		}
	}
}
