package report

import (
	"io"
	"testing"

	"github.com/dossier-dev/dossier"
)

// BenchmarkRender renders a seed-sized report and the big one, and reports
// the time per report and per page.
func BenchmarkRender(b *testing.B) {
	for _, bc := range []struct {
		name string
		rec  dossier.Record
		opt  Options
	}{
		{"cybercrime-octopus", settled(cybercrimeOctopus()), Options{Date: reportDate}},
		{"octopus-project-canada", octopusProjectSettled(), Options{Date: reportDate, Donor: "Canada"}},
		{"big", bigRecord(), Options{Date: reportDate, Draft: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			pages := readBack(b, render(b, bc.name, bc.rec, bc.opt)).Pages
			b.ResetTimer()
			for b.Loop() {
				if err := Render(io.Discard, bc.rec, bc.opt); err != nil {
					b.Fatal(err)
				}
			}
			perReport := float64(b.Elapsed().Milliseconds()) / float64(b.N)
			b.ReportMetric(perReport, "ms/report")
			b.ReportMetric(perReport/float64(pages), "ms/page")
			b.ReportMetric(float64(pages), "pages")
		})
	}
}
