package entities

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// Edge cases of Extract as a whole: empty and symbol-only text, runes that
// change length when lower-cased (the scan's blanking must stay aligned),
// decimal prices, reversed ranges, several entities in one message.
func TestExtractEdgeCases(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             Entities
	}{
		{"empty", "en", "", Entities{}},
		{"spaces only", "en", "  \t\n ", Entities{}},
		{"punctuation only", "en", "?!… --- ###", Entities{}},
		{"stop words only", "en", "the the the", Entities{}},
		{"unknown language keeps content words", "xx", "some words here", Entities{ProductWords: []string{"words", "here"}}},
		{"dotted capital I before an email stays aligned", "tr", "İİİİ jane@example.com",
			Entities{Email: "jane@example.com", ProductWords: []string{"iiii"}}},
		{"capital sharp s before an email stays aligned", "de", "ẞ GROSS jane@example.com",
			Entities{Email: "jane@example.com", ProductWords: []string{"gross"}}},
		{"incomplete addresses are not emails", "en", "a@b and @example.com", Entities{ProductWords: []string{"example", "com"}}},
		{"decimal point price", "en", "a dress for 19.99€",
			Entities{Price: &PriceRange{Max: 19.99, Currency: "EUR"}, ProductWords: []string{"dress"}}},
		{"decimal comma price", "fr", "robe à moins de 19,99 €",
			Entities{Price: &PriceRange{Max: 19.99, Currency: "EUR"}, ProductWords: []string{"robe"}}},
		{"reversed range is put in order", "en", "between 40 and 20 dollars",
			Entities{Price: &PriceRange{Min: 20, Max: 40, Currency: "USD"}}},
		{"the first of two order numbers", "en", "order 1001 and 1002", Entities{OrderNumber: "1001"}},
		{"order and phone in one message", "en", "ORDER #1001 and call +1 (415) 555-0123",
			Entities{OrderNumber: "1001", Phone: "+14155550123", ProductWords: []string{"call"}}},
		{"two letter sizes", "en", "size M or L", Entities{Sizes: []string{"M", "L"}}},
		{"shoe size", "en", "size 42", Entities{Sizes: []string{"EU 42"}}},
		{"colour inside a word is not a colour", "en", "redirect to the red dress",
			Entities{Colors: []string{"red"}, ProductWords: []string{"redirect", "dress"}}},
		{"japanese colour adjective", "ja", "赤いワンピース", Entities{Colors: []string{"red"}, ProductWords: []string{"ワンピース"}}},
		{"chinese colour", "zh-Hans", "红色连衣裙", Entities{Colors: []string{"red"}, ProductWords: []string{"连衣裙"}}},
		{"a tracking number is not an order or a phone", "en", "tracking 1Z999AA10123456784",
			Entities{ProductWords: []string{"tracking", "1z999aa10123456784"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, tt.lang)
			// nil and empty lists are the same "none found".
			for _, l := range []*[]string{&got.Colors, &got.Sizes, &got.ProductWords, &tt.want.Colors, &tt.want.Sizes, &tt.want.ProductWords} {
				if len(*l) == 0 {
					*l = nil
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q, %s) =\n %s\nwant\n %s", tt.text, tt.lang, show(got), show(tt.want))
			}
		})
	}
}

// A long message with every kind of entity is read in one pass and nothing
// is taken twice.
func TestExtractLongMessage(t *testing.T) {
	text := strings.Repeat("hello there, ", 200) + "order #2001, jane@example.com, +44 20 7946 0958, red dress size M under 50€"
	got := Extract(text, "en")
	want := Entities{OrderNumber: "2001", Email: "jane@example.com", Phone: "+442079460958",
		Price: &PriceRange{Max: 50, Currency: "EUR"}, Colors: []string{"red"}, Sizes: []string{"M"}}
	words := got.ProductWords
	got.ProductWords = nil
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %s, want %s", show(got), show(want))
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789@") || w == "red" {
			t.Errorf("product words %v repeat an entity (%q)", words, w)
		}
	}
	if !strings.Contains(strings.Join(words, " "), "dress") {
		t.Errorf("product words %v lack the product", words)
	}
}

func TestPhoneShaped(t *testing.T) {
	tests := []struct {
		digits string
		want   bool
	}{
		{"0612345678", true},    // French national mobile
		{"02079460958", true},   // UK national, 11 digits
		{"13812345678", true},   // Chinese mobile
		{"12812345678", false},  // 1 then 2: not a Chinese mobile
		{"00004587345", false},  // several leading zeros: an order id
		{"0012345678", false},   // 00 is an international prefix, not a national number
		{"061234567", false},    // too short
		{"061234567890", false}, // too long
		{"4155550123", false},   // no trunk zero: needs a separator or a phone word
	}
	for _, tt := range tests {
		if got := phoneShaped(tt.digits); got != tt.want {
			t.Errorf("phoneShaped(%q) = %v, want %v", tt.digits, got, tt.want)
		}
	}
}

// show prints e with its price range rather than the pointer.
func show(e Entities) string {
	price := "none"
	if e.Price != nil {
		price = fmt.Sprintf("%+v", *e.Price)
	}
	e.Price = nil
	return fmt.Sprintf("%+v price=%s", e, price)
}
