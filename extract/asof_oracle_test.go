package extract

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// TestAsOf_SameAsPatterns: AsOf, with its guards before each pattern,
// finds what the patterns alone find (asOfReference, AsOf as it was before
// the guards) on every seed fixture and every document of the blind
// corpus's dev split: whole, each block alone, and each line alone, with
// and without the page's footer; and on lines written to catch a guard
// that skips too much (upper case, a long s, a label with no digit near).
func TestAsOf_SameAsPatterns(t *testing.T) {
	var paths []string
	for _, dir := range []string{"../fixtures/docs", "../fixtures/corpus/dev/docs"} {
		ps, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	texts := 0
	check := func(name string, blocks []dossier.Block, meta map[string]string) {
		t.Helper()
		texts++
		d, q := AsOf(blocks, meta)
		wd, wq := asOfReference(blocks, meta)
		if q != wq || (d == nil) != (wd == nil) || d != nil && *d != *wd {
			t.Errorf("%s: AsOf gives %v %q, the patterns alone %v %q", name, d, q, wd, wq)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := &dossier.Document{}
		src := Source{Name: p, Data: data}
		mt, err := DetectMediaType(src)
		if err != nil {
			t.Fatal(err)
		}
		e := Default().byType[mt]
		if err := e.Extract(context.Background(), src, DefaultLimits(), doc); err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		noDate := map[string]string{MetaFooter: doc.Meta[MetaFooter]}
		check(name, doc.Blocks, doc.Meta)
		check(name+" (footer only)", doc.Blocks, noDate)
		check(name+" (no meta)", doc.Blocks, nil)
		for i, b := range doc.Blocks {
			check(name+" block "+b.Path, doc.Blocks[i:i+1], nil)
			for l := range strings.Lines(b.Text) {
				check(name+" line", []dossier.Block{{Role: dossier.RoleParagraph, Text: l}}, nil)
			}
		}
		for l := range strings.Lines(doc.Meta[MetaFooter]) {
			check(name+" footer line", nil, map[string]string{MetaFooter: l})
		}
	}
	for _, l := range []string{
		"LAST UPDATED: 14/03/2017", "ſtand: Juni 2020", "Laſt updated 3 May 2021", "STAND: 06/2023",
		"MISE À JOUR : 9 novembre 2021", "ÚLTIMA ACTUALIZACIÓN: 14/05/2019", "Published", "Updated on",
		"Copyright 2020, updated 4 May 2021", "COPYRIGHT 2020", "Stand\tJuni 2020", "Version 2 of 12 March 2022",
		"Kurzbeschreibung · Stand: 1. März 2021", "Tbilisi, 10–11 October 2023", "Report – Paris, 3 May 2019",
	} {
		check(l, []dossier.Block{{Role: dossier.RoleParagraph, Text: l}}, nil)
		check(l+" (footer)", nil, map[string]string{MetaFooter: l})
	}
	if texts < 1000 {
		t.Fatalf("only %d texts compared", texts)
	}
	t.Logf("%d texts compared", texts)
}

// asOfReference is AsOf as it was before its guards: every pattern on
// every line.
func asOfReference(blocks []dossier.Block, meta map[string]string) (*dossier.Date, string) {
	if d, q := asOfFromMeta(meta); d != nil {
		return d, q
	}
	var lines, pairValues []string
	for _, b := range blocks {
		if b.Label != "" && len(pairValues) < maxAsOfLines {
			pairValues = append(pairValues, collapse(b.Text))
		}
		for _, line := range strings.Split(blockLine(b), "\n") {
			line = collapse(line)
			if line == "" || strings.Contains(strings.ToLower(line), "copyright") || strings.Contains(line, "©") {
				continue
			}
			lines = append(lines, line)
		}
	}
	find := func(re *regexp.Regexp, lines []string) (*dossier.Date, string) {
		for _, line := range lines {
			m := re.FindStringSubmatchIndex(line)
			if m == nil {
				continue
			}
			d, err := normalize.ParseDate(line[m[2]:m[3]])
			if err != nil {
				continue
			}
			return &d, strings.TrimSpace(strings.TrimRight(line[m[0]:m[1]], ".–—- "))
		}
		return nil, ""
	}
	stated, statedQ, data, dataQ := findLabelled(lines, nil)
	if stated != nil {
		return stated, statedQ
	}
	if d, q, fd, fq := findLabelled(strings.Split(meta[MetaFooter], "\n"), nil); d != nil && (data == nil || !d.Before(*data)) {
		return d, q
	} else if data == nil {
		data, dataQ = fd, fq
	}
	d, q, isDateline := unlabelledReference(lines, pairValues, find)
	return dataOrLater(data, dataQ, d, q, isDateline)
}

// unlabelledReference is unlabelledAsOf without its guards.
func unlabelledReference(lines, pairValues []string, find func(*regexp.Regexp, []string) (*dossier.Date, string)) (*dossier.Date, string, bool) {
	head := lines[:min(len(lines), maxAsOfLines)]
	// The parts of short lines too: "Final conference · Belgrade, 14
	// June 2023", "2e comité de pilotage – Niamey, 22 novembre 2022",
	// "Factsheet · July 2022". A dash splits only for a dateline (place,
	// comma, date): a period's end is no bare date.
	var parts, datelines []string
	for _, l := range head {
		// "Tbilisi, 10–11 October 2023": a meeting's first day.
		l = dayRange.ReplaceAllString(l, "$1$2$3")
		parts = append(parts, l)
		datelines = append(datelines, l)
		if len(strings.Fields(l)) <= 20 {
			ps := partSep.Split(l, -1)
			if len(ps) > 1 {
				parts = append(parts, ps...)
			}
			for _, p := range ps {
				if t := refTail.ReplaceAllString(clockTail.ReplaceAllString(p, ""), ""); t != p {
					parts = append(parts, t)
				}
			}
			if ds := dashSep.Split(l, -1); len(ds) > 1 {
				datelines = append(datelines, ds...)
				if len(ds) == 2 && placeAfter.MatchString(ds[1]) && !monthWord(ds[1]) {
					parts = append(parts, ds[0])
				}
			}
			datelines = append(datelines, ps...)
		}
	}
	if d, q := find(dateline, slices.DeleteFunc(datelines, func(l string) bool { return !notWeekdayFirst(l) })); d != nil {
		return d, q, true
	}
	if d, q := find(dateline, slices.DeleteFunc(pairValues, func(l string) bool { return !notWeekdayFirst(l) })); d != nil {
		return d, q, true
	}
	for _, re := range []*regexp.Regexp{onlyDate, asOfWords} {
		if d, q := find(re, parts); d != nil {
			return d, q, false
		}
	}
	for _, line := range parts {
		for _, m := range weekdayDate.FindAllStringSubmatchIndex(line, -1) {
			if !normalize.IsWeekday(line[m[2]:m[3]]) {
				continue
			}
			if d, err := normalize.ParseDate(line[m[4]:m[5]]); err == nil {
				return &d, strings.TrimSpace(line[m[2]:m[5]]), false
			}
		}
	}
	return nil, "", false
}
