package facts

import (
	"regexp"
	"strings"

	"github.com/dossier-dev/dossier"
)

// Reports about several projects (annual reports, portfolio pages) give
// each project a section under a heading that is just its name: "3.
// iPROCEEDS-2", "CyberSouth (closed)". The facts below such a heading are
// that project's, whether or not the heading says "project".

// sectionNumber is a heading's leading number: "3.", "2.1", "IV.".
var sectionNumber = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+`)

// trailingNote is a bracketed note after a name: "(closed)", "(2016-2020)".
var trailingNote = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// sectionProject returns the key of the project a heading names on its
// own, or "". A heading qualifies when its name is written as a project
// acronym ("iPROCEEDS-2", "CyberSouth"), is already known as a project of
// this document, or recurs in the document's text outside headings — which
// sets "Cyber East" apart from "Key Results" or "Outlook for 2021".
func (x *extractor) sectionProject(heading string) string {
	t := collapse(heading)
	t = sectionNumber.ReplaceAllString(t, "")
	t = trailingNote.ReplaceAllString(t, "")
	if t == "" || lookupLabel(t) != labelNone {
		return ""
	}
	name, _ := subjectName(t)
	if name == "" || notSubject(name) {
		return ""
	}
	if _, ok := x.names.spelling[projectKey(name)]; ok {
		return x.names.add(name)
	}
	if acronymLike(name) && distinctive(name) {
		return x.names.add(name)
	}
	if x.bodyMentions(name) {
		return x.names.add(name)
	}
	return ""
}

// bodyMentions reports whether the document's text outside headings
// names name as written.
func (x *extractor) bodyMentions(name string) bool {
	for _, b := range x.doc.Blocks {
		if b.Role == dossier.RoleHeading || b.Role == dossier.RoleMargin {
			continue
		}
		if i := strings.Index(blockText(b), name); i >= 0 && wordEdge(blockText(b), i, true) && wordEdge(blockText(b), i+len(name), false) {
			return true
		}
	}
	return false
}

// findSections records the project each heading names and, where the
// document gives sections to two projects or more and its main subject is
// none of them, leaves the document without a main project: its opening
// and closing text is about all of them or about the publisher.
func (x *extractor) findSections() {
	x.sectionKeys = make([]string, len(x.doc.Blocks))
	distinct := map[string]bool{}
	for i, b := range x.doc.Blocks {
		if b.Role != dossier.RoleHeading {
			continue
		}
		k := x.projectIn(b.Text)
		if k == "" {
			k = x.sectionProject(b.Text)
		}
		x.sectionKeys[i] = k
		if k != "" {
			distinct[k] = true
		}
	}
	if len(distinct) >= 2 && !distinct[x.mainKey] {
		x.mainKey = ""
	}
}
