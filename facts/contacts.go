package facts

import (
	"github.com/dossier-dev/dossier/lexicon"
	"regexp"
	"strings"
	"unicode"

	"github.com/dossier-dev/dossier"
)

var (
	emailPattern = regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\b`)
	// roleWords name the jobs people listed as contacts hold.
	roleWords = regexp.MustCompile(`(?i)\b(secretary|manager|assistant|officer|director|head|coordinator|co-ordinator|adviser|advisor|chief|expert|consultant|administrator|lead|chargé|responsable)\b`)
	// unitWords name the bodies contacts belong to.
	unitWords = regexp.MustCompile(`(?i)\b(office|division|department|unit|directorate|secretariat|council|ministry|agency|programme|program|organisation|organization)\b`)
	// personName is a person's name as contact blocks write it: two or
	// three capitalised words, the surname often in capitals.
	personName = regexp.MustCompile(`^\p{Lu}[\p{Ll}\-']+(?:\s+\p{Lu}[\p{L}\-']+){1,2}$`)
)

// looksLikePerson tells a person's name from a unit's or a heading's.
func looksLikePerson(s string) bool {
	s = strings.TrimSpace(s)
	// "Dr. Katrin Vollmer", "Mme Awa Diallo": a title before the name.
	if first, rest, ok := strings.Cut(s, " "); ok && personTitles()[lexicon.Fold(strings.TrimSuffix(first, "."))] {
		s = strings.TrimSpace(rest)
	}
	// (The cheap test first: personName is two or three words.)
	if n := fieldsUpTo(s, 4); n < 2 || n > 3 {
		return false
	}
	return personName.MatchString(s) && !unitWords.MatchString(s) && !roleWords.MatchString(s) &&
		len(findMentions(s)) == 0
}

// personTitles are the lexicon's person.title words, folded.
var personTitles = foldedSet("person", "title")

// personCase writes "Alexander SEGER" as "Alexander Seger".
func personCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			for j := 1; j < len(r); j++ {
				if r[j-1] == '-' || r[j-1] == '\'' {
					r[j] = unicode.ToUpper(r[j])
				}
			}
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// contactLine reads one line under a contact label: a name with its unit
// ("Alexander Seger, Cybercrime Division"), a role, a unit or an email.
func (x *extractor) contactLine(b dossier.Block, value, quote string) {
	value = strings.TrimSpace(value)
	email := emailPattern.FindString(value)
	rest := strings.TrimSpace(emailPattern.ReplaceAllString(value, ""))
	rest = strings.Trim(rest, " ,;:<>")
	var c dossier.Contact
	for i, part := range splitPlain(rest) {
		part = strings.TrimSpace(parenthetical.ReplaceAllString(part, ""))
		switch {
		case part == "":
		case i == 0 && looksLikePerson(part):
			c.Name = personCase(part)
		case roleWords.MatchString(part) && c.Role == "":
			c.Role = part
		case unitWords.MatchString(part) && c.Organisation == "":
			c.Organisation = part
		}
	}
	c.Email = strings.ToLower(email)
	switch {
	case c.Name != "" || c.Email != "":
		if c.Organisation == "" {
			c.Organisation = x.contactUnit
		}
		x.add(b, dossier.FieldContacts, dossier.ContactValue(c), value, quote, "list:contacts")
		x.contactUnit = ""
	case c.Role != "" && x.lastContact >= 0 && x.lastContact < len(x.facts):
		// A role on the line below a name belongs to that name.
		f := &x.facts[x.lastContact]
		if f.Value.Contact != nil && f.Value.Contact.Role == "" {
			cc := *f.Value.Contact
			cc.Role = c.Role
			f.Value = dossier.ContactValue(cc)
			f.Quote = collapse(f.Quote + " " + quote)
		}
	case c.Organisation != "":
		x.contactUnit = c.Organisation
	}
	if n := len(x.facts); n > 0 && x.facts[n-1].Field == dossier.FieldContacts {
		x.lastContact = n - 1
	}
}

// personRole reads a name on one line and a role on the next, as staff
// boxes list contacts ("Jan KRALIK" / "Programme Manager") outside a
// contact label. It reports whether it took the line.
func (x *extractor) personRole(b dossier.Block, line string) bool {
	if x.pendingPerson != "" && roleWords.MatchString(line) && len(line) < 60 {
		c := dossier.Contact{Name: personCase(x.pendingPerson), Role: line, Organisation: x.contactUnit}
		x.add(b, dossier.FieldContacts, dossier.ContactValue(c), x.pendingPerson+" "+line, x.pendingPerson+" "+line, "lines:contact")
		x.pendingPerson = ""
		return true
	}
	x.pendingPerson = ""
	if looksLikePerson(line) {
		x.pendingPerson = line
		return true
	}
	return false
}

// contactPattern reads "Name, Role" in a sentence.
func contactPattern(s string) (dossier.Contact, bool) {
	parts := splitPlain(s)
	if len(parts) < 2 || len(parts) > 3 || !looksLikePerson(parts[0]) || !roleWords.MatchString(parts[1]) {
		return dossier.Contact{}, false
	}
	c := dossier.Contact{Name: personCase(parts[0]), Role: parts[1]}
	if len(parts) == 3 && unitWords.MatchString(parts[2]) {
		c.Organisation = parts[2]
	}
	if e := emailPattern.FindString(s); e != "" {
		c.Email = strings.ToLower(e)
	}
	return c, true
}

// fieldsUpTo counts the words of s that spaces set apart, up to limit.
func fieldsUpTo(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n == limit {
				return n
			}
			in = true
		}
	}
	return n
}
