package extract

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugBlocks(t *testing.T) {
	fn := os.Getenv("PDF")
	if fn == "" {
		t.Skip()
	}
	data, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ReadPDF(context.Background(), data, PDFLimits{})
	fmt.Println("err:", err, "title:", res.Title, "pages:", res.Pages, res.Meta)
	for _, b := range res.Blocks {
		fmt.Printf("[p%d %s %.1f x%.0f y%.0f] %s%s\n", b.Page, b.Role, b.FontSize, b.Box.X, b.Box.Y, func() string {
			if b.Label != "" {
				return b.Label + " => "
			}
			return ""
		}(), strings.ReplaceAll(b.Text, "\n", " ⏎ "))
	}
}
