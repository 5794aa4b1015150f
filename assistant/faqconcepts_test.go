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
