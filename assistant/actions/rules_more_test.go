package actions

import (
	"slices"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/knowledge/geo"
)

// TestGuardBoundaries: the action window is inclusive of its last minute,
// falls back to the processing time, and nothing shipped means nothing on
// any line either.
func TestGuardBoundaries(t *testing.T) {
	placed := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	on := db.ActionSettings{CancelEnabled: true, CancelWindowMinutes: 60, AddressEnabled: true, AddressWindowMinutes: 30}
	tests := []struct {
		name            string
		order           db.Order
		now             time.Time
		cancel, address Refusal
	}{
		{"last second of both windows", db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed},
			placed.Add(30 * time.Minute), Allowed, Allowed},
		{"one second after the address window", db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed},
			placed.Add(30*time.Minute + time.Second), Allowed, WindowPassed},
		{"one second after the cancel window", db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed},
			placed.Add(time.Hour + time.Second), WindowPassed, WindowPassed},
		{"processing time when the creation time is unknown", db.Order{FinancialStatus: "PAID", ProcessedAt: &placed},
			placed.Add(45 * time.Minute), Allowed, WindowPassed},
		{"explicitly unfulfilled lines", db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed, FulfillmentStatus: "UNFULFILLED",
			LineItems: []db.OrderLineItem{{FulfillmentStatus: "unfulfilled"}, {FulfillmentStatus: ""}}},
			placed.Add(time.Minute), Allowed, Allowed},
		{"restocked line", db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed,
			LineItems: []db.OrderLineItem{{FulfillmentStatus: "unfulfilled"}, {FulfillmentStatus: "restocked"}}},
			placed.Add(time.Minute), Fulfilled, Fulfilled},
		{"voided payment", db.Order{FinancialStatus: "voided", ShopifyCreatedAt: &placed}, placed.Add(time.Minute), PaymentState, Allowed},
		{"refunded payment", db.Order{FinancialStatus: "refunded", ShopifyCreatedAt: &placed}, placed.Add(time.Minute), PaymentState, Allowed},
		{"payment status unknown", db.Order{ShopifyCreatedAt: &placed}, placed.Add(time.Minute), PaymentState, Allowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CheckCancel(&tt.order, on, tt.now); got != tt.cancel {
				t.Errorf("CheckCancel = %q, want %q", got, tt.cancel)
			}
			if got := CheckAddressChange(&tt.order, on, tt.now); got != tt.address {
				t.Errorf("CheckAddressChange = %q, want %q", got, tt.address)
			}
		})
	}

	// Only one of the two switched on: the other stays refused.
	o := db.Order{FinancialStatus: "paid", ShopifyCreatedAt: &placed}
	if got := CheckCancel(&o, db.ActionSettings{AddressEnabled: true}, placed); got != Disabled {
		t.Errorf("cancel with only address changes on = %q", got)
	}
	if got := CheckAddressChange(&o, db.ActionSettings{CancelEnabled: true}, placed); got != Disabled {
		t.Errorf("address change with only cancel on = %q", got)
	}

	d, ok := Deadline(&o, 0)
	if !ok || !d.Equal(placed.Add(DefaultWindow)) {
		t.Errorf("Deadline with no window = %v %v, want placed + %v", d, ok, DefaultWindow)
	}
	if _, ok := Deadline(&db.Order{}, 60); ok {
		t.Error("Deadline of an order with no time")
	}
}

func TestUserErrors(t *testing.T) {
	err := error(UserErrors{
		{Field: []string{"input", "shippingAddress", "zip"}, Code: "INVALID", Message: "Zip is invalid"},
		{Field: nil, Message: "Order cannot be edited"},
	})
	want := "rejected: input.shippingAddress.zip: Zip is invalid (INVALID); : Order cannot be edited"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
}

// TestParseAddressCountries: addresses as shoppers type them in the
// markets the postal-code shapes cover.
func TestParseAddressCountries(t *testing.T) {
	m := geo.New()
	tests := []struct {
		text, fallback string
		want           Address
	}{
		{"Via Roma 10, 00184 Roma, Italia", "",
			Address{Address1: "Via Roma 10", City: "Roma", Zip: "00184", CountryCode: "IT"}},
		{"Rua Augusta 100, 1100-053 Lisboa, Portugal", "",
			Address{Address1: "Rua Augusta 100", City: "Lisboa", Zip: "1100-053", CountryCode: "PT"}},
		{"ul. Marszałkowska 1, 00-624 Warszawa, Polska", "",
			Address{Address1: "ul. Marszałkowska 1", City: "Warszawa", Zip: "00-624", CountryCode: "PL"}},
		{"Keizersgracht 123, 1015 CJ Amsterdam, Nederland", "",
			Address{Address1: "Keizersgracht 123", City: "Amsterdam", Zip: "1015 CJ", CountryCode: "NL"}},
		{"100 Queen St W, Toronto, ON M5H 2N2, Canada", "",
			Address{Address1: "100 Queen St W", City: "Toronto", ProvinceCode: "ON", Zip: "M5H 2N2", CountryCode: "CA"}},
		{"1 George St, Sydney NSW 2000, Australia", "",
			Address{Address1: "1 George St", City: "Sydney", ProvinceCode: "NSW", Zip: "2000", CountryCode: "AU"}},
		{"Bahnhofstrasse 10\n8001 Zürich\nSchweiz", "DE",
			Address{Address1: "Bahnhofstrasse 10", City: "Zürich", Zip: "8001", CountryCode: "CH"}},
		{"Tverskaya 7, 125009 Moskva", "RU",
			Address{Address1: "Tverskaya 7", City: "Moskva", Zip: "125009", CountryCode: "RU"}},
		{"Atatürk Cd. 5, 34000 İstanbul, Türkiye", "",
			Address{Address1: "Atatürk Cd. 5", City: "İstanbul", Zip: "34000", CountryCode: "TR"}},
		{"Jl. Sudirman 5, Jakarta 10220, Indonesia", "",
			Address{Address1: "Jl. Sudirman 5", City: "Jakarta", Zip: "10220", CountryCode: "ID"}},
		// A country with no known shape takes a run of digits.
		{"1 Raffles Place, Singapore 048616", "SG",
			Address{Address1: "1 Raffles Place", City: "Singapore", Zip: "048616", CountryCode: "SG"}},
		// A telephone part, with its prefix, is the phone, not a street line.
		{"Hauptstraße 5, 10115 Berlin, Tel. 030 1234567", "DE",
			Address{Address1: "Hauptstraße 5", City: "Berlin", Zip: "10115", CountryCode: "DE", Phone: "Tel. 030 1234567"}},
		{"Hauptstraße 5; 10115 Berlin", "de",
			Address{Address1: "Hauptstraße 5", City: "Berlin", Zip: "10115", CountryCode: "DE"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, problems := ParseAddress(tt.text, tt.fallback, m)
			if got != tt.want {
				t.Errorf("address = %+v, want %+v", got, tt.want)
			}
			if len(problems) != 0 && !(tt.want.Phone != "" && slices.Equal(problems, []Problem{BadPhone})) {
				t.Errorf("problems %v", problems)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	ok := Address{Address1: "Hauptstraße 5", City: "Berlin", Zip: "10115", CountryCode: "DE"}
	tests := []struct {
		name string
		mod  func(a *Address)
		want []Problem
	}{
		{"valid", func(*Address) {}, nil},
		{"no country", func(a *Address) { a.CountryCode = "" }, []Problem{MissingCountry}},
		{"street without a number", func(a *Address) { a.Address1 = "Hauptstraße" }, []Problem{MissingStreet}},
		{"street that is only a number", func(a *Address) { a.Address1 = "5" }, []Problem{MissingStreet}},
		{"blank city", func(a *Address) { a.City = "  " }, []Problem{MissingCity}},
		{"zip of the wrong shape", func(a *Address) { a.Zip = "1011" }, []Problem{BadZip}},
		{"lower-case British postcode", func(a *Address) { a.CountryCode, a.Zip = "GB", "sw1a 1aa" }, nil},
		{"no zip where none is used", func(a *Address) { a.CountryCode, a.Zip = "AE", "" }, nil},
		{"any zip in a country without a known shape", func(a *Address) { a.CountryCode, a.Zip = "NZ", "6011" }, nil},
		{"valid phone", func(a *Address) { a.Phone = "+49 30 1234567" }, nil},
		{"national phone read in the address's country", func(a *Address) { a.Phone = "030 1234567" }, nil},
		{"phone too short", func(a *Address) { a.Phone = "+49 30" }, []Problem{BadPhone}},
		{"US state required", func(a *Address) { a.CountryCode, a.Zip, a.City = "US", "10001", "New York" }, []Problem{MissingProvince}},
		{"unknown US state", func(a *Address) { a.CountryCode, a.Zip, a.City, a.ProvinceCode = "US", "10001", "New York", "XX" }, []Problem{MissingProvince}},
		{"everything missing", func(a *Address) { *a = Address{} }, []Problem{MissingCountry, MissingStreet, MissingCity, MissingZip}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ok
			tt.mod(&a)
			if got := Validate(a); !slices.Equal(got, tt.want) {
				t.Errorf("Validate(%+v) = %v, want %v", a, got, tt.want)
			}
		})
	}
}

func TestNormalizePhone(t *testing.T) {
	for _, tt := range []struct{ phone, country, want string }{
		{"030 1234567", "DE", "+49301234567"},
		{"+1 (217) 555-0142", "", "+12175550142"},
		{"06 12 34 56 78", "FR", "+33612345678"},
		{"090-1234-5678", "JP", "+819012345678"},
		{"+49 30", "DE", "+49 30"},           // invalid: kept as typed for the shopper to fix
		{"not a phone", "DE", "not a phone"}, // unparsable: kept
	} {
		if got := NormalizePhone(tt.phone, tt.country); got != tt.want {
			t.Errorf("NormalizePhone(%q, %q) = %q, want %q", tt.phone, tt.country, got, tt.want)
		}
	}
}

// TestReasonFrom: a reason named in each supported language; defects and
// wrong items (handled by a person) win over anything else named.
func TestReasonFrom(t *testing.T) {
	tests := []struct{ text, want string }{
		{"the zipper is broken and it's too small", ReasonDefective},
		{"Der Reißverschluss ist defekt", ReasonDefective},
		{"la chaqueta llegó rota", ReasonDefective},
		{"la veste est arrivée abîmée", ReasonDefective},
		{"è arrivato danneggiato", ReasonDefective},
		{"o produto veio danificado", ReasonDefective},
		{"de jas is kapot", ReasonDefective},
		{"المنتج مكسور", ReasonDefective},
		{"收到的时候已经损坏", ReasonDefective},
		{"ファスナーが壊れていました", ReasonDefective},
		{"지퍼가 고장났어요", ReasonDefective},
		{"куртка пришла повреждённой", ReasonDefective},
		{"fermuar bozuk", ReasonDefective},
		{"kurtka jest uszkodzona", ReasonDefective},
		{"resletingnya rusak", ReasonDefective},
		{"You sent me the wrong item", ReasonWrongItem},
		{"Das ist der falsche Artikel", ReasonWrongItem},
		{"我收到的是发错的商品", ReasonWrongItem},
		{"違う商品が届きました", ReasonWrongItem},
		{"the shoes are too tight", ReasonSizeTooSmall},
		{"Die Schuhe sind zu klein", ReasonSizeTooSmall},
		{"le pantalon est trop serré", ReasonSizeTooSmall},
		{"sono troppo piccole", ReasonSizeTooSmall},
		{"ze zijn te klein", ReasonSizeTooSmall},
		{"尺码太小", ReasonSizeTooSmall},
		{"사이즈가 작아요", ReasonSizeTooSmall},
		{"куртка мала", ReasonSizeTooSmall},
		{"biraz küçük geldi", ReasonSizeTooSmall},
		{"buty są za małe", ReasonSizeTooSmall},
		{"ukurannya terlalu kecil", ReasonSizeTooSmall},
		{"the sleeves are too long", ReasonSizeTooLarge},
		{"Die Jacke ist zu weit", ReasonSizeTooLarge},
		{"c'est trop grand", ReasonSizeTooLarge},
		{"o casaco ficou muito grande", ReasonSizeTooLarge},
		{"サイズが大きすぎる", ReasonSizeTooLarge},
		{"куртка велика", ReasonSizeTooLarge},
		{"spodnie są za długie", ReasonSizeTooLarge},
		{"I don't like the colour", ReasonColor},
		{"die Farbe passt mir nicht", ReasonColor},
		{"颜色和图片不一样", ReasonColor},
		{"it is not as described", ReasonNotAsDescribed},
		{"说明与描述不符", ReasonNotAsDescribed},
		{"I don't like the style", ReasonStyle},
		{"no me gusta", ReasonStyle},
		{"I changed my mind", ReasonUnwanted},
		{"j'ai changé d'avis", ReasonUnwanted},
		{"もういらないです", ReasonUnwanted},
		{"я передумал", ReasonUnwanted},
		{"vazgeçtim", ReasonUnwanted},
		{"saya berubah pikiran", ReasonUnwanted},
		{"please return order 1019", ""},
		{"Size M please", ""},
		// Words that merely contain a reason's stem.
		{"размер нормальный, просто передумал", ReasonUnwanted}, // нормальный holds "мал"
		{"ik stuur 2 stuks terug, ze zijn te klein", ReasonSizeTooSmall},
		{"Ich brauche eine Nummer kleiner", ""},
	}
	for _, tt := range tests {
		if got := ReasonFrom(tt.text); got != tt.want {
			t.Errorf("ReasonFrom(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, r := range Reasons {
		if NeedsPerson(r) {
			t.Errorf("reason %s is offered but handled by a person", r)
		}
	}
	if !NeedsPerson(ReasonDefective) || !NeedsPerson(ReasonWrongItem) {
		t.Error("defects and wrong items must go to a person")
	}
}

func TestPickLinesCounts(t *testing.T) {
	lines := []Line{{LineItemID: 1, Title: "Merino Hiking Socks", Variant: "M", Quantity: 3},
		{LineItemID: 2, Title: "Linen Shirt", Variant: "Default Title", Quantity: 1}}
	tests := []struct {
		text string
		want []Item
	}{
		// The quick reply's label with a count before it.
		{"2 Merino Hiking Socks (M)", []Item{{Line: lines[0], Count: 2}}},
		// A count larger than ordered takes everything that can go back.
		{"9 Merino Hiking Socks (M)", []Item{{Line: lines[0], Count: 3}}},
		// "Default Title" is Shopify's name for no variant: the label is the title.
		{"Linen Shirt", []Item{{Line: lines[1], Count: 1}}},
		// Plural and inflected forms up to three letters longer.
		{"return both shirts", []Item{{Line: lines[1], Count: 1}}},
		{"the hikingboots", nil},
		{"0 socks", []Item{{Line: lines[0], Count: 3}}},
	}
	for _, tt := range tests {
		if got := PickLines(tt.text, lines); !slices.Equal(got, tt.want) {
			t.Errorf("PickLines(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
	if got := lines[1].Label(); got != "Linen Shirt" {
		t.Errorf("Label = %q", got)
	}
	if got := SizeWanted([]string{"S", "L"}); got != "L" {
		t.Errorf("SizeWanted = %q, want the last size named", got)
	}
	if got := SizeWanted(nil); got != "" {
		t.Errorf("SizeWanted(nil) = %q", got)
	}
}

func TestTextsFormatting(t *testing.T) {
	x, err := NewTexts()
	if err != nil {
		t.Fatal(err)
	}
	money := []struct{ amount, cur, lang, want string }{
		{"49", "EUR", "en", "€ 49.00"},
		{"1234.5", "USD", "fr", "$US 1 234,50"},
		{"1000", "JPY", "ja", "￥ 1,000"},
		{"12.5", "XYZ", "en", "12.50 XYZ"}, // unknown currency: the code after the amount
		{"n/a", "EUR", "en", "n/a EUR"},    // not a number: as given
	}
	for _, tt := range money {
		if got := Money(tt.amount, tt.cur, tt.lang); strings.ReplaceAll(got, "\u00a0", " ") != tt.want &&
			strings.ReplaceAll(got, "\u202f", " ") != tt.want {
			t.Errorf("Money(%s, %s, %s) = %q, want %q", tt.amount, tt.cur, tt.lang, got, tt.want)
		}
	}

	// DateTime's layouts and zones are tested in datetime_test.go.

	if got := x.Country("JP", "de"); got != "Japan" {
		t.Errorf("Country JP de = %q", got)
	}
	if got := x.Country("Z9", "de"); got != "Z9" {
		t.Errorf("Country of an unknown code = %q, want the code", got)
	}
	if x.Geo() == nil {
		t.Fatal("no matcher")
	}
	full := x.Format(Address{FirstName: "Taro", LastName: "Yamada", Company: " ACME ", Address1: "1-1 Marunouchi", Address2: "Apt 5",
		City: "Chiyoda", Zip: "100-0005", CountryCode: "JP", Phone: "+81 90 1234 5678"}, "en")
	want := "Taro Yamada\nACME\n1-1 Marunouchi\nApt 5\n100-0005 Chiyoda\nJapan\n+81 90 1234 5678"
	if full != want {
		t.Errorf("Format = %q, want %q", full, want)
	}
	if got := Window(-5); got != "2 h" {
		t.Errorf("Window(-5) = %q, want the default", got)
	}
}
