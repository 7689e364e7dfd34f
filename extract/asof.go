package extract

import (
	"regexp"
	"strings"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// dateText matches a written date: "22 April 2019", "3rd April 2025",
// "April 22, 2019", "2019-04-22", "22/04/2019", "April 2019".
const dateText = `(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\p{L}+\s+\d{4})`

// asOfPatterns are the ways a document states the date it speaks from, most
// telling first. A copyright year is none of them.
var asOfPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bversion(?:\s+of|\s+dated|:)?\s+(` + dateText + `)`),
	regexp.MustCompile(`(?i)\b(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*:?\s+(` + dateText + `)`),
	regexp.MustCompile(`(?i)\b(?:published|posted|issued)(?:\s+on)?\s*:?\s+(` + dateText + `)`),
	// A dateline: "Strasbourg, France 19 October 2020", "Strasbourg, 19 October 2020".
	regexp.MustCompile(`^(?:\p{Lu}[\p{L}-]+(?:,\s*\p{Lu}[\p{L} -]+?)?),?\s+(` + dateText + `)\s*$`),
	regexp.MustCompile(`(?i)\bas\s+(?:of|at)\s+(` + dateText + `)`),
	regexp.MustCompile(`(?i)\b(?:état|situation)\s+(?:au|le)\s+(` + dateText + `)`),
}

// AsOf finds the date a document speaks from in its blocks: its version
// line, "last updated" line, posting date, dateline or an "as of" date. It
// returns nil when the document states none.
func AsOf(blocks []dossier.Block, meta map[string]string) (*dossier.Date, string) {
	if d, q := asOfFromMeta(meta); d != nil {
		return d, q
	}
	for _, re := range asOfPatterns {
		for _, b := range blocks {
			for _, line := range strings.Split(blockLine(b), "\n") {
				line = collapse(line)
				if strings.Contains(strings.ToLower(line), "copyright") || strings.Contains(line, "©") {
					continue
				}
				m := re.FindStringSubmatchIndex(line)
				if m == nil {
					continue
				}
				d, err := normalize.ParseDate(line[m[2]:m[3]])
				if err != nil {
					continue
				}
				return &d, strings.TrimSpace(line[m[0]:m[1]])
			}
		}
	}
	return nil, ""
}

// asOfFromMeta reads the publication or modification date a page declares in
// its metadata.
func asOfFromMeta(meta map[string]string) (*dossier.Date, string) {
	for _, key := range []string{"article:modified_time", "article:published_time", "dc.date", "dcterms.modified", "dcterms.date", "date", "datepublished", "datemodified"} {
		v, ok := meta[key]
		if !ok {
			continue
		}
		s := v
		if len(s) >= 10 {
			s = s[:10]
		}
		if d, err := normalize.ParseDate(s); err == nil {
			return &d, v
		}
	}
	return nil, ""
}

func blockLine(b dossier.Block) string {
	if b.Label != "" {
		return b.Label + ": " + b.Text
	}
	return b.Text
}
