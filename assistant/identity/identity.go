// Package identity decides whether a contact detail a shopper typed (an
// email or a phone number) proves ownership of an order. It is the only gate
// between an anonymous chat and an order's status, items, tracking and
// order-status link, so it compares phones as numbers (country code plus the
// full national significant number, parsed with libphonenumber's metadata in
// the order's country) and never as string suffixes.
package identity

import (
	"slices"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"shopassist/db"
)

// MinSignificantDigits is the shortest national significant number accepted
// as proof. Real subscriber numbers are longer almost everywhere; shorter
// inputs are guessable.
const MinSignificantDigits = 7

// Match reports whether contact (as typed: an email, or a phone in any
// common format) is one of the order's contacts, and returns its canonical
// form (lower-case email, or E.164 phone) for storing on the conversation.
// The canonical form is empty when there is no match.
func Match(o *db.Order, contact string) (string, bool) {
	if o == nil {
		return "", false
	}
	contact = strings.TrimSpace(contact)
	if strings.Contains(contact, "@") {
		e, ok := Email(contact)
		if !ok || o.Email == "" || e != db.NormalizeEmail(o.Email) {
			return "", false
		}
		return e, true
	}
	regions := orderRegions(o)
	// The typed number read in each region, parsed once (parsing is the
	// cost of a match).
	typed := map[string]string{}
	readAs := func(region string) string {
		e, done := typed[region]
		if !done {
			if got, ok := parsePhone(contact, []string{region}); ok {
				e = e164(got)
			}
			typed[region] = e
		}
		return e
	}
	for _, stored := range []string{o.Phone, o.ShippingPhone, o.BillingPhone} {
		if stored == "" {
			continue
		}
		want, ok := parsePhone(stored, regions)
		if !ok {
			continue
		}
		// A national-format input is read in the order's countries and in
		// the stored number's own country (a French mobile on an order
		// shipped to Germany); whichever reading it is, it must be the
		// stored number exactly.
		own := phonenumbers.GetRegionCodeForCountryCode(int(want.GetCountryCode()))
		for _, r := range append(slices.Clip(regions), own) {
			if got := readAs(r); got != "" && got == e164(want) {
				return got, true
			}
		}
	}
	return "", false
}

// Email normalizes a typed email (trimmed, lower-cased) and reports whether
// it is shaped like one: a non-empty local part and a dotted domain.
func Email(s string) (string, bool) {
	e := db.NormalizeEmail(s)
	local, domain, ok := strings.Cut(e, "@")
	if !ok || local == "" || strings.Contains(domain, "@") || !strings.Contains(strings.Trim(domain, "."), ".") {
		return "", false
	}
	return e, true
}

// orderRegions are the ISO countries a national-format number on the order
// is read in: shipping first, then billing.
func orderRegions(o *db.Order) []string {
	var out []string
	for _, c := range []string{o.ShippingCountry, o.BillingCountry} {
		c = strings.ToUpper(strings.TrimSpace(c))
		if len(c) == 2 && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// parsePhone parses s as a phone number: international when it starts with
// + or 00, otherwise in the first region where it parses. Numbers too short
// or trivially repetitive to prove anything are rejected.
func parsePhone(s string, regions []string) (*phonenumbers.PhoneNumber, bool) {
	n := db.NormalizePhone(s)
	if n == "" {
		return nil, false
	}
	if strings.HasPrefix(n, "+") {
		regions = []string{"ZZ"}
	}
	for _, r := range regions {
		if r == "" {
			continue
		}
		num, err := phonenumbers.Parse(n, r)
		if err != nil || num.GetCountryCode() == 0 {
			continue
		}
		if phonenumbers.GetRegionCodeForCountryCode(int(num.GetCountryCode())) == phonenumbers.UNKNOWN_REGION {
			continue
		}
		if Trivial(phonenumbers.GetNationalSignificantNumber(num)) {
			return nil, false
		}
		return num, true
	}
	return nil, false
}

func e164(n *phonenumbers.PhoneNumber) string {
	return phonenumbers.Format(n, phonenumbers.E164)
}

// Trivial reports whether a national significant number is too short or
// too patterned to be anyone's phone: fewer than MinSignificantDigits
// digits, one digit repeated, a short block repeated ("121212", "123123"),
// or a run counting up or down ("1234567", "9876543").
func Trivial(nsn string) bool {
	digits := make([]byte, 0, len(nsn))
	for i := 0; i < len(nsn); i++ {
		if c := nsn[i]; c >= '0' && c <= '9' {
			digits = append(digits, c)
		}
	}
	if len(digits) < MinSignificantDigits {
		return true
	}
	for period := 1; period <= 3; period++ {
		repeats := true
		for i := period; i < len(digits); i++ {
			if digits[i] != digits[i-period] {
				repeats = false
				break
			}
		}
		if repeats {
			return true
		}
	}
	for _, step := range []int{1, -1} {
		run := true
		for i := 1; i < len(digits); i++ {
			if (int(digits[i]-'0')-int(digits[i-1]-'0')+10)%10 != (step+10)%10 {
				run = false
				break
			}
		}
		if run {
			return true
		}
	}
	return false
}
