package facts

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestListSepsAsRegexp: the scan that splits enumerations finds the
// spans the regular expression it replaces finds, on every line of the
// seed fixtures' sources and the dev corpus's pages and on lines made to probe its edges.
func TestListSepsAsRegexp(t *testing.T) {
	re := regexp.MustCompile(`\s*(?:[,;:–—]|\s(?:` + listConjunctions() + `)\s)\s*`)
	lines := []string{
		"Armenia, Azerbaijan, Georgia and Ukraine",
		"Niger , Mali  and  Chad",
		"le Bénin, le Cameroun et le Togo",
		"Mauritius, Marokko – Senegal — Tonga",
		"and Benin",
		"Benin and",
		"Benin and\tTogo; Ghana: Mali",
		"Kenia, Oeganda en Rwanda",
		"Andorra",
		"",
		" , ",
		"Brazil and, for the first time, Chile",
	}
	// (The dev corpus's pages too: text in seven languages.)
	files, _ := filepath.Glob("../fixtures/src/*")
	pages, _ := filepath.Glob("../fixtures/corpus/dev/docs/*.html")
	files = append(files, pages...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, l := range lines {
		var want [][2]int
		for _, m := range re.FindAllStringIndex(l, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := listSeps(l); !slices.Equal(got, want) {
			t.Errorf("listSeps(%q) = %v, the regular expression gives %v", l, got, want)
		}
	}
}
