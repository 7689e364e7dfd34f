package extract

import (
	"context"
	"fmt"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/iati"
)

// MediaIATI is the media type the registry files IATI activity files
// under. IATI registers none: an IATI file is XML whose root element is
// iati-activities, and is known by that (iati.Sniff), whatever its name.
const MediaIATI = "application/vnd.iati.activities+xml"

// MaxIATIBytes is the largest IATI activity file read, in bytes.
const MaxIATIBytes = 100 << 20

// iatiExtractor reads IATI activity files: each element of each activity
// is a block whose text is the element as canonical XML (iati.Blocks), and
// package iati, not facts, reads their facts.
type iatiExtractor struct{}

func (iatiExtractor) Extract(ctx context.Context, src Source, _ Limits, doc *dossier.Document) error {
	if len(src.Data) > MaxIATIBytes {
		return fmt.Errorf("%w: IATI file of %d bytes exceeds the limit of %d", ErrTooLarge, len(src.Data), MaxIATIBytes)
	}
	f, err := iati.Read(src.Data)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	blocks, err := iati.Blocks(f)
	if err != nil {
		return err
	}
	doc.Blocks = blocks
	doc.Title = iati.Title(f)
	doc.AsOf, doc.AsOfQuote = iati.AsOf(f)
	doc.Meta = map[string]string{"iati-version": f.Version}
	return nil
}
