package identity

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"shopassist/db"
)

// BypassInputs are contact strings that unlocked other people's orders when
// phones were compared as string suffixes (issue #11). None may ever prove
// ownership of any order.
var BypassInputs = []string{
	"+00000000", "+000 0000 2000", "00000000", "0000000000", "+0000000000000",
	"0", "+0", "00", "000000", "+1", "+44 0", "+1 000 000 0000",
	"1111111", "11111111111", "+11111111111", "+44 7777 777777", "+1 (212) 121-2121",
	"1234567", "12345678", "+1234567890", "9876543210", "0123456789",
	"2000", "0102000", "550102000", "+000 0000 2345", "0000 0012 345678",
	"+15550102000000", "+1555010200",
}

func TestMatchTable(t *testing.T) {
	us := &db.Order{Phone: "+13035550142", ShippingCountry: "US"}
	gb := &db.Order{Email: "oliver.bennett@post.example", ShippingPhone: "+447700900123", ShippingCountry: "GB"}
	fr := &db.Order{BillingPhone: "+33612345678", ShippingCountry: "DE", BillingCountry: "DE"}
	it := &db.Order{Phone: "+390212345678", ShippingCountry: "IT"}
	national := &db.Order{Phone: "07700 900456", ShippingCountry: "GB"}
	junk := &db.Order{Phone: "+10000000000", Email: "", ShippingCountry: "US"}
	tests := []struct {
		name    string
		order   *db.Order
		contact string
		want    string
	}{
		{"E.164", us, "+13035550142", "+13035550142"},
		{"formatted", us, "+1 (303) 555-0142", "+13035550142"},
		{"national in order country", us, "303-555-0142", "+13035550142"},
		{"00 prefix", us, "001 303 555 0142", "+13035550142"},
		{"full-width digits", us, "+１ ３０３ ５５５ ０１４２", "+13035550142"},
		{"trunk prefix", gb, "07700 900123", "+447700900123"},
		{"shipping phone", gb, "+44 7700 900123", "+447700900123"},
		{"billing phone read in its own country", fr, "06 12 34 56 78", "+33612345678"},
		{"italian leading zero", it, "02 1234 5678", "+390212345678"},
		{"stored national format", national, "+447700900456", "+447700900456"},
		{"email case and spaces", gb, "  OLIVER.Bennett@POST.example ", "oliver.bennett@post.example"},
		{"last digits only", us, "5550142", ""},
		{"national number without area code", us, "555-0142", ""},
		{"one digit off", us, "+13035550143", ""},
		{"same digits other country", us, "+443035550142", ""},
		{"extra digit", us, "+130355501421", ""},
		{"zero padded suffix", us, "+000 0303 5550142", ""},
		{"national without country, wrong region", fr, "0612345679", ""},
		{"email on order without email", us, "someone@example.com", ""},
		{"other email", gb, "oliver.bennett@post.example.com", ""},
		{"email prefix", gb, "bennett@post.example", ""},
		{"not an email", gb, "@", ""},
		{"trivial stored phone never matches", junk, "+1 000 000 0000", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Match(tt.order, tt.contact)
			if got != tt.want || ok != (tt.want != "") {
				t.Fatalf("Match(%q) = %q, %v; want %q", tt.contact, got, ok, tt.want)
			}
		})
	}
}

func TestBypassInputsNeverMatch(t *testing.T) {
	// Orders whose phones end in the digits the bypass inputs carry.
	orders := []*db.Order{
		{Phone: "+15550102000", ShippingCountry: "US"},
		{Phone: "+13035550142", ShippingCountry: "US"},
		{Phone: "+34612345678", ShippingCountry: "ES"},
		{Phone: "+8613812345678", ShippingCountry: "CN"},
		{ShippingPhone: "+4915112345678", ShippingCountry: "DE"},
		{BillingPhone: "+819012345678", BillingCountry: "JP"},
		{Phone: "+12125550000", ShippingCountry: "US"},
	}
	for _, in := range BypassInputs {
		for _, o := range orders {
			if got, ok := Match(o, in); ok {
				t.Errorf("%q unlocked order with phone %q/%q/%q (as %q)", in, o.Phone, o.ShippingPhone, o.BillingPhone, got)
			}
		}
	}
}

func TestTrivial(t *testing.T) {
	tests := []struct {
		nsn  string
		want bool
	}{
		{"", true}, {"123456", true}, {"0000000", true}, {"7777777777", true},
		{"1212121212", true}, {"123123123", true}, {"1234567890", true}, {"9876543210", true},
		{"3035550142", false}, {"612345678", false}, {"7700900123", false}, {"2125550000", false},
	}
	for _, tt := range tests {
		if got := Trivial(tt.nsn); got != tt.want {
			t.Errorf("Trivial(%q) = %v, want %v", tt.nsn, got, tt.want)
		}
	}
}

var regions = []string{"US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "CN", "AU", "BR", "IN", "MX", "SE", "PL", "AE", "KR", "CA", "CH"}

// randomPhone returns a mobile-shaped number of region whose last six digits
// are random.
func randomPhone(r *rand.Rand, region string) *phonenumbers.PhoneNumber {
	ex := phonenumbers.GetExampleNumberForType(region, phonenumbers.MOBILE)
	nsn := []byte(phonenumbers.GetNationalSignificantNumber(ex))
	for i := max(0, len(nsn)-6); i < len(nsn); i++ {
		nsn[i] = byte('0' + r.IntN(10))
	}
	n, err := phonenumbers.Parse(string(nsn), region)
	if err != nil {
		panic(err)
	}
	return n
}

func randomOrder(r *rand.Rand) (*db.Order, []string) {
	country := regions[r.IntN(len(regions))]
	o := &db.Order{ShippingCountry: country, BillingCountry: country,
		Email: fmt.Sprintf("shopper%d@example.com", r.IntN(1_000_000))}
	var own []string
	for _, dst := range []*string{&o.Phone, &o.ShippingPhone, &o.BillingPhone} {
		if r.IntN(3) == 0 {
			continue
		}
		n := randomPhone(r, country)
		if Trivial(phonenumbers.GetNationalSignificantNumber(n)) {
			continue
		}
		*dst = e164(n)
		own = append(own, *dst)
	}
	return o, own
}

// randomContact is what an attacker might type: random numbers in random
// shapes, numbers of other orders, and mutations of this order's own
// numbers (suffixes, zero padding, one digit changed, another country code).
func randomContact(r *rand.Rand, own []string) (string, bool) {
	switch k := r.IntN(6); {
	case k == 0:
		n := r.IntN(16) + 1
		var b strings.Builder
		b.WriteString([]string{"", "+", "00", "0", "+0", "+00"}[r.IntN(6)])
		for i := 0; i < n; i++ {
			b.WriteByte(byte('0' + r.IntN(10)))
			if r.IntN(4) == 0 {
				b.WriteByte(" -.()"[r.IntN(5)])
			}
		}
		return b.String(), false
	case k == 1:
		return e164(randomPhone(r, regions[r.IntN(len(regions))])), false
	case k == 2:
		return fmt.Sprintf("SHOPPER%d@Example.com", r.IntN(1_000_000)), false
	case len(own) == 0:
		return "+00000000", true
	}
	p := own[r.IntN(len(own))]
	n, _ := phonenumbers.Parse(p, "ZZ")
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	switch r.IntN(5) {
	case 0: // a proper suffix, zero padded to full length
		cut := 1 + r.IntN(len(nsn)-1)
		return "+" + strings.Repeat("0", 1+r.IntN(12)) + " " + nsn[cut:], true
	case 1: // a proper suffix as a national number
		return nsn[1+r.IntN(len(nsn)-1):], true
	case 2: // one digit changed
		b := []byte(nsn)
		i := r.IntN(len(b))
		b[i] = byte('0' + (int(b[i]-'0')+1+r.IntN(9))%10)
		return fmt.Sprintf("+%d%s", n.GetCountryCode(), b), true
	case 3: // the same digits under another country code
		cc := n.GetCountryCode()
		for cc == n.GetCountryCode() {
			other, _ := phonenumbers.Parse(e164(randomPhone(r, regions[r.IntN(len(regions))])), "ZZ")
			cc = other.GetCountryCode()
		}
		return fmt.Sprintf("+%d %s", cc, nsn), true
	default: // a digit dropped
		i := r.IntN(len(nsn))
		return fmt.Sprintf("+%d%s%s", n.GetCountryCode(), nsn[:i], nsn[i+1:]), true
	}
}

// TestRandomContactsNeverUnlockRandomOrders is the property the assistant's
// privacy rests on: a contact unlocks an order only when it is exactly one
// of that order's own contacts; every derived guess fails.
func TestRandomContactsNeverUnlockRandomOrders(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 2026))
	const trials = 5000
	for i := 0; i < trials; i++ {
		o, own := randomOrder(r)
		contact, derived := randomContact(r, own)
		got, ok := Match(o, contact)
		if !ok {
			continue
		}
		if derived {
			t.Fatalf("derived guess %q unlocked order with phones %v", contact, own)
		}
		if got != o.Email && !containsString(own, got) {
			t.Fatalf("%q matched as %q, which is none of the order's contacts %v / %q", contact, got, own, o.Email)
		}
	}
}

// TestOwnContactsInEveryFormatMatch is the converse: a shopper typing their
// own number in any usual shape is recognised.
func TestOwnContactsInEveryFormatMatch(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for i := 0; i < 500; i++ {
		o, own := randomOrder(r)
		for _, p := range own {
			n, _ := phonenumbers.Parse(p, "ZZ")
			for _, typed := range []string{
				p,
				phonenumbers.Format(n, phonenumbers.INTERNATIONAL),
				phonenumbers.Format(n, phonenumbers.NATIONAL),
				"00" + strings.TrimPrefix(p, "+"),
			} {
				if got, ok := Match(o, typed); !ok || got != p {
					t.Fatalf("own number %q typed as %q (order in %s): got %q, %v", p, typed, o.ShippingCountry, got, ok)
				}
			}
		}
		if got, ok := Match(o, " "+strings.ToUpper(o.Email)+" "); !ok || got != o.Email {
			t.Fatalf("own email %q in upper case: got %q, %v", o.Email, got, ok)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// BenchmarkMatch is the cost of one ownership check: a phone typed in
// national format against an order with three phones, an email, and a
// rejected bypass input.
func BenchmarkMatch(b *testing.B) {
	o := &db.Order{Email: "oliver.bennett@post.example", Phone: "+447700900123", ShippingPhone: "+447700900124",
		BillingPhone: "+447700900125", ShippingCountry: "GB", BillingCountry: "GB"}
	for _, bc := range []struct{ name, contact string }{
		{"phone-national", "07700 900125"},
		{"email", "Oliver.Bennett@post.example"},
		{"bypass-rejected", "+000 0000 0123"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Match(o, bc.contact)
			}
		})
	}
}
