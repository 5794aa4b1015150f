package geo

import (
	"slices"
	"testing"
)

func TestLocateFor(t *testing.T) {
	m := New()
	cases := []struct {
		text   string
		prefer []string
		want   []string
	}{
		{"Si pido desde Valencia, ¿pago algo de aduanas?", []string{"", "ES"}, []string{"ES"}},
		{"shipping to Valencia", []string{"US", "US"}, []string{"US"}},
		{"shipping to Valencia", nil, []string{"VE"}},
		{"Если заказать в Ригу, будут таможенные платежи?", nil, []string{"LV"}},
		{"ile dni idzie paczka do Warszawy", nil, []string{"PL"}},
		{"أنا إماراتي، هل سأدفع جمارك عند الاستلام؟", nil, []string{"AE"}},
		{"كم سعر الشحن إلى الدوحة؟", nil, []string{"QA"}},
		{"부산으로 배송하면 며칠 걸려요?", nil, []string{"KR"}},
		{"Kirim ke Amsterdam kena bea cukai nggak?", nil, []string{"NL"}},
	}
	for _, c := range cases {
		if got := codes(m.LocateFor(c.text, c.prefer...)); !slices.Equal(got, c.want) {
			t.Errorf("LocateFor(%q, %v) = %v, want %v", c.text, c.prefer, got, c.want)
		}
	}
}

func TestLocate(t *testing.T) {
	m := New()
	cases := []struct {
		text string
		want []string
	}{
		// cities in their own and other languages, inflected
		{"How much is shipping to Lyon?", []string{"FR"}},
		{"Wie lange dauert der Versand nach München?", []string{"DE"}},
		{"Ile kosztuje wysyłka do Monachium?", []string{"DE"}},
		{"Czy wysyłacie do Krakowa?", []string{"PL"}},
		{"Ile kosztuje wysyłka do Poznania?", []string{"PL"}},
		{"Quanto custa o frete para São Paulo?", []string{"BR"}},
		{"كم تكلفة الشحن إلى الرياض؟", []string{"SA"}},
		{"saya mau bicara dengan manusia", nil},
		{"hal ini bisa dikembalikan? barangnya berwarna البيضاء", nil},
		{"Сколько идёт доставка в Мюнхен?", []string{"DE"}},
		{"Доставка в Мюнхене занимает сколько дней?", []string{"DE"}},
		{"大阪までの送料はいくらですか", []string{"JP"}},
		{"寄到上海运费多少", []string{"CN"}},
		{"서울까지 배송 얼마나 걸려요?", []string{"KR"}},
		{"제주도까지 배송 얼마나 걸려요?", []string{"KR"}},
		{"Do you ship to Dubai?", []string{"AE"}},
		{"Kargo İstanbul'a kaç gün sürer?", []string{"TR"}},
		{"shipping to osaka", []string{"JP"}},
		// states, provinces, Länder
		{"Do you deliver to Ontario?", []string{"CA"}},
		{"Versand nach Bayern", []string{"DE"}},
		{"shipping to California", []string{"US"}},
		// nationalities
		{"I'm Canadian, do I pay duties?", []string{"CA"}},
		{"je suis belge, combien coûte la livraison ?", []string{"BE"}},
		{"Muss ich als Österreicher Zoll zahlen?", []string{"AT"}},
		{"Ich bin Kanadier, wie lange dauert der Versand?", []string{"CA"}},
		{"Sou brasileiro, pago taxas de importação?", []string{"BR"}},
		{"Soy mexicano, ¿cuánto cuesta el envío?", []string{"MX"}},
		{"Sono svizzero, quanto costa la spedizione?", []string{"CH"}},
		{"Ben Kanadalıyım, gümrük öder miyim?", nil},
		{"Я канадец, сколько стоит доставка?", []string{"CA"}},
		// Dutch and German adjectives of a country's name
		{"ik ben een Belgische klant, wanneer is verzenden gratis?", []string{"BE"}},
		{"Betaal ik als Luxemburgse klant verzendkosten?", []string{"LU"}},
		{"een Oostenrijkse klant, hoe lang duurt de levering?", []string{"AT"}},
		{"Ich bin österreichischer Kunde, zahle ich Zoll?", []string{"AT"}},
		{"Als belgischer Kunde, ab wann ist der Versand gratis?", []string{"BE"}},
		{"Zijn er elektrische of praktische opties?", nil},
		{"Gibt es die Jacke mit technischen Details?", nil},
		{"do you speak Japanese?", nil},
		// misspelt names are not guessed: "service" is one letter from
		// Servië, "belanja" from Belanda, "ancora" from Andorra
		{"your service is terrible", nil},
		{"gratis ongkir minimal belanja berapa", nil},
		{"¿hablas español?", nil},
		// ordinary words that are also city names
		{"Is the sale price final?", nil},
		{"Is this available in orange?", nil},
		{"Vai chegar antes do Natal?", nil},
		{"kosten van verzending", nil},
		{"母に電話するのをリマインドして", nil},
		{"メルカリで買ったものはどうやって返品しますか", nil},
		{"開封した商品は返品できますか", nil},
		{"지난번 주문 도착 예정일이 언제예요", nil},
		{"berapa lama pengiriman, lima hari?", nil},
		{"Can I split the payment?", nil},
		{"That's a nice jacket", nil},
	}
	for _, c := range cases {
		if got := codes(m.Locate(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Locate(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLocateResidenceWordCities: a city named by an ordinary word is a
// place where the shopper says they live or ship to, and no place in
// Locate's reading of a whole message.
func TestLocateResidenceWordCities(t *testing.T) {
	m := New()
	tests := []struct {
		seg, want string
		prefer    []string
	}{
		{"Porto", "PT", []string{"", "PT"}},
		{"Porto", "PT", []string{"", "IT"}},
		{"Nice", "FR", []string{"", "FR"}},
		{"Natal", "BR", []string{"", "PT"}},
		{"Zürich", "CH", nil},
	}
	for _, tt := range tests {
		ms := m.LocateResidence(tt.seg, tt.prefer...)
		if len(ms) == 0 || ms[0].Code != tt.want {
			t.Errorf("LocateResidence(%q) = %v, want %s", tt.seg, ms, tt.want)
		}
	}
	for _, s := range []string{"Nice jacket, is it warm?", "porto a casa il giubbotto", "Ein Split-Reißverschluss"} {
		if ms := m.Locate(s); len(ms) > 0 {
			t.Errorf("Locate(%q) = %v, want none", s, ms)
		}
	}
}
