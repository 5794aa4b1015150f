package entities

import (
	"reflect"
	"testing"
)

func TestOrderNumber(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "where is my order #1001?", "1001"},
		{"en", "# 1045 please", "1045"},
		{"en", "1001", "1001"},
		{"en", "order number 2231 hasn't arrived", "2231"},
		{"en", "my border is 1001 miles", "1001"}, // a lone number still counts, but not via "border"
		{"es", "¿dónde está mi pedido 1001?", "1001"},
		{"es", "número de pedido: 55021", "55021"},
		{"fr", "commande n° 1002", "1002"},
		{"de", "Bestellnummer 4711", "4711"},
		{"it", "ordine n. 1003", "1003"},
		{"pt", "meu pedido nº 1004 não chegou", "1004"},
		{"nl", "bestelling 1005", "1005"},
		{"tr", "sipariş no 1006", "1006"},
		{"pl", "zamówienie nr 1007", "1007"},
		{"id", "nomor pesanan 1008", "1008"},
		{"ar", "أين طلب 1009", "1009"},
		{"ar", "رقم الطلب 1010", "1010"},
		{"ru", "где заказ №1011", "1011"},
		{"zh-Hans", "订单1012到哪了", "1012"},
		{"zh-Hant", "訂單編號1013", "1013"},
		{"ja", "注文番号1014です", "1014"},
		{"ja", "注文番号１０１５", "1015"}, // full-width digits
		{"ko", "주문번호 1016 배송 언제", "1016"},
		{"en", "I ordered 2 weeks ago", ""},
		{"en", "my order 00004587345 has not arrived", "00004587345"},
		{"en", "00004587345", "00004587345"},
		{"en", "where is 12345678901234", "12345678901234"},
		{"en", "status of NW-1001 please", "1001"},
		{"en", "order #NW-1002", "1002"},
		{"de", "Bestellung SO-000123 fehlt", "000123"},
		{"ja", "注文1031が届きません。担当者と話したいです", "1031"},
		{"en", "red dress under 50€", ""},
		{"en", "size 42 sneakers", ""},
		// A number with a unit is a measurement, not an order.
		{"zh-Hant", "我腰圍110公分，褲子選哪個尺碼", ""},
		{"en", "I'm 185 cm, which length?", ""},
		{"ru", "рост 192 см, какой размер спальника?", ""},
		{"ja", "身長180センチです", ""},
		{"en", "is 1020 the one that weighs 900 g?", "1020"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, tt.lang).OrderNumber; got != tt.want {
			t.Errorf("[%s] %q: order = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestContact(t *testing.T) {
	tests := []struct{ text, email, phone string }{
		{"my email is Jane.Doe+shop@Example.com", "jane.doe+shop@example.com", ""},
		{"where is my order #1017? JANE@Example.COM", "jane@example.com", ""},
		{"call me at +33 6 12 34 56 78", "", "+33612345678"},
		{"mi teléfono es 0034 612 345 678", "", "+34612345678"},
		{"phone (555) 123-4567", "", "5551234567"},
		{"order 1001, email a@b.co", "a@b.co", ""},
		{"电话：13812345678", "", "13812345678"},
		{"my number is 0612345678", "", "0612345678"},
		{"tel 4155550123", "", "4155550123"},
		{"order 00004587345, call +44 20 7946 0958", "", "+442079460958"},
		{"MY EMAIL IS JANE@EXAMPLE.COM", "jane@example.com", ""},
	}
	for _, tt := range tests {
		e := Extract(tt.text, "en")
		if e.Email != tt.email || e.Phone != tt.phone {
			t.Errorf("%q: email %q phone %q, want %q %q", tt.text, e.Email, e.Phone, tt.email, tt.phone)
		}
	}
}

func TestPrice(t *testing.T) {
	tests := []struct {
		lang, text string
		want       *PriceRange
	}{
		{"en", "red dresses under 50€", &PriceRange{Max: 50, Currency: "EUR"}},
		{"en", "shoes over 100$", &PriceRange{Min: 100, Currency: "USD"}},
		{"en", "t-shirts between 20 and 40", &PriceRange{Min: 20, Max: 40}},
		{"en", "gift ideas under 30", &PriceRange{Max: 30}},
		{"en", "something for £25", &PriceRange{Max: 25, Currency: "GBP"}},
		{"es", "vestidos de menos de 50 euros", &PriceRange{Max: 50, Currency: "EUR"}},
		{"es", "camisetas entre 20 y 40 euros", &PriceRange{Min: 20, Max: 40, Currency: "EUR"}},
		{"fr", "des robes à moins de 50 €", &PriceRange{Max: 50, Currency: "EUR"}},
		{"de", "Kleider unter 50 Euro", &PriceRange{Max: 50, Currency: "EUR"}},
		{"it", "vestiti sotto i 50 euro", &PriceRange{Max: 50, Currency: "EUR"}},
		{"pt", "tênis até 200 reais", &PriceRange{Max: 200, Currency: "BRL"}},
		{"nl", "jurken onder 50 euro", &PriceRange{Max: 50, Currency: "EUR"}},
		{"ja", "5000円以下の赤いワンピース", &PriceRange{Max: 5000, Currency: "JPY"}},
		{"zh-Hans", "100元以内的礼物", &PriceRange{Max: 100, Currency: "CNY"}},
		{"zh-Hans", "20到40元的T恤", &PriceRange{Min: 20, Max: 40, Currency: "CNY"}},
		{"ko", "5만원 이하 원피스", &PriceRange{Max: 50000, Currency: "KRW"}},
		{"ru", "платья до 5000 рублей", &PriceRange{Max: 5000, Currency: "RUB"}},
		{"ru", "от 2000 до 4000 рублей", &PriceRange{Min: 2000, Max: 4000, Currency: "RUB"}},
		{"tr", "500 TL altı elbiseler", &PriceRange{Max: 500, Currency: "TRY"}},
		{"zh", "有没有100欧元以下的背包？", &PriceRange{Max: 100, Currency: "EUR"}},
		{"zh-Hant", "有沒有100歐元以下的背包？", &PriceRange{Max: 100, Currency: "EUR"}},
		{"ja", "100ユーロ以下のバックパック", &PriceRange{Max: 100, Currency: "EUR"}},
		{"ko", "100유로 이하 배낭", &PriceRange{Max: 100, Currency: "EUR"}},
		{"fr", "un sac à dos pas plus de 130 euros", &PriceRange{Max: 130, Currency: "EUR"}},
		{"fr", "des chaussures à plus de 130 euros", &PriceRange{Min: 130, Currency: "EUR"}},
		{"it", "una giacca non più di 200 euro", &PriceRange{Max: 200, Currency: "EUR"}},
		{"de", "Schuhe nicht mehr als 150 Euro", &PriceRange{Max: 150, Currency: "EUR"}},
		{"en", "a warm gift, budget 100", &PriceRange{Max: 100}},
		{"fr", "une veste, budget de 300 euros", &PriceRange{Max: 300, Currency: "EUR"}},
		{"es", "botas con un presupuesto de 150", &PriceRange{Max: 150}},
		{"zh-Hans", "预算200欧元的帐篷", &PriceRange{Max: 200, Currency: "EUR"}},
		{"zh-Hans", "有没有200欧以下的睡袋", &PriceRange{Max: 200, Currency: "EUR"}},
		{"zh-Hant", "想找300歐以內的羽絨外套", &PriceRange{Max: 300, Currency: "EUR"}},
		{"ru", "рюкзак до 100 евро", &PriceRange{Max: 100, Currency: "EUR"}},
		{"ru-usd", "куртка до 200 долларов", &PriceRange{Max: 200, Currency: "USD"}},
		{"tr", "100 euronun altında sırt çantası", &PriceRange{Max: 100, Currency: "EUR"}},
		{"pl", "sukienki do 200 zł", &PriceRange{Max: 200, Currency: "PLN"}},
		{"id", "dress di bawah 200 ribu", &PriceRange{Max: 200000}},
		{"ar", "فساتين أقل من 50 دولار", &PriceRange{Max: 50, Currency: "USD"}},
		{"en", "where is order #1001", nil},
		{"en", "does it fit the iPhone 15", nil},
	}
	for _, tt := range tests {
		got := Extract(tt.text, tt.lang).Price
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("[%s] %q: price = %+v, want %+v", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestColorsAndSizes(t *testing.T) {
	tests := []struct {
		lang, text    string
		colors, sizes []string
	}{
		{"en", "a blue sweater in size M", []string{"blue"}, []string{"M"}},
		{"en", "black sneakers size 42", []string{"black"}, []string{"EU 42"}},
		{"en", "navy blue hoodie XL", []string{"navy"}, []string{"XL"}},
		{"es", "vestido rojo talla M", []string{"red"}, []string{"M"}},
		{"es", "zapatillas negras talla 38", []string{"black"}, []string{"EU 38"}},
		{"fr", "une robe rouge taille s", []string{"red"}, []string{"S"}},
		{"de", "rote Jacke Größe L", []string{"red"}, []string{"L"}},
		{"it", "maglione blu taglia xl", []string{"blue"}, []string{"XL"}},
		{"pt", "camiseta vermelha tamanho 2xl", []string{"red"}, []string{"XXL"}},
		// A plural ending glued to the size word is no size S.
		{"pt", "fico entre dois tamanhos", nil, nil},
		{"es", "dudo entre dos tallas", nil, nil},
		{"pt", "jaqueta tamanho s", nil, []string{"S"}},
		{"nl", "groene jas maat 40", []string{"green"}, []string{"EU 40"}},
		{"tr", "kırmızı elbise 38 beden", []string{"red"}, []string{"EU 38"}},
		{"pl", "czerwona sukienka rozmiar M", []string{"red"}, []string{"M"}},
		{"id", "kaos merah ukuran L", []string{"red"}, []string{"L"}},
		{"ar", "فستان أحمر مقاس M", []string{"red"}, []string{"M"}},
		{"ru", "красное платье размер 44", []string{"red"}, []string{"EU 44"}},
		{"ru", "чёрные кроссовки", []string{"black"}, nil},
		{"ja", "赤いワンピース", []string{"red"}, nil},
		{"ja", "黒のスニーカー 42サイズ", []string{"black"}, []string{"EU 42"}},
		{"zh-Hans", "红色连衣裙42码", []string{"red"}, []string{"EU 42"}},
		{"zh-Hant", "藍色帽T有XL嗎", []string{"blue"}, []string{"XL"}},
		{"ko", "빨간 원피스 M 사이즈", []string{"red"}, []string{"M"}},
		{"en", "I'm looking for a gift", nil, nil},
		// Rust, named in every language (a shop keeps "Rust" as the value).
		{"en", "the Fjord in rust size M", []string{"rust"}, []string{"M"}},
		{"de", "die Fjord in Rost, Größe M", []string{"rust"}, []string{"M"}},
		{"es", "en color óxido talla M", []string{"rust"}, []string{"M"}},
		{"fr", "en rouille taille M", []string{"rust"}, []string{"M"}},
		{"it", "color ruggine taglia M", []string{"rust"}, []string{"M"}},
		{"pt", "cor de ferrugem tamanho M", []string{"rust"}, []string{"M"}},
		{"nl", "in roest maat M", []string{"rust"}, []string{"M"}},
		{"pl", "w kolorze rdzawym rozmiar M", []string{"rust"}, []string{"M"}},
		{"ru", "ржавого цвета размер M", []string{"rust"}, []string{"M"}},
		{"tr", "pas rengi M beden", []string{"rust"}, []string{"M"}},
		{"id", "warna karat ukuran M", []string{"rust"}, []string{"M"}},
		{"ar", "باللون الصدئي مقاس M", []string{"rust"}, []string{"M"}},
		{"ja", "ラストのMサイズ", []string{"rust"}, []string{"M"}},
		{"zh-Hans", "铁锈色M码", []string{"rust"}, []string{"M"}},
		{"zh-Hant", "鐵鏽色M碼", []string{"rust"}, []string{"M"}},
		{"ko", "러스트 색상 M 사이즈", []string{"rust"}, []string{"M"}},
		// Two sizes one character apart: the character between them
		// belongs to both.
		{"zh-Hant", "我介於M和L之間", nil, []string{"M", "L"}},
		{"ja", "MとLの間で迷っています", nil, []string{"M", "L"}},
		{"en", "M/L or XL?", nil, []string{"M", "L", "XL"}},
		{"en", "Merino socks", nil, nil},
		// Plural colour adjectives and khaki as shoppers spell it; the
		// Indonesian "kaki" (foot) is no colour.
		{"es", "¿tenéis las zapatillas grises talla 40?", []string{"grey"}, []string{"EU 40"}},
		{"it", "scarponi marroni taglia 44", []string{"brown"}, []string{"EU 44"}},
		{"pt", "calça cáqui tamanho 30", []string{"khaki"}, []string{"EU 30"}},
		{"id", "kaos kaki hitam", []string{"black"}, nil},
	}
	for _, tt := range tests {
		e := Extract(tt.text, tt.lang)
		if !reflect.DeepEqual(e.Colors, tt.colors) || !reflect.DeepEqual(e.Sizes, tt.sizes) {
			t.Errorf("[%s] %q: colors %v sizes %v, want %v %v", tt.lang, tt.text, e.Colors, e.Sizes, tt.colors, tt.sizes)
		}
	}
}

func TestProductWords(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "show me red dresses under $50", []string{"dresses"}},
		{"en", "I need a waterproof jacket for hiking", []string{"waterproof", "jacket", "hiking"}},
		{"es", "busco zapatillas negras para correr", []string{"zapatillas", "correr"}},
		{"fr", "je cherche un sac à dos pour voyager", []string{"sac", "dos", "voyager"}},
		{"de", "ich suche eine Winterjacke unter 100 Euro", []string{"winterjacke"}},
		{"ru", "ищу тёплую куртку", []string{"тёплую", "куртку"}},
		{"zh-Hans", "给我看看50元以内的红色连衣裙", []string{"连衣裙"}},
		{"ja", "5000円以下の赤いワンピースを探しています", []string{"ワンピース"}},
		{"ko", "빨간 원피스 추천해 주세요", []string{"원피스"}},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, tt.lang).ProductWords; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("[%s] %q: product words %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	msgs := []struct{ text, lang string }{
		{"show me red dresses under $50 in size M", "en"},
		{"¿dónde está mi pedido #1001? mi correo es ana@example.com", "es"},
		{"5000円以下の赤いワンピースを探しています", "ja"},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m := msgs[i%len(msgs)]
		Extract(m.text, m.lang)
	}
}

// TestPriceSlangRound6: money slang and "not exceeding" wordings are a
// ceiling in the local currency.
func TestPriceSlangRound6(t *testing.T) {
	tests := []struct {
		lang, text string
		max        float64
	}{
		{"es", "que no pase de 80 pavos", 80},
		{"fr", "un truc à 30 balles", 30},
		{"de", "nicht teurer als 60 Mäuse", 60},
		{"pt", "sem passar de 50 paus", 50},
		{"fr", "sans dépasser 120 €", 120},
	}
	for _, tt := range tests {
		p := Extract(tt.text, tt.lang).Price
		if p == nil || p.Max != tt.max || p.Currency != "" && p.Currency != "EUR" {
			t.Errorf("Extract(%q).Price = %+v, want a ceiling of %v", tt.text, p, tt.max)
		}
	}
}
