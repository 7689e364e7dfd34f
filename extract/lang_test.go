package extract

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestDeclaredLanguage checks that the language a document declares for
// itself reaches dossier.MetaLang: a web page's lang attribute or its
// Content-Language, and the /Lang that Chromium and LibreOffice write
// into a PDF from their source's language (read here from the source,
// as a person would).
func TestDeclaredLanguage(t *testing.T) {
	pages := []struct{ name, html, want string }{
		{"lang-attribute.html", `<html lang="fr-BE"><head><title>Projet</title></head><body><p>Texte.</p></body></html>`, "fr-BE"},
		{"content-language.html", `<html><head><meta http-equiv="Content-Language" content="de"><title>Projekt</title></head><body><p>Text.</p></body></html>`, "de"},
		{"no-language.html", `<html><head><title>Project</title></head><body><p>Text.</p></body></html>`, ""},
	}
	for _, tc := range pages {
		doc, err := Default().Extract(context.Background(), Source{Name: tc.name, Data: []byte(tc.html)}, DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := doc.Meta[dossier.MetaLang]; got != tc.want {
			t.Errorf("%s: declared language %q, want %q", tc.name, got, tc.want)
		}
	}
	pdfs := []struct {
		pdf, source string
		lang        *regexp.Regexp
	}{
		{"chromium-fact-sheet.pdf", "fact-sheet.html", regexp.MustCompile(`<html lang="([^"]+)"`)},
		{"libreoffice-brief.pdf", "brief.fodt", regexp.MustCompile(`fo:language="([^"]+)"`)},
	}
	for _, tc := range pdfs {
		src, err := os.ReadFile(filepath.Join("testdata", "pdf", tc.source))
		if err != nil {
			t.Fatal(err)
		}
		m := tc.lang.FindSubmatch(src)
		if m == nil {
			t.Fatalf("%s declares no language", tc.source)
		}
		data, err := os.ReadFile(filepath.Join("testdata", "pdf", tc.pdf))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Default().Extract(context.Background(), Source{Name: tc.pdf, Data: data}, DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", tc.pdf, err)
		}
		if got := doc.Meta[dossier.MetaLang]; got != string(m[1]) {
			t.Errorf("%s: declared language %q, want %q as %s declares", tc.pdf, got, m[1], tc.source)
		}
	}
}
