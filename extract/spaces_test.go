package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// spacesPattern is what collapseSpaces replaced: each run of these
// characters became one space.
var spacesPattern = regexp.MustCompile(`[ \t\r\f\v\x{00a0}\x{2009}\x{202f}]+`)

// TestCollapseSpaces_SameAsPattern: collapseSpaces gives what the regular
// expression's replace gave, on every line of every seed and dev web page
// as written (markup, indentation, entities' characters) and on lines made
// to catch a fast path that skips too much.
func TestCollapseSpaces_SameAsPattern(t *testing.T) {
	lines := []string{
		"", " ", "  ", "a", "a b", "a  b", " a ", "a\tb", "a \t b", "a\u00a0b", "a \u00a0 b", "a\u2009b", "a\u202fb",
		"a\u2003b", "a\r\nb", "\f\va", "x\xc2", "x\xc2\xa0", "\xe2\x80", "\xe2\x80\x89y", "\xff  \xfe", "é  ü", "日本 語",
		"50\u00a0000\u202fEUR", "end ", "end  ",
	}
	for _, glob := range []string{"../fixtures/docs/*.html", "../fixtures/corpus/dev/docs/*.html"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines", len(lines))
	}
	for _, l := range lines {
		if got, want := collapseSpaces(l), spacesPattern.ReplaceAllString(l, " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", l, got, want)
		}
	}
}
