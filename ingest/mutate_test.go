package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-dev/dossier/ingest"
	"github.com/dossier-dev/dossier/ingest/worker"
	"github.com/dossier-dev/dossier/store"
)

// A mutation turns a good document into a broken or hostile one.
type mutation struct {
	name string
	fn   func(r *rand.Rand, data []byte) []byte
}

// pdfNumberKeys are PDF dictionary keys whose numbers the reader trusts:
// lengths, counts, sizes, widths and offsets.
var pdfNumberKeys = regexp.MustCompile(`/(Length|Length1|Count|Size|N|First|W|Index|Prev|Columns|Predictor|BitsPerComponent|Width|Height|DL)\s*(\[?\s*)(\d+)`)

var htmlNumberAttrs = regexp.MustCompile(`(colspan|rowspan|size|width|height|span)="?\d*"?`)

// mutations lists what the mutation test does to the fixtures: byte flips,
// truncations, huge declared lengths, deep nesting, and a few blunter ones.
var mutations = []mutation{
	{"flip", func(r *rand.Rand, d []byte) []byte {
		n := 1 + r.IntN(8)
		for range n {
			d[r.IntN(len(d))] ^= byte(1 + r.IntN(255))
		}
		return d
	}},
	{"truncate", func(r *rand.Rand, d []byte) []byte {
		return d[:r.IntN(len(d))]
	}},
	{"huge-length", func(r *rand.Rand, d []byte) []byte {
		huge := []string{"99999999999", "2147483647", "4294967296", "18446744073709551615", "-1", "0", "1e308"}
		if bytes.HasPrefix(bytes.TrimSpace(d), []byte("%PDF")) || bytes.Contains(d[:min(len(d), 1024)], []byte("%PDF-")) {
			locs := pdfNumberKeys.FindAllSubmatchIndex(d, -1)
			if len(locs) == 0 {
				return d
			}
			// Change one declared number, or every one.
			pick := -1
			if r.IntN(4) != 0 {
				pick = r.IntN(len(locs))
			}
			h := huge[r.IntN(len(huge))]
			var out []byte
			last := 0
			for i, l := range locs {
				if pick >= 0 && i != pick {
					continue
				}
				out = append(out, d[last:l[6]]...)
				out = append(out, h...)
				last = l[7]
			}
			return append(out, d[last:]...)
		}
		h := huge[r.IntN(len(huge))]
		switch r.IntN(3) {
		case 0:
			return htmlNumberAttrs.ReplaceAll(d, []byte(`colspan="`+h+`" rowspan="`+h+`"`))
		case 1:
			return bytes.ReplaceAll(d, []byte("<td"), []byte(`<td colspan="`+h+`"`))
		default:
			return insertAt(r, d, []byte("&#"+h+";&#x"+h+";"))
		}
	}},
	{"deep-nesting", func(r *rand.Rand, d []byte) []byte {
		depth := []int{1000, 100_000, 2_000_000}[r.IntN(3)]
		if isPDF(d) {
			open, cls := "[", "]"
			switch r.IntN(3) {
			case 1:
				open, cls = "<</A ", ">>"
			case 2:
				open, cls = "(", ")"
			}
			nest := []byte("/Deep " + strings.Repeat(open, depth) + strings.Repeat(cls, depth) + " ")
			if r.IntN(2) == 0 {
				// In the trailer, which every reader parses first;
				// nothing before it moves, so the offsets stay right.
				return insertAfter(r, d, []byte("trailer"), nest, true)
			}
			return redefineObject(r, d, nest)
		}
		tags := []string{"div", "ul", "table", "b", "span", "dl"}
		tag := tags[r.IntN(len(tags))]
		nest := strings.Repeat("<"+tag+">", depth/10) + "x: y" + strings.Repeat("</"+tag+">", depth/10)
		return insertAfter(r, d, []byte("<body"), []byte(">"+nest+"<p"), false)
	}},
	{"splice", func(r *rand.Rand, d []byte) []byte {
		// A chunk of the file copied over another place.
		n := 1 + r.IntN(len(d)/4+1)
		from, to := r.IntN(len(d)), r.IntN(len(d))
		chunk := append([]byte(nil), d[from:min(len(d), from+n)]...)
		return append(d[:to:to], append(chunk, d[to:]...)...)
	}},
	{"zero-run", func(r *rand.Rand, d []byte) []byte {
		at := r.IntN(len(d))
		n := min(len(d)-at, 1+r.IntN(4096))
		clear(d[at : at+n])
		return d
	}},
}

func insertAt(r *rand.Rand, d, ins []byte) []byte {
	at := r.IntN(len(d) + 1)
	return append(d[:at:at], append(ins, d[at:]...)...)
}

// insertAfter inserts ins after the first "<<" following a random
// occurrence of marker (the last one if last), or at a random place if
// there is none.
func insertAfter(r *rand.Rand, d, marker, ins []byte, last bool) []byte {
	var at []int
	for i := 0; ; {
		j := bytes.Index(d[i:], marker)
		if j < 0 {
			break
		}
		at = append(at, i+j+len(marker))
		i += j + len(marker)
	}
	if len(at) == 0 {
		return insertAt(r, d, ins)
	}
	p := at[r.IntN(len(at))]
	if last {
		p = at[len(at)-1]
	}
	if isPDF(d) {
		k := bytes.Index(d[p:], []byte("<<"))
		if k < 0 {
			return insertAt(r, d, ins)
		}
		p += k + 2
	}
	return append(d[:p:p], append(ins, d[p:]...)...)
}

func isPDF(d []byte) bool {
	return bytes.Contains(d[:min(len(d), 1024)], []byte("%PDF-"))
}

var (
	objectStart = regexp.MustCompile(`(?m)^(\d+) 0 obj\s*<<`)
	startXref   = regexp.MustCompile(`startxref\s+(\d+)`)
)

// redefineObject appends an incremental update that redefines a random
// dictionary object of the PDF with ins inserted into it, the way an
// editor saves a change: the new version is the one a reader uses.
func redefineObject(r *rand.Rand, d, ins []byte) []byte {
	objs := objectStart.FindAllSubmatchIndex(d, -1)
	sx := startXref.FindAllSubmatchIndex(d, -1)
	tr := bytes.LastIndex(d, []byte("trailer"))
	if len(objs) == 0 || len(sx) == 0 || tr < 0 {
		return insertAt(r, d, ins)
	}
	o := objs[r.IntN(len(objs))]
	num := string(d[o[2]:o[3]])
	end := bytes.Index(d[o[1]:], []byte("endobj"))
	if end < 0 {
		return insertAt(r, d, ins)
	}
	body := d[o[1] : o[1]+end]
	prev := string(d[sx[len(sx)-1][2]:sx[len(sx)-1][3]])
	trailer := d[tr+len("trailer") : sx[len(sx)-1][0]]
	k := bytes.Index(trailer, []byte("<<"))
	if k < 0 {
		return insertAt(r, d, ins)
	}
	out := append([]byte(nil), d...)
	out = append(out, '\n')
	off := len(out)
	out = fmt.Appendf(out, "%s 0 obj\n<<%s%s\nendobj\n", num, ins, body)
	xref := len(out)
	out = fmt.Appendf(out, "xref\n0 1\n0000000000 65535 f \n%s 1\n%010d 00000 n \n", num, off)
	out = fmt.Appendf(out, "trailer\n<</Prev %s %s\nstartxref\n%d\n%%%%EOF\n", prev, trailer[k+2:], xref)
	return out
}

// mutant returns the name of variant i of the good documents and, if
// withData, its bytes: the same i and seed always give the same bytes.
func mutant(seed uint64, i int, goods [][]byte, names []string, withData bool) (name string, data []byte) {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	g := r.IntN(len(goods))
	m := mutations[r.IntN(len(mutations))]
	base := names[g]
	ext := base[strings.LastIndexByte(base, '.'):]
	name = fmt.Sprintf("mutant-%04d-%s-%s%s", i, m.name, strings.TrimSuffix(base, ext), ext)
	if !withData {
		return name, nil
	}
	d := append([]byte(nil), goods[g]...)
	if len(d) > 0 {
		d = m.fn(r, d)
	}
	return name, d
}

// mutationSeed fixes the variants: the same seed, the same bytes.
const mutationSeed = 20250403

// mutationCount is how many variants the mutation test makes.
const mutationCount = 2100

// TestRun_MutantsFailAloneGoodFactsStay is the mutation test: thousands of
// broken and hostile variants of the fixture PDFs and pages (byte flips,
// truncations, huge declared lengths, deep nesting, spliced and zeroed
// runs), ingested in one batch with the good fixtures. The run survives,
// every input ends ingested, unchanged or failed with a one-line reason
// the store agrees with, and the good fixtures' facts are all there, as a
// clean ingest of them alone gives them.
func TestRun_MutantsFailAloneGoodFactsStay(t *testing.T) {
	if testing.Short() {
		t.Skip("mutation test: -short")
	}
	paths, _ := filepath.Glob(filepath.Join(fixtureDir, "*"))
	more, _ := filepath.Glob("../extract/testdata/pdf/*.pdf")
	var goods [][]byte
	var names []string
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		goods = append(goods, b)
		names = append(names, filepath.Base(p))
	}
	want := fixtureFacts(t)

	items := ingest.Expand([]string{fixtureDir}, ingest.HTTPOptions{})
	for i := range mutationCount {
		name, _ := mutant(mutationSeed, i, goods, names, false)
		items = append(items, ingest.Item{Name: "mutants/" + name, Read: func(context.Context) ([]byte, string, error) {
			// Made when read, so the batch never holds them all.
			_, data := mutant(mutationSeed, i, goods, names, true)
			return data, "", nil
		}})
	}
	st := openStore(t)
	sum, err := ingest.Run(context.Background(), st, items, ingest.Options{
		Workers: 2, Isolate: true,
		Worker: worker.Config{Timeout: 30 * time.Second, MaxMemory: 512 << 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Results) != len(items) {
		t.Fatalf("%d results for %d inputs", len(sum.Results), len(items))
	}
	infos, err := st.Documents(context.Background(), store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]store.DocumentInfo{}
	for _, d := range infos {
		byID[d.ID] = d
	}
	for _, r := range sum.Results {
		switch r.State {
		case ingest.StateIngested, ingest.StateUnchanged:
			if d, ok := byID[r.ID]; !ok || d.State != store.StateIngested {
				t.Errorf("%s: %s, but the store has %+v", r.Source, r.State, d)
			}
		case ingest.StateFailed:
			if r.Err == nil || strings.ContainsAny(r.Err.Error(), "\n\r\x00") || len(r.Err.Error()) > 2000 {
				t.Errorf("%s: failed with reason %q, want one short line", r.Source, r.Err)
			}
			if d, ok := byID[r.ID]; r.ID != "" && (!ok || (d.State == store.StateFailed && (d.Error == "" || len(d.Error) > 2000))) {
				t.Errorf("%s: failed, but the store has %+v", r.Source, d)
			}
		default:
			t.Errorf("%s: state %q", r.Source, r.State)
		}
	}
	stored := factsByDocument(t, st)
	for _, r := range sum.Results[:5] {
		name := filepath.Base(r.Source)
		if r.State != ingest.StateIngested && r.State != ingest.StateUnchanged {
			t.Errorf("good fixture %s: %s %v", name, r.State, r.Err)
			continue
		}
		if diff := cmp.Diff(want[name], withoutDocument(stored[r.ID])); diff != "" {
			t.Errorf("good fixture %s: facts differ from a clean ingest (-clean +batch):\n%s", name, diff)
		}
	}
	reasons := sum.Reasons()
	t.Logf("%d inputs: %v; %d extracted; workers %+v; in %s", len(items), states(sum), sum.Extracted, sum.Workers, sum.Elapsed.Round(time.Millisecond))
	for _, rc := range reasons[:min(len(reasons), 12)] {
		t.Logf("  %5d %s", rc.Count, rc.Reason)
	}
}
