// Package entities extracts the structured facts a shopper's message carries
// (order number, e-mail, phone, price limits, colours, sizes and product
// words) in every supported language. Colours and sizes are canonicalised to
// English so the knowledge index can filter on one vocabulary.
package entities

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Entities is what Extract found in one message. Empty fields were not found.
type Entities struct {
	// OrderNumber holds the digits of the order's name ("#1001" → "1001").
	OrderNumber string
	// Email is lower-cased.
	Email string
	// Phone is normalised to "+" and digits when an international prefix is
	// present, digits only otherwise.
	Phone string
	// Price is nil unless the shopper stated a budget.
	Price *PriceRange
	// Colors are canonical English names ("red", "navy", ...).
	Colors []string
	// Sizes are "XS".."XXXL" or "EU 42" for shoe sizes.
	Sizes []string
	// ProductWords are the remaining content words, stop words removed.
	ProductWords []string
}

// PriceRange is a budget. A zero Min or Max means that side is unbounded.
type PriceRange struct {
	Min, Max float64
	// Currency is an ISO 4217 code when the shopper named one.
	Currency string
}

// Extract returns the entities of text written in lang (a supported BCP-47
// code such as "es" or "zh-Hans"; unknown codes get language-neutral rules).
func Extract(text, lang string) Entities {
	s := newScan(text)
	var e Entities
	e.Email = s.takeEmail()
	// Order names first: "order 00004587345" or "#NW-1001" must not be
	// read as a phone number.
	e.OrderNumber = s.takeOrderNumber()
	e.Phone = s.takePhone()
	e.Price = s.takePrice()
	e.Sizes = s.takeSizes()
	e.Colors = s.takeColors()
	if e.OrderNumber == "" {
		e.OrderNumber = s.takeBareNumber()
	}
	e.ProductWords = s.productWords(lang)
	return e
}

// scan is the message being consumed: every recognised entity is blanked
// out of rest so later passes (and product words) do not see it twice.
type scan struct {
	original string // NFKC-normalised, original case
	rest     []rune // lower-cased working copy, same length as original
}

func newScan(text string) *scan {
	n := norm.NFKC.String(text)
	orig := []rune(n)
	for i, r := range orig {
		orig[i] = westernDigit(r)
	}
	low := []rune(strings.ToLower(string(orig)))
	if len(low) != len(orig) { // a few runes change length when lowered; keep positions aligned
		low = make([]rune, len(orig))
		for i, r := range orig {
			low[i] = []rune(strings.ToLower(string(r)))[0]
		}
	}
	return &scan{original: string(orig), rest: low}
}

// westernDigit maps Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹)
// digits, which Arabic shoppers type for order numbers, phones and prices,
// to 0–9 (NFKC leaves them as they are); other runes are unchanged.
func westernDigit(r rune) rune {
	switch {
	case r >= '\u0660' && r <= '\u0669':
		return '0' + r - '\u0660'
	case r >= '\u06F0' && r <= '\u06F9':
		return '0' + r - '\u06F0'
	}
	return r
}

func (s *scan) blank(from, to int) {
	for i := from; i < to && i < len(s.rest); i++ {
		s.rest[i] = ' '
	}
}

func (s *scan) text() string { return string(s.rest) }

// runeSpan converts a byte range of s.text() into a rune range.
func (s *scan) runeSpan(str string, from, to int) (int, int) {
	return len([]rune(str[:from])), len([]rune(str[:to]))
}
