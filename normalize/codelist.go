package normalize

import (
	_ "embed"
	"encoding/xml"
	"fmt"
	"sync"
)

// The IATI 2.03 codelists, copied from the shared reference; see
// codelists/README.md.
var (
	//go:embed codelists/Country.xml
	countryXML []byte
	//go:embed codelists/Currency.xml
	currencyXML []byte
)

// codelistItem is one entry of an IATI codelist.
type codelistItem struct {
	Code   string `xml:"code"`
	Name   string `xml:"name>narrative"`
	Status string `xml:"status,attr"`
}

// parseCodelist reads an IATI codelist's active items, in file order.
// Withdrawn codes (the Netherlands Antilles, old currencies) are left out.
func parseCodelist(data []byte) ([]codelistItem, error) {
	var doc struct {
		Items []codelistItem `xml:"codelist-items>codelist-item"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("read codelist: %w", err)
	}
	items := doc.Items[:0]
	for _, it := range doc.Items {
		if it.Status != "withdrawn" && it.Code != "" {
			items = append(items, it)
		}
	}
	return items, nil
}

// mustCodelist parses embedded codelist data; a failure is a build defect,
// caught by every test.
func mustCodelist(data []byte, name string) []codelistItem {
	items, err := parseCodelist(data)
	if err != nil || len(items) == 0 {
		panic(fmt.Sprintf("normalize: embedded %s codelist unreadable: %v", name, err))
	}
	return items
}

// currencyCodes is the set of active ISO 4217 codes in the IATI codelist.
var currencyCodes = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, it := range mustCodelist(currencyXML, "Currency") {
		set[it.Code] = true
	}
	return set
})

// IsCurrency reports whether code is an active ISO 4217 currency code in
// the IATI codelist ("EUR", "CAD").
func IsCurrency(code string) bool {
	return currencyCodes()[code]
}
