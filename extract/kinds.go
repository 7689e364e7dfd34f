package extract

import (
	"context"

	"github.com/dossier-dev/dossier"
)

// pdfExtractor adapts ReadPDF to the registry.
type pdfExtractor struct{}

func (pdfExtractor) Extract(ctx context.Context, src Source, lim Limits, doc *dossier.Document) error {
	res, err := ReadPDF(ctx, src.Data, lim.PDF)
	if err != nil {
		return err
	}
	doc.Blocks = res.Blocks
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
