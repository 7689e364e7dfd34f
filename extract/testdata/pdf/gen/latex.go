package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// latexLike sets the text of src as LaTeX sets an article in two columns:
// a font at 10 points on 12 (the Go font, embedded, as TeX embeds its
// fonts with their widths), columns 229.5 points wide 10 points apart
// (\columnsep), justified, first lines indented, words hyphenated at the
// points src marks with "·" when they do not fit, each word placed on its
// own as TeX places them. "# " starts the title across both columns, "## "
// a section heading.
func latexLike(path, src string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	pdf := gofpdf.New("P", "pt", "Letter", "")
	stamp := time.Date(2019, time.April, 22, 10, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetCreator("dossier gen", false)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	pdf.AddPage()

	const (
		left, colW, sep = 72.0, 229.5, 10.0
		top, bottom     = 100.0, 720.0
		size, skip      = 10.0, 12.0
		indent          = 15.0
	)
	col, y := 0, top
	x0 := func() float64 { return left + float64(col)*(colW+sep) }
	newLine := func(advance float64) {
		y += advance
		if y > bottom && col == 0 {
			col, y = 1, top
		}
	}
	for _, para := range strings.Split(strings.TrimSpace(string(data)), "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		switch {
		case strings.HasPrefix(para, "# "):
			pdf.SetFont("go", "B", 17)
			t := strings.TrimPrefix(para, "# ")
			pdf.Text((612-pdf.GetStringWidth(t))/2, 72, t)
			continue
		case strings.HasPrefix(para, "## "):
			if y > top {
				newLine(6)
			}
			pdf.SetFont("go", "B", 12)
			pdf.Text(x0(), y, strings.TrimPrefix(para, "## "))
			newLine(skip + 4)
			continue
		}
		pdf.SetFont("go", "", size)
		space := pdf.GetStringWidth(" ")
		words := strings.Fields(para)
		first := true
		for len(words) > 0 {
			width := colW
			if first {
				width -= indent
			}
			// Fill the line; hyphenate the word that does not fit at the
			// last marked point that does.
			var line []string
			used := 0.0
			for len(words) > 0 {
				w := strings.ReplaceAll(words[0], "·", "")
				need := pdf.GetStringWidth(w)
				if len(line) > 0 {
					need += space
				}
				if used+need <= width {
					line = append(line, w)
					used += need
					words = words[1:]
					continue
				}
				parts := strings.Split(words[0], "·")
				for k := len(parts) - 1; k > 0; k-- {
					head := strings.Join(parts[:k], "") + "-"
					n := pdf.GetStringWidth(head)
					if len(line) > 0 {
						n += space
					}
					if used+n <= width {
						line = append(line, head)
						used += n
						words[0] = strings.Join(parts[k:], "·")
						break
					}
				}
				break
			}
			if len(line) == 0 { // a word longer than the column
				line, words = []string{strings.ReplaceAll(words[0], "·", "")}, words[1:]
			}
			gap := space
			if len(words) > 0 && len(line) > 1 {
				natural := 0.0
				for _, w := range line {
					natural += pdf.GetStringWidth(w)
				}
				gap = (width - natural) / float64(len(line)-1)
			}
			x := x0()
			if first {
				x += indent
			}
			for _, w := range line {
				pdf.Text(x, y, w)
				x += pdf.GetStringWidth(w) + gap
			}
			first = false
			newLine(skip)
		}
	}
	if col == 0 {
		return fmt.Errorf("%s: the text fills less than one column", src)
	}
	if y > bottom {
		return fmt.Errorf("%s: the text overflows the second column", src)
	}
	return pdf.OutputFileAndClose(path)
}
