package records

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/dossier-dev/dossier/reconcile"
)

// maxReportName caps a report's file name before ".pdf", in bytes; file
// systems take 255.
const maxReportName = 120

// ReportFileName is the name of a project's report in a folder:
// "<project>.pdf", or "<project>-<donor slug>.pdf" for a donor report
// (dossier report, and the browser's download). Only
// letters, digits, '-' and '_' are kept, so an id from an older store can
// never name a path elsewhere; a name cut to maxReportName ends in a hash
// of the whole, so two long ids still get two files.
func ReportFileName(id, donor string) string {
	var b strings.Builder
	for _, r := range id {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	name := b.String()
	if donor != "" {
		name += "-" + reconcile.Slugify(donor)
	}
	if name == "" || strings.Trim(name, "-") == "" {
		name = "project" + name
	}
	if len(name) > maxReportName {
		sum := sha256.Sum256([]byte(name))
		name = name[:maxReportName-13] + "-" + hex.EncodeToString(sum[:6])
	}
	return name + ".pdf"
}
