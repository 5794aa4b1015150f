package entities

import (
	"reflect"
	"testing"
)

// TestPriceThousands: budgets of a thousand and more are written with the
// grouping of the shopper's locale — comma, full stop, space (also a
// no-break space), apostrophe — and must not be read as a decimal ("under
// $1,200" is not under $1.20) nor leave a digit group behind as an order
// number.
func TestPriceThousands(t *testing.T) {
	tests := []struct {
		lang, text string
		want       *PriceRange
	}{
		{"en", "laptop bag under $1,200", &PriceRange{Max: 1200, Currency: "USD"}},
		{"en", "a tent between $1,000 and $2,500", &PriceRange{Min: 1000, Max: 2500, Currency: "USD"}},
		{"en", "over 1,499.99 dollars", &PriceRange{Min: 1499.99, Currency: "USD"}},
		{"de", "ein Zelt unter 1.000 €", &PriceRange{Max: 1000, Currency: "EUR"}},
		{"de", "bis 1.299,50 Euro", &PriceRange{Max: 1299.5, Currency: "EUR"}},
		{"fr", "une veste à moins de 1 000 €", &PriceRange{Max: 1000, Currency: "EUR"}},
		{"fr", "moins de 1\u00a0500 euros", &PriceRange{Max: 1500, Currency: "EUR"}},
		{"fr", "moins de 1\u202f500 euros", &PriceRange{Max: 1500, Currency: "EUR"}},
		{"ru", "куртка до 15 000 рублей", &PriceRange{Max: 15000, Currency: "RUB"}},
		{"pl", "namiot do 2 000 zł", &PriceRange{Max: 2000, Currency: "PLN"}},
		{"it", "sotto i 1.500 euro", &PriceRange{Max: 1500, Currency: "EUR"}},
		{"de", "unter 1'200 Euro", &PriceRange{Max: 1200, Currency: "EUR"}},
		{"ja", "10,000円以下のジャケット", &PriceRange{Max: 10000, Currency: "JPY"}},
		{"ko", "100,000원 이하 패딩", &PriceRange{Max: 100000, Currency: "KRW"}},
		{"id", "di bawah Rp 1.500.000", &PriceRange{Max: 1500000, Currency: "IDR"}},
		// Decimals stay decimals.
		{"en", "socks under 9.99 dollars", &PriceRange{Max: 9.99, Currency: "USD"}},
		{"de", "Socken unter 9,5 Euro", &PriceRange{Max: 9.5, Currency: "EUR"}},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if !reflect.DeepEqual(e.Price, tt.want) || e.OrderNumber != "" {
			t.Errorf("[%s] %q: price = %+v, order %q; want %+v and no order", tt.lang, tt.text, e.Price, e.OrderNumber, tt.want)
		}
	}
}

// TestGroupedDigitsAreNotPrices: digit groups that are no amount stay what
// they are (a phone number's blocks, two sizes).
func TestGroupedDigitsAreNotPrices(t *testing.T) {
	tests := []struct {
		lang, text, phone string
	}{
		{"en", "call me on +44 7700 900123", "+447700900123"},
		{"fr", "mon téléphone : 06 12 34 56 78", "0612345678"},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if e.Price != nil || e.Phone != tt.phone {
			t.Errorf("[%s] %q: price %+v phone %q, want no price and phone %q", tt.lang, tt.text, e.Price, e.Phone, tt.phone)
		}
	}
}

// TestArabicIndicDigits: Arabic (and Persian-style) shoppers often type
// their order number, phone and budget in Arabic-Indic digits; they read as
// the same numbers.
func TestArabicIndicDigits(t *testing.T) {
	tests := []struct {
		text, order, phone string
		price              *PriceRange
	}{
		{"أين طلبي رقم ١٠٣٤؟", "1034", "", nil},
		{"الطلب رقم ۱۰۳۴", "1034", "", nil},
		{"هاتف ٠٥٠١٢٣٤٥٦٧", "", "0501234567", nil},
		{"فساتين أقل من ٢٠٠ دولار", "", "", &PriceRange{Max: 200, Currency: "USD"}},
	}
	for _, tt := range tests {
		e := Extract(tt.text, "ar")
		if e.OrderNumber != tt.order || e.Phone != tt.phone || !reflect.DeepEqual(e.Price, tt.price) {
			t.Errorf("%q: order %q phone %q price %+v; want %q %q %+v", tt.text, e.OrderNumber, e.Phone, e.Price, tt.order, tt.phone, tt.price)
		}
	}
}
