package extract

import (
	"context"
	"regexp"
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
	markMargins(doc.Blocks)
	doc.Blocks = withPageBreaksJoined(doc.Blocks)
	doc.Pages = res.Pages
	doc.Meta = res.Meta
	doc.Title = res.Title
	if t := titleFromBlocks(doc.Blocks); t != "" && (doc.Title == "" || looksLikeFileName(doc.Title)) {
		doc.Title = t
	}
	return nil
}

// edgeBlocks is how many blocks at the top and at the bottom of a page can
// be running headers, footers or page numbers.
const edgeBlocks = 2

var digitRun = regexp.MustCompile(`\d+`)

// pageNumber matches what page numbers look like: "4", "Page 4 of 11",
// "4 / 11", "- 4 -".
var pageNumber = regexp.MustCompile(`(?i)^[-–\s]*(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?[-–\s]*$`)

// markMargins marks page furniture: a page number at a page's top or
// bottom, and text that heads or foots at least half the pages (the
// publisher's name, the document's running title). Facts are not read from
// it, but it stays in the text, where it tells whose document it is.
func markMargins(blocks []dossier.Block) {
	edges := map[int][]int{}
	byPage := map[int][]int{}
	for i, b := range blocks {
		byPage[b.Page] = append(byPage[b.Page], i)
	}
	for p, idx := range byPage {
		for k, i := range idx {
			if k < edgeBlocks || k >= len(idx)-edgeBlocks {
				edges[p] = append(edges[p], i)
			}
		}
	}
	// On how many pages each edge text stands, digits aside.
	pagesOf := map[string]map[int]bool{}
	for p, idx := range edges {
		for _, i := range idx {
			k := digitRun.ReplaceAllString(collapse(blocks[i].Text), "#")
			if pagesOf[k] == nil {
				pagesOf[k] = map[int]bool{}
			}
			pagesOf[k][p] = true
		}
	}
	pages := len(byPage)
	for _, idx := range edges {
		for _, i := range idx {
			text := collapse(blocks[i].Text)
			k := digitRun.ReplaceAllString(text, "#")
			if pageNumber.MatchString(text) || pages >= 2 && len(pagesOf[k]) >= 2 && 2*len(pagesOf[k]) >= pages {
				blocks[i].Role = dossier.RoleMargin
				blocks[i].Label = ""
			}
		}
	}
}

// withPageBreaksJoined joins a sentence that a page's break cuts: the last
// paragraph of a page's body, ending mid-sentence ("… of Atacora, Alibori
// and"), and the first block of the next page's body, past the running
// header and footer ("Couffo, reaching …"). The joined paragraph keeps the
// page it starts on.
func withPageBreaksJoined(blocks []dossier.Block) []dossier.Block {
	out := blocks[:0]
	last := -1 // the last block of out that is not page furniture
	for _, b := range blocks {
		if b.Role == dossier.RoleMargin {
			out = append(out, b)
			continue
		}
		if last >= 0 {
			p := &out[last]
			if b.Role == dossier.RoleParagraph && p.Role == dossier.RoleParagraph && b.Page == p.Page+1 &&
				b.FontSize == p.FontSize && (runsOn(p.Text, b.Text) || endsOpen(p.Text)) {
				p.Text = joinHyphenated(p.Text+"\n"+b.Text, "\n")
				continue
			}
		}
		out = append(out, b)
		last = len(out) - 1
	}
	return out
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
// PDF as two rows of three cells, and each cell is read whole. A data
// table's rows (placed by a path, see grid) are rows already.
func withStackedRowsMerged(blocks []dossier.Block) []dossier.Block {
	var out []dossier.Block
	for _, b := range blocks {
		if n := len(out); n > 0 && b.Role == dossier.RoleRow && out[n-1].Role == dossier.RoleRow && b.Page == out[n-1].Page && b.Page > 0 && b.Path == "" && out[n-1].Path == "" {
			prev := strings.Split(out[n-1].Text, "\t")
			cur := strings.Split(b.Text, "\t")
			// Rows of labels and values in turn ("Paesi | Senegal, … |
			// Stato | In corso" over "Durata | 1° marzo 2021 – … |
			// Costo totale | EUR 5.950.000") are rows of a box each.
			if len(prev) == len(cur) && adjacent(out[n-1].Box, b.Box) && !(len(cur) >= 4 && len(cur)%2 == 0) {
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
