// Package normalize turns the raw text of extracted facts into typed values:
// dates and date ranges with their precision, amounts of money with their
// currency and qualifier, counted quantities, ISO country codes, canonical
// organisation names and project statuses.
//
// Every function is pure: text in, values out. The reference data it needs
// (the IATI Country and Currency codelists) is embedded at build time, so
// nothing is read from disk at run time.
//
// The parsers take untrusted text from documents. They return an error or
// false for what they cannot read, never panic, and never guess a value the
// text does not state.
package normalize
