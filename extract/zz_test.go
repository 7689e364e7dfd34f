package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("ZZPDF"))
	if err != nil {
		t.Skip()
	}
	res, err := ReadPDF(context.Background(), data, PDFLimits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		fmt.Printf("%s p%d %s %q\n", b.Role, b.Page, b.Path, b.Text)
	}
}
