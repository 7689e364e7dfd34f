package report

import (
	"bytes"
	"testing"

	"github.com/dossier-dev/dossier"
)

// FuzzRender puts text from untrusted documents (a title, a donor's name, a
// quote, a document's title and source, a field's name) into a record:
// every such record renders, and the donor report for that donor too.
func FuzzRender(f *testing.F) {
	f.Add("Cybercrime@Octopus", "Canada", "CAN$ 250,000 (ca. EUR 161,000)", "Project summary", "fixtures/docs/x.pdf", "conference_frequency", 250000.0)
	f.Add("", "", "", "", "", "", 0.0)
	f.Add("\U0001F600\xff\u0301", "the Government of the\u00a0Netherlands", "“€ 4 million” – \u200b", "\x00\x01", "https://example.org/"+string(bytes.Repeat([]byte("a"), 400)), "funding:", -1e300)
	f.Add(string(bytes.Repeat([]byte("Octopus "), 300)), "USA", string(bytes.Repeat([]byte("x"), 3000)), "T", "s", "start", 1e15)
	f.Fuzz(func(t *testing.T, title, donor, quote, docTitle, source, key string, amount float64) {
		rec := cybercrimeOctopus()
		rec.Project.Title = title
		rec.Project.Aliases = append(rec.Project.Aliases, title)
		rec.Documents[0].Title = docTitle
		rec.Documents[0].Source = source
		contrib := dossier.ContributionValue(dossier.Contribution{Donor: donor, Amount: amount, Currency: "EUR"})
		c := rec.Project.Fields[dossier.FieldContributions]
		c.List = append(c.List, contrib)
		c.Candidates = append(c.Candidates, dossier.Candidate{Value: contrib, Chosen: true,
			Sources: []dossier.Source{{Document: docSummary, Quote: quote}}})
		rec.Project.Fields[dossier.FieldContributions] = c
		rec.Project.Fields[key] = dossier.Field{Status: dossier.StatusNeedsReview, Rule: quote,
			Candidates: []dossier.Candidate{{Value: dossier.TextValue(quote), Scope: "funding:" + donor,
				Sources: []dossier.Source{{Document: source, Quote: quote}}}}}

		var buf bytes.Buffer
		if err := Render(&buf, rec, Options{Date: reportDate, Draft: true}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		if donor == "" || donorKey(donor) == "" {
			return
		}
		buf.Reset()
		if err := Render(&buf, rec, Options{Date: reportDate, Donor: donor, Draft: true}); err != nil {
			t.Fatalf("Render for donor %q: %v", donor, err)
		}
	})
}
