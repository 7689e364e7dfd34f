package gofpdf

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// doc writes a small document with the Go fonts, added by add.
func doc(t *testing.T, text string, add func(pdf *Fpdf)) []byte {
	t.Helper()
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC))
	pdf.AliasNbPages("{nb}")
	add(pdf)
	pdf.AddPage()
	pdf.SetFont("go", "", 12)
	pdf.Text(50, 50, text)
	pdf.SetFont("go", "B", 12)
	pdf.Text(50, 80, "Page 1 of {nb} – "+text)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func prepare(t testing.TB) (reg, bold *UTF8Font) {
	t.Helper()
	reg, err := PrepareUTF8Font("go", "", goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	bold, err = PrepareUTF8Font("go", "B", gobold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return reg, bold
}

// TestPreparedUTF8Font_SameBytesAsFromBytes: a document whose fonts were
// prepared once is byte for byte the one AddUTF8FontFromBytes makes, the
// first time a subset is cut and when it comes from the cache.
func TestPreparedUTF8Font_SameBytesAsFromBytes(t *testing.T) {
	reg, bold := prepare(t)
	for _, text := range []string{"Cybercrime@Octopus € 161,000", "Ελληνική Δημοκρατία, Україна", "Cybercrime@Octopus € 161,000"} {
		want := doc(t, text, func(pdf *Fpdf) {
			pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
			pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
		})
		got := doc(t, text, func(pdf *Fpdf) {
			pdf.AddPreparedUTF8Font(reg)
			pdf.AddPreparedUTF8Font(bold)
		})
		if !bytes.Equal(want, got) {
			t.Errorf("%q: prepared fonts give %d bytes, fonts from bytes %d; they differ", text, len(got), len(want))
		}
	}
	if n := len(reg.programs); n != 2 {
		t.Errorf("the regular face keeps %d subsets for two sets of characters", n)
	}
}

// TestPreparedUTF8Font_ManyDocumentsAtOnce: documents rendered at the same
// time from the same prepared fonts are each what one alone would be (go
// test -race checks the sharing).
func TestPreparedUTF8Font_ManyDocumentsAtOnce(t *testing.T) {
	reg, bold := prepare(t)
	texts := []string{"Canada", "Japan", "Ελλάδα", "Canada", "Україна", "Japan", "Monaco", "Canada"}
	want := make([][]byte, len(texts))
	for i, s := range texts {
		want[i] = doc(t, s, func(pdf *Fpdf) {
			pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
			pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
		})
	}
	got := make([][]byte, len(texts))
	var wg sync.WaitGroup
	for i, s := range texts {
		wg.Go(func() {
			got[i] = doc(t, s, func(pdf *Fpdf) {
				pdf.AddPreparedUTF8Font(reg)
				pdf.AddPreparedUTF8Font(bold)
			})
		})
	}
	wg.Wait()
	for i := range texts {
		if !bytes.Equal(want[i], got[i]) {
			t.Errorf("%q rendered alongside others differs from the same document alone", texts[i])
		}
	}
}

// TestSetLang: the catalog names the document's language and the version
// is one that knows /Lang.
func TestSetLang(t *testing.T) {
	out := doc(t, "x", func(pdf *Fpdf) {
		pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
		pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
		pdf.SetLang("en-GB")
	})
	s := string(out)
	if !strings.HasPrefix(s, "%PDF-1.4") {
		t.Errorf("header %q, want %%PDF-1.4", s[:8])
	}
	i := strings.Index(s, "/Type /Catalog")
	if i < 0 || !strings.Contains(s[i:], "/Lang (en-GB)") {
		t.Error("the catalog has no /Lang (en-GB)")
	}
}
