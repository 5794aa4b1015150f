package actions

import (
	"slices"
	"strings"
	"testing"
	"time"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/knowledge/geo"
)

func TestGuards(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	placed := func(ago time.Duration) *time.Time { p := now.Add(-ago); return &p }
	on := db.ActionSettings{CancelEnabled: true, CancelWindowMinutes: 120, AddressEnabled: true, AddressWindowMinutes: 60}
	open := db.Order{FinancialStatus: "paid", ShopifyCreatedAt: placed(30 * time.Minute)}
	tests := []struct {
		name            string
		mod             func(o *db.Order, s *db.ActionSettings)
		cancel, address Refusal
	}{
		{"allowed", func(*db.Order, *db.ActionSettings) {}, Allowed, Allowed},
		{"authorized payment", func(o *db.Order, _ *db.ActionSettings) { o.FinancialStatus = "authorized" }, Allowed, Allowed},
		{"switched off", func(_ *db.Order, s *db.ActionSettings) { *s = db.ActionSettings{} }, Disabled, Disabled},
		{"cancelled", func(o *db.Order, _ *db.ActionSettings) { o.CancelledAt = placed(time.Minute) }, AlreadyCancelled, AlreadyCancelled},
		{"shipped", func(o *db.Order, _ *db.ActionSettings) { o.Fulfillments = []db.Fulfillment{{}} }, Fulfilled, Fulfilled},
		{"partly shipped", func(o *db.Order, _ *db.ActionSettings) { o.FulfillmentStatus = "partial" }, Fulfilled, Fulfilled},
		{"line fulfilled", func(o *db.Order, _ *db.ActionSettings) {
			o.LineItems = []db.OrderLineItem{{FulfillmentStatus: "fulfilled"}}
		}, Fulfilled, Fulfilled},
		{"address window passed", func(o *db.Order, _ *db.ActionSettings) { o.ShopifyCreatedAt = placed(90 * time.Minute) }, Allowed, WindowPassed},
		{"both windows passed", func(o *db.Order, _ *db.ActionSettings) { o.ShopifyCreatedAt = placed(3 * time.Hour) }, WindowPassed, WindowPassed},
		{"unknown age", func(o *db.Order, _ *db.ActionSettings) { o.ShopifyCreatedAt = nil }, WindowPassed, WindowPassed},
		{"default window", func(o *db.Order, s *db.ActionSettings) {
			s.CancelWindowMinutes, s.AddressWindowMinutes = 0, 0
			o.ShopifyCreatedAt = placed(119 * time.Minute)
		}, Allowed, Allowed},
		{"pending payment", func(o *db.Order, _ *db.ActionSettings) { o.FinancialStatus = "pending" }, PaymentState, Allowed},
		{"partly refunded", func(o *db.Order, _ *db.ActionSettings) { o.FinancialStatus = "partially_refunded" }, PaymentState, Allowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, s := open, on
			tt.mod(&o, &s)
			if got := CheckCancel(&o, s, now); got != tt.cancel {
				t.Errorf("CheckCancel = %q, want %q", got, tt.cancel)
			}
			if got := CheckAddressChange(&o, s, now); got != tt.address {
				t.Errorf("CheckAddressChange = %q, want %q", got, tt.address)
			}
		})
	}
}

func TestParseAddress(t *testing.T) {
	m := geo.New()
	tests := []struct {
		text, fallback string
		want           Address
		problems       []Problem
	}{
		{"Hauptstraße 5, 10115 Berlin, Deutschland", "US",
			Address{Address1: "Hauptstraße 5", City: "Berlin", Zip: "10115", CountryCode: "DE"}, nil},
		{"12 Oak Street, Apt 3, Springfield, IL 62704, USA, +1 217 555 0142", "",
			Address{Address1: "12 Oak Street", Address2: "Apt 3", City: "Springfield", ProvinceCode: "IL", Zip: "62704",
				CountryCode: "US", Phone: "+1 217 555 0142"}, nil},
		{"12 rue de Rivoli\n75001 Paris", "FR",
			Address{Address1: "12 rue de Rivoli", City: "Paris", Zip: "75001", CountryCode: "FR"}, nil},
		{"Calle Mayor 3, 2800 Madrid, España", "",
			Address{Address1: "Calle Mayor 3", City: "Madrid", CountryCode: "ES"}, []Problem{MissingZip}},
		{"Calle Mayor 3, 28013 Madrid, España", "",
			Address{Address1: "Calle Mayor 3", City: "Madrid", Zip: "28013", CountryCode: "ES"}, nil},
		{"12 Oak Street, Springfield 62704, USA", "",
			Address{Address1: "12 Oak Street", City: "Springfield", Zip: "62704", CountryCode: "US"}, []Problem{MissingProvince}},
		{"Hauptstraße 5, 10115 Berlin, +49 12", "DE", Address{}, []Problem{BadPhone}},
		{"Berlin", "DE", Address{City: "", CountryCode: "DE"}, []Problem{MissingStreet, MissingCity, MissingZip}},
		{"221B Baker Street, London NW1 6XE, United Kingdom", "",
			Address{Address1: "221B Baker Street", City: "London", Zip: "NW1 6XE", CountryCode: "GB"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, problems := ParseAddress(tt.text, tt.fallback, m)
			if tt.problems == nil && got != tt.want {
				t.Errorf("address = %+v, want %+v", got, tt.want)
			}
			if !slices.Equal(problems, tt.problems) {
				t.Errorf("problems = %v, want %v (address %+v)", problems, tt.problems, got)
			}
		})
	}
	bad := Address{Address1: "1 Main St", City: "Austin", ProvinceCode: "TX", Zip: "787", CountryCode: "US", Phone: "+1 555"}
	if ps := Validate(bad); !slices.Equal(ps, []Problem{BadZip, BadPhone}) {
		t.Errorf("Validate(bad) = %v", ps)
	}
}

func TestPickLinesAndReasons(t *testing.T) {
	lines := []Line{{LineItemID: 1, Title: "Aurora Rain Shell", Variant: "Forest / S", Quantity: 1},
		{LineItemID: 2, Title: "Merino Hiking Socks", Variant: "M", Quantity: 2}}
	tests := []struct {
		text string
		want []Item
	}{
		{"I want to return the socks", []Item{{Line: lines[1], Count: 2}}},
		{"return 1 socks please", []Item{{Line: lines[1], Count: 1}}},
		{"Aurora Rain Shell (Forest / S)", []Item{{Line: lines[0], Count: 1}}},
		{"the shell and the socks", []Item{{Line: lines[0], Count: 1}, {Line: lines[1], Count: 2}}},
		{"I want to return the dress", nil},
	}
	for _, tt := range tests {
		if got := PickLines(tt.text, lines); !slices.Equal(got, tt.want) {
			t.Errorf("PickLines(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
	catalog := map[string]bool{"dress": true, "socks": true, "shell": true}
	if got := NamedMissing([]string{"return", "dress"}, lines, catalog); got != "dress" {
		t.Errorf("NamedMissing dress = %q", got)
	}
	if got := NamedMissing([]string{"return", "socks"}, lines, catalog); got != "" {
		t.Errorf("NamedMissing socks = %q", got)
	}
	reasons := map[string]string{
		"it arrived damaged":              ReasonDefective,
		"Das Paket kam kaputt an":         ReasonDefective,
		"you sent the wrong item":         ReasonWrongItem,
		"c'est trop petit":                ReasonSizeTooSmall,
		"me queda grande":                 ReasonSizeTooLarge,
		"サイズが小さすぎる":                       ReasonSizeTooSmall,
		"I changed my mind":               ReasonUnwanted,
		"return order 1019":               "",
		"the colour is not what I wanted": ReasonColor,
	}
	for text, want := range reasons {
		if got := ReasonFrom(text); got != want {
			t.Errorf("ReasonFrom(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTextsEveryLanguage(t *testing.T) {
	x, err := NewTexts()
	if err != nil {
		t.Fatal(err)
	}
	want := x.Catalog().Keys("en")
	for _, l := range lang.Supported {
		if got := x.Catalog().Keys(l); !slices.Equal(got, want) {
			t.Errorf("%s keys differ from English", l)
		}
		if l != "en" && x.T(l, "cancel_confirm", nil) == x.T("en", "cancel_confirm", nil) {
			t.Errorf("%s cancel_confirm is the English text", l)
		}
	}
	if got := Money("1234.5", "EUR", "de"); got != "€ 1.234,50" {
		t.Errorf("Money de = %q", got)
	}
	at := time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC)
	if got := DateTime(at, "de", nil); got != "5.12.2026, 09:30" {
		t.Errorf("DateTime de = %q", got)
	}
	addr := x.Format(Address{FirstName: "Ana", LastName: "Ruiz", Address1: "Calle Mayor 3", City: "Madrid", Zip: "28013", CountryCode: "ES"}, "es")
	if !strings.Contains(addr, "28013 Madrid") || !strings.HasSuffix(addr, "España") {
		t.Errorf("Format = %q", addr)
	}
	if Window(120) != "2 h" || Window(90) != "90 min" {
		t.Errorf("Window = %q %q", Window(120), Window(90))
	}
}
