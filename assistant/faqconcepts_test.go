package assistant

import "testing"

// TestConceptWords: every language's subject words are looked for in every
// message, so a short Latin word counts only as a whole word (with a
// plural ending), and the subjects are found in paraphrase.
func TestConceptWords(t *testing.T) {
	for _, c := range []struct {
		text string
		has  string // a concept the text names, or ""
		not  string // a concept it must not name, or ""
	}{
		{"Quanto del vostro catalogo è riciclato?", "sustainability", "pets"},
		{"Devo pagare la dogana in Svizzera?", "", "pets"},
		{"La veste taille-t-elle petit ?", "", "pets"},
		{"Is the Tundra parka warm enough?", "", "parking"},
		{"Can I bring my dog?", "pets", ""},
		{"Darf ich meine Hunde mitbringen?", "pets", ""},
		{"Mogen honden mee in de winkel?", "pets", ""},
		{"Posso restituire senza etichette?", "", "sustainability"},
		{"Sous combien de jours suis-je remboursé ?", "", "payment methods"},
		{"What's the ideal jacket for winter?", "", "payment methods"},
		{"My discount code doesn't work", "discount code", "payment methods"},
		{"Is jullie merinowol mulesingvrij?", "sustainability", ""},
		{"¿Tenéis descuento de bienvenida?", "first order discount", ""},
		{"Ile procent kolekcji jest z recyklingu?", "sustainability", ""},
		{"클라르나 되나요?", "payment methods", ""},
		{"ペイパルで払えますか", "payment methods", ""},
		{"Czy mogę zapłacić BLIK-iem?", "payment methods", ""},
		{"İndirim kodu nasıl kullanılır?", "discount code", ""},
		{"Posso usare due codici sconto?", "discount code", ""},
		{"Czy mogę zapłacić BLIKiem?", "payment methods", ""},
		{"Il pacco è fermo da una settimana", "tracking number", ""},
		{"Fate pacchetti regalo per Natale?", "gift wrapping", ""},
		{"Me lo potete incartare?", "gift wrapping", ""},
		{"할인코드 입력을 깜빡했어요", "discount code", ""},
		{"결제수단 알려주세요", "payment methods", ""},
		{"Mijn pakket staat al vijf dagen stil", "tracking number", ""},
		{"Ik zit tussen twee maten in, wat raden jullie aan?", "size advice", ""},
		{"Borstomtrek 104 cm, welke maat moet ik nemen?", "", "size advice"},
		{"다운 충전재 RDS 인증 있어요?", "sustainability", ""},
		{"Cards and words: RDSX", "", "sustainability"},
		{"Het pakje zit al een week vast bij de vervoerder", "tracking number", ""},
		{"De staatsbank is stil vandaag", "", "tracking number"},
		{"Staat de jas in de uitverkoop? Stil maar", "", "tracking number"},
		{"첫구매 혜택 있나요", "first order discount", ""},
		{"Tükenen botlar ne zaman gelir?", "restock", ""},
		{"Wanneer wordt de voorraad aangevuld?", "restock", ""},
	} {
		names := map[string]bool{}
		for _, co := range conceptsIn(c.text) {
			names[co.name] = true
		}
		if c.has != "" && !names[c.has] {
			t.Errorf("%q: concepts %v lack %q", c.text, names, c.has)
		}
		if c.not != "" && names[c.not] {
			t.Errorf("%q: concepts %v have %q", c.text, names, c.not)
		}
	}
}

// TestAddressChangeConcept: moving house, or a wrong part of the address,
// is the address-change subject in every language; an address named
// without a mistake or a change is not.
func TestAddressChangeConcept(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I just moved house, can the order follow me?", true},
		{"Me equivoqué en el código postal", true},
		{"Ich habe mich bei der Hausnummer vertippt", true},
		{"Pomyliłam się w numerze mieszkania", true},
		{"Переезжаю, можно поменять адрес доставки?", true},
		{"郵遞區號寫錯了", true},
		{"Saya pindahan minggu depan", true},
		{"What's the address of your showroom?", false},
		{"Do you deliver to parcel lockers?", false},
	} {
		got := false
		for _, co := range conceptsIn(c.text) {
			got = got || co.name == addressChange
		}
		if got != c.want {
			t.Errorf("%q: address change %v, want %v", c.text, got, c.want)
		}
	}
}

// TestConceptParaphrases: the words shoppers use instead of the FAQ's own
// (store credit, Studis, reklamacja, a buckle) name the entry's subject.
func TestConceptParaphrases(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Can I give my sister store credit for her birthday?", "gift card"},
		{"Je cherche un bon cadeau pour ma mère", "gift card"},
		{"Chcę kupić bon na prezent dla taty", "gift card"},
		{"هل تبيعون كروت هدية؟", "gift card"},
		{"¿Me lo mandáis envuelto? Es un regalo", "gift wrapping"},
		{"Bisa tolong dibungkus rapi?", "gift wrapping"},
		{"プレゼント用にしてもらえますか", "gift wrapping"},
		{"Die Schnalle vom Rucksack ist ab", "repair"},
		{"Pękła mi sprzączka w plecaku", "repair"},
		{"包的扣子掉了", "repair"},
		{"拉链坏了你们能修吗", "repair"},
		{"Habt ihr was für Studis?", "student discount"},
		{"¿Descuento para universitarios?", "student discount"},
		{"Czy mogę złożyć reklamację kurtki?", "warranty"},
		{"Ayer pagué de más, ¿me devolvéis algo?", "price match"},
		{"Kiedy znowu będzie ta czapka?", "restock"},
		{"Can I stack codes at checkout?", "discount code"},
	} {
		names := map[string]bool{}
		for _, co := range conceptsIn(c.text) {
			names[co.name] = true
		}
		if !names[c.want] {
			t.Errorf("%q: concepts %v lack %q", c.text, names, c.want)
		}
	}
}

// TestConceptParaphrasesMore: instalments, slang and loanwords name the
// subject; a zip code is no broken zip.
func TestConceptParaphrasesMore(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Можно ли купить куртку частями?", "payment methods", ""},
		{"ممكن أشتري بالتقسيط؟", "payment methods", ""},
		{"my rain jacket's zip broke on the second hike", "repair", ""},
		{"I typed the wrong zip code", addressChange, "repair"},
		{"Is there something for a first order?", "first order discount", ""},
		{"Kemarin beli, sekarang harganya turun, bisa minta selisihnya?", "price match", ""},
		{"¿Vendéis vales regalo?", "gift card", ""},
	} {
		names := map[string]bool{}
		for _, co := range conceptsIn(c.text) {
			names[co.name] = true
		}
		if !names[c.want] || c.not != "" && names[c.not] {
			t.Errorf("%q: concepts %v, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// TestConceptColloquial: a parcel that "doesn't move", a present without
// the price, ethics, reserving, pesos and swaps in everyday words.
func TestConceptColloquial(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"El pedido está sin moverse desde el lunes", "tracking number"},
		{"Paket aku belum gerak dari kemarin", "tracking number"},
		{"Przesyłka stoi od piątku", "tracking number"},
		{"Заказ не двигается третий день", "tracking number"},
		{"快递三天没更新", "tracking number"},
		{"包裹好幾天都沒動", "tracking number"},
		{"Could you leave the price off? It's for my aunt", "gift wrapping"},
		{"Мне нужна упаковка для подарка", "gift wrapping"},
		{"Tolong kirim sebagai hadiah ya", "gift wrapping"},
		{"¿Vuestra lana es ética?", "sustainability"},
		{"Si reservo las botas, ¿cuándo llegan?", "pre-order"},
		{"¿Puedo pagar en pesos chilenos?", "currency"},
		{"Me queda pequeña, ¿la puedo cambiar?", "size exchange"},
		{"Bisa tuker warna?", "size exchange"},
	} {
		names := map[string]bool{}
		for _, co := range conceptsIn(c.text) {
			names[co.name] = true
		}
		if !names[c.want] {
			t.Errorf("%q: concepts %v lack %q", c.text, names, c.want)
		}
	}
}

// TestConceptSeams: a seam coming apart is the warranty's subject.
func TestConceptSeams(t *testing.T) {
	for _, text := range []string{"The seam split on my trousers after a month", "La couture a lâché sur l'épaule",
		"Se ha descosido el bolsillo", "Die Naht ist aufgegangen", "袜子破了有保修吗"} {
		found := false
		for _, co := range conceptsIn(text) {
			found = found || co.name == "warranty"
		}
		if !found {
			t.Errorf("%q: no warranty", text)
		}
	}
}
