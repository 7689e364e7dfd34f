package dossier

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Precision says how much of a Date a source stated.
type Precision string

// Date precisions, as the export contract names them.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// Date is a calendar date with the precision its source gave. With month
// precision Day is 1; with year precision Month and Day are 1.
type Date struct {
	Year      int
	Month     int
	Day       int
	Precision Precision
}

// String gives the date as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Human gives the date as a person would write it at its precision:
// "2014", "January 2014", "1 January 2014".
func (d Date) Human() string {
	months := [...]string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"}
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	switch d.Precision {
	case PrecisionYear:
		return strconv.Itoa(d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", months[d.Month-1], d.Year)
	default:
		return fmt.Sprintf("%d %s %d", d.Day, months[d.Month-1], d.Year)
	}
}

// Before reports whether d starts before e.
func (d Date) Before(e Date) bool {
	return d.String() < e.String()
}

// Contains reports whether the period d names contains e: "2014"
// contains "January 2014", which contains "1 January 2014".
func (d Date) Contains(e Date) bool {
	switch d.Precision {
	case PrecisionYear:
		return d.Year == e.Year
	case PrecisionMonth:
		return d.Year == e.Year && d.Month == e.Month && e.Precision != PrecisionYear
	default:
		return d == e
	}
}

// SameDate reports whether two dates differ only in precision: one
// contains the other ("July 2019" and "1 July 2019").
func SameDate(a, b Date) bool {
	return a.Contains(b) || b.Contains(a)
}

type dateJSON struct {
	Date      string    `json:"date"`
	Precision Precision `json:"precision"`
}

// MarshalJSON writes {"date": "YYYY-MM-DD", "precision": "day"}.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(dateJSON{Date: d.String(), Precision: d.Precision})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var j dateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if _, err := fmt.Sscanf(j.Date, "%4d-%2d-%2d", &d.Year, &d.Month, &d.Day); err != nil {
		return fmt.Errorf("date %q: %w", j.Date, err)
	}
	switch j.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
		d.Precision = j.Precision
	default:
		return fmt.Errorf("date %q: unknown precision %q", j.Date, j.Precision)
	}
	return nil
}

// Money qualifiers: how an amount relates to the real figure.
const (
	QualifierTotal  = "total"
	QualifierUpTo   = "up_to"
	QualifierTarget = "target"
	QualifierAbout  = "about"
)

// Money is an amount in an ISO 4217 currency.
type Money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	// Qualifier is total, up_to, target or about (written as a total
	// with approximate: true, see moneyJSON).
	Qualifier string `json:"qualifier"`
}

// moneyJSON is Money as the export contract writes it: its qualifier is
// total, up_to or target, so an amount given as approximate ("about EUR
// 12 million") is a total with the added key approximate.
type moneyJSON struct {
	Amount      float64 `json:"amount"`
	Currency    string  `json:"currency"`
	Qualifier   string  `json:"qualifier"`
	Approximate bool    `json:"approximate,omitempty"`
}

// MarshalJSON writes m in the contract's shape (see moneyJSON).
func (m Money) MarshalJSON() ([]byte, error) {
	j := moneyJSON{Amount: m.Amount, Currency: m.Currency, Qualifier: m.Qualifier}
	if m.Qualifier == QualifierAbout {
		j.Qualifier, j.Approximate = QualifierTotal, true
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes, and the qualifier "about"
// that stores written before it hold.
func (m *Money) UnmarshalJSON(b []byte) error {
	var j moneyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*m = Money{Amount: j.Amount, Currency: j.Currency, Qualifier: j.Qualifier}
	if j.Approximate && j.Qualifier == QualifierTotal {
		m.Qualifier = QualifierAbout
	}
	return nil
}

// Contribution is one donor's contribution to a project.
type Contribution struct {
	Donor    string  `json:"donor"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	// EUREquivalent is the amount in euros where a source gives one.
	EUREquivalent *float64 `json:"eur_equivalent"`
}

// Quantity qualifiers.
const (
	QuantityExact   = "exact"
	QuantityUpTo    = "up_to"
	QuantityAtLeast = "at_least"
	QuantityOver    = "over"
	QuantityAbout   = "about"
)

// Quantity is a counted figure: a target ("up to 30 workshops") or a result
// ("over 2,000 participants").
type Quantity struct {
	Amount    float64 `json:"amount"`
	Qualifier string  `json:"qualifier"`
	// Unit is what is counted, e.g. "in-country or regional workshops".
	Unit string `json:"unit"`
}

// Contact is a person to contact about a project.
type Contact struct {
	Name  string `json:"name,omitempty"`
	Role  string `json:"role,omitempty"`
	Email string `json:"email,omitempty"`
	// Organisation is the unit or body the contact belongs to.
	Organisation string `json:"organisation,omitempty"`
}

// Identifier is a code a scheme gives a project.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

// SchemeUnscoped is the scheme of a code whose issuer the document does
// not say ("Reference: 2019.0456" on a page that names no implementer):
// it is kept as the project's identifier, but it joins no two projects,
// since numberings of different bodies collide and one donor's agreement
// number can cover several projects.
const SchemeUnscoped = "project-code"

// ValueKind tells which field of a Value is set.
type ValueKind string

// Value kinds.
const (
	ValueText         ValueKind = "text"
	ValueDate         ValueKind = "date"
	ValueInt          ValueKind = "int"
	ValueMoney        ValueKind = "money"
	ValueContribution ValueKind = "contribution"
	ValueQuantity     ValueKind = "quantity"
	ValueContact      ValueKind = "contact"
	ValueIdentifier   ValueKind = "identifier"
)

// Value is a normalized fact value. Exactly the field Kind names is set;
// a quantity value also carries the full statement in Text.
type Value struct {
	Kind         ValueKind
	Text         string
	Date         *Date
	Int          int
	Money        *Money
	Contribution *Contribution
	Quantity     *Quantity
	Contact      *Contact
	Identifier   *Identifier
}

// TextValue, DateValue, IntValue and the others build a Value of one kind.
func TextValue(s string) Value { return Value{Kind: ValueText, Text: s} }

// DateValue builds a date Value.
func DateValue(d Date) Value { return Value{Kind: ValueDate, Date: &d} }

// IntValue builds an integer Value.
func IntValue(n int) Value { return Value{Kind: ValueInt, Int: n} }

// MoneyValue builds a money Value.
func MoneyValue(m Money) Value { return Value{Kind: ValueMoney, Money: &m} }

// ContributionValue builds a contribution Value.
func ContributionValue(c Contribution) Value {
	return Value{Kind: ValueContribution, Contribution: &c}
}

// QuantityValue builds a quantity Value; text is the whole statement.
func QuantityValue(text string, q Quantity) Value {
	return Value{Kind: ValueQuantity, Text: text, Quantity: &q}
}

// ContactValue builds a contact Value.
func ContactValue(c Contact) Value { return Value{Kind: ValueContact, Contact: &c} }

// IdentifierValue builds an identifier Value.
func IdentifierValue(id Identifier) Value { return Value{Kind: ValueIdentifier, Identifier: &id} }

// payload returns the kind-specific part of v, as the contract shapes it.
func (v Value) payload() any {
	switch v.Kind {
	case ValueDate:
		return v.Date
	case ValueInt:
		return v.Int
	case ValueMoney:
		return v.Money
	case ValueContribution:
		return v.Contribution
	case ValueQuantity:
		return struct {
			Text string `json:"text"`
			*Quantity
		}{v.Text, v.Quantity}
	case ValueContact:
		return v.Contact
	case ValueIdentifier:
		return v.Identifier
	default:
		return v.Text
	}
}

// MarshalJSON writes the value in the contract's shape for its kind: a date
// object, a number, a money object, a string.
func (v Value) MarshalJSON() ([]byte, error) {
	return json.Marshal(v.payload())
}

// Key is a canonical string for v: two values with the same key are the same
// value. It is what candidates are grouped by.
func (v Value) Key() string {
	b, err := json.Marshal(v.payload())
	if err != nil {
		return string(v.Kind) + ":?"
	}
	return string(v.Kind) + ":" + string(b)
}

// String gives the value as a person reads it.
func (v Value) String() string {
	switch v.Kind {
	case ValueDate:
		if v.Date == nil {
			return ""
		}
		return v.Date.Human()
	case ValueInt:
		return strconv.Itoa(v.Int)
	case ValueMoney:
		if v.Money == nil {
			return ""
		}
		s := v.Money.Currency + " " + FormatAmount(v.Money.Amount)
		switch v.Money.Qualifier {
		case QualifierUpTo:
			s = "up to " + s
		case QualifierTarget:
			s = "target " + s
		case QualifierAbout:
			s = "about " + s
		}
		return s
	case ValueContribution:
		c := v.Contribution
		if c == nil {
			return ""
		}
		s := fmt.Sprintf("%s: %s %s", c.Donor, c.Currency, FormatAmount(c.Amount))
		if c.EUREquivalent != nil && c.Currency != "EUR" {
			s += " (about EUR " + FormatAmount(*c.EUREquivalent) + ")"
		}
		return s
	case ValueQuantity:
		return v.Text
	case ValueContact:
		c := v.Contact
		if c == nil {
			return ""
		}
		parts := []string{}
		for _, p := range []string{c.Name, c.Role, c.Organisation, c.Email} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		return strings.Join(parts, ", ")
	case ValueIdentifier:
		if v.Identifier == nil {
			return ""
		}
		return v.Identifier.Scheme + " " + v.Identifier.Value
	default:
		return v.Text
	}
}

// MaxAmount is the largest amount dossier accepts: 10^15 in any currency.
// It is far above any project budget, even in currencies of small units (a
// billion euros is about 5·10^13 Iranian rials), and below 2^53, so every
// whole unit up to it is exact in a float64. A larger figure is a misread
// or a hostile document, not money.
const MaxAmount = 1e15

// ErrAmountOutOfRange reports an amount that is negative, not a number,
// or above MaxAmount.
var ErrAmountOutOfRange = errors.New("amount out of range")

// CheckAmount returns ErrAmountOutOfRange, wrapped with the figure and the
// reason, unless 0 <= a <= MaxAmount.
func CheckAmount(a float64) error {
	switch {
	case math.IsNaN(a):
		return fmt.Errorf("%w: not a number", ErrAmountOutOfRange)
	case a < 0:
		return fmt.Errorf("%w: %s is negative", ErrAmountOutOfRange, FormatAmount(a))
	case a > MaxAmount:
		return fmt.Errorf("%w: %s is above the maximum of %s", ErrAmountOutOfRange, FormatAmount(a), FormatAmount(MaxAmount))
	}
	return nil
}

// FormatAmount writes an amount with comma thousands separators and no
// decimals unless it has cents: 4000000 is "4,000,000", 1.5 is "1.50".
// Any float64 formats without overflow: 1e20 is
// "100,000,000,000,000,000,000"; NaN and infinities are "NaN", "Inf" and
// "-Inf".
func FormatAmount(a float64) string {
	switch {
	case math.IsNaN(a):
		return "NaN"
	case math.IsInf(a, 1):
		return "Inf"
	case math.IsInf(a, -1):
		return "-Inf"
	}
	neg := a < 0
	a = math.Abs(a) // also makes -0 plain 0
	// Whole units and cents as floats: an int64 overflows at 2^63, and
	// above 2^53 a float64 has no fraction left to lose.
	whole := math.Floor(a)
	cents := math.Round((a - whole) * 100)
	if cents == 100 {
		whole++
		cents = 0
	}
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg && (whole != 0 || cents != 0) {
		b.WriteByte('-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	if cents != 0 {
		fmt.Fprintf(&b, ".%02d", int(cents))
	}
	return b.String()
}

// Payload returns the JSON of v's kind-specific part; DecodeValue reads it
// back. Together with Kind it is how a store keeps a value.
func (v Value) Payload() ([]byte, error) { return json.Marshal(v.payload()) }

// DecodeValue rebuilds a Value from its kind and Payload.
func DecodeValue(kind ValueKind, payload []byte) (Value, error) {
	v := Value{Kind: kind}
	var err error
	switch kind {
	case ValueDate:
		v.Date = new(Date)
		err = json.Unmarshal(payload, v.Date)
	case ValueInt:
		err = json.Unmarshal(payload, &v.Int)
	case ValueMoney:
		v.Money = new(Money)
		err = json.Unmarshal(payload, v.Money)
	case ValueContribution:
		v.Contribution = new(Contribution)
		err = json.Unmarshal(payload, v.Contribution)
	case ValueQuantity:
		var q struct {
			Text string `json:"text"`
			Quantity
		}
		err = json.Unmarshal(payload, &q)
		v.Text, v.Quantity = q.Text, &q.Quantity
	case ValueContact:
		v.Contact = new(Contact)
		err = json.Unmarshal(payload, v.Contact)
	case ValueIdentifier:
		v.Identifier = new(Identifier)
		err = json.Unmarshal(payload, v.Identifier)
	case ValueText:
		err = json.Unmarshal(payload, &v.Text)
	default:
		return Value{}, fmt.Errorf("decode value: unknown kind %q", kind)
	}
	if err != nil {
		return Value{}, fmt.Errorf("decode %s value: %w", kind, err)
	}
	return v, nil
}
