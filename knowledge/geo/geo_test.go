package geo

import (
	"slices"
	"testing"
)

func codes(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Code)
	}
	return out
}

func TestFind(t *testing.T) {
	m := New()
	cases := []struct {
		text string
		want []string
	}{
		{"How long does shipping to the US take?", []string{"US"}},
		{"Will I have to pay import duties in the United States?", []string{"US"}},
		{"send us the parcel", nil},
		{"shipping to Canada", []string{"CA"}},
		{"Shipping cost to Germany?", []string{"DE"}},
		{"¿Cuánto cuesta el envío a México?", []string{"MX"}},
		{"¿Cuánto tarda el envío a EE. UU.?", []string{"US"}},
		{"Was kostet der Versand nach Österreich?", []string{"AT"}},
		{"Сколько стоит доставка в Германию?", []string{"DE"}},
		{"日本への送料はいくらですか", []string{"JP"}},
		{"运到美国要多久？", []string{"US"}},
		{"كم تكلفة الشحن إلى الإمارات؟", []string{"AE"}},
		{"كم يستغرق الشحن لليابان؟", []string{"JP"}},
		{"Quanto custa o envio para o Brasil?", []string{"BR"}},
		{"Ile kosztuje wysyłka do Polski?", []string{"PL"}},
		{"Türkiye'ye kargo ne kadar?", []string{"TR"}},
		{"호주로 배송되나요?", []string{"AU"}},
		{"Spedizione gratuita a Monaco di Baviera?", []string{"DE"}},
		{"Quanto costa spedire nel Principato di Monaco?", []string{"MC"}},
		{"寄到澳門要付關稅嗎？", []string{"MO"}},
		{"Envio para Macau demora quanto?", []string{"MO"}},
		{"Rest of the European Union: standard delivery", []string{"EU"}},
		{"we ship the rest of a mixed order", nil},
		{"Asia and Oceania (including Japan, China, South Korea, Singapore, Australia and New Zealand)", []string{"142", "009", "JP", "CN", "KR", "SG", "AU", "NZ"}},
		{"For the United Kingdom and the United States we ship DDP", []string{"GB", "US"}},
		{"Middle East (including the United Arab Emirates, Saudi Arabia, Qatar and Israel)", []string{"ME-REGION", "AE", "SA", "QA", "IL"}},
		{"To all other countries we ship DAP", []string{"REST"}},
		{"prices are €19.95 in the UK.", []string{"GB"}},
		// A country's alias beats a continent's name of the same length.
		{"Bezorgen jullie ook in Amerika?", []string{"US"}},
		{"Сколько стоит доставка в Америку?", []string{"US"}},
		{"Frete grátis para os EUA a partir de quanto?", []string{"US"}},
		{"Versand in die Vereinigten Staaten", []string{"US"}},
		{"Aus dem Vereinigten Königreich und den USA", []string{"GB", "US"}},
		{"Lieferung in den Niederlanden", []string{"NL"}},
		{"Ile kosztuje wysyłka do Włoch?", []string{"IT"}},
		{"寄到沙特要多久", []string{"SA"}},
		{"Diğer tüm ülkelere DAP ile gönderilir", []string{"REST"}},
		{"Do wszystkich innych krajów wysyłamy na warunkach DAP", []string{"REST"}},
		// Case endings on every word of a name, in the languages that
		// inflect them.
		{"Ile trwa wysyłka do Czech?", []string{"CZ"}},
		{"Czy zapłacę cło w Polsce?", []string{"PL"}},
		{"Czy zapłacę cło w Kanadzie?", []string{"CA"}},
		{"Czy zapłacę cło w Niemczech?", []string{"DE"}},
		{"Ile kosztuje wysyłka do Zjednoczonych Emiratów Arabskich?", []string{"AE"}},
		{"Czy zapłacę cło w Zjednoczonych Emiratach Arabskich?", []string{"AE"}},
		{"Jaki jest koszt dostawy do Arabii Saudyjskiej?", []string{"SA"}},
		{"Czy zapłacę cło w Ukrainie?", []string{"UA"}},
		{"Czy zapłacę cło w Stanach Zjednoczonych?", []string{"US"}},
		{"Muss ich in den Vereinigten Arabischen Emiraten Zoll zahlen?", []string{"AE"}},
		{"Versandkosten innerhalb Deutschlands", []string{"DE"}},
		{"Almanyaya kargo ne kadar?", []string{"DE"}},
		{"Сколько идёт доставка в Южную Корею?", []string{"KR"}},
		{"Нужно ли платить пошлину в Швейцарии?", []string{"CH"}},
		// ... but not English derivations or common words.
		{"Do you accept Canadian dollars?", nil},
		{"Is the Japanese size guide different?", nil},
		{"после того как заказ отправлен", nil},
		{"Czas dostawy do Irlandii?", []string{"IE"}},
		{"Kapan dana saya dikembalikan?", nil},
		{"Apakah harga sudah termasuk pajak impor untuk Inggris?", []string{"GB"}},
		{"Mieszkam w Czechach, kiedy dotrze moje zamówienie?", []string{"CZ"}},
		{"Wysyłka do Indii, Chin i Nowej Zelandii", []string{"IN", "CN", "NZ"}},
		{"Quanto costa la spedizione in Olanda?", []string{"NL"}},
		{"寄到英格兰运费多少？", []string{"GB"}},
		{"スコットランドへの送料は？", []string{"GB"}},
		{"Combien coûte la livraison en Corée ?", []string{"KR"}},
		// CJK names in the order the text names them, as words are.
		{"我是在美国读书的中国留学生，寄到波士顿要付关税吗？", []string{"US", "CN"}},
		{"我是在英国的中国人，寄到曼彻斯特收货要另外交税吗？", []string{"GB", "CN"}},
		{"日本から韓国へ送れますか？", []string{"JP", "KR"}},
	}
	for _, c := range cases {
		got := codes(m.Find(c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("Find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestFindAside(t *testing.T) {
	m := New()
	for _, c := range []struct {
		text  string
		aside []bool
	}{
		{"All other countries (including Switzerland, the Gulf states): DAP", []bool{false, true, true}},
		{"其他所有国家（包括瑞士和海湾国家）：DAP", []bool{false, true, true}},
		{"Pozostałe kraje Unii Europejskiej: dostawa", []bool{false, false}},
	} {
		var got []bool
		for _, mt := range m.Find(c.text) {
			got = append(got, mt.Aside)
		}
		if !slices.Equal(got, c.aside) {
			t.Errorf("Find(%q) aside = %v, want %v (%v)", c.text, got, c.aside, m.Find(c.text))
		}
	}
}

// TestFindGlosses: the expansion of an initialism spells out a term, not
// a place (Korean 인도 is India and "handing over"); a place's initials
// keep the places of their parentheses.
func TestFindGlosses(t *testing.T) {
	m := New()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"영국과 미국으로는 DDP(관세 포함 인도) 조건으로 발송합니다.", []string{"GB", "US"}},
		{"그 외 모든 국가로는 DAP(도착지 인도) 조건으로 발송합니다.", []string{Rest}},
		{"인도로 주문하면 관세를 내야 하나요?", []string{"IN"}},
		{"UAE (Dubai, Abu Dhabi): 5–9 days", []string{"AE"}},
		{"Shipping to the EU (Spain, Italy)", []string{"EU", "ES", "IT"}},
	} {
		var got []string
		for _, mt := range m.Find(c.text) {
			got = append(got, mt.Code)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestContainsAndName(t *testing.T) {
	m := New()
	for _, c := range []struct {
		group, country string
		want           bool
	}{{"EU", "ES", true}, {"EU", "GB", false}, {"142", "JP", true}, {"009", "AU", true}, {MiddleEast, "AE", true},
		{MiddleEast, "JP", false}, {Rest, "BR", true}, {"EU", "EU", false}, {MiddleEast, "TR", true}, {"142", "KW", true}} {
		if got := m.Contains(c.group, c.country); got != c.want {
			t.Errorf("Contains(%s, %s) = %v", c.group, c.country, got)
		}
	}
	// The Middle East is the more specific rule for Kuwait than Asia.
	if me, asia := m.Size(MiddleEast), m.Size("142"); me == 0 || me >= asia {
		t.Errorf("Size(Middle East) = %d, Size(Asia) = %d", me, asia)
	}
	if got := m.Name("US", "es"); got != "Estados Unidos" {
		t.Errorf("Name(US, es) = %q", got)
	}
	if got := m.Name("DE", "zh-Hans"); got != "德国" {
		t.Errorf("Name(DE, zh-Hans) = %q", got)
	}
}

func BenchmarkFind(b *testing.B) {
	m := New()
	for b.Loop() {
		m.Find("Asia and Oceania (including Japan, China, South Korea, Singapore, Australia and New Zealand): delivery in 5–10 business days with DHL Express, Japan Post or SF Express, €19.95, free over €200.")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New()
	}
}

// TestShortNamesAndBosnia: rules are introduced with the names shoppers
// use, and Bosnia is read by its first half.
func TestShortNamesAndBosnia(t *testing.T) {
	m := New()
	for _, c := range []struct{ code, lang, want string }{
		{"HK", "en", "Hong Kong"}, {"HK", "zh-TW", "香港"}, {"MO", "pt-BR", "Macau"}, {"FR", "en", "France"},
	} {
		if got := m.Name(c.code, c.lang); got != c.want {
			t.Errorf("Name(%s, %s) = %q, want %q", c.code, c.lang, got, c.want)
		}
	}
	for _, text := range []string{"How much is shipping to Bosnia?", "Versand nach Bosnien?", "Доставка в Боснию?"} {
		if ms := m.Find(text); len(ms) == 0 || ms[0].Code != "BA" {
			t.Errorf("Find(%q) = %v, want BA", text, ms)
		}
	}
}
