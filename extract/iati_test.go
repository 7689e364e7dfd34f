package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
)

// iatiFile is a small IATI activity file, as a publisher writes one.
const iatiFile = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2024-05-02T08:00:00Z">
 <iati-activity>
  <iati-identifier>XM-DAC-7-1-1</iati-identifier>
  <reporting-org ref="XM-DAC-7" type="10"><narrative>Ministry</narrative></reporting-org>
  <title><narrative>Drinking Water in the Sahel</narrative></title>
  <description><narrative>Water.</narrative></description>
  <participating-org role="4"><narrative>UNICEF</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="2" iso-date="2022-03-15"/>
 </iati-activity>
</iati-activities>
`

// TestDetect_IATIByContent: an IATI activity file is known by its root
// element, whatever its name or declared type; other XML is not.
func TestDetect_IATIByContent(t *testing.T) {
	for _, src := range []Source{
		{Name: "activities.xml", Data: []byte(iatiFile)},
		{Name: "download", Data: []byte(iatiFile)},
		{Name: "page.html", Data: []byte(iatiFile), ContentType: "text/html"},
		{Name: "https://example.org/api?id=1", Data: []byte("\xef\xbb\xbf" + iatiFile), ContentType: "application/xml"},
	} {
		if mt, err := DetectMediaType(src); mt != MediaIATI || err != nil {
			t.Errorf("%s: %q, %v; want %s", src.Name, mt, err, MediaIATI)
		}
	}
	if mt, _ := DetectMediaType(Source{Name: "feed.xml", Data: []byte(`<?xml version="1.0"?><rss><channel/></rss>`)}); mt == MediaIATI {
		t.Errorf("an RSS feed taken for IATI")
	}
}

// TestExtract_IATIFile: an IATI file is a document of kind iati, titled by
// its activity, dated by its generation, one block an element.
func TestExtract_IATIFile(t *testing.T) {
	doc, err := Default().Extract(context.Background(), Source{Name: "activities.xml", Data: []byte(iatiFile)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Kind != dossier.KindIATI || doc.Title != "Drinking Water in the Sahel" || doc.AsOf == nil || doc.AsOf.String() != "2024-05-02" {
		t.Errorf("kind %q, title %q, as of %v", doc.Kind, doc.Title, doc.AsOf)
	}
	if len(doc.Blocks) != 7 {
		t.Fatalf("%d blocks, want one for each of the 7 elements", len(doc.Blocks))
	}
	b := doc.Blocks[6]
	if b.Text != `<activity-date type="2" iso-date="2022-03-15"/>` || b.Path != "iati-activities>iati-activity[1]>activity-date[1]" || b.Section != "Drinking Water in the Sahel" {
		t.Errorf("block %+v", b)
	}
}

// TestExtract_IATIBadFilesFailAlone: a hostile or broken IATI file is that
// document's one-line failure, named.
func TestExtract_IATIBadFilesFailAlone(t *testing.T) {
	for name, data := range map[string][]byte{
		"doctype.xml": []byte(`<!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities><iati-activity><title><narrative>&x;</narrative></title></iati-activity></iati-activities>`),
		"cut.xml":     []byte(iatiFile[:300]),
		"huge.xml":    append([]byte("<iati-activities>"), bytes.Repeat([]byte(" "), MaxIATIBytes)...),
	} {
		doc, err := Default().Extract(context.Background(), Source{Name: name, Data: data}, DefaultLimits())
		if err == nil || !strings.HasPrefix(err.Error(), name+": ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v", name, err)
			continue
		}
		if doc.Kind != dossier.KindIATI || doc.Error == "" || doc.Blocks != nil {
			t.Errorf("%s: document %+v", name, doc)
		}
		if name == "huge.xml" && !errors.Is(err, ErrTooLarge) {
			t.Errorf("huge.xml: %v, want ErrTooLarge", err)
		}
	}
}
