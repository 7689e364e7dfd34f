package extract

import (
	"context"
	"strings"

	"github.com/dossier-dev/dossier"
)

// pdfExtractor adapts ReadPDF to the registry.
type pdfExtractor struct{}

func (pdfExtractor) Extract(ctx context.Context, src Source, lim Limits, doc *dossier.Document) error {
	res, err := ReadPDF(ctx, src.Data, lim.PDF)
	if err != nil {
		return err
	}
	doc.Blocks = withStackedRowsMerged(res.Blocks)
	doc.Pages = res.Pages
	doc.Meta = res.Meta
	doc.Title = res.Title
	if t := titleFromBlocks(doc.Blocks); t != "" && (doc.Title == "" || looksLikeFileName(doc.Title)) {
		doc.Title = t
	}
	return nil
}

// titleFromBlocks takes the first page's largest heading as the title, the
// way a reader would name a PDF whose metadata has no useful title.
func titleFromBlocks(blocks []dossier.Block) string {
	best, size := "", 0.0
	for _, b := range blocks {
		if b.Page > 1 {
			break
		}
		if b.Role == dossier.RoleHeading && b.FontSize > size {
			best, size = b.Text, b.FontSize
		}
	}
	return collapse(best)
}

func looksLikeFileName(s string) bool {
	for _, ext := range []string{".html", ".htm", ".pdf", ".doc", ".docx", ".odt", ".fodt"} {
		if len(s) > len(ext) && s[len(s)-len(ext):] == ext {
			return true
		}
	}
	return false
}

// withStackedRowsMerged joins table rows whose cells continue on the next
// line: a three-column box of figures set over two lines comes out of the
// PDF as two rows of three cells, and each cell is read whole.
func withStackedRowsMerged(blocks []dossier.Block) []dossier.Block {
	var out []dossier.Block
	for _, b := range blocks {
		if n := len(out); n > 0 && b.Role == dossier.RoleRow && out[n-1].Role == dossier.RoleRow && b.Page == out[n-1].Page && b.Page > 0 {
			prev := strings.Split(out[n-1].Text, "\t")
			cur := strings.Split(b.Text, "\t")
			if len(prev) == len(cur) && adjacent(out[n-1].Box, b.Box) {
				for i := range prev {
					prev[i] = strings.TrimSpace(prev[i] + " " + cur[i])
				}
				out[n-1].Text = strings.Join(prev, "\t")
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// adjacent reports whether box b starts right below box a.
func adjacent(a, b *dossier.Rect) bool {
	if a == nil || b == nil {
		return true
	}
	gap := b.Y - (a.Y + a.H)
	return gap < a.H*1.5 && gap > -a.H
}
