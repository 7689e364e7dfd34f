package pdftext

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// buildPDF writes objs as objects 1… with a cross-reference table and a
// trailer; trailer gets the table's offset, to point /Prev at it.
func buildPDF(objs []string, xrefHead string, trailer func(xref int) string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	if xrefHead == "" {
		xrefHead = fmt.Sprintf("0 %d", len(objs)+1)
	}
	fmt.Fprintf(&b, "xref\n%s\n0000000000 65535 f \n", xrefHead)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n%s\nstartxref\n%d\n%%%%EOF\n", trailer(xref), xref)
	return []byte(b.String())
}

var pageObjs = []string{
	"<< /Type /Catalog /Pages 2 0 R >>",
	"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
	"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
}

func TestCheckStructure(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		safe bool
	}{
		{"plain", buildPDF(pageObjs, "", func(int) string { return "<< /Size 4 /Root 1 0 R >>" }), true},
		{"Prev points at its own section", buildPDF(pageObjs, "", func(x int) string {
			return fmt.Sprintf("<< /Size 4 /Root 1 0 R /Prev %d >>", x)
		}), false},
		{"object numbers past the file", buildPDF(pageObjs, "2000000000 4", func(int) string { return "<< /Size 4 /Root 1 0 R >>" }), false},
		{"Size past the file", buildPDF(pageObjs, "", func(int) string { return "<< /Size 99999999 /Root 1 0 R >>" }), false},
		{"object streams extend each other", buildPDF(append(pageObjs[:3:3],
			"<< /Type /ObjStm /N 0 /First 1 /Extends 5 0 R /Length 0 >>\nstream\n\nendstream",
			"<< /Type /ObjStm /N 0 /First 1 /Extends 4 0 R /Length 0 >>\nstream\n\nendstream"),
			"", func(int) string { return "<< /Size 6 /Root 1 0 R >>" }), false},
		{"object stream extends itself", buildPDF(append(pageObjs[:3:3],
			"<< /Type /ObjStm /N 0 /First 1 /Extends 4 0 R /Length 0 >>\nstream\n\nendstream"),
			"", func(int) string { return "<< /Size 5 /Root 1 0 R >>" }), false},
		{"xref stream Size past the file", []byte("%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 123456789 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"), false},
		{"xref stream Index past the file", []byte("%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 2 /Index [900000000 2] /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"), false},
		{"no startxref", []byte("%PDF-1.7\n"), true},
		{"startxref past the end", []byte("%PDF-1.7\nstartxref\n99999\n%%EOF"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckStructure(tt.data)
			if tt.safe && err != nil {
				t.Errorf("safe file refused: %v", err)
			}
			if !tt.safe && !errors.Is(err, ErrUnsafe) {
				t.Errorf("got %v, want ErrUnsafe", err)
			}
		})
	}
}

// TestCheckStructure_RealFilesPass: no real producer's file is refused.
func TestCheckStructure_RealFilesPass(t *testing.T) {
	files, _ := filepath.Glob("../testdata/pdf/*.pdf")
	more, _ := filepath.Glob("../../fixtures/docs/*.pdf")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckStructure(data); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func FuzzCheckStructure(f *testing.F) {
	f.Add(buildPDF(pageObjs, "", func(x int) string { return fmt.Sprintf("<< /Size 4 /Prev %d >>", x) }))
	f.Add([]byte("1 0 obj << /Extends 1 0 R >> startxref 0 %%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = CheckStructure(data)
	})
}
