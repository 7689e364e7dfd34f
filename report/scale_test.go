package report

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
)

// manyDonorsRecord is the record that one table cell listing n funders
// gives (a hostile page of the issue had 10,000): a donors list of n
// members, each a chosen candidate quoting the cell's line on one document.
func manyDonorsRecord(n int) dossier.Record {
	id := fmt.Sprintf("sha256:%x", sha256.Sum256([]byte("funders cell")))
	doc := dossier.Document{ID: id, Kind: dossier.KindHTML, Title: "Funders of the Many Donors project",
		Source: "https://example.org/many-donors.html"}
	f := dossier.Field{IsList: true, Status: dossier.StatusAgreed, Rule: "every source agrees"}
	for i := range n {
		v := dossier.TextValue(manyDonorName(i))
		f.List = append(f.List, v)
		f.Candidates = append(f.Candidates, cand(v, true, src(id, 0, "Funders: "+manyDonorName(i))))
	}
	title := dossier.TextValue("Many Donors project")
	return dossier.Record{
		Project: dossier.Project{ID: "many-donors-project", Title: "Many Donors project",
			Documents: []string{id},
			Fields: map[string]dossier.Field{
				dossier.FieldTitle:  agreed(title, src(id, 0, "Many Donors project")),
				dossier.FieldStart:  agreed(dossier.DateValue(year(2021)), src(id, 0, "Start: 2021")),
				dossier.FieldDonors: f,
			}},
		Documents: []dossier.Document{doc},
	}
}

func manyDonorName(i int) string { return fmt.Sprintf("Funder %05d Foundation", i+1) }

// BenchmarkRender_ManyDonors renders the report of a record with 1,000 and
// 10,000 donors; the time per donor stays flat when rendering is linear.
// Run: go test -run '^$' -bench ManyDonors -benchtime 1x ./report
func BenchmarkRender_ManyDonors(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		rec := manyDonorsRecord(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if err := Render(io.Discard, rec, Options{Date: reportDate}); err != nil {
					b.Fatal(err)
				}
			}
			perReport := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(perReport, "s/report")
			b.ReportMetric(perReport/float64(n)*1e6, "µs/donor")
		})
	}
}

// TestRender_TenThousandDonorsAllShown renders 10,000 donors and reads the
// report back: the first, a middle and the last donor are there with their
// reference. How fast it is, BenchmarkRender_ManyDonors shows.
func TestRender_TenThousandDonorsAllShown(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a report of some hundred pages")
	}
	const n = 10000
	text := allText(readBack(t, render(t, "many-donors", manyDonorsRecord(n), Options{})))
	flat := strings.Join(strings.Fields(text), " ")
	for _, i := range []int{0, n / 2, n - 1} {
		if !strings.Contains(flat, manyDonorName(i)+" [1]") {
			t.Errorf("donor %q with its reference [1] not in the report", manyDonorName(i))
		}
	}
}

// TestRenderContext_StopsWhenCanceled: a render whose context is done
// returns the context's error and writes nothing, also when the context
// ends during the render.
func TestRenderContext_StopsWhenCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out strings.Builder
	err := RenderContext(ctx, &out, manyDonorsRecord(10), Options{Date: reportDate})
	if !errors.Is(err, context.Canceled) || out.Len() != 0 {
		t.Errorf("canceled before: err %v, wrote %d bytes", err, out.Len())
	}

	// A context that ends after its 20th check, half way through a long
	// render: the render stops at that check and asks no more.
	total := &checkCounter{Context: context.Background(), endAfter: -1}
	if err := RenderContext(total, io.Discard, manyDonorsRecord(3000), Options{Date: reportDate}); err != nil {
		t.Fatal(err)
	}
	ending := &checkCounter{Context: context.Background(), endAfter: 20}
	err = RenderContext(ending, io.Discard, manyDonorsRecord(3000), Options{Date: reportDate})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled during: err %v, want context.Canceled", err)
	}
	if total.checks < 40 || ending.checks != 21 {
		t.Errorf("a full render checks %d times; one canceled at check 20 checked %d times, want 21", total.checks, ending.checks)
	}
}

// checkCounter is a context that counts how often a render asks whether
// it is done, and says canceled from check endAfter+1 on (never when
// endAfter is negative).
type checkCounter struct {
	context.Context
	checks, endAfter int
}

func (c *checkCounter) Err() error {
	c.checks++
	if c.endAfter >= 0 && c.checks > c.endAfter {
		return context.Canceled
	}
	return nil
}
