package entities

import (
	"reflect"
	"testing"
)

// Every language's way of naming an order number is read, and the number is
// not mistaken for a phone number.
func TestOrderNumberPhrasesInEveryLanguage(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "order no. 5529", "5529"},
		{"en", "order id: 5530", "5530"},
		{"de", "Auftragsnummer: 5512", "5512"},
		{"fr", "numéro de commande 5513", "5513"},
		{"fr", "commande n°5531", "5531"},
		{"es", "pedido #5514", "5514"},
		{"it", "numero dell'ordine 5515", "5515"},
		{"pt", "encomenda 5516", "5516"},
		{"pt", "número do pedido 5517", "5517"},
		{"nl", "bestelnummer 5518", "5518"},
		{"tr", "sipariş numarası 5519", "5519"},
		{"tr", "siparis no: 5532", "5532"},
		{"pl", "numer zamówienia 5520", "5520"},
		{"id", "pesanan no. 5521", "5521"},
		{"ru", "номер заказа 5522", "5522"},
		{"ru", "заказ № 5523", "5523"},
		{"ar", "الطلب رقم 5528", "5528"},
		{"ja", "注文番号：5524", "5524"},
		{"zh-Hans", "订单号5525", "5525"},
		{"zh-Hant", "訂單號碼5526", "5526"},
		{"ko", "주문 번호 5527", "5527"},
		// Long Shopify order names stay order numbers after an order word,
		// even when they have a phone's length.
		{"de", "Bestellung 0612345678", "0612345678"},
		// The first of two named orders.
		{"en", "Order #1001 and order #1002", "1001"},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if e.OrderNumber != tt.want || e.Phone != "" {
			t.Errorf("[%s] %q: order %q phone %q, want order %q and no phone", tt.lang, tt.text, e.OrderNumber, e.Phone, tt.want)
		}
	}
}

// A phone word in any language makes an unseparated digit run a phone
// number; international and national formats are normalised to digits.
func TestPhoneNumbersInEveryLanguage(t *testing.T) {
	tests := []struct{ lang, text, phone, order string }{
		{"de", "Telefon 4155550123", "4155550123", ""},
		{"fr", "téléphone 4155550123", "4155550123", ""},
		{"es", "teléfono 4155550123", "4155550123", ""},
		{"it", "telefono 4155550123", "4155550123", ""},
		{"pt", "telefone 4155550123", "4155550123", ""},
		{"nl", "telefoon 4155550123", "4155550123", ""},
		{"tr", "numara 4155550123", "4155550123", ""},
		{"id", "nomor hp 4155550123", "4155550123", ""},
		{"id", "wa 4155550123", "4155550123", ""},
		{"ar", "هاتف 4155550123", "4155550123", ""},
		{"ru", "телефон 4155550123", "4155550123", ""},
		{"ja", "電話 4155550123", "4155550123", ""},
		{"ja", "携帯 09012345678", "09012345678", ""},
		{"ko", "전화 4155550123", "4155550123", ""},
		{"en", "whatsapp: 4155550123", "4155550123", ""},
		// Formats: the prefix kept as "+", separators dropped.
		{"de", "+49 30 1234567", "+49301234567", ""},
		{"fr", "06.12.34.56.78", "0612345678", ""},
		{"en", "+1-415-555-0123", "+14155550123", ""},
		{"ru", "+7 (912) 345-67-89", "+79123456789", ""},
		{"tr", "0532 123 45 67", "05321234567", ""},
		{"zh-Hans", "+86 138 1234 5678", "+8613812345678", ""},
		// Without a phone word or phone shape, a digit run is an order.
		{"en", "call 4155550123", "", "4155550123"},
		// Too short for a phone.
		{"en", "1234567", "", "1234567"},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if e.Phone != tt.phone || e.OrderNumber != tt.order {
			t.Errorf("[%s] %q: phone %q order %q, want %q %q", tt.lang, tt.text, e.Phone, e.OrderNumber, tt.phone, tt.order)
		}
	}
}

// Floors ("over", "ab", "以上"), ranges and multipliers in every language;
// TestPrice covers the ceilings.
func TestPriceFloorsRangesAndMultipliers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       PriceRange
	}{
		{"en", "over 100 dollars", PriceRange{Min: 100, Currency: "USD"}},
		{"en", "at least 50€", PriceRange{Min: 50, Currency: "EUR"}},
		{"en", "100$ or more", PriceRange{Min: 100, Currency: "USD"}},
		{"es", "más de 80 euros", PriceRange{Min: 80, Currency: "EUR"}},
		{"fr", "à partir de 60 €", PriceRange{Min: 60, Currency: "EUR"}},
		{"de", "ab 70 Euro", PriceRange{Min: 70, Currency: "EUR"}},
		{"it", "oltre 90 euro", PriceRange{Min: 90, Currency: "EUR"}},
		{"pt", "acima de 150 reais", PriceRange{Min: 150, Currency: "BRL"}},
		{"nl", "vanaf 40 euro", PriceRange{Min: 40, Currency: "EUR"}},
		{"pl", "powyżej 300 zł", PriceRange{Min: 300, Currency: "PLN"}},
		{"tr", "500 TL üzeri", PriceRange{Min: 500, Currency: "TRY"}},
		{"id", "di atas 100 ribu", PriceRange{Min: 100000}},
		{"ru", "от 3000 рублей", PriceRange{Min: 3000, Currency: "RUB"}},
		{"ar", "أكثر من 100 دولار", PriceRange{Min: 100, Currency: "USD"}},
		{"ja", "1万円以上", PriceRange{Min: 10000, Currency: "JPY"}},
		{"ko", "10만원 이상", PriceRange{Min: 100000, Currency: "KRW"}},
		{"zh-Hans", "200元以上", PriceRange{Min: 200, Currency: "CNY"}},
		// Ranges.
		{"it", "tra 20 e 40 euro", PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		{"de", "zwischen 20 und 40 Euro", PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		{"fr", "entre 20 et 40 €", PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		{"nl", "tussen 20 en 40 euro", PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		{"pt", "entre 20 e 40 reais", PriceRange{Min: 20, Max: 40, Currency: "BRL"}},
		{"pl", "od 100 do 200 zł", PriceRange{Min: 100, Max: 200, Currency: "PLN"}},
		{"ar", "بين 20 و 40 دولار", PriceRange{Min: 20, Max: 40, Currency: "USD"}},
		{"ja", "3000円から5000円", PriceRange{Min: 3000, Max: 5000, Currency: "JPY"}},
		{"ko", "3만원에서 5만원", PriceRange{Min: 30000, Max: 50000, Currency: "KRW"}},
		{"en", "$20-$40", PriceRange{Min: 20, Max: 40, Currency: "USD"}},
		{"en", "20 to 40 euros", PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		// A multiplier said once covers both ends, unless the first end is
		// already the larger amount without it.
		{"id", "antara 100 dan 200 ribu", PriceRange{Min: 100000, Max: 200000}},
		{"es", "entre 5 y 10 mil pesos", PriceRange{Min: 5000, Max: 10000, Currency: "MXN"}},
		{"id", "antara 50000 dan 200 ribu", PriceRange{Min: 50000, Max: 200000}},
		// Multipliers and currency codes.
		{"es", "hasta 5 mil pesos", PriceRange{Max: 5000, Currency: "MXN"}},
		{"id", "di bawah 200rb", PriceRange{Max: 200000}},
		{"zh-Hans", "3万元以内", PriceRange{Max: 30000, Currency: "CNY"}},
		{"en", "under $19.99", PriceRange{Max: 19.99, Currency: "USD"}},
		{"en", "under 50 USD", PriceRange{Max: 50, Currency: "USD"}},
		{"de", "unter 50 EUR", PriceRange{Max: 50, Currency: "EUR"}},
		{"en", "max £40", PriceRange{Max: 40, Currency: "GBP"}},
	}
	for _, tt := range tests {
		got := Extract(tt.text, tt.lang).Price
		if got == nil || *got != tt.want {
			t.Errorf("[%s] %q: price %+v, want %+v", tt.lang, tt.text, got, tt.want)
		}
	}
}

// Every colour word of the lexicon, in every language and inflection, is
// read as its canonical colour and as nothing else: a word listed under two
// colours, or one that a size or price rule eats first, fails here.
func TestColorLexiconRoundTrip(t *testing.T) {
	check := func(word, lang, want string) {
		t.Helper()
		if got := Extract(word, lang).Colors; !reflect.DeepEqual(got, []string{want}) {
			t.Errorf("[%s] %q: colours %v, want [%s]", lang, word, got, want)
		}
	}
	n := 0
	for canon, words := range colorWords {
		for _, w := range words {
			check(w, "xx", canon)
			n++
		}
	}
	for canon, stems := range slavicColorStems {
		for _, st := range stems {
			for _, e := range slavicEndings {
				check(st+e, "ru", canon)
				n++
			}
		}
	}
	for w, canon := range cjkColors {
		check(w, "ja", canon)
		n++
	}
	if n < 500 {
		t.Fatalf("only %d colour words checked; the lexicon shrank", n)
	}
}

// A colour word inside a sentence is taken out of the product words, and
// two colours keep the order the shopper named them in.
func TestColorsInSentences(t *testing.T) {
	tests := []struct {
		lang, text string
		colors     []string
		words      []string
	}{
		{"de", "ein rotes oder blaues Kleid", []string{"red", "blue"}, []string{"kleid"}},
		{"pl", "czarna albo biała kurtka", []string{"black", "white"}, []string{"albo", "kurtka"}},
		{"ru", "синее или зелёное платье", []string{"blue", "green"}, []string{"платье"}},
		{"ja", "赤と青のシャツ", []string{"red", "blue"}, []string{"シャツ"}},
		{"ko", "검정 또는 흰 셔츠", []string{"black", "white"}, []string{"또는", "셔츠"}},
		{"en", "navy blue or forest green jacket", []string{"navy", "green"}, []string{"forest", "jacket"}},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if !reflect.DeepEqual(e.Colors, tt.colors) || !reflect.DeepEqual(e.ProductWords, tt.words) {
			t.Errorf("[%s] %q: colours %v words %q, want %v %q", tt.lang, tt.text, e.Colors, e.ProductWords, tt.colors, tt.words)
		}
	}
}

// Size words of every language introduce a size before or after it;
// shoe sizes become "EU n", other numbers stay as written, and a number
// that is the tail of a longer one is no size.
func TestSizeWordsInEveryLanguage(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "talla XXS", []string{"XXS"}},
		{"es", "talle L", []string{"L"}},
		{"fr", "taille 3XL", []string{"XXXL"}},
		{"fr", "pointure 42,5", []string{"EU 42.5"}},
		{"de", "Größe 44", []string{"EU 44"}},
		{"de", "Grösse M", []string{"M"}},
		{"de", "Gr. 38", []string{"EU 38"}},
		{"it", "taglia S", []string{"S"}},
		{"it", "numero 39", []string{"EU 39"}},
		{"pt", "tam. M", []string{"M"}},
		{"nl", "maat XL", []string{"XL"}},
		{"tr", "beden L", []string{"L"}},
		{"tr", "numara 41", []string{"EU 41"}},
		{"pl", "rozmiar XS", []string{"XS"}},
		{"pl", "rozm. 40", []string{"EU 40"}},
		{"id", "ukuran 4XL", []string{"XXXXL"}},
		{"ar", "مقاس 42", []string{"EU 42"}},
		{"ru", "размер XL", []string{"XL"}},
		{"ja", "サイズ L", []string{"L"}},
		{"zh-Hans", "尺码 L", []string{"L"}},
		{"zh-Hans", "40码", []string{"EU 40"}},
		{"zh-Hant", "尺碼 XL", []string{"XL"}},
		{"ko", "사이즈 L", []string{"L"}},
		{"en", "size 2XL or 3XL", []string{"XXL", "XXXL"}},
		{"en", "size xxxl", []string{"XXXL"}},
		{"en", "xl hoodie", []string{"XL"}},
		// Kids' and non-EU numbers are kept as written.
		{"en", "size 8", []string{"8"}},
		{"en", "size 52", []string{"52"}},
		{"ja", "25cm", []string{"25"}},
		// Not sizes: lower-case single letters without a size word, and the
		// tail of a longer number.
		{"en", "s or m", nil},
		{"en", "a 5 m cable", nil},
		{"ko", "260호", nil},
	}
	for _, tt := range tests {
		got := Extract(tt.text, tt.lang).Sizes
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("[%s] %q: sizes %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestCanonicalSize(t *testing.T) {
	tests := map[string]string{
		"xs": "XS", "XXL": "XXL", "2xl": "XXL", "3XL": "XXXL", "5xl": "XXXXXL", "m": "M",
		"42": "EU 42", "42,5": "EU 42.5", "30": "EU 30", "50": "EU 50", "29": "29", "51": "51", "8": "8",
		"xxxxl": "", "q": "", "": "",
	}
	for in, want := range tests {
		if got := canonicalSize(in); got != want {
			t.Errorf("canonicalSize(%q) = %q, want %q", in, got, want)
		}
	}
}
