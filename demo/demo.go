// Package demo holds the data of the demo store demo.myshopify.com: a
// cross-border outdoor brand with a multilingual catalog, store policies,
// pages, FAQ, customers and orders in every lifecycle state.
//
// Everything is produced as Shopify-shaped values (go-shopify structs for
// products, customers and orders) so that demo mode seeds the database through
// the same conversion code that webhook payloads go through. The package has
// no database or network code and no mutable package state: every function
// builds fresh values, so callers may modify what they get.
package demo

import (
	"time"

	"github.com/shopspring/decimal"
)

// ShopDomain is the myshopify domain of the demo store.
const ShopDomain = "demo.myshopify.com"

// storeURL is the public storefront address used in policy and page links.
const storeURL = "https://" + ShopDomain

// Shop describes the demo store as the Shop resource would.
type Shop struct {
	Name          string
	Email         string
	Currency      string
	PrimaryLocale string
	Timezone      string
	Domain        string
	// Locales are the published storefront locales, primary locale first.
	Locales []string
}

// StoreInfo returns the demo store's settings.
func StoreInfo() Shop {
	return Shop{
		Name:          "Northwind Outfitters",
		Email:         "support@northwind-outfitters.example",
		Currency:      "EUR",
		PrimaryLocale: "en",
		Timezone:      "Europe/Amsterdam",
		Domain:        ShopDomain,
		Locales:       append([]string{"en", "es", "fr", "de", "ja", "zh-CN", "ar"}, moreLocales()...),
	}
}

// catalogEpoch anchors catalog timestamps: products must look like they were
// created once and edited since, and tests compare them byte for byte, so they
// never depend on the clock.
var catalogEpoch = time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)

// money parses a decimal literal from the data tables. The tables are
// hand-written constants, so a malformed literal is a programming error that
// the tests surface on the first run.
func money(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

// dec returns a pointer to a copy of d, because go-shopify uses pointer fields.
func dec(d decimal.Decimal) *decimal.Decimal { return &d }

// ptrTime returns a pointer to a copy of t.
func ptrTime(t time.Time) *time.Time { return &t }
