package report

import (
	"fmt"
	"io"
	"runtime"
	"sync"
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

// generatedRecord is the i-th of many small records like the generated
// corpus's (fixtures/gen): a title, a period, a budget, three donors with
// contributions, objectives and outputs, each from two documents; names
// and figures differ from record to record, so the characters used do.
func generatedRecord(i int) dossier.Record {
	names := []string{"Cyber", "Justice", "Octo", "Global", "Safe", "Trust", "Digital", "Secure", "Net", "Data"}
	places := []string{"East", "South", "Sahel", "Andes", "Pacific", "Delta", "Horizon", "Bridge", "Shield", "Link", "Balkans", "Caribe", "Mekong"}
	donorNames := []string{"Canada", "Japan", "United Kingdom", "United States", "Germany", "Netherlands", "Norway", "Estonia", "France", "Microsoft"}
	title := fmt.Sprintf("%s%s %d", names[i%len(names)], places[i%len(places)], i)
	docA := dossier.Document{ID: fmt.Sprintf("sha256:%064x", 2*i), Kind: dossier.KindPDF, Title: title + " – Summary", Source: fmt.Sprintf("https://example.org/%d/summary.pdf", i), AsOf: ptr(day(2019+i%5, 1+i%12, 1+i%28)), Pages: 4}
	docB := dossier.Document{ID: fmt.Sprintf("sha256:%064x", 2*i+1), Kind: dossier.KindHTML, Title: title + " | Portal", Source: fmt.Sprintf("https://portal.example.org/projects/%d", i)}
	a := func(q string) dossier.Source { return src(docA.ID, 1+i%3, q) }
	b := func(q string) dossier.Source { return src(docB.ID, 0, q) }
	fields := map[string]dossier.Field{
		dossier.FieldTitle: agreed(dossier.TextValue(title), a(title), b(title)),
		dossier.FieldStart: agreed(dossier.DateValue(month(2016+i%6, 1+i%12)), a("Start")),
		dossier.FieldEnd: {Value: ptr(dossier.DateValue(day(2022+i%6, 12, 31))), Status: dossier.StatusResolved, Cause: ptr(dossier.CauseOutOfDate),
			Rule: "newer dated source wins", Candidates: []dossier.Candidate{
				cand(dossier.DateValue(day(2022+i%6, 12, 31)), true, a("End: 31 December")),
				{Value: dossier.DateValue(day(2020+i%6, 6, 30)), Sources: []dossier.Source{b("End: 30 June")}, Cause: dossier.CauseOutOfDate},
			}},
		dossier.FieldBudget:      agreed(dossier.MoneyValue(dossier.Money{Amount: float64(1000000 + 250000*(i%17)), Currency: "EUR", Qualifier: dossier.QualifierTotal}), a("Budget")),
		dossier.FieldImplementer: agreedList(member{dossier.TextValue("Council of Europe"), []dossier.Source{a("Council of Europe")}}),
		dossier.FieldObjectives:  agreedList(texts(docA.ID, 2, fmt.Sprintf("To strengthen the capacities of criminal justice authorities in %d countries to investigate cybercrime", 3+i%20))...),
		dossier.FieldOutputs: agreedList(append(texts(docA.ID, 2, "Legislation in line with the Budapest Convention", fmt.Sprintf("Up to %d judges and prosecutors trained", 50+i%90)),
			texts(docB.ID, 0, "Specialised cybercrime units established")...)...),
	}
	var donors, contribs []member
	for k := range 3 {
		name := donorNames[(i+k)%len(donorNames)]
		donors = append(donors, member{dossier.TextValue(name), []dossier.Source{b("Funders: " + name)}})
		c := dossier.ContributionValue(dossier.Contribution{Donor: name, Amount: float64(100000 * (1 + (i+k)%9)), Currency: "EUR"})
		contribs = append(contribs, member{c, []dossier.Source{a(name + " contributes")}})
	}
	fields[dossier.FieldDonors] = agreedList(donors...)
	fields[dossier.FieldContributions] = agreedList(contribs...)
	return dossier.Record{
		Project:   dossier.Project{ID: fmt.Sprintf("project-%d", i), Title: title, Fields: fields, Documents: []string{docA.ID, docB.ID}},
		Documents: []dossier.Document{docA, docB},
	}
}

// BenchmarkRender_Projects1000 renders the reports of 1,000 different
// projects on all cores, the way `dossier report --all` does, and reports
// the time per report. bench/report-all.sh times the command itself on a
// generated corpus.
// Run: go test -run '^$' -bench Projects1000 -benchtime 3x ./report
func BenchmarkRender_Projects1000(b *testing.B) {
	const n = 1000
	recs := make([]dossier.Record, n)
	for i := range recs {
		recs[i] = generatedRecord(i)
	}
	for b.Loop() {
		jobs := make(chan dossier.Record)
		var wg sync.WaitGroup
		errs := make(chan error, runtime.GOMAXPROCS(0))
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for rec := range jobs {
					if err := Render(io.Discard, rec, Options{Date: reportDate}); err != nil {
						select {
						case errs <- err:
						default:
						}
					}
				}
			})
		}
		for _, rec := range recs {
			jobs <- rec
		}
		close(jobs)
		wg.Wait()
		select {
		case err := <-errs:
			b.Fatal(err)
		default:
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/report")
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "reports/s")
}
