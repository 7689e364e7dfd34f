package records

import (
	"strings"
	"testing"
)

// TestReportFileName: a report's file name keeps to letters, digits and
// dashes whatever the id (an id from an older store can name no path
// elsewhere), adds the donor's slug, and stays within a file system's
// limit, two long ids still two names.
func TestReportFileName(t *testing.T) {
	long := strings.Repeat("global-action-on-cybercrime-", 72) // a 2,016-byte slug an older dossier made
	for _, tc := range []struct{ id, donor, want string }{
		{"cybercrime-octopus", "", "cybercrime-octopus.pdf"},
		{"octopus-project", "Canada", "octopus-project-canada.pdf"},
		{"octopus-project", "United States of America", "octopus-project-united-states-of-america.pdf"},
		{"../../etc/passwd", "", "------etc-passwd.pdf"},
		{"", "", "project.pdf"},
	} {
		if got := ReportFileName(tc.id, tc.donor); got != tc.want {
			t.Errorf("ReportFileName(%q, %q) = %q, want %q", tc.id, tc.donor, got, tc.want)
		}
	}
	a, b := ReportFileName(long+"a", "Canada"), ReportFileName(long+"b", "Canada")
	if a == b || len(a) > maxReportName+len(".pdf") || len(b) > maxReportName+len(".pdf") {
		t.Errorf("long ids give %q (%d bytes) and %q", a, len(a), b)
	}
}
