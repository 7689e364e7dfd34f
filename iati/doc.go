// Package iati writes reconciled project records as IATI activity XML
// (standard 2.03) and reads IATI activity files back into facts, so that
// published IATI data is reconciled with PDFs and web pages.
//
// Writing (Build, then File.Encode) follows the schema and the rules the
// schema cannot check: activity identifiers start with the reporting
// organisation's reference, a start is never after an end, no actual date
// lies in the future, and nothing the record lacks is invented (a budget
// envelope is never split into yearly budgets; a required element the
// record cannot fill leaves the project out, with the reason).
//
// Reading (Read) is for untrusted bytes: a size the caller bounds, UTF-8
// only, and a decoder that refuses any DOCTYPE, so no entity is defined or
// expanded and nothing is fetched. Blocks turns a file into document blocks
// (each element as canonical XML, its path and its activity), which is what
// the worker processes hand back; Facts reads those blocks into facts.
//
// What IATI cannot say, dossier says in its own namespace (Namespace),
// which the schema allows on every element: a date's precision, the budget
// envelope, a contribution's euro equivalent, an identifier's scheme,
// aliases, region names, and the predecessor and successor. IATI readers
// skip them; dossier reads them back, so an export ingested again gives the
// same records.
package iati
