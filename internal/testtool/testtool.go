// Package testtool finds the outside programs some tests compare us with
// (pdftotext, xmllint, Chromium). A missing program is a failure under
// CI=true, where scripts/test.sh has installed it, and elsewhere a skip with
// one line naming the Debian package to install, the way restic's tests do.
package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Debian packages of the programs our tests use.
var packages = map[string]string{
	"pdftotext": "poppler-utils",
	"pdftoppm":  "poppler-utils",
	"xmllint":   "libxml2-utils",
	"chromium":  "chromium",
}

// Need returns the path of the program name, or ends the test: Fatal under
// CI=true, Skip elsewhere.
func Need(t testing.TB, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	missing(t, name)
	return ""
}

// Chromium returns the path of a Chromium or Chrome binary, or ends the test
// as Need does.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, "chromium")
	return ""
}

func missing(t testing.TB, name string) {
	t.Helper()
	pkg := packages[name]
	if pkg == "" {
		pkg = name
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s not found: install the Debian package %s (scripts/test.sh does)", name, pkg)
	}
	t.Skipf("%s not found: apt-get install %s (or run scripts/test.sh)", name, pkg)
}
